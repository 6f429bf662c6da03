"""Workstations at work on one database (ADM-5) and the demo mode's rule: without an active
licence the program runs on one workstation at a time per database (LIC-6, issue 5 part 6).

Each running program keeps a row alive by a heartbeat; a row not seen for 90 seconds belongs
to a workstation that vanished and no longer counts."""
from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass

from crm_desktop.data import workstations as data
from crm_desktop.data.workstations import ActiveRow
from crm_desktop.domain.permissions import Permission
from crm_desktop.services.session import Session

HEARTBEAT_SECONDS = 30


class WorkstationRefused(Exception):
    """str() says who is already working in demo mode."""


@dataclass(frozen=True)
class Place:
    host: str
    terminal: str | None


def this_place() -> Place:
    """Host name and, in a terminal (RDP) session, the session's name (ADM-5)."""
    if sys.platform == "win32":
        name = os.environ.get("SESSIONNAME", "")
        terminal = None if name.upper() in ("", "CONSOLE") else f"{name} ({os.environ.get('CLIENTNAME', '')})"
    else:
        terminal = os.environ.get("SSH_CONNECTION", "").split(" ")[0] or os.environ.get("XRDP_SESSION") or None
    return Place(socket.gethostname(), terminal)


def enter(session: Session, demo: bool, place: Place | None = None) -> int:
    """Register this workstation; in demo mode refuse while another one is working."""
    place = place or this_place()
    with session.db.begin() as conn:
        data.lock(conn)
        now = data.db_now(conn)
        data.drop_stale(conn, now - data.STALE_AFTER)
        others = data.live(conn)
        if demo and others:
            first = others[0]
            where = first.host or "другой рабочей станции"
            raise WorkstationRefused(
                f"Демо-режим: без активной лицензии с базой работает одна рабочая станция, а сейчас "
                f"работает {first.user} ({where}). Активируйте лицензию на сервере лицензий или "
                f"дождитесь завершения работы.")
        return data.add(conn, session.user.id, place.host, data.client_address(conn), place.terminal, demo, now)


def heartbeat(session: Session, row_id: int) -> bool:
    """False when the row was dropped as stale (e.g. the computer slept): the caller re-enters."""
    with session.db.begin() as conn:
        return data.touch(conn, row_id, data.db_now(conn))


def leave(session: Session, row_id: int) -> None:
    with session.db.begin() as conn:
        data.remove(conn, row_id)


def active(session: Session) -> list[ActiveRow]:
    """Who works now: user, login time, host, IP address, terminal (for who manages users)."""
    session.require(Permission.MANAGE_USERS)
    with session.db.begin() as conn:
        data.drop_stale(conn, data.db_now(conn) - data.STALE_AFTER)
        return data.live(conn)

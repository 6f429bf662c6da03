"""Rows of ACTIVE_SESSIONS: the programs running against this database (ADM-5)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, select, text, update

from crm_desktop.data.schema import active_sessions, users


@dataclass(frozen=True)
class ActiveRow:
    id: int
    user: str
    host: str | None
    ip: str | None
    terminal: str | None
    is_demo: bool
    started_at: datetime
    seen_at: datetime


def lock(conn: Connection) -> None:
    """Serialise logins: the second one waits for the first to commit, then sees its row."""
    conn.execute(text("UPDATE OR INSERT INTO SETTINGS (SETTING_KEY, SETTING_VAL) "
                      "VALUES ('workstations.lock', CAST(CURRENT_TIMESTAMP AS VARCHAR(60))) "
                      "MATCHING (SETTING_KEY)"))


def drop_stale(conn: Connection, older_than: datetime) -> None:
    conn.execute(delete(active_sessions).where(active_sessions.c.seen_at < older_than))


def live(conn: Connection) -> list[ActiveRow]:
    stmt = (select(active_sessions.c.id, users.c.full_name, active_sessions.c.host_name,
                   active_sessions.c.ip_address, active_sessions.c.terminal, active_sessions.c.is_demo,
                   active_sessions.c.started_at, active_sessions.c.seen_at)
            .join(users, users.c.id == active_sessions.c.user_id).order_by(active_sessions.c.started_at))
    return [ActiveRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7]) for r in conn.execute(stmt)]


def add(conn: Connection, user_id: int, host: str | None, ip: str | None, terminal: str | None,
        is_demo: bool, now: datetime) -> int:
    stmt = insert(active_sessions).values(user_id=user_id, host_name=host, ip_address=ip, terminal=terminal,
                                          is_demo=int(is_demo), started_at=now, seen_at=now)
    return conn.execute(stmt.returning(active_sessions.c.id)).scalar_one()


def touch(conn: Connection, row_id: int, now: datetime) -> bool:
    result = conn.execute(update(active_sessions).where(active_sessions.c.id == row_id).values(seen_at=now))
    return result.rowcount == 1


def remove(conn: Connection, row_id: int) -> None:
    conn.execute(delete(active_sessions).where(active_sessions.c.id == row_id))


def client_address(conn: Connection) -> str | None:
    """The IP address this attachment comes from (MON$REMOTE_ADDRESS without Firebird 3's
    "/port"); None for an embedded attachment, which has no network address."""
    found = conn.execute(text("SELECT MON$REMOTE_ADDRESS FROM MON$ATTACHMENTS "
                              "WHERE MON$ATTACHMENT_ID = CURRENT_CONNECTION")).scalar()
    if not found:
        return None
    host, slash, port = found.strip().rpartition("/")
    return host if slash and port.isdigit() else found.strip()


def db_now(conn: Connection) -> datetime:
    """The database server's clock: workstations' clocks disagree, the server's is shared."""
    return conn.execute(select(func.current_timestamp()).select_from(text("RDB$DATABASE"))).scalar_one()


STALE_AFTER = timedelta(seconds=90)

"""Seats taken by workstations (LIC-6): acquire at login, heartbeat, release at exit.

A workstation that vanished (crash, cable pulled) stops heartbeating and loses its seat
after `timeout` seconds. Tokens are random and known only to the holder, so a workstation
can only renew or release its own seat.
"""
from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Seat:
    serial: str
    user: str
    host: str
    workstation: str
    terminal: bool
    peer: str
    since: datetime
    last_seen: float
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    def public(self) -> dict[str, object]:
        """What others may see about a seat: never the token."""
        return {"user": self.user, "host": self.host, "workstation": self.workstation,
                "terminal": self.terminal, "address": self.peer,
                "since": self.since.isoformat(timespec="seconds")}


class SeatTable:
    def __init__(self, timeout: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self._clock = clock
        self._seats: dict[str, Seat] = {}
        self._lock = threading.Lock()

    def acquire(self, serial: str, limit: int, *, user: str, host: str, workstation: str,
                terminal: bool, peer: str) -> Seat | list[Seat]:
        """The new seat, or the seats holding the licence when all `limit` are taken.

        The same workstation logging in again from the same address replaces its old seat
        (a restart after a crash must not lock the user out until the timeout)."""
        with self._lock:
            self._expire_locked()
            for token, seat in list(self._seats.items()):
                if seat.serial == serial and seat.workstation == workstation and seat.peer == peer:
                    del self._seats[token]
            holders = [s for s in self._seats.values() if s.serial == serial]
            if len(holders) >= limit:
                return sorted(holders, key=lambda s: s.since)
            seat = Seat(serial, user, host, workstation, terminal, peer, datetime.now(), self._clock())
            self._seats[seat.token] = seat
            return seat

    def heartbeat(self, token: str) -> bool:
        with self._lock:
            self._expire_locked()
            seat = self._seats.get(token)
            if seat is not None:
                seat.last_seen = self._clock()
            return seat is not None

    def release(self, token: str) -> bool:
        with self._lock:
            return self._seats.pop(token, None) is not None

    def expire(self) -> None:
        with self._lock:
            self._expire_locked()

    def _expire_locked(self) -> None:
        deadline = self._clock() - self.timeout
        for token in [t for t, s in self._seats.items() if s.last_seen < deadline]:
            del self._seats[token]

    def holders(self, serial: str) -> list[Seat]:
        with self._lock:
            self._expire_locked()
            return sorted((s for s in self._seats.values() if s.serial == serial), key=lambda s: s.since)

    def drop_serial(self, serial: str) -> None:
        """Free every seat of a licence that is no longer served (turned passive, removed)."""
        with self._lock:
            for token in [t for t, s in self._seats.items() if s.serial == serial]:
                del self._seats[token]

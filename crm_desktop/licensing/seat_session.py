"""A workstation's seat on the licence server for the length of a login (LIC-6).

`start()` at login: find the server, take a seat, check TRA; it returns the licence status
(licensed, or demo with the reason) or raises LoginRefused. A background thread heartbeats;
if the seat is lost it tries to take it again and otherwise falls back to demo mode, telling
the caller through `on_change` (called from that thread: marshal to the GUI yourself).
`close()` at exit releases the seat. No Qt, no SQL here.

The heartbeat is a plain thread, not a job of the UI's runner (ui/ops.py): licensing imports
no Qt (the seat is taken before any window exists and is released after the last one is
gone), and the thread only talks to the licence server, never to a widget or the database.
"""
from __future__ import annotations

import getpass
import os
import socket
import threading
from collections.abc import Callable, Sequence
from typing import Any

from crm_desktop.domain.editions import tra_refusal
from crm_desktop.licensing.discovery import ServerAddress, find_server
from crm_desktop.licensing.status import Holder, LicenceStatus, Mode
from crm_desktop.licensing.terminal_session import is_terminal_session
from crm_desktop.licensing.wire import DEFAULT_PORTS, ProtocolError, call

PRODUCT = "crm"


class LoginRefused(Exception):
    """Login must not go on: all seats taken, or TRA needed. str() is the Russian reason."""

    def __init__(self, reason: str, holders: Sequence[Holder] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.holders = list(holders)


def default_workstation_id() -> str:
    """Stable across restarts of the same login, distinct per terminal session."""
    session = os.environ.get("SESSIONNAME") or os.environ.get("XRDP_SESSION") or "console"
    return f"{socket.gethostname()}/{getpass.getuser()}/{session}"


class SeatSession:
    def __init__(self, server_host: str, *, user: str, db_host: str,
                 ports: Sequence[int] = DEFAULT_PORTS, product: str = PRODUCT,
                 workstation_id: str | None = None, terminal: bool | None = None,
                 timeout: float = 2.0,
                 on_change: Callable[[LicenceStatus], None] | None = None) -> None:
        self.server_host, self.ports, self.product = server_host, tuple(ports), product
        self.user, self.db_host = user, db_host
        self.workstation_id = workstation_id or default_workstation_id()
        self.terminal = is_terminal_session() if terminal is None else terminal
        self.timeout = timeout
        self.on_change = on_change
        self.status = LicenceStatus.demo("Вход ещё не выполнен.")
        self._server: ServerAddress | None = None
        self._token: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> LicenceStatus:
        self._server = find_server(self.server_host, self.ports, self.product, self.timeout)
        if self._server is None:
            ports = ", ".join(map(str, self.ports))
            self.status = LicenceStatus.demo(
                f"Сервер лицензий не найден на {self.server_host} (порты {ports}).")
            return self.status
        self.status, interval = self._acquire(self._server)
        if not self.status.is_demo:
            refusal = tra_refusal(self.status.options, self.terminal, self.db_host)
            if refusal:
                self.close()
                raise LoginRefused(refusal)
            self._thread = threading.Thread(target=self._heartbeat_loop, args=(interval,),
                                            name="licence-heartbeat", daemon=True)
            self._thread.start()
        return self.status

    def _acquire(self, server: ServerAddress) -> tuple[LicenceStatus, float]:
        answer = self._call(server, {
            "op": "acquire", "product": self.product, "user": self.user[:128] or "?",
            "host": socket.gethostname()[:128] or "?", "workstation": self.workstation_id[:128],
            "terminal": self.terminal})
        if answer is None:
            return LicenceStatus.demo(f"Сервер лицензий {server} не ответил.", server=str(server)), 0
        licence = answer.get("licence") if isinstance(answer.get("licence"), dict) else {}
        reason = str(answer.get("reason") or "")
        if answer.get("ok") is True and isinstance(answer.get("session"), str):
            with self._lock:
                self._token = answer["session"]
            interval = answer.get("heartbeat")
            interval = float(interval) if isinstance(interval, (int, float)) and interval > 0 else 30.0
            return LicenceStatus.from_info(Mode.LICENSED, "Лицензия получена.", licence, str(server)), interval
        if answer.get("code") in ("no-seats", "tra"):
            raise LoginRefused(reason, _holders(answer.get("holders")))
        return LicenceStatus.demo(reason or "Нет активной лицензии.", licence, str(server)), 0

    def _call(self, server: ServerAddress, message: dict[str, Any]) -> dict[str, Any] | None:
        try:
            return call(server.host, server.port, message, timeout=self.timeout)
        except (OSError, ProtocolError):
            return None

    def _heartbeat_loop(self, interval: float) -> None:
        while not self._stop.wait(interval):
            with self._lock:
                token = self._token
            if token is None or self._server is None:
                return
            answer = self._call(self._server, {"op": "heartbeat", "session": token})
            if answer is None:
                continue  # a short network hiccup: keep the seat, try again next time
            if answer.get("ok") is not True:
                self._reacquire()

    def _reacquire(self) -> None:
        """The server forgot us (restart, timeout): take a seat again or go demo."""
        assert self._server is not None
        try:
            status, _ = self._acquire(self._server)
        except LoginRefused as exc:
            status = LicenceStatus.demo(f"Рабочее место потеряно: {exc.reason}")
        if status.is_demo:
            with self._lock:
                self._token = None
        self.status = status
        if self.on_change:
            self.on_change(status)

    def close(self) -> None:
        """Release the seat; safe to call twice and when nothing was acquired."""
        self._stop.set()
        with self._lock:
            token, self._token = self._token, None
        if token and self._server:
            self._call(self._server, {"op": "release", "session": token})
        if self._thread and self._thread is not threading.current_thread():
            self._thread.join(timeout=self.timeout + 1)

    def __enter__(self) -> SeatSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _holders(raw: Any) -> list[Holder]:
    if not isinstance(raw, list):
        return []
    return [Holder(str(h.get("user", "?")), str(h.get("host", "?")), str(h.get("since", "")))
            for h in raw if isinstance(h, dict)]

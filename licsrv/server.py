"""The licence server's TCP transport (LIC-1, LIC-6): first free port of 3030-3033.

Threaded, one line in → one line out. It survives garbage: over-long lines and idle or
half-open connections are cut, malformed lines get an error answer, and the number of
simultaneous connections is capped. A housekeeping thread expires seats and re-reads the
key folder and peers.
"""
from __future__ import annotations

import errno
import logging
import socket
import socketserver
import sys
import threading
from collections.abc import Sequence

from crm_desktop.licensing.wire import DEFAULT_PORTS, ProtocolError, decode, encode, read_line
from licsrv.peers import served_by_peers
from licsrv.service import LicenceService

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 64
IDLE_TIMEOUT = 15.0
MAX_BAD_LINES = 3


class NoFreePort(OSError):
    pass


class _Handler(socketserver.StreamRequestHandler):
    server: "_TcpServer"
    timeout = IDLE_TIMEOUT

    def handle(self) -> None:
        service, peer = self.server.service, self.client_address[0]
        bad = 0
        while bad < MAX_BAD_LINES:
            try:
                line = read_line(self.rfile)
            except ProtocolError as exc:  # over-long line: answer once and hang up
                self._send({"ok": False, "code": "bad-request", "reason": str(exc)})
                return
            if line is None:
                return
            try:
                request = decode(line)
            except ProtocolError as exc:
                bad += 1
                self._send({"ok": False, "code": "bad-request", "reason": str(exc)})
                continue
            self._send(service.handle(request, peer))

    def _send(self, answer: dict[str, object]) -> None:
        self.wfile.write(encode(answer))


class _TcpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    # On Windows SO_REUSEADDR would let us bind a port another server holds: no fallback.
    allow_reuse_address = sys.platform != "win32"
    block_on_close = False
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], service: LicenceService) -> None:
        self.service = service
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(address, _Handler)

    def process_request(self, request: socket.socket, client_address: object) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: object, client_address: object) -> None:
        """Broken pipes and resets from misbehaving peers are routine, not crashes."""
        log.debug("connection from %s dropped", client_address, exc_info=True)


class LicenceServer:
    """Binds, serves in a background thread, and stops cleanly (`stop()` or `with`)."""

    def __init__(self, service: LicenceService, host: str = "0.0.0.0",
                 ports: Sequence[int] = DEFAULT_PORTS, peers: Sequence[tuple[str, int]] | None = None,
                 housekeeping_interval: float = 5.0, refresh_interval: float = 60.0) -> None:
        self.service = service
        self._tcp = self._bind(host, ports, service)
        self.host, self.port = self._tcp.server_address[:2]
        # Default peers: the other licence ports on this computer. Hosts elsewhere on the LAN
        # are probed only when listed (no broadcast).
        self._peers = list(peers) if peers is not None else [
            ("127.0.0.1", p) for p in DEFAULT_PORTS if p != self.port]
        service.peer_lookup = lambda: served_by_peers(self._peers, service.instance)
        self._intervals = (housekeeping_interval, refresh_interval)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @staticmethod
    def _bind(host: str, ports: Sequence[int], service: LicenceService) -> _TcpServer:
        for port in ports:
            try:
                return _TcpServer((host, port), service)
            except OSError as exc:
                if exc.errno not in (errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE", -1)):
                    raise
        raise NoFreePort(errno.EADDRINUSE, f"Все порты {', '.join(map(str, ports))} заняты")

    def start(self) -> LicenceServer:
        self.service.refresh()
        for target in (lambda: self._tcp.serve_forever(poll_interval=0.1), self._housekeeping):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _housekeeping(self) -> None:
        sweep, refresh = self._intervals
        since_refresh = 0.0
        while not self._stop.wait(sweep):
            self.service.seats.expire()
            since_refresh += sweep
            if since_refresh >= refresh:
                since_refresh = 0.0
                try:
                    self.service.refresh()
                except Exception:  # keep serving on a bad folder read; the next pass retries
                    log.exception("refresh failed")

    def stop(self) -> None:
        self._stop.set()
        if self._threads:
            self._tcp.shutdown()
        self._tcp.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> LicenceServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

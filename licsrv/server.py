"""The licence server's TCP transport (LIC-1, LIC-6): first free port of 3030-3033.

One line in → one line out, served by a single asyncio event loop in a background thread:
an idle or dripping socket costs a small buffer, never a thread, so it cannot delay a
workstation's login or heartbeat. Each request must arrive whole within `request_timeout`
(a deadline for the request, not for each read); then the connection is closed.

Open connections are capped per client address and in total. At a cap the *oldest*
connection gives way to the new one: a well-behaved workstation sends its line at once and
is answered within milliseconds, so the oldest connection is the one stalling, and refusing
newcomers instead would let a few stalled sockets lock everyone out until their deadline.

Over-long lines are answered and cut; malformed lines get an error answer. A housekeeping
thread expires seats and re-reads the key folder and peers.
"""
from __future__ import annotations

import asyncio
import errno
import logging
import socket
import threading
from collections.abc import Sequence
from typing import Any

from crm_desktop.licensing.wire import DEFAULT_PORTS, MAX_LINE, ProtocolError, decode, encode
from licsrv.peers import served_by_peers
from licsrv.service import LicenceService

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = 5.0
MAX_PER_ADDRESS = 16
MAX_CONNECTIONS = 512
MAX_BAD_LINES = 3
BACKLOG = 512  # a burst of connects waits in the kernel queue, not in SYN retries


class NoFreePort(OSError):
    pass


class LicenceServer:
    """Binds, serves in a background thread, and stops cleanly (`stop()` or `with`)."""

    def __init__(self, service: LicenceService, host: str = "0.0.0.0",
                 ports: Sequence[int] = DEFAULT_PORTS, peers: Sequence[tuple[str, int]] | None = None,
                 housekeeping_interval: float = 5.0, refresh_interval: float = 60.0, *,
                 request_timeout: float = REQUEST_TIMEOUT, max_per_address: int = MAX_PER_ADDRESS,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        self.service = service
        self._sock = self._bind(host, ports)
        self.host, self.port = self._sock.getsockname()[:2]
        # Default peers: the other licence ports on this computer. Hosts elsewhere on the LAN
        # are probed only when listed (no broadcast).
        self._peers = list(peers) if peers is not None else [
            ("127.0.0.1", p) for p in DEFAULT_PORTS if p != self.port]
        service.peer_lookup = lambda: served_by_peers(self._peers, service.instance)
        self._intervals = (housekeeping_interval, refresh_interval)
        self._request_timeout = request_timeout
        self._max_per_address, self._max_connections = max_per_address, max_connections
        # Open connections, oldest first: all of them, and per client address.
        self._open: dict[asyncio.Task[None], str] = {}
        self._by_address: dict[str, dict[asyncio.Task[None], None]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._listener: asyncio.Server | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @staticmethod
    def _bind(host: str, ports: Sequence[int]) -> socket.socket:
        # create_server sets SO_REUSEADDR only off Windows, where it would let us bind a port
        # another server holds and so break the fallback.
        for port in ports:
            try:
                return socket.create_server((host, port), backlog=BACKLOG)
            except OSError as exc:
                if exc.errno not in (errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE", -1)):
                    raise
        raise NoFreePort(errno.EADDRINUSE, f"Все порты {', '.join(map(str, ports))} заняты")

    def start(self) -> LicenceServer:
        self.service.refresh()
        self._loop = asyncio.new_event_loop()
        self._listener = self._loop.run_until_complete(asyncio.start_server(
            self._serve, sock=self._sock, limit=MAX_LINE, backlog=BACKLOG))
        for target in (self._loop.run_forever, self._housekeeping):
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

    # --- connections (event loop thread only) ------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peername = writer.get_extra_info("peername")
        task = asyncio.current_task()
        if not peername or task is None:  # gone before we saw it
            writer.transport.abort()
            return
        peer = str(peername[0])
        self._admit(task, peer)
        try:
            await self._converse(reader, writer, peer)
        except (OSError, TimeoutError):
            pass  # resets, broken pipes and missed deadlines are routine, not crashes
        except asyncio.CancelledError:
            pass  # evicted or shutting down; ending quietly keeps asyncio from logging an error
        except Exception:
            log.exception("connection from %s failed", peer)
        finally:
            self._forget(task, peer)
            # An answer the peer does not read must not keep the socket open after us.
            if writer.transport.get_write_buffer_size():
                writer.transport.abort()
            else:
                writer.close()

    async def _converse(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                        peer: str) -> None:
        bad = 0
        while bad < MAX_BAD_LINES:
            async with asyncio.timeout(self._request_timeout):
                try:
                    line = await _read_line(reader)
                except ProtocolError as exc:  # over-long line: answer once and hang up
                    await _send(writer, _bad_request(exc))
                    return
                if line is None:
                    return
                try:
                    answer = self.service.handle(decode(line), peer)
                except ProtocolError as exc:
                    bad += 1
                    answer = _bad_request(exc)
                await _send(writer, answer)

    def _admit(self, task: asyncio.Task[None], peer: str) -> None:
        mine = self._by_address.get(peer, {})
        if len(mine) >= self._max_per_address:
            self._evict(next(iter(mine)))
        elif len(self._open) >= self._max_connections:
            self._evict(next(iter(self._open)))
        self._by_address.setdefault(peer, {})[task] = None  # eviction may have emptied `mine`
        self._open[task] = peer

    def _evict(self, task: asyncio.Task[None]) -> None:
        self._forget(task, self._open[task])
        task.cancel()

    def _forget(self, task: asyncio.Task[None], peer: str) -> None:
        self._open.pop(task, None)
        mine = self._by_address.get(peer)
        if mine is not None:
            mine.pop(task, None)
            if not mine:
                del self._by_address[peer]

    async def _close_all(self) -> None:
        assert self._listener is not None
        self._listener.close()
        tasks = list(self._open)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # --- lifetime ------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop serving and free the port; safe to call twice and without `start()`."""
        self._stop.set()
        loop, self._loop = self._loop, None
        if loop is None:
            self._sock.close()
            return
        asyncio.run_coroutine_threadsafe(self._close_all(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        for thread in self._threads:
            thread.join(timeout=5)
        loop.close()

    def __enter__(self) -> LicenceServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


async def _read_line(reader: asyncio.StreamReader) -> bytes | None:
    """The next line (the last may lack its newline), None at end of stream; ProtocolError
    when longer than MAX_LINE. The reader never buffers much more than MAX_LINE."""
    try:
        line = await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as exc:
        line = exc.partial
    except asyncio.LimitOverrunError as exc:
        raise ProtocolError("строка длиннее допустимого") from exc
    if len(line) > MAX_LINE:
        raise ProtocolError("строка длиннее допустимого")
    return line or None


async def _send(writer: asyncio.StreamWriter, answer: dict[str, Any]) -> None:
    writer.write(encode(answer))
    await writer.drain()


def _bad_request(exc: ProtocolError) -> dict[str, Any]:
    return {"ok": False, "code": "bad-request", "reason": str(exc)}

"""Finding the licence server: the configured host (by default the database server's
host), ports 3030-3033; the first server that serves our product wins."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.licensing.wire import DEFAULT_PORTS, SERVER_NAME, ProtocolError, call


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def find_server(host: str, ports: Sequence[int] = DEFAULT_PORTS, product: str | None = None,
                timeout: float = 1.0) -> ServerAddress | None:
    """A server serving `product` if any answers, else the first licence server found."""
    fallback = None
    for port in ports:
        try:
            answer = call(host, port, {"op": "hello"}, timeout=timeout)
        except (OSError, ProtocolError):
            continue
        if answer.get("server") != SERVER_NAME:
            continue
        address = ServerAddress(host, port)
        products = answer.get("products")
        if product is None or (isinstance(products, list) and product in products):
            return address
        fallback = fallback or address
    return fallback

"""One licence server per network: find other servers already serving our licences.

Servers answer `hello` with the serials they serve. Before serving a licence a server asks
its peers (other ports on this computer and any configured hosts); a licence already served
elsewhere is refused here. Probing is by TCP to listed addresses only, no broadcast.
"""
from __future__ import annotations

from collections.abc import Iterable

from crm_desktop.licensing.wire import SERVER_NAME, ProtocolError, call


def served_by_peers(addresses: Iterable[tuple[str, int]], own_instance: str,
                    timeout: float = 0.5) -> dict[str, str]:
    """Serial → "host:port" of the other server that serves it."""
    found: dict[str, str] = {}
    for host, port in addresses:
        try:
            answer = call(host, port, {"op": "hello"}, timeout=timeout)
        except (OSError, ProtocolError):
            continue
        if answer.get("server") != SERVER_NAME or answer.get("instance") == own_instance:
            continue
        serving = answer.get("serving")
        for serial in serving if isinstance(serving, list) else []:
            if isinstance(serial, str):
                found.setdefault(serial, f"{host}:{port}")
    return found

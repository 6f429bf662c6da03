"""What the group processing reads of the chosen clients at once (the changes themselves go
through the card's own update, data/client_card.py, one client per transaction)."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from crm_desktop.data.schema import clients

_CHUNK = 500        # Firebird allows 1 500 values in an IN list


def titles(conn: Connection, client_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    """(code, name) of each of the clients the session may see (the scope leaves out the rest:
    another user's private clients are not even named)."""
    ids = sorted(set(client_ids))
    found: dict[int, tuple[int, str]] = {}
    for i in range(0, len(ids), _CHUNK):
        stmt = select(clients.c.id, clients.c.code, clients.c.name).where(clients.c.id.in_(ids[i:i + _CHUNK]))
        found.update({r[0]: (r[1], r[2]) for r in conn.execute(stmt)})
    return found

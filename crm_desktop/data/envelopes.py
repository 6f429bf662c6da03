"""The postal address fields of chosen clients for envelopes (GRP-4). The session's access
scope applies to the SELECT (data/scope.py): a client the viewer may not see is simply absent."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from crm_desktop.data.schema import clients, regions
from crm_desktop.domain.envelopes import ClientAddress

CHUNK = 500          # ids per IN list (Firebird allows 1 500; the group limit is 500)


def client_addresses(conn: Connection, client_ids: Sequence[int]) -> dict[int, ClientAddress]:
    """id → the address fields of each visible client among `client_ids`, read in chunks."""
    c = clients.c
    found: dict[int, ClientAddress] = {}
    ids = list(dict.fromkeys(client_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        stmt = (select(c.id, c.name, c.full_name, c.postcode, c.address, c.district, c.city,
                       regions.c.name.label("region"), c.actual_address, c.legal_address)
                .select_from(clients.outerjoin(regions, regions.c.id == c.region_id))
                .where(c.id.in_(chunk)))
        for r in conn.execute(stmt):
            found[r.id] = ClientAddress(r.id, r.full_name or r.name or "", r.postcode or "", r.address or "",
                                        r.district or "", r.city or "", r.region or "",
                                        r.actual_address or "", r.legal_address or "")
    return found

"""The deals kanban (BEY-3): clients by their sales-ladder stage, a page of a column at a
time (keyset on NAME, ID: IX_CLIENTS_NAME and the foreign-key index on STAGE_ID), the
column counts, and a drag that moves a client to another stage."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, or_, select

from crm_desktop.data.funnel import record_stage
from crm_desktop.data.schema import clients, events, users
from crm_desktop.data.versioned import update_versioned

NO_STAGE = 0        # the column of clients without a stage


@dataclass(frozen=True)
class Card:
    id: int
    code: int
    name: str
    curator: str | None
    stage_id: int | None
    version: int
    last_contact: datetime | None


def _stage_is(stage_id: int):
    return clients.c.stage_id.is_(None) if stage_id == NO_STAGE else clients.c.stage_id == stage_id


def page(conn: Connection, stage_id: int, curator_id: int | None, after: tuple[str, int] | None,
         limit: int) -> list[Card]:
    """Up to `limit` clients of the stage after (name, id), by name."""
    c = clients
    last = (select(func.max(events.c.event_at)).where(events.c.client_id == c.c.id)
            .correlate(c).scalar_subquery())
    query = (select(c.c.id, c.c.code, c.c.name, users.c.full_name, c.c.stage_id, c.c.row_version, last)
             .select_from(c.outerjoin(users, users.c.id == c.c.curator_id))
             .where(_stage_is(stage_id)).order_by(c.c.name, c.c.id).limit(limit))
    if curator_id is not None:
        query = query.where(c.c.curator_id == curator_id)
    if after is not None:
        # NAME >= first, so Firebird walks IX_CLIENTS_NAME from the last card instead of the start
        query = query.where(c.c.name >= after[0], or_(c.c.name > after[0], c.c.id > after[1]))
    return [Card(*r) for r in conn.execute(query)]


def counts(conn: Connection, stage_ids: Iterable[int], curator_id: int | None,
           cap: int | None = None) -> dict[int, int]:
    """Clients per stage (NO_STAGE: without one), one count a stage by the stage's index. With
    `cap`, counting stops at cap + 1 (a million clients take seconds to count exactly; the
    first cap + 1 of a stage are read at once)."""
    result = {}
    for stage_id in stage_ids:
        wanted = select(clients.c.id).where(_stage_is(stage_id))
        if curator_id is not None:
            wanted = wanted.where(clients.c.curator_id == curator_id)
        if cap is None:
            result[stage_id] = conn.execute(wanted.with_only_columns(func.count())).scalar_one()
        else:       # the ids themselves: the scope refuses a derived table of clients to count in
            result[stage_id] = len(conn.execute(wanted.limit(cap + 1)).all())
    return result


def card(conn: Connection, client_id: int) -> Card | None:
    c = clients
    last = (select(func.max(events.c.event_at)).where(events.c.client_id == c.c.id)
            .correlate(c).scalar_subquery())
    row = conn.execute(select(c.c.id, c.c.code, c.c.name, users.c.full_name, c.c.stage_id, c.c.row_version, last)
                       .select_from(c.outerjoin(users, users.c.id == c.c.curator_id))
                       .where(c.c.id == client_id)).first()
    return None if row is None else Card(*row)


def move(conn: Connection, client_id: int, version: int, stage_id: int | None) -> int:
    """The client to `stage_id` at the version the board showed (ConcurrentEdit otherwise);
    the arrival is recorded in CLIENT_STAGE_HISTORY. Returns the new version."""
    row = update_versioned(conn, clients, client_id, {"stage_id": stage_id}, version, returning=True)
    assert row is not None
    record_stage(conn, client_id, stage_id)
    return row["row_version"]

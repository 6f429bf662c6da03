"""Sales funnel profiles (FUNNEL_PROFILES, FUNNEL_STAGES) and the history of the clients'
sales-ladder stages (CLIENT_STAGE_HISTORY) the funnel report counts (OPS-2).

Every change of CLIENTS.STAGE_ID is recorded here in the writer's transaction
(`record_stage`): the card's save (client_card.update_card / insert_card), an event that moves
the stage (client_card.set_operative) and a kanban drag (data/kanban.move). Before issue 14 no
history of stage changes existed: EVENTS.STAGE_ID keeps only the stages events set, not the
card's own edits."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, delete, func, insert, literal_column, select, update

from crm_desktop.data.schema import client_stage_history, funnel_profiles, funnel_stages, sales_stages

# who is working: the attachment's context the audit triggers read too (Database.set_app_user)
_WHO = literal_column("CAST(RDB$GET_CONTEXT('USER_SESSION', 'CRM_USER_ID') AS INTEGER)")


def record_stage(conn: Connection, client_id: int, stage_id: int | None) -> None:
    """The client came to `stage_id` now (nothing is recorded for a stage cleared)."""
    if stage_id is not None:
        conn.execute(insert(client_stage_history).values(client_id=client_id, stage_id=stage_id,
                                                         changed_at=func.current_timestamp(), user_id=_WHO))


@dataclass(frozen=True)
class StageRow:
    id: int | None
    name: str
    sales_stage_id: int | None


@dataclass(frozen=True)
class ProfileRow:
    id: int | None
    name: str
    is_active: bool
    stages: tuple[StageRow, ...]
    version: int | None = None


def sales_ladder(conn: Connection) -> list[tuple[int, str]]:
    """The sales ladder's stages in their order (active ones)."""
    return [(r[0], r[1]) for r in conn.execute(
        select(sales_stages.c.id, sales_stages.c.name).where(sales_stages.c.is_active == 1)
        .order_by(sales_stages.c.sort_order, sales_stages.c.name))]


def profiles(conn: Connection, active_only: bool = False) -> list[ProfileRow]:
    query = select(funnel_profiles.c.id, funnel_profiles.c.name, funnel_profiles.c.is_active,
                   funnel_profiles.c.row_version).order_by(funnel_profiles.c.name, funnel_profiles.c.id)
    if active_only:
        query = query.where(funnel_profiles.c.is_active == 1)
    heads = conn.execute(query).all()
    stages: dict[int, list[StageRow]] = {}
    for r in conn.execute(select(funnel_stages.c.profile_id, funnel_stages.c.id, funnel_stages.c.name,
                                 funnel_stages.c.sales_stage_id)
                          .order_by(funnel_stages.c.profile_id, funnel_stages.c.sort_order, funnel_stages.c.id)):
        stages.setdefault(r[0], []).append(StageRow(r[1], r[2], r[3]))
    return [ProfileRow(h[0], h[1], bool(h[2]), tuple(stages.get(h[0], ())), h[3]) for h in heads]


def profile(conn: Connection, profile_id: int) -> ProfileRow | None:
    return next((p for p in profiles(conn) if p.id == profile_id), None)


def save_profile(conn: Connection, row: ProfileRow) -> int:
    """Insert or update the profile and replace its stages (kept by id where they stay)."""
    values = {"name": row.name.strip(), "is_active": int(row.is_active)}
    if row.id is None:
        profile_id = conn.execute(insert(funnel_profiles).values(**values)
                                  .returning(funnel_profiles.c.id)).scalar_one()
    else:
        profile_id = row.id
        conn.execute(update(funnel_profiles).where(funnel_profiles.c.id == profile_id).values(**values))
    kept = {s.id for s in row.stages if s.id is not None}
    stale = select(funnel_stages.c.id).where(funnel_stages.c.profile_id == profile_id)
    for (stage_id,) in conn.execute(stale).all():
        if stage_id not in kept:
            conn.execute(delete(funnel_stages).where(funnel_stages.c.id == stage_id))
    for n, stage in enumerate(row.stages, 1):
        values = {"name": stage.name.strip(), "sales_stage_id": stage.sales_stage_id, "sort_order": n}
        if stage.id is None:
            conn.execute(insert(funnel_stages).values(profile_id=profile_id, **values))
        else:
            conn.execute(update(funnel_stages).where(funnel_stages.c.id == stage.id).values(**values))
    return profile_id


def delete_profile(conn: Connection, profile_id: int) -> None:
    conn.execute(delete(funnel_profiles).where(funnel_profiles.c.id == profile_id))


def history(conn: Connection, stage_ids: Iterable[int], date_from: date,
            date_to: date) -> Iterator[tuple[int, int, date]]:
    """(client, sales stage, day) of every recorded arrival at one of the stages within the
    period (both days included), walked by the index (STAGE_ID, CHANGED_AT)."""
    h = client_stage_history
    start, end = datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1), time())
    for stage_id in sorted(set(stage_ids)):
        rows = conn.execute(select(h.c.client_id, h.c.changed_at)
                            .where(h.c.stage_id == stage_id, h.c.changed_at >= start, h.c.changed_at < end))
        for client_id, at in rows:
            yield client_id, stage_id, at.date()


def client_history(conn: Connection, client_id: int) -> list[tuple[int, datetime, int | None]]:
    """(stage, when, who) of one client, oldest first."""
    h = client_stage_history
    return [(r[0], r[1], r[2]) for r in conn.execute(
        select(h.c.stage_id, h.c.changed_at, h.c.user_id).where(h.c.client_id == client_id)
        .order_by(h.c.changed_at, h.c.id))]

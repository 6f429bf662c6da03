"""Targeting (OPS-3): the weighted targets (TARGETS), the users' plans (TARGET_PLANS) and the
events of the history they are scored from (EVENTS).

A target of kind 1 is an event type (EVENT_TYPE_ID); of kind 2 an event result, the text
EVENTS.RESULT holds (TARGETS.RESULT, compared exactly after trimming)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from crm_desktop.data.schema import event_types, events, target_plans, targets, users
from crm_desktop.domain.targeting import Plan, TargetKind


@dataclass(frozen=True)
class TargetRow:
    id: int | None
    kind: TargetKind
    event_type_id: int | None
    result: str | None
    name: str
    weight: Decimal
    is_active: bool = True


def event_type_names(conn: Connection) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in conn.execute(select(event_types.c.id, event_types.c.name)
                                               .where(event_types.c.is_active == 1)
                                               .order_by(event_types.c.sort_order, event_types.c.name))]


def target_rows(conn: Connection, active_only: bool = False) -> list[TargetRow]:
    t = targets
    query = select(t.c.id, t.c.kind, t.c.event_type_id, t.c.result, t.c.name, t.c.weight, t.c.is_active)
    if active_only:
        query = query.where(t.c.is_active == 1)
    return [TargetRow(r[0], TargetKind(r[1]), r[2], r[3], r[4], Decimal(r[5]), bool(r[6]))
            for r in conn.execute(query.order_by(t.c.kind, t.c.name, t.c.id))]


def save_targets(conn: Connection, rows: Iterable[TargetRow]) -> None:
    """The whole list as edited: rows kept by id are updated, the others deleted or added."""
    rows = list(rows)
    kept = {r.id for r in rows if r.id is not None}
    for (target_id,) in conn.execute(select(targets.c.id)).all():
        if target_id not in kept:
            conn.execute(delete(targets).where(targets.c.id == target_id))
    for r in rows:
        values = {"kind": int(r.kind), "event_type_id": r.event_type_id if r.kind is TargetKind.EVENT else None,
                  "result": (r.result or "").strip() or None if r.kind is TargetKind.RESULT else None,
                  "name": r.name.strip(), "weight": r.weight, "is_active": int(r.is_active)}
        if r.id is None:
            conn.execute(insert(targets).values(**values))
        else:
            conn.execute(update(targets).where(targets.c.id == r.id).values(**values))


def plans(conn: Connection, user_id: int | None = None) -> list[tuple[Plan, str]]:
    """Plans with the users' names, by name (one user's when `user_id` is given)."""
    p = target_plans
    query = (select(p.c.user_id, p.c.day_plan, p.c.week_plan, p.c.month_plan, users.c.full_name)
             .join(users, users.c.id == p.c.user_id).order_by(users.c.full_name, p.c.user_id))
    if user_id is not None:
        query = query.where(p.c.user_id == user_id)
    return [(Plan(r[0], Decimal(r[1] or 0), Decimal(r[2] or 0), Decimal(r[3] or 0)), r[4])
            for r in conn.execute(query)]


def save_plan(conn: Connection, plan: Plan) -> None:
    values = {"day_plan": plan.day, "week_plan": plan.week, "month_plan": plan.month}
    done = conn.execute(update(target_plans).where(target_plans.c.user_id == plan.user_id).values(**values))
    if done.rowcount == 0:
        conn.execute(insert(target_plans).values(user_id=plan.user_id, **values))


def delete_plan(conn: Connection, user_id: int) -> None:
    conn.execute(delete(target_plans).where(target_plans.c.user_id == user_id))


def scored_events(conn: Connection, date_from: date, date_to: date, type_ids: Iterable[int],
                  results: Iterable[str], user_id: int | None = None
                  ) -> Iterator[tuple[int, datetime, int, str | None]]:
    """(user, when, event type, result) of the events of the period (both days included) that
    may score a target: of a target type or with a target result; walks IX_EVENTS_AT."""
    type_ids, results = sorted(set(type_ids)), sorted({r.strip() for r in results if r and r.strip()})
    if not type_ids and not results:
        return
    start, end = datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1), time())
    matches = []
    if type_ids:
        matches.append(events.c.event_type_id.in_(type_ids))
    if results:
        matches.append(func.trim(events.c.result).in_(results))
    query = (select(events.c.user_id, events.c.event_at, events.c.event_type_id, func.trim(events.c.result))
             .where(events.c.event_at >= start, events.c.event_at < end, events.c.user_id.is_not(None),
                    or_(*matches)))
    if user_id is not None:
        query = query.where(events.c.user_id == user_id)
    for r in conn.execute(query):
        yield r[0], r[1], r[2], r[3]

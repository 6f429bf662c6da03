"""The SQL of the «Статистика» reports (manual: «Отчеты» — «Персональная статистика»,
«Статистика по событиям», «Статистика по оборотам юр. лиц»): per-user and per-type counts and
sums, each one GROUP BY on one table, so Firebird does the counting and the access scope
(data/scope.py, or the access views on a server) applies to every statement as it stands —
a derived table of client data would escape the scope, so figures of different tables are
read by separate statements and put side by side by the service.

Periods are half-open: [start, end), `end` being the day after the last day of the report."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, func, literal_column, or_, select
from sqlalchemy.sql import ColumnElement

from crm_desktop.data.schema import clients, event_types, events, invoices, payments, tasks, users
from crm_desktop.domain.money import q2
from crm_desktop.domain.tasks import Status

# the user a task is counted for once it is done or late: its executor, or the setter of a
# reminder set without one (as the task monitor counts them, data/tasks.active_of)
_OWNER = func.coalesce(tasks.c.executor_id, tasks.c.setter_id)
# when a task had to be done: its due date, else its start plus its duration (domain.tasks.deadline)
_DEADLINE = func.coalesce(tasks.c.due_at, func.dateadd(literal_column("MINUTE"), tasks.c.duration_min,
                                                       tasks.c.start_at))
# when the executor finished: completion with a report, else the closing of a reminder
_DONE_AT = func.coalesce(tasks.c.completed_at, tasks.c.closed_at)
_OPEN = (int(Status.NEW), int(Status.ACCEPTED), int(Status.REWORK))
_DONE = (int(Status.COMPLETED), int(Status.CLOSED))


def _per_user(conn: Connection, key: Any, value: Any, *where: ColumnElement[bool]) -> dict[int, Any]:
    """{user id: value} of one GROUP BY `key` (rows without a user left out)."""
    stmt = select(key, value).where(key.isnot(None), *where).group_by(key)
    return {row[0]: row[1] for row in conn.execute(stmt)}


def _of(column: Any, user_id: int | None) -> list[ColumnElement[bool]]:
    return [] if user_id is None else [column == user_id]


def _within(column: Any, start: date | datetime, end: date | datetime) -> list[ColumnElement[bool]]:
    return [column >= start, column < end]


def users_listed(conn: Connection, user_id: int | None, with_figures: set[int]) -> list[tuple[int, str]]:
    """(id, full name) of the report's rows by name: the chosen user, or every working user
    together with the dismissed or disabled ones who have figures in the period."""
    u = users.c
    if user_id is not None:
        shown: ColumnElement[bool] = u.id == user_id
    else:
        working = and_(u.is_dismissed == 0, u.is_disabled == 0)
        shown = or_(working, u.id.in_(sorted(with_figures))) if with_figures else working
    return [(r[0], r[1]) for r in conn.execute(select(u.id, u.full_name).where(shown).order_by(u.full_name, u.id))]


def clients_registered(conn: Connection, start: datetime, end: datetime, user_id: int | None) -> dict[int, int]:
    c = clients.c
    return _per_user(conn, c.created_by, func.count(c.id), *_within(c.created_at, start, end),
                     *_of(c.created_by, user_id))


def clients_curated(conn: Connection, user_id: int | None) -> dict[int, int]:
    """Clients in each user's care now (the card's «Куратор»), whatever the period."""
    c = clients.c
    return _per_user(conn, c.curator_id, func.count(c.id), *_of(c.curator_id, user_id))


def events_registered(conn: Connection, start: datetime, end: datetime, user_id: int | None) -> dict[int, int]:
    e = events.c
    return _per_user(conn, e.user_id, func.count(e.id), *_within(e.event_at, start, end), *_of(e.user_id, user_id))


def tasks_set(conn: Connection, start: datetime, end: datetime, user_id: int | None) -> dict[int, int]:
    t = tasks.c
    return _per_user(conn, t.setter_id, func.count(t.id), *_within(t.set_at, start, end), *_of(t.setter_id, user_id))


def tasks_done(conn: Connection, start: datetime, end: datetime, user_id: int | None) -> dict[int, int]:
    """Tasks finished in the period by their executor: completed with a report (waiting for
    the setter or accepted) or closed reminders."""
    t = tasks.c
    return _per_user(conn, _OWNER, func.count(t.id), t.status.in_(_DONE), *_within(_DONE_AT, start, end),
                     *_of(_OWNER, user_id))


def tasks_overdue(conn: Connection, start: datetime, end: datetime, user_id: int | None) -> dict[int, int]:
    """Tasks whose deadline fell in [start, end) — `end` no later than now — and that were not
    done by it: still open, or finished after the deadline."""
    t = tasks.c
    late = or_(t.status.in_(_OPEN), and_(t.status.in_(_DONE), _DONE_AT > _DEADLINE))
    return _per_user(conn, _OWNER, func.count(t.id), late, *_within(_DEADLINE, start, end), *_of(_OWNER, user_id))


def invoices_issued(conn: Connection, start: date, end: date, user_id: int | None) -> dict[int, tuple[int, Decimal]]:
    """{manager: (invoices, their total)} of the invoices dated in the period."""
    i = invoices.c
    stmt = (select(i.manager_id, func.count(i.id), func.sum(i.total))
            .where(i.manager_id.isnot(None), *_within(i.doc_date, start, end), *_of(i.manager_id, user_id))
            .group_by(i.manager_id))
    return {r[0]: (r[1], _money(r[2])) for r in conn.execute(stmt)}


def events_by_type(conn: Connection, start: datetime, end: datetime, user_id: int | None) -> list[tuple[str, int]]:
    """(event type, events) of the period, the most frequent first."""
    e, ty = events.c, event_types.c
    n = func.count(e.id)
    stmt = (select(ty.name, n).select_from(events.join(event_types, ty.id == e.event_type_id))
            .where(*_within(e.event_at, start, end), *_of(e.user_id, user_id))
            .group_by(ty.name).order_by(n.desc(), ty.name))
    return [(r[0], r[1]) for r in conn.execute(stmt)]


def events_by_user_and_type(conn: Connection, start: datetime, end: datetime,
                            user_id: int | None) -> Iterator[tuple[str | None, int | None, str, int]]:
    """(user's name, user id, event type, events) by user's name, then the most frequent type
    first; events without a user come last, under no name."""
    e, ty, u = events.c, event_types.c, users.c
    n = func.count(e.id)
    stmt = (select(u.full_name, e.user_id, ty.name, n)
            .select_from(events.join(event_types, ty.id == e.event_type_id).outerjoin(users, u.id == e.user_id))
            .where(*_within(e.event_at, start, end), *_of(e.user_id, user_id))
            .group_by(u.full_name, e.user_id, ty.name)
            .order_by(u.full_name.is_(None), u.full_name, e.user_id, n.desc(), ty.name))
    for r in conn.execute(stmt):
        yield r[0], r[1], r[2], r[3]


def turnover_by_entity(conn: Connection, start: date, end: date,
                       user_id: int | None) -> dict[tuple[int, int | None], tuple[int, Decimal]]:
    """{(our legal entity, manager): (invoices, their total)} of the invoices dated in the period."""
    i = invoices.c
    stmt = (select(i.legal_entity_id, i.manager_id, func.count(i.id), func.sum(i.total))
            .where(*_within(i.doc_date, start, end), *_of(i.manager_id, user_id))
            .group_by(i.legal_entity_id, i.manager_id))
    return {(r[0], r[1]): (r[2], _money(r[3])) for r in conn.execute(stmt)}


def paid_by_entity(conn: Connection, start: date, end: date,
                   user_id: int | None) -> dict[tuple[int, int | None], Decimal]:
    """{(our legal entity, manager): payments received} of the period (by payment date)."""
    p = payments.c
    stmt = (select(p.legal_entity_id, p.manager_id, func.sum(p.amount))
            .where(*_within(p.pay_date, start, end), *_of(p.manager_id, user_id))
            .group_by(p.legal_entity_id, p.manager_id))
    return {(r[0], r[1]): _money(r[2]) for r in conn.execute(stmt)}


def _money(value: Any) -> Decimal:
    """A SUM as money: the driver drops the scale of NUMERIC(18,2) sums (3500.00 comes as 3500)."""
    return q2(Decimal(value or 0))

"""Tasks in Firebird: rows, status history, the journal and what pops up on a workstation
(manual: "Задачи", "Напоминания", "Контроль за исполнением задач")."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, update
from sqlalchemy.sql import ColumnElement

from crm_desktop.data.versioned import update_versioned
from crm_desktop.data.schema import clients, task_history, tasks, users
from crm_desktop.domain.tasks import ACTIVE, Status, remind_at

t = tasks.c
setter_user = users.alias("setter_user")
executor_user = users.alias("executor_user")


@dataclass(frozen=True)
class TaskRecord:
    """One task with the names the journal and the form show."""
    id: int
    kind: int
    client_id: int | None
    client_code: int | None
    client_name: str | None
    setter_id: int | None
    setter: str | None
    executor_id: int | None
    executor: str | None
    set_at: datetime
    importance: int
    start_at: datetime
    due_at: datetime | None
    duration_min: int
    body: str
    requires_report: bool
    status: int
    report: str | None
    remind_min: int | None
    accepted_at: datetime | None
    completed_at: datetime | None
    closed_at: datetime | None
    seen_by_executor: bool
    planner_case_id: int | None
    row_version: int


@dataclass(frozen=True)
class HistoryRow:
    changed_at: datetime
    user: str | None
    old_status: int | None
    new_status: int
    note: str | None


@dataclass(frozen=True)
class NextContact:
    """A client to contact today or earlier (the kind-4 reminder from NEXT_CONTACT_DATE)."""
    client_id: int
    code: int
    name: str
    next_contact_date: date


@dataclass(frozen=True)
class ClientChoice:
    id: int
    code: int
    name: str


_RECORD_COLUMNS = (t.id, t.task_kind, t.client_id, clients.c.code, clients.c.name, t.setter_id,
                   setter_user.c.full_name, t.executor_id, executor_user.c.full_name, t.set_at,
                   t.importance, t.start_at, t.due_at, t.duration_min, t.body, t.requires_report,
                   t.status, t.report, t.remind_min, t.accepted_at, t.completed_at, t.closed_at,
                   t.seen_by_executor, t.planner_case_id, t.row_version)
_FROM = (tasks.outerjoin(clients, clients.c.id == t.client_id)
         .outerjoin(setter_user, setter_user.c.id == t.setter_id)
         .outerjoin(executor_user, executor_user.c.id == t.executor_id))


def _record(row: Any) -> TaskRecord:
    values = list(row)
    values[14] = values[14] or ""
    values[15] = bool(values[15])
    values[22] = bool(values[22])
    return TaskRecord(*values)


def _records(conn: Connection, *where: ColumnElement[bool]) -> list[TaskRecord]:
    stmt = select(*_RECORD_COLUMNS).select_from(_FROM).where(*where).order_by(t.start_at, t.id)
    return [_record(r) for r in conn.execute(stmt)]


def get(conn: Connection, task_id: int) -> TaskRecord | None:
    found = _records(conn, t.id == task_id)
    return found[0] if found else None


def insert_task(conn: Connection, values: dict[str, Any]) -> int:
    return conn.execute(insert(tasks).values(**values).returning(t.id)).scalar_one()


def update_task(conn: Connection, task_id: int, values: dict[str, Any], expected_version: int | None = None) -> None:
    """ConcurrentEdit when the task is gone or was saved by someone else since expected_version."""
    update_versioned(conn, tasks, task_id, values, expected_version)


def delete_task(conn: Connection, task_id: int) -> bool:
    return conn.execute(delete(tasks).where(t.id == task_id)).rowcount == 1


def add_history(conn: Connection, task_id: int, at: datetime, user_id: int, old_status: int | None,
                new_status: int, note: str | None) -> None:
    conn.execute(insert(task_history).values(task_id=task_id, changed_at=at, user_id=user_id,
                                             old_status=old_status, new_status=new_status, note=note))


def history(conn: Connection, task_id: int) -> list[HistoryRow]:
    h = task_history.c
    stmt = (select(h.changed_at, users.c.full_name, h.old_status, h.new_status, h.note)
            .select_from(task_history.outerjoin(users, users.c.id == h.user_id))
            .where(h.task_id == task_id).order_by(h.changed_at, h.id))
    return [HistoryRow(*r) for r in conn.execute(stmt)]


def _mine(user_id: int) -> ColumnElement[bool]:
    return or_(t.setter_id == user_id, t.executor_id == user_id)


def journal(conn: Connection, start: datetime | None, end: datetime | None, setter_id: int | None,
            executor_id: int | None, statuses: frozenset[int] | None, only_of: int | None) -> list[TaskRecord]:
    """Tasks starting in [start, end) (no bounds: any date); only_of limits them to those the
    user set or executes."""
    where = [] if start is None or end is None else [t.start_at >= start, t.start_at < end]
    if setter_id is not None:
        where.append(t.setter_id == setter_id)
    if executor_id is not None:
        where.append(t.executor_id == executor_id)
    if statuses is not None:
        where.append(t.status.in_(sorted(statuses)))
    if only_of is not None:
        where.append(_mine(only_of))
    return _records(conn, *where)


def unseen_for(conn: Connection, user_id: int) -> list[TaskRecord]:
    """Tasks others set or returned to the user that their workstation has not shown yet (what
    users set themselves they know about, whatever its flag says, e.g. in bulk-loaded data)."""
    return _records(conn, t.executor_id == user_id, t.seen_by_executor == 0,
                    t.status.in_([Status.NEW, Status.REWORK]),
                    or_(t.setter_id.is_(None), t.setter_id != user_id))


def awaiting_acceptance(conn: Connection, user_id: int) -> list[TaskRecord]:
    """Tasks the user set that others completed with a report: the setter's next step."""
    return _records(conn, t.setter_id == user_id, t.status == Status.COMPLETED,
                    or_(t.executor_id.is_(None), t.executor_id != user_id))


def mark_seen(conn: Connection, user_id: int, ids: list[int]) -> None:
    if ids:
        conn.execute(update(tasks).where(t.id.in_(ids), t.executor_id == user_id,
                                         t.seen_by_executor == 0).values(seen_by_executor=1))


def due_reminders(conn: Connection, user_id: int, now: datetime) -> list[TaskRecord]:
    """Active tasks of the user whose reminder time (REMIND_MIN before the start) has come.
    The unreminded tasks of one user are few; the time arithmetic is done in Python."""
    candidates = _records(conn, t.executor_id == user_id, t.reminded == 0, t.remind_min.isnot(None),
                          t.status.in_(sorted(ACTIVE)))
    return [r for r in candidates if (at := remind_at(r.start_at, r.remind_min)) is not None and at <= now]


def mark_reminded(conn: Connection, user_id: int, ids: list[int]) -> None:
    if ids:
        conn.execute(update(tasks).where(t.id.in_(ids), t.executor_id == user_id).values(reminded=1))


def active_of(conn: Connection, user_id: int, before: datetime) -> list[TaskRecord]:
    """Active tasks the user executes (or owns, for reminders without executor) starting
    before the given moment: the monitor and the overdue list filter them further."""
    owner = or_(t.executor_id == user_id, and_(t.executor_id.is_(None), t.setter_id == user_id))
    return _records(conn, owner, t.status.in_(sorted(ACTIVE)), t.start_at < before)


def next_contacts(conn: Connection, user_id: int, day: date, limit: int) -> list[NextContact]:
    """Clients the user curates whose next contact date is the day or earlier."""
    c = clients.c
    stmt = (select(c.id, c.code, c.name, c.next_contact_date)
            .where(c.curator_id == user_id, c.next_contact_date <= day)
            .order_by(c.next_contact_date, c.name).limit(limit))
    return [NextContact(*r) for r in conn.execute(stmt)]


def find_clients(conn: Connection, text: str, limit: int = 30) -> list[ClientChoice]:
    """Clients by code (digits) or by a part of the name (visible ones: data/scope.py)."""
    c = clients.c
    text = text.strip()
    match = c.code == int(text) if text.isdigit() else c.name.contains(text)
    stmt = (select(c.id, c.code, c.name).where(match)
            .order_by(c.name).limit(limit))
    return [ClientChoice(*r) for r in conn.execute(stmt)]


def client_choice(conn: Connection, client_id: int) -> ClientChoice | None:
    row = conn.execute(select(clients.c.id, clients.c.code, clients.c.name).where(clients.c.id == client_id)).first()
    return None if row is None else ClientChoice(*row)


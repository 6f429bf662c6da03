"""Rows of the planners: task counts and day plans from TASKS, topics and cases of the
collective planner (PLANNER_TOPICS, PLANNER_CASES) with the kind-3 task of each case."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, Date, cast, delete, func, insert, select, update

from crm_desktop.data.versioned import update_versioned
from crm_desktop.data.schema import clients, planner_cases, planner_topics, tasks, users

CASE_TASK_KIND = 3


@dataclass(frozen=True)
class PlannerTask:
    """A task as the planners draw it."""
    id: int
    start_at: datetime
    duration_min: int
    body: str
    client_name: str | None
    importance: int
    status: int
    kind: int
    executor_id: int | None
    setter_id: int | None


@dataclass
class Topic:
    id: int | None
    name: str
    responsible_id: int | None = None
    start_date: date | None = None
    due_date: date | None = None
    notes: str | None = None
    created_by: int | None = None
    version: int | None = None


@dataclass
class Case:
    id: int | None
    topic_id: int
    parent_id: int | None
    name: str
    responsible_id: int | None = None
    start_date: date | None = None
    due_date: date | None = None
    percent_done: int = 0
    report: str | None = None
    delegation_allowed: bool = False
    created_by: int | None = None
    version: int | None = None


# -- users and tasks --------------------------------------------------------------------------
def active_users(conn: Connection, only: int | None = None) -> list[tuple[int, str]]:
    """(id, full name) of users who work (not disabled or dismissed), or just `only`."""
    stmt = select(users.c.id, users.c.full_name).order_by(users.c.full_name)
    stmt = (stmt.where(users.c.id == only) if only is not None
            else stmt.where(users.c.is_disabled == 0, users.c.is_dismissed == 0))
    return [(r[0], r[1]) for r in conn.execute(stmt)]


def task_counts(conn: Connection, user_ids: list[int], first: date, last: date) -> dict[tuple[int, date], int]:
    """Tasks per (executor, day of START_AT) between two days inclusive."""
    if not user_ids:
        return {}
    day = cast(tasks.c.start_at, Date)
    stmt = (select(tasks.c.executor_id, day, func.count())
            .where(tasks.c.executor_id.in_(user_ids),
                   tasks.c.start_at >= datetime.combine(first, time()),
                   tasks.c.start_at < datetime.combine(last + timedelta(days=1), time()))
            .group_by(tasks.c.executor_id, day))
    return {(r[0], r[1]): r[2] for r in conn.execute(stmt)}


def day_tasks(conn: Connection, user_id: int, day: date) -> list[PlannerTask]:
    t = tasks
    stmt = (select(t.c.id, t.c.start_at, t.c.duration_min, t.c.body, clients.c.name, t.c.importance,
                   t.c.status, t.c.task_kind, t.c.executor_id, t.c.setter_id)
            .select_from(t.outerjoin(clients, clients.c.id == t.c.client_id))
            .where(t.c.executor_id == user_id, t.c.start_at >= datetime.combine(day, time()),
                   t.c.start_at < datetime.combine(day + timedelta(days=1), time()))
            .order_by(t.c.start_at, t.c.id))
    return [PlannerTask(r[0], r[1], r[2], r[3] or "", *r[4:]) for r in conn.execute(stmt)]


# -- topics -----------------------------------------------------------------------------------
_TOPIC = ("name", "responsible_id", "start_date", "due_date", "notes")
_CASE = ("name", "responsible_id", "start_date", "due_date", "percent_done", "report")


def list_topics(conn: Connection) -> list[Topic]:
    p = planner_topics.c
    stmt = (select(p.id, *(p[k] for k in _TOPIC), p.created_by, p.row_version)
            .where(p.is_closed == 0).order_by(p.sort_order, p.name))
    return [Topic(*r) for r in conn.execute(stmt)]


def load_topic(conn: Connection, topic_id: int) -> Topic | None:
    p = planner_topics.c
    row = conn.execute(select(p.id, *(p[k] for k in _TOPIC), p.created_by, p.row_version)
                       .where(p.id == topic_id)).first()
    return Topic(*row) if row else None


def insert_topic(conn: Connection, topic: Topic) -> int:
    return conn.execute(insert(planner_topics).values({k: getattr(topic, k) for k in _TOPIC})
                        .returning(planner_topics.c.id)).scalar_one()


def update_topic(conn: Connection, topic: Topic) -> None:
    update_versioned(conn, planner_topics, topic.id, {k: getattr(topic, k) for k in _TOPIC}, topic.version)


def delete_topic(conn: Connection, topic_id: int) -> None:
    """Cases and their tasks go with it (ON DELETE CASCADE)."""
    conn.execute(delete(planner_topics).where(planner_topics.c.id == topic_id))


# -- cases ------------------------------------------------------------------------------------
def _case_select():
    c = planner_cases.c
    return (select(c.id, c.topic_id, c.parent_id, *(c[k] for k in _CASE), c.delegation_allowed,
                   c.created_by, c.row_version).order_by(c.sort_order, c.id))


def _case(r) -> Case:
    return Case(*r[:8], report=r[8], delegation_allowed=bool(r[9]), created_by=r[10], version=r[11])


def list_cases(conn: Connection, topic_id: int | None = None) -> list[Case]:
    stmt = _case_select()
    if topic_id is not None:
        stmt = stmt.where(planner_cases.c.topic_id == topic_id)
    return [_case(r) for r in conn.execute(stmt)]


def load_case(conn: Connection, case_id: int) -> Case | None:
    row = conn.execute(_case_select().where(planner_cases.c.id == case_id)).first()
    return _case(row) if row else None


def _case_values(case: Case) -> dict:
    values = {k: getattr(case, k) for k in _CASE}
    values["delegation_allowed"] = int(case.delegation_allowed)
    return values


def insert_case(conn: Connection, case: Case) -> int:
    return conn.execute(insert(planner_cases)
                        .values(topic_id=case.topic_id, parent_id=case.parent_id, **_case_values(case))
                        .returning(planner_cases.c.id)).scalar_one()


def update_case(conn: Connection, case: Case) -> None:
    update_versioned(conn, planner_cases, case.id, _case_values(case), case.version)


def set_percent(conn: Connection, case_id: int, percent: int) -> None:
    conn.execute(update(planner_cases).where(planner_cases.c.id == case_id).values(percent_done=percent))


def delete_case(conn: Connection, case_id: int) -> None:
    """Sub-cases and tasks go with it (ON DELETE CASCADE)."""
    conn.execute(delete(planner_cases).where(planner_cases.c.id == case_id))


# -- the kind-3 task of a case ----------------------------------------------------------------
def case_task(conn: Connection, case_id: int) -> tuple[int, int | None, datetime] | None:
    """(task id, executor, start) of the case's reminder task."""
    row = conn.execute(select(tasks.c.id, tasks.c.executor_id, tasks.c.start_at)
                       .where(tasks.c.planner_case_id == case_id, tasks.c.task_kind == CASE_TASK_KIND)
                       .order_by(tasks.c.id)).first()
    return (row[0], row[1], row[2]) if row else None


def insert_case_task(conn: Connection, case_id: int, setter_id: int, executor_id: int,
                     start_at: datetime, due_at: datetime | None, body: str, duration_min: int) -> int:
    """The executor's workstation announces it (trigger TASKS_NOTIFY) and reminds at its start
    (REMIND_MIN 0)."""
    return conn.execute(insert(tasks).values(
        task_kind=CASE_TASK_KIND, planner_case_id=case_id, setter_id=setter_id, executor_id=executor_id,
        set_at=datetime.now().replace(microsecond=0), start_at=start_at, due_at=due_at,
        duration_min=duration_min, body=body, remind_min=0, importance=2)
        .returning(tasks.c.id)).scalar_one()


def update_case_task(conn: Connection, task_id: int, executor_id: int, start_at: datetime,
                     due_at: datetime | None, body: str, announce: bool, remind_again: bool) -> None:
    values: dict = {"executor_id": executor_id, "start_at": start_at, "due_at": due_at, "body": body}
    if announce:
        values["seen_by_executor"] = 0
    if remind_again:
        values["reminded"] = 0
    conn.execute(update(tasks).where(tasks.c.id == task_id).values(values))


def delete_case_task(conn: Connection, task_id: int) -> None:
    conn.execute(delete(tasks).where(tasks.c.id == task_id))

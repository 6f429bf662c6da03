"""SQL of the operative reports (REP-1): «Задачи на контроле», «События», «Дни рождения» and the
client's «Сводная информация». Every statement runs through the reader's session, so the access
scope (data/scope.py) is applied to it; rows are streamed from the cursor, never collected."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Integer, case, extract, func, literal_column, or_, select
from sqlalchemy.sql import ColumnElement

from crm_desktop.data.schema import (classifier_values, clients, contacts, event_types, events, invoices, payments,
                                     sales_stages, tasks, users)
from crm_desktop.data.tasks import executor_user, setter_user
from crm_desktop.domain.tasks import ACTIVE

t, e = tasks.c, events.c
curator_user = users.alias("curator_user")
specialist_user = users.alias("specialist_user")
status_value = classifier_values.alias("status_value")

# the groupings of «Задачи на контроле»: the key the rows are sorted by first
TASK_ORDER = {"executor": executor_user.c.full_name, "setter": setter_user.c.full_name, "status": t.status}


def _period(column: Any, date_from: date | None, date_to: date | None) -> list[ColumnElement[bool]]:
    """A datetime column within the days [date_from, date_to], both included."""
    where = []
    if date_from is not None:
        where.append(column >= datetime.combine(date_from, time()))
    if date_to is not None:
        where.append(column < datetime.combine(date_to + timedelta(days=1), time()))
    return where


# ------------------------------------------------------------------ tasks

def control_tasks(conn: Connection, date_from: date | None, date_to: date | None, person_id: int | None,
                  role: str, setter_id: int | None, with_closed: bool, order: str) -> Iterator[Any]:
    """Tasks starting in the period where `person_id` is the executor («executor»), the setter
    («setter») or either («»); only active ones unless `with_closed`. Sorted by the grouping
    (TASK_ORDER) and then by start. Rows: start_at, due_at, duration_min, client, body, setter,
    executor, status, importance."""
    stmt = (select(t.start_at, t.due_at, t.duration_min, clients.c.name, t.body, setter_user.c.full_name,
                   executor_user.c.full_name, t.status, t.importance)
            .select_from(tasks.outerjoin(clients, clients.c.id == t.client_id)
                         .outerjoin(setter_user, setter_user.c.id == t.setter_id)
                         .outerjoin(executor_user, executor_user.c.id == t.executor_id))
            .where(*_period(t.start_at, date_from, date_to)))
    if person_id is not None:
        sides = {"executor": [t.executor_id], "setter": [t.setter_id]}.get(role, [t.executor_id, t.setter_id])
        stmt = stmt.where(or_(*(side == person_id for side in sides)))
    if setter_id is not None:
        stmt = stmt.where(t.setter_id == setter_id)
    if not with_closed:
        stmt = stmt.where(t.status.in_(sorted(int(s) for s in ACTIVE)))
    yield from conn.execute(stmt.order_by(TASK_ORDER[order], t.start_at, t.id))


# ------------------------------------------------------------------ events

def event_rows(conn: Connection, date_from: date | None, date_to: date | None, user_id: int | None,
               event_type_id: int | None, client_id: int | None, status_id: int | None, result: str | None,
               text: str | None) -> Iterator[Any]:
    """Events of the period, oldest first: event_at, client, type, result, user, description.
    `text` is looked for in the description with CONTAINING (case-insensitive)."""
    stmt = (select(e.event_at, clients.c.name, event_types.c.name, e.result, users.c.full_name, e.description)
            .select_from(events.outerjoin(event_types, event_types.c.id == e.event_type_id)
                         .outerjoin(clients, clients.c.id == e.client_id)
                         .outerjoin(users, users.c.id == e.user_id))
            .where(*_period(e.event_at, date_from, date_to)))
    for column, value in ((e.user_id, user_id), (e.event_type_id, event_type_id), (e.client_id, client_id),
                          (clients.c.status_id, status_id), (e.result, result)):
        if value is not None:
            stmt = stmt.where(column == value)
    if text:
        stmt = stmt.where(e.description.op("CONTAINING")(text))
    # outer joins keep EVENTS the first stream and the order is IX_EVENTS_AT's alone, so Firebird
    # walks that index and the first page arrives before the last event is read (no sort)
    yield from conn.execute(stmt.order_by(e.event_at))


def event_type_choices(conn: Connection) -> list[tuple[int, str]]:
    stmt = select(event_types.c.id, event_types.c.name).order_by(event_types.c.sort_order, event_types.c.name)
    return [tuple(r) for r in conn.execute(stmt)]


def frequent_results(conn: Connection, limit: int) -> list[str]:
    """The results the reader's visible events carry most often (RESULT is free text)."""
    count = func.count(e.id)
    stmt = (select(e.result, count).where(e.result.isnot(None), e.result != "")
            .group_by(e.result).order_by(count.desc(), e.result).limit(limit))
    return [r[0] for r in conn.execute(stmt)]


# ------------------------------------------------------------------ birthdays

def _month_day(column: Any) -> Any:
    """MMDD — the expression of the IX_…_BIRTH_MD indexes (migration 7), literally."""
    return extract("month", column) * literal_column("100", Integer) + extract("day", column)


def birthdays(conn: Connection, start: int, last: int | None, client_persons: bool) -> Iterator[tuple[Any, ...]]:
    """Known birthdays whose month-day (MMDD) is in [start, last], wrapping the new year when
    start > last (last None: the whole year), sorted by month-day from `start` on. Rows:
    birthday, surname, first name, patronymic, client, position, office, mobile and home
    phones — of contact persons, or (`client_persons`) of the clients that are individuals."""
    if client_persons:
        c = clients.c
        born = c.birthday
        stmt = select(born, c.surname, c.first_name, c.patronymic, c.name, c.phone, c.mobile_phone).where(
            c.client_kind != 1)
    else:
        p = contacts.c
        born = p.birthday
        stmt = (select(born, p.surname, p.first_name, p.patronymic, clients.c.name, p.job_title, p.phone_office,
                       p.phone_mobile, p.phone_home)
                .select_from(contacts.outerjoin(clients, clients.c.id == p.client_id)))
    md = _month_day(born)
    stmt = stmt.where(born.isnot(None))
    if last is not None:
        stmt = stmt.where(md.between(start, last) if start <= last else or_(md >= start, md <= last))
    lap = case((md >= start, 0), else_=1)
    for row in conn.execute(stmt.order_by(lap, md, *stmt.selected_columns[1:4])):
        yield (*row[:5], None, row[5], row[6], None) if client_persons else tuple(row)


# ------------------------------------------------------------------ the client's summary

def client_main(conn: Connection, client_id: int) -> Any:
    """The card's main data with the names of its references (None: not visible)."""
    c = clients.c
    stmt = (select(c.code, c.client_kind, c.name, c.full_name, c.inn, c.kpp, c.ogrn, c.legal_address,
                   c.actual_address, c.postcode, c.city, c.address, c.phone, c.phone2, c.mobile_phone, c.fax,
                   c.email, c.website, c.director, c.main_contact, c.birthday, c.next_contact_date, c.is_private,
                   curator_user.c.full_name.label("curator"), specialist_user.c.full_name.label("specialist"),
                   status_value.c.name.label("status"), sales_stages.c.name.label("stage"))
            .select_from(clients.outerjoin(curator_user, curator_user.c.id == c.curator_id)
                         .outerjoin(specialist_user, specialist_user.c.id == c.specialist_id)
                         .outerjoin(status_value, status_value.c.id == c.status_id)
                         .outerjoin(sales_stages, sales_stages.c.id == c.stage_id))
            .where(c.id == client_id))
    return conn.execute(stmt).mappings().first()


def client_contacts(conn: Connection, client_id: int) -> Iterator[Any]:
    p = contacts.c
    stmt = (select(p.surname, p.first_name, p.patronymic, p.job_title, p.phone_office, p.phone_mobile,
                   p.phone_home, p.email, p.birthday)
            .where(p.client_id == client_id).order_by(p.is_main.desc(), p.surname, p.first_name, p.id))
    yield from conn.execute(stmt)


def last_events(conn: Connection, client_id: int, count: int) -> Iterator[Any]:
    """The client's newest `count` events, newest first."""
    stmt = (select(e.event_at, event_types.c.name, users.c.full_name, e.description, e.result)
            .select_from(events.join(event_types, event_types.c.id == e.event_type_id)
                         .outerjoin(users, users.c.id == e.user_id))
            .where(e.client_id == client_id).order_by(e.event_at.desc(), e.id.desc()).limit(count))
    yield from conn.execute(stmt)


def open_tasks(conn: Connection, client_id: int) -> Iterator[Any]:
    """The client's active tasks by start: start_at, due_at, duration_min, executor, body, status."""
    stmt = (select(t.start_at, t.due_at, t.duration_min, executor_user.c.full_name, t.body, t.status)
            .select_from(tasks.outerjoin(executor_user, executor_user.c.id == t.executor_id))
            .where(t.client_id == client_id, t.status.in_(sorted(int(s) for s in ACTIVE)))
            .order_by(t.start_at, t.id))
    yield from conn.execute(stmt)


def client_invoices(conn: Connection, client_id: int) -> Iterator[Any]:
    """The client's invoices the reader may open, newest first, with what was paid against
    each (one grouped statement): doc_no, doc_date, due_date, total, paid, manager."""
    i, p = invoices.c, payments.c
    paid = func.coalesce(func.sum(p.amount), 0)
    stmt = (select(i.doc_no, i.doc_date, i.due_date, i.total, paid, users.c.full_name)
            .select_from(invoices.outerjoin(payments, p.invoice_id == i.id)
                         .outerjoin(users, users.c.id == i.manager_id))
            .where(i.client_id == client_id)
            .group_by(i.id, i.doc_no, i.doc_date, i.due_date, i.total, users.c.full_name)
            .order_by(i.doc_date.desc(), i.id.desc()))
    yield from conn.execute(stmt)

"""Operative reports (manual: «Отчеты»): «Задачи на контроле» (TSK-4), «События» (EVT-2) and
«Дни рождения». The reader's rights come from the session: the access scope hides the clients
they may not see, and the `user` parameter is forced to the reader without «Видеть журналы и
отчёты по всем сотрудникам»."""
from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from crm_desktop.data import dictionaries
from crm_desktop.data import report_operative as data
from crm_desktop.data import users as user_data
from crm_desktop.domain.client_names import person_name
from crm_desktop.domain.tasks import IMPORTANCE_TITLES, STATUS_TITLES, deadline, is_overdue
from crm_desktop.services.reports import Params, Rows, builder, choice_source
from crm_desktop.services.session import Session

FREQUENT_RESULTS = 50          # results offered in the «События» settings


# ------------------------------------------------------------------ «Задачи на контроле»

ROLES = {"executor": "исполнитель", "setter": "постановщик"}      # "": either of them
GROUPINGS = {"executor": ("by_executor", "по исполнителям"), "setter": ("by_setter", "по постановщикам"),
             "status": ("by_status", "по состояниям")}


@choice_source("task_roles")
def _task_roles(session: Session) -> list[tuple[str, str]]:
    return list(ROLES.items())


@choice_source("task_groupings")
def _task_groupings(session: Session) -> list[tuple[str, str]]:
    return [(key, title) for key, (_, title) in GROUPINGS.items()]


@choice_source("task_setters")
def _task_setters(session: Session) -> list[tuple[str, str]]:
    """Everyone, for every reader: the setter only narrows the tasks `user` already limits to the
    reader's own (a manager asks for the tasks their supervisor set them)."""
    with session.db.read() as conn:
        return user_data.login_choices(conn)


def task_line(row: Any, now: datetime) -> dict[str, Any]:
    """A task as «Задачи на контроле» and the client's summary show it."""
    start_at, due_at, duration, client, body, setter, executor, status, importance = row
    return {"start_at": start_at, "deadline": deadline(start_at, duration, due_at), "client": client,
            "body": body or "", "setter": setter, "executor": executor,
            "status": STATUS_TITLES.get(status, str(status)), "importance": IMPORTANCE_TITLES.get(importance, ""),
            "overdue": "просрочена" if is_overdue(status, start_at, duration, due_at, now) else ""}


def _user_id(session: Session, login: str | None) -> int | None:
    """A login picked from «task_setters» (the engine has checked it is offered)."""
    if not login:
        return None
    with session.db.read() as conn:
        found = user_data.by_login(conn, login)
    return None if found is None else found.id


@builder("tasks-control")
def tasks_control(session: Session, params: Params) -> Iterator[Rows]:
    """Tasks set to the person or by them («Сотрудник в задаче»), active only unless «Дополнить
    закрытыми задачами», grouped by executor, setter or status. The overdue mark is the
    domain's (an active task past its deadline, a completed one waiting for its setter not)."""
    order = params.get("group", "executor")
    setter_id = _user_id(session, params.get("setter"))
    now = datetime.now()
    with session.db.read() as conn:
        found = data.control_tasks(conn, params.get("date_from"), params.get("date_to"), params.get("user"),
                                   params.get("role", ""), setter_id, bool(params.get("with_closed")), order)
        yield Rows(GROUPINGS[order][0], (task_line(r, now) for r in found))


# ------------------------------------------------------------------ «События»

@choice_source("event_types")
def _event_types(session: Session) -> list[tuple[str, str]]:
    with session.db.read() as conn:
        return [(str(i), name) for i, name in data.event_type_choices(conn)]


@choice_source("client_statuses")
def _client_statuses(session: Session) -> list[tuple[str, str]]:
    with session.db.read() as conn:
        return [(str(item.id), item.name) for item in dictionaries.items(conn, "client_statuses", True)]


@choice_source("event_results")
def _event_results(session: Session) -> list[tuple[str, str]]:
    with session.db.read() as conn:
        return [(result, result) for result in data.frequent_results(conn, FREQUENT_RESULTS)]


def _int(value: str | None) -> int | None:
    return int(value) if value else None


@builder("events")
def events_report(session: Session, params: Params) -> Iterator[Rows]:
    """Events of the period by type, client, client status, result and author, with a search
    in the comments; a reader without the right sees their own events only (`user`)."""
    with session.db.read() as conn:
        found = data.event_rows(conn, params.get("date_from"), params.get("date_to"), params.get("user"),
                                _int(params.get("event_type")), params.get("client"),
                                _int(params.get("client_status")), params.get("result"), params.get("text"))
        yield Rows("events", ({"event_at": at, "client": client, "type": kind, "result": result, "user": user,
                               "comment": comment or ""}
                              for at, client, kind, result, user, comment in found))


# ------------------------------------------------------------------ «Дни рождения»

def month_day(day: date) -> int:
    return day.month * 100 + day.day


def occurrence(born: date, start: date) -> date:
    """The first birthday on or after the month-day of `start`, within a year from it; a
    29 February falls on the 28th in other years."""
    year = start.year if month_day(born) >= month_day(start) else start.year + 1
    try:
        return born.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def phones(*numbers: str | None) -> str:
    return ", ".join(n.strip() for n in numbers if n and n.strip())


def _birthday_lines(rows: Iterable[tuple[Any, ...]], start: date) -> Iterator[tuple[tuple[int, int, str], dict]]:
    first = month_day(start)
    for born, surname, first_name, patronymic, client, position, *numbers in rows:
        name = person_name(surname, first_name, patronymic)
        day = occurrence(born, start)
        age = day.year - born.year
        md = month_day(born)
        yield ((0 if md >= first else 1, md, name.lower()),
               {"date": day, "name": name, "age": age if age > 0 else None, "client": client,
                "position": position, "phones": phones(*numbers)})


@builder("birthdays")
def birthdays(session: Session, params: Params) -> Iterator[Rows]:
    """Contact persons' and individual clients' birthdays from the day of «С» to that of «По»,
    by month-day, wrapping the new year; a period of a year or more shows every birthday once.
    Two sorted streams (the scope applies to plain SELECTs, so no UNION) merged as they come."""
    start: date = params["date_from"] or date.today()
    end: date | None = params.get("date_to")
    last = None if end is None or (end - start).days >= 365 else month_day(end)
    with session.db.read() as conn:
        streams = [_birthday_lines(data.birthdays(conn, month_day(start), last, persons), start)
                   for persons in (False, True)]
        yield Rows("birthdays", (line for _, line in heapq.merge(*streams, key=lambda pair: pair[0])))

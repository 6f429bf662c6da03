"""Use cases of the planners (PLN-1..3). Administrators see every user's plan, the others
only their own (manual: "Двухнедельный планировщик", "Визуальный планировщик дня"). The
collective planner is open to everyone; who may change a case follows domain.planning.case_rights.
A case with a responsible and a start date carries a kind-3 task for its responsible, kept in
step with the case in the same transaction, so the tasks mechanism announces and reminds it."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from crm_desktop.data import planners as data
from crm_desktop.data import users as users_data
from crm_desktop.data.planners import Case, PlannerTask, Topic
from crm_desktop.domain.planning import (CASE_TASK_DURATION, DAY_END, CaseNode, CaseRights, case_rights,
                                         case_task_start, rollup_percent, topic_percent, two_weeks,
                                         validate_case)
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["Case", "CollectivePlan", "PlannerTask", "Topic", "TwoWeekPlan", "case_rights_of",
           "collective_plan", "day_plan", "delegate_case", "delete_case", "delete_topic",
           "planner_users", "save_case", "save_topic", "two_week_plan"]


@dataclass(frozen=True)
class TwoWeekPlan:
    days: list[date]
    users: list[tuple[int, str]]
    counts: dict[tuple[int, date], int]

    def count(self, user_id: int, day: date) -> int:
        return self.counts.get((user_id, day), 0)


@dataclass(frozen=True)
class CollectivePlan:
    topics: list[Topic]
    cases: list[Case]                       # every case, parents before their sub-cases not assumed
    percent: dict[int, int]                 # case id → percent done rolled up
    topic_percent: dict[int, int]
    user_names: dict[int, str]              # every user, dismissed ones too (old responsibles)
    assignable: list[tuple[int, str]]       # who may be made responsible now


# -- two-week and day planners ----------------------------------------------------------------
def planner_users(session: Session) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return data.active_users(conn, None if session.rights.is_admin else session.user.id)


def _require_visible(session: Session, user_id: int) -> None:
    if user_id != session.user.id and not session.rights.is_admin:
        raise AccessDenied("План другого сотрудника доступен только администратору.")


def two_week_plan(session: Session, anchor: date) -> TwoWeekPlan:
    days = two_weeks(anchor)
    with session.db.read() as conn:
        people = data.active_users(conn, None if session.rights.is_admin else session.user.id)
        counts = data.task_counts(conn, [u for u, _ in people], days[0], days[-1])
    return TwoWeekPlan(days, people, counts)


def day_plan(session: Session, user_id: int, day: date) -> list[PlannerTask]:
    _require_visible(session, user_id)
    with session.db.read() as conn:
        return data.day_tasks(conn, user_id, day)


# -- collective planner -----------------------------------------------------------------------
def collective_plan(session: Session) -> CollectivePlan:
    with session.db.read() as conn:
        topics = data.list_topics(conn)
        cases = data.list_cases(conn)
        names = dict(users_data.all_users(conn))
        assignable = data.active_users(conn)
    percent = rollup_percent(CaseNode(c.id, c.parent_id, c.percent_done) for c in cases)
    by_topic = {t.id: [percent[c.id] for c in cases if c.topic_id == t.id and c.parent_id is None]
                for t in topics}
    return CollectivePlan(topics, cases, percent, {t: topic_percent(p) for t, p in by_topic.items()}, names,
                          assignable)


def _manages_topic(session: Session, topic: Topic) -> bool:
    return session.rights.is_admin or session.user.id in (topic.responsible_id, topic.created_by)


def _topic(conn: Any, topic_id: int) -> Topic:
    topic = data.load_topic(conn, topic_id)
    if topic is None:
        raise ValueError("Тема не найдена: возможно, её удалил другой пользователь.")
    return topic


def _case(conn: Any, case_id: int) -> Case:
    case = data.load_case(conn, case_id)
    if case is None:
        raise ValueError("Дело не найдено: возможно, его удалил другой пользователь.")
    return case


def _rights(session: Session, topic: Topic, case: Case) -> CaseRights:
    return case_rights(session.user.id, session.rights.is_admin, topic.responsible_id, case.created_by,
                       case.responsible_id, case.delegation_allowed)


def case_rights_of(session: Session, case_id: int) -> CaseRights:
    with session.db.read() as conn:
        case = _case(conn, case_id)
        return _rights(session, _topic(conn, case.topic_id), case)


def _check(name: str, start: date | None, due: date | None, percent: int = 0) -> None:
    problems = validate_case(name, start, due, percent)
    if problems:
        raise ValueError("\n".join(problems))


def save_topic(session: Session, topic: Topic) -> int:
    _check(topic.name, topic.start_date, topic.due_date)
    with session.db.begin() as conn:
        if topic.id is None:
            return data.insert_topic(conn, topic)
        if not _manages_topic(session, _topic(conn, topic.id)):
            raise AccessDenied("Изменять тему могут её ответственный, автор или администратор.")
        data.update_topic(conn, topic)
        for case in data.list_cases(conn, topic.id):
            _sync_case_task(conn, session, topic, case)
        return topic.id


def delete_topic(session: Session, topic_id: int) -> None:
    with session.db.begin() as conn:
        if not _manages_topic(session, _topic(conn, topic_id)):
            raise AccessDenied("Удалить тему могут её ответственный, автор или администратор.")
        data.delete_topic(conn, topic_id)


_REPORTED = {"percent_done", "report"}


def save_case(session: Session, case: Case) -> int:
    """Add or change a case; its task and the percent of its parents follow in the same
    transaction."""
    _check(case.name, case.start_date, case.due_date, case.percent_done)
    with session.db.begin() as conn:
        topic = _topic(conn, case.topic_id)
        if case.id is None:
            if case.parent_id is None:
                if not _manages_topic(session, topic):
                    raise AccessDenied("Добавлять дела в тему могут её ответственный, автор или администратор.")
            elif not _rights(session, topic, _case(conn, case.parent_id)).split:
                raise AccessDenied("Разбить дело на поддела можно, только если его делегирование разрешено.")
            case = replace(case, id=data.insert_case(conn, case))
        else:
            stored = _case(conn, case.id)
            rights = _rights(session, topic, stored)
            if not rights.manage:
                allowed = (_REPORTED if rights.report else set()) | ({"responsible_id"} if rights.delegate else set())
                changed = {f.name for f in fields(Case) if f.name not in ("version", "created_by")
                           and getattr(stored, f.name) != getattr(case, f.name)}
                if changed - allowed:
                    raise AccessDenied("Вы можете только заполнить отчёт и процент выполнения этого дела"
                                       + (" и передать его другому сотруднику." if rights.delegate else "."))
            data.update_case(conn, case)
        _sync_case_task(conn, session, topic, case)
        _roll_up(conn, case.topic_id)
        return case.id


def delegate_case(session: Session, case_id: int, responsible_id: int) -> None:
    """Pass a case to another responsible: only when "Делегирование разрешено" is set."""
    with session.db.begin() as conn:
        case = _case(conn, case_id)
        topic = _topic(conn, case.topic_id)
        if not case.delegation_allowed:
            raise AccessDenied("Делегирование этого дела не разрешено.")
        if not _rights(session, topic, case).delegate:
            raise AccessDenied("Делегировать дело могут его ответственный, автор, ответственный "
                               "за тему или администратор.")
        case = replace(case, responsible_id=responsible_id)
        data.update_case(conn, case)
        _sync_case_task(conn, session, topic, case)


def delete_case(session: Session, case_id: int) -> None:
    with session.db.begin() as conn:
        case = _case(conn, case_id)
        if not _rights(session, _topic(conn, case.topic_id), case).manage:
            raise AccessDenied("Удалить дело могут его автор, ответственный за тему или администратор.")
        data.delete_case(conn, case_id)
        _roll_up(conn, case.topic_id)


def _roll_up(conn: Any, topic_id: int) -> None:
    """Store the rolled-up percent of every case that has sub-cases."""
    cases = data.list_cases(conn, topic_id)
    rolled = rollup_percent(CaseNode(c.id, c.parent_id, c.percent_done) for c in cases)
    for c in cases:
        if rolled[c.id] != c.percent_done:
            data.set_percent(conn, c.id, rolled[c.id])


def _sync_case_task(conn: Any, session: Session, topic: Topic, case: Case) -> None:
    """Create, move or remove the case's kind-3 task so its responsible is told at its start.
    A start time the executor moved in the day planner is kept while the start date stays."""
    existing = data.case_task(conn, case.id)
    if case.responsible_id is None or case.start_date is None:
        if existing:
            data.delete_case_task(conn, existing[0])
        return
    body = f"{topic.name}: {case.name}"
    due = datetime.combine(case.due_date, DAY_END) if case.due_date else None
    if existing is None:
        data.insert_case_task(conn, case.id, session.user.id, case.responsible_id,
                              case_task_start(case.start_date), due, body, CASE_TASK_DURATION)
        return
    task_id, executor_id, start_at = existing
    start = start_at if start_at.date() == case.start_date else case_task_start(case.start_date)
    data.update_case_task(conn, task_id, case.responsible_id, start, due, body,
                          announce=executor_id != case.responsible_id, remind_again=start != start_at)

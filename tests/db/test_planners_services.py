"""Planners through the services on real Firebird: counts per day, who sees whose plan,
collective cases with percent rollup and their kind-3 task, delegation rules."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from crm_desktop.data.schema import planner_cases, tasks
from crm_desktop.services import planners
from crm_desktop.services.planners import Case, Topic
from crm_desktop.services.session import AccessDenied

MONDAY = date(2026, 11, 23)


@pytest.fixture
def as_user(db, session_of):
    """as_user("manager") -> that user's session, made the attachment's user (CREATED_BY/CHANGED_BY):
    one Database object stands for several workstations here."""
    sessions = {}

    def switch(who):
        if who not in sessions:
            sessions[who] = session_of(who)
        db.set_app_user(sessions[who].user.id)
        return sessions[who]
    return switch


def add_task(db, executor: int, start: datetime, duration: int = 30, body: str = "Звонок") -> int:
    with db.begin() as conn:
        return conn.execute(insert(tasks).values(task_kind=1, setter_id=executor, executor_id=executor,
                                                 set_at=start, start_at=start, duration_min=duration,
                                                 body=body).returning(tasks.c.id)).scalar_one()


def test_counts_per_user_and_day(db, users, as_user):
    m, m2 = users["manager"], users["manager2"]
    for hour in (9, 11, 15):
        add_task(db, m, datetime.combine(MONDAY + timedelta(days=2), datetime.min.time()).replace(hour=hour))
    add_task(db, m2, datetime(2026, 12, 6, 23, 45))           # Sunday of the second week
    add_task(db, m, datetime(2026, 12, 7, 0, 0))               # the Monday after: outside
    plan = planners.two_week_plan(as_user("admin"), MONDAY + timedelta(days=4))
    assert plan.days[0] == MONDAY and plan.days[-1] == date(2026, 12, 6) and len(plan.days) == 14
    assert plan.count(m, MONDAY + timedelta(days=2)) == 3
    assert plan.count(m2, date(2026, 12, 6)) == 1
    assert plan.count(m, MONDAY) == 0
    assert sum(plan.counts.values()) == 4


def test_only_administrators_see_colleagues(db, users, as_user):
    add_task(db, users["manager2"], datetime(2026, 11, 24, 10, 0))
    admin_ids = {u for u, _ in planners.planner_users(as_user("admin"))}
    assert set(users.values()) <= admin_ids
    assert planners.planner_users(as_user("manager")) == [(users["manager"], "Менеджеров Михаил")]
    assert [u for u, _ in planners.two_week_plan(as_user("manager"), MONDAY).users] == [users["manager"]]
    with pytest.raises(AccessDenied):
        planners.day_plan(as_user("manager"), users["manager2"], date(2026, 11, 24))
    assert len(planners.day_plan(as_user("admin"), users["manager2"], date(2026, 11, 24))) == 1


def _case_task(db, case_id):
    with db.read() as conn:
        return conn.execute(select(tasks.c.task_kind, tasks.c.executor_id, tasks.c.start_at, tasks.c.due_at,
                                   tasks.c.setter_id, tasks.c.body)
                            .where(tasks.c.planner_case_id == case_id)).all()


def test_cases_roll_up_and_carry_a_task(db, users, as_user):
    topic = planners.save_topic(as_user("admin"), Topic(None, "Семинар-презентация", users["admin"]))
    seminar = planners.save_case(as_user("admin"), Case(None, topic, None, "Подготовка семинара", users["manager"]))
    reg = planners.save_case(as_user("admin"), Case(None, topic, seminar, "Регистрация участников", users["manager"],
                                         date(2026, 12, 1), date(2026, 12, 3), 50))
    coffee = planners.save_case(as_user("admin"), Case(None, topic, seminar, "Кофе-брейк", users["manager2"], percent_done=0))
    plan = planners.collective_plan(as_user("admin"))
    assert plan.percent[seminar] == 25 and plan.topic_percent[topic] == 25
    with db.read() as conn:     # the parent's stored percent follows its sub-cases
        assert conn.execute(select(planner_cases.c.percent_done).where(planner_cases.c.id == seminar)).scalar() == 25
    assert _case_task(db, reg) == [(3, users["manager"], datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 3, 20, 0),
                                    users["admin"], "Семинар-презентация: Регистрация участников")]
    assert _case_task(db, coffee) == []          # no start date, nothing to remind
    assert _case_task(db, seminar) == []

    # the responsible reports 100 %; the parent climbs; moving the start moves the task
    case = next(c for c in planners.collective_plan(as_user("manager")).cases if c.id == reg)
    case.percent_done, case.report = 100, "Список участников готов"
    planners.save_case(as_user("manager"), case)
    assert planners.collective_plan(as_user("manager")).percent[seminar] == 50
    case = next(c for c in planners.collective_plan(as_user("admin")).cases if c.id == reg)
    case.start_date = date(2026, 12, 2)
    planners.save_case(as_user("admin"), case)
    assert _case_task(db, reg)[0][2] == datetime(2026, 12, 2, 9, 0)
    # deleting a sub-case rolls the parent up again; the task goes with its case
    planners.delete_case(as_user("admin"), reg)
    assert planners.collective_plan(as_user("admin")).percent[seminar] == 0
    assert _case_task(db, reg) == []


def test_responsible_may_only_report_unless_delegation_allowed(db, users, as_user):
    topic = planners.save_topic(as_user("admin"), Topic(None, "Выставка", users["admin"]))
    case_id = planners.save_case(as_user("admin"), Case(None, topic, None, "Стенд", users["manager"], date(2026, 12, 1)))
    with pytest.raises(AccessDenied, match="не разрешено"):
        planners.delegate_case(as_user("manager"), case_id, users["manager2"])
    with pytest.raises(AccessDenied):
        planners.save_case(as_user("manager"), Case(None, topic, case_id, "Мебель для стенда"))
    case = next(c for c in planners.collective_plan(as_user("manager")).cases if c.id == case_id)
    case.name = "Другое имя"
    with pytest.raises(AccessDenied):
        planners.save_case(as_user("manager"), case)
    with pytest.raises(AccessDenied):                      # a stranger cannot even report
        planners.save_case(as_user("manager2"), case)

    case = next(c for c in planners.collective_plan(as_user("admin")).cases if c.id == case_id)
    case.delegation_allowed = True
    planners.save_case(as_user("admin"), case)
    planners.save_case(as_user("manager"), Case(None, topic, case_id, "Мебель для стенда", users["specialist"]))
    planners.delegate_case(as_user("manager"), case_id, users["manager2"])
    assert _case_task(db, case_id)[0][1] == users["manager2"]     # the task follows the new responsible
    with pytest.raises(AccessDenied):                              # no longer his case
        planners.delegate_case(as_user("manager"), case_id, users["manager"])


def test_validation_and_stale_version(db, users, as_user):
    with pytest.raises(ValueError, match="наименование"):
        planners.save_topic(as_user("admin"), Topic(None, "  "))
    topic = planners.save_topic(as_user("admin"), Topic(None, "Тема"))
    with pytest.raises(ValueError, match="раньше"):
        planners.save_case(as_user("admin"), Case(None, topic, None, "Дело", None, date(2026, 12, 5), date(2026, 12, 1)))
    case_id = planners.save_case(as_user("admin"), Case(None, topic, None, "Дело"))
    first = next(c for c in planners.collective_plan(as_user("admin")).cases if c.id == case_id)
    second = next(c for c in planners.collective_plan(as_user("admin")).cases if c.id == case_id)
    first.name = "Первое"
    planners.save_case(as_user("admin"), first)
    second.name = "Второе"
    with pytest.raises(ValueError, match="Админов Админ"):
        planners.save_case(as_user("admin"), second)

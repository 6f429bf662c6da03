"""Task services on Firebird: the workflow with its history, rights, the journal and what
pops up on a workstation (manual: "Задачи")."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from crm_desktop.data.schema import clients, task_history, tasks
from crm_desktop.domain.tasks import Kind, Status, TaskDraft, TaskInvalid, TransitionDenied
from crm_desktop.services import tasks as svc
from crm_desktop.services.session import AccessDenied

START = datetime(2026, 11, 23, 10, 0)


def draft(executor_id: int | None, **kw) -> TaskDraft:
    values = dict(kind=Kind.REPORT, client_id=None, executor_id=executor_id, importance=2, start_at=START,
                  duration_min=30, due_at=START + timedelta(hours=2), body="Подготовить КП",
                  requires_report=True, remind_min=None)
    values.update(kw)
    return TaskDraft(**values)


def row(db, task_id):
    with db.read() as conn:
        return conn.execute(select(tasks).where(tasks.c.id == task_id)).mappings().one()


def statuses(db, task_id):
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(
            select(task_history.c.old_status, task_history.c.new_status, task_history.c.note)
            .where(task_history.c.task_id == task_id).order_by(task_history.c.id))]


def test_full_report_workflow_with_rework(db, users, session_of):
    manager, specialist = session_of("manager"), session_of("specialist")
    task_id = svc.create_task(manager, draft(users["specialist"]))
    stored = row(db, task_id)
    assert (stored["setter_id"], stored["status"], stored["seen_by_executor"]) == (users["manager"], 1, 0)
    assert [t.id for t in svc.unseen_for_me(specialist)] == [task_id]
    svc.mark_seen(specialist, [task_id])
    assert svc.unseen_for_me(specialist) == []

    svc.transition(specialist, task_id, Status.ACCEPTED)
    assert row(db, task_id)["accepted_at"] is not None
    with pytest.raises(TransitionDenied, match="отчёт"):
        svc.transition(specialist, task_id, Status.COMPLETED, "  ")
    svc.transition(specialist, task_id, Status.COMPLETED, "КП отправлено")
    stored = row(db, task_id)
    assert (stored["status"], stored["report"]) == (Status.COMPLETED, "КП отправлено")
    assert stored["completed_at"] is not None and stored["closed_at"] is None

    with pytest.raises(TransitionDenied):
        svc.transition(specialist, task_id, Status.CLOSED)       # only the setter accepts
    svc.transition(manager, task_id, Status.REWORK, "Добавьте цены")
    stored = row(db, task_id)
    assert (stored["status"], stored["seen_by_executor"]) == (Status.REWORK, 0)
    assert [t.id for t in svc.unseen_for_me(specialist)] == [task_id]   # pops up again

    svc.transition(specialist, task_id, Status.ACCEPTED)
    svc.transition(specialist, task_id, Status.COMPLETED, "Цены добавлены")
    svc.transition(manager, task_id, Status.CLOSED)
    assert row(db, task_id)["closed_at"] is not None
    assert statuses(db, task_id) == [(None, 1, None), (1, 2, None), (2, 3, "КП отправлено"),
                                     (3, 5, "Добавьте цены"), (5, 2, None), (2, 3, "Цены добавлены"),
                                     (3, 4, None)]
    assert [h.user for h in svc.history(manager, task_id)][-1] == "Менеджеров Михаил"
    with pytest.raises(TransitionDenied, match="закрыта"):
        svc.transition(specialist, task_id, Status.ACCEPTED)


def test_reminder_is_closed_by_its_executor(db, users, session_of):
    manager, specialist = session_of("manager"), session_of("specialist")
    task_id = svc.create_task(manager, draft(users["specialist"], kind=Kind.REMINDER, requires_report=False))
    with pytest.raises(TransitionDenied):
        svc.transition(manager, task_id, Status.CLOSED)
    svc.transition(specialist, task_id, Status.CLOSED)
    assert row(db, task_id)["status"] == Status.CLOSED


def test_task_set_to_oneself_is_seen_at_once(db, users, session_of):
    manager = session_of("manager")
    task_id = svc.create_task(manager, draft(users["manager"]))
    assert row(db, task_id)["seen_by_executor"] == 1
    assert svc.unseen_for_me(manager) == []


def test_invalid_draft_lists_every_problem_and_saves_nothing(db, users, session_of):
    manager = session_of("manager")
    with pytest.raises(TaskInvalid) as caught:
        svc.create_task(manager, draft(None, body=" ", duration_min=0, due_at=START - timedelta(hours=1)))
    assert len(caught.value.errors) == 4
    with db.read() as conn:
        assert conn.execute(select(tasks.c.id)).first() is None


def test_update_with_stale_version_names_who_saved(db, users, session_of):
    manager, admin = session_of("manager"), session_of("admin")
    task_id = svc.create_task(manager, draft(users["specialist"]))
    version = svc.load_task(manager, task_id).row_version
    svc.update_task(admin, task_id, draft(users["specialist"], body="Админ поправил"), version)
    with pytest.raises(svc.ConcurrentEdit, match="Админов Админ"):
        svc.update_task(manager, task_id, draft(users["specialist"], body="Моя правка"), version)
    assert row(db, task_id)["body"] == "Админ поправил"


def test_rights_to_edit_move_and_delete(db, users, session_of):
    manager, specialist, other = session_of("manager"), session_of("specialist"), session_of("manager2")
    task_id = svc.create_task(manager, draft(users["specialist"]))
    version = svc.load_task(manager, task_id).row_version
    with pytest.raises(AccessDenied):
        svc.update_task(specialist, task_id, draft(users["specialist"], body="x"), version)
    with pytest.raises(AccessDenied):
        svc.load_task(other, task_id)
    with pytest.raises(AccessDenied):
        svc.move_task(other, task_id, START, 60)
    svc.move_task(specialist, task_id, START + timedelta(hours=1), 90)
    moved = row(db, task_id)
    assert (moved["start_at"], moved["duration_min"]) == (START + timedelta(hours=1), 90)
    with pytest.raises(AccessDenied):
        svc.delete_task(specialist, task_id)
    svc.delete_task(manager, task_id)
    with db.read() as conn:
        assert conn.execute(select(tasks.c.id)).first() is None


def test_journal_rights_and_filters(db, users, session_of):
    manager, specialist = session_of("manager"), session_of("specialist")
    other, supervisor = session_of("manager2"), session_of("supervisor")
    mine = svc.create_task(manager, draft(users["specialist"]))
    theirs = svc.create_task(other, draft(users["manager2"], body="Своё"))
    period = (START.date(), START.date())
    assert [t.id for t in svc.journal(manager, period)] == [mine]
    assert [t.id for t in svc.journal(specialist, period)] == [mine]
    assert {t.id for t in svc.journal(supervisor, period)} == {mine, theirs}
    assert [t.id for t in svc.journal(supervisor, period, executor_id=users["manager2"])] == [theirs]
    assert [t.id for t in svc.journal(supervisor, period, setter_id=users["manager"])] == [mine]
    assert svc.journal(supervisor, (START.date() + timedelta(days=1),) * 2) == []
    svc.transition(specialist, mine, Status.ACCEPTED)
    assert [t.id for t in svc.journal(manager, period, stage=Status.ACCEPTED)] == [mine]
    assert svc.journal(manager, period, stage=Status.NEW) == []
    assert svc.journal(supervisor, period, stage=None)[0].setter == "Менеджеров Михаил"


def test_reminders_and_overdue(db, users, session_of):
    manager, specialist = session_of("manager"), session_of("specialist")
    soon = svc.create_task(manager, draft(users["specialist"], remind_min=15, due_at=None))
    svc.create_task(manager, draft(users["specialist"], start_at=START + timedelta(hours=5), remind_min=15,
                                   due_at=None))
    assert svc.due_reminders(specialist, START - timedelta(minutes=16)) == []
    assert [t.id for t in svc.due_reminders(specialist, START - timedelta(minutes=15))] == [soon]
    svc.mark_reminded(specialist, [soon])
    assert svc.due_reminders(specialist, START) == []
    assert [t.id for t in svc.overdue_for_me(specialist, START + timedelta(minutes=31))] == [soon]
    assert svc.overdue_for_me(specialist, START + timedelta(minutes=29)) == []
    assert svc.overdue_for_me(manager, START + timedelta(days=1)) == []   # the executor's, not the setter's
    assert len(svc.today_and_overdue(specialist, START.date())) == 2
    # the next day both are overdue and stay on the monitor
    assert {t.id for t in svc.today_and_overdue(specialist, START.date() + timedelta(days=1))} == \
        {t.id for t in svc.today_and_overdue(specialist, START.date())}


def test_next_contact_reminders_of_my_clients(db, users, session_of):
    manager = session_of("manager")
    today = date.today()
    with db.begin() as conn:
        for code, curator, when in ((1, "manager", today), (2, "manager", today - timedelta(days=3)),
                                    (3, "manager", today + timedelta(days=1)), (4, "manager2", today)):
            conn.execute(insert(clients).values(code=code, name=f"Клиент {code}", curator_id=users[curator],
                                                next_contact_date=when))
    assert [c.code for c in svc.next_contacts(manager, today)] == [2, 1]


def test_client_picker_finds_visible_clients(db, users, session_of):
    manager = session_of("manager")
    with db.begin() as conn:
        conn.execute(insert(clients).values(code=101, name="Ромашка", curator_id=users["manager"]))
        conn.execute(insert(clients).values(code=102, name="Ромб", curator_id=users["manager2"]))
    assert [c.code for c in svc.find_clients(manager, "ром")] == [101]
    assert [c.name for c in svc.find_clients(manager, "101")] == ["Ромашка"]
    assert svc.find_clients(session_of("admin"), "Ром")[1].code == 102

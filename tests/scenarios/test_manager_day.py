"""A manager's working day, walked through the services only (no Qt): log in, see the to-do
list and complete a to-do, log a call with a client as a history event that moves the next
contact, set a task to a colleague (the client's specialist), who logs in, sees it as new,
accepts it and reports it done, and the manager reads the report and accepts the work
(manual: "Список дел", "История взаимоотношений", "Задачи")."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.tasks import Kind, Status, TaskDraft
from crm_desktop.services import auth, clients, dictionaries, events, tasks, todos
from crm_desktop.services.auth import LoginFailed
from tests.conftest import PASSWORD

DAY = date(2026, 11, 23)                          # a Monday; every clock below is this day's
MORNING = datetime.combine(DAY, time(9, 0))
AFTER_THE_CALL = DAY + timedelta(days=3)


def _item_id(session, dictionary: str, name: str) -> int:
    return next(i.id for i in dictionaries.items(session, dictionary) if i.name == name)


def _client_of_manager(session_of, specialist_id: int | None = None) -> clients.ClientCard:
    """The manager's client, due for a contact today, with one contact person."""
    card = clients.new_card(session_of("manager"), ClientKind.COMPANY)
    card.values["name"] = "ООО «Заря»"
    card.values["next_contact_date"] = DAY
    card.values["specialist_id"] = specialist_id
    card.records["contact_person"] = [{"surname": "Орлов", "first_name": "Глеб"}]
    return clients.save_card(session_of("manager"), card)


def _report_task(manager, client_id: int, executor_id: int) -> int:
    start = MORNING + timedelta(hours=2)
    return tasks.create_task(manager, TaskDraft(
        Kind.REPORT, client_id, executor_id, 1, start, 60, start + timedelta(hours=4),
        "Подготовить коммерческое предложение для ООО «Заря»", True, None))


def test_manager_day_from_login_to_accepted_report(db, users, session_of) -> None:
    # the evening before: the supervisor leaves the manager a to-do
    todos.add_todo(session_of("supervisor"), "Позвонить ООО «Заря» насчёт поставки", important=True,
                   owner_id=users["manager"])
    client = _client_of_manager(session_of, specialist_id=users["specialist"])

    # 1. the manager logs in
    with pytest.raises(LoginFailed, match="Неверный (логин или )?пароль"):     # the server does not say which
        auth.login(db, "manager", PASSWORD + "x")
    manager = auth.login(db, "manager", PASSWORD)
    assert manager.user.full_name == "Менеджеров Михаил"

    # 2. the to-do list opens by itself with the supervisor's to-do; the manager completes it
    assert todos.should_open_at_login(manager)
    (todo,) = todos.list_todos(manager, now=MORNING)
    assert (todo.body, todo.is_important, todo.is_completed) == (
        "Позвонить ООО «Заря» насчёт поставки", True, False)
    assert [c.name for c in tasks.next_contacts(manager, DAY)] == ["ООО «Заря»"]
    todos.complete_todo(manager, todo.id, now=MORNING + timedelta(minutes=5))
    (done,) = todos.list_todos(manager, now=MORNING + timedelta(hours=1))   # stays in sight today
    assert done.is_completed and done.progress == 100
    assert todos.list_todos(manager, now=MORNING + timedelta(days=1)) == []  # gone the next morning
    assert [t.body for t in todos.archive(manager)] == [todo.body]
    assert not todos.should_open_at_login(manager)

    # 3. the call is logged as an event of the client's history; the next contact moves
    call = events.new_event(manager, client.id)
    call.event_at = MORNING + timedelta(minutes=10)
    call.event_type_id = _item_id(manager, "event_types", "Исходящий звонок")
    call.description = "Обсудили поставку, ждут коммерческое предложение"
    call.contact_id = client.records["contact_person"][0]["id"]
    call.next_contact_date = AFTER_THE_CALL
    events.save_event(manager, call)
    assert [(e.type_name, e.description, e.contact, e.user) for e in events.list_events(manager, client.id)] == [
        ("Исходящий звонок", "Обсудили поставку, ждут коммерческое предложение", "Орлов Глеб",
         "Менеджеров Михаил")]
    assert clients.load_card(manager, client.id).values["next_contact_date"] == AFTER_THE_CALL
    assert tasks.next_contacts(manager, DAY) == []                       # not today any more
    assert [(c.name, c.next_contact_date) for c in tasks.next_contacts(manager, AFTER_THE_CALL)] == [
        ("ООО «Заря»", AFTER_THE_CALL)]

    # 4. a task with a report to the client's specialist
    task_id = _report_task(manager, client.id, users["specialist"])
    assert tasks.awaiting_acceptance(manager) == []

    # 5. the specialist logs in and sees the task as new
    colleague = auth.login(db, "specialist", PASSWORD)
    (arrived,) = tasks.unseen_for_me(colleague)
    assert (arrived.id, arrived.status, arrived.setter, arrived.client_name) == (
        task_id, Status.NEW, "Менеджеров Михаил", "ООО «Заря»")
    tasks.mark_seen(colleague, [task_id])                                # her workstation showed it
    assert tasks.unseen_for_me(colleague) == []
    assert tasks.allowed_transitions(colleague, tasks.load_task(colleague, task_id)) == [Status.ACCEPTED]

    # 6. she accepts it and reports it done
    tasks.transition(colleague, task_id, Status.ACCEPTED)
    tasks.transition(colleague, task_id, Status.COMPLETED, "КП отправлено Орлову на почту")

    # 7. the manager sees the report and accepts the work
    (report,) = tasks.awaiting_acceptance(manager)
    assert (report.id, report.executor, report.report) == (
        task_id, "Специалистов Семён", "КП отправлено Орлову на почту")
    tasks.transition(manager, task_id, Status.CLOSED)
    assert tasks.awaiting_acceptance(manager) == []
    assert tasks.load_task(colleague, task_id).status == Status.CLOSED
    assert [(h.new_status, h.note) for h in tasks.history(manager, task_id)] == [
        (Status.NEW, None), (Status.ACCEPTED, None), (Status.COMPLETED, "КП отправлено Орлову на почту"),
        (Status.CLOSED, None)]
    assert tasks.journal(colleague, None) == []                          # nothing active is left


def test_colleague_who_does_not_see_the_client_still_gets_the_task(db, users, session_of) -> None:
    client = _client_of_manager(session_of)                  # not private; manager2 sees own clients only
    task_id = _report_task(session_of("manager"), client.id, users["manager2"])
    colleague = session_of("manager2")
    assert [t.id for t in tasks.unseen_for_me(colleague)] == [task_id]
    assert tasks.load_task(colleague, task_id).body.startswith("Подготовить")

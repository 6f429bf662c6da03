"""To-do list services on Firebird (TODO-1..3): rights, completion, visibility, order, settings."""
from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import text

from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import todos
from crm_desktop.services.session import AccessDenied


def _rows(db, sql: str) -> list[tuple]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def test_manager_cannot_add_for_others_supervisor_can(db, users, session_of) -> None:
    manager, supervisor = session_of("manager"), session_of("supervisor")
    with pytest.raises(AccessDenied, match="администратор и супервизор"):
        todos.add_todo(manager, "Чужое дело", owner_id=users["manager2"])
    assert todos.assignable_users(manager) == [(users["manager"], "Менеджеров Михаил")]
    assert (users["manager2"], "Коллегина Ольга") in todos.assignable_users(supervisor)
    todos.add_todo(supervisor, "  Подготовить отчёт  ", important=True, owner_id=users["manager2"])
    assert _rows(db, "SELECT OWNER_ID, BODY, IS_IMPORTANT, CREATED_BY FROM TODOS") == [
        (users["manager2"], "Подготовить отчёт", 1, users["supervisor"])]
    assert [t.body for t in todos.list_todos(session_of("manager2"))] == ["Подготовить отчёт"]
    assert todos.list_todos(supervisor) == []


def test_validation_and_foreign_todos_are_protected(db, users, session_of) -> None:
    manager, colleague = session_of("manager"), session_of("manager2")
    with pytest.raises(ValidationError, match="Введите текст"):
        todos.add_todo(manager, "   ")
    mine = todos.add_todo(manager, "Моё")
    for change in (lambda: todos.set_progress(colleague, mine, 10), lambda: todos.delete_todo(colleague, mine),
                   lambda: todos.complete_todo(colleague, mine)):
        with pytest.raises(AccessDenied):
            change()
    with pytest.raises(ValidationError, match="от 0 до 100"):
        todos.set_progress(manager, mine, 120)
    todos.set_progress(manager, mine, 40)
    assert _rows(db, "SELECT PROGRESS, COMPLETED_AT FROM TODOS") == [(40, None)]


def test_completion_stamps_time_and_stays_visible_until_end_of_day(db, users, session_of) -> None:
    manager = session_of("manager")
    first, second = todos.add_todo(manager, "Первое"), todos.add_todo(manager, "Второе")
    at = datetime(2026, 11, 23, 11, 15)
    assert todos.complete_todo(manager, first, now=at) == at
    assert _rows(db, f"SELECT COMPLETED_AT, PROGRESS FROM TODOS WHERE ID = {first}") == [(at, 100)]
    settings = todos.TodoSettings(end_of_day=time(18, 0))
    during = todos.list_todos(manager, settings, now=at.replace(hour=17, minute=59))
    assert [(t.body, t.is_completed) for t in during] == [("Второе", False), ("Первое", True)]
    after = todos.list_todos(manager, settings, now=at.replace(hour=18, minute=0))
    assert [t.body for t in after] == ["Второе"]
    assert [t.body for t in todos.archive(manager)] == ["Первое"]
    with pytest.raises(ValueError, match="уже завершено"):
        todos.complete_todo(manager, first)
    todos.reopen_todo(manager, first)
    assert [t.id for t in todos.list_todos(manager, settings, now=at)] == [second, first]
    assert todos.archive(manager) == []


def test_reorder_persists_and_importance_mode_lifts_important(db, users, session_of) -> None:
    manager = session_of("manager")
    ids = [todos.add_todo(manager, f"Дело {n}", important=(n == 3)) for n in (1, 2, 3)]
    assert _rows(db, "SELECT SORT_ORDER FROM TODOS ORDER BY ID") == [(1,), (2,), (3,)]
    todos.reorder(manager, [ids[2], ids[0], ids[1]])
    assert _rows(db, "SELECT ID FROM TODOS ORDER BY SORT_ORDER") == [(ids[2],), (ids[0],), (ids[1],)]
    todos.reorder(manager, [ids[1], ids[0], ids[2]])
    by_position = todos.TodoSettings(order=todos.OrderMode.POSITION)
    assert [t.id for t in todos.list_todos(manager, by_position)] == [ids[1], ids[0], ids[2]]
    by_importance = todos.TodoSettings(order=todos.OrderMode.IMPORTANCE)
    assert [t.id for t in todos.list_todos(manager, by_importance)] == [ids[2], ids[1], ids[0]]


def test_edit_detects_a_save_from_another_workstation(db, users, session_of) -> None:
    manager = session_of("manager")
    todo_id = todos.add_todo(manager, "Исходное")
    version = todos.list_todos(manager)[0].version
    todos.edit_todo(manager, todo_id, "Другое место", True, version)
    with pytest.raises(ValueError, match="Менеджеров Михаил"):
        todos.edit_todo(manager, todo_id, "Моя правка", False, version)
    assert _rows(db, "SELECT BODY, IS_IMPORTANT FROM TODOS") == [("Другое место", 1)]


def test_settings_and_opening_at_login(db, users, session_of) -> None:
    manager = session_of("manager")
    assert todos.todo_settings(manager) == todos.TodoSettings(time(18, 0), todos.OrderMode.IMPORTANCE, False)
    assert not todos.should_open_at_login(manager)
    todo_id = todos.add_todo(manager, "Незавершённое")
    assert todos.has_unfinished(manager) and todos.should_open_at_login(manager)
    todos.set_end_of_day(manager, time(17, 30))
    todos.set_order_mode(manager, todos.OrderMode.POSITION)
    todos.set_closed_for_good(manager, True)
    assert todos.todo_settings(manager) == todos.TodoSettings(time(17, 30), todos.OrderMode.POSITION, True)
    assert _rows(db, "SELECT SETTING_VAL FROM USER_SETTINGS WHERE SETTING_KEY = 'todo.end_of_day'") == [('"17:30"',)]
    assert not todos.should_open_at_login(manager)
    todos.set_closed_for_good(manager, False)
    todos.complete_todo(manager, todo_id)
    assert not todos.should_open_at_login(manager)
    todos.delete_todo(manager, todo_id)
    assert _rows(db, "SELECT COUNT(*) FROM TODOS") == [(0,)]

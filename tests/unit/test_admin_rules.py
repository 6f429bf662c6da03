"""The last-administrator and self-lockout rules, the user card checks (ADM-1, ADM-2)."""
from __future__ import annotations

from datetime import datetime

from crm_desktop.domain.admin_rules import (AdminState, last_admin_problem, self_lockout_problem,
                                            validate_user_card)
from crm_desktop.domain.concurrency import ConcurrentEdit


def state(user_id=1, admin=True, disabled=False, dismissed=False) -> AdminState:
    return AdminState(user_id, admin, disabled, dismissed)


def test_last_active_admin_cannot_lose_the_role_or_go():
    for after in (state(admin=False), state(disabled=True), state(dismissed=True), None):
        assert "последний действующий администратор" in last_admin_problem({1}, after, 1)


def test_change_allowed_when_another_admin_is_active_or_user_was_not_admin():
    assert last_admin_problem({1, 2}, state(admin=False), 1) is None
    assert last_admin_problem({1}, state(user_id=5, admin=False), 5) is None
    assert last_admin_problem({1}, state(), 1) is None


def test_admin_cannot_lock_themselves_out():
    assert "собственную" in self_lockout_problem(1, state(disabled=True))
    assert "самого себя" in self_lockout_problem(1, state(admin=False))
    assert self_lockout_problem(2, state(disabled=True)) is None


def test_user_card_errors():
    errors = validate_user_card(" ", "", None, True, "12", "a@b", 3, None)
    assert {e.field for e in errors} == {"login", "full_name", "password", "mobile_phone", "work_email", "position_id"}
    assert validate_user_card("ivan", "Иван", None, False, "+7 903 123-45-67", "ivan@firma.ru", None, None) == []
    assert [e.field for e in validate_user_card("iv an", "Иван", "123", True, "", "", None, None)] == ["login", "password"]


def test_concurrent_edit_names_who_and_when():
    text = str(ConcurrentEdit("Пользователь", "Борис", datetime(2026, 1, 2, 10, 42)))
    assert "Борис" in text and "02.01.2026 в 10:42" in text

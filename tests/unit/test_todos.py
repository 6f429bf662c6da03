"""Rules of the to-do list (addendum "Механизм Список дел", TODO-1..3)."""
from __future__ import annotations

from datetime import datetime, time

import pytest

from crm_desktop.domain.access import Role
from crm_desktop.domain.todos import (MAX_BODY, OrderMode, Todo, can_assign_to_others, completed_visible_since,
                                      format_end_of_day, is_visible, ordered, parse_end_of_day, positions,
                                      validate_todo)

NOW = datetime(2026, 11, 23, 15, 30)


def todo(id_: int, order: int, important: bool = False, completed_at: datetime | None = None) -> Todo:
    return Todo(id_, 1, f"дело {id_}", important, 0, order, completed_at, 1)


def test_importance_order_puts_important_first_then_position() -> None:
    items = [todo(1, 1), todo(2, 2, important=True), todo(3, 3), todo(4, 4, important=True)]
    assert [t.id for t in ordered(items, OrderMode.IMPORTANCE)] == [2, 4, 1, 3]


def test_position_order_ignores_importance_and_breaks_ties_by_id() -> None:
    items = [todo(3, 2), todo(1, 1, important=True), todo(2, 2)]
    assert [t.id for t in ordered(items, OrderMode.POSITION)] == [1, 2, 3]


def test_completed_go_last_in_completion_order() -> None:
    items = [todo(1, 1, completed_at=NOW.replace(hour=11)), todo(2, 5), todo(3, 0, True, NOW.replace(hour=9))]
    assert [t.id for t in ordered(items, OrderMode.IMPORTANCE)] == [2, 3, 1]


def test_completed_today_visible_until_end_of_working_day() -> None:
    done = todo(1, 1, completed_at=NOW.replace(hour=10))
    assert completed_visible_since(NOW, time(18, 0)) == datetime(2026, 11, 23)
    assert is_visible(done, NOW, time(18, 0))
    assert not is_visible(done, NOW.replace(hour=18, minute=0), time(18, 0))
    assert not is_visible(done, NOW, time(15, 0))            # a short working day is over already


def test_completed_yesterday_is_not_visible_and_unfinished_always_is() -> None:
    assert not is_visible(todo(1, 1, completed_at=datetime(2026, 11, 22, 17, 0)), NOW, time(18, 0))
    assert is_visible(todo(2, 1), NOW.replace(hour=23), time(18, 0))


@pytest.mark.parametrize("text, expected", [("18:00", time(18)), (" 9:05 ", time(9, 5)), ("23:59", time(23, 59))])
def test_end_of_day_parses(text: str, expected: time) -> None:
    assert parse_end_of_day(text) == expected
    assert parse_end_of_day(format_end_of_day(expected)) == expected


@pytest.mark.parametrize("text", ["", "18", "25:00", "18:60", "шесть"])
def test_end_of_day_rejects_nonsense_in_russian(text: str) -> None:
    with pytest.raises(ValueError, match="ЧЧ:ММ"):
        parse_end_of_day(text)


def test_validation_requires_text_limits_length_and_progress() -> None:
    assert validate_todo("Позвонить", 50) == []
    assert [e.field for e in validate_todo("   ", 0)] == ["body"]
    assert "длиннее 1000" in validate_todo("я" * (MAX_BODY + 1))[0].message
    assert validate_todo(" " + "я" * MAX_BODY + " ") == []
    assert [e.field for e in validate_todo("", 101)] == ["body", "progress"]
    assert [e.field for e in validate_todo("x", -1)] == ["progress"]


def test_only_admins_and_supervisors_assign_to_others() -> None:
    assert [r for r in Role if can_assign_to_others(r)] == [Role.ADMIN, Role.SUPERVISOR]


def test_positions_number_in_dragged_order() -> None:
    assert positions([7, 3, 5]) == {7: 1, 3: 2, 5: 3}

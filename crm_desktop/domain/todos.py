"""Rules of the to-do list (manual, addendum: "Механизм Список дел"; TODO-1..3).

A to-do has no deadline: it belongs to one employee, is important or standard, carries a
progress 0..100 and is ordered either by importance or by the position the user dragged it
to. Completing archives it and stamps the time; what was completed today stays in the list
as «Завершено» until the end of the working day.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from crm_desktop.domain.access import Role
from crm_desktop.domain.validation import FieldError

MAX_BODY = 1000
DEFAULT_END_OF_DAY = time(18, 0)


class OrderMode(StrEnum):
    IMPORTANCE = "importance"    # important first, then the user's order
    POSITION = "position"        # only the user's order (drag and drop)


@dataclass(frozen=True)
class Todo:
    id: int
    owner_id: int
    body: str
    is_important: bool
    progress: int
    sort_order: int
    completed_at: datetime | None
    version: int

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


def can_assign_to_others(role: Role) -> bool:
    """Administrators and supervisors create to-dos for other employees (TODO-1)."""
    return role in (Role.ADMIN, Role.SUPERVISOR)


def ordered(todos: Iterable[Todo], mode: OrderMode) -> list[Todo]:
    """Unfinished first in the chosen order, then the ones completed today by completion time."""
    todos = list(todos)
    open_ = [t for t in todos if not t.is_completed]
    done = sorted((t for t in todos if t.is_completed), key=lambda t: (t.completed_at, t.id))
    if mode is OrderMode.IMPORTANCE:
        open_.sort(key=lambda t: (not t.is_important, t.sort_order, t.id))
    else:
        open_.sort(key=lambda t: (t.sort_order, t.id))
    return open_ + done


def completed_visible_since(now: datetime, end_of_day: time) -> datetime | None:
    """From when completed to-dos still show in the list: since midnight while the working
    day lasts; after its end nothing completed is shown (None)."""
    if now.time() >= end_of_day:
        return None
    return datetime.combine(now.date(), time(0, 0))


def is_visible(todo: Todo, now: datetime, end_of_day: time) -> bool:
    if not todo.is_completed:
        return True
    since = completed_visible_since(now, end_of_day)
    return since is not None and todo.completed_at >= since


def parse_end_of_day(text: str) -> time:
    """"HH:MM" as typed by the user or stored in the settings; ValueError in Russian."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        raise ValueError(f"Время окончания рабочего дня «{text}» не понято: укажите его как ЧЧ:ММ, "
                         "например 18:00.") from None


def format_end_of_day(value: time) -> str:
    return value.strftime("%H:%M")


def validate_progress(progress: int) -> list[FieldError]:
    if 0 <= progress <= 100:
        return []
    return [FieldError("progress", "Прогресс дела указывается от 0 до 100 %.")]


def validate_todo(body: str, progress: int = 0) -> list[FieldError]:
    errors = []
    text = body.strip()
    if not text:
        errors.append(FieldError("body", "Введите текст дела."))
    elif len(text) > MAX_BODY:
        errors.append(FieldError("body", f"Текст дела длиннее {MAX_BODY} символов ({len(text)}): сократите его."))
    return errors + validate_progress(progress)


def positions(ordered_ids: Sequence[int]) -> dict[int, int]:
    """SORT_ORDER values for to-dos in the order the user dragged them into: 1, 2, 3…"""
    return {todo_id: number for number, todo_id in enumerate(ordered_ids, start=1)}

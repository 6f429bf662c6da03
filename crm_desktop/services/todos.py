"""Use cases of the to-do list (TODO-1..3): each employee keeps own to-dos; administrators and
supervisors may add to-dos for others. Only the owner (or an administrator) changes a to-do.
Per-user settings: "todo.end_of_day" ("HH:MM"), "todo.order" ("importance" | "position"),
"todo.closed_for_good" (the dock no longer opens by itself at login)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time

from crm_desktop.data import todos as data
from crm_desktop.domain.todos import (DEFAULT_END_OF_DAY, OrderMode, Todo, can_assign_to_others,
                                      completed_visible_since, format_end_of_day, ordered,
                                      parse_end_of_day, positions, validate_progress, validate_todo)
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["OrderMode", "Todo", "TodoSettings", "add_todo", "archive", "assignable_users",
           "complete_todo", "delete_todo", "edit_todo", "has_unfinished", "list_todos", "reopen_todo",
           "reorder", "set_closed_for_good", "set_end_of_day", "set_order_mode", "set_progress",
           "should_open_at_login", "todo_settings"]

END_OF_DAY_KEY = "todo.end_of_day"
ORDER_KEY = "todo.order"
CLOSED_KEY = "todo.closed_for_good"


@dataclass(frozen=True)
class TodoSettings:
    end_of_day: time = DEFAULT_END_OF_DAY
    order: OrderMode = OrderMode.IMPORTANCE
    closed_for_good: bool = False


def todo_settings(session: Session) -> TodoSettings:
    """The user's settings; a damaged stored value falls back to the default."""
    try:
        end = parse_end_of_day(session.setting(END_OF_DAY_KEY, format_end_of_day(DEFAULT_END_OF_DAY)))
    except ValueError:
        end = DEFAULT_END_OF_DAY
    try:
        order = OrderMode(session.setting(ORDER_KEY, OrderMode.IMPORTANCE.value))
    except ValueError:
        order = OrderMode.IMPORTANCE
    return TodoSettings(end, order, bool(session.setting(CLOSED_KEY, False)))


def set_end_of_day(session: Session, value: time) -> None:
    session.set_setting(END_OF_DAY_KEY, format_end_of_day(value))


def set_order_mode(session: Session, mode: OrderMode) -> None:
    session.set_setting(ORDER_KEY, OrderMode(mode).value)


def set_closed_for_good(session: Session, closed: bool) -> None:
    session.set_setting(CLOSED_KEY, closed)


def list_todos(session: Session, settings: TodoSettings | None = None, now: datetime | None = None) -> list[Todo]:
    """The user's list: unfinished plus completed today while the working day lasts."""
    settings = settings or todo_settings(session)
    since = completed_visible_since(now or datetime.now(), settings.end_of_day)
    with session.db.read() as conn:
        return ordered(data.visible(conn, session.user.id, since), settings.order)


def archive(session: Session) -> list[Todo]:
    """Completed to-dos of the user, newest first."""
    with session.db.read() as conn:
        return data.archived(conn, session.user.id)


def has_unfinished(session: Session) -> bool:
    with session.db.read() as conn:
        return data.has_unfinished(conn, session.user.id)


def should_open_at_login(session: Session) -> bool:
    """TODO-2: the dock opens by itself when unfinished to-dos exist, unless closed for good."""
    return not todo_settings(session).closed_for_good and has_unfinished(session)


def assignable_users(session: Session) -> list[tuple[int, str]]:
    """Whom the user may add a to-do for: everyone at work for administrators and supervisors,
    otherwise only the user."""
    if not can_assign_to_others(session.rights.role):
        return [(session.user.id, session.user.full_name)]
    with session.db.read() as conn:
        return data.assignable_users(conn)


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _own(session: Session, conn, todo_id: int) -> Todo:
    todo = data.load(conn, todo_id)
    if todo is None:
        raise ValueError("Дело не найдено: возможно, его уже удалили.")
    if todo.owner_id != session.user.id and not session.rights.is_admin:
        raise AccessDenied("Изменять чужие дела может только администратор.")
    return todo


def add_todo(session: Session, body: str, important: bool = False, owner_id: int | None = None,
             progress: int = 0) -> int:
    """A new to-do at the end of the owner's list (the user's own by default)."""
    _raise_if(validate_todo(body, progress))
    text, owner_id = body.strip(), owner_id or session.user.id
    if owner_id != session.user.id and not can_assign_to_others(session.rights.role):
        raise AccessDenied("Создавать дела для других сотрудников могут только администратор и супервизор.")
    with session.db.begin() as conn:
        return data.insert_todo(conn, owner_id, text, important, progress, data.next_sort_order(conn, owner_id))


def edit_todo(session: Session, todo_id: int, body: str, important: bool, expected_version: int) -> None:
    """Change text and importance; ConcurrentEdit naming who saved it when changed meanwhile."""
    _raise_if(validate_todo(body))
    text = body.strip()
    with session.db.begin() as conn:
        _own(session, conn, todo_id)
        data.update_todo(conn, todo_id, expected_version, body=text, is_important=int(important))


def set_progress(session: Session, todo_id: int, progress: int) -> None:
    _raise_if(validate_progress(progress))
    with session.db.begin() as conn:
        _own(session, conn, todo_id)
        data.update_todo(conn, todo_id, progress=progress)


def reorder(session: Session, ordered_ids: Sequence[int]) -> None:
    """The order the user dragged the to-dos into, stored at once (one transaction)."""
    with session.db.begin() as conn:
        data.set_sort_orders(conn, session.user.id, positions(ordered_ids))


def complete_todo(session: Session, todo_id: int, now: datetime | None = None) -> datetime:
    """Completes (archives) the to-do: stamps the time and sets the progress to 100 %."""
    stamp = (now or datetime.now()).replace(microsecond=0)
    with session.db.begin() as conn:
        if _own(session, conn, todo_id).is_completed:
            raise ValueError("Дело уже завершено.")
        data.update_todo(conn, todo_id, completed_at=stamp, progress=100)
    return stamp


def reopen_todo(session: Session, todo_id: int) -> None:
    """Back to work, at the end of the list."""
    with session.db.begin() as conn:
        todo = _own(session, conn, todo_id)
        data.update_todo(conn, todo_id, completed_at=None, sort_order=data.next_sort_order(conn, todo.owner_id))


def delete_todo(session: Session, todo_id: int) -> None:
    with session.db.begin() as conn:
        _own(session, conn, todo_id)
        data.delete_todo(conn, todo_id)

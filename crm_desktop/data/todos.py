"""The to-do list (TODOS, manual addendum "Механизм Список дел"): one row per to-do of an
owner; COMPLETED_AT set means completed, i.e. archived."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from crm_desktop.data.versioned import update_versioned
from crm_desktop.data.schema import todos, users
from crm_desktop.domain.todos import Todo

_COLUMNS = (todos.c.id, todos.c.owner_id, todos.c.body, todos.c.is_important, todos.c.progress,
            todos.c.sort_order, todos.c.completed_at, todos.c.row_version)


def _todo(r) -> Todo:
    return Todo(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7])


def visible(conn: Connection, owner_id: int, completed_since: datetime | None) -> list[Todo]:
    """Unfinished to-dos plus those completed at or after `completed_since` (none when None)."""
    shown = todos.c.completed_at.is_(None)
    if completed_since is not None:
        shown = or_(shown, todos.c.completed_at >= completed_since)
    stmt = select(*_COLUMNS).where(todos.c.owner_id == owner_id, shown).order_by(todos.c.sort_order, todos.c.id)
    return [_todo(r) for r in conn.execute(stmt)]


def archived(conn: Connection, owner_id: int) -> list[Todo]:
    stmt = (select(*_COLUMNS).where(todos.c.owner_id == owner_id, todos.c.completed_at.is_not(None))
            .order_by(todos.c.completed_at.desc(), todos.c.id.desc()))
    return [_todo(r) for r in conn.execute(stmt)]


def load(conn: Connection, todo_id: int) -> Todo | None:
    row = conn.execute(select(*_COLUMNS).where(todos.c.id == todo_id)).first()
    return _todo(row) if row else None


def has_unfinished(conn: Connection, owner_id: int) -> bool:
    stmt = select(todos.c.id).where(todos.c.owner_id == owner_id, todos.c.completed_at.is_(None)).limit(1)
    return conn.execute(stmt).first() is not None


def next_sort_order(conn: Connection, owner_id: int) -> int:
    """New and reopened to-dos go to the end of the owner's list."""
    stmt = select(func.coalesce(func.max(todos.c.sort_order), 0)).where(todos.c.owner_id == owner_id)
    return conn.execute(stmt).scalar_one() + 1


def insert_todo(conn: Connection, owner_id: int, body: str, is_important: bool, progress: int,
                sort_order: int) -> int:
    stmt = insert(todos).values(owner_id=owner_id, body=body, is_important=int(is_important),
                                progress=progress, sort_order=sort_order).returning(todos.c.id)
    return conn.execute(stmt).scalar_one()


def update_todo(conn: Connection, todo_id: int, expected_version: int | None = None, **values) -> None:
    """Change columns of one to-do; with `expected_version` only if nobody saved it meanwhile
    (ConcurrentEdit otherwise)."""
    update_versioned(conn, todos, todo_id, values, expected_version)


def set_sort_orders(conn: Connection, owner_id: int, orders: dict[int, int]) -> None:
    for todo_id, order in orders.items():
        conn.execute(update(todos).where(todos.c.id == todo_id, todos.c.owner_id == owner_id,
                                         todos.c.sort_order != order).values(sort_order=order))


def delete_todo(conn: Connection, todo_id: int) -> None:
    conn.execute(delete(todos).where(todos.c.id == todo_id))


def assignable_users(conn: Connection) -> list[tuple[int, str]]:
    """(id, full name) of the employees at work, for "Для кого" of administrators/supervisors."""
    stmt = (select(users.c.id, users.c.full_name)
            .where(users.c.is_disabled == 0, users.c.is_dismissed == 0).order_by(users.c.full_name))
    return [tuple(r) for r in conn.execute(stmt)]

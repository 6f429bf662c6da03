"""The one optimistic-locking update of every editable table (ARCHITECTURE: "editable rows
carry a version counter"): the row is changed only at the version the user loaded; otherwise,
or when Firebird reports that another transaction updated it concurrently, a ConcurrentEdit
names the colleague who saved it last and when, and the form keeps the user's input."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import fdb
from sqlalchemy import Connection, RowMapping, Table, select, update
from sqlalchemy.exc import DBAPIError

from crm_desktop.data.schema import (bank_accounts, classifiers, clients, events, legal_entities, planner_cases,
                                     planner_topics, tasks, todos, users)
from crm_desktop.domain.concurrency import ConcurrentEdit, busy, conflict

KINDS: dict[Table, str] = {clients: "client", events: "event", tasks: "task", todos: "todo",
                           planner_topics: "topic", planner_cases: "case", users: "user",
                           classifiers: "classifier", legal_entities: "legal_entity",
                           bank_accounts: "bank_account"}

# gdscodes of "deadlock / update conflicts with concurrent update" (isc_deadlock,
# isc_update_conflict, isc_lock_conflict)
_CONFLICT = {335544336, 335544451, 335544345}


def is_conflict(exc: BaseException) -> bool:
    """A driver error (wrapped by SQLAlchemy or not) saying that another transaction updated or
    holds the row: Firebird reports a lock wait that ran out the same way."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, fdb.DatabaseError):
        return False
    codes = set(orig.args[2:3]) if len(orig.args) > 2 else set()
    message = str(orig)
    return bool(codes & _CONFLICT) or "update conflicts with concurrent update" in message or "deadlock" in message


def last_change(conn: Connection, table: Table, row_id: int, expected_version: int | None = None) -> ConcurrentEdit:
    """Who saved the row last and when, as the message for the user (deleted when gone). A
    row still at `expected_version` was not saved by anyone: another transaction holds it."""
    editor = users.alias("editor")
    row = conn.execute(select(editor.c.full_name, table.c.changed_at, table.c.row_version)
                       .select_from(table.outerjoin(editor, editor.c.id == table.c.changed_by))
                       .where(table.c.id == row_id)).first()
    kind = KINDS[table]
    if row is None:
        return conflict(kind, None, None, deleted=True)
    if expected_version is not None and row[2] == expected_version:
        return busy(kind)
    return conflict(kind, row[0], row[1])


def update_versioned(conn: Connection, table: Table, row_id: int, values: Mapping[str, Any],
                     expected_version: int | None = None, *where: Any,
                     returning: bool = False) -> RowMapping | None:
    """UPDATE one row (at `expected_version` when given; `where` narrows further); raises
    ConcurrentEdit when the row is gone, at another version, or held by another transaction
    past the lock timeout. Firebird undoes only the failed statement, so the reader then
    sees the committed winner. With `returning`, the row as stored (UPDATE … RETURNING)."""
    stmt = update(table).where(table.c.id == row_id, *where).values(**values)
    if expected_version is not None:
        stmt = stmt.where(table.c.row_version == expected_version)
    if returning:
        stmt = stmt.returning(*table.c)
    try:
        result = conn.execute(stmt)
        row = result.mappings().first() if returning else None
        # Firebird before 5 answers an UPDATE … RETURNING that matched no row with one row of NULLs
        done = row is not None and row["id"] is not None if returning else result.rowcount == 1
    except DBAPIError as exc:
        if not is_conflict(exc):
            raise
        raise last_change(conn, table, row_id, expected_version) from None
    if not done:
        raise last_change(conn, table, row_id)
    return row


__all__ = ["ConcurrentEdit", "is_conflict", "last_change", "update_versioned"]

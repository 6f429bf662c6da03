"""The one optimistic-locking update of every editable table (ARCHITECTURE: "editable rows
carry a version counter"): the row is changed only at the version the user loaded; otherwise,
or when Firebird reports that another transaction updated it concurrently, a ConcurrentEdit
names the colleague who saved it last and when, and the form keeps the user's input."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import fdb
from sqlalchemy import Connection, Table, select, update
from sqlalchemy.exc import DBAPIError

from crm_desktop.data.schema import (bank_accounts, classifiers, clients, events, legal_entities, planner_cases,
                                     planner_topics, tasks, todos, users)
from crm_desktop.domain.concurrency import ConcurrentEdit, busy, conflict

KINDS: dict[Table, str] = {clients: "client", events: "event", tasks: "task", todos: "todo",
                           planner_topics: "topic", planner_cases: "case", users: "user",
                           classifiers: "classifier", legal_entities: "legal_entity",
                           bank_accounts: "bank_account"}

# gdscodes of "deadlock / update conflicts with concurrent update" and of lock waits that ran
# out (isc_deadlock, isc_update_conflict, isc_lock_conflict, isc_lock_timeout)
_CONFLICT = {335544336, 335544451, 335544345}
_TIMEOUT = 335544510


def conflict_kind(exc: BaseException) -> str | None:
    """"conflict", "timeout" or None for a driver error (wrapped by SQLAlchemy or not)."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, fdb.DatabaseError):
        return None
    message = str(orig)
    codes = set(orig.args[2:3]) if len(orig.args) > 2 else set()
    if _TIMEOUT in codes or "lock time-out" in message:
        return "timeout"
    if codes & _CONFLICT or "update conflicts with concurrent update" in message or "deadlock" in message:
        return "conflict"
    return None


def last_change(conn: Connection, table: Table, row_id: int) -> ConcurrentEdit:
    """Who saved the row last and when, as the message for the user (deleted when gone)."""
    editor = users.alias("editor")
    row = conn.execute(select(editor.c.full_name, table.c.changed_at)
                       .select_from(table.outerjoin(editor, editor.c.id == table.c.changed_by))
                       .where(table.c.id == row_id)).first()
    kind = KINDS[table]
    return conflict(kind, None, None, deleted=True) if row is None else conflict(kind, row[0], row[1])


def update_versioned(conn: Connection, table: Table, row_id: int, values: Mapping[str, Any],
                     expected_version: int | None = None, *where: Any) -> None:
    """UPDATE one row (at `expected_version` when given; `where` narrows further); raises
    ConcurrentEdit when the row is gone, at another version, or being saved concurrently.
    Firebird undoes only the failed statement, so the reader sees the committed winner."""
    stmt = update(table).where(table.c.id == row_id, *where).values(**values)
    if expected_version is not None:
        stmt = stmt.where(table.c.row_version == expected_version)
    try:
        done = conn.execute(stmt).rowcount
    except DBAPIError as exc:
        kind = conflict_kind(exc)
        if kind is None:
            raise
        if kind == "timeout":
            raise busy(KINDS[table]) from None
        raise last_change(conn, table, row_id) from None
    if done != 1:
        raise last_change(conn, table, row_id)


__all__ = ["ConcurrentEdit", "conflict_kind", "last_change", "update_versioned"]

"""The access scope is applied when a statement is compiled, and SQLAlchemy's statement cache
keeps the scoped SQL under the statement's structure and the viewer (data/scope.py,
ScopedSelect). A statement run again must reuse it, with the values of the new run; the cache
must never hand one viewer's scoped statement to another (another user, or the same user in
another access mode), and a statement whose shape changed must be scoped anew."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy import event, select, text

from crm_desktop.data.schema import clients, users as users_table
from crm_desktop.services import admin

MARK = "Кэшмарк"


@dataclass
class Run:
    ids: list
    sql: str
    cache_hit: bool | None     # None on a server: the views scope, the program adds nothing


@pytest.fixture
def marked(db, users) -> dict[str, int]:
    """Three marked clients: the manager's own, the second manager's private one, the admin's;
    twenty unmarked ones of the admin."""
    admin.generate(db, 23, seed=11)
    with db.begin() as conn:
        ids = list(conn.execute(text("SELECT ID FROM CLIENTS ORDER BY ID")).scalars())
        conn.execute(text("UPDATE CLIENTS SET CURATOR_ID = :a, SPECIALIST_ID = NULL, IS_PRIVATE = 0"),
                     {"a": users["admin"]})
        conn.execute(text("DELETE FROM CLIENT_ACCESS"))
        for n, (client_id, curator, private) in enumerate(
                [(ids[0], "manager", 0), (ids[1], "manager2", 1), (ids[2], "admin", 0)], start=1):
            conn.execute(text("UPDATE CLIENTS SET NAME = :name, CURATOR_ID = :c, IS_PRIVATE = :p WHERE ID = :id"),
                         {"name": f"{MARK} {n}", "c": users[curator], "p": private, "id": client_id})
    return {"own": ids[0], "private": ids[1], "admins": ids[2]}


@contextmanager
def _runs(session) -> Iterator[list[Run]]:
    """What each statement of the block sent and whether its SQL came from the cache."""
    sent: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append((statement, context.cache_hit))
    event.listen(session.db.reader, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(session.db.reader, "before_cursor_execute", record)


def _run(session, stmt) -> Run:
    with _runs(session) as sent, session.db.read() as conn:
        ids = [r[0] for r in conn.execute(stmt)]
    (sql, hit), = sent
    scoped_here = not session.db.protected
    return Run(ids, sql, (hit == session.db.reader.dialect.CACHE_HIT) if scoped_here else None)


def _marked_clients(prefix: str = MARK):
    return select(clients.c.id).where(clients.c.name.op("STARTING WITH")(prefix)).order_by(clients.c.id)


def test_a_cached_scoped_statement_is_never_served_to_another_viewer(marked, session_of, db, users) -> None:
    expected = {"manager": [marked["own"]], "manager2": [marked["private"]],
                "admin": [marked["own"], marked["admins"]], "supervisor": [marked["own"], marked["admins"]]}
    sessions = {who: session_of(who) for who in expected}
    for round_ in range(3):                    # every viewer again after every other one
        for who, session in sessions.items():
            run = _run(session, _marked_clients())
            assert run.ids == expected[who], (round_, who)
            if run.cache_hit is not None:     # its first run scoped it, the next ones reuse it
                assert run.cache_hit == (round_ > 0), (round_, who)

    # the same user in another access mode is another viewer: the statement scoped for the
    # manager who sees own clients only must not serve the manager who sees them all
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET CLIENT_ACCESS = 4 WHERE ID = :m"), {"m": users["manager"]})
    widened = _run(session_of("manager"), _marked_clients())
    assert widened.ids == [marked["own"], marked["admins"]]
    assert widened.cache_hit in (False, None)
    if widened.cache_hit is not None:       # (on a server the views read the mode anew)
        narrow = _run(sessions["manager"], _marked_clients())      # the session logged in before
        assert narrow.ids == [marked["own"]] and narrow.cache_hit


def test_a_changed_statement_is_scoped_anew(marked, session_of) -> None:
    manager, manager2 = session_of("manager"), session_of("manager2")
    # other values, the same shape: the cached scoped SQL, run with the new values
    first = _run(manager, _marked_clients(f"{MARK} 1"))
    again = _run(manager, _marked_clients(f"{MARK} 3"))       # the admin's client: hidden
    assert first.ids == [marked["own"]] and again.ids == []
    assert again.cache_hit in (True, None) and again.sql == first.sql
    assert _run(manager2, _marked_clients(f"{MARK} 2")).ids == [marked["private"]]

    # a statement without client data needs no scope ...
    curator_name = select(users_table.c.full_name).where(users_table.c.login == "manager2")
    assert len(_run(manager, curator_name).ids) == 1
    # ... and the same statement joined to the clients reads client data: scoped, or the
    # colleague's private client would give its curator's name away
    of_marked = (curator_name.join_from(users_table, clients, clients.c.curator_id == users_table.c.id)
                 .where(clients.c.name.op("STARTING WITH")(MARK)))
    changed = _run(manager, of_marked)
    assert changed.ids == []
    assert changed.cache_hit in (False, None)
    assert _run(manager2, of_marked).ids != []
    if changed.cache_hit is not None:
        assert "is_private" in changed.sql.lower() and "is_private" not in _run(manager, curator_name).sql.lower()

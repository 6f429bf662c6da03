"""A Firebird error never reaches the user raw: whatever escapes a transaction of
Database.begin()/read() is one Russian sentence saying what to do (PLAT-7), and a killed
attachment does not poison the pool for the next action."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from crm_desktop.data.database import Database
from crm_desktop.data.errors import ConnectionLost, DatabaseError


def _plain(exc: DatabaseError) -> None:
    message = str(exc)
    for raw in ("SQLCODE", "[SQL:", "fdb.", "Error while executing", "sqlalche.me"):
        assert raw not in message, message


def test_a_failed_read_is_one_sentence(db: Database) -> None:
    with pytest.raises(DatabaseError) as caught:
        with db.read() as conn:
            conn.execute(text("SELECT no_such_column FROM rdb$database")).all()
    _plain(caught.value)
    assert "Повторите действие" in str(caught.value) and "NO_SUCH_COLUMN" in str(caught.value)


def test_a_violated_constraint_says_the_record_was_not_saved(db: Database) -> None:
    with db.begin() as conn:
        conn.execute(text("CREATE TABLE probe_unique (id INTEGER NOT NULL PRIMARY KEY)"))
    with db.begin() as conn:
        conn.execute(text("INSERT INTO probe_unique VALUES (1)"))
    with pytest.raises(DatabaseError, match="Запись не сохранена") as caught:
        with db.begin() as conn:
            conn.execute(text("INSERT INTO probe_unique VALUES (2)"))
            conn.execute(text("INSERT INTO probe_unique VALUES (1)"))
    _plain(caught.value)
    with db.read() as conn:     # nothing of the failed transaction stayed
        assert conn.execute(text("SELECT COUNT(*) FROM probe_unique")).scalar_one() == 1


def test_a_killed_attachment_is_a_lost_connection_and_the_next_read_works(db: Database) -> None:
    """An administrator (or a server restart) cuts the workstation's attachment: the action in
    progress says the connection was lost, and the next one reconnects instead of failing on
    the dead pooled connection."""
    with pytest.raises(ConnectionLost) as caught:
        with db.read() as conn:
            mine = conn.execute(text("SELECT CURRENT_CONNECTION FROM rdb$database")).scalar_one()
            killer = db.raw()
            killer.cursor().execute("DELETE FROM mon$attachments WHERE mon$attachment_id = ?", (mine,))
            killer.commit()
            killer.close()
            conn.execute(text("SELECT COUNT(*) FROM rdb$relations")).scalar_one()
    _plain(caught.value)
    for _ in range(6):         # more than the pool holds: no stale connection is handed out
        with db.read() as conn:
            assert conn.execute(text("SELECT 1 FROM rdb$database")).scalar_one() == 1

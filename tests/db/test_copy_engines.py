"""crm-admin copy (PLAT-8): a CRM database moves between engines and Firebird versions.

The demo database is made on the embedded Firebird 5 (whose backups a Firebird 3 server
cannot read) and copied to the backend (embedded, or the Firebird 3 server in CI); the copy
must hold every row unchanged, every generator at the source's value, working triggers, and
serve the program's own reads.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from crm_desktop.data import migrations, pump
from crm_desktop.data.address import DbAddress
from crm_desktop.data.credentials import Credentials
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError, DatabaseExists
from crm_desktop.services import accounts, admin
from crm_desktop.services.auth import login
from crm_desktop.services.clients import client_title
from crm_desktop.services.register import Register

SERVER = os.environ.get("CRM_TEST_SERVER")
EMBEDDED = Credentials("SYSDBA", "")


def tables_of(db: Database) -> dict[str, list[tuple]]:
    """Every row of every user table, ordered, and every generator: the whole content."""
    con = db.raw()
    try:
        cur = con.cursor()
        cur.execute("SELECT TRIM(RDB$RELATION_NAME) FROM RDB$RELATIONS "
                    "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 AND RDB$VIEW_BLR IS NULL")
        content = {}
        for (table,) in cur.fetchall():
            rows = con.cursor()
            rows.execute(f"SELECT * FROM {table}")
            content[table] = sorted(rows.fetchall(), key=repr)
        cur.execute("SELECT TRIM(RDB$GENERATOR_NAME) FROM RDB$GENERATORS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0")
        for (gen,) in cur.fetchall():
            value = con.cursor()
            value.execute(f"SELECT GEN_ID({gen}, 0) FROM RDB$DATABASE")
            content[f"generator {gen}"] = value.fetchall()
        return content
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_fb5(tmp_path_factory: pytest.TempPathFactory) -> DbAddress:
    """The demo database on the embedded Firebird 5, with a planner whose cases refer to each
    other (a case's parent created after the case: the reference has to wait for its row)."""
    address = DbAddress(str(tmp_path_factory.mktemp("демо источник") / "демо база.fdb"))
    admin.create(address, EMBEDDED, demo=True)
    db = Database(address, EMBEDDED, pool_size=0)
    with db.raw() as con:
        cur = con.cursor()
        cur.execute("INSERT INTO PLANNER_TOPICS (NAME, NOTES) VALUES ('Выставка', 'Стенд и раздатка') RETURNING ID")
        topic = cur.fetchone()[0]
        cur.execute("INSERT INTO PLANNER_CASES (TOPIC_ID, NAME) VALUES (?, 'Стенд') RETURNING ID", (topic,))
        child = cur.fetchone()[0]
        cur.execute("INSERT INTO PLANNER_CASES (TOPIC_ID, NAME) VALUES (?, 'Подготовка') RETURNING ID", (topic,))
        parent = cur.fetchone()[0]
        cur.execute("UPDATE PLANNER_CASES SET PARENT_ID = ? WHERE ID = ?", (parent, child))
        cur.execute("UPDATE CLIENTS SET NOTES = 'Правка после создания' WHERE ID = (SELECT MIN(ID) FROM CLIENTS)")
        con.commit()
    db.dispose()
    return address


def assert_same_and_working(source: DbAddress, source_creds: Credentials,
                            copy: DbAddress, copy_creds: Credentials) -> None:
    src = Database(source, source_creds, pool_size=0)
    dst = Database(copy, copy_creds, pool_size=0)
    try:
        expected, got = tables_of(src), tables_of(dst)
        assert got.keys() == expected.keys()
        for name in expected:                       # audit columns and row versions kept too
            assert got[name] == expected[name], name
        # the program works on the copy: login, the register, a card (on a server the copy's
        # users got Firebird accounts with temporary passwords; the demo's are set back)
        accounts.sync(dst, password=admin.DEMO_PASSWORD)
        session = login(dst, "admin", admin.DEMO_PASSWORD)
        assert Register(session).count() == len(expected["CLIENTS"])
        first = min(row[0] for row in expected["CLIENTS"])
        assert client_title(session, first)
        # triggers are back on and generators continue after the copied IDs
        with dst.raw() as con:
            cur = con.cursor()
            cur.execute("INSERT INTO DIRECTIONS (NAME) VALUES ('После копирования') "
                        "RETURNING ID, CREATED_AT, ROW_VERSION")
            new_id, created, version = cur.fetchone()
            con.commit()
        assert new_id > max((row[0] for row in expected["DIRECTIONS"]), default=0)
        assert created is not None and version == 1
    finally:
        src.dispose()
        dst.dispose()


def test_copy_demo_from_embedded_firebird5_to_backend(demo_fb5, backend, cli, capsys) -> None:
    """Embedded 5 → the backend: the Firebird 3 server when CRM_TEST_SERVER is set."""
    target = backend.new_address("копия демо")
    assert cli("copy", str(demo_fb5), str(target), "--batch", "250") == 0
    out = capsys.readouterr().out
    assert "[####################] 100%" in out and "CLIENTS: 250 из 300" in out
    assert f"скопирована в {target} (версия {migrations.latest_version()})" in out
    assert_same_and_working(demo_fb5, EMBEDDED, target, backend.credentials())


@pytest.mark.skipif(not SERVER, reason="needs the Firebird server")
def test_copy_back_from_server_to_embedded(demo_fb5, backend, tmp_path) -> None:
    on_server = backend.new_address("демо на сервере")
    admin.copy(demo_fb5, EMBEDDED, on_server, backend.credentials())
    back = DbAddress(str(tmp_path / "обратно.fdb"))
    result = admin.copy(on_server, backend.credentials(), back, EMBEDDED)
    assert result.rows > 4000
    assert_same_and_working(on_server, backend.credentials(), back, EMBEDDED)


def test_copy_refuses_existing_target_and_leaves_it(demo_fb5, backend) -> None:
    target = backend.new_address()
    admin.create(target, backend.credentials(), version=1)
    with pytest.raises(DatabaseExists):
        admin.copy(demo_fb5, EMBEDDED, target, backend.credentials())
    assert admin.version(target, backend.credentials()) == 1


def test_failed_copy_removes_the_half_made_target(demo_fb5, backend, monkeypatch) -> None:
    copy_rows = pump.Pump._copy

    def failing(self, table):
        if table.name == "CONTACTS":
            raise DatabaseError("обрыв связи")
        yield from copy_rows(self, table)
    monkeypatch.setattr(pump.Pump, "_copy", failing)
    target = backend.new_address()
    with pytest.raises(DatabaseError, match="обрыв связи"):
        admin.copy(demo_fb5, EMBEDDED, target, backend.credentials())
    if target.embedded:
        assert not Path(target.path).exists()
    with pytest.raises(DatabaseError, match="не найден"):
        admin.version(target, backend.credentials())

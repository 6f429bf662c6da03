"""Restore never harms the database it replaces; paths in any language; backups under load
(issue 8, parts 4 and 7).

Each test restores over a working database that differs from the backup by a marker row, so
"unchanged" means the marker and every row count are still there (embedded: byte for byte).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.data import backup as fbbackup
from crm_desktop.data import migrations
from crm_desktop.data.address import DbAddress
from crm_desktop.data.credentials import Credentials
from crm_desktop.data.database import Database, create_database, folder_of
from crm_desktop.services import admin

SERVER = os.environ.get("CRM_TEST_SERVER")
MARKER = "Маркер: эта база не должна пострадать"


@pytest.fixture(scope="module")
def demo_backup(demo_fbk, tmp_path_factory) -> Path:
    """A gbak file of the demo database (300 clients), written by the backend's engine, in a
    folder of this module's own (the bad backups go beside it)."""
    target = tmp_path_factory.mktemp("fbk") / "demo.fbk"
    shutil.copyfile(demo_fbk, target)
    return target


@pytest.fixture(scope="module")
def bad_backups(demo_backup: Path) -> dict[str, Path]:
    data = demo_backup.read_bytes()
    folder = demo_backup.parent
    files = {"garbage": b"not a backup" * 1000, "header only": data[:120], "truncated": data[: len(data) // 2]}
    for name, content in files.items():
        (folder / f"{name}.fbk").write_bytes(content)
    return {name: folder / f"{name}.fbk" for name in files}


def counts(address: DbAddress, creds: Credentials) -> dict[str, int]:
    db = Database(address, creds, pool_size=0)
    con = db.raw()
    try:
        cur = con.cursor()
        cur.execute("SELECT TRIM(RDB$RELATION_NAME) FROM RDB$RELATIONS "
                    "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 AND RDB$VIEW_BLR IS NULL")
        result = {}
        for (table,) in cur.fetchall():
            rows = con.cursor()
            rows.execute(f"SELECT COUNT(*) FROM {table}")
            result[table] = rows.fetchone()[0]
        cur.execute("SELECT COUNT(*) FROM DIRECTIONS WHERE NAME = ?", (MARKER,))
        result["marker"] = cur.fetchone()[0]
        return result
    finally:
        con.close()
        db.dispose()


def leftovers(address: DbAddress, backup: Path) -> list[str]:
    """Files a restore made and left: temporary databases beside the target (where this
    machine can see the server's folder) and saved copies beside the backup."""
    names = [p.name for p in backup.parent.iterdir() if "before-restore" in p.name]
    folder = folder_of(address.path)
    if os.access(folder, os.R_OK):
        names += [n for n in os.listdir(folder) if ".restore-" in n or "before-restore" in n]
    return names


def fingerprint(address: DbAddress) -> str | None:
    return hashlib.md5(Path(address.path).read_bytes()).hexdigest() if address.embedded else None


@pytest.fixture
def target(backend, demo_backup) -> DbAddress:
    """A working database restored from the demo backup, then changed (the marker row)."""
    address = backend.new_address("работающая база")
    fbbackup.restore(demo_backup, address, backend.credentials())
    db = Database(address, backend.credentials(), pool_size=0)
    with db.raw() as con:
        con.cursor().execute("INSERT INTO DIRECTIONS (NAME) VALUES (?)", (MARKER,))
        con.commit()
    db.dispose()
    return address


@pytest.mark.parametrize("kind, says", [("garbage", "не является резервной копией Firebird"),
                                        ("header only", "обрезана или повреждена"),
                                        ("truncated", "обрезана или повреждена")])
def test_bad_backup_leaves_the_replaced_database_as_it_was(kind, says, bad_backups, target, backend,
                                                          cli, capsys) -> None:
    before, print_before = counts(target, backend.credentials()), fingerprint(target)
    assert before["marker"] == 1 and before["CLIENTS"] == 300
    assert cli("restore", str(bad_backups[kind]), str(target), "--replace") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err
    assert fingerprint(target) == print_before
    assert counts(target, backend.credentials()) == before
    assert leftovers(target, bad_backups[kind]) == []


def test_failed_restore_into_a_new_database_leaves_nothing(bad_backups, backend, cli, capsys) -> None:
    address = backend.new_address("новая")
    assert cli("restore", str(bad_backups["truncated"]), str(address)) == 2
    err = capsys.readouterr().err
    assert "обрезана или повреждена" in err and f"база данных {address} не создана" in err
    if address.embedded:
        assert not Path(address.path).exists()
    assert cli("version", str(address)) == 2
    assert "не найден" in capsys.readouterr().err
    assert leftovers(address, bad_backups["truncated"]) == []


def test_good_backup_replaces_and_cleans_up(demo_backup, target, backend, cli, capsys) -> None:
    assert cli("restore", str(demo_backup), str(target), "--replace") == 0
    assert f"База данных {target} восстановлена" in capsys.readouterr().out
    after = counts(target, backend.credentials())
    assert after["marker"] == 0 and after["CLIENTS"] == 300
    assert leftovers(target, demo_backup) == []


def test_replace_refused_while_someone_works_in_the_database(demo_backup, target, backend, cli,
                                                             capsys) -> None:
    before = counts(target, backend.credentials())
    workstation = Database(target, backend.credentials(), pool_size=0).raw()
    try:
        assert cli("restore", str(demo_backup), str(target), "--replace") == 2
        assert "открыта другими подключениями (1)" in capsys.readouterr().err
    finally:
        workstation.close()
    assert counts(target, backend.credentials()) == before
    assert leftovers(target, demo_backup) == []


def test_without_replace_an_existing_database_is_refused(demo_backup, target, backend, cli, capsys) -> None:
    assert cli("restore", str(demo_backup), str(target)) == 2
    assert "уже существует" in capsys.readouterr().err
    assert counts(target, backend.credentials())["marker"] == 1


@pytest.fixture
def cyrillic_folder(backend, tmp_path: Path) -> Iterator[str]:
    """A folder named in Russian with spaces: local for embedded; on the server, made when
    this machine can write the server's directory (CI), else the server directory itself."""
    if backend.server is None:
        folder = tmp_path / "тест папка"
        folder.mkdir()
        yield str(folder)
        return
    base = folder_of(backend.server.path)
    if not os.access(base, os.W_OK):
        yield base
        return
    folder = Path(base) / f"тест папка {backend.run_id}"
    folder.mkdir()
    os.chown(folder, os.stat(base).st_uid, os.stat(base).st_gid)
    yield str(folder)
    backend.drop_all()
    shutil.rmtree(folder, ignore_errors=True)


def test_cyrillic_and_spaces_in_every_path(backend, cyrillic_folder, cli, capsys, tmp_path) -> None:
    host, port = (backend.server.host, backend.server.port) if backend.server else (None, 3050)
    database = DbAddress(f"{cyrillic_folder}/база данных {backend.run_id}.fdb", host, port)
    restored = DbAddress(f"{cyrillic_folder}/восстановленная база {backend.run_id}.fdb", host, port)
    backend.created += [database, restored]
    local = tmp_path / "резервные копии"
    local.mkdir()
    assert cli("create", str(database), "--version", "1") == 0
    assert cli("upgrade", str(database), "--backup", str(local / "до обновления.fbk")) == 0
    assert cli("check", str(database)) == 0
    assert cli("backup", str(database), str(local / "копия базы.fbk")) == 0
    assert cli("restore", str(local / "копия базы.fbk"), str(restored)) == 0
    assert cli("restore", str(local / "до обновления.fbk"), str(database), "--replace") == 0
    capsys.readouterr()
    assert cli("version", str(database)) == 0 and capsys.readouterr().out.strip() == "1"
    assert cli("version", str(restored)) == 0
    assert capsys.readouterr().out.strip() == str(migrations.latest_version())


def test_create_in_a_missing_folder_names_the_folder(backend, cli, capsys) -> None:
    address = backend.new_address()
    missing = DbAddress(f"{folder_of(address.path)}/нет такой папки/база.fdb", address.host, address.port)
    assert cli("create", str(missing)) == 2
    err = capsys.readouterr().err
    assert f"Папка {folder_of(missing.path)}" in err and "не существует" in err
    assert "уже существует" not in err


def test_backup_says_where_its_file_restores(target, backend, cli, capsys, tmp_path) -> None:
    assert cli("backup", str(target), str(tmp_path / "копия.fbk")) == 0
    out = capsys.readouterr().out
    made = fbbackup.gbak_format(tmp_path / "копия.fbk")
    assert made in fbbackup.OLDEST_READER
    assert "только на Firebird" in out and "и новее" in out and "crm-admin copy" in out


@pytest.mark.skipif(not SERVER, reason="needs a Firebird server older than the embedded engine")
def test_firebird5_backup_on_an_older_server_points_to_copy(db, backend, cli, capsys, tmp_path) -> None:
    if float(db.server_version()[:3]) >= 4.0:
        pytest.skip("the server reads the embedded engine's backups")
    embedded = DbAddress(str(tmp_path / "встроенная.fdb"))
    create_database(embedded, Credentials("SYSDBA", ""))
    migrations.migrate(Database(embedded, Credentials("SYSDBA", ""), pool_size=0), 1, start=0)
    made = fbbackup.backup(embedded, Credentials("SYSDBA", ""), tmp_path / "fb5.fbk")
    address = backend.new_address()
    assert cli("restore", str(made.path), str(address)) == 2
    err = capsys.readouterr().err
    assert f"формат gbak {made.gbak_format}" in err and "crm-admin copy" in err
    assert cli("version", str(address)) == 2


# -- part 7: a backup taken while people work -------------------------------------------------

def _gbak() -> str | None:
    for candidate in (shutil.which("gbak"), "/usr/lib/firebird/3.0/bin/gbak"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _writer(address: DbAddress, creds: Credentials, number: int, stop: threading.Event,
            saved: threading.Semaphore) -> None:
    """A workstation saving pairs of rows, each pair in one transaction (released on `saved`)."""
    db = Database(address, creds, pool_size=0)
    con = db.raw()
    cur = con.cursor()
    i = 0
    while not stop.is_set():
        cur.execute("INSERT INTO DIRECTIONS (NAME) VALUES (?)", (f"w{number}-{i}-a",))
        cur.execute("INSERT INTO DIRECTIONS (NAME) VALUES (?)", (f"w{number}-{i}-b",))
        con.commit()
        saved.release()
        i += 1
    con.close()
    db.dispose()


def _consistent_counts(address: DbAddress, creds: Credentials) -> dict[str, int]:
    result = counts(address, creds)
    db = Database(address, creds, pool_size=0)
    with db.raw() as con:
        cur = con.cursor()
        cur.execute("SELECT NAME FROM DIRECTIONS WHERE NAME STARTING WITH 'w'")
        names = {row[0] for row in cur.fetchall()}
    db.dispose()
    halves = {n[:-2] for n in names}
    assert all(f"{h}-a" in names and f"{h}-b" in names for h in halves), "a transaction half backed up"
    assert (result["CLIENTS"] - 300) % 500 == 0, "a bulk-load batch half backed up"
    return result


def test_backup_under_four_writers_and_a_bulk_load(demo_backup, backend, cli, capsys, tmp_path) -> None:
    creds = backend.credentials()
    address = backend.new_address("под нагрузкой")
    fbbackup.restore(demo_backup, address, creds)
    stop, saved = threading.Event(), threading.Semaphore(0)
    writers = [threading.Thread(target=_writer, args=(address, creds, n, stop, saved)) for n in range(4)]
    bulk_db = Database(address, creds, pool_size=0)
    bulk = threading.Thread(target=admin.generate, args=(bulk_db, 1000), kwargs={"batch": 500})
    for thread in (*writers, bulk):
        thread.start()
    try:
        for _ in range(20):                    # twenty pairs saved: the writers are at work
            assert saved.acquire(timeout=30), "the writers stopped saving"
        assert cli("backup", str(address), str(tmp_path / "под нагрузкой.fbk")) == 0
    finally:
        stop.set()
        for thread in (*writers, bulk):
            thread.join()
        bulk_db.dispose()
    restored = backend.new_address("из копии")
    assert cli("restore", str(tmp_path / "под нагрузкой.fbk"), str(restored)) == 0
    ours = _consistent_counts(restored, creds)
    assert ours["DIRECTIONS"] >= 40
    gbak = _gbak()
    if backend.server is None or gbak is None:
        return                                 # Debian's gbak restores the server's format only
    by_gbak = backend.new_address("из копии gbak")
    result = subprocess.run([gbak, "-c", "-user", creds.user, "-password", creds.password,
                             str(tmp_path / "под нагрузкой.fbk"), by_gbak.dsn],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert _consistent_counts(by_gbak, creds) == ours


# -- the checks of a restored database ---------------------------------------------------------

def test_validation_finds_damaged_pages(backend, target, tmp_path) -> None:
    assert fbbackup.validate(target, backend.credentials()) is None
    if not target.embedded:
        return                                   # damaging pages needs the file itself
    damaged = DbAddress(str(tmp_path / "повреждённая.fdb"))
    shutil.copy(target.path, damaged.path)
    pages = Path(damaged.path).stat().st_size // 8192
    with open(damaged.path, "r+b") as f:
        for page in range(pages // 3, pages, 7):
            f.seek(8192 * page + 200)
            f.write(bytes(range(256)) * 2)
    found = fbbackup.validate(damaged, backend.credentials())
    assert found and "\n" not in found and "SQLCODE" not in found


def test_restore_that_fails_validation_is_not_used(demo_backup, target, backend, cli, capsys,
                                                    monkeypatch) -> None:
    before = counts(target, backend.credentials())
    monkeypatch.setattr(fbbackup, "validate", lambda *a: "Number of record level errors: 1")
    assert cli("restore", str(demo_backup), str(target), "--replace") == 2
    err = capsys.readouterr().err
    assert "не прошла проверку (Number of record level errors: 1)" in err and "не изменена" in err
    assert counts(target, backend.credentials()) == before
    assert leftovers(target, demo_backup) == []


@pytest.mark.skipif(not SERVER, reason="the server's replace in steps")
def test_server_puts_the_old_database_back_when_the_final_restore_fails(demo_backup, bad_backups, target,
                                                                        backend, monkeypatch) -> None:
    before = counts(target, backend.credentials())
    real = fbbackup._Restore._gbak_over

    def fails_once(self, source):
        if source == demo_backup:                 # the final restore breaks off half-way
            real(self, bad_backups["truncated"])
        real(self, source)
    monkeypatch.setattr(fbbackup._Restore, "_gbak_over", fails_once)
    with pytest.raises(fbbackup.DatabaseError, match="обрезана или повреждена"):
        fbbackup.restore(demo_backup, target, backend.credentials(), replace=True)
    assert counts(target, backend.credentials()) == before
    assert leftovers(target, demo_backup) == []

"""crm-admin end to end against real Firebird (embedded or the CI server)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from crm_desktop.admin_cli import main
from crm_desktop.data import migrations
from crm_desktop.data.database import Database
from crm_desktop.data.schema import client_directions, clients, contacts, directions, events, tasks, users
from crm_desktop.domain.requisites import validate_inn
from crm_desktop.services import filters
from crm_desktop.services.admin import DEMO_PASSWORD
from crm_desktop.services.auth import login

LATEST = migrations.latest_version()


@pytest.fixture
def cli(backend, monkeypatch):
    creds = backend.credentials()
    monkeypatch.setenv("ISC_USER", creds.user)
    monkeypatch.setenv("ISC_PASSWORD", creds.password)

    def run(*args: str) -> int:
        return main(list(args))
    return run


def test_create_version_upgrade_backup_restore(cli, backend, capsys, tmp_path) -> None:
    address = str(backend.new_address())
    assert cli("create", address, "--version", "1") == 0
    capsys.readouterr()
    assert cli("version", address) == 0
    assert capsys.readouterr().out.splitlines() == ["1"]
    assert cli("upgrade", address, "--backup", str(tmp_path / "pre.fbk")) == 0
    out = capsys.readouterr().out
    assert "Версия 1 → 2" in out and f"База данных в версии {LATEST}." in out
    assert (tmp_path / "pre.fbk").stat().st_size > 0
    cli("version", address)
    assert capsys.readouterr().out.strip() == str(LATEST)

    assert cli("backup", address, str(tmp_path / "full.fbk")) == 0
    copy = str(backend.new_address())
    assert cli("restore", str(tmp_path / "full.fbk"), copy) == 0
    capsys.readouterr()
    assert cli("version", copy) == 0
    assert capsys.readouterr().out.strip() == str(LATEST)
    # the pre-upgrade backup restores the old version
    old = str(backend.new_address())
    assert cli("restore", str(tmp_path / "pre.fbk"), old) == 0
    capsys.readouterr()
    cli("version", old)
    assert capsys.readouterr().out.strip() == "1"


def test_check_reports_facts_and_problems(cli, backend, capsys) -> None:
    address = str(backend.new_address())
    cli("create", address, "--version", "1")
    capsys.readouterr()
    assert cli("check", address) == 1
    captured = capsys.readouterr()
    assert "Сервер: Firebird" in captured.out and "Размер страницы: 8192" in captured.out
    assert "Подключений:" in captured.out and "Версия базы данных: 1" in captured.out
    assert f"crm-admin upgrade {address}" in captured.err
    cli("upgrade", address, "--backup", str(Path(backend.tmp) / f"chk-{os.getpid()}.fbk"))
    capsys.readouterr()
    assert cli("check", address) == 0


def test_errors_are_one_line_and_non_zero(cli, backend, capsys, tmp_path) -> None:
    missing = str(backend.new_address("missing"))
    assert cli("version", missing) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "не найден" in err
    assert cli("restore", str(tmp_path / "none.fbk"), missing) == 2
    assert "не найден" in capsys.readouterr().err
    junk = tmp_path / "junk.fbk"
    junk.write_bytes(b"not a backup" * 100)
    assert cli("restore", str(junk), missing) == 2
    assert "не является резервной копией" in capsys.readouterr().err


def test_create_refuses_existing_database(cli, backend, capsys) -> None:
    address = str(backend.new_address())
    cli("create", address)
    capsys.readouterr()
    assert cli("create", address) == 2
    assert "уже существует" in capsys.readouterr().err


def test_unreachable_server_is_named() -> None:
    # port 9 on loopback: nothing listens there
    result = subprocess.run([sys.executable, "-m", "crm_desktop.admin_cli", "version", "127.0.0.1/9:/x.fdb"],
                            capture_output=True, text=True, env={**os.environ, "ISC_PASSWORD": "x"})
    assert result.returncode == 2
    assert "Сервер Firebird 127.0.0.1:9 недоступен" in result.stderr


@pytest.mark.skipif(not os.environ.get("CRM_TEST_SERVER"), reason="needs the Firebird server")
def test_wrong_password_on_server(backend, capsys) -> None:
    address = str(backend.new_address())
    assert main(["--user", "SYSDBA", "--password", "wrong", "create", address]) == 2
    assert "Неверное имя пользователя или пароль" in capsys.readouterr().err


def test_demo_database_is_coherent(backend, demo_address) -> None:
    """The demo database `crm-admin create --demo` made for this run (tests/conftest.py)."""
    db = Database(demo_address, backend.credentials(), pool_size=0)
    with db.read() as conn:
        roles = set(conn.execute(text("SELECT R.CODE FROM USERS U JOIN ROLES R ON R.ID = U.ROLE_ID")).scalars())
        assert roles == {"admin", "supervisor", "manager", "specialist"}
        n_clients = conn.execute(select(func.count()).select_from(clients)).scalar_one()
        assert 200 <= n_clients <= 1000
        assert conn.execute(select(func.count()).select_from(contacts)).scalar_one() > n_clients * 0.8
        assert conn.execute(select(func.count()).select_from(events)).scalar_one() > n_clients
        assert conn.execute(select(func.count()).select_from(tasks)).scalar_one() > 50
        inns = conn.execute(select(clients.c.inn)).scalars().all()
        assert all(validate_inn(inn) is None for inn in inns)
        # every client has a curator among the users and a unique permanent code
        user_ids = set(conn.execute(select(users.c.id)).scalars())
        assert set(conn.execute(select(clients.c.curator_id)).scalars()) <= user_ids
        codes = conn.execute(select(clients.c.code)).scalars().all()
        assert len(set(codes)) == len(codes)
        entity = conn.execute(text("SELECT COUNT(*) FROM BANK_ACCOUNTS B JOIN LEGAL_ENTITIES L "
                                   "ON L.ID = B.LEGAL_ENTITY_ID WHERE L.IS_DEFAULT = 1")).scalar_one()
        assert entity == 2
        # every client was registered (and last changed) by a user, is worked on along one of
        # our directions, and has a prospect rating and a reaction to its last contact
        assert set(conn.execute(select(clients.c.created_by)).scalars()) <= user_ids
        assert set(conn.execute(select(clients.c.changed_by)).scalars()) <= user_ids
        assert conn.execute(select(func.count()).select_from(directions)).scalar_one() >= 3
        linked = conn.execute(select(func.count(client_directions.c.client_id.distinct()))).scalar_one()
        assert linked == n_clients
        assert None not in set(conn.execute(select(clients.c.prospects_id)).scalars())
        assert None not in set(conn.execute(select(clients.c.last_reaction_id)).scalars())
    # the manual's static filter templates find the demo manager's hot clients
    manager = login(db, "sidorov", DEMO_PASSWORD)
    found = {t.name: filters.count_matching(manager, t.filter) for t in filters.static_templates(manager)}
    assert set(found) == {filters.MY_CLIENTS, filters.MY_HOT, filters.MY_HOT_POSITIVE}
    assert found[filters.MY_CLIENTS] > found[filters.MY_HOT] > found[filters.MY_HOT_POSITIVE] > 0


def test_generate_adds_clients_with_contacts(cli, backend, capsys, demo_address) -> None:
    address = demo_address
    db = Database(address, backend.credentials(), pool_size=0)
    with db.read() as conn:
        before = conn.execute(select(func.count()).select_from(clients)).scalar_one()
    capsys.readouterr()
    assert cli("generate", str(address), "--clients", "2000") == 0
    assert "Создано клиентов: 2000" in capsys.readouterr().out
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(clients)).scalar_one() == before + 2000
        phones = conn.execute(text("SELECT COUNT(*) FROM PHONE_INDEX")).scalar_one()
        assert phones > 2000
        # every client's own number is in the phone index, so Shift+F finds it by its end
        unfindable = conn.execute(text(
            "SELECT COUNT(*) FROM CLIENTS C WHERE C.PHONE IS NOT NULL AND NOT EXISTS (SELECT 1 FROM PHONE_INDEX P "
            "WHERE P.CLIENT_ID = C.ID AND P.CONTACT_ID IS NULL AND P.DIGITS_REV = REVERSE("
            "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(C.PHONE, '+', ''), ' ', ''), '-', ''), '(', ''), ')', '')))"
        )).scalar_one()
        assert unfindable == 0


def test_embedded_file_open_in_another_process_is_named(backend, cli, capsys) -> None:
    if os.environ.get("CRM_TEST_SERVER"):
        pytest.skip("embedded engine only")
    address = str(backend.new_address())
    cli("create", address)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from crm_desktop.data.database import Database; "
        f"c = Database({address!r}).raw(); print('open', flush=True); time.sleep(30)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        capsys.readouterr()
        assert cli("version", address) == 2
        assert "открыт другой программой" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()


def test_missing_client_library_is_named(tmp_path) -> None:
    result = subprocess.run([sys.executable, "-m", "crm_desktop.admin_cli", "version", str(tmp_path / "a.fdb")],
                            capture_output=True, text=True,
                            env={**os.environ, "CRM_FBCLIENT": str(tmp_path / "libfbclient.so.2")})
    assert result.returncode == 2
    assert "Клиентская библиотека Firebird не загружена" in result.stderr


def test_backup_is_consistent_while_others_work(cli, backend, tmp_path, capsys) -> None:
    address = backend.new_address()
    cli("create", str(address))
    db = Database(address, backend.credentials(), pool_size=0)
    with db.begin() as conn:
        conn.execute(text("INSERT INTO DIRECTIONS (NAME) VALUES ('Сервис')"))
    other = db.raw()                       # another workstation, in the middle of its work
    cur = other.cursor()
    cur.execute("INSERT INTO DIRECTIONS (NAME) VALUES ('Не подтверждено')")
    try:
        assert cli("backup", str(address), str(tmp_path / "online.fbk")) == 0
    finally:
        other.rollback()
        other.close()
    copy = backend.new_address()
    assert cli("restore", str(tmp_path / "online.fbk"), str(copy)) == 0
    with Database(copy, backend.credentials(), pool_size=0).read() as conn:
        names = set(conn.execute(text("SELECT NAME FROM DIRECTIONS")).scalars())
    assert names == {"Сервис"}

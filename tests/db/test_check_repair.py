"""`crm-admin check` names what makes a database wrong or slow without an error, `crm-admin
repair` switches indexes back on (issue 8), on embedded Firebird and on the CI server."""
from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.data import company
from crm_desktop.data.bulk import BulkLoader
from crm_desktop.data.database import Database
from crm_desktop.domain.passwords import hash_password


@pytest.fixture
def made(cli, backend, capsys) -> tuple[str, Database]:
    """A new database at the latest version, as `crm-admin create` makes it."""
    address = backend.new_address()
    assert cli("create", str(address)) == 0
    capsys.readouterr()
    return str(address), Database(address, backend.credentials(), pool_size=0)


def inactive(db: Database) -> set[str]:
    with db.read() as conn:
        return set(conn.execute(text(
            "SELECT TRIM(RDB$INDEX_NAME) FROM RDB$INDICES WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 "
            "AND COALESCE(RDB$INDEX_INACTIVE, 0) <> 0")).scalars())


def test_indexes_left_off_by_a_dead_load_are_a_problem_until_repair(cli, made, capsys) -> None:
    address, db = made
    loader = BulkLoader(db, "generate")
    loader.indexes_off()
    loader.close()                       # gone without switching them on, as a killed load is
    left = inactive(db)
    assert {"IX_CLIENTS_NAME", "IX_PHONE_INDEX_DIGITS", "IX_CONTACTS_SURNAME"} <= left

    assert cli("check", address) == 1
    captured = capsys.readouterr()
    assert f"Выключены индексы ({len(left)}): " in captured.err and "IX_CLIENTS_NAME" in captured.err
    assert f"crm-admin repair {address}" in captured.err
    assert "Проверка структуры: таблиц" in captured.out and "замечаний 0" in captured.out

    assert cli("repair", address) == 0
    out = capsys.readouterr().out
    assert f"Включено индексов: {len(left)}" in out and "Перестроение индекса IX_CLIENTS_NAME (CLIENTS)" in out
    assert "Пересчитана статистика индексов" in out
    assert inactive(db) == set()
    assert cli("check", address) == 0
    assert "Индексы: все включены" in capsys.readouterr().out


def test_a_running_load_keeps_its_indexes_off(cli, made, capsys) -> None:
    address, db = made
    loader = BulkLoader(db, "generate")  # alive: its attachment says it is loading
    try:
        loader.indexes_off()
        assert cli("check", address) == 0
        assert "Идёт массовая загрузка (generate)" in capsys.readouterr().out
        assert cli("repair", address) == 0
        assert "ничего не изменено" in capsys.readouterr().out
        assert "IX_CLIENTS_NAME" in inactive(db)
        loader.indexes_on()
        assert inactive(db) == set()
    finally:
        loader.close()


def test_repair_names_an_index_it_cannot_switch_on(cli, made, capsys) -> None:
    address, db = made
    loader = BulkLoader(db, "generate")
    loader.indexes_off()
    loader.close()
    with db.begin() as conn:
        conn.execute(text("ALTER INDEX UX_USERS_LOGIN INACTIVE"))
    with db.begin() as conn:
        roles = company.role_ids(conn)
        for name in ("Первый Пётр", "Второй Павел"):  # the same login twice, as a bad import would
            company.add_user(conn, login="twin", password_hash=hash_password("x1"), full_name=name,
                             role_id=roles["manager"], client_access=1)

    assert cli("repair", address) == 1
    captured = capsys.readouterr()
    assert "Проблема: Индекс UX_USERS_LOGIN не включён (" in captured.err
    assert f"исправьте данные и повторите crm-admin repair {address}" in captured.err
    assert inactive(db) == {"UX_USERS_LOGIN"}       # the others are on all the same
    assert "IX_CLIENTS_NAME" in captured.out


@pytest.mark.skipif(bool(os.environ.get("CRM_TEST_SERVER")), reason="damages the file directly: embedded only")
def test_check_reports_damaged_pages(cli, made, capsys) -> None:
    address, db = made
    with db.read() as conn:
        page = conn.execute(text(
            "SELECT P.RDB$PAGE_NUMBER FROM RDB$PAGES P JOIN RDB$RELATIONS R "
            "ON R.RDB$RELATION_ID = P.RDB$RELATION_ID "
            "WHERE R.RDB$RELATION_NAME = 'DIRECTIONS' AND P.RDB$PAGE_TYPE = 4")).scalar_one()
        page_size = conn.execute(text("SELECT MON$PAGE_SIZE FROM MON$DATABASE")).scalar_one()
    db.dispose()
    with open(Path(address), "r+b") as f:         # the pointer page now claims to be a data page
        f.seek(page * page_size)
        f.write(bytes([5]))

    assert cli("check", address) == 1
    captured = capsys.readouterr()
    assert "Проверка структуры: таблиц" in captured.out and "замечаний 0" not in captured.out
    assert f"Проблема: Повреждение в таблице DIRECTIONS: Error: Page {page} wrong type" in captured.err
    assert "crm-admin backup" in captured.err


@pytest.mark.skipif(bool(os.environ.get("CRM_TEST_SERVER")), reason="damages the file directly: embedded only")
def test_repair_rebuilds_an_index_validation_finds_damaged(cli, made, capsys) -> None:
    address, db = made
    with db.read() as conn:
        relation = conn.execute(text(
            "SELECT RDB$RELATION_ID FROM RDB$RELATIONS WHERE RDB$RELATION_NAME = 'CITIES'")).scalar_one()
        index = conn.execute(text(
            "SELECT RDB$INDEX_ID FROM RDB$INDICES WHERE RDB$INDEX_NAME = 'IX_CITIES_NAME'")).scalar_one()
        page_size = conn.execute(text("SELECT MON$PAGE_SIZE FROM MON$DATABASE")).scalar_one()
    db.dispose()
    with open(Path(address), "r+b") as f:   # a leaf of IX_CITIES_NAME points to a wrong left sibling,
        data = f.read()                      # as a page split cut short by a killed engine leaves it
        # B-tree page: type 7; left sibling at 20, relation at 28, index id - 1 at 32, level at 33
        leaf = next(n for n in range(len(data) // page_size)
                    if data[n * page_size] == 7 and struct.unpack_from("<H", data, n * page_size + 28)[0] == relation
                    and data[n * page_size + 32] == index - 1 and data[n * page_size + 33] == 0
                    and struct.unpack_from("<I", data, n * page_size + 20)[0] != 0)
        f.seek(leaf * page_size + 20)
        f.write(struct.pack("<I", 1))

    assert cli("check", address) == 1
    err = capsys.readouterr().err
    assert f"Повреждён индекс таблицы CITIES: Warning: Index {index} has inconsistent left sibling" in err
    assert f"перестройте его командой crm-admin repair {address}" in err
    assert cli("repair", address) == 0
    out = capsys.readouterr().out
    assert "Перестроено повреждённых индексов: 1 (IX_CITIES_NAME)" in out and "замечаний 0" in out
    assert cli("check", address) == 0

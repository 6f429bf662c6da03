"""The bulk loader writes rows as blocks of literals on several attachments (issue 9): what lands
is exactly what it was given, however awkward the text; every batch is whole or absent;
`generate` leaves counts, generators and indexes right, or refuses a database without users; and
`repair` rewrites the pointer-page hints a load killed on several attachments can leave."""
from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import fdb
import pytest
from sqlalchemy import text

from crm_desktop.data import bulk, health
from crm_desktop.data.bulk import BulkLoader
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError
from crm_desktop.services import admin
from crm_desktop.services.auth import needs_first_run

AWKWARD = ["О'Брайен «Ёлка»", "'", "''", "a''b'", "'; DELETE FROM CLIENTS; --", "/* не комментарий */",
           '"двойные" \\ обратная', "эмодзи 😀 и 𝔘", "строка\nперевод\r\tтаб", "", "  пробелы по краям  "]
CLIENT_COLUMNS = ["ID", "CODE", "NAME", "FULL_NAME", "ADDRESS", "BIRTHDAY", "NEEDS_ATTENTION", "CHARTER_CAPITAL",
                  "NOTES"]


def client(n: int, **changed) -> tuple:
    row = {"ID": 10_000 + n, "CODE": 10_000 + n, "NAME": AWKWARD[n % len(AWKWARD)] + f" {n}",
           "FULL_NAME": "Ж" * (n % 480), "ADDRESS": None if n % 7 == 0 else f"ул. Льва Толстого, д. {n}",
           "BIRTHDAY": date(1900 + n % 120, 1 + n % 12, 1 + n % 28), "NEEDS_ATTENTION": n % 2,
           "CHARTER_CAPITAL": None, "NOTES": AWKWARD[(n + 3) % len(AWKWARD)] + " " + "щ" * (n % 1500)}
    row.update(changed)
    return tuple(row[column] for column in CLIENT_COLUMNS)


def stored_clients(db: Database) -> list[tuple]:
    con = db.raw()
    try:
        cur = con.cursor()
        cur.execute(f"SELECT {', '.join(CLIENT_COLUMNS)} FROM CLIENTS WHERE ID >= 10000 ORDER BY ID")
        return [tuple(value.read() if isinstance(value, fdb.BlobReader) else value for value in row)  # over 64 KB
                for row in cur.fetchall()]
    finally:
        con.close()


def test_blocks_of_literals_store_exactly_the_rows_given(db, monkeypatch) -> None:
    blocks: list[bytes] = []
    by_parameters: list[tuple] = []
    execute_immediate, executemany = fdb.Connection.execute_immediate, fdb.Cursor.executemany
    monkeypatch.setattr(fdb.Connection, "execute_immediate",
                        lambda con, sql: blocks.append(sql) or execute_immediate(con, sql))
    monkeypatch.setattr(fdb.Cursor, "executemany",
                        lambda cur, sql, rows: by_parameters.extend(rows) or executemany(cur, sql, rows))
    rows = [client(n) for n in range(600)]
    special = [client(600, CHARTER_CAPITAL=Decimal("1234567.89")),    # Decimal: an exact literal
               client(601, ADDRESS="нуль\0внутри"),                   # NUL: no literal
               client(602, NEEDS_ATTENTION=True),                     # bool: not written as an int
               client(603, NOTES="ё'" * 40_000),                      # longer than a block
               client(604, CODE=-7, BIRTHDAY=date(1, 1, 1))]
    loader = BulkLoader(db, "test")
    try:
        loader.insert("CLIENTS", CLIENT_COLUMNS, rows + special)
        loader.insert("EVENTS", ["ID", "CLIENT_ID", "EVENT_TYPE_ID", "EVENT_AT", "DESCRIPTION"],
                      [(10_000 + n, 10_000 + n, 1, datetime(2026, 3, 1, 9, 30, 15, n * 100), AWKWARD[n])
                       for n in range(len(AWKWARD))]
                      + [(10_100, 10_000, 1, datetime(2026, 3, 1, 9, 30, 15, 123456), "")])
        loader.insert("PHONE_INDEX", ["CLIENT_ID", "CONTACT_ID", "DIGITS_REV"],
                      [(10_000 + n % 600, None, f"{n:010d}") for n in range(700)])
        loader.commit()
    finally:
        loader.close()

    assert stored_clients(db) == rows + [client(600, CHARTER_CAPITAL=Decimal("1234567.89")),
                                         client(601, ADDRESS="нуль\0внутри"), client(602, NEEDS_ATTENTION=1),
                                         special[3], special[4]]
    assert by_parameters == special[1:4]
    assert all(len(block) <= bulk.BLOCK_BYTES and block.count(b"INSERT INTO") <= bulk.BLOCK_STATEMENTS
               for block in blocks)
    assert sum(block.count(b"INSERT INTO CLIENTS") for block in blocks) == 602   # 600, the decimal, the negative code
    assert max(len(block) for block in blocks) > bulk.BLOCK_BYTES - 5000       # blocks filled by size …
    assert sum(block.count(b"INSERT INTO PHONE_INDEX") for block in blocks) == 700
    assert max(block.count(b"INSERT INTO PHONE_INDEX") for block in blocks) == bulk.BLOCK_STATEMENTS  # … and count
    with db.read() as conn:
        events = conn.execute(text("SELECT EVENT_AT, DESCRIPTION FROM EVENTS WHERE ID >= 10000 ORDER BY ID")).all()
        assert [tuple(e) for e in events] == (
            [(datetime(2026, 3, 1, 9, 30, 15, n * 100), AWKWARD[n]) for n in range(len(AWKWARD))]
            + [(datetime(2026, 3, 1, 9, 30, 15, 123400), "")])    # Firebird keeps 1/10000 s
        assert conn.execute(text("SELECT COUNT(*) FROM PHONE_INDEX WHERE CLIENT_ID >= 10000")).scalar_one() == 700


def test_batches_on_several_attachments_are_whole_or_absent(db) -> None:
    items = [[client(100 * item + n) for n in range(100)] for item in range(6)]
    items[2][50] = client(250, NAME=None)                     # NAME is NOT NULL: this batch fails
    loader = BulkLoader(db, "test")
    committed = []
    try:
        with pytest.raises(DatabaseError):
            loader.load(items, lambda into, rows: into.insert("CLIENTS", CLIENT_COLUMNS, rows), 3,
                        committed.append)
        loader.commit()
        assert health.running_bulk_loads(loader.con) == []    # the other attachments are gone
    finally:
        loader.close()
    assert items[2] not in committed
    assert stored_clients(db) == sorted((row for item in committed for row in item), key=lambda row: row[0])


def scalars(db: Database, *queries: str) -> list[int]:
    with db.read() as conn:
        return [conn.execute(text(query)).scalar_one() for query in queries]


def test_generate_on_two_attachments_sets_counts_generators_and_indexes(cli, backend, capsys, demo_address) -> None:
    address = demo_address
    db = Database(address, backend.credentials(), pool_size=0)
    counts = ["SELECT COUNT(*) FROM CLIENTS", "SELECT COUNT(*) FROM CONTACTS", "SELECT COUNT(*) FROM PHONE_INDEX",
              "SELECT COUNT(*) FROM EVENTS", "SELECT COUNT(*) FROM TASKS"]
    before = scalars(db, *counts)

    result = admin.generate(db, 1100, seed=3, events_per_client=1, tasks_per_client=0.5, batch=250,
                            rebuild_indexes=True, connections=2)

    clients, contacts, phones, events, tasks = (after - was for after, was in zip(scalars(db, *counts), before))
    assert (clients, contacts) == (1100, result.contacts)
    assert phones == 1100 + 2 * result.contacts                      # a client's number, a contact's two
    assert 900 < events < 1300 and 400 < tasks < 700                 # about 1 and 0.5 a client
    assert scalars(db, "SELECT COUNT(*) FROM RDB$INDICES WHERE COALESCE(RDB$INDEX_INACTIVE, 0) <> 0") == [0]
    for generator, table, column in (("GEN_CLIENTS", "CLIENTS", "ID"), ("GEN_CLIENT_CODE", "CLIENTS", "CODE"),
                                     ("GEN_CONTACTS", "CONTACTS", "ID"), ("GEN_EVENTS", "EVENTS", "ID"),
                                     ("GEN_TASKS", "TASKS", "ID")):
        value, highest = scalars(db, f"SELECT GEN_ID({generator}, 0) FROM RDB$DATABASE",
                                 f"SELECT MAX({column}) FROM {table}")
        assert value >= highest, generator
    db.dispose()
    capsys.readouterr()
    assert cli("check", str(address)) == 0, capsys.readouterr().err


def test_generate_refuses_a_database_without_users_and_says_what_to_do(cli, backend, capsys) -> None:
    address = backend.new_address()
    assert cli("create", str(address)) == 0
    capsys.readouterr()

    assert cli("generate", str(address), "--clients", "100") == 2

    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Ошибка: В базе {address} нет действующих пользователей, которым можно поручить")
    assert f"(crm --db {address};" in err and err.endswith("(crm-admin create ФАЙЛ --demo).") and "\n" not in err
    db = Database(address, backend.credentials(), pool_size=0)
    assert needs_first_run(db)                                # nobody made up: the wizard still runs
    assert scalars(db, "SELECT COUNT(*) FROM CLIENTS", "SELECT GEN_ID(GEN_CLIENTS, 0) FROM RDB$DATABASE",
                   "SELECT COUNT(*) FROM RDB$INDICES WHERE COALESCE(RDB$INDEX_INACTIVE, 0) <> 0") == [0, 0, 0]


@pytest.mark.skipif(bool(os.environ.get("CRM_TEST_SERVER")), reason="damages the file directly: embedded only")
def test_repair_rewrites_page_hints_a_killed_load_left(cli, backend, capsys) -> None:
    """A pointer page's free-space bits saying «empty» for a full data page, as a load killed
    while two attachments filled one table left them once in 24 kills."""
    address = backend.new_address()
    assert cli("create", str(address)) == 0
    db = Database(address, backend.credentials(), pool_size=0)
    with db.read() as conn:
        pointer_page = conn.execute(text(
            "SELECT MIN(P.RDB$PAGE_NUMBER) FROM RDB$PAGES P JOIN RDB$RELATIONS R ON R.RDB$RELATION_ID = "
            "P.RDB$RELATION_ID WHERE R.RDB$RELATION_NAME = 'CITIES' AND P.RDB$PAGE_TYPE = 4")).scalar_one()
        page_size = conn.execute(text("SELECT MON$PAGE_SIZE FROM MON$DATABASE")).scalar_one()
    db.dispose()
    # pointer page: 32 bytes of header, a page number per data page, then a byte of bits per data page
    bits = pointer_page * page_size + 32 + 4 * ((page_size - 32) * 8 // 40)
    with open(Path(address.path), "r+b") as f:
        f.seek(bits)
        assert f.read(1) == b"\x01"                    # full
        f.seek(bits)
        f.write(b"\x10")                               # empty
    capsys.readouterr()

    assert cli("check", str(address)) == 1
    err = capsys.readouterr().err
    assert f"Отметки заполненности страниц таблицы CITIES отстают от самих страниц (Warning: Pointer page " \
           f"{pointer_page} " in err and f"crm-admin repair {address}, когда к базе никто не подключён" in err
    holder = Database(address, backend.credentials(), pool_size=0).raw()
    try:
        assert cli("repair", str(address)) == 2        # not while another attachment is there
        assert "повторите crm-admin repair, когда все отключатся" in capsys.readouterr().err
    finally:
        holder.close()
    assert cli("repair", str(address)) == 0
    out = capsys.readouterr().out
    assert "Исправление отметок заполненности страниц…" in out and "замечаний 0" in out
    assert cli("check", str(address)) == 0

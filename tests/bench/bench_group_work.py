"""Issue 15's long work on a big database (run by hand, not by CI):

    crm-admin create /tmp/big.fdb --demo
    crm-admin generate /tmp/big.fdb --clients 1000000 --events 1
    python tests/bench/bench_group_work.py /tmp/big.fdb --password demo

As the administrator, who sees every client:
- the Excel import's steps 2 and 3 on 10,000 rows of which 1,000 repeat existing clients by name and
  1,000 by phone: the duplicate search goes through IX_CLIENTS_NAME and IX_PHONE_INDEX_DIGITS,
  so its time should not depend on the million clients. «raw fdb» runs the same searches as
  plain fdb statements (the same IN lists and STARTING WITH ranges) for the ratio;
- «Отметить всех» + Ctrl+G: the ids a group command takes from a million-client register
  (RegisterModel.chosen_ids reads only as far as 501 rows);
- group processing of 500 clients (one field and a task spread over time, one transaction per
  client) and the mailing's recipient selection for the same 500.
The clients the import and the group run add or change stay in the database (it is a scratch
copy); run it on a copy you can throw away.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402

from crm_desktop.data.credentials import resolve  # noqa: E402
from crm_desktop.data.database import Database  # noqa: E402
from crm_desktop.domain.excel_import import COLUMNS, AutoOptions  # noqa: E402
from crm_desktop.domain.group_processing import GROUP_LIMIT  # noqa: E402
from crm_desktop.services import auth, excel_import, group_processing, mailing, register  # noqa: E402

ROWS, REPEATS = 10_000, 1_000


def _seconds(start: float) -> float:
    return time.perf_counter() - start


def _existing(db: Database, n: int) -> list[tuple[str, str]]:
    """(name, phone) of n clients spread over the table, read with the raw driver."""
    con = db.raw()
    cur = con.cursor()
    cur.execute(f"SELECT FIRST {n} C.NAME, C.PHONE FROM CLIENTS C WHERE MOD(C.ID, 997) = 0 AND C.PHONE > ''")
    rows = [(r[0], r[1]) for r in cur.fetchall()]
    con.close()
    return rows


def _workbook(path: Path, existing: list[tuple[str, str]]) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([c.title for c in COLUMNS])
    for i in range(ROWS):
        name, phone = f"Новая фирма {i}", f"8 (383) {2000000 + i}"
        if i < REPEATS:
            name = existing[i % len(existing)][0]
        elif i < 2 * REPEATS:
            phone = existing[i % len(existing)][1]
        sheet.append([name, name, "", "Новосибирск", "", "630000", f"ул. Ленина, {i}", phone, "", "", "", "",
                      "Петров Иван Сергеевич", ""])
    book.save(path)


def _raw_duplicates(db: Database, names: list[str], keys: list[str]) -> float:
    """The same searches as data/excel_import.py, through the raw driver."""
    con = db.raw()
    cur = con.cursor()
    start = time.perf_counter()
    for i in range(0, len(names), 1000):
        chunk = names[i:i + 1000]
        cur.execute(f"SELECT MIN(NAME), MIN(CODE) FROM CLIENTS WHERE NAME IN ({', '.join('?' * len(chunk))}) "
                    "GROUP BY NAME", chunk)
        cur.fetchall()
    client_ids: set[int] = set()
    for i in range(0, len(keys), 100):
        chunk = [k[::-1] for k in keys[i:i + 100]]
        cur.execute("SELECT DIGITS_REV, CLIENT_ID FROM PHONE_INDEX WHERE "
                    + " OR ".join("DIGITS_REV STARTING WITH ?" for _ in chunk), chunk)
        client_ids |= {r[1] for r in cur.fetchall()}
    ids = sorted(client_ids)
    for i in range(0, len(ids), 1000):
        chunk = ids[i:i + 1000]
        cur.execute(f"SELECT ID, CODE, NAME FROM CLIENTS WHERE ID IN ({', '.join('?' * len(chunk))})", chunk)
        cur.fetchall()
    spent = _seconds(start)
    con.close()
    return spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="demo")
    args = parser.parse_args()
    db = Database(args.db, resolve(args.db))
    session = auth.login(db, args.user, args.password)
    existing = _existing(db, REPEATS)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clients.xlsx"
        _workbook(path, existing)
        start = time.perf_counter()
        loaded = excel_import.load(path)
        read = _seconds(start)
    start = time.perf_counter()
    prepared = excel_import.prepare(session, loaded.rows, AutoOptions(source="bench"))
    step2 = _seconds(start)
    found = sum(c.duplicate is not None for c in prepared)
    by_phone = sum(c.duplicate is not None and "телефон" in c.duplicate for c in prepared)
    names = sorted({c.draft.get("name") for c in prepared if c.draft is not None})
    keys = sorted({k for c in prepared if c.draft is not None for k in c.draft.phone_keys if len(k) == 10})
    raw = _raw_duplicates(db, names, keys)
    print(f"Excel import, {ROWS} rows: read {read:.1f} s; step 2 (autocorrect, names, duplicates) {step2:.1f} s, "
          f"{found} duplicates found ({by_phone} by phone) of {2 * REPEATS} planted; the same searches through the "
          f"raw driver {raw:.2f} s")

    choices = excel_import.choices(session)
    settings = excel_import.Settings(choices.statuses[0][0], None, session.user.id, skip_errors=True)
    start = time.perf_counter()
    result = excel_import.run(session, [c.row for c in prepared], settings)
    print(f"Excel import step 3: {result.imported} clients imported in one transaction in {_seconds(start):.1f} s "
          f"({result.skipped_duplicates} duplicates, {result.skipped_errors} rows with errors skipped)")

    reg = register.Register(session)
    start = time.perf_counter()
    ids: list[int] = []
    rows = reg.first(200)
    while rows and len(ids) <= GROUP_LIMIT:
        ids += [r.id for r in rows]
        rows = reg.after((rows[-1].sort_value, rows[-1].id), 200) if len(rows) == 200 else []
    chosen = ids[:GROUP_LIMIT]
    print(f"«Отметить всех» + Ctrl+G on the register: {len(ids)} ids in {_seconds(start) * 1000:.0f} ms")

    start = time.perf_counter()
    mailing.recipients(session, chosen)
    print(f"mailing recipients of {len(chosen)} clients: {_seconds(start) * 1000:.0f} ms")

    tomorrow = datetime.combine(datetime.now().date() + timedelta(days=1), datetime.min.time()).replace(hour=14)
    plan = group_processing.Plan({"has_competitors": True}, task=group_processing.TaskPlan(
        session.user.id, "Перезвонить", tomorrow, duration_min=1, spread=True))
    start = time.perf_counter()
    outcome = group_processing.run(session, chosen, plan)
    spent = _seconds(start)
    print(f"group processing of {len(chosen)} clients: {spent:.1f} s ({spent / len(chosen) * 1000:.0f} ms a client), "
          f"done {len(outcome.done)}, skipped {len(outcome.skipped)}")


if __name__ == "__main__":
    main()

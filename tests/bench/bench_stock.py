"""Warehouse benchmarks on a big history (run by hand, not by CI; issue 12 part 3).

    crm-admin create /tmp/w.fdb --demo
    crm-admin generate /tmp/w.fdb --movements 1000000
    python tests/bench/bench_stock.py /tmp/w.fdb --password demo

- Full re-post (every posted document replayed from the first) next to the raw driver reading
  the same posting lines in the same order, the least any re-post has to do. Target ≤ 30 s.
- Re-post from the actuality point after a document a month back is unposted, and after it is
  posted back.
- Stock at a date (every item × warehouse, the middle of the history), next to the raw query that
  sums every move up to that moment. Target ≤ 1 s.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.bench_register import Plans, alternate, compare, raw_query  # noqa: E402

STREAM = ("SELECT p.DOC_ID, p.DOC_KIND, p.DOC_TIME, p.LEGAL_ENTITY_ID, l.LINE_ID, l.ITEM_ID, l.WAREHOUSE_ID, "
          "l.INCOMING, l.QUANTITY, l.COST, l.BASE_LINE_ID, l.SIGNATURE, l.UNIT_COST FROM WH_POSTINGS p "
          "JOIN WH_POSTING_LINES l ON l.DOC_ID = p.DOC_ID ORDER BY p.DOC_TIME, p.DOC_ID, l.LINE_ID")
AT_DATE = ("SELECT ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, SUM(QUANTITY), SUM(COST) FROM WH_MOVES "
           "WHERE DOC_TIME <= ? GROUP BY ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID HAVING SUM(QUANTITY) <> 0")


def seconds(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from crm_desktop.data import repost as repost_data
    from crm_desktop.services import warehouse
    from crm_desktop.services.auth import login
    from crm_desktop.services.startup import open_database

    db = open_database(args.db, None, None)
    raw = db.raw()
    cur = raw.cursor()
    cur.execute("SELECT COUNT(*), MIN(DOC_TIME), MAX(DOC_TIME) FROM WH_POSTING_LINES")
    lines, first, last = cur.fetchone()
    cur.execute("SELECT COUNT(*) FROM WH_MOVES")
    moves = cur.fetchone()[0]
    raw.commit()
    print(f"Строк проведённых документов: {lines:,}, движений: {moves:,}".replace(",", " "))
    admin = login(db, "admin", args.password)

    def stream() -> int:
        c = raw.cursor()
        c.execute(STREAM)
        n = 0
        while rows := c.fetchmany(20_000):
            n += len(rows)
        raw.commit()
        return n
    raw_time, _ = seconds(stream)
    full_time, result = seconds(lambda: warehouse.repost(admin, full=True))
    print(f"Полное перепроведение: {full_time:6.1f} s ({result.documents} документов, {result.lines} строк, "
          f"коллизий {len(result.collided)}); raw чтение тех же строк {raw_time:5.1f} s; "
          f"ratio {full_time / raw_time:4.1f}; target ≤ 30 s")

    # a document a month back unposted, re-posted from the actuality point, posted back
    cur.execute("SELECT FIRST 1 DOC_ID FROM WH_POSTINGS WHERE DOC_KIND = 'receipt' AND DOC_TIME < ? "
                "ORDER BY DOC_TIME DESC", (last - timedelta(days=30),))
    doc_id = cur.fetchone()[0]
    raw.commit()
    unpost_time, _ = seconds(lambda: warehouse.unpost(admin, doc_id))
    repost_time, result = seconds(lambda: warehouse.repost(admin))
    print(f"Отмена проведения прихода месяц назад: {unpost_time * 1000:6.0f} ms; перепроведение с точки "
          f"актуальности: {repost_time:5.1f} s ({result.documents} документов, коллизий {len(result.collided)})")
    post_time, _ = seconds(lambda: warehouse.post(admin, doc_id))
    repost_time, result = seconds(lambda: warehouse.repost(admin))
    print(f"Проведение его обратно: {post_time * 1000:6.0f} ms; перепроведение: {repost_time:5.1f} s "
          f"({result.documents} документов, коллизий {len(result.collided)})")
    with db.read() as conn:
        same = repost_data.stored_balances(conn) == repost_data.recomputed_balances(conn)
    print(f"Остатки равны пересчёту по движениям: {same}")

    middle = first + (last - first) / 2
    plans = Plans(db.reader, raw)
    with plans.watching():
        figures = alternate(raw_query(raw, AT_DATE, (middle,)),
                            lambda: warehouse.stock(admin, middle), args.rounds)
    assert len(figures["raw_result"]) == len(figures["program_result"])
    compare(f"Остатки на {middle:%d.%m.%Y} ({len(figures['program_result'])} строк)", figures, "≤ 1 s")
    plans.show("stock at a date", {"raw": AT_DATE})
    figures = alternate(lambda: warehouse.stock(admin), lambda: warehouse.stock(admin), args.rounds)
    print(f"Остатки сейчас: {figures['program'] * 1000:7.1f} ms")
    raw.close()
    db.dispose()


if __name__ == "__main__":
    main()

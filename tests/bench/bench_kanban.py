"""«Канбан сделок» on a million clients (run by hand, not by CI; issue 14 part 8).

    crm-admin create /tmp/big.fdb --demo
    crm-admin generate /tmp/big.fdb --clients 1000000
    python tests/bench/bench_kanban.py /tmp/big.fdb --password demo

What the board does before it is shown — its columns, the first page of every column and the
counts capped at 1 000 — as an administrator and as a manager (the access scope), then the exact
counts it fetches afterwards, and a «ещё…» page; next to the raw driver reading the same
first pages.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.bench_stock import seconds  # noqa: E402

CAP = 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--manager", default="sidorov")
    args = parser.parse_args()

    from crm_desktop.services import kanban
    from crm_desktop.services.auth import login
    from crm_desktop.services.startup import open_database

    for who in ("admin", args.manager):
        session = login(open_database(args.db, None, None), who, args.password)

        def board():
            cols = kanban.columns(session)
            pages = {c.stage_id: kanban.page(session, c.stage_id) for c in cols}
            capped = kanban.counts(session, [c.stage_id for c in cols], cap=CAP)
            return cols, pages, capped
        kanban.columns(session)                      # warm the attachment
        shown, (cols, pages, capped) = seconds(board)
        exact_t, exact = seconds(lambda: kanban.counts(session, [c.stage_id for c in cols]))
        fullest = max(pages, key=lambda s: len(pages[s]))
        last = pages[fullest][-1]
        more_t, _ = seconds(lambda: kanban.page(session, fullest, after=(last.name, last.id)))
        print(f"{who:10} board shown {shown:5.2f} s ({len(cols)} columns, "
              f"{sum(len(p) for p in pages.values())} cards, capped counts {sorted(capped.values())}); "
              f"exact counts {exact_t:5.2f} s (total {sum(exact.values()):,}); «ещё…» page {more_t:5.2f} s")

        raw = session.db.base.raw()
        cur = raw.cursor()
        started = time.perf_counter()
        for c in cols:
            where = "STAGE_ID IS NULL" if c.stage_id == kanban.NO_STAGE else f"STAGE_ID = {c.stage_id}"
            cur.execute(f"SELECT FIRST {kanban.PAGE} ID, NAME FROM CLIENTS WHERE {where} ORDER BY NAME, ID")
            cur.fetchall()
        raw.commit()
        print(f"{'':10} raw fdb first pages (no access scope) {time.perf_counter() - started:5.2f} s")
        session.db.dispose()


if __name__ == "__main__":
    main()

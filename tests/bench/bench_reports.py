"""Reports on a big database (run by hand, not by CI; issue 13 part 6).

    crm-admin create /tmp/big.fdb --demo
    crm-admin generate /tmp/big.fdb --clients 1000000 --events 1
    crm-admin generate /tmp/big.fdb --invoices 200000
    crm-admin generate /tmp/big.fdb --movements 1000000
    python tests/bench/bench_reports.py /tmp/big.fdb --password demo

For each report, in a process of its own (so its peak memory is its own), as the
administrator who sees everything, over all of time:
- first page: from «Сформировать» to page one drawn as an image — what the preview shows
  while the rest streams;
- all rows: the whole report spooled, and the rows per second;
- raw fdb: the same SQL statements the report sent, replayed through the raw driver with every
  row fetched, and the ratio of the report's time to it;
- memory: the process's peak resident size above what it had after logging in (embedded, the
  engine's sort buffers are in the same process: a report Firebird must sort or group shows them).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ALL_TIME = {"date_from": "01.01.2000", "date_to": "31.12.2099"}
MONTH = {"date_from": "prev_month_start", "date_to": "month_start"}
# label → (report, parameters): lists over all of time stream; the sums over all of time read
# everything before their first row, so they are also shown for a month, as they are used
CASES: dict[str, tuple[str, dict[str, str]]] = {
    "events": ("events", ALL_TIME),
    "goods-movement": ("goods-movement", ALL_TIME),
    "receivables": ("receivables", ALL_TIME),
    "margin": ("margin", ALL_TIME),
    "margin-summary": ("margin-summary", ALL_TIME),
    "margin-summary/m": ("margin-summary", MONTH),
    "turnover": ("turnover", ALL_TIME),
    "turnover/m": ("turnover", MONTH),
    "stock-balances": ("stock-balances", {}),
    "stock-at-date": ("stock-at-date", {}),
    "settlements": ("settlements", ALL_TIME),
    "settlements/m": ("settlements", MONTH),
    "personal-stats": ("personal-stats", ALL_TIME),
    "personal-stats/m": ("personal-stats", MONTH),
    "event-stats": ("event-stats", ALL_TIME),
    "event-stats/m": ("event-stats", MONTH),
    "sales-summary": ("sales-summary", ALL_TIME),
    "cash-flow": ("cash-flow", ALL_TIME),
    "birthdays": ("birthdays", {}),
    "birthdays/year": ("birthdays", {"date_from": "01.01.2026", "date_to": "31.12.2026"}),
    "client-summary": ("client-summary", {"client": "1"}),
}


def _peak_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(db_path: str, password: str, label: str) -> dict[str, Any]:
    from sqlalchemy import event

    from crm_desktop.reporting.report_pages import Layout, page_image
    from crm_desktop.services import reports
    from crm_desktop.services.auth import login
    from crm_desktop.services.startup import open_database

    session = login(open_database(db_path, None, None), "admin", password)
    base = session.db.base
    sent: list[tuple[str, Any]] = []
    event.listen(base.reader, "before_cursor_execute", lambda c, cur, sql, params, ctx, many: sent.append((sql, params)))
    before = _peak_mb()
    first: dict[str, float] = {}
    started = time.perf_counter()

    def page_one(report: Any) -> None:
        first["spooled"] = time.perf_counter() - started
        page_image(Layout(report), 0, 100)
        first["drawn"] = time.perf_counter() - started

    slug, given = CASES[label]
    report = reports.generate(session, slug, dict(given), started=page_one)
    total = time.perf_counter() - started
    rows = sum(t.count for t in report.tables())
    report.close()
    peak = _peak_mb() - before

    raw = base.raw()
    raw_started = time.perf_counter()
    for sql, params in sent:
        cur = raw.cursor()
        cur.execute(sql, tuple(params) if isinstance(params, (list, tuple)) else params)
        for _ in cur:
            pass
        cur.close()
    raw.commit()
    raw_total = time.perf_counter() - raw_started
    session.db.dispose()
    return {"slug": label, "first": first.get("drawn", total), "total": total, "rows": rows, "raw": raw_total,
            "statements": len(sent), "peak_mb": peak}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("slugs", nargs="*", default=list(CASES), help="labels of CASES")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.db, args.password, args.one)))
        return
    print(f"{'report':18} {'first page':>11} {'all rows':>10} {'rows':>9} {'rows/s':>9} {'raw fdb':>9} "
          f"{'ratio':>6} {'peak MB':>8}")
    for slug in args.slugs:
        out = subprocess.run([sys.executable, __file__, args.db, "--password", args.password, "--one", slug],
                             capture_output=True, text=True)
        if out.returncode:
            print(f"{slug:18} failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        rate = r["rows"] / r["total"] if r["total"] else 0
        ratio = r["total"] / r["raw"] if r["raw"] else float("inf")
        print(f"{slug:18} {r['first']:10.2f}s {r['total']:9.2f}s {r['rows']:9d} {rate:9.0f} {r['raw']:8.2f}s "
              f"{ratio:6.2f} {r['peak_mb']:8.1f}", flush=True)


if __name__ == "__main__":
    main()

"""Register benchmarks on a big database (run by hand, not by CI).

    crm-admin create /tmp/big.fdb --demo && crm-admin generate /tmp/big.fdb --clients 1000000
    QT_QPA_PLATFORM=offscreen python tests/bench/bench_register.py /tmp/big.fdb --user admin --password demo

Prints each measurement next to the raw fdb query that fetches the same first window, as the
issue's targets are ratios: first rows ≤ 1.5 × raw, search keystroke ≤ 50 ms, RSS ≤ 300 MB.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402

RAW_FIRST_WINDOW = """
SELECT FIRST 200 C.ID, C.CODE, C.NEEDS_ATTENTION, C.IS_PRIVATE, C.NAME, C.CITY, C.PHONE,
       U.FULL_NAME, V.NAME, C.CHANGED_AT, C.FILES_COUNT, C.NAME
FROM CLIENTS C LEFT JOIN USERS U ON U.ID = C.CURATOR_ID
LEFT JOIN CLASSIFIER_VALUES V ON V.ID = C.STATUS_ID
WHERE C.IS_PRIVATE = 0 OR C.CURATOR_ID = ?
ORDER BY C.NAME, C.ID"""


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    """Median seconds of `repeat` runs (first run included: nothing is warmed on purpose)."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def five_conditions(session):
    """Name, city, status, curator and next contact date: the typical manager's selection."""
    from datetime import date, timedelta

    from crm_desktop.domain.flexi_filter import Combine, Condition, DateRange, FlexiFilter, Op
    from crm_desktop.services.dictionaries import items
    status = next(i.id for i in items(session, "client_statuses") if i.name == "Клиент")
    curators = tuple(i.id for i in items(session, "users"))[:3]
    today = date.today()
    return FlexiFilter(Combine.AND, (
        Condition("name", Op.CONTAINS, "ООО"),
        Condition("city", Op.STARTS_WITH, "Мос"),
        Condition("status_id", Op.IS, status),
        Condition("curator_id", Op.IN, curators),
        Condition("next_contact_date", Op.DATE_BETWEEN, DateRange(today - timedelta(days=10), today + timedelta(days=30))),
    ))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="demo")
    args = parser.parse_args()

    from crm_desktop.data.database import Database
    from crm_desktop.services.auth import login
    from crm_desktop.services.register import Register, RegisterView, extended_search

    db = Database(args.db)
    session = login(db, args.user, args.password)
    raw = db.raw()

    def raw_first() -> list:
        cur = raw.cursor()
        cur.execute(RAW_FIRST_WINDOW, (session.user.id,))
        rows = cur.fetchall()
        raw.commit()
        return rows

    raw_time, raw_rows = timed(raw_first)
    register = Register(session, RegisterView("name"))
    first_time, rows = timed(lambda: register.first(200))
    assert [r[0] for r in raw_rows] == [r.id for r in rows]
    print(f"first window (200 rows):   raw fdb {raw_time * 1000:7.1f} ms | register {first_time * 1000:7.1f} ms"
          f" | ratio {first_time / raw_time:4.2f} (target ≤ 1.5)")

    count_time, total = timed(register.count, repeat=1)
    print(f"count of the view:         {count_time * 1000:7.1f} ms for {total} clients (off the GUI thread)")
    skeleton_time, _ = timed(register.build_skeleton, repeat=1)
    print(f"skeleton (every 1000th key): {skeleton_time * 1000:5.0f} ms (off the GUI thread, once per view)")

    typed = "ООО «Смирнов"
    latencies = []
    for n in range(1, len(typed) + 1):
        started = time.perf_counter()
        register.name_search(typed[:n])
        latencies.append(time.perf_counter() - started)
    print(f"incremental search:        median {statistics.median(latencies) * 1000:6.1f} ms, "
          f"max {max(latencies) * 1000:6.1f} ms per keystroke (target ≤ 50 ms)")

    ext_time, _ = timed(lambda: extended_search(register, "", "233-13", None), repeat=3)
    print(f"extended search by phone:  {ext_time * 1000:7.1f} ms")

    flexi = five_conditions(session)
    filtered = Register(session, RegisterView("name", flexi=flexi))
    f_time, f_rows = timed(lambda: filtered.first(200), repeat=3)
    fc_time, f_total = timed(filtered.count, repeat=1)
    print(f"five-condition filter:     {f_time * 1000:7.1f} ms for the first window ({len(f_rows)} rows), "
          f"count {fc_time * 1000:.0f} ms ({f_total} clients)")

    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.main.main_window import MainWindow
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    window = MainWindow(session)
    window.show()
    app.processEvents()
    print(f"main window to first rows: {(time.perf_counter() - started) * 1000:7.1f} ms")
    while not window.model.register.has_skeleton:          # the count and skeleton run in the pool
        app.processEvents()
        time.sleep(0.01)
    started = time.perf_counter()
    window.model.ensure_counted()
    last = window.model.rowCount() - 1
    window.move_to(last)
    app.processEvents()
    print(f"scroll to the end:         {(time.perf_counter() - started) * 1000:7.1f} ms (row {last + 1})")
    started = time.perf_counter()
    for row in range(0, last, max(last // 200, 1)):      # drag the scroll bar through the table
        window.move_to(row)
        app.processEvents()
    print(f"200 scroll-bar jumps:      {(time.perf_counter() - started) * 1000:7.1f} ms in all")
    rss = psutil.Process().memory_info().rss / 1024 / 1024
    print(f"workstation RSS:           {rss:7.1f} MB (target ≤ 300 MB); pages cached {window.model.cached_pages()}")
    window.close()


if __name__ == "__main__":
    main()

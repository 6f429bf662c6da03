"""Document journal benchmarks on a big database (run by hand, not by CI).

    crm-admin create /tmp/big.fdb --demo
    crm-admin generate /tmp/big.fdb --clients 200000
    crm-admin generate /tmp/big.fdb --invoices 1000000
    python tests/bench/bench_journals.py /tmp/big.fdb --password demo

For an administrator and for a manager: «Журнал счетов» (first window, newest first, with the
paid sums of the window), the window after it, and the «Счета» tab of one client's card, each
next to a raw fdb query that fetches the same rows (for the manager with the scope's condition
written by hand). Target: first rows in well under a second at 1,000,000 invoices.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.bench_register import Plans, alternate, compare, raw_query  # noqa: E402

WINDOW = 100
COLUMNS = """I.ID, I.DOC_DATE, I.CLIENT_ID, C.NAME, U.FULL_NAME, I.ROW_VERSION, I.DOC_NO, I.TOTAL, I.AMOUNT,
       I.VAT_AMOUNT, I.LEGAL_ENTITY_ID, I.DOC_YEAR, L.SHORT_NAME
FROM INVOICES I LEFT JOIN CLIENTS C ON C.ID = I.CLIENT_ID LEFT JOIN USERS U ON U.ID = I.MANAGER_ID
LEFT JOIN LEGAL_ENTITIES L ON L.ID = I.LEGAL_ENTITY_ID"""
# what the scope adds for a manager who works with own clients only (or issued the invoice)
OWN = """(I.MANAGER_ID = ? OR EXISTS (SELECT 1 FROM CLIENTS O WHERE O.ID = I.CLIENT_ID
          AND (O.CURATOR_ID = ? OR O.SPECIALIST_ID = ?) AND (O.IS_PRIVATE = 0 OR O.CURATOR_ID = ?)))"""
ALL = "EXISTS (SELECT 1 FROM CLIENTS O WHERE O.ID = I.CLIENT_ID AND (O.IS_PRIVATE = 0 OR O.CURATOR_ID = ?))"
PAID = "SELECT INVOICE_ID, SUM(AMOUNT) FROM PAYMENTS WHERE INVOICE_ID IN ({}) GROUP BY INVOICE_ID"


def raw_first(con, scope: str, params: tuple, client_id: int | None = None):
    where = scope + (" AND I.CLIENT_ID = ?" if client_id else "")
    sql = f"SELECT FIRST {WINDOW} {COLUMNS} WHERE {where} ORDER BY I.DOC_DATE DESC, I.ID DESC"
    query = raw_query(con, sql, params + ((client_id,) if client_id else ()))

    def run():
        rows = query()
        ids = [r[0] for r in rows]
        if ids:
            cur = con.cursor()
            cur.execute(PAID.format(", ".join("?" * len(ids))), ids)
            cur.fetchall()
            con.commit()
        return rows
    return run, sql


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()

    from crm_desktop.data.documents import JournalQuery
    from crm_desktop.services import documents
    from crm_desktop.services.auth import login
    from crm_desktop.services.startup import open_database

    db = open_database(args.db, None, None)
    raw = db.raw()
    cur = raw.cursor()
    cur.execute("SELECT COUNT(*) FROM INVOICES")
    print(f"Счетов в базе: {cur.fetchone()[0]:,}".replace(",", " "))
    raw.commit()
    for who in ("admin", "sidorov"):
        session = login(db, who, args.password)
        uid = session.user.id
        plans = Plans(db.reader, raw)
        if session.rights.sees_all_clients and session.rights.is_admin:
            scope, params = ALL, (uid,)
        else:
            scope, params = OWN, (uid, uid, uid, uid)

        def program(query=JournalQuery()):
            rows = documents.journal(session, "invoice", query, None, WINDOW)
            documents.paid_sums(session, [r.id for r in rows])
            return rows
        raw_run, sql = raw_first(raw, scope, params)
        with plans.watching():
            figures = alternate(raw_run, program, args.rounds)
        assert [r[0] for r in figures["raw_result"]] == [r.id for r in figures["program_result"]], who
        compare(f"{who}: журнал, первое окно", figures, "well under 1 s")
        plans.show(f"{who} first window", {"raw": sql})

        last = figures["program_result"][-1]
        figures = alternate(lambda: documents.journal(session, "invoice", JournalQuery(), last.key, WINDOW),
                            lambda: documents.journal(session, "invoice", JournalQuery(), last.key, WINDOW),
                            args.rounds)
        print(f"{who}: следующее окно {figures['program'] * 1000:7.1f} ms")

        client = figures["program_result"][0].client_id if figures["program_result"] else last.client_id
        raw_run, sql = raw_first(raw, scope, params, client)
        with plans.watching():
            figures = alternate(raw_run, lambda: program(JournalQuery(client_id=client)), args.rounds)
        compare(f"{who}: вкладка «Счета» клиента", figures, "well under 1 s")
        plans.show(f"{who} card tab", {"raw": sql})
    raw.close()
    db.dispose()


if __name__ == "__main__":
    main()

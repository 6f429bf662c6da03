"""Eight workstations post expenses of the same three items at once on the server (issue 12,
part 4): nobody takes units another already took, no balance goes below zero, no raw Firebird
error reaches a user, and the registers equal a recomputation from the posted documents.

CRM_CONCURRENT_POSTINGS sets the documents per process (fewer by default so CI stays short)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from crm_desktop.data import repost as repost_data
from crm_desktop.data.schema import users as users_table
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import warehouse
from tests.conftest import PASSWORD
from tests.db.sales_setup import make_shop

pytestmark = pytest.mark.skipif(not os.environ.get("CRM_TEST_SERVER"),
                                reason="several processes share a database only through the server")
POSTER = Path(__file__).with_name("stock_poster.py")
ROOT = POSTER.parent.parent.parent
PROCESSES = 8
DOCUMENTS = int(os.environ.get("CRM_CONCURRENT_POSTINGS", "25"))
LOGINS = ("admin", "supervisor") * 4
STOCK = Decimal(40)


def test_eight_workstations_post_the_last_units(db, users, session_of) -> None:
    with db.begin() as conn:          # the supervisor works with every client here
        conn.execute(update(users_table).where(users_table.c.id == users["supervisor"]).values(client_access=4))
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    items = [shop.items[k] for k in ("paper", "stapler", "fixed")]
    draft = warehouse.new_draft(admin, Kind.RECEIPT, now=datetime.now() - timedelta(hours=1))
    draft.client_id = shop.clients["ООО «Аудит»"]
    draft.lines = [StockLine(i, "x", "шт", STOCK, Decimal("10")) for i in items]
    warehouse.post(admin, warehouse.save(admin, draft).id, now=datetime.now())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [subprocess.Popen([sys.executable, str(POSTER), str(db.address), LOGINS[i], PASSWORD, str(i),
                                 str(DOCUMENTS), str(shop.clients["ООО «Аудит»"]), ",".join(map(str, items))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
               for i in range(PROCESSES)]
    outcomes = []
    for worker in workers:
        out, err = worker.communicate(timeout=1200)
        assert worker.returncode == 0, err
        outcomes += [json.loads(line) for line in out.splitlines()]
    kinds = Counter(next(iter(o)) for o in outcomes)
    print(f"\n{PROCESSES} processes × {DOCUMENTS} documents: {dict(kinds)}")
    assert len(outcomes) == PROCESSES * DOCUMENTS
    raw = [o for o in outcomes if "error" in o]
    assert not raw, f"{len(raw)} raw errors, e.g. {raw[:3]}"
    assert all("Недостаточно" in o["refused"] or "другой пользователь" in o["refused"]
               for o in outcomes if "refused" in o)
    assert kinds["posted"] > 0 and kinds["refused"] > 0      # the stock ran out: the race was real
    with db.read() as conn:
        stored = repost_data.stored_balances(conn)
        assert stored == repost_data.recomputed_balances(conn)
    assert all(quantity >= 0 for quantity, _ in stored.values())
    # what is left is what came in less what the posted expenses took
    stock = {r["item_id"]: r["quantity"] for r in warehouse.stock(admin)}
    taken: dict[int, Decimal] = {}
    for row in warehouse.journal(admin, warehouse.JournalQuery(kind=Kind.EXPENSE.value), size=10_000):
        if row["posted"]:
            for ln in warehouse.load(admin, row["id"]).lines:
                taken[ln.item_id] = taken.get(ln.item_id, Decimal(0)) + ln.quantity
    assert {i: STOCK - taken.get(i, Decimal(0)) for i in items} == {i: stock.get(i, Decimal(0)) for i in items}
    # a full re-post from the documents finds nothing to change
    assert warehouse.repost(admin, full=True).collided == []
    with db.read() as conn:
        assert repost_data.stored_balances(conn) == stored

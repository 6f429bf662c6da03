"""One workstation of the concurrent-postings test: log in, write expenses of random items of
a set and post them as fast as it can, now and then unposting one of its own; print one JSON
line per outcome (run as `python tests/db/stock_poster.py ADDRESS LOGIN PASSWORD SEED COUNT
CLIENT ITEM,ITEM,...`)."""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from decimal import Decimal

from crm_desktop.data.database import Database
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import warehouse
from crm_desktop.services.auth import login
from crm_desktop.services.warehouse import PostingRefused


def main(address: str, login_name: str, password: str, seed: str, count: str, client: str, items: str) -> int:
    session = login(Database(address), login_name, password)
    rng, wanted = random.Random(int(seed)), [int(i) for i in items.split(",")]
    mine: list[int] = []
    for _ in range(int(count)):
        try:
            if mine and rng.random() < 0.15:
                doc_id = mine.pop(rng.randrange(len(mine)))
                warehouse.unpost(session, doc_id)
                print(json.dumps({"unposted": doc_id}), flush=True)
                continue
            draft = warehouse.new_draft(session, Kind.EXPENSE, now=datetime.now())
            draft.client_id = int(client)
            draft.lines = [StockLine(rng.choice(wanted), "x", "шт", Decimal(rng.randint(1, 4)), Decimal("100"),
                                     incoming=False)]
            saved = warehouse.save(session, draft)
            warehouse.post(session, saved.id)
            mine.append(saved.id)
            print(json.dumps({"posted": saved.id}), flush=True)
        except PostingRefused as exc:
            print(json.dumps({"refused": str(exc)}), flush=True)
        except Exception as exc:                     # noqa: BLE001 - every failure is reported
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:8]))

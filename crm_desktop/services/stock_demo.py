"""`crm-admin generate DB --movements N`: two years of warehouse history with N document lines
(receipts at varying prices, expenses that never take more than there is), loaded in bulk as
posted documents, then the registers are built by a full re-post, the code path the benchmark
measures (tests/bench/bench_stock.py)."""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from crm_desktop.data import company_admin, documents as doc_data, stock_rows, warehouse as wh_data
from crm_desktop.data.bulk import BulkLoader
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError
from crm_desktop.domain.fifo import Kind
from crm_desktop.services.warehouse import RepostResult, repost_registers

Report = Callable[[str], None]
ITEMS = 5_000
WAREHOUSES = ("Основной склад", "Склад комплектующих", "Склад готовой продукции")
DOCS_PER_BATCH = 5_000
D = Decimal


def generate_movements(db: Database, lines: int, seed: int = 1, report: Report = lambda _: None,
                       now: datetime | None = None) -> RepostResult:
    rng = random.Random(seed)
    now = (now or datetime.now()).replace(microsecond=0)
    with db.begin() as conn:
        entity = next((e for e in company_admin.entities(conn) if e.is_default), None)
        if entity is None:
            raise DatabaseError("Для генерации складских документов нужно юридическое лицо по умолчанию: "
                                "crm-admin create … --demo.")
        stores = [sid for sid, _ in wh_data.warehouse_list(conn, True)]
        for name in WAREHOUSES[len(stores):]:
            stores.append(wh_data.save_warehouse(conn, None, name))
        clients, _ = doc_data.client_ids_and_curators(conn)
    loader = BulkLoader(db, "generate-movements")
    try:
        first_item, _, _ = stock_rows.reserve(loader, ITEMS, 0, 0)
        items = [stock_rows.Item(first_item + i, f"G-{first_item + i}", f"Товар {first_item + i}", None,
                                 D(rng.randrange(50, 5000)), D(0)) for i in range(ITEMS)]
        items = [it._replace(sale_price=(it.purchase_price * D("1.3")).quantize(D("0.01"))) for it in items]
        stock_rows.store_items(loader, items)
        loader.commit()
        plan = _plan(rng, lines, items, stores, clients, now)
        _, first_doc, first_line = stock_rows.reserve(loader, 0, len(plan), lines)
        counts: dict[tuple[str, int], int] = {}
        for kind, moment, *_ in plan:
            counts[(kind, moment.year)] = counts.get((kind, moment.year), 0) + 1
        with db.begin() as conn:
            numbers = {k: doc_data.reserve_numbers(conn, k[0], entity.id, k[1], n) for k, n in counts.items()}
        batches = _batches(plan, entity.id, first_doc, first_line, numbers)
        done = 0

        def committed(batch: stock_rows.Batch) -> None:
            nonlocal done
            done += len(batch.lines)
            report(f"Строк документов: {done} из {lines}")
        loader.load(batches, stock_rows.store, 2, committed)
        loader.recompute_statistics()
    finally:
        loader.close()
    report("Проведение (полное перепроведение)…")
    return repost_registers(db, None, full=True, progress=lambda d, t: report(f"Проведено документов: {d} из {t}"))


Planned = tuple[str, datetime, int, int | None, list[tuple[int, Decimal, Decimal]]]


def _plan(rng: random.Random, lines: int, items: list[stock_rows.Item], stores: list[int], clients,
          now: datetime) -> list[Planned]:
    """(kind, moment, warehouse, client, [(item, quantity, price)]) of each document, in time
    order; an expense takes at most what the simulated stock holds."""
    stock: dict[tuple[int, int], int] = {}
    plan: list[Planned] = []
    made = 0
    start = now - timedelta(days=730)
    step = timedelta(days=730) / max(lines // 5, 1)
    moment = start
    while made < lines:
        moment += step
        store = rng.choice(stores)
        size = min(rng.randint(1, 9), lines - made)
        client = clients[rng.randrange(len(clients))] if len(clients) else None
        stocked = [k for k in (rng.randrange(len(items)) for _ in range(size * 3)) if stock.get((k, store), 0) > 0]
        if rng.random() < 0.4 or len(stocked) < size:
            rows = [(k, D(rng.randint(20, 200)), items[k].purchase_price * D(rng.choice(("0.9", "1", "1.1"))))
                    for k in {rng.randrange(len(items)) for _ in range(size)}]
            for k, qty, _ in rows:
                stock[(k, store)] = stock.get((k, store), 0) + int(qty)
            plan.append((Kind.RECEIPT.value, moment, store, client, [(items[k].id, q, p.quantize(D("0.01")))
                                                                     for k, q, p in rows]))
        else:
            rows = []
            for k in dict.fromkeys(stocked[:size]):
                qty = min(rng.randint(1, 20), stock[(k, store)])
                stock[(k, store)] -= qty
                rows.append((items[k].id, D(qty), items[k].sale_price))
            plan.append((Kind.EXPENSE.value, moment, store, client, rows))
        made += len(plan[-1][4])
    return plan


def _batches(plan: list[Planned], entity_id: int, first_doc: int, first_line: int,
             numbers: dict[tuple[str, int], int]):
    line_id = first_line
    next_no = dict(numbers)
    for start in range(0, len(plan), DOCS_PER_BATCH):
        batch = stock_rows.Batch()
        for offset, (kind, moment, store, client, rows) in enumerate(plan[start:start + DOCS_PER_BATCH]):
            doc_id = first_doc + start + offset
            number = next_no[(kind, moment.year)]
            next_no[(kind, moment.year)] += 1
            incoming = int(kind == Kind.RECEIPT.value)
            total = sum((q * p for _, q, p in rows), D(0)).quantize(D("0.01"))
            batch.docs.append(stock_rows.Doc(doc_id, kind, entity_id, store, client, moment.year, number, str(number),
                                             moment, total, total))
            batch.postings.append(stock_rows.Posting(doc_id, kind, moment, entity_id))
            for n, (item, qty, price) in enumerate(rows, start=1):
                amount = (qty * price).quantize(D("0.01"))
                batch.lines.append(stock_rows.DocLine(line_id, doc_id, n, item, store, incoming, qty, price, amount,
                                                      amount))
                batch.posting_lines.append(stock_rows.PostingLine(line_id, doc_id, moment, item, store, entity_id,
                                                                  incoming, qty, amount if incoming else None,
                                                                  D(0) if incoming else None))
                line_id += 1
        yield batch

"""Warehouse data of the demo database (issue 12 part 13: warehouses, receipts at several
prices, sales, the manual's bicycle produced, a return, cash orders and a reservation, all
through the services as users would enter them), and `crm-admin generate DB --movements N`: two
years of history with N document lines (receipts at varying prices, expenses that never take
more than there is), loaded in bulk as posted documents, then the registers are built by a full
re-post, the code path the benchmark measures (tests/bench/bench_stock.py)."""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from crm_desktop.data import company_admin, documents as doc_data, stock_rows, warehouse as wh_data
from crm_desktop.data.bulk import BulkLoader
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError
from crm_desktop.domain.cash import CashKind
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockDraft, StockLine, document_totals
from crm_desktop.services import cash, nomenclature, specifications, warehouse
from crm_desktop.services.auth import acting_as
from crm_desktop.services.session import Session
from crm_desktop.services.warehouse import RepostResult, repost_registers

Report = Callable[[str], None]
ITEMS = 5_000
WAREHOUSES = ("Основной склад", "Склад комплектующих", "Склад готовой продукции")
DOCS_PER_BATCH = 5_000
D = Decimal


# the manual's example: a bicycle of a frame, a handlebar, two wheels and two pedals
BICYCLE = (("Рама велосипедная", 1, "5200.00"), ("Руль", 1, "740.00"), ("Колесо 26\"", 2, "1250.00"),
           ("Педаль", 2, "310.00"))


def load(db: Database, report: Report, now: datetime | None = None, seed: int = 2026) -> None:
    """The demo company's warehouse: stock received at two prices, sold by the managers, one
    sale returned, three bicycles produced, the money in the cash desk, one sale reserved."""
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    rng = random.Random(seed)
    admin = acting_as(db, "admin")
    report("Демо-данные: склады, приходы, продажи, производство, касса")
    stores = {name: wid for wid, name in warehouse.warehouses(admin)}
    for name in WAREHOUSES[1:]:
        stores[name] = warehouse.save_warehouse(admin, None, name)
    goods = _stocked_items(admin)[:12]
    start = now - timedelta(days=60)
    with admin.db.read() as conn:       # the suppliers: clients of the demo company
        supplier = doc_data.curated_clients(conn, acting_as(db, "sidorov").user.id, 20)[-1]
    for n, price_factor in enumerate((D("1.00"), D("1.12"))):
        lines = [StockLine(item.id, item.values["name"], "шт", D(rng.randrange(20, 60)),
                           (item.values["purchase_price"] * price_factor).quantize(D("0.01")), vat_rate=D(22),
                           markup=item.values["markup"], sale_price=item.values["sale_price"])
                 for item in goods]
        _receipt(admin, start + timedelta(days=20 * n), stores[WAREHOUSES[0]], supplier, lines)
    _bicycle(admin, stores, supplier, start)
    sold = []
    for k, login in enumerate(("sidorov", "kuznetsova", "petrova")):
        session = acting_as(db, login)
        with session.db.read() as conn:
            clients = doc_data.curated_clients(conn, session.user.id, 3)
        for j, client in enumerate(clients):
            draft = warehouse.new_draft(session, Kind.EXPENSE, now=start + timedelta(days=25 + 5 * k + j))
            draft.client_id = client
            draft.lines = [StockLine(item.id, item.values["name"], "шт", D(rng.randrange(1, 8)),
                                     item.values["sale_price"], vat_rate=D(22), incoming=False)
                           for item in rng.sample(goods, 3)]
            expense = warehouse.post(session, warehouse.save(session, draft).id, now=now)
            sold.append((session, expense))
            order = cash.new_order(session, CashKind.RECEIPT, now=expense.doc_time + timedelta(hours=2))
            order.client_id, order.amount, order.wh_doc_id = client, _total(expense), expense.id
            order.basis = f"Оплата по расходной накладной № {expense.doc_no}"
            cash.post(session, cash.save(session, order).id)
    session, expense = sold[0]
    back = warehouse.enter_return(session, expense.id, now=expense.doc_time + timedelta(days=3))
    back.lines = back.lines[:1]
    warehouse.post(session, warehouse.save(session, back).id, now=now)
    payout = cash.new_order(admin, CashKind.EXPENSE, now=now - timedelta(days=1))
    payout.amount, payout.person, payout.basis = D("1500.00"), "Смирнов А. В.", "Хозяйственные расходы"
    cash.post(admin, cash.save(admin, payout).id)
    session, _ = sold[-1]
    with session.db.read() as conn:
        client = doc_data.curated_clients(conn, session.user.id, 1)
    if client:
        draft = warehouse.new_draft(session, Kind.EXPENSE, now=now)
        draft.client_id = client[0]
        draft.lines = [StockLine(goods[0].id, goods[0].values["name"], "шт", D(2), goods[0].values["sale_price"],
                                 vat_rate=D(22), incoming=False)]
        held = warehouse.save(session, draft)
        warehouse.reserve(session, held.id, now + timedelta(days=3), now=now)


def _stocked_items(admin: Session) -> list:
    """Goods (not services) of the demo nomenclature, a few from each group."""
    found = []
    for group in nomenclature.child_groups(admin, None):
        for sub in nomenclature.child_groups(admin, group.id):
            found.extend(i for i in nomenclature.items(admin, sub.id)[:2] if not i.values["is_service"])
    return found


def _receipt(session: Session, moment: datetime, store: int, supplier: int, lines: list[StockLine]) -> None:
    draft = warehouse.new_draft(session, Kind.RECEIPT, now=moment)
    draft.warehouse_id, draft.client_id, draft.lines = store, supplier, lines
    warehouse.post(session, warehouse.save(session, draft).id, now=moment)


def _bicycle(admin: Session, stores: dict[str, int], supplier: int, start: datetime) -> None:
    """The manual's example: a specification «Велосипед», 10 of each part received, 3 bicycles
    produced by it."""
    unit = next(u for u in nomenclature.units(admin) if u[1] == "шт")[0]
    group = nomenclature.save_group(admin, nomenclature.Group(None, None, "Велосипеды", 99))
    parts = []
    for name, _, price in BICYCLE:
        card = nomenclature.new_item(group)
        card.values.update(name=name, unit_id=unit, purchase_price=D(price), sale_price=D(price) * D("1.3"))
        parts.append(nomenclature.save_item(admin, card).id)
    card = nomenclature.new_item(group)
    card.values.update(name="Велосипед «Триумф-1»", unit_id=unit, sale_price=D("14900.00"))
    bike = nomenclature.save_item(admin, card).id
    _receipt(admin, start, stores[WAREHOUSES[1]], supplier, [
        StockLine(pid, name, "шт", D(10), D(price), vat_rate=D(22)) for pid, (name, _, price) in zip(parts, BICYCLE)])
    spec = specifications.save(admin, specifications.Specification(None, "Велосипед", bike, components=[
        specifications.Component(pid, name, "шт", D(per), stores[WAREHOUSES[1]])
        for pid, (name, per, _) in zip(parts, BICYCLE)]))
    draft = warehouse.new_draft(admin, Kind.PRODUCTION, now=start + timedelta(days=1))
    draft.warehouse_id = stores[WAREHOUSES[2]]
    draft.lines = [StockLine(bike, "Велосипед «Триумф-1»", "шт", D(3), D(0)),
                   *specifications.component_lines(admin, spec.id, D(3), 0)]
    warehouse.post(admin, warehouse.save(admin, draft).id, now=start + timedelta(days=1))


def _total(draft: StockDraft) -> D:
    return document_totals(draft).total


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
    order: a third of the documents receive goods, the rest sell what the simulated stock holds,
    about as much as comes in, so batches are used up as in a warehouse that turns its stock."""
    stock: dict[tuple[int, int], int] = {}
    stocked: dict[int, list[int]] = {store: [] for store in stores}     # keys with stock, some emptied since
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
        pool = stocked[store]
        chosen = {pool[rng.randrange(len(pool))] for _ in range(size)} if pool else set()
        chosen = {k for k in chosen if stock[(k, store)] > 0}
        if rng.random() < 0.33 or not chosen:
            rows = [(k, D(rng.randint(10, 60)), items[k].purchase_price * D(rng.choice(("0.9", "1", "1.1"))))
                    for k in {rng.randrange(len(items)) for _ in range(size)}]
            for k, qty, _ in rows:
                if stock.get((k, store), 0) == 0:
                    pool.append(k)
                stock[(k, store)] = stock.get((k, store), 0) + int(qty)
            plan.append((Kind.RECEIPT.value, moment, store, client, [(items[k].id, q, p.quantize(D("0.01")))
                                                                     for k, q, p in rows]))
        else:
            rows = []
            for k in chosen:
                qty = min(rng.randint(1, 30), stock[(k, store)])
                stock[(k, store)] -= qty
                rows.append((items[k].id, D(qty), items[k].sale_price))
            plan.append((Kind.EXPENSE.value, moment, store, client, rows))
            if len(pool) > 4 * len(items) // max(len(stores), 1):
                stocked[store] = [k for k in dict.fromkeys(pool) if stock[(k, store)] > 0]
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

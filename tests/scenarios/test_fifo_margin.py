"""FIFO margins through a back-dated correction (issue 12; manual: "Складской учет",
"Перепроведение складских документов"): paper received at two prices, sold twice, the cheap
receipt found wrong and unposted back-dated; the later sales turn yellow, the administrator
re-posts from the actuality point, and each sale's margin is what FIFO over the corrected
receipts gives. Then the receipt is entered again with the right price, posted back-dated and
re-posted: margins follow, the registers equal a recomputation, nothing collides."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from crm_desktop.data import repost as repost_data
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import VatMode
from crm_desktop.domain.stock_docs import StockLine, document_totals
from crm_desktop.services import warehouse
from tests.db.sales_setup import make_shop

D = Decimal
MONDAY = datetime(2026, 11, 2, 9, 0)


def _receipt(session, shop, when, quantity: str, price: str):
    draft = warehouse.new_draft(session, Kind.RECEIPT, now=when)
    draft.client_id, draft.vat_mode = shop.clients["ООО «Аудит»"], VatMode.ON_TOP
    draft.lines = [StockLine(shop.items["paper"], "Бумага", "шт", D(quantity), D(price), vat_rate=D(22))]
    return warehouse.post(session, warehouse.save(session, draft).id, now=when)


def _sale(session, shop, when, quantity: str):
    draft = warehouse.new_draft(session, Kind.EXPENSE, now=when)
    draft.client_id, draft.vat_mode = shop.clients["ИП Сидоров"], VatMode.ON_TOP
    draft.lines = [StockLine(shop.items["paper"], "Бумага", "шт", D(quantity), D("500.00"), vat_rate=D(22),
                             incoming=False)]
    return warehouse.post(session, warehouse.save(session, draft).id, now=when)


def _margin(session, doc_id: int) -> Decimal:
    """Sale without VAT less the FIFO cost written off."""
    doc = warehouse.load(session, doc_id)
    sums = document_totals(doc)
    return sums.total - sums.vat + sum((ln.cost for ln in doc.lines), D(0))


def test_fifo_margins_follow_a_backdated_correction(db, users, session_of) -> None:
    shop = make_shop(db, session_of, users)
    admin, manager2 = session_of("admin"), session_of("manager2")
    cheap = _receipt(admin, shop, MONDAY, "10", "100.00")                       # cost 100 without VAT
    _receipt(admin, shop, MONDAY + timedelta(days=1), "10", "200.00")            # cost 200
    first = _sale(manager2, shop, MONDAY + timedelta(days=2), "6")
    second = _sale(manager2, shop, MONDAY + timedelta(days=3), "6")
    # 6 × 500 − 6 × 100;  6 × 500 − (4 × 100 + 2 × 200)
    assert (_margin(manager2, first.id), _margin(manager2, second.id)) == (D("2400.00"), D("2200.00"))

    warehouse.unpost(admin, cheap.id)            # the cheap receipt was a mistake
    state = warehouse.stock_state(admin)
    assert state.actual_from == cheap.doc_time
    yellow = {r["id"] for r in warehouse.journal(admin, warehouse.JournalQuery()) if r["stale"]}
    assert {first.id, second.id} <= yellow
    result = warehouse.repost(admin)
    # only 10 at 200 are left: the first sale takes 6 of them, the second cannot be covered
    assert [c.doc_id for c in result.collided] == [second.id]
    assert _margin(manager2, first.id) == D("1800.00")
    assert not warehouse.load(manager2, second.id).posted

    # the receipt entered again at the right price, back-dated: a re-post fixes both sales
    right = _receipt(admin, shop, MONDAY, "10", "150.00")
    assert warehouse.stock_state(admin).actual_from == right.doc_time
    warehouse.repost(admin)
    warehouse.post(manager2, second.id, now=second.doc_time)
    # 6 × 500 − 6 × 150;  6 × 500 − (4 × 150 + 2 × 200)
    assert (_margin(manager2, first.id), _margin(manager2, second.id)) == (D("2100.00"), D("2000.00"))
    with db.read() as conn:
        assert repost_data.stored_balances(conn) == repost_data.recomputed_balances(conn)
        assert repost_data.remaining_mismatches(conn) == 0
    stock = {r["item_id"]: r["quantity"] for r in warehouse.stock(admin)}
    assert stock[shop.items["paper"]] == D(8)

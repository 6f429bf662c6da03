"""The warehouse through the services on Firebird (WH-1 … WH-3, WH-7): posting, FIFO cost,
refusals that name item, needed and available, unposting back-dated documents, re-posting,
reservations, returns, production, stock at a date, and access to the documents."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from crm_desktop.data import repost as repost_data
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import warehouse
from crm_desktop.services.warehouse import PostingRefused, StockDocNotFound
from tests.db.sales_setup import make_shop

D = Decimal
T0 = datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


def line(shop, key: str, qty: str, price: str, **extra) -> StockLine:
    return StockLine(shop.items[key], key, "шт", D(qty), D(price), **extra)


def receipt(session, shop, when, *lines, post=True):
    draft = warehouse.new_draft(session, Kind.RECEIPT, now=when)
    draft.client_id = shop.clients["ООО «Аудит»"]
    draft.lines = list(lines)
    saved = warehouse.save(session, draft)
    return warehouse.post(session, saved.id, now=when) if post else saved


def expense(session, shop, when, *lines, post=True, client="ООО «Аудит»"):
    draft = warehouse.new_draft(session, Kind.EXPENSE, now=when)
    draft.client_id = shop.clients[client]
    draft.lines = [StockLine(i, "x", "шт", D(q), D(p), incoming=False) for i, q, p in lines]
    saved = warehouse.save(session, draft)
    return warehouse.post(session, saved.id, now=when) if post else saved


def costs(session, doc_id):
    return [ln.cost for ln in warehouse.load(session, doc_id).lines]


def registers_match(db) -> None:
    """Balances and what is left of each batch are the sums of the moves."""
    with db.read() as conn:
        assert repost_data.stored_balances(conn) == repost_data.recomputed_balances(conn)
        assert repost_data.remaining_mismatches(conn) == 0


def test_fifo_cost_and_a_refusal_that_names_the_shortage(db, shop, session_of) -> None:
    manager = session_of("manager")
    paper = shop.items["paper"]
    receipt(manager, shop, T0, line(shop, "paper", "10", "100", vat_rate=None))
    receipt(manager, shop, T0 + timedelta(days=1), line(shop, "paper", "10", "150", vat_rate=None))
    sold = expense(manager, shop, T0 + timedelta(days=2), (paper, "12", "300"))
    assert sold.posted and costs(manager, sold.id) == [D("-1300.00")]          # 10 × 100 + 2 × 150
    short = expense(manager, shop, T0 + timedelta(days=3), (paper, "9", "300"), post=False)
    with pytest.raises(PostingRefused) as err:
        warehouse.post(manager, short.id, now=T0 + timedelta(days=3))
    assert "нужно 9, в наличии 8" in str(err.value) and "Бумага А4" in str(err.value)
    assert not warehouse.load(manager, short.id).posted
    stock = {(r["item_id"]): r["quantity"] for r in warehouse.stock(manager)}
    assert stock[paper] == D(8)
    # stock at a date: before the sale there were 20
    at = {(r["item_id"]): r["quantity"] for r in warehouse.stock(manager, T0 + timedelta(days=1, hours=1))}
    assert at[paper] == D(20)
    registers_match(db)


def test_a_back_dated_write_off_may_not_break_a_later_one(db, shop, session_of) -> None:
    manager = session_of("manager")
    paper = shop.items["paper"]
    receipt(manager, shop, T0, line(shop, "paper", "10", "100"))
    expense(manager, shop, T0 + timedelta(days=5), (paper, "8", "300"))
    early = expense(manager, shop, T0 + timedelta(days=1), (paper, "3", "300"), post=False)
    with pytest.raises(PostingRefused, match="в наличии 2"):
        warehouse.post(manager, early.id, now=T0 + timedelta(days=6))


def test_unposting_back_dated_marks_the_point_and_a_repost_puts_margins_right(db, shop, session_of) -> None:
    """Receipts at two prices, sales, a back-dated unposting of the cheap receipt, re-post."""
    admin, manager = session_of("admin"), session_of("manager")
    paper = shop.items["paper"]
    cheap = receipt(manager, shop, T0, line(shop, "paper", "5", "100"))
    receipt(manager, shop, T0 + timedelta(days=1), line(shop, "paper", "10", "200"))
    first = expense(manager, shop, T0 + timedelta(days=2), (paper, "4", "500"))
    second = expense(manager, shop, T0 + timedelta(days=3), (paper, "4", "500"))
    assert costs(manager, first.id) == [D("-400.00")] and costs(manager, second.id) == [D("-700.00")]
    warehouse.unpost(manager, cheap.id)
    state = warehouse.stock_state(manager)
    assert state.actual_from == T0
    rows = {r["id"]: r for r in warehouse.journal(manager, warehouse.JournalQuery())}
    assert rows[first.id]["stale"] and rows[second.id]["stale"] and not rows[cheap.id]["posted"]
    result = warehouse.repost(admin)
    assert result.collided == [] and result.documents == 3
    assert costs(manager, first.id) == [D("-800.00")] and costs(manager, second.id) == [D("-800.00")]
    assert warehouse.stock_state(manager).actual_from is None
    registers_match(db)
    # a full re-post gives the same
    assert warehouse.repost(admin, full=True).collided == []
    assert costs(manager, second.id) == [D("-800.00")]
    registers_match(db)


def test_repost_leaves_colliding_documents_unposted_and_lists_them(db, shop, session_of) -> None:
    admin, manager = session_of("admin"), session_of("manager")
    paper = shop.items["paper"]
    first = receipt(manager, shop, T0, line(shop, "paper", "5", "100"))
    receipt(manager, shop, T0 + timedelta(days=1), line(shop, "paper", "3", "100"))
    sale = expense(manager, shop, T0 + timedelta(days=2), (paper, "6", "500"))
    warehouse.unpost(manager, first.id)
    result = warehouse.repost(admin)
    assert [c.doc_id for c in result.collided] == [sale.id]
    assert not warehouse.load(manager, sale.id).posted
    registers_match(db)


def test_reservation_holds_goods_and_ends_by_posting_or_time(db, shop, session_of) -> None:
    manager, other = session_of("manager"), session_of("manager2")
    paper = shop.items["paper"]
    now = T0 + timedelta(days=1)
    receipt(manager, shop, T0, line(shop, "paper", "5", "100"))
    held = expense(manager, shop, now, (paper, "4", "300"), post=False)
    with pytest.raises(PostingRefused, match="1 час"):
        warehouse.reserve(manager, held.id, now + timedelta(minutes=20), now=now)
    warehouse.reserve(manager, held.id, now + timedelta(hours=2), now=now)
    assert warehouse.load(manager, held.id).reserved_until == now + timedelta(hours=2)
    rival = expense(other, shop, now, (paper, "2", "300"), post=False, client="ИП Сидоров")
    with pytest.raises(PostingRefused, match="в наличии 1"):
        warehouse.post(other, rival.id, now=now + timedelta(minutes=5))
    # after the reservation's time the goods are free again
    warehouse.post(other, rival.id, now=now + timedelta(hours=3))
    with pytest.raises(PostingRefused, match="в наличии 3"):
        warehouse.post(manager, held.id, now=now + timedelta(hours=3))


def test_return_keeps_the_batch_and_production_costs_its_components(db, shop, session_of) -> None:
    manager = session_of("manager")
    paper, stapler, fixed = shop.items["paper"], shop.items["stapler"], shop.items["fixed"]
    receipt(manager, shop, T0, line(shop, "paper", "2", "100"), line(shop, "stapler", "4", "50"))
    receipt(manager, shop, T0 + timedelta(hours=1), line(shop, "paper", "5", "300"))
    sale = expense(manager, shop, T0 + timedelta(hours=2), (paper, "4", "500"))
    ret = warehouse.save(manager, warehouse.enter_return(manager, sale.id, now=T0 + timedelta(hours=3)))
    ret = warehouse.post(manager, ret.id, now=T0 + timedelta(hours=3))
    assert costs(manager, ret.id) == [D("800.00")]       # 2 × 100 + 2 × 300 back into their batches
    # production: a "kit" of 1 paper + 2 staplers, twice
    draft = warehouse.new_draft(manager, Kind.PRODUCTION, now=T0 + timedelta(hours=4))
    draft.lines = [StockLine(fixed, "kit", "шт", D(2), D(0)),
                   StockLine(paper, "paper", "шт", D(2), D(0), incoming=False, base_index=0),
                   StockLine(stapler, "stapler", "шт", D(4), D(0), incoming=False, base_index=0)]
    made = warehouse.post(manager, warehouse.save(manager, draft).id, now=T0 + timedelta(hours=4))
    # the oldest paper is the returned 100-rouble sheet batch: 2 × 100 + 4 × 50
    assert costs(manager, made.id) == [D("400.00"), D("-200.00"), D("-200.00")]
    registers_match(db)


def test_a_posted_document_is_not_changed_or_deleted_and_others_documents_stay_hidden(db, shop, session_of) -> None:
    manager = session_of("manager")
    doc = receipt(manager, shop, T0, line(shop, "paper", "1", "100"))
    with pytest.raises(PostingRefused, match="отмените"):
        warehouse.save(manager, doc)
    with pytest.raises(PostingRefused, match="отмените"):
        warehouse.delete(manager, doc.id)
    other = session_of("manager2")
    if not other.rights.sees_all_clients:
        with pytest.raises(StockDocNotFound):
            warehouse.load(other, doc.id)


def test_repost_from_a_point_starts_from_the_batches_as_they_were_then(db, shop, session_of) -> None:
    """Batches received before the point keep what earlier sales took; what later ones took
    comes back before the replay."""
    admin, manager = session_of("admin"), session_of("manager")
    paper = shop.items["paper"]
    receipt(manager, shop, T0, line(shop, "paper", "5", "100"))
    receipt(manager, shop, T0 + timedelta(days=1), line(shop, "paper", "5", "200"))
    early = expense(manager, shop, T0 + timedelta(days=2), (paper, "3", "500"))
    middle = expense(manager, shop, T0 + timedelta(days=3), (paper, "3", "500"))
    late = expense(manager, shop, T0 + timedelta(days=4), (paper, "3", "500"))
    assert [costs(manager, d.id) for d in (early, middle, late)] == [[D("-300.00")], [D("-400.00")], [D("-600.00")]]
    warehouse.unpost(manager, middle.id)
    assert warehouse.stock_state(admin).actual_from == middle.doc_time
    result = warehouse.repost(admin)
    assert result.documents == 1 and result.collided == []
    assert costs(manager, late.id) == [D("-400.00")]          # 2 × 100 left by the first sale + 1 × 200
    registers_match(db)


def test_an_interrupted_repost_holds_postings_off_and_resumes_where_it_stopped(db, shop, session_of) -> None:
    admin, manager = session_of("admin"), session_of("manager")
    paper = shop.items["paper"]
    cheap = receipt(manager, shop, T0, line(shop, "paper", "10", "100"))
    receipt(manager, shop, T0 + timedelta(hours=1), line(shop, "paper", "10", "300"))
    sales = [expense(manager, shop, T0 + timedelta(hours=2 + n), (paper, "2", "500")) for n in range(5)]
    warehouse.unpost(manager, cheap.id)

    class Killed(Exception):
        pass

    def die(done: int, total: int) -> None:
        raise Killed                                      # after the first chunk was committed

    with pytest.raises(Killed):
        warehouse.repost(admin, progress=die, chunk=2)
    assert warehouse.stock_state(admin).repost_running
    late = expense(manager, shop, T0 + timedelta(days=1), (paper, "1", "500"), post=False)
    with pytest.raises(PostingRefused, match="перепроведение"):
        warehouse.post(manager, late.id, now=T0 + timedelta(days=1))
    with db.read() as conn:
        done_to = repost_data.resume_point(conn)
    assert done_to is not None and done_to[0] > T0 + timedelta(hours=1)
    result = warehouse.repost(admin)                      # resumes from the point reached
    assert result.documents < len(sales) + 1 and result.collided == []     # not from the start again
    assert not warehouse.stock_state(admin).repost_running
    assert [costs(manager, s.id) for s in sales] == [[D("-600.00")]] * 5            # all from the 300 batch
    registers_match(db)

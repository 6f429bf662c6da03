"""«Центр приема заказов» (ORD-1) through the services on Firebird: an order is numbered and
found in its journal, its lines are checked against the stock of its warehouse, an invoice, an
expense and a ПКО are entered from it, its print forms are read back, and a colleague without
access to its client sees none of it. What is entered from an order keeps its id and is listed
in it; the stock check counts what others hold in live reservations."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from crm_desktop.domain.cash import CashKind
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.orders import LineStock, OrderStatus, Source
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import cash, documents, orders, printing, warehouse
from crm_desktop.services.documents import DocumentNotFound, JournalQuery
from tests.db.sales_setup import make_shop

D = Decimal
DAY = date(2026, 12, 1)
T0 = datetime(2026, 11, 20, 10, 0)
AUDIT = "ООО «Аудит»"


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


def stock_up(session, shop, *lines: tuple[str, str]) -> None:
    """A posted receipt of `lines` (item key, quantity) into the first warehouse."""
    draft = warehouse.new_draft(session, Kind.RECEIPT, now=T0)
    draft.client_id = shop.clients[AUDIT]
    draft.lines = [StockLine(shop.items[key], key, "шт", D(qty), D("100.00")) for key, qty in lines]
    warehouse.post(session, warehouse.save(session, draft).id, now=T0)


def new_order(session, shop, *lines: tuple[str, str], client=AUDIT, status=OrderStatus.NEW):
    draft = documents.new_draft(session, "order", shop.clients[client], today=DAY)
    draft.lines = [documents.line_from_item(session, shop.items[key], DAY, D(qty)) for key, qty in lines]
    draft.status, draft.due_date = int(status), date(2026, 12, 10)
    return draft


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split()).replace("\u00a0", " ")


def test_order_is_numbered_stored_and_found_by_status(db, shop, session_of) -> None:
    manager = session_of("manager")
    draft = new_order(manager, shop, ("paper", "10"), ("stapler", "2"))
    assert draft.warehouse_id == warehouse.warehouses(manager)[0][0]          # «Основной склад»
    first = documents.save(manager, draft)
    second = documents.save(manager, new_order(manager, shop, ("paper", "1"), status=OrderStatus.IN_WORK))
    assert (first.doc_no, second.doc_no) == ("1", "2")                       # no invoice prefix on orders
    assert first.status == OrderStatus.NEW and first.due_date == date(2026, 12, 10)
    assert first.warehouse_id == draft.warehouse_id and [ln.quantity for ln in first.lines] == [D(10), D(2)]
    rows = documents.journal(manager, "order", JournalQuery())
    assert [r.id for r in rows] == [second.id, first.id]                      # newest first
    assert rows[1].fields["total"] == D("5969.12") and rows[1].fields["status"] == OrderStatus.NEW
    in_work = documents.journal(manager, "order", JournalQuery(status=int(OrderStatus.IN_WORK)))
    assert [r.id for r in in_work] == [second.id]
    first.status = int(OrderStatus.DONE)
    assert documents.save(manager, first).status == OrderStatus.DONE
    early = new_order(manager, shop, ("paper", "1"))
    early.due_date = date(2026, 11, 1)
    with pytest.raises(ValidationError, match="Срок исполнения не может быть раньше"):
        documents.save(manager, early)


def test_stock_check_per_line_of_the_order_warehouse(db, shop, session_of) -> None:
    manager = session_of("manager")
    stock_up(manager, shop, ("paper", "5"))
    draft = new_order(manager, shop, ("paper", "3"), ("paper", "4"), ("stapler", "1"), ("setup", "2"))
    checks = orders.stock_check(manager, draft)
    assert checks == [LineStock(D(5)), LineStock(D(5), D(2)), LineStock(D(0), D(1)), LineStock(None)]
    assert [c.is_short for c in checks] == [False, True, True, False]
    other = warehouse.save_warehouse(session_of("admin"), None, "Дальний склад")
    draft.warehouse_id = other                                                # nothing there
    assert [c.short for c in orders.stock_check(manager, draft)] == [D(3), D(4), D(1), D(0)]


def test_invoice_expense_and_cash_receipt_entered_from_the_order(db, shop, session_of) -> None:
    manager = session_of("manager")
    stock_up(manager, shop, ("paper", "10"), ("stapler", "5"))
    draft = new_order(manager, shop, ("paper", "4"), ("stapler", "1"), ("setup", "1"))
    draft.lines[0] = replace(draft.lines[0], discount=D("10"))      # 350 → 315
    order = documents.save(manager, draft)
    total = sum(p.total for p in order.priced())
    assert total == D("6994.56")                                              # 1260 + 1234.56 + 4500

    invoice = documents.save(manager, orders.enter_invoice(manager, order.id, today=DAY))
    assert invoice.doc_no == "АМ-1" and invoice.client_id == order.client_id
    assert [(ln.name, ln.quantity, ln.discount) for ln in invoice.lines] == \
        [(ln.name, ln.quantity, ln.discount) for ln in order.lines]
    assert sum(p.total for p in invoice.priced()) == total and invoice.bank_account_id == shop.account_id
    assert invoice.notes == "На основании: Заказ № 1 от 01.12.2026"

    expense = orders.enter_expense(manager, order.id, now=datetime(2026, 12, 1, 12, 0))
    assert expense.kind is Kind.EXPENSE and expense.warehouse_id == order.warehouse_id
    assert [(ln.item_id, ln.quantity, ln.price, ln.incoming) for ln in expense.lines] == [
        (shop.items["paper"], D(4), D("315.00"), False), (shop.items["stapler"], D(1), D("1234.56"), False)]
    posted = warehouse.post(manager, warehouse.save(manager, expense).id, now=datetime(2026, 12, 1, 12, 0))
    assert posted.posted and posted.client_id == order.client_id
    assert [c.available for c in orders.stock_check(manager, order)][:2] == [D(6), D(4)]

    receipt = orders.enter_cash_receipt(manager, order.id, now=datetime(2026, 12, 1, 13, 0))
    assert receipt.kind is CashKind.RECEIPT and receipt.amount == total
    assert receipt.basis == "Оплата по заказу № 1 от 01.12.2026" and receipt.client_id == order.client_id
    stored = cash.post(manager, cash.save(manager, receipt).id)
    assert stored.posted and stored.amount == total and stored.legal_entity_id == order.legal_entity_id


def test_an_order_of_services_only_gives_no_expense(db, shop, session_of) -> None:
    manager = session_of("manager")
    order = documents.save(manager, new_order(manager, shop, ("setup", "3")))
    with pytest.raises(ValidationError, match="нет товаров"):
        orders.enter_expense(manager, order.id)


def test_work_order_and_order_invoice_print(db, shop, session_of, tmp_path) -> None:
    manager = session_of("manager")
    order = documents.save(manager, new_order(manager, shop, ("stapler", "2")))
    work = printing.print_document(manager, "order", order.id, tmp_path / "order.pdf")
    text = text_of(work)
    assert "Заказ-наряд № 1 от 1 декабря 2026 г." in text and "Срок исполнения: 10 декабря 2026 г." in text
    assert "Менеджеров Михаил" in text and "2 469,12" in text and "Заказчик" in text
    bill = printing.print_document(manager, "order-invoice", order.id, tmp_path / "bill.pdf")
    text = text_of(bill)
    assert "Заказ-счёт № 1 от 1 декабря 2026 г." in text and "40702810938000012345" in text
    assert "Две тысячи четыреста шестьдесят девять рублей 12 копеек" in text


def test_a_colleague_does_not_see_an_order_of_a_client_he_may_not_open(db, shop, session_of, tmp_path) -> None:
    manager, colleague = session_of("manager"), session_of("manager2")
    order = documents.save(manager, new_order(manager, shop, ("paper", "1")))
    assert documents.journal(colleague, "order", JournalQuery()) == []
    for attempt in (lambda: documents.load(colleague, "order", order.id),
                    lambda: orders.enter_invoice(colleague, order.id),
                    lambda: orders.enter_expense(colleague, order.id),
                    lambda: orders.enter_cash_receipt(colleague, order.id),
                    lambda: printing.print_document(colleague, "order-invoice", order.id, tmp_path / "x.pdf")):
        with pytest.raises(DocumentNotFound):
            attempt()
    assert not (tmp_path / "x.pdf").exists()
    theirs = documents.save(colleague, new_order(colleague, shop, ("paper", "1"), client="ИП Сидоров"))
    assert [r.id for r in documents.journal(manager, "order", JournalQuery())] == [order.id]
    assert [r.id for r in documents.journal(session_of("supervisor"), "order", JournalQuery())] == \
        [theirs.id, order.id]


def test_crm_print_renders_both_order_forms_with_the_users_rights(db, shop, session_of, backend, monkeypatch,
                                                                   tmp_path, capsys) -> None:
    """`crm --print order:ID` and `order-invoice:ID` (printing.KINDS), as any other form."""
    from crm_desktop.ui.app import run
    from tests.conftest import PASSWORD
    manager = session_of("manager")
    order = documents.save(manager, new_order(manager, shop, ("paper", "2")))
    creds = backend.credentials()
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    if db.address.embedded:
        monkeypatch.setenv("ISC_USER", creds.user)
        monkeypatch.setenv("ISC_PASSWORD", creds.password)
    else:
        monkeypatch.delenv("ISC_USER", raising=False)
        monkeypatch.delenv("ISC_PASSWORD", raising=False)
    for kind, title in (("order", "Заказ-наряд № 1"), ("order-invoice", "Заказ-счёт № 1")):
        out = tmp_path / f"{kind}.pdf"
        assert run(["--db", str(db.address), "--user", "manager", "--print", f"{kind}:{order.id}",
                    "--out", str(out)]) == 0
        assert title in text_of(out)
    refused = tmp_path / "refused.pdf"
    assert run(["--db", str(db.address), "--user", "manager2", "--print", f"order:{order.id}",
                "--out", str(refused)]) == 2
    assert not refused.exists() and "Заказ № " in capsys.readouterr().err


def test_documents_entered_from_the_order_keep_it_and_are_listed_in_it(db, shop, session_of) -> None:
    manager = session_of("manager")
    stock_up(manager, shop, ("paper", "10"))
    order = documents.save(manager, new_order(manager, shop, ("paper", "2"), ("setup", "1")))
    other = documents.save(manager, new_order(manager, shop, ("paper", "1")))
    assert orders.entered_documents(manager, order.id) == []

    invoice = documents.save(manager, orders.enter_invoice(manager, order.id, today=DAY))
    expense = warehouse.save(manager, orders.enter_expense(manager, order.id, now=datetime(2026, 12, 2, 12, 0)))
    receipt = cash.save(manager, orders.enter_cash_receipt(manager, order.id, now=datetime(2026, 12, 3, 9, 0)))
    documents.save(manager, orders.enter_invoice(manager, other.id, today=DAY))          # the other order's
    assert documents.load(manager, "invoice", invoice.id).order_id == order.id
    assert warehouse.load(manager, expense.id).order_id == order.id
    assert cash.load(manager, receipt.id).order_id == order.id
    act = documents.enter_from_invoice(manager, invoice.id, "act")
    assert act.order_id is None                                  # an act hangs off its invoice, not the order

    listed = orders.entered_documents(manager, order.id)
    assert [(d.source, d.doc_id, d.title, d.doc_no, d.doc_date, d.total) for d in listed] == [
        (Source.INVOICE, invoice.id, "Счёт", "АМ-1", DAY, D("5200.00")),
        (Source.STOCK, expense.id, "Расходная накладная", expense.doc_no, date(2026, 12, 2), D("700.00")),
        (Source.CASH, receipt.id, "Приходный кассовый ордер", receipt.doc_no, date(2026, 12, 3), D("5200.00"))]
    assert [d.doc_id for d in orders.entered_documents(session_of("supervisor"), order.id)] == \
        [d.doc_id for d in listed]
    with pytest.raises(DocumentNotFound):                       # the colleague may not open the order
        orders.entered_documents(session_of("manager2"), order.id)

    saved = warehouse.save(manager, replace(warehouse.load(manager, expense.id), notes="исправлено"))
    assert saved.order_id == order.id                            # editing keeps the link
    warehouse.delete(manager, expense.id)
    assert [d.source for d in orders.entered_documents(manager, order.id)] == [Source.INVOICE, Source.CASH]


def test_available_subtracts_live_reservations_of_others_only(db, shop, session_of) -> None:
    manager, colleague = session_of("manager"), session_of("manager2")
    stock_up(manager, shop, ("paper", "10"), ("stapler", "3"))
    store, entity = warehouse.warehouses(manager)[0][0], shop.entity_id
    paper, stapler, setup = shop.items["paper"], shop.items["stapler"], shop.items["setup"]
    moment = datetime(2026, 12, 1, 9, 0)
    # a colleague reserves 4 reams for his client until 11:00
    held = warehouse.new_draft(colleague, Kind.EXPENSE, now=moment)
    held.client_id = shop.clients["ИП Сидоров"]
    held.lines = [StockLine(paper, "paper", "шт", D(4), D("350.00"), incoming=False)]
    held = warehouse.save(colleague, held)
    warehouse.reserve(colleague, held.id, datetime(2026, 12, 1, 11, 0), now=moment)

    at_ten, at_noon = datetime(2026, 12, 1, 10, 0), datetime(2026, 12, 1, 12, 0)
    assert warehouse.available(manager, [paper, stapler], store, entity, now=at_ten) == {paper: D(6), stapler: D(3)}
    assert warehouse.available(manager, [paper, stapler], store, entity, now=at_noon) == {paper: D(10),
                                                                                         stapler: D(3)}
    assert warehouse.available(manager, [paper], store, entity, now=at_ten, except_docs=[held.id]) == {paper: D(10)}
    assert warehouse.available(manager, [setup], store, entity) == {setup: D(0)}       # nothing stocked
    assert warehouse.available(manager, [], store, entity) == {}

    order = documents.save(manager, new_order(manager, shop, ("paper", "8"), ("stapler", "1")))
    assert orders.stock_check(manager, order, now=at_ten) == [LineStock(D(6), D(2)), LineStock(D(3))]
    assert orders.stock_check(manager, order, now=at_noon) == [LineStock(D(10)), LineStock(D(3))]
    # the order's own expense, reserved, is its own: it does not make the order short
    own = warehouse.save(manager, orders.enter_expense(manager, order.id, now=at_ten))
    later = datetime(2026, 12, 1, 11, 30)                        # the colleague's reservation is over
    warehouse.reserve(manager, own.id, datetime(2026, 12, 1, 13, 30), now=later)
    assert warehouse.available(manager, [paper], store, entity, now=at_noon) == {paper: D(2)}
    assert orders.stock_check(manager, order, now=at_noon) == [LineStock(D(10)), LineStock(D(3))]
    assert orders.stock_check(manager, order, now=at_ten) == [LineStock(D(6), D(2)), LineStock(D(3))]

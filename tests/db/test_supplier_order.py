"""«Заявка поставщику» (WH-6) on Firebird: the suppliers of posted receipts of a period as the user
may see them, the items bought from the chosen ones with the last purchase price, the stock now
and the consumption of the period, the order's sum, weight and volume, and its printed form."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import insert

from crm_desktop.data.schema import clients
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.domain.supplier_order import supply_totals
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import nomenclature, supplier_order, warehouse
from crm_desktop.services.documents import DocumentNotFound
from tests.db.sales_setup import make_shop

D = Decimal
NOV = (date(2026, 11, 1), date(2026, 11, 30))
SUPPLIER, AUDIT, SIDOROV = "ООО «Поставщик»", "ООО «Аудит»", "ИП Сидоров"


def _document(session, kind, client_id, when, lines, post=True):
    draft = warehouse.new_draft(session, kind, now=when)
    draft.client_id = client_id
    draft.lines = [StockLine(item, "x", "шт", D(qty), D(price), incoming=kind is Kind.RECEIPT)
                   for item, qty, price in lines]
    saved = warehouse.save(session, draft)
    return warehouse.post(session, saved.id, now=when) if post else saved


@pytest.fixture
def supplied(db, users, session_of):
    shop = make_shop(db, session_of, users)
    with db.begin() as conn:
        shop.clients[SUPPLIER] = conn.execute(insert(clients).values(
            name=SUPPLIER, curator_id=users["manager"], inn="7701000002", legal_address="г. Тула, ул. Советская, д. 5")
            .returning(clients.c.id)).scalar_one()
    admin = session_of("admin")
    for key, weight, volume in (("paper", "2.5", "0.005"), ("stapler", "0.2", None)):
        card = nomenclature.item(admin, shop.items[key])
        card.values.update(weight=D(weight), volume=D(volume) if volume else None)
        nomenclature.save_item(admin, card)
    manager, colleague = session_of("manager"), session_of("manager2")
    paper, stapler = shop.items["paper"], shop.items["stapler"]
    supplier, audit = shop.clients[SUPPLIER], shop.clients[AUDIT]
    _document(manager, Kind.RECEIPT, supplier, datetime(2026, 11, 1, 9), [(paper, 10, "200"), (stapler, 5, "800")])
    _document(manager, Kind.RECEIPT, supplier, datetime(2026, 11, 10, 9), [(paper, 20, "210")])
    _document(manager, Kind.RECEIPT, audit, datetime(2026, 11, 5, 9), [(paper, 4, "190")])
    _document(manager, Kind.RECEIPT, supplier, datetime(2026, 11, 12, 9), [(stapler, 100, "1")], post=False)
    _document(colleague, Kind.RECEIPT, shop.clients[SIDOROV], datetime(2026, 11, 3, 9), [(stapler, 1, "700")])
    _document(manager, Kind.EXPENSE, audit, datetime(2026, 11, 15, 12), [(paper, 12, "350")])
    _document(colleague, Kind.EXPENSE, shop.clients[SIDOROV], datetime(2026, 11, 20, 12), [(stapler, 2, "1234.56")])
    _document(manager, Kind.EXPENSE, audit, datetime(2026, 12, 5, 12), [(paper, 3, "350")])     # after the period
    return shop


def test_suppliers_of_the_period_as_the_user_may_see_them(supplied, session_of) -> None:
    shop = supplied
    assert supplier_order.suppliers(session_of("manager"), *NOV) == [(shop.clients[AUDIT], AUDIT),
                                                                     (shop.clients[SUPPLIER], SUPPLIER)]
    assert supplier_order.suppliers(session_of("manager2"), *NOV) == [(shop.clients[SIDOROV], SIDOROV)]
    assert [name for _, name in supplier_order.suppliers(session_of("supervisor"), *NOV)] == [SIDOROV, AUDIT, SUPPLIER]
    assert supplier_order.suppliers(session_of("manager"), date(2026, 12, 1), date(2026, 12, 31)) == []
    with pytest.raises(ValidationError, match="Конец периода раньше"):
        supplier_order.suppliers(session_of("manager"), date(2026, 12, 1), date(2026, 11, 1))


def test_analysis_gives_last_price_stock_and_consumption(supplied, session_of) -> None:
    shop = supplied
    lines = supplier_order.analyse(session_of("manager"), *NOV, [shop.clients[SUPPLIER]])
    assert [(ln.name, ln.price, ln.purchased, ln.stock, ln.consumed) for ln in lines] == [
        ("Бумага А4 «Снегурочка», 500 л.", D("210.00"), D(30), D(19), D(12)),    # 34 in, 12 + 3 out
        ("Степлер №24", D("800.00"), D(5), D(4), D(2))]                           # 5 + 1 in, 2 out
    assert [(ln.code, ln.unit, ln.weight, ln.volume) for ln in lines] == [("P-001", "шт", D("2.5"), D("0.005")),
                                                                         ("", "шт", D("0.2"), None)]
    both = supplier_order.analyse(session_of("manager"), *NOV, [shop.clients[SUPPLIER], shop.clients[AUDIT]])
    assert [(ln.supplier_name, ln.price) for ln in both] == [(AUDIT, D("190.00")), (SUPPLIER, D("210.00")),
                                                              (SUPPLIER, D("800.00"))]
    assert supplier_order.analyse(session_of("manager2"), *NOV, [shop.clients[SUPPLIER]]) == []   # not his
    with pytest.raises(ValidationError, match="хотя бы одного поставщика"):
        supplier_order.analyse(session_of("manager"), *NOV, [])


def test_order_totals_and_printed_form(supplied, session_of, tmp_path) -> None:
    shop = supplied
    manager = session_of("manager")
    paper, stapler = supplier_order.analyse(manager, *NOV, [shop.clients[SUPPLIER]])
    ordered = [paper.ordering(D(10)), stapler.ordering(D(4))]
    sums = supply_totals(ordered)
    assert (sums.amount, sums.weight, sums.volume, sums.positions, sums.without_volume) == \
        (D("5300.00"), D("25.800"), D("0.050"), 2, 1)
    with pytest.raises(ValidationError, match="хотя бы у одной позиции"):
        supplier_order.print_order(manager, shop.entity_id, [paper, stapler], tmp_path / "none.pdf")
    with pytest.raises(ValidationError, match="Укажите юр. лицо"):
        supplier_order.print_order(manager, None, ordered, tmp_path / "none.pdf")
    out = supplier_order.print_order(manager, shop.entity_id, ordered, tmp_path / "order.pdf", today=date(2026, 12, 1))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split()).replace("\u00a0", " ")
    assert "Заявка поставщику от 1 декабря 2026 г." in text and SUPPLIER in text and "Ромашка" in text
    assert "5 300,00" in text and "25,8" in text and "Пять тысяч триста рублей 00 копеек" in text
    with pytest.raises(DocumentNotFound):                   # the colleague may not print to this supplier
        supplier_order.print_order(session_of("manager2"), shop.entity_id, ordered, tmp_path / "theirs.pdf")
    assert not (tmp_path / "theirs.pdf").exists()

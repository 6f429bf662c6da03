"""«Отчёты – Склад» on Firebird: balances now and at a date, the turnover sheet, the movements of
goods and both margin reports, against figures worked out by hand from a few receipts at two
prices, FIFO write-offs, a return and a reservation; a manager's reports lack the other
manager's documents; parameters are checked.

The history (no VAT unless said; «Основной склад» unless said):
  05.10 receipt   paper 10 × 100, stapler 5 × 200          (batches P1 @100, S1 @200)
  20.10 receipt   paper 10 × 150                            (batch P2 @150)
  25.10 expense   manager, Аудит: paper 4 × 300             cost 4 × 100 = 400
  03.11 expense   manager, Аудит: paper 8 × 300, VAT 20 % inside (net 2000)
                  cost 6 × 100 + 2 × 150 = 900
  04.11 expense   manager2, Сидоров: paper 3 × 320 (cost 3 × 150 = 450), stapler 2 × 500 (cost 400)
  05.11 return    manager, Аудит: 2 paper of 03.11 back (600 with VAT, net 500) into P2: cost 300
  06.11 receipt   «Склад №2»: paper 5 × 120                 (batch P3 @120)
  01.12 9:00      manager reserves 1 paper for two hours (unposted expense)
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.reporting.report_model import GROUP, ROW, SUBTOTAL, TOTAL
from crm_desktop.services import reports, warehouse
from crm_desktop.services.reports import ParamError
from tests.db.sales_setup import make_shop

D = Decimal
NOW = datetime(2026, 12, 1, 9, 0)
MAIN, SECOND = "Основной склад", "Склад №2"
PAPER, STAPLER = "Бумага А4 «Снегурочка», 500 л.", "Степлер №24"
AUDIT, SIDOROV = "ООО «Аудит»", "ИП Сидоров"


def post(session, kind, when, client, lines, warehouse_id=None):
    draft = warehouse.new_draft(session, kind, now=when)
    draft.client_id = client
    draft.lines = lines
    if warehouse_id is not None:
        draft.warehouse_id = warehouse_id
    return warehouse.post(session, warehouse.save(session, draft).id, now=when)


def goods(item, qty, price, incoming=True, vat=None):
    return StockLine(item, "x", "шт", D(qty), D(price), vat_rate=vat, incoming=incoming)


@pytest.fixture
def history(db, users, session_of):
    shop = make_shop(db, session_of, users)
    admin, manager, manager2 = session_of("admin"), session_of("manager"), session_of("manager2")
    second = warehouse.save_warehouse(admin, None, SECOND)
    paper, stapler = shop.items["paper"], shop.items["stapler"]
    audit, sidorov = shop.clients[AUDIT], shop.clients[SIDOROV]
    post(manager, Kind.RECEIPT, datetime(2026, 10, 5, 10), audit, [goods(paper, 10, 100), goods(stapler, 5, 200)])
    post(manager, Kind.RECEIPT, datetime(2026, 10, 20, 10), audit, [goods(paper, 10, 150)])
    post(manager, Kind.EXPENSE, datetime(2026, 10, 25, 10), audit, [goods(paper, 4, 300, False)])
    sale = post(manager, Kind.EXPENSE, datetime(2026, 11, 3, 10), audit, [goods(paper, 8, 300, False, D(20))])
    post(manager2, Kind.EXPENSE, datetime(2026, 11, 4, 10), sidorov,
         [goods(paper, 3, 320, False), goods(stapler, 2, 500, False)])
    back = warehouse.enter_return(manager, sale.id, now=datetime(2026, 11, 5, 10))
    back.lines = [replace(back.lines[0], quantity=D(2))]
    warehouse.post(manager, warehouse.save(manager, back).id, now=datetime(2026, 11, 5, 10))
    post(manager, Kind.RECEIPT, datetime(2026, 11, 6, 10), audit, [goods(paper, 5, 120)], warehouse_id=second)
    draft = warehouse.new_draft(manager, Kind.EXPENSE, now=NOW)
    draft.client_id, draft.lines = audit, [goods(paper, 1, 300, False)]
    warehouse.reserve(manager, warehouse.save(manager, draft).id, NOW + timedelta(hours=2), now=NOW)
    return shop


def table(session, slug, params):
    """[(item type, values)] of the report's only table, and the report."""
    rep = reports.generate(session, slug, params, now=NOW)
    (tab,) = rep.tables()
    return [(i.type, i.values) for i in rep.table_items(tab)], rep


def rows(items):
    return [v for t, v in items if t == ROW]


def test_stock_balances_now_with_reserve_and_fifo_cost(db, history, session_of) -> None:
    items, rep = table(session_of("manager"), "stock-balances", {})
    entity = "ООО «Ромашка»"
    # grouped by warehouse; cost: P2 has 7 left @150, S1 3 @200, P3 5 @120
    assert items == [
        (GROUP, (MAIN,)),
        (ROW, (PAPER, "P-001", "шт", MAIN, entity, D(7), D(1), D(6), D("1050.00"))),
        (ROW, (STAPLER, None, "шт", MAIN, entity, D(3), D(0), D(3), D("600.00"))),
        (SUBTOTAL, (f"Итого по «{MAIN}»", None, None, None, None, None, None, None, D("1650.00"))),
        (GROUP, (SECOND,)),
        (ROW, (PAPER, "P-001", "шт", SECOND, entity, D(5), D(0), D(5), D("600.00"))),
        (SUBTOTAL, (f"Итого по «{SECOND}»", None, None, None, None, None, None, None, D("600.00"))),
        (TOTAL, ("Итого", None, None, None, None, None, None, None, D("2250.00")))]
    assert rep.header.title == "Складские остатки"
    # the report's moment decides which reservations still hold
    later = reports.generate(session_of("manager"), "stock-balances", {}, now=NOW + timedelta(hours=3))
    assert [(i.values[0], i.values[6]) for i in later.table_items(later.tables()[0]) if i.type == ROW][0] \
        == (PAPER, D(0))
    # the same for everyone: the other manager's sales are in the balances a manager reads
    assert rows(table(session_of("manager2"), "stock-balances", {})[0]) == rows(items)
    shop = history
    office = table(session_of("admin"), "stock-balances", {"group": str(shop.groups["Бумага"])})[0]
    assert [r[0] for r in rows(office)] == [PAPER, STAPLER, PAPER]          # with the subgroup «Офисная»
    only_office = rows(table(session_of("admin"), "stock-balances", {"group": str(shop.groups["Офисная"])})[0])
    assert [(r[0], r[3]) for r in only_office] == [(PAPER, MAIN), (PAPER, SECOND)]
    second = next(v for v, name in reports.choices(session_of("admin"), "stock_warehouses") if name == SECOND)
    assert [(r[0], r[5]) for r in rows(table(session_of("admin"), "stock-balances", {"warehouse": second})[0])] \
        == [(PAPER, D(5))]
    assert rows(table(session_of("admin"), "stock-balances", {"item": "снегур"})[0])[0][0] == PAPER


def test_stock_at_a_date_from_month_totals_and_moves(db, history, session_of) -> None:
    manager = session_of("manager")
    october = rows(table(manager, "stock-at-date", {"date": "31.10.2026"})[0])
    assert [(r[0], r[3], r[5], r[6]) for r in october] == [(PAPER, MAIN, D(16), D("2100.00")),
                                                           (STAPLER, MAIN, D(5), D("1000.00"))]
    # November 3rd: October's totals and the sale of the 3rd (8 paper, cost 900)
    third = rows(table(manager, "stock-at-date", {"date": "03.11.2026"})[0])
    assert [(r[0], r[5], r[6]) for r in third] == [(PAPER, D(8), D("1200.00")), (STAPLER, D(5), D("1000.00"))]
    # at the end of November as now, cost as the moves carried it
    late = rows(table(manager, "stock-at-date", {"date": "30.11.2026"})[0])
    assert [(r[0], r[3], r[5], r[6]) for r in late] == [(PAPER, MAIN, D(7), D("1050.00")),
                                                        (STAPLER, MAIN, D(3), D("600.00")),
                                                        (PAPER, SECOND, D(5), D("600.00"))]
    assert rows(table(manager, "stock-at-date", {"date": "01.10.2026"})[0]) == []


def test_turnover_sheet(db, history, session_of) -> None:
    items, _ = table(session_of("manager"), "turnover", {"date_from": "01.11.2026", "date_to": "30.11.2026"})
    got = [(r[0], r[3]) + r[5:] for r in rows(items)]
    assert got == [
        # opening 16 (2100); in: the return 2 (300); out: 8 + 3 (900 + 450); closing 7 (1050)
        (PAPER, MAIN, D(16), D("2100.00"), D(2), D("300.00"), D(11), D("1350.00"), D(7), D("1050.00")),
        (STAPLER, MAIN, D(5), D("1000.00"), D(0), D("0.00"), D(2), D("400.00"), D(3), D("600.00")),
        (PAPER, SECOND, D(0), D("0.00"), D(5), D("600.00"), D(0), D("0.00"), D(5), D("600.00"))]
    assert items[-1] == (TOTAL, ("Итого", None, None, None, None, None, D("3100.00"), None, D("900.00"), None,
                                 D("1750.00"), None, D("2250.00")))
    # from the 4th: the sale of the 3rd is in the opening balance (October totals + November moves)
    mid = rows(table(session_of("manager"), "turnover", {"date_from": "04.11.2026", "date_to": "05.11.2026"})[0])
    assert [(r[0], r[3]) + r[5:] for r in mid] == [
        (PAPER, MAIN, D(8), D("1200.00"), D(2), D("300.00"), D(3), D("450.00"), D(7), D("1050.00")),
        (STAPLER, MAIN, D(5), D("1000.00"), D(0), D("0.00"), D(2), D("400.00"), D(3), D("600.00"))]


def test_goods_movement_and_the_managers_own_documents(db, history, session_of) -> None:
    period = {"date_from": "01.11.2026", "date_to": "30.11.2026"}
    admin_rows = rows(table(session_of("admin"), "goods-movement", period)[0])
    got = [(r[0].date().day, r[1].split(" №")[0], r[2], r[4], r[5], r[6], r[7], r[8]) for r in admin_rows]
    assert got == [
        (3, "Расходная накладная", PAPER, MAIN, None, D(8), AUDIT, "Менеджеров Михаил"),
        (4, "Расходная накладная", PAPER, MAIN, None, D(3), SIDOROV, "Коллегина Ольга"),
        (4, "Расходная накладная", STAPLER, MAIN, None, D(2), SIDOROV, "Коллегина Ольга"),
        (5, "Возвратная накладная", PAPER, MAIN, D(2), None, AUDIT, "Менеджеров Михаил"),
        (6, "Приходная накладная", PAPER, SECOND, D(5), None, AUDIT, "Менеджеров Михаил")]
    items, rep = table(session_of("manager"), "goods-movement", period)
    assert [r[8] for r in rows(items)] == ["Менеджеров Михаил"] * 3        # no line of manager2's sale
    assert items[-1][1][5:7] == (D(7), D(8))
    assert "Менеджер: Менеджеров Михаил" in rep.header.subtitle
    with pytest.raises(ParamError, match="по всем сотрудникам"):
        reports.generate(session_of("manager"), "goods-movement", {**period, "user": "manager2"}, now=NOW)
    # an administrator may ask for one manager, or a client
    of_manager2 = rows(table(session_of("admin"), "goods-movement", {**period, "user": "manager2"})[0])
    assert {r[7] for r in of_manager2} == {SIDOROV} and len(of_manager2) == 2
    stapler_only = rows(table(session_of("admin"), "goods-movement", {**period, "item": "Степлер"})[0])
    assert [r[2] for r in stapler_only] == [STAPLER]


def test_margin_per_line_with_fifo_cost_and_the_return(db, history, session_of) -> None:
    period = {"date_from": "01.11.2026", "date_to": "30.11.2026"}
    items, rep = table(session_of("admin"), "margin", period)
    got = [(r[2], r[4], r[6], r[7], r[8], r[9], r[10]) for r in rows(items)]
    assert got == [
        (PAPER, AUDIT, D(8), D("2000.00"), D("900.00"), D("1100.00"), D("55.00")),
        (PAPER, SIDOROV, D(3), D("960.00"), D("450.00"), D("510.00"), D("53.13")),
        (STAPLER, SIDOROV, D(2), D("1000.00"), D("400.00"), D("600.00"), D("60.00")),
        (PAPER, AUDIT, D(-2), D("-500.00"), D("-300.00"), D("-200.00"), D("40.00"))]
    assert items[-1][1][7:10] == (D("3460.00"), D("1450.00"), D("2010.00"))
    summary = next(b for b in rep.blocks if getattr(b, "kind", "") == "text")
    assert summary.lines[0].startswith("Продажи без НДС: 3") and "(58,1 % от продаж)" in summary.lines[0]
    # the manager's own: the sale of the 3rd and its return, nothing of manager2's
    own = rows(table(session_of("manager"), "margin", period)[0])
    assert [(r[5], r[7], r[8]) for r in own] == [("Менеджеров Михаил", D("2000.00"), D("900.00")),
                                                 ("Менеджеров Михаил", D("-500.00"), D("-300.00"))]
    october = rows(table(session_of("manager"), "margin", {"date_from": "01.10.2026", "date_to": "31.10.2026"})[0])
    assert [(r[6], r[7], r[8], r[9]) for r in october] == [(D(4), D("1200.00"), D("400.00"), D("800.00"))]


def test_margin_summary_by_client(db, history, session_of) -> None:
    period = {"date_from": "01.11.2026", "date_to": "30.11.2026"}
    items, _ = table(session_of("admin"), "margin-summary", period)
    assert items == [
        (GROUP, (SIDOROV,)),
        (ROW, (SIDOROV, PAPER, "шт", D(3), D("960.00"), D("450.00"), D("510.00"), D("53.13"))),
        (ROW, (SIDOROV, STAPLER, "шт", D(2), D("1000.00"), D("400.00"), D("600.00"), D("60.00"))),
        (SUBTOTAL, (f"Итого по «{SIDOROV}»", None, None, None, D("1960.00"), D("850.00"), D("1110.00"), None)),
        (GROUP, (AUDIT,)),
        (ROW, (AUDIT, PAPER, "шт", D(6), D("1500.00"), D("600.00"), D("900.00"), D("60.00"))),
        (SUBTOTAL, (f"Итого по «{AUDIT}»", None, None, None, D("1500.00"), D("600.00"), D("900.00"), None)),
        (TOTAL, ("Итого по всем клиентам", None, None, None, D("3460.00"), D("1450.00"), D("2010.00"), None))]
    own = table(session_of("manager2"), "margin-summary", period)[0]
    assert [v[0] for t, v in own if t == GROUP] == [SIDOROV]
    by_client = table(session_of("admin"), "margin-summary", {**period, "client": str(client_code(db, AUDIT))})[0]
    assert [v[0] for t, v in by_client if t == GROUP] == [AUDIT]


def client_code(db, name):
    from sqlalchemy import select

    from crm_desktop.data.schema import clients
    with db.read() as conn:
        return conn.execute(select(clients.c.code).where(clients.c.name == name)).scalar_one()


def test_parameters_are_checked(db, history, session_of) -> None:
    admin = session_of("admin")
    with pytest.raises(ParamError, match="Конец периода раньше"):
        reports.generate(admin, "turnover", {"date_from": "30.11.2026", "date_to": "01.11.2026"}, now=NOW)
    with pytest.raises(ParamError, match="«Склад»: нет значения «999»"):
        reports.generate(admin, "stock-balances", {"warehouse": "999"}, now=NOW)
    with pytest.raises(ParamError, match="не дата"):
        reports.generate(admin, "stock-at-date", {"date": "вчерашний"}, now=NOW)
    with pytest.raises(ParamError, match="нет параметра user"):
        reports.generate(admin, "stock-balances", {"user": "manager"}, now=NOW)
    groups = dict(reports.choices(admin, "goods_groups"))
    assert "Бумага / Офисная" in groups.values() and "Услуги" in groups.values()


def test_zero_balances_only_when_asked(db, history, session_of) -> None:
    admin, licence = session_of("admin"), history.items["fixed"]
    post(admin, Kind.RECEIPT, datetime(2026, 11, 10), history.clients[AUDIT], [goods(licence, 1, 7000)])
    post(admin, Kind.EXPENSE, datetime(2026, 11, 11), history.clients[AUDIT], [goods(licence, 1, 10000, False)])
    names = "Лицензия CRM (фиксированная цена)"
    assert names not in [r[0] for r in rows(table(admin, "stock-balances", {})[0])]
    sold_out = [r for r in rows(table(admin, "stock-balances", {"nonzero": "нет"})[0]) if r[0] == names]
    assert [(r[5], r[8]) for r in sold_out] == [(D(0), D("0.00"))]
    at_date = rows(table(admin, "stock-at-date", {"date": "11.11.2026", "nonzero": "нет"})[0])
    assert [(r[5], r[6]) for r in at_date if r[0] == names] == [(D(0), D("0.00"))]

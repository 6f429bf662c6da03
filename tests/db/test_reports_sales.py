"""The «Продажи» reports on Firebird against hand-computed figures (REP-3): registered sales and
works, invoices and their payments, debts, settlements and the act of reconciliation — all
documents made through the services; a manager's reports hold his own documents only, and a
manager may not ask for a colleague's."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.data.schema import clients
from crm_desktop.reporting.report_model import GROUP, ROW, SUBTOTAL, TOTAL, Chart, Text
from crm_desktop.services import documents, reports, sales_works
from crm_desktop.services.reports import ParamError
from tests.conftest import ROLE_USERS
from tests.db.sales_setup import make_shop

D = Decimal
NOW = datetime(2026, 12, 1, 9, 0)
NOV = {"date_from": "01.11.2026", "date_to": "30.11.2026"}
AUDIT, SIDOROV = "ООО «Аудит»", "ИП Сидоров"
PAPER, STAPLER, PEN = "Бумага А4 «Снегурочка», 500 л.", "Степлер №24", "Ручка шариковая"
MANAGER, MANAGER2 = ROLE_USERS["manager"][0], ROLE_USERS["manager2"][0]
ROMASHKA = "ООО «Ромашка»"


def _items(rep, table: str | None = None) -> list[tuple]:
    """(item type, *values) of a report's table (its only one when not named)."""
    found = [t for t in rep.tables() if table is None or t.spec.id == table]
    assert len(found) == 1, [t.spec.id for t in rep.tables()]
    return [(i.type, *i.values) for i in rep.table_items(found[0])]


def _rows(rep, table: str | None = None) -> list[tuple]:
    return [item[1:] for item in _items(rep, table) if item[0] == ROW]


def _texts(rep) -> list[str]:
    return [line for b in rep.blocks if isinstance(b, Text) for line in b.lines]


def _day(text: str) -> date:
    return datetime.strptime(text, "%d.%m.%Y").date()


@pytest.fixture
def books(db, users, session_of):
    """Two managers' sales, works, invoices, acts and payments of November 2026 (and a few of
    October), as the figures of every test below were computed by hand."""
    shop = make_shop(db, session_of, users)
    manager, colleague = session_of("manager"), session_of("manager2")
    audit, sidorov = shop.clients[AUDIT], shop.clients[SIDOROV]
    item = shop.items

    def sale(session, client, day, product, item_id, qty, amount, paid="0", pay_day=None):
        sales_works.save_sale(session, sales_works.Sale(None, client, _day(day), product, item_id, D(qty), D(amount),
                                                        D(paid), _day(pay_day) if pay_day else None))
    sale(manager, audit, "25.10.2026", PAPER, item["paper"], "1", "350.00", "350.00", "01.11.2026")
    sale(manager, audit, "05.11.2026", PAPER, item["paper"], "10", "3500.00", "3500.00", "06.11.2026")
    sale(manager, audit, "12.11.2026", STAPLER, item["stapler"], "2", "2469.12", "1000.00", "13.11.2026")
    sale(manager, audit, "20.11.2026", PAPER, item["paper"], "4", "1400.00")
    sale(colleague, sidorov, "10.11.2026", PAPER, item["paper"], "5", "1750.00", "1750.00", "10.11.2026")
    sale(colleague, sidorov, "15.11.2026", PEN, None, "100", "3000.00")

    def work(session, client, day, text, hours, amount, paid="0", pay_day=None, entity=None):
        sales_works.save_work(session, sales_works.Work(None, client, _day(day), text, D(hours), D(amount), D(paid),
                                                        _day(pay_day) if pay_day else None, entity))
    work(manager, audit, "03.11.2026", "Настройка CRM", "4", "18000.00", "18000.00", "04.11.2026", shop.entity_id)
    work(manager, audit, "18.11.2026", "Обучение пользователей", "2.5", "7500.00", "2500.00", "19.11.2026")
    work(colleague, sidorov, "07.11.2026", "Удалённая настройка CRM", "1.5", "4500.00", entity=shop.entity_id)

    def invoice(session, client, day, due, lines):
        draft = documents.new_draft(session, "invoice", client, today=_day(day))
        draft.lines = [documents.line_from_item(session, item[key], _day(day), D(qty)) for key, qty in lines]
        draft.due_date = _day(due)
        return documents.save(session, draft)

    def pay(session, invoice_id, day, amount, kind=2, number=""):
        p = documents.new_payment(session, invoice_id, today=_day(day))
        p.amount, p.pay_kind, p.doc_no = D(amount), kind, number
        documents.save_payment(session, p)

    def act(session, invoice_id, day):
        documents.save(session, documents.enter_from_invoice(session, invoice_id, "act", today=_day(day)))
    d = invoice(manager, audit, "25.10.2026", "04.11.2026", [("paper", "1")])                     # АМ-1: 350,00
    a = invoice(manager, audit, "02.11.2026", "12.11.2026", [("paper", "10"), ("stapler", "3")])  # АМ-2: 7 203,68
    invoice(manager, audit, "16.11.2026", "26.11.2026", [("paper", "2")])                         # АМ-3: 700,00
    c = invoice(colleague, sidorov, "10.11.2026", "20.11.2026", [("paper", "5")])                 # 4: 1 750,00
    act(manager, d.id, "28.10.2026")                                                              # акт 1
    act(manager, a.id, "10.11.2026")                                                              # акт 2
    act(colleague, c.id, "12.11.2026")                                                            # акт 3
    pay(manager, d.id, "03.11.2026", "350.00", number="21")
    pay(manager, a.id, "05.11.2026", "3000.00", number="11")
    pay(manager, a.id, "20.11.2026", "1000.00", kind=1)
    pay(colleague, c.id, "15.11.2026", "1750.00", number="7")
    documents.save_payment(manager, documents.Payment(None, audit, shop.entity_id, _day("25.11.2026"), D("500.00"),
                                                      doc_no="30"))                               # an advance
    with db.read() as conn:
        codes = dict(conn.execute(select(clients.c.id, clients.c.code)).all())
    shop.codes = {AUDIT: str(codes[audit]), SIDOROV: str(codes[sidorov])}
    return shop


def _generate(session, slug, **params):
    return reports.generate(session, slug, {**NOV, **params}, now=NOW)


def test_sales_summary_best_selling_products_with_shares(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "sales-summary")
    # November: paper 10 + 4 + 5 = 19 for 3 500 + 1 400 + 1 750 = 6 650,00; pens 100 for 3 000,00;
    # staplers 2 for 2 469,12; all 12 119,12 — shares 6 650 / 12 119,12 = 54,87 %, 24,75 %, 20,37 %
    assert _rows(rep) == [(PAPER, "Офисная", D("19.000"), D("6650.00"), D("54.87")),
                          (PEN, None, D("100.000"), D("3000.00"), D("24.75")),
                          (STAPLER, "Бумага", D("2.000"), D("2469.12"), D("20.37"))]
    assert _items(rep)[-1] == (TOTAL, "Итого", None, D("121.000"), D("12119.12"), None)
    chart = next(b for b in rep.blocks if isinstance(b, Chart))
    assert (chart.labels, chart.series) == ([PAPER, PEN, STAPLER], [[6650.0, 3000.0, 2469.12]])
    # the group «Бумага» holds «Офисная»: paper and staplers, 9 119,12
    paper_group = next(v for v, label in reports.choices(admin, "goods_groups") if label == "Бумага")
    rep = _generate(admin, "sales-summary", group=paper_group)
    assert [(r[0], r[3], r[4]) for r in _rows(rep)] == [(PAPER, D("6650.00"), D("72.92")),
                                                         (STAPLER, D("2469.12"), D("27.08"))]
    rep = _generate(admin, "sales-summary", client=books.codes[SIDOROV])
    assert [(r[0], r[3]) for r in _rows(rep)] == [(PEN, D("3000.00")), (PAPER, D("1750.00"))]


def test_goods_sales_grouped_by_client_with_totals_and_payment_filter(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "goods-sales")
    assert _items(rep) == [
        (GROUP, SIDOROV),
        (ROW, SIDOROV, date(2026, 11, 10), PAPER, "Офисная", D("5.000"), D("1750.00"), D("1750.00"), D("0.00"),
         date(2026, 11, 10), MANAGER2),
        (ROW, SIDOROV, date(2026, 11, 15), PEN, None, D("100.000"), D("3000.00"), D("0.00"), D("3000.00"), None,
         MANAGER2),
        (SUBTOTAL, f"Итого по «{SIDOROV}»", None, None, None, D("105.000"), D("4750.00"), D("1750.00"),
         D("3000.00"), None, None),
        (GROUP, AUDIT),
        (ROW, AUDIT, date(2026, 11, 5), PAPER, "Офисная", D("10.000"), D("3500.00"), D("3500.00"), D("0.00"),
         date(2026, 11, 6), MANAGER),
        (ROW, AUDIT, date(2026, 11, 12), STAPLER, "Бумага", D("2.000"), D("2469.12"), D("1000.00"), D("1469.12"),
         date(2026, 11, 13), MANAGER),
        (ROW, AUDIT, date(2026, 11, 20), PAPER, "Офисная", D("4.000"), D("1400.00"), D("0.00"), D("1400.00"), None,
         MANAGER),
        (SUBTOTAL, f"Итого по «{AUDIT}»", None, None, None, D("16.000"), D("7369.12"), D("4500.00"), D("2869.12"),
         None, None),
        (TOTAL, "Итого", None, None, None, D("121.000"), D("12119.12"), D("6250.00"), D("5869.12"), None, None)]
    unpaid = _generate(admin, "goods-sales", paid="unpaid", grouping="manager")
    assert [(r[0], r[1], r[3]) for r in _rows(unpaid)] == [
        (MANAGER2, date(2026, 11, 15), PEN), (MANAGER, date(2026, 11, 12), STAPLER),
        (MANAGER, date(2026, 11, 20), PAPER)]
    assert _items(unpaid)[-1][7:10] == (D("6869.12"), D("1000.00"), D("5869.12"))
    by_group = _generate(admin, "goods-sales", grouping="group", paid="paid")
    assert [item[:2] for item in _items(by_group) if item[0] == GROUP] == [(GROUP, "Офисная")]
    assert _items(by_group)[-1][6] == D("5250.00")                        # 3 500 + 1 750


def test_services_sales_by_kind_of_work_and_recipient(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "services-sales")
    assert _rows(rep) == [
        (SIDOROV, date(2026, 11, 7), "Удалённая настройка CRM", D("1.50"), D("4500.00"), D("0.00"), D("4500.00"),
         None, ROMASHKA, MANAGER2),
        (AUDIT, date(2026, 11, 3), "Настройка CRM", D("4.00"), D("18000.00"), D("18000.00"), D("0.00"),
         date(2026, 11, 4), ROMASHKA, MANAGER),
        (AUDIT, date(2026, 11, 18), "Обучение пользователей", D("2.50"), D("7500.00"), D("2500.00"), D("5000.00"),
         date(2026, 11, 19), None, MANAGER)]
    assert _items(rep)[-1][4:8] == (D("8.00"), D("30000.00"), D("20500.00"), D("9500.00"))
    setup = _generate(admin, "services-sales", text="НАСТРОЙКА", grouping="recipient")
    assert [(r[0], r[3]) for r in _rows(setup)] == [(ROMASHKA, "Настройка CRM"), (ROMASHKA, "Удалённая настройка CRM")]
    assert _items(setup)[-1][6] == D("22500.00")
    entity = str(books.entity_id)
    assert [r[2] for r in _rows(_generate(admin, "services-sales", recipient=entity, paid="unpaid"))] == [
        "Удалённая настройка CRM"]


def test_payment_by_sales_goods_then_services_by_date_paid(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "payment-by-sales")
    # the October sale paid on 01.11 is November's money
    assert [(i[0], *i[1:3], *i[5:7]) for i in _items(rep)] == [
        (GROUP, "Товары"),
        (ROW, "Товары", date(2026, 11, 1), D("350.00"), D("350.00")),
        (ROW, "Товары", date(2026, 11, 6), D("3500.00"), D("3500.00")),
        (ROW, "Товары", date(2026, 11, 10), D("1750.00"), D("1750.00")),
        (ROW, "Товары", date(2026, 11, 13), D("2469.12"), D("1000.00")),
        (SUBTOTAL, "Итого по «Товары»", None, D("8069.12"), D("6600.00")),
        (GROUP, "Услуги"),
        (ROW, "Услуги", date(2026, 11, 4), D("18000.00"), D("18000.00")),
        (ROW, "Услуги", date(2026, 11, 19), D("7500.00"), D("2500.00")),
        (SUBTOTAL, "Итого по «Услуги»", None, D("25500.00"), D("20500.00")),
        (TOTAL, "Итого", None, D("33569.12"), D("27100.00"))]
    # a sale of goods names no recipient: with one chosen only works remain
    to_entity = _generate(admin, "payment-by-sales", recipient=str(books.entity_id))
    assert _rows(to_entity) == [("Услуги", date(2026, 11, 4), AUDIT, "Настройка CRM", D("18000.00"),
                                 D("18000.00"), ROMASHKA, MANAGER)]
    goods = _generate(admin, "payment-by-sales", kind="goods", client=books.codes[AUDIT])
    assert _items(goods)[-1][6] == D("4850.00")                          # 350 + 3 500 + 1 000


def test_payment_by_invoices_payments_invoice_by_invoice(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "payment-by-invoices")
    assert [(i[0], i[1], *i[3:8]) for i in _items(rep)] == [
        (GROUP, "№ АМ-1 от 25.10.2026"),
        (ROW, "№ АМ-1 от 25.10.2026", D("350.00"), date(2026, 11, 3), "21", "Безналичные", D("350.00")),
        (SUBTOTAL, "Итого по «№ АМ-1 от 25.10.2026»", None, None, None, None, D("350.00")),
        (GROUP, "№ АМ-2 от 02.11.2026"),
        (ROW, "№ АМ-2 от 02.11.2026", D("7203.68"), date(2026, 11, 5), "11", "Безналичные", D("3000.00")),
        (ROW, "№ АМ-2 от 02.11.2026", D("7203.68"), date(2026, 11, 20), None, "Наличные", D("1000.00")),
        (SUBTOTAL, "Итого по «№ АМ-2 от 02.11.2026»", None, None, None, None, D("4000.00")),
        (GROUP, "№ 4 от 10.11.2026"),
        (ROW, "№ 4 от 10.11.2026", D("1750.00"), date(2026, 11, 15), "7", "Безналичные", D("1750.00")),
        (SUBTOTAL, "Итого по «№ 4 от 10.11.2026»", None, None, None, None, D("1750.00")),
        (TOTAL, "Итого", None, None, None, None, D("6100.00"))]          # the advance of 25.11 has no invoice
    one = _generate(admin, "payment-by-invoices", invoice="АМ-2")
    assert [r[6] for r in _rows(one)] == [D("3000.00"), D("1000.00")]
    assert _rows(one)[0][7:] == (ROMASHKA, MANAGER)


def test_receivables_debt_and_days_overdue_at_the_period_end(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "receivables")
    # АМ-2: 7 203,68 − 3 000 − 1 000 = 3 203,68, due 12.11 → 18 days on 30.11; АМ-3: 700,00 due 26.11 → 4
    assert _items(rep) == [
        (GROUP, AUDIT),
        (ROW, AUDIT, "АМ-2", date(2026, 11, 2), date(2026, 11, 12), D("7203.68"), D("4000.00"), D("3203.68"), 18,
         ROMASHKA, MANAGER),
        (ROW, AUDIT, "АМ-3", date(2026, 11, 16), date(2026, 11, 26), D("700.00"), D("0.00"), D("700.00"), 4,
         ROMASHKA, MANAGER),
        (SUBTOTAL, f"Итого по «{AUDIT}»", None, None, None, D("7903.68"), D("4000.00"), D("3903.68"), None, None,
         None),
        (TOTAL, "Итого", None, None, None, D("7903.68"), D("4000.00"), D("3903.68"), None, None, None)]
    # on 15.11 only the payment of 05.11 counts; invoice 4 was paid in full that day
    mid = _generate(admin, "receivables", date_to="15.11.2026")
    assert _rows(mid) == [(AUDIT, "АМ-2", date(2026, 11, 2), date(2026, 11, 12), D("7203.68"), D("3000.00"),
                           D("4203.68"), 3, ROMASHKA, MANAGER)]


def test_settlements_opening_shipped_paid_closing(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "settlements")
    # «Аудит»: act 1 (350,00) of October unpaid on 01.11; November act 2 7 203,68, paid 350 + 3 000
    # + 1 000 + the advance 500 = 4 850,00 → 350 + 7 203,68 − 4 850 = 2 703,68
    assert _items(rep) == [
        (ROW, SIDOROV, D("0.00"), D("1750.00"), D("1750.00"), D("0.00")),
        (ROW, AUDIT, D("350.00"), D("7203.68"), D("4850.00"), D("2703.68")),
        (TOTAL, "Итого", D("350.00"), D("8953.68"), D("6600.00"), D("2703.68"))]
    october = _generate(admin, "settlements", date_from="01.10.2026", date_to="31.10.2026")
    assert _rows(october) == [(AUDIT, D("0.00"), D("350.00"), D("0.00"), D("350.00"))]


def test_reconciliation_act_with_one_client(books, session_of) -> None:
    admin = session_of("admin")
    rep = _generate(admin, "reconciliation", client=books.codes[AUDIT])
    assert _items(rep) == [
        (ROW, date(2026, 11, 3), "Оплата № 21 (безналичные)", None, D("350.00")),
        (ROW, date(2026, 11, 5), "Оплата № 11 (безналичные)", None, D("3000.00")),
        (ROW, date(2026, 11, 10), "Акт № 2 от 10.11.2026", D("7203.68"), None),
        (ROW, date(2026, 11, 20), "Оплата (наличные)", None, D("1000.00")),
        (ROW, date(2026, 11, 25), "Оплата № 30 (безналичные)", None, D("500.00")),
        (TOTAL, "Обороты за период", None, D("7203.68"), D("4850.00"))]
    texts = _texts(rep)
    assert texts[0] == f"Акт сверки взаимных расчетов за период с 01.11.2026 по 30.11.2026 между {ROMASHKA} и {AUDIT}"
    assert f"Сальдо на 01.11.2026: задолженность в пользу {ROMASHKA} 350,00 руб." in texts
    assert (f"На 30.11.2026 задолженность в пользу {ROMASHKA} составляет 2\u00a0703,68 руб. "
            "(Две тысячи семьсот три рубля 68 копеек).") in texts
    assert "____________________ / Иванов Иван Иванович /" in texts
    # from October on the opening is nil; the client's advance turns a balance to his favour
    whole = _generate(admin, "reconciliation", client=books.codes[SIDOROV], date_from="01.10.2026")
    assert _items(whole)[-1] == (TOTAL, "Обороты за период", None, D("1750.00"), D("1750.00"))
    assert "На 30.11.2026 задолженность отсутствует." in _texts(whole)
    with pytest.raises(ParamError, match="Укажите «Клиент"):
        _generate(admin, "reconciliation")


def test_a_manager_sees_his_own_documents_only(books, session_of, users) -> None:
    manager = session_of("manager")
    everything = {slug: _generate(manager, slug) for slug in
                  ("sales-summary", "goods-sales", "services-sales", "payment-by-sales", "payment-by-invoices",
                   "receivables", "settlements")}
    everything["reconciliation"] = _generate(manager, "reconciliation", client=books.codes[AUDIT])
    for slug, rep in everything.items():
        cells = {v for item in _items(rep) for v in item}
        assert not cells & {SIDOROV, MANAGER2, PEN, "№ 4 от 10.11.2026", "Удалённая настройка CRM"}, slug
        assert f"Сотрудник: {MANAGER}" in rep.header.subtitle, slug
    assert _items(everything["sales-summary"])[-1][4] == D("7369.12")          # 3 500 + 2 469,12 + 1 400
    assert _items(everything["goods-sales"])[-1][6:9] == (D("7369.12"), D("4500.00"), D("2869.12"))
    assert _items(everything["payment-by-invoices"])[-1][7] == D("4350.00")
    assert _rows(everything["settlements"]) == [(AUDIT, D("350.00"), D("7203.68"), D("4850.00"), D("2703.68"))]
    colleague = session_of("manager2")
    assert _rows(_generate(colleague, "settlements")) == [(SIDOROV, D("0.00"), D("1750.00"), D("1750.00"),
                                                           D("0.00"))]
    with pytest.raises(ParamError, match="по всем сотрудникам"):
        _generate(manager, "goods-sales", user="manager2")
    with pytest.raises(ParamError, match="недоступен"):                  # the colleague's client
        _generate(manager, "reconciliation", client=books.codes[SIDOROV])
    supervisor = session_of("supervisor")
    assert _items(_generate(supervisor, "goods-sales", user="manager2"))[-1][6] == D("4750.00")


def test_parameters_are_checked(books, session_of) -> None:
    admin = session_of("admin")
    with pytest.raises(ParamError, match="Конец периода раньше"):
        _generate(admin, "receivables", date_from="30.11.2026", date_to="01.11.2026")
    with pytest.raises(ParamError, match="нет значения «partly»"):
        _generate(admin, "goods-sales", paid="partly")
    with pytest.raises(ParamError, match="нет параметра"):
        _generate(admin, "settlements", group="1")

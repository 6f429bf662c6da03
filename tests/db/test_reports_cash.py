"""The «Касса» reports through the report pipeline on Firebird (issue 13): «Кассовый отчёт»,
«Отчёт по движению денежных средств» and «Кассовая книга» against figures computed by hand
from the orders below; the desk's money is the same for every reader, the orders are the
reader's own (a manager's flow report lacks the colleague's orders, his cash book carries the
orders he may not open as one line so the day still adds up); parameters are checked."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from crm_desktop.data.company_admin import LegalEntity
from crm_desktop.data.schema import cash_desks, clients
from crm_desktop.domain.cash import CashKind
from crm_desktop.domain.report_params import ParamError
from crm_desktop.reporting.report_model import GROUP, ROW, SUBTOTAL, TOTAL, Table, Text
from crm_desktop.services import cash, company_admin, reports
from tests.db.sales_setup import make_shop
from tests.db.test_cash import enter

D = Decimal
NOW = datetime(2026, 4, 10, 12, 0)
MARCH = {"date_from": "01.03.2026", "date_to": "31.03.2026"}
ROMASHKA = "ООО «Ромашка»"


@pytest.fixture
def world(db, users, session_of):
    """Orders in entry order (ПКО and РКО are numbered apart per legal entity and year):
    before March: ПКО 1 1000,00 (20.02), РКО 1 100,00 (25.02) → 900,00 on 1 March;
    02.03: ПКО 2 500,00 (manager, ООО «Аудит»), РКО 2 200,00 (manager), ПКО 3 300,50 (manager2,
    her ИП Сидоров); 05.03: РКО 3 150,25 (supervisor); 10.03: ПКО 4 1000,00 into «Касса
    магазина» (manager); ПКО 5 9999,00 not posted; 02.04: ПКО 6 77,00 (after the period)."""
    shop = make_shop(db, session_of, users)
    admin, manager = session_of("admin"), session_of("manager")
    manager2, supervisor = session_of("manager2"), session_of("supervisor")
    shop_desk = cash.save_desk(admin, None, "Касса магазина")
    audit, sidorov = shop.clients["ООО «Аудит»"], shop.clients["ИП Сидоров"]
    enter(manager, CashKind.RECEIPT, "1000", when=datetime(2026, 2, 20, 10), client_id=audit, person="ООО «Аудит»")
    enter(manager, CashKind.EXPENSE, "100", when=datetime(2026, 2, 25, 11))
    enter(manager, CashKind.RECEIPT, "500", when=datetime(2026, 3, 2, 9), client_id=audit, person="ООО «Аудит»")
    enter(manager, CashKind.EXPENSE, "200", when=datetime(2026, 3, 2, 15), person="Иванов И. И.")
    enter(manager2, CashKind.RECEIPT, "300.50", when=datetime(2026, 3, 2, 16), client_id=sidorov, person="ИП Сидоров")
    enter(supervisor, CashKind.EXPENSE, "150.25", when=datetime(2026, 3, 5, 12), person="Петров П. П.")
    enter(manager, CashKind.RECEIPT, "1000", when=datetime(2026, 3, 10, 10), desk_id=shop_desk, person="Сдача выручки")
    enter(manager, CashKind.RECEIPT, "9999", when=datetime(2026, 3, 10, 11), post=False)
    enter(manager, CashKind.RECEIPT, "77", when=datetime(2026, 4, 2, 10))
    main_desk = cash.new_order(manager, CashKind.RECEIPT).desk_id
    with db.read() as conn:
        codes = dict(conn.execute(select(clients.c.id, clients.c.code)).all())
    return {"main": str(main_desk), "shop": str(shop_desk), "audit": str(codes[audit]),
            "entity": str(shop.entity_id)}


def generate(session, slug, **given):
    return reports.generate(session, slug, given, now=NOW)


def items(rep, table: Table | None = None):
    table = table or rep.tables()[0]
    return [(i.type, *i.values) for i in rep.table_items(table)]


def money(text: str) -> Decimal:
    return D(text.replace("\u00a0", "").replace(",", "."))


# ---------------------------------------------------------------- «Кассовый отчёт»

def test_cash_report_per_desk_and_entity(world, session_of) -> None:
    for who in ("admin", "manager", "manager2"):            # the desk's money is the company's
        rep = generate(session_of(who), "cash-report", **MARCH)
        assert items(rep) == [
            (ROW, "Касса магазина", ROMASHKA, D(0), D(1000), D(0), D(1000), D(1000)),
            (ROW, "Основная касса", ROMASHKA, D(900), D("800.50"), D("350.25"), D("1350.25"), D("1427.25")),
            (TOTAL, "Итого", None, D(900), D("1800.50"), D("350.25"), D("2350.25"), D("2427.25"))], who
    assert rep.header.title == "Кассовый отчёт" and rep.header.generated_by == "Коллегина Ольга"
    assert "Период с: 01.03.2026" in rep.header.subtitle


def test_cash_report_of_february(world, session_of) -> None:
    rep = generate(session_of("admin"), "cash-report", date_from="01.02.2026", date_to="28.02.2026")
    assert items(rep)[:2] == [(ROW, "Касса магазина", ROMASHKA, D(0), D(0), D(0), D(0), D(1000)),   # money now only
                              (ROW, "Основная касса", ROMASHKA, D(0), D(1000), D(100), D(900), D("1427.25"))]


# ---------------------------------------------------------------- «Отчёт по движению денежных средств»

def flow(number, kind, counterparty, basis="", manager="Менеджеров Михаил", receipt=None, expense=None,
         desk="Основная касса", day=None):
    return (ROW, desk, day, number, kind, counterparty, basis, ROMASHKA, manager,
            None if receipt is None else D(receipt), None if expense is None else D(expense))


def test_cash_flow_of_everybody_by_desk(world, session_of) -> None:
    rep = generate(session_of("supervisor"), "cash-flow", **MARCH)
    d = datetime(2026, 3, 2).date()
    assert items(rep) == [
        (GROUP, "Касса магазина"),
        flow("4", "ПКО", "Сдача выручки", receipt="1000", desk="Касса магазина", day=datetime(2026, 3, 10).date()),
        (SUBTOTAL, "Итого по «Касса магазина»", None, None, None, None, None, None, None, D(1000), 0),
        (GROUP, "Основная касса"),
        flow("2", "ПКО", "ООО «Аудит»", receipt="500", day=d),
        flow("2", "РКО", "Иванов И. И.", expense="200", day=d),
        flow("3", "ПКО", "ИП Сидоров", manager="Коллегина Ольга", receipt="300.50", day=d),
        flow("3", "РКО", "Петров П. П.", manager="Супервизорова Светлана", expense="150.25",
             day=datetime(2026, 3, 5).date()),
        (SUBTOTAL, "Итого по «Основная касса»", None, None, None, None, None, None, None, D("800.50"), D("350.25")),
        (TOTAL, "Итого за период", None, None, None, None, None, None, None, D("1800.50"), D("350.25"))]


def test_a_managers_cash_flow_holds_his_own_orders(world, session_of) -> None:
    manager = session_of("manager")
    rep = generate(manager, "cash-flow", **MARCH)
    assert [i[3:5] for i in items(rep) if i[0] == ROW] == [("4", "ПКО"), ("2", "ПКО"), ("2", "РКО")]
    assert items(rep)[-1][-2:] == (D(1500), D(200))
    assert "Менеджер: Менеджеров Михаил" in rep.header.subtitle
    with pytest.raises(ParamError, match="Видеть журналы и отчёты по всем сотрудникам"):
        generate(manager, "cash-flow", user="supervisor", **MARCH)
    # the colleague's own report: her receipt only
    rep = generate(session_of("manager2"), "cash-flow", **MARCH)
    assert [i[3:6] for i in items(rep) if i[0] == ROW] == [("3", "ПКО", "ИП Сидоров")]


def test_cash_flow_filters(world, session_of) -> None:
    admin = session_of("admin")
    by_client = generate(admin, "cash-flow", client=world["audit"], **MARCH)
    assert [i[3:6] for i in items(by_client) if i[0] == ROW] == [("2", "ПКО", "ООО «Аудит»")]
    by_desk = generate(admin, "cash-flow", desk=world["shop"], **MARCH)
    assert [i[1] for i in items(by_desk) if i[0] == ROW] == ["Касса магазина"]
    assert "Касса: Касса магазина" in by_desk.header.subtitle
    by_user = generate(admin, "cash-flow", user="supervisor", entity=world["entity"], **MARCH)
    assert [i[3:5] for i in items(by_user) if i[0] == ROW] == [("3", "РКО")]
    april = generate(admin, "cash-flow", date_from="01.04.2026", date_to="30.04.2026")
    assert [i[3] for i in items(april) if i[0] == ROW] == ["6"]
    with pytest.raises(ParamError, match="нет значения «999999»"):
        generate(admin, "cash-flow", desk="999999", **MARCH)
    with pytest.raises(ParamError, match="Конец периода раньше"):
        generate(admin, "cash-flow", date_from="31.03.2026", date_to="01.03.2026")


# ---------------------------------------------------------------- «Кассовая книга»

def days_of(rep):
    """Per sheet: (heading, opening, the table's items, closing, the orders' line)."""
    blocks = rep.blocks
    found = []
    for n, block in enumerate(blocks):
        if isinstance(block, Table):
            heading, opening, closing = blocks[n - 2], blocks[n - 1], blocks[n + 1]
            assert isinstance(heading, Text) and heading.bold and isinstance(closing, Text)
            found.append((heading.lines[0], money(opening.lines[0].split(": ")[1]), items(rep, block),
                          money(closing.lines[0].split(": ")[1]), closing.lines[1:]))
    return found


def line(number, person, receipt=None, expense=None):
    return (ROW, number, person, "", None if receipt is None else D(receipt), None if expense is None else D(expense))


def test_cash_book_sheets_per_day(world, session_of) -> None:
    rep = generate(session_of("admin"), "cash-book", desk=world["main"], **MARCH)
    assert rep.blocks[0].lines == ["Организация: ООО «Ромашка»", "Касса: Основная касса"]
    days = days_of(rep)
    assert [d[0] for d in days] == ["КАССА за 02.03.2026, лист 3", "КАССА за 05.03.2026, лист 4"]
    (_, open1, lines1, close1, tail1), (_, open2, lines2, close2, tail2) = days
    assert (open1, close1, open2, close2) == (D(900), D("1500.50"), D("1500.50"), D("1350.25"))
    assert lines1 == [line("ПКО № 2", "ООО «Аудит»", receipt="500"), line("РКО № 2", "Иванов И. И.", expense="200"),
                      line("ПКО № 3", "ИП Сидоров", receipt="300.50"),
                      (TOTAL, "Итого за день", None, None, D("800.50"), D(200))]
    assert lines2 == [line("РКО № 3", "Петров П. П.", expense="150.25"),
                      (TOTAL, "Итого за день", None, None, 0, D("150.25"))]
    assert tail1[0] == "в том числе на выплату заработной платы: 0,00"
    assert "в количестве 2 приходных и 1 расходных" in tail1[1] and "0 приходных и 1 расходных" in tail2[1]
    summary = rep.blocks[-1].lines
    assert summary == ["Итого за период с 01.03.2026 по 31.03.2026: остаток на начало 900,00, приход 800,50, "
                       "расход 350,25, остаток на конец 1\u00a0350,25.", "Листов за период: 2."]


def test_cash_book_days_add_up_and_end_at_the_cash_reports_balance(world, session_of) -> None:
    """Whoever reads: the manager may not open manager2's ПКО 3, which stays in the day as one
    line of its sum; each day's closing is its opening plus receipts less expenses and the next
    day's opening; the last is the cash report's closing."""
    for who in ("manager", "supervisor"):
        session = session_of(who)
        rep = generate(session, "cash-book", desk=world["main"], date_from="01.02.2026", date_to="31.03.2026")
        days = days_of(rep)
        assert len(days) == 4 and days[0][1] == 0
        for n, (_, opening, lines, closing, _tail) in enumerate(days):
            total = lines[-1]
            assert total[0] == TOTAL and closing == opening + total[4] - total[5]
            assert total[4] == sum(i[4] or 0 for i in lines[:-1]) and total[5] == sum(i[5] or 0 for i in lines[:-1])
            if n:
                assert opening == days[n - 1][3]
        report = generate(session, "cash-report", date_from="01.02.2026", date_to="31.03.2026")
        assert days[-1][3] == next(i[6] for i in items(report) if i[1] == "Основная касса") == D("1350.25")
    manager_day = days_of(generate(session_of("manager"), "cash-book", desk=world["main"], **MARCH))[0][2]
    assert manager_day[2] == line("", "Ордера по клиентам, недоступным вам: 1", receipt="300.50")
    assert "ИП Сидоров" not in str(manager_day)


def test_cash_book_asks_for_the_desk_and_defaults_the_only_one(world, session_of, db) -> None:
    admin = session_of("admin")
    with pytest.raises(ParamError, match="Укажите кассу.*«Касса магазина», «Основная касса»"):
        generate(admin, "cash-book", **MARCH)
    shop_book = generate(admin, "cash-book", desk=world["shop"], entity=world["entity"], **MARCH)
    assert [d[0] for d in days_of(shop_book)] == ["КАССА за 10.03.2026, лист 1"]
    empty = generate(admin, "cash-book", desk=world["shop"], date_from="01.02.2026", date_to="28.02.2026")
    assert empty.tables() == [] and empty.blocks[1].lines == ["За период кассовых операций не было. Остаток: 0,00 руб."]
    with db.begin() as conn:
        conn.execute(update(cash_desks).where(cash_desks.c.id == int(world["shop"])).values(is_active=0))
    only = generate(admin, "cash-book", **MARCH)
    assert only.blocks[0].lines == ["Организация: ООО «Ромашка»", "Касса: Основная касса"]
    assert len(days_of(only)) == 2
    # money of a second legal entity in the desk: the book asks which
    other = company_admin.save_entity(admin, LegalEntity(None, {"short_name": "ИП Второй", "full_name": "ИП Второй"}))
    enter(admin, CashKind.RECEIPT, "10", when=datetime(2026, 3, 20, 10), entity_id=other.id)
    with pytest.raises(ParamError, match="Укажите юр. лицо.*«ИП Второй», «ООО «Ромашка»»"):
        generate(admin, "cash-book", **MARCH)
    second = generate(admin, "cash-book", entity=str(other.id), **MARCH)
    assert second.blocks[0].lines == ["Организация: ИП Второй", "Касса: Основная касса"]
    [(heading, opening, lines, closing, _)] = days_of(second)
    assert (heading, opening, closing) == ("КАССА за 20.03.2026, лист 1", D(0), D(10))
    assert len(days_of(generate(admin, "cash-book", entity=world["entity"], **MARCH))) == 2


def test_the_cash_reports_are_in_the_cash_menu() -> None:
    titles = {s.slug: (s.menu, s.title) for s in reports.specs() if s.slug.startswith("cash-")}
    assert titles == {"cash-report": ("Касса", "Кассовый отчёт"),
                      "cash-flow": ("Касса", "Отчёт по движению денежных средств"),
                      "cash-book": ("Касса", "Кассовая книга")}

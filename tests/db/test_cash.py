"""Cash accounting through the services on Firebird (CASH-1): numbering, posting into the
balances per desk × legal entity, refusals that name the desk and the figures, two РКО of one
desk at once, optimistic locking, the journal, the cash report, desks, and access to orders."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from crm_desktop.domain.cash import CashKind
from crm_desktop.domain.concurrency import ConcurrentEdit
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import cash, company_admin
from crm_desktop.services.cash import CashOrderNotFound, JournalQuery, PostingRefused
from crm_desktop.services.session import AccessDenied
from crm_desktop.data.company_admin import LegalEntity
from tests.db.sales_setup import make_shop

D = Decimal
T0 = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


def enter(session, kind, amount, when=T0, post=True, client_id=None, person="Кассир Петров", desk_id=None,
          entity_id=None):
    order = cash.new_order(session, kind, now=when)
    order.amount = D(amount)
    order.person = person
    order.client_id = client_id
    if desk_id is not None:
        order.desk_id = desk_id
    if entity_id is not None:
        order.legal_entity_id = entity_id
    saved = cash.save(session, order)
    return cash.post(session, saved.id) if post else saved


def balance_of(session, desk_id, entity_id) -> Decimal:
    rows = cash.report(session, date(2026, 1, 1), date(2026, 12, 31)).rows
    return next((r.now for r in rows if (r.desk_id, r.legal_entity_id) == (desk_id, entity_id)), D(0))


def test_posting_changes_the_balance_and_numbers_go_per_kind(db, shop, session_of) -> None:
    manager = session_of("manager")
    pko = enter(manager, CashKind.RECEIPT, "1000.50", client_id=shop.clients["ООО «Аудит»"])
    assert pko.posted and pko.doc_no == "1" and pko.desk_name == "Основная касса"
    assert pko.legal_entity_id == shop.entity_id and pko.client_name == "ООО «Аудит»"
    second = enter(manager, CashKind.RECEIPT, "200", when=T0 + timedelta(hours=1))
    rko = enter(manager, CashKind.EXPENSE, "300.25", when=T0 + timedelta(hours=2))
    assert (second.doc_no, rko.doc_no) == ("2", "1")             # ПКО and РКО are numbered apart
    assert balance_of(manager, pko.desk_id, shop.entity_id) == D("900.25")
    cash.unpost(manager, rko.id)
    assert balance_of(manager, pko.desk_id, shop.entity_id) == D("1200.50")
    assert cash.register_matches_orders(session_of("admin"))
    with pytest.raises(PostingRefused, match="не проведён"):
        cash.unpost(manager, rko.id)
    with pytest.raises(PostingRefused, match="уже проведён"):
        cash.post(manager, pko.id)


def test_an_expense_over_the_balance_is_refused_naming_the_figures(db, shop, session_of) -> None:
    manager = session_of("manager")
    enter(manager, CashKind.RECEIPT, "500")
    rko = enter(manager, CashKind.EXPENSE, "750", post=False)
    with pytest.raises(PostingRefused) as err:
        cash.post(manager, rko.id)
    text = str(err.value)
    assert "«Основная касса»" in text and "нужно 750,00 руб." in text and "в наличии 500,00 руб." in text
    assert not cash.load(manager, rko.id).posted
    assert balance_of(manager, rko.desk_id, shop.entity_id) == D(500)


def test_unposting_a_receipt_whose_money_was_spent_is_refused(db, shop, session_of) -> None:
    manager = session_of("manager")
    pko = enter(manager, CashKind.RECEIPT, "500")
    enter(manager, CashKind.EXPENSE, "400")
    with pytest.raises(PostingRefused) as err:
        cash.unpost(manager, pko.id)
    assert "отрицательным" in str(err.value) and "100,00" in str(err.value)
    assert cash.load(manager, pko.id).posted


def test_balances_are_kept_per_desk_and_legal_entity(db, shop, session_of) -> None:
    admin = session_of("admin")
    second_desk = cash.save_desk(admin, None, "Касса магазина")
    other = company_admin.save_entity(admin, LegalEntity(None, {"short_name": "ИП Второй", "full_name": "ИП Второй"}))
    main_desk = cash.new_order(admin, CashKind.RECEIPT).desk_id
    enter(admin, CashKind.RECEIPT, "100", desk_id=main_desk)
    enter(admin, CashKind.RECEIPT, "40", desk_id=second_desk)
    # money of one legal entity does not pay out for another
    rko = enter(admin, CashKind.EXPENSE, "10", desk_id=main_desk, entity_id=other.id, post=False)
    with pytest.raises(PostingRefused, match="в наличии 0,00"):
        cash.post(admin, rko.id)
    # nor does one desk's money pay out of another
    rko = enter(admin, CashKind.EXPENSE, "50", desk_id=second_desk, post=False)
    with pytest.raises(PostingRefused, match="«Касса магазина»"):
        cash.post(admin, rko.id)
    assert balance_of(admin, main_desk, shop.entity_id) == D(100)
    assert balance_of(admin, second_desk, shop.entity_id) == D(40)


def test_two_expenses_of_one_desk_at_once_never_both_pass(db, shop, session_of) -> None:
    """Two workstations pay 60 out of 100 at the same moment: one is posted, the other waits for
    the first's lock, reads 40 and is refused; nobody sees a Firebird error."""
    one, two = session_of("manager"), session_of("supervisor")
    enter(one, CashKind.RECEIPT, "100")
    orders = [enter(s, CashKind.EXPENSE, "60", post=False) for s in (one, two)]
    start = threading.Barrier(2)
    outcomes: dict[int, object] = {}

    def pay(session, order_id) -> None:
        start.wait()
        try:
            outcomes[order_id] = cash.post(session, order_id).posted
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test looks at
            outcomes[order_id] = exc
    for _ in range(3):                # a few rounds: the race is real in each
        threads = [threading.Thread(target=pay, args=(s, o.id)) for s, o in zip((one, two), orders)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        posted = [o for o, v in outcomes.items() if v is True]
        refused = [v for v in outcomes.values() if isinstance(v, PostingRefused)]
        assert len(posted) == 1 and len(refused) == 1, outcomes
        assert "нужно 60,00 руб., в наличии 40,00 руб." in str(refused[0])
        assert balance_of(one, orders[0].desk_id, shop.entity_id) == D(40)
        cash.unpost(one if posted[0] == orders[0].id else two, posted[0])
        outcomes.clear()
    assert cash.register_matches_orders(session_of("admin"))


def test_an_expense_waits_for_the_lock_of_a_running_posting(db, shop, session_of, monkeypatch) -> None:
    """Deterministic: the first posting holds the balance row while the second starts."""
    from crm_desktop.data import cash as cash_data
    one, two = session_of("manager"), session_of("supervisor")
    enter(one, CashKind.RECEIPT, "100")
    first, second = (enter(s, CashKind.EXPENSE, "70", post=False) for s in (one, two))
    locked, go_on = threading.Event(), threading.Event()
    original = cash_data.lock_balance

    def slow_lock(conn, desk_id, entity_id):
        held = original(conn, desk_id, entity_id)
        if threading.current_thread().name == "first":
            locked.set()
            go_on.wait(10)
        return held
    monkeypatch.setattr(cash_data, "lock_balance", slow_lock)
    result: dict[str, object] = {}
    thread = threading.Thread(target=lambda: result.update(first=cash.post(one, first.id)), name="first")
    thread.start()
    assert locked.wait(10)
    timer = threading.Timer(0.5, go_on.set)
    timer.start()
    with pytest.raises(PostingRefused, match="в наличии 30,00"):
        cash.post(two, second.id)
    thread.join(30)
    assert result["first"].posted and not cash.load(two, second.id).posted


def test_save_is_versioned_and_a_posted_order_is_locked(db, shop, session_of) -> None:
    manager, admin = session_of("manager"), session_of("admin")
    draft = enter(manager, CashKind.RECEIPT, "10", post=False)
    mine = cash.load(manager, draft.id)
    theirs = cash.load(admin, draft.id)
    theirs.basis = "Возврат подотчётных"
    cash.save(admin, theirs)
    mine.amount = D("20")
    with pytest.raises(ConcurrentEdit, match="Ордер изменён пользователем"):
        cash.save(manager, mine)
    posted = cash.post(manager, draft.id)
    posted.amount = D("30")
    with pytest.raises(PostingRefused, match="отмените его проведение"):
        cash.save(manager, posted)
    with pytest.raises(PostingRefused, match="не удаляется"):
        cash.delete(manager, draft.id)
    cash.unpost(manager, draft.id)
    cash.delete(manager, draft.id)
    with pytest.raises(CashOrderNotFound):
        cash.load(manager, draft.id)


def test_validation_reaches_the_card(db, shop, session_of) -> None:
    manager = session_of("manager")
    order = cash.new_order(manager, CashKind.EXPENSE)
    order.amount = D("0")
    with pytest.raises(ValidationError) as err:
        cash.save(manager, order)
    assert {e.field for e in err.value.errors} == {"amount", "person"}


def test_moving_to_another_year_takes_the_number_of_that_year(db, shop, session_of) -> None:
    manager = session_of("manager")
    enter(manager, CashKind.RECEIPT, "1")
    order = enter(manager, CashKind.RECEIPT, "1", post=False)
    assert order.doc_no == "2"
    order.doc_time = datetime(2027, 1, 10, 9, 0)
    assert cash.save(manager, order).doc_no == "1"


def test_journal_windows_and_filters(db, shop, session_of) -> None:
    manager = session_of("manager")
    made = [enter(manager, CashKind.RECEIPT if i % 2 == 0 else CashKind.EXPENSE, "1",
                  when=T0 + timedelta(days=i)) for i in range(7)]
    first = cash.journal(manager, JournalQuery(), size=3)
    assert [r.id for r in first] == [o.id for o in reversed(made)][:3]
    rest = cash.journal(manager, JournalQuery(), after=first[-1].key, size=10)
    assert [r.id for r in first + rest] == [o.id for o in reversed(made)]
    expenses = cash.journal(manager, JournalQuery(kind=int(CashKind.EXPENSE)))
    assert {r.kind for r in expenses} == {CashKind.EXPENSE} and len(expenses) == 3
    period = cash.journal(manager, JournalQuery(date_from=date(2026, 3, 3), date_to=date(2026, 3, 4)))
    assert [r.doc_time.day for r in period] == [4, 3]
    assert cash.journal(manager, JournalQuery(desk_id=made[0].desk_id + 1000)) == []


def test_cash_report_opening_turnover_closing(db, shop, session_of) -> None:
    manager = session_of("manager")
    enter(manager, CashKind.RECEIPT, "1000", when=datetime(2026, 2, 20, 10))
    enter(manager, CashKind.EXPENSE, "100", when=datetime(2026, 2, 25, 10))
    enter(manager, CashKind.RECEIPT, "500", when=datetime(2026, 3, 5, 10))
    enter(manager, CashKind.EXPENSE, "200", when=datetime(2026, 3, 31, 23, 59))
    enter(manager, CashKind.RECEIPT, "77", when=datetime(2026, 4, 2, 10))
    enter(manager, CashKind.RECEIPT, "9999", when=datetime(2026, 3, 6, 10), post=False)   # not posted: not counted
    report = cash.report(manager, date(2026, 3, 1), date(2026, 3, 31))
    [row] = report.rows
    assert (row.desk_name, row.legal_entity_name) == ("Основная касса", "ООО «Ромашка»")
    assert (row.opening, row.receipts, row.expenses, row.closing, row.now) == (
        D(900), D(500), D(200), D(1200), D(1277))
    with pytest.raises(ValidationError):
        cash.report(manager, date(2026, 3, 31), date(2026, 3, 1))


def test_cash_desks_dictionary(db, shop, session_of) -> None:
    admin, manager = session_of("admin"), session_of("manager")
    assert [d.name for d in cash.desks(manager)] == ["Основная касса"]
    new = cash.save_desk(admin, None, "  Касса   склада ")
    cash.save_desk(admin, new, "Касса склада № 2")
    assert [d.name for d in cash.desks(manager)] == ["Касса склада № 2", "Основная касса"]
    with pytest.raises(ValidationError, match="уже есть"):
        cash.save_desk(admin, None, "основная КАССА")
    with pytest.raises(ValidationError, match="Введите название"):
        cash.save_desk(admin, new, "  ")
    with pytest.raises(AccessDenied, match="Редактировать справочники"):
        cash.save_desk(manager, None, "Моя касса")


def test_a_manager_does_not_see_an_order_of_a_client_he_may_not_open(db, shop, session_of) -> None:
    manager, manager2 = session_of("manager"), session_of("manager2")
    own = enter(manager, CashKind.RECEIPT, "100", client_id=shop.clients["ООО «Аудит»"])
    loose = enter(manager, CashKind.RECEIPT, "5")                 # no client: anybody's to see
    with pytest.raises(CashOrderNotFound):
        cash.load(manager2, own.id)
    with pytest.raises(CashOrderNotFound):
        cash.post(manager2, own.id)
    with pytest.raises(CashOrderNotFound):
        cash.delete(manager2, own.id)
    seen = {r.id for r in cash.journal(manager2, JournalQuery())}
    assert own.id not in seen and loose.id in seen
    # nor enters one for that client
    order = cash.new_order(manager2, CashKind.RECEIPT)
    order.amount, order.client_id = D("1"), shop.clients["ООО «Аудит»"]
    with pytest.raises(AccessDenied):
        cash.save(manager2, order)
    # the desk's money is the company's: the report counts every order
    assert balance_of(manager2, own.desk_id, shop.entity_id) == D(105)


def test_the_report_gives_every_reader_the_desks_figures(db, shop, session_of) -> None:
    """A colleague who may not open the client of an order still sees the desk's turnover:
    the report sums the register of posted orders, not the orders he can read (on a server
    those come through the access views)."""
    manager, colleague = session_of("manager"), session_of("manager2")
    enter(manager, CashKind.RECEIPT, "500", client_id=shop.clients["ООО «Аудит»"])
    enter(manager, CashKind.EXPENSE, "120", when=T0 + timedelta(hours=1))
    figures = {who: [(r.opening, r.receipts, r.expenses, r.closing)
                     for r in cash.report(session, date(2026, 3, 1), date(2026, 3, 31)).rows]
               for who, session in (("curator", manager), ("colleague", colleague))}
    assert figures["curator"] == figures["colleague"] == [(D(0), D(500), D(120), D(380))]

"""Invoices, payments, acts and VAT invoices through the services on Firebird (SAL-2 … SAL-8):
numbers, pricing as stored, payment state, "Ввести на основании", balance control, access."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text, update

from crm_desktop.data.schema import clients
from crm_desktop.domain.concurrency import ConcurrentEdit
from crm_desktop.domain.documents import BalanceExceeded, PaymentState
from crm_desktop.domain.money import VatMode
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import documents, nomenclature
from crm_desktop.services.documents import DocumentNotFound, JournalQuery
from tests.db.sales_setup import make_shop

D = Decimal
DAY = date(2026, 12, 1)


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


def _invoice(session, shop, client="ООО «Аудит»", lines=(("paper", "10"), ("stapler", "3")), **changes):
    draft = documents.new_draft(session, "invoice", shop.clients[client], today=DAY)
    draft.lines = [documents.line_from_item(session, shop.items[key], DAY, D(qty)) for key, qty in lines]
    for name, value in changes.items():
        setattr(draft, name, value)
    return documents.save(session, draft)


def test_invoice_numbers_prices_and_totals_as_stored(db, shop, session_of) -> None:
    manager = session_of("manager")
    first = _invoice(manager, shop, attention="Главному бухгалтеру Смирновой Е. А.")
    second = _invoice(manager, shop)
    assert (first.doc_no, second.doc_no) == ("АМ-1", "АМ-2")          # the user's prefix, per entity and year
    colleague = _invoice(session_of("manager2"), shop, client="ИП Сидоров")
    assert colleague.doc_no == "3"                                    # no prefix, same series
    assert first.legal_entity_id == shop.entity_id and first.bank_account_id == shop.account_id
    assert [(l.name, l.quantity, l.vat_rate) for l in first.lines] == [
        ("Бумага А4 «Снегурочка», 500 л.", D("10.000"), D("22.00")), ("Степлер №24", D("3.000"), D("22.00"))]
    with db.read() as conn:
        head = conn.execute(text("SELECT AMOUNT, VAT_AMOUNT, TOTAL, ATTENTION FROM INVOICES WHERE ID = :i"),
                            {"i": first.id}).one()
        lines = conn.execute(text("SELECT PRICE, AMOUNT, VAT_AMOUNT FROM INVOICE_LINES WHERE INVOICE_ID = :i "
                                  "ORDER BY LINE_NO"), {"i": first.id}).all()
    # 10 × 350,00 = 3 500,00 (VAT inside 631,15); 3 × 1 234,56 = 3 703,68 (VAT 667,88)
    assert lines == [(D("350.00"), D("3500.00"), D("631.15")), (D("1234.56"), D("3703.68"), D("667.88"))]
    assert head == (D("7203.68"), D("1299.03"), D("7203.68"), "Главному бухгалтеру Смирновой Е. А.")
    on_top = _invoice(manager, shop, vat_mode=VatMode.ON_TOP)
    assert (on_top.priced()[0].vat_amount, sum(p.total for p in on_top.priced())) == (D("770.00"), D("8788.49"))


def test_special_offer_prices_are_locked_and_fixed_items_keep_their_price(db, shop, session_of) -> None:
    admin, manager = session_of("admin"), session_of("manager")
    client = shop.clients["ООО «Аудит»"]
    nomenclature.save_special_offer(admin, client, [(shop.groups["Бумага"], D("10")), (None, D("3"))])
    draft = documents.new_draft(manager, "invoice", client, today=DAY)
    assert draft.special_offer
    draft.lines = [documents.line_from_item(manager, shop.items[k], DAY, D(q))
                   for k, q in (("paper", "2"), ("setup", "1"), ("fixed", "1"))]
    refreshed = documents.refresh(manager, draft)
    assert refreshed.banner == "ДЕЙСТВУЕТ СПЕЦПРЕДЛОЖЕНИЕ"
    # paper sits in «Офисная» under «Бумага»: the parent's 10 %; services the base 3 %; fixed item none
    assert [(p.discount, p.price) for p in refreshed.lines] == [
        (D("10"), D("315.00")), (D("3"), D("4365.00")), (D("0"), D("10000.00"))]
    # a price typed in the form does not survive saving under a special offer
    draft.lines[0] = type(draft.lines[0])(**{**draft.lines[0].__dict__, "base_price": D("1.00"), "discount": D("50")})
    saved = documents.save(manager, draft)
    assert [(l.base_price, l.discount) for l in saved.lines][0] == (D("350.00"), D("10.00"))
    assert saved.special_offer


def test_discount_tiers_are_suggested_and_the_manager_may_refuse(db, shop, session_of) -> None:
    admin, manager = session_of("admin"), session_of("manager2")
    tiers = [nomenclature.DiscountTier(D("2000"), D("1.5")), nomenclature.DiscountTier(D("50000"), D("3"))]
    nomenclature.save_discount_tiers(admin, tiers)
    draft = documents.new_draft(manager, "invoice", shop.clients["ИП Сидоров"], today=DAY)
    draft.lines = [documents.line_from_item(manager, shop.items["paper"], DAY, D("10")),
                   documents.line_from_item(manager, shop.items["fixed"], DAY, D("1"))]
    suggested = documents.refresh(manager, draft)
    assert suggested.suggested == D("1.5") and suggested.banner is None
    assert [p.price for p in suggested.lines] == [D("344.75"), D("10000.00")]
    own = documents.refresh(manager, draft, operative=D("-5"))     # a mark-up reaches the fixed item too
    assert [p.price for p in own.lines] == [D("367.50"), D("10500.00")]
    with pytest.raises(Exception, match="Обновить|Редактировать|Нет прав"):
        nomenclature.save_discount_tiers(manager, tiers)


def test_partial_payments_state_and_advance(db, shop, session_of) -> None:
    manager = session_of("manager")
    invoice = _invoice(manager, shop)                       # 7 203,68
    assert documents.settlement(manager, invoice.id).state is PaymentState.UNPAID
    pay = documents.new_payment(manager, invoice.id, today=DAY)
    assert pay.amount == D("7203.68") and pay.legal_entity_id == shop.entity_id
    pay.amount = D("3000")
    state = documents.save_payment(manager, pay)
    assert (state.state, state.remainder) == (PaymentState.PARTLY, D("4203.68"))
    assert state.describe() == "Оплачен частично, осталось 4\u00a0203,68 руб."
    second = documents.new_payment(manager, invoice.id, today=DAY)
    second.amount, second.pay_kind = D("5000"), 1
    state = documents.save_payment(manager, second)
    assert (state.state, state.advance) == (PaymentState.PAID, D("796.32"))
    assert "переплата 796,32 руб. учтена как аванс клиента" in state.describe()
    with pytest.raises(ValidationError, match="больше нуля"):
        documents.save_payment(manager, documents.Payment(None, invoice.client_id, shop.entity_id, DAY, D("0"),
                                                          invoice_id=invoice.id))
    with pytest.raises(ValidationError, match="Оплаты"):
        documents.delete(manager, "invoice", invoice.id)


def test_act_and_vat_invoice_entered_from_an_invoice(db, shop, session_of) -> None:
    manager = session_of("manager")
    invoice = _invoice(manager, shop)
    act = documents.save(manager, documents.enter_from_invoice(manager, invoice.id, "act", today=DAY))
    assert (act.doc_no, act.invoice_id, act.client_id) == ("1", invoice.id, invoice.client_id)
    assert [(l.name, l.quantity) for l in act.lines] == [(l.name, l.quantity) for l in invoice.lines]
    vat = documents.save(manager, documents.enter_from_invoice(manager, invoice.id, "vat-invoice", today=DAY))
    assert (vat.doc_no, vat.act_id) == ("1", act.id)
    assert sum(p.total for p in vat.priced()) == D("7203.68")
    with pytest.raises(ValidationError, match="Акт, Счёт-фактура"):
        documents.delete(manager, "invoice", invoice.id)


def test_balance_control_blocks_a_shipment_over_the_credit_limit(db, shop, session_of) -> None:
    manager, admin = session_of("manager"), session_of("admin")
    client = shop.clients["ООО «Аудит»"]
    with db.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == client).values(credit_limit=D("10000")))
    invoice = _invoice(manager, shop)                                   # 7 203,68
    documents.save(manager, documents.enter_from_invoice(manager, invoice.id, "act", today=DAY))
    second = _invoice(manager, shop)
    with pytest.raises(BalanceExceeded) as blocked:
        documents.save(manager, documents.enter_from_invoice(manager, second.id, "act", today=DAY))
    assert ("долг клиента 7\u00a0203,68 руб., с этим документом на 7\u00a0203,68 руб. он составит "
            "14\u00a0407,36 руб. при кредитном лимите 10\u00a0000,00 руб.") in str(blocked.value)
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ACTS")).scalar() == 1
    pay = documents.new_payment(manager, invoice.id, today=DAY)
    documents.save_payment(manager, pay)                                # debt paid: the act goes through
    documents.save(manager, documents.enter_from_invoice(manager, second.id, "act", today=DAY))
    with pytest.raises(Exception, match="администратор"):
        documents.set_balance_control(manager, False)
    documents.set_balance_control(admin, False)
    assert not documents.balance_control(manager)
    documents.save(manager, documents.enter_from_invoice(manager, second.id, "act", today=DAY))


def test_access_own_documents_and_visible_clients_only(db, shop, session_of, users) -> None:
    manager, colleague, supervisor = session_of("manager"), session_of("manager2"), session_of("supervisor")
    mine = _invoice(manager, shop)
    theirs = _invoice(colleague, shop, client="ИП Сидоров")
    with pytest.raises(DocumentNotFound):
        documents.load(manager, "invoice", theirs.id)
    assert [r.id for r in documents.journal(manager, "invoice", JournalQuery())] == [mine.id]
    assert {r.id for r in documents.journal(supervisor, "invoice", JournalQuery())} == {mine.id, theirs.id}
    # the client handed to the colleague: the manager still sees the invoice he issued
    with db.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == shop.clients["ООО «Аудит»"])
                     .values(curator_id=users["manager2"]))
    assert documents.load(session_of("manager"), "invoice", mine.id).doc_no == "АМ-1"


def test_concurrent_edit_of_one_invoice(db, shop, session_of) -> None:
    manager, supervisor = session_of("manager"), session_of("supervisor")
    invoice = _invoice(manager, shop)
    mine, theirs = documents.load(manager, "invoice", invoice.id), documents.load(supervisor, "invoice", invoice.id)
    theirs.attention = "Директору"
    documents.save(supervisor, theirs)
    mine.attention = "Бухгалтеру"
    with pytest.raises(ConcurrentEdit, match="Счёт изменён пользователем"):
        documents.save(manager, mine)
    assert mine.attention == "Бухгалтеру"
    assert documents.load(manager, "invoice", invoice.id).attention == "Директору"


def test_validation_names_every_problem(db, shop, session_of) -> None:
    manager = session_of("manager")
    draft = documents.new_draft(manager, "invoice", shop.clients["ООО «Аудит»"], today=DAY)
    with pytest.raises(ValidationError, match="хотя бы одну позицию"):
        documents.save(manager, draft)
    draft.lines = [documents.line_from_item(manager, shop.items["paper"], DAY, D("0"))]
    draft.due_date = date(2026, 11, 1)
    with pytest.raises(ValidationError) as bad:
        documents.save(manager, draft)
    assert {e.field for e in bad.value.errors} == {"lines", "due_date"}
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM INVOICES")).scalar() == 0


def test_two_workstations_numbering_at_once_never_share_a_number(db, shop, session_of, users) -> None:
    """Both save invoices of one legal entity and year at the same time: the counter row's lock
    serialises them, a conflict is retried, every number is issued once."""
    from concurrent.futures import ThreadPoolExecutor
    from crm_desktop.data.database import Database
    from crm_desktop.services.auth import login
    from tests.conftest import PASSWORD
    with db.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == shop.clients["ИП Сидоров"])
                     .values(curator_id=users["manager"]))
    stations = [login(Database(db.address, db.credentials), "manager", PASSWORD) for _ in range(2)]

    def issue(station, client: str) -> list[str]:
        return [_invoice(station, shop, client=client, lines=(("paper", "1"),)).doc_no for _ in range(8)]
    with ThreadPoolExecutor(2) as pool:
        numbers = [n for result in pool.map(issue, stations, ["ООО «Аудит»", "ИП Сидоров"]) for n in result]
    for station in stations:
        station.db.dispose()
    assert sorted(numbers, key=lambda n: int(n.split("-")[1])) == [f"АМ-{n}" for n in range(1, 17)]


def test_vat_rates_dictionary_decides_the_rate_by_the_document_date(db, shop, session_of) -> None:
    admin, manager = session_of("admin"), session_of("manager")
    assert documents.line_from_item(manager, shop.items["paper"], date(2025, 12, 31)).vat_rate == D("20.00")
    assert documents.line_from_item(manager, shop.items["paper"], DAY).vat_rate == D("22.00")
    rates = nomenclature.vat_rates(admin)
    overlapping = [r if r.name != "20 %" else type(r)(r.kind, r.name, r.rate, None, date(2026, 6, 30)) for r in rates]
    with pytest.raises(ValidationError, match="пересекаются"):
        nomenclature.save_vat_rates(admin, overlapping)
    with pytest.raises(Exception, match="Нет прав"):
        nomenclature.save_vat_rates(manager, rates)
    nomenclature.save_vat_rates(admin, [r for r in rates if r.kind != "reduced"])
    with pytest.raises(ValidationError, match="Нет ставки НДС «Льготная 10 %», действующей на 01.12.2026"):
        nomenclature.vat_rate(nomenclature.vat_rates(manager), "reduced", DAY)

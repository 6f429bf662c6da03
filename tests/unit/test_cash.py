"""The cash orders' rules (domain/cash.py): what a ПКО and an РКО need, sums in kopecks, the
refusals' figures and the cash report's arithmetic."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from crm_desktop.domain.cash import (CashKind, CashOrder, amount_errors, balance_after, errors, report_rows,
                                     shortage_message, unpost_message)
from crm_desktop.domain.concurrency import busy, conflict

D = Decimal
T = datetime(2026, 3, 10, 12, 30)


def order(kind: CashKind = CashKind.RECEIPT, **kw) -> CashOrder:
    values = dict(desk_id=1, legal_entity_id=2, doc_time=T, amount=D("100.50"), person="Иванов И. И.")
    values.update(kw)
    return CashOrder(kind, **values)


def fields(o: CashOrder) -> set[str]:
    return {e.field for e in errors(o)}


def test_a_complete_order_has_no_errors() -> None:
    assert errors(order()) == [] and errors(order(CashKind.EXPENSE)) == []


@pytest.mark.parametrize("amount, fragment", [
    (None, "Укажите сумму"), (D("0"), "больше нуля"), (D("-5"), "больше нуля"),
    (D("1.005"), "двух знаков"), (D("1e17"), "слишком велика"), (D("NaN"), "больше нуля"),
])
def test_the_amount_is_roubles_and_kopecks_above_zero(amount, fragment) -> None:
    problems = amount_errors(amount)
    assert len(problems) == 1 and fragment in problems[0].message and problems[0].field == "amount"


def test_kopecks_are_fine() -> None:
    assert amount_errors(D("0.01")) == [] and amount_errors(D("1234.5")) == []


def test_desk_and_legal_entity_are_required() -> None:
    assert fields(order(desk_id=None, legal_entity_id=None)) == {"desk_id", "legal_entity_id"}


def test_an_expense_names_whom_the_money_goes_to() -> None:
    assert fields(order(CashKind.EXPENSE, person="  ")) == {"person"}
    assert "Выдать" in errors(order(CashKind.EXPENSE, person=""))[0].message
    # a client alone is not who takes the cash out of the desk
    assert fields(order(CashKind.EXPENSE, person="", client_id=5)) == {"person"}


def test_a_receipt_names_the_client_or_the_person() -> None:
    assert fields(order(person="")) == {"person"}
    assert errors(order(person="", client_id=5)) == []


def test_long_texts_name_the_field_and_the_limit() -> None:
    problems = errors(order(CashKind.EXPENSE, person="я" * 251, basis="б" * 251, notes="н" * 1001))
    assert {e.field for e in problems} == {"person", "basis", "notes"}
    assert any("«Выдать»: не длиннее 250" in e.message for e in problems)


def test_kind_series_sign_and_titles() -> None:
    assert CashKind.RECEIPT.series != CashKind.EXPENSE.series
    assert all(len(k.series) <= 12 for k in CashKind)          # DOC_COUNTERS.DOC_KIND
    assert (CashKind.RECEIPT.short, CashKind.EXPENSE.short) == ("ПКО", "РКО")
    assert order(doc_no="7").title == "Приходный кассовый ордер № 7 от 10.03.2026"
    assert order(CashKind.EXPENSE).title == "Расходный кассовый ордер от 10.03.2026"


def test_balance_after_posting_and_unposting() -> None:
    assert balance_after(CashKind.RECEIPT, D(100), D(30), posting=True) == D(130)
    assert balance_after(CashKind.EXPENSE, D(100), D(30), posting=True) == D(70)
    assert balance_after(CashKind.RECEIPT, D(100), D(30), posting=False) == D(70)
    assert balance_after(CashKind.EXPENSE, D(100), D(30), posting=False) == D(130)


def test_refusals_name_the_desk_and_the_figures() -> None:
    text = shortage_message("Основная касса", "ООО «Ромашка»", D("1500"), D("1234.5"))
    assert "«Основная касса»" in text and "нужно 1\u00a0500,00 руб." in text and "в наличии 1\u00a0234,50 руб." in text
    assert "в наличии 0,00" in shortage_message("К", "Ю", D(1), D(-3))
    text = unpost_message("Касса 2", "ООО «Ромашка»", D("500"), D("200"))
    assert "«Касса 2»" in text and "200,00" in text and "500,00" in text


def test_cash_order_has_a_concurrency_subject() -> None:
    assert "Ордер изменён пользователем Борис" in str(conflict("cash_order", "Борис", None))
    assert str(busy("cash_order")).startswith("Ордер сейчас сохраняет другой пользователь")


def test_report_rows_opening_turnover_closing() -> None:
    rows = report_rows(now={(1, 10): D("700"), (2, 10): D("0")},
                       opening={(1, 10): D("100"), (3, 10): D("50")},
                       turnover={(1, 10, CashKind.RECEIPT): D("1000"), (1, 10, CashKind.EXPENSE): D("400")},
                       desks={1: "Основная касса", 2: "Пустая", 3: "Бухгалтерия"}, entities={10: "ООО «Ромашка»"})
    assert [r.desk_name for r in rows] == ["Бухгалтерия", "Основная касса"]     # the empty desk is left out
    main = rows[1]
    assert (main.opening, main.receipts, main.expenses, main.closing, main.now) == (
        D(100), D(1000), D(400), D(700), D(700))
    other = rows[0]
    assert (other.opening, other.receipts, other.expenses, other.closing, other.now) == (D(50), 0, 0, D(50), 0)

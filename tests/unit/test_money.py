"""Money, quantities and VAT rates (domain/money.py, domain/vat.py): kopecks and Russian notation."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.money import VatMode, format_money, format_qty, parse_money, q2, q3
from crm_desktop.domain.vat import DEFAULT_RATES, KIND_LABELS, rate_on

NB = "\u00a0"


@pytest.mark.parametrize(("text", "meant"), [
    ("1 234,50", Decimal("1234.50")),
    ("1234.5", Decimal("1234.50")),
    (f"1{NB}234,50", Decimal("1234.50")),
    ("1\u202f234,5", Decimal("1234.50")),        # narrow no-break space, as Word pastes it
    (" 12 ", Decimal("12.00")),
    ("0,07", Decimal("0.07")),
    ("-5,5", Decimal("-5.50")),
])
def test_parse_money(text: str, meant: Decimal) -> None:
    assert parse_money(text) == meant
    assert parse_money(text).as_tuple().exponent == -2


@pytest.mark.parametrize(("text", "says"), [
    ("", "не указана"),
    ("   ", "не указана"),
    ("abc", "не распознана"),
    ("1.234,50", "не распознана"),
    ("1,234.50", "не распознана"),
    ("12 р.", "не распознана"),
    ("1,234", "больше двух знаков"),
    ("0.001", "больше двух знаков"),
])
def test_parse_money_rejects_with_russian_hint(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_money(text)


@pytest.mark.parametrize(("value", "shown"), [
    (Decimal("1234.5"), f"1{NB}234,50"),
    (Decimal("0"), "0,00"),
    (Decimal("-0.001"), "0,00"),
    (Decimal("999.995"), f"1{NB}000,00"),
    (Decimal("-1234567.891"), f"-1{NB}234{NB}567,89"),
])
def test_format_money(value: Decimal, shown: str) -> None:
    assert format_money(value) == shown


@pytest.mark.parametrize(("value", "shown"), [
    (Decimal("2"), "2"),
    (Decimal("2.000"), "2"),
    (Decimal("1.5"), "1,5"),
    (Decimal("1500"), f"1{NB}500"),
    (Decimal("0.0004"), "0"),
    (Decimal("-0.0004"), "0"),
    (Decimal("1.2345"), "1,235"),
])
def test_format_qty(value: Decimal, shown: str) -> None:
    assert format_qty(value) == shown


def test_rounding_is_half_up_not_bankers() -> None:
    assert q2(Decimal("0.125")) == Decimal("0.13")
    assert q2(Decimal("-0.125")) == Decimal("-0.13")
    assert q3(Decimal("2.0005")) == Decimal("2.001")


@settings(max_examples=200)
@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_printed_money_reads_back(value: Decimal) -> None:
    assert parse_money(format_money(value)) == value


def test_vat_mode_labels() -> None:
    assert VatMode.INSIDE.label == "НДС в сумме"
    assert VatMode.ON_TOP.label == "НДС сверху"


@pytest.mark.parametrize(("kind", "day", "name", "rate"), [
    ("general", date(2025, 12, 31), "20 %", Decimal(20)),
    ("general", date(2026, 1, 1), "22 %", Decimal(22)),
    ("general", date(2019, 1, 1), "20 %", Decimal(20)),
    ("reduced", date(2026, 6, 1), "10 %", Decimal(10)),
    ("zero", date(2026, 6, 1), "0 %", Decimal(0)),
    ("usn5", date(2026, 6, 1), "5 % (УСН)", Decimal(5)),
    ("usn7", date(2026, 6, 1), "7 % (УСН)", Decimal(7)),
    ("none", date(2026, 6, 1), "Без НДС", None),
])
def test_rate_on_the_document_date(kind: str, day: date, name: str, rate: Decimal | None) -> None:
    found = rate_on(DEFAULT_RATES, kind, day)
    assert (found.name, found.rate) == (name, rate)


def test_every_kind_has_a_label_and_one_rate_a_day() -> None:
    assert {r.kind for r in DEFAULT_RATES} == set(KIND_LABELS)
    for day in (date(2025, 12, 31), date(2026, 1, 1)):
        for kind in KIND_LABELS:
            assert sum(r.kind == kind and r.valid_on(day) for r in DEFAULT_RATES) == 1


def test_missing_rate_names_kind_and_date() -> None:
    only_new = [r for r in DEFAULT_RATES if r.name == "22 %"]
    with pytest.raises(ValueError, match="«Общая ставка».*31.12.2025"):
        rate_on(only_new, "general", date(2025, 12, 31))

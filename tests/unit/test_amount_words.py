"""Amount in words as the print forms show it."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.amount_words import plural_form, rubles_in_words


@pytest.mark.parametrize(("amount", "words"), [
    ("0", "Ноль рублей 00 копеек"),
    ("0.01", "Ноль рублей 01 копейка"),
    ("0.99", "Ноль рублей 99 копеек"),
    ("1", "Один рубль 00 копеек"),
    ("2", "Два рубля 00 копеек"),
    ("4.02", "Четыре рубля 02 копейки"),
    ("5", "Пять рублей 00 копеек"),
    ("11", "Одиннадцать рублей 00 копеек"),
    ("12.12", "Двенадцать рублей 12 копеек"),
    ("13", "Тринадцать рублей 00 копеек"),
    ("14.14", "Четырнадцать рублей 14 копеек"),
    ("20", "Двадцать рублей 00 копеек"),
    ("21.01", "Двадцать один рубль 01 копейка"),
    ("22.22", "Двадцать два рубля 22 копейки"),
    ("100", "Сто рублей 00 копеек"),
    ("101.21", "Сто один рубль 21 копейка"),
    ("111", "Сто одиннадцать рублей 00 копеек"),
    ("112", "Сто двенадцать рублей 00 копеек"),
    ("1000", "Одна тысяча рублей 00 копеек"),
    ("1234.50", "Одна тысяча двести тридцать четыре рубля 50 копеек"),
    ("1234.5", "Одна тысяча двести тридцать четыре рубля 50 копеек"),
    ("2000", "Две тысячи рублей 00 копеек"),
    ("5000", "Пять тысяч рублей 00 копеек"),
    ("11000", "Одиннадцать тысяч рублей 00 копеек"),
    ("21001", "Двадцать одна тысяча один рубль 00 копеек"),
    ("22000.03", "Двадцать две тысячи рублей 03 копейки"),
    ("1000000", "Один миллион рублей 00 копеек"),
    ("2000000", "Два миллиона рублей 00 копеек"),
    ("1001001", "Один миллион одна тысяча один рубль 00 копеек"),
    ("1000000000", "Один миллиард рублей 00 копеек"),
    ("0.005", "Ноль рублей 01 копейка"),
    ("9.999", "Десять рублей 00 копеек"),
])
def test_literal_amounts(amount: str, words: str) -> None:
    assert rubles_in_words(Decimal(amount)) == words


@pytest.mark.parametrize(("n", "form"), [(0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (14, 2),
                                         (15, 2), (21, 0), (101, 0), (111, 2), (112, 2), (122, 1)])
def test_plural_form(n: int, form: int) -> None:
    assert plural_form(n, ("a", "b", "c")) == ("a", "b", "c")[form]


@pytest.mark.parametrize("amount", ["-0.01", "-1", "NaN", "Infinity"])
def test_negative_or_not_finite_is_refused(amount: str) -> None:
    with pytest.raises(ValueError):
        rubles_in_words(Decimal(amount))


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_never_raises_up_to_a_trillion(amount: Decimal) -> None:
    words = rubles_in_words(amount)
    assert words[0].isupper()
    assert words.endswith(("копейка", "копейки", "копеек"))
    assert f" {int(amount * 100) % 100:02d} " in words

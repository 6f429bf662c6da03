"""Amount in words for print forms (счёт, акт, счёт-фактура): "Одна тысяча двести тридцать
четыре рубля 50 копеек". Rubles are spelled out by ``num2words`` (lang ru), kopecks stay two
digits as Russian accounting forms print them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

_RUBLE = ("рубль", "рубля", "рублей")
_KOPECK = ("копейка", "копейки", "копеек")


def plural_form(n: int, forms: tuple[str, str, str]) -> str:
    """The Russian noun form agreeing with ``n``: 1 рубль, 2–4 рубля, 5–20 рублей, 21 рубль;
    11–14 always take the genitive plural ("одиннадцать рублей")."""
    if n % 100 in (11, 12, 13, 14):
        return forms[2]
    last = n % 10
    if last == 1:
        return forms[0]
    if last in (2, 3, 4):
        return forms[1]
    return forms[2]


def rubles_in_words(amount: Decimal) -> str:
    """Rubles in words, kopecks in two digits, first letter capitalised. The amount is rounded
    half up to kopecks, as money is everywhere in the program; a negative or non-finite amount
    is a caller's error (a print form never shows one)."""
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"Сумма прописью: ожидалась неотрицательная сумма, получено {amount}")
    kopecks_total = int(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) * 100)
    rubles, kopecks = divmod(kopecks_total, 100)
    words = num2words(rubles, lang="ru")
    text = f"{words} {plural_form(rubles, _RUBLE)} {kopecks:02d} {plural_form(kopecks, _KOPECK)}"
    return text[0].upper() + text[1:]

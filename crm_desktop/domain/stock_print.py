"""Values the warehouse print forms derive from a stored line or document without computing
money anew (WH-4): the unit price without VAT the unified forms ask for, counts in words,
and the amount of a cash order split into rubles and kopecks as КО-1/КО-2 print it."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

from crm_desktop.domain.money import q2


def net_price(price: Decimal, quantity: Decimal, total: Decimal, vat_amount: Decimal, vat_on_top: bool,
              has_vat: bool) -> Decimal:
    """Column «Цена» of ТОРГ-12 (11) and of the УПД (4): the price without VAT. Where VAT is on
    top (or there is none) the stored price already is one; where VAT is inside the price it is
    the stored line sum without VAT over the quantity, so that quantity × price gives the
    printed sum without VAT as nearly as kopecks allow."""
    if vat_on_top or not has_vat:
        return price
    if not quantity:
        return Decimal("0.00")
    return q2((total - vat_amount) / quantity)


def count_in_words(n: int) -> str:
    """"три", "двадцать один": ТОРГ-12 writes the number of its records and of the names
    shipped in words (the masculine cardinal, as num2words gives it)."""
    if n < 0:
        raise ValueError(f"Количество прописью: ожидалось неотрицательное число, получено {n}")
    return num2words(n, lang="ru")


def rubles_and_kopecks(amount: Decimal) -> tuple[str, str]:
    """"1234.5" → ("1234", "50"): КО-1's receipt prints «Сумма 1234 руб. 50 коп.» in two
    blanks."""
    kopecks = int(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) * 100)
    rubles, rest = divmod(kopecks, 100)
    return str(rubles), f"{rest:02d}"

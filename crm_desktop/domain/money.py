"""Money and quantities: Decimal only, kopecks and thousandths, Russian notation.

Firebird keeps money as NUMERIC(18,2) and quantities as NUMERIC(18,3); rounding here is
ROUND_HALF_UP as on paper, so the figure a manager computes by hand is the figure printed.
Numbers are grouped with a no-break space (U+00A0) so "1 234,50" never wraps in a cell.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum

KOPECK = Decimal("0.01")
THOUSANDTH = Decimal("0.001")
GROUP_SPACE = "\u00a0"

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")
_NUMBER = re.compile(r"(-?\d+)(?:[.,](\d+))?")
_EXAMPLE = "например 1 234,50"


def q2(value: Decimal) -> Decimal:
    """`value` rounded half up to kopecks."""
    return value.quantize(KOPECK, rounding=ROUND_HALF_UP)


def q3(value: Decimal) -> Decimal:
    """A quantity rounded half up to thousandths, the precision of the lines table."""
    return value.quantize(THOUSANDTH, rounding=ROUND_HALF_UP)


class VatMode(IntEnum):
    """Whether the prices of a document already contain VAT or VAT is added on top of them."""

    INSIDE = 1
    ON_TOP = 2

    @property
    def label(self) -> str:
        return "НДС в сумме" if self is VatMode.INSIDE else "НДС сверху"


def parse_money(text: str) -> Decimal:
    """The sum typed in `text` ("1 234,50", "1234.5", spaces of any kind between groups),
    in kopecks; ValueError with a Russian hint for anything else."""
    compact = _SPACES.sub("", text)
    if not compact:
        raise ValueError(f"Сумма не указана: введите число, {_EXAMPLE}.")
    number = _NUMBER.fullmatch(compact)
    if number is None:
        raise ValueError(f"Сумма «{text.strip()}» не распознана: введите число, {_EXAMPLE}.")
    whole, fraction = number.groups()
    if fraction is not None and len(fraction) > 2:
        raise ValueError(f"В сумме «{text.strip()}» больше двух знаков после запятой: "
                         f"укажите рубли и копейки, {_EXAMPLE}.")
    return q2(Decimal(f"{whole}.{fraction or 0}"))


def _russian(value: Decimal, spec: str) -> str:
    """`value` with no-break spaces between thousands and a decimal comma; never "-0"."""
    if not value:
        value = value.copy_abs()
    return format(value, spec).translate({ord(","): GROUP_SPACE, ord("."): ","})


def format_money(value: Decimal) -> str:
    """A sum as printed: "1 234,50"; parse_money reads it back."""
    return _russian(q2(value), ",.2f")


def format_qty(value: Decimal) -> str:
    """A quantity without trailing zeros: "2", "1,5", "1 500"."""
    text = format(q3(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _russian(Decimal(text), ",f")

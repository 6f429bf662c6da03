"""Prices of sales-document lines (manual: «Механизм скидок в счетах»).

Priority: a client's special offer beats discount tiers; tiers only suggest a discount the
manager may refuse for his own operative one. Items marked "discount prohibited" keep the
base price of the nomenclature, except under a negative discount, which is a mark-up and
applies to them too.

The rounding rule, the one place it is written down:
1. price = base × (100 − discount) / 100, rounded half up to kopecks first;
2. amount = q2(price × quantity);
3. VAT of the line: INSIDE → vat = q2(amount × rate / (100 + rate)), total = amount;
   ON_TOP → vat = q2(amount × rate / 100), total = amount + vat; «Без НДС» → vat = 0;
4. document totals are the sums of these printed line values, never recomputed from the
   document sum, so a printed total always equals the sum of the printed lines.
Each rounding is done from the exact quotient, so no intermediate rounding can tip it.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from math import floor

from crm_desktop.domain.money import VatMode, q2

BANNER = "ДЕЙСТВУЕТ СПЕЦПРЕДЛОЖЕНИЕ"
MAX_DISCOUNT = Decimal(100)       # exclusive: a 100 % discount would give the goods away
MAX_MARKUP = Decimal(1000)        # a discount of −1000 % multiplies the price by 11
_ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LineInput:
    """A document line as the pricing rules see it; `group_path` is the item's group and
    its parents up to the root, nearest first; `discount` in percent, negative = mark-up."""

    item_id: int | None
    group_path: tuple[int, ...]
    quantity: Decimal
    base_price: Decimal
    vat_rate: Decimal | None
    no_discount: bool
    discount: Decimal = Decimal(0)


@dataclass(frozen=True)
class SpecialOffer:
    """A client's special offer: a discount per product group, `base` for all other groups."""

    per_group: Mapping[int, Decimal]
    base: Decimal | None


@dataclass(frozen=True)
class DiscountTier:
    """From `min_sum` of the document on, the standard discount is `discount` percent."""

    min_sum: Decimal
    discount: Decimal


class PricingMode(Enum):
    SPECIAL_OFFER = "special_offer"
    TIERS = "tiers"
    OPERATIVE = "operative"


@dataclass(frozen=True)
class PricedLine:
    """A line with the values printed on the invoice; `discount` is the one actually applied."""

    item_id: int | None
    quantity: Decimal
    base_price: Decimal
    vat_rate: Decimal | None
    no_discount: bool
    discount: Decimal
    price: Decimal
    amount: Decimal
    vat_amount: Decimal
    total: Decimal

    @property
    def net(self) -> Decimal:
        """The line without VAT, "Сумма без НДС"."""
        return self.total - self.vat_amount


@dataclass(frozen=True)
class Totals:
    amount: Decimal
    vat: Decimal
    total: Decimal

    @property
    def net(self) -> Decimal:
        return self.total - self.vat


@dataclass(frozen=True)
class Repricing:
    """What "Обновить" produced; when `suggested` differs from the lines' discount the UI asks
    "Рекомендуемая скидка N %. Установить?", `banner` is shown above the lines when set."""

    lines: list[PricedLine]
    mode: PricingMode
    suggested: Decimal | None
    banner: str | None


def _share(value: Decimal, part: Decimal, whole: Decimal) -> Decimal:
    """q2(value × part / whole) rounded once, from the exact quotient, never from a rounded one."""
    exact = Fraction(value) * Fraction(part) / Fraction(whole)
    kopecks = floor(abs(exact) * 100 + Fraction(1, 2))
    return Decimal(kopecks if exact >= 0 else -kopecks).scaleb(-2)


def check_discount(discount: Decimal) -> None:
    """ValueError unless −1000 % ≤ discount < 100 %, the range the manual allows."""
    if not -MAX_MARKUP <= discount < MAX_DISCOUNT:
        raise ValueError(f"Скидка {discount} % недопустима: скидка должна быть меньше 100 %, "
                         f"наценка (отрицательная скидка) — не больше 1000 %.")


def _allowed(no_discount: bool, discount: Decimal) -> Decimal:
    """The discount a line may carry: a prohibited item takes mark-ups only."""
    return discount if not no_discount or discount < 0 else Decimal(0)


def line_price(base_price: Decimal, discount: Decimal, no_discount: bool) -> Decimal:
    """The price after `discount`, in kopecks; a prohibited item keeps its base price unless
    the discount is a mark-up."""
    check_discount(discount)
    return _share(base_price, MAX_DISCOUNT - _allowed(no_discount, discount), Decimal(100))


def priced(line: LineInput, vat_mode: VatMode) -> PricedLine:
    """The printed values of `line` by the rounding rule of this module."""
    price = line_price(line.base_price, line.discount, line.no_discount)
    amount = q2(price * line.quantity)
    rate = line.vat_rate
    if rate is None:
        vat, total = _ZERO, amount
    elif vat_mode is VatMode.INSIDE:
        vat, total = _share(amount, rate, 100 + rate), amount
    else:
        vat = _share(amount, rate, Decimal(100))
        total = amount + vat
    return PricedLine(line.item_id, line.quantity, line.base_price, rate, line.no_discount,
                      _allowed(line.no_discount, line.discount), price, amount, vat, total)


def totals(lines: Sequence[PricedLine]) -> Totals:
    """Sums of the printed line values, so the footer always adds up."""
    return Totals(sum((p.amount for p in lines), _ZERO), sum((p.vat_amount for p in lines), _ZERO),
                  sum((p.total for p in lines), _ZERO))


def offer_discount(offer: SpecialOffer, group_path: Sequence[int]) -> Decimal:
    """The offer's discount for an item: its nearest group named in the offer, else the base."""
    for group in group_path:
        if group in offer.per_group:
            return offer.per_group[group]
    return offer.base if offer.base is not None else Decimal(0)


def document_sum(lines: Iterable[LineInput]) -> Decimal:
    """The sum the tiers are measured against: quantity × base price, before any discount."""
    return sum((q2(line.quantity * line.base_price) for line in lines), _ZERO)


def suggested_discount(tiers: Iterable[DiscountTier], document_sum: Decimal) -> Decimal:
    """The discount of the highest tier the sum has reached; 0 below the first tier."""
    reached = [t for t in tiers if t.min_sum <= document_sum]
    return max(reached, key=lambda t: (t.min_sum, t.discount)).discount if reached else Decimal(0)


def mode_for(offer: SpecialOffer | None, tiers: Sequence[DiscountTier]) -> PricingMode:
    if offer is not None:
        return PricingMode.SPECIAL_OFFER
    return PricingMode.TIERS if tiers else PricingMode.OPERATIVE


def prices_locked(mode: PricingMode) -> bool:
    """Under a special offer the manager changes quantities only."""
    return mode is PricingMode.SPECIAL_OFFER


def apply_discount(lines: Iterable[LineInput], discount: Decimal) -> list[LineInput]:
    """One discount for the whole document (operative or a tier's); prohibited items take it
    only when it is a mark-up."""
    check_discount(discount)
    return [replace(line, discount=_allowed(line.no_discount, discount)) for line in lines]


def apply_offer(lines: Iterable[LineInput], offer: SpecialOffer) -> list[LineInput]:
    """Each line gets the offer's discount for its group; prohibited items as in apply_discount."""
    return [replace(line, discount=_allowed(line.no_discount, offer_discount(offer, line.group_path)))
            for line in lines]


def reprice(lines: Sequence[LineInput], vat_mode: VatMode, offer: SpecialOffer | None,
            tiers: Sequence[DiscountTier], operative: Decimal | None) -> Repricing:
    """What "Обновить" does: the special offer if the client has one (operative ignored),
    else the manager's operative discount, else the tier's suggestion; without tiers and
    without an operative discount the lines keep their own discounts."""
    mode = mode_for(offer, tiers)
    suggested: Decimal | None = None
    if offer is not None:
        lines = apply_offer(lines, offer)
    elif mode is PricingMode.TIERS:
        suggested = suggested_discount(tiers, document_sum(lines))
        lines = apply_discount(lines, suggested if operative is None else operative)
    elif operative is not None:
        lines = apply_discount(lines, operative)
    return Repricing([priced(line, vat_mode) for line in lines], mode, suggested,
                     BANNER if prices_locked(mode) else None)

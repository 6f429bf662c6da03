"""Discounts in sales documents (domain/pricing.py; manual: «Механизм скидок в счетах»)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.money import VatMode
from crm_desktop.domain.pricing import (BANNER, DiscountTier, LineInput, PricingMode, SpecialOffer,
                                        Totals, apply_discount, apply_offer, document_sum, line_price,
                                        mode_for, offer_discount, priced, prices_locked, reprice,
                                        suggested_discount, totals)

D = Decimal
TIERS = (DiscountTier(D(2000), D("1.5")), DiscountTier(D(50000), D(3)), DiscountTier(D(100000), D(5)))


def line(base: str, qty: str = "1", *, vat: int | None = 20, no_discount: bool = False,
         discount: str = "0", groups: tuple[int, ...] = ()) -> LineInput:
    return LineInput(None, groups, D(qty), D(base), None if vat is None else D(vat), no_discount, D(discount))


def money(low: int = 0, high: int = 10**6) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=low, max_value=high, places=2, allow_nan=False, allow_infinity=False)


discounts = st.decimals(min_value=-1000, max_value=D("99.99"), places=2)
lines = st.builds(LineInput, item_id=st.none() | st.integers(1, 10**6),
                  group_path=st.lists(st.integers(1, 50), max_size=4, unique=True).map(tuple),
                  quantity=st.decimals(min_value=D("0.001"), max_value=10**4, places=3),
                  base_price=money(), vat_rate=st.sampled_from([None, D(0), D(5), D(7), D(10), D(20), D(22)]),
                  no_discount=st.booleans(), discount=discounts)
modes = st.sampled_from(VatMode)


# worked examples, computed by hand

def test_vat_inside_worked_example() -> None:
    # 3 × 1 234,56 = 3 703,68; 3 703,68 × 22 / 122 = 667,8767… → 667,88
    p = priced(line("1234.56", "3", vat=22), VatMode.INSIDE)
    assert (p.price, p.amount, p.vat_amount, p.total, p.net) == (
        D("1234.56"), D("3703.68"), D("667.88"), D("3703.68"), D("3035.80"))


def test_vat_on_top_worked_example() -> None:
    # 3 703,68 × 22 / 100 = 814,8096 → 814,81; total 4 518,49
    p = priced(line("1234.56", "3", vat=22), VatMode.ON_TOP)
    assert (p.amount, p.vat_amount, p.total, p.net) == (D("3703.68"), D("814.81"), D("4518.49"), D("3703.68"))


def test_price_is_rounded_before_it_is_multiplied() -> None:
    # 10,05 − 5 % = 9,5475 → 9,55; × 7 = 66,85 (from the unrounded price it would be 66,83)
    p = priced(line("10.05", "7", discount="5"), VatMode.INSIDE)
    assert (p.price, p.amount) == (D("9.55"), D("66.85"))


def test_price_rounds_half_up() -> None:
    assert line_price(D("0.25"), D(50), False) == D("0.13")       # 0,125 → 0,13, not 0,12


def test_document_vat_is_the_sum_of_printed_lines() -> None:
    # each 0,04 × 20/120 = 0,0067 → 0,01; VAT of 0,12 at once would be 0,02, the invoice prints 0,03
    t = totals([priced(line("0.04"), VatMode.INSIDE) for _ in range(3)])
    assert (t.amount, t.vat, t.total) == (D("0.12"), D("0.03"), D("0.12"))


def test_without_vat_and_empty_document() -> None:
    p = priced(line("100", vat=None), VatMode.ON_TOP)
    assert (p.vat_amount, p.total) == (D(0), D(100))
    assert totals([]) == Totals(D(0), D(0), D(0))


def test_prohibited_item_keeps_base_price_but_takes_markup() -> None:
    assert priced(line("100", no_discount=True, discount="10"), VatMode.INSIDE).price == D(100)
    assert priced(line("100", no_discount=True, discount="10"), VatMode.INSIDE).discount == D(0)
    assert priced(line("100", no_discount=True, discount="-10"), VatMode.INSIDE).price == D(110)


@pytest.mark.parametrize("bad", [D(100), D(150), D("-1000.01")])
def test_discount_out_of_range(bad: Decimal) -> None:
    with pytest.raises(ValueError, match="Скидка .* недопустима"):
        line_price(D(100), bad, False)
    with pytest.raises(ValueError, match="недопустима"):
        apply_discount([line("100")], bad)
    with pytest.raises(ValueError, match="недопустима"):
        priced(line("100", no_discount=True, discount=str(bad)), VatMode.INSIDE)


def test_extreme_discounts_allowed() -> None:
    assert line_price(D(100), D("99.99"), False) == D("0.01")
    assert line_price(D(100), D(-1000), False) == D(1100)


@pytest.mark.parametrize(("total", "discount"), [
    ("0", "0"), ("1999.99", "0"), ("2000", "1.5"), ("49999.99", "1.5"), ("50000", "3"),
    ("100000", "5"), ("1000000", "5"),
])
def test_tiers_from_the_manual(total: str, discount: str) -> None:
    assert suggested_discount(TIERS, D(total)) == D(discount)
    assert suggested_discount(reversed(TIERS), D(total)) == D(discount)


def test_tiers_measure_base_prices_of_all_lines() -> None:
    doc = [line("1000", "30", discount="10"), line("25000", no_discount=True)]
    assert document_sum(doc) == D(55000)


def test_offer_nearest_group_then_base() -> None:
    offer = SpecialOffer({10: D(7), 1: D(3)}, D(2))
    assert offer_discount(offer, (10, 5, 1)) == D(7)
    assert offer_discount(offer, (11, 5, 1)) == D(3)
    assert offer_discount(offer, (11, 5)) == D(2)
    assert offer_discount(offer, ()) == D(2)
    assert offer_discount(SpecialOffer({10: D(7)}, None), (11,)) == D(0)


def test_modes() -> None:
    offer = SpecialOffer({}, D(5))
    assert mode_for(offer, TIERS) is PricingMode.SPECIAL_OFFER
    assert mode_for(None, TIERS) is PricingMode.TIERS
    assert mode_for(None, ()) is PricingMode.OPERATIVE
    assert [prices_locked(m) for m in PricingMode] == [True, False, False]


def test_reprice_special_offer() -> None:
    doc = [line("100", groups=(10, 1)), line("100", groups=(2,)), line("100", groups=(10,), no_discount=True)]
    r = reprice(doc, VatMode.INSIDE, SpecialOffer({10: D(10)}, D(4)), TIERS, D(50))
    assert (r.mode, r.banner, r.suggested) == (PricingMode.SPECIAL_OFFER, BANNER, None)
    assert [p.price for p in r.lines] == [D(90), D(96), D(100)]


def test_reprice_tiers_suggest_and_manager_may_refuse() -> None:
    doc = [line("1000", "60"), line("100", no_discount=True)]          # 60 100 → 3 %
    r = reprice(doc, VatMode.INSIDE, None, TIERS, None)
    assert (r.mode, r.suggested, r.banner) == (PricingMode.TIERS, D(3), None)
    assert [p.price for p in r.lines] == [D(970), D(100)]
    own = reprice(doc, VatMode.INSIDE, None, TIERS, D(2))
    assert own.suggested == D(3)
    assert [p.price for p in own.lines] == [D(980), D(100)]


def test_reprice_operative() -> None:
    doc = [line("100", discount="10"), line("100", no_discount=True)]
    kept = reprice(doc, VatMode.INSIDE, None, (), None)
    assert (kept.mode, kept.suggested, kept.banner) == (PricingMode.OPERATIVE, None, None)
    assert [p.price for p in kept.lines] == [D(90), D(100)]
    markup = reprice(doc, VatMode.INSIDE, None, (), D(-5))
    assert [p.price for p in markup.lines] == [D(105), D(105)]


def test_apply_discount_and_offer_spare_prohibited_items() -> None:
    doc = [line("100"), line("100", no_discount=True, discount="-3")]
    assert [x.discount for x in apply_discount(doc, D(7))] == [D(7), D(0)]
    assert [x.discount for x in apply_discount(doc, D(-7))] == [D(-7), D(-7)]
    assert [x.discount for x in apply_offer(doc, SpecialOffer({}, D(7)))] == [D(7), D(0)]


# properties

@settings(max_examples=200)
@given(st.lists(lines, max_size=20), modes)
def test_totals_equal_sum_of_lines(doc: list[LineInput], mode: VatMode) -> None:
    printed = [priced(x, mode) for x in doc]
    t = totals(printed)
    assert t.amount == sum(p.amount for p in printed)
    assert t.vat == sum(p.vat_amount for p in printed)
    assert t.total == sum(p.total for p in printed)
    assert t.total == (t.amount if mode is VatMode.INSIDE else t.amount + t.vat)


@settings(max_examples=200)
@given(lines)
def test_inside_vat_plus_net_is_amount(x: LineInput) -> None:
    p = priced(x, VatMode.INSIDE)
    assert p.vat_amount + p.net == p.amount == p.total
    assert p.vat_amount.as_tuple().exponent == -2


@settings(max_examples=200)
@given(lines, modes)
def test_vat_is_the_exact_share_rounded_half_up(x: LineInput, mode: VatMode) -> None:
    p = priced(x, mode)
    rate = x.vat_rate or D(0)
    with localcontext() as ctx:
        ctx.prec = 80
        exact = p.amount * rate / (100 + rate if mode is VatMode.INSIDE else 100)
        assert p.vat_amount == exact.quantize(D("0.01"), rounding=ROUND_HALF_UP)


@settings(max_examples=200)
@given(money(), discounts, st.booleans())
def test_price_never_below_zero(base: Decimal, discount: Decimal, no_discount: bool) -> None:
    price = line_price(base, discount, no_discount)
    assert price >= 0
    assert (price <= base) if discount >= 0 else (price >= base)


@settings(max_examples=200)
@given(money(), discounts)
def test_prohibited_items(base: Decimal, discount: Decimal) -> None:
    price = line_price(base, discount, True)
    assert price == (base if discount >= 0 else line_price(base, discount, False))


@settings(max_examples=200)
@given(st.dictionaries(st.integers(1, 50), discounts, max_size=6), st.none() | discounts,
       st.lists(st.integers(1, 50), max_size=5, unique=True), st.integers(51, 60), discounts)
def test_offer_nearest_group_wins(per_group: dict[int, Decimal], base: Decimal | None, path: list[int],
                                  nearest: int, discount: Decimal) -> None:
    offer = SpecialOffer({**per_group, nearest: discount}, base)
    assert offer_discount(offer, (nearest, *path)) == discount
    assert offer_discount(offer, tuple(path)) == offer_discount(SpecialOffer(per_group, base), tuple(path))


@settings(max_examples=200)
@given(st.lists(money(1, 10**6), min_size=1, max_size=5, unique=True),
       st.lists(st.decimals(min_value=0, max_value=50, places=1), min_size=5, max_size=5), money(), money())
def test_suggested_discount_grows_with_the_sum(mins: list[Decimal], steps: list[Decimal],
                                               a: Decimal, b: Decimal) -> None:
    tiers = [DiscountTier(m, d) for m, d in zip(sorted(mins), sorted(steps))]
    low, high = sorted((a, b))
    assert D(0) <= suggested_discount(tiers, low) <= suggested_discount(tiers, high)


@settings(max_examples=200)
@given(st.lists(lines, max_size=8), modes, st.dictionaries(st.integers(1, 50), discounts, max_size=4),
       st.none() | discounts, discounts)
def test_special_offer_ignores_operative(doc: list[LineInput], mode: VatMode, per_group: dict[int, Decimal],
                                         base: Decimal | None, operative: Decimal) -> None:
    offer = SpecialOffer(per_group, base)
    assert reprice(doc, mode, offer, TIERS, operative) == reprice(doc, mode, offer, (), None)

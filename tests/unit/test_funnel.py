"""Sales funnel maths (manual 000 "Воронка продаж"; OPS-2)."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.funnel import (FunnelProfile, FunnelStage, StageTransition, build, forecast, ratio,
                                       validate_profile)

NAMES = ["Холодный звонок", "Выход на лицо, принимающее решение", "Встреча", "Коммерческое предложение",
         "Договор", "Оплата", "Повторная продажа"]
DIRECT = FunnelProfile(1, "Прямые продажи", tuple(FunnelStage(n + 1, name) for n, name in enumerate(NAMES)))
CALLS_TO_PAYMENT = FunnelProfile(2, "Звонок → оплата", (FunnelStage(1, "Холодный звонок"), FunnelStage(6, "Оплата")))
MAY_1, MAY_31 = date(2026, 5, 1), date(2026, 5, 31)


def test_manuals_example_5000_calls_75_payments_k_0_015():
    transitions = [StageTransition(c, 1, MAY_1 + timedelta(days=c % 20)) for c in range(5000)]
    transitions += [StageTransition(c, 6, MAY_1 + timedelta(days=20)) for c in range(75)]
    report = build(CALLS_TO_PAYMENT, transitions, MAY_1, MAY_31)
    assert [(r.name, r.clients) for r in report.rows] == [("Холодный звонок", 5000), ("Оплата", 75)]
    assert report.overall == Decimal("0.015") and str(report.overall) == "0.0150"
    assert forecast(5000, Decimal("0.015")) == 75
    assert report.forecast(5000) == 75
    assert report.forecast(6250) == 94                       # 25 % more calls: 93.75 payments


def test_clients_per_stage_and_coefficients_by_hand():
    # 10 clients called, 6 reached the decision maker, 3 met, 2 got an offer, 1 signed and paid
    furthest = {**{c: 1 for c in range(1, 5)}, **{c: 2 for c in range(5, 8)}, 8: 3, 9: 4, 10: 6}
    transitions = [StageTransition(c, s, date(2026, 5, 10)) for c, top in furthest.items()
                   for s in range(1, top + 1) if not (c == 10 and s == 5)]     # the contract was not recorded
    report = build(DIRECT, transitions, MAY_1, MAY_31)
    assert [r.clients for r in report.rows] == [10, 6, 3, 2, 1, 1, 0]
    assert [r.coefficient for r in report.rows] == [None, Decimal("0.6"), Decimal("0.5"), Decimal("0.6667"),
                                                    Decimal("0.5"), Decimal(1), Decimal(0)]
    assert report.overall == Decimal(0)
    raw = build(DIRECT, transitions, MAY_1, MAY_31, cumulative=False)
    assert [r.clients for r in raw.rows] == [10, 6, 3, 2, 0, 1, 0]
    assert raw.rows[5].coefficient is None                  # nobody recorded on the stage before


def test_period_bounds_are_included_and_others_ignored():
    transitions = [StageTransition(1, 1, MAY_1), StageTransition(2, 1, MAY_31),
                   StageTransition(3, 1, MAY_1 - timedelta(1)),
                   StageTransition(4, 1, MAY_31 + timedelta(1)), StageTransition(1, 99, MAY_1),
                   StageTransition(1, 1, date(2026, 5, 5)), StageTransition(2, 6, date(2026, 5, 6))]
    report = build(CALLS_TO_PAYMENT, transitions, MAY_1, MAY_31)
    assert [r.clients for r in report.rows] == [2, 1]
    assert report.overall == Decimal("0.5")


def test_empty_period():
    report = build(DIRECT, [], MAY_1, MAY_31)
    assert all(r.clients == 0 and (r.coefficient is None) for r in report.rows)
    assert report.overall is None and report.forecast(1000) is None
    assert build(FunnelProfile(3, "Пустой"), [], MAY_1, MAY_31).overall is None


def test_rounding_of_coefficients_and_forecasts():
    assert ratio(2, 3) == Decimal("0.6667") and ratio(1, 8) == Decimal("0.1250") and ratio(1, 0) is None
    assert forecast(10, Decimal("0.25")) == 3                # 2.5 rounds half up
    assert forecast(7, Decimal("0.4286")) == 3


def test_profile_validation():
    assert validate_profile(DIRECT) == []
    errors = validate_profile(FunnelProfile(None, " ", (FunnelStage(1, "Звонок"),)))
    assert errors == ["Введите название профиля воронки, например «Прямые продажи».",
                      "В воронке должно быть не меньше двух этапов: от первого контакта до оплаты."]
    errors = validate_profile(FunnelProfile(None, "Дилеры", (FunnelStage(1, "Звонок"), FunnelStage(2, " звонок "),
                                                            FunnelStage(3, ""))))
    assert errors == ["Этап воронки «звонок» повторяется: у каждого этапа своё название.",
                      "У этапа воронки № 3 нет названия: введите название этапа."]


transitions_st = st.lists(st.builds(StageTransition, st.integers(1, 30), st.integers(1, 8),
                                    st.dates(date(2026, 4, 20), date(2026, 6, 10))), max_size=120)


@given(transitions_st)
def test_cumulative_counts_never_grow_and_k_is_the_product(transitions):
    report = build(DIRECT, transitions, MAY_1, MAY_31)
    counts = [r.clients for r in report.rows]
    assert counts == sorted(counts, reverse=True)
    inside = {t.client_id for t in transitions if MAY_1 <= t.on <= MAY_31 and t.stage_id <= 7}
    assert report.first == len(inside)
    if all(counts):
        product = Fraction(1)
        for a, b in zip(counts, counts[1:]):
            product *= Fraction(b, a)
        assert report.overall == ratio(product.numerator, product.denominator)
        assert report.forecast(report.first) == report.last
    for r in report.rows:
        assert r.coefficient is None or Decimal(0) <= r.coefficient <= Decimal(1)


@given(transitions_st, st.integers(0, 10 ** 6))
def test_forecast_scales_with_the_first_stage(transitions, first):
    report = build(CALLS_TO_PAYMENT, transitions, MAY_1, MAY_31)
    if report.first:
        exact = Fraction(first * report.last, report.first)
        assert abs(report.forecast(first) - exact) <= Fraction(1, 2)

"""Targeting (manual 001 "Система таргетинга"; OPS-3): weights, plans, periods, team sums."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.targeting import (Achievement, Fact, Period, PeriodKind, Plan, Target, TargetKind,
                                          breakdown, monitor, period_of, progress, shift, team_progress,
                                          validate_plan, validate_targets, weigh)

OFFER_TYPE, CONTRACT_RESULT = 10, 20
OFFER = Target(1, TargetKind.EVENT, OFFER_TYPE, "Коммерческое предложение", Decimal("0.5"))
CONTRACT = Target(2, TargetKind.RESULT, CONTRACT_RESULT, "Договор заключён", Decimal("1.0"))
TARGETS = [OFFER, CONTRACT]
ANNA, BORIS, CLARA = 1, 2, 3
THU = date(2026, 11, 26)                                     # a Thursday


def test_periods_day_monday_week_and_month():
    assert period_of(PeriodKind.DAY, THU) == Period(PeriodKind.DAY, THU, THU)
    assert period_of(PeriodKind.WEEK, THU) == Period(PeriodKind.WEEK, date(2026, 11, 23), date(2026, 11, 29))
    assert period_of(PeriodKind.WEEK, date(2026, 11, 29)).first == date(2026, 11, 23)     # Sunday ends the week
    assert period_of(PeriodKind.WEEK, date(2026, 11, 30)).first == date(2026, 11, 30)     # Monday starts one
    assert period_of(PeriodKind.MONTH, THU) == Period(PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30))
    assert period_of(PeriodKind.MONTH, date(2028, 2, 10)).last == date(2028, 2, 29)
    assert period_of(PeriodKind.WEEK, date(2026, 12, 31)).last == date(2027, 1, 3)
    assert [period_of(k, THU).title for k in PeriodKind] == ["26.11.2026", "23.11–29.11.2026", "ноябрь 2026"]
    assert period_of(PeriodKind.MONTH, THU).contains(datetime(2026, 11, 30, 23, 59))
    assert not period_of(PeriodKind.MONTH, THU).contains(date(2026, 12, 1))


def test_shift_periods():
    assert shift(period_of(PeriodKind.MONTH, date(2026, 12, 15)), 1).first == date(2027, 1, 1)
    assert shift(period_of(PeriodKind.MONTH, date(2026, 1, 15)), -1).first == date(2025, 12, 1)
    assert shift(period_of(PeriodKind.WEEK, THU), -1).first == date(2026, 11, 16)
    assert shift(period_of(PeriodKind.DAY, THU), 5).first == date(2026, 12, 1)


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.sampled_from(list(PeriodKind)))
def test_periods_tile_the_calendar(day, kind):
    period = period_of(kind, day)
    assert period.contains(day) and period_of(kind, period.first) == period == period_of(kind, period.last)
    assert shift(period, 1).first == period.last + timedelta(days=1)
    assert shift(shift(period, 1), -1) == period
    if kind == PeriodKind.WEEK:
        assert period.first.weekday() == 0 and (period.last - period.first).days == 6


def test_weights_of_the_manual_offer_and_contract():
    events = [Achievement(ANNA, datetime(2026, 11, 26, 10), OFFER_TYPE, None),
              Achievement(ANNA, datetime(2026, 11, 26, 15), OFFER_TYPE, CONTRACT_RESULT),   # both count
              Achievement(ANNA, date(2026, 11, 24), 99, None),                            # no target
              Achievement(BORIS, date(2026, 11, 2), 99, CONTRACT_RESULT)]
    facts = weigh(events, TARGETS)
    assert facts == [Fact(ANNA, 1, THU, Decimal("0.5")), Fact(ANNA, 1, THU, Decimal("0.5")),
                     Fact(ANNA, 2, THU, Decimal("1.0")), Fact(BORIS, 2, date(2026, 11, 2), Decimal("1.0"))]
    plan = Plan(ANNA, day=Decimal("2"), week=Decimal("8"), month=Decimal("30"))
    day, week, month = monitor(plan, facts, THU)
    assert (day.achieved, day.plan, day.percent) == (Decimal("2.0"), Decimal(2), Decimal("100.0"))
    assert day.done and not week.done
    assert (week.achieved, week.percent) == (Decimal("2.0"), Decimal("25.0"))
    assert (month.achieved, month.percent) == (Decimal("2.0"), Decimal("6.7"))
    assert progress(plan, facts, period_of(PeriodKind.DAY, THU + timedelta(1))).achieved == 0


def test_no_plan_means_no_percent():
    result = progress(Plan(ANNA), [Fact(ANNA, 1, THU, Decimal("0.5"))], period_of(PeriodKind.WEEK, THU))
    assert (result.achieved, result.plan, result.percent, result.done) == (Decimal("0.5"), 0, None, False)


def test_team_sums_and_breakdown():
    facts = [Fact(ANNA, 1, THU, Decimal("0.5")), Fact(ANNA, 2, THU, Decimal("1.0")),
             Fact(BORIS, 1, date(2026, 11, 23), Decimal("0.5")), Fact(BORIS, 1, date(2026, 11, 22), Decimal("0.5")),
             Fact(CLARA, 2, THU, Decimal("1.0"))]                          # Clara has no plan
    plans = [Plan(ANNA, week=Decimal("3")), Plan(BORIS, week=Decimal("2"))]
    team = team_progress(plans, facts, period_of(PeriodKind.WEEK, THU))
    assert [(r.user_id, r.achieved, r.percent) for r in team.rows] == [(ANNA, Decimal("1.5"), Decimal("50.0")),
                                                                       (BORIS, Decimal("0.5"), Decimal("25.0"))]
    assert (team.total.user_id, team.total.achieved, team.total.plan, team.total.percent) == (
        None, Decimal("2.0"), Decimal(5), Decimal("40.0"))
    lines = breakdown(BORIS, facts, TARGETS, period_of(PeriodKind.MONTH, THU))
    assert [(x.name, x.count, x.weight) for x in lines] == [("Коммерческое предложение", 2, Decimal("1.0")),
                                                            ("Договор заключён", 0, Decimal(0))]


def test_percent_rounds_half_up_to_one_decimal():
    week = period_of(PeriodKind.WEEK, THU)
    assert progress(Plan(ANNA, week=Decimal("8")), [Fact(ANNA, 1, THU, Decimal("0.01"))], week).percent == \
        Decimal("0.1")                                                     # 0.125 % → 0.1
    assert progress(Plan(ANNA, week=Decimal("3")), [Fact(ANNA, 1, THU, Decimal("0.05"))], week).percent == \
        Decimal("1.7")                                                     # 1.666… % → 1.7


def test_validation_of_weights_and_plans():
    assert validate_targets(TARGETS) == []
    bad = [Target(1, TargetKind.EVENT, 5, "Звонок", Decimal(0)),
           Target(2, TargetKind.EVENT, 6, "Встреча", Decimal("0.125")),
           Target(3, TargetKind.EVENT, 6, "Встреча ", Decimal("1"))]
    assert validate_targets(bad) == ["Вес цели «Звонок» должен быть больше нуля, например 0,5.",
                                     "Вес цели «Встреча» укажите не точнее сотых, например 0,25.",
                                     "Цель «Встреча» указана дважды: оставьте одну строку с её весом."]
    assert validate_targets([Target(4, TargetKind.RESULT, 6, "Встреча состоялась", Decimal("1"))] + bad[1:2]) == [
        "Вес цели «Встреча» укажите не точнее сотых, например 0,25."]           # a result and a type may share an id
    assert validate_plan(Plan(ANNA, Decimal("1"), Decimal("5"), Decimal("20"))) == []
    assert validate_plan(Plan(ANNA, Decimal("-1"), Decimal("0.001"))) == [
        "План на день не может быть отрицательным.", "План на неделю укажите не точнее сотых."]


weights = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10"), places=2)
facts_st = st.lists(st.builds(Fact, st.sampled_from([ANNA, BORIS, CLARA]), st.sampled_from([1, 2]),
                              st.dates(date(2026, 10, 20), date(2026, 12, 10)), weights), max_size=60)


@given(facts_st, st.sampled_from(list(PeriodKind)))
def test_team_total_is_the_sum_of_hand_counts(facts, kind):
    period = period_of(kind, THU)
    plans = [Plan(ANNA, Decimal(1), Decimal(5), Decimal(20)), Plan(BORIS, Decimal(2), Decimal(10), Decimal(40))]
    team = team_progress(plans, facts, period)
    by_hand = {u: sum((f.weight for f in facts if f.user_id == u and period.first <= f.on <= period.last),
                      Decimal(0)) for u in (ANNA, BORIS)}
    assert [r.achieved for r in team.rows] == [by_hand[ANNA], by_hand[BORIS]]
    assert team.total.achieved == by_hand[ANNA] + by_hand[BORIS]
    assert team.total.plan == sum(p.of(kind) for p in plans)
    for user in (ANNA, BORIS):
        assert sum((x.weight for x in breakdown(user, facts, TARGETS, period)), Decimal(0)) == by_hand[user]

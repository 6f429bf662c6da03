"""Targeting (manual 001 "Система таргетинга"; OPS-3): weighted target events and results,
per-user plans for a day, a week and a month, and the progress the assistant panel's monitor
and the report "Таргетинг – плановые показатели" show.

A target is an event type ("Коммерческое предложение" weighs 0.5) or an event result
("Договор заключён" weighs 1.0). An event of the history scores every target it matches: its
type's and its result's, so an offer that ended in a contract scores 1.5. Weights have at
most two decimal places; sums are exact; a percent of the plan is rounded half up to one
decimal place (the only rounding here). Weeks run Monday to Sunday, months from the first to
the last day; period bounds are whole days of the office's calendar.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum

from crm_desktop.domain.planning import week_start

PERCENT = Decimal("0.1")
WEIGHT = Decimal("0.01")
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
          "ноябрь", "декабрь")


class PeriodKind(IntEnum):
    DAY = 1
    WEEK = 2
    MONTH = 3

    @property
    def title(self) -> str:
        return {PeriodKind.DAY: "День", PeriodKind.WEEK: "Неделя", PeriodKind.MONTH: "Месяц"}[self]


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date
    last: date                      # included

    def contains(self, moment: date | datetime) -> bool:
        day = moment.date() if isinstance(moment, datetime) else moment
        return self.first <= day <= self.last

    @property
    def title(self) -> str:
        """"23.11.2026", "23.11–29.11.2026", "ноябрь 2026"."""
        if self.kind == PeriodKind.DAY:
            return f"{self.first:%d.%m.%Y}"
        if self.kind == PeriodKind.WEEK:
            return f"{self.first:%d.%m}–{self.last:%d.%m.%Y}"
        return f"{MONTHS[self.first.month - 1]} {self.first.year}"


def period_of(kind: PeriodKind, day: date) -> Period:
    """The day, its Monday-to-Sunday week, or its calendar month."""
    if kind == PeriodKind.DAY:
        return Period(kind, day, day)
    if kind == PeriodKind.WEEK:
        monday = week_start(day)
        return Period(kind, monday, monday + timedelta(days=6))
    days = calendar.monthrange(day.year, day.month)[1]
    return Period(kind, day.replace(day=1), day.replace(day=days))


def shift(period: Period, steps: int) -> Period:
    """The period `steps` days, weeks or months later (earlier when negative)."""
    if period.kind == PeriodKind.DAY:
        return period_of(period.kind, period.first + timedelta(days=steps))
    if period.kind == PeriodKind.WEEK:
        return period_of(period.kind, period.first + timedelta(weeks=steps))
    month = period.first.year * 12 + period.first.month - 1 + steps
    return period_of(period.kind, date(month // 12, month % 12 + 1, 1))


# -- targets and plans ------------------------------------------------------------------------
class TargetKind(IntEnum):
    EVENT = 1           # an event type
    RESULT = 2          # an event result

    @property
    def title(self) -> str:
        return "Целевое событие" if self is TargetKind.EVENT else "Целевой результат"


@dataclass(frozen=True)
class Target:
    id: int
    kind: TargetKind
    ref_id: int                     # the event type's or the event result's id
    name: str
    weight: Decimal


@dataclass(frozen=True)
class Plan:
    """A user's target plan in weight units ("В настройках пользователя устанавливается
    целевой план на день, неделю, месяц")."""
    user_id: int
    day: Decimal = Decimal(0)
    week: Decimal = Decimal(0)
    month: Decimal = Decimal(0)

    def of(self, kind: PeriodKind) -> Decimal:
        return {PeriodKind.DAY: self.day, PeriodKind.WEEK: self.week, PeriodKind.MONTH: self.month}[kind]


def validate_targets(targets: Iterable[Target]) -> list[str]:
    """Russian messages of what keeps the weights of "Система таргетинга" from being saved."""
    errors = []
    seen: set[tuple[TargetKind, int]] = set()
    for target in targets:
        name = target.name.strip()
        if target.weight <= 0:
            errors.append(f"Вес цели «{name}» должен быть больше нуля, например 0,5.")
        elif target.weight != target.weight.quantize(WEIGHT):
            errors.append(f"Вес цели «{name}» укажите не точнее сотых, например 0,25.")
        if (target.kind, target.ref_id) in seen:
            errors.append(f"Цель «{name}» указана дважды: оставьте одну строку с её весом.")
        seen.add((target.kind, target.ref_id))
    return errors


def validate_plan(plan: Plan) -> list[str]:
    errors = []
    for kind in PeriodKind:
        value = plan.of(kind)
        if value < 0:
            errors.append(f"План на {_accusative(kind)} не может быть отрицательным.")
        elif value != value.quantize(WEIGHT):
            errors.append(f"План на {_accusative(kind)} укажите не точнее сотых.")
    return errors


def _accusative(kind: PeriodKind) -> str:
    return {PeriodKind.DAY: "день", PeriodKind.WEEK: "неделю", PeriodKind.MONTH: "месяц"}[kind]


# -- facts and progress -----------------------------------------------------------------------
@dataclass(frozen=True)
class Achievement:
    """One event of the history as targeting sees it."""
    user_id: int
    at: date | datetime
    event_type_id: int | None
    result_id: int | None


@dataclass(frozen=True)
class Fact:
    """A target scored by a user on a day."""
    user_id: int
    target_id: int
    on: date
    weight: Decimal


def weigh(achievements: Iterable[Achievement], targets: Iterable[Target]) -> list[Fact]:
    """The facts the events score: one per matching target (type and result both count)."""
    by_key = {(t.kind, t.ref_id): t for t in targets}
    facts = []
    for event in achievements:
        day = event.at.date() if isinstance(event.at, datetime) else event.at
        for key in ((TargetKind.EVENT, event.event_type_id), (TargetKind.RESULT, event.result_id)):
            target = by_key.get(key) if key[1] is not None else None      # type: ignore[arg-type]
            if target is not None:
                facts.append(Fact(event.user_id, target.id, day, target.weight))
    return facts


@dataclass(frozen=True)
class Progress:
    user_id: int | None             # None on the team's total
    period: Period
    achieved: Decimal
    plan: Decimal
    percent: Decimal | None         # None when no plan is set for the period

    @property
    def done(self) -> bool:
        return self.plan > 0 and self.achieved >= self.plan


def percent(achieved: Decimal, plan: Decimal) -> Decimal | None:
    if plan <= 0:
        return None
    return (achieved * 100 / plan).quantize(PERCENT, rounding=ROUND_HALF_UP)


def progress(plan: Plan, facts: Iterable[Fact], period: Period) -> Progress:
    """The user's weight achieved in the period against the plan for that kind of period."""
    achieved = sum((f.weight for f in facts if f.user_id == plan.user_id and period.contains(f.on)), Decimal(0))
    target = plan.of(period.kind)
    return Progress(plan.user_id, period, achieved, target, percent(achieved, target))


def monitor(plan: Plan, facts: Iterable[Fact], today: date) -> tuple[Progress, Progress, Progress]:
    """The assistant panel's lines: today, this week, this month."""
    facts = list(facts)
    return tuple(progress(plan, facts, period_of(kind, today)) for kind in PeriodKind)  # type: ignore[return-value]


@dataclass(frozen=True)
class TeamProgress:
    rows: tuple[Progress, ...]
    total: Progress


def team_progress(plans: Iterable[Plan], facts: Iterable[Fact], period: Period) -> TeamProgress:
    """Everyone with a plan (the people targeting is set up for), in the order given, and the
    team's sum: supervisors' and administrators' view. Facts of users without a plan are left
    out of the sum too, so the total is the sum of the rows."""
    facts = list(facts)
    rows = tuple(progress(plan, facts, period) for plan in plans)
    achieved = sum((r.achieved for r in rows), Decimal(0))
    planned = sum((r.plan for r in rows), Decimal(0))
    return TeamProgress(rows, Progress(None, period, achieved, planned, percent(achieved, planned)))


@dataclass(frozen=True)
class TargetLine:
    """A line of "Таргетинг – плановые показатели": one target of one user in the period."""
    target_id: int
    name: str
    count: int
    weight: Decimal


def breakdown(user_id: int, facts: Iterable[Fact], targets: Iterable[Target], period: Period) -> list[TargetLine]:
    """How the user's achieved weight is made up, target by target (targets never scored
    are listed with zero so the report shows what was expected)."""
    lines = {t.id: TargetLine(t.id, t.name.strip(), 0, Decimal(0)) for t in targets}
    for fact in facts:
        if fact.user_id == user_id and period.contains(fact.on) and fact.target_id in lines:
            line = lines[fact.target_id]
            lines[fact.target_id] = TargetLine(line.target_id, line.name, line.count + 1, line.weight + fact.weight)
    return list(lines.values())

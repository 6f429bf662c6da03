"""Targeting (OPS-3; «Администрирование – Система таргетинга»): weighted targets, the users'
plans, and the progress the assistant panel's monitor and «Таргетинг – плановые показатели»
show, scored from the events of the history by domain/targeting.

The monitor shows a user their own progress; supervisors and administrators («Видеть журналы и
отчёты по всем сотрудникам») see everyone with a plan. Events are read through the session, so
an event on a client the reader may not see scores nothing for them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crm_desktop.data import targeting as data
from crm_desktop.data import users as user_data
from crm_desktop.data.targeting import TargetRow
from crm_desktop.domain import targeting as rules
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.targeting import Period, PeriodKind, Plan, Progress, TargetKind, TargetLine
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.session import Session

__all__ = ["TargetRow", "Plan", "MonitorLine", "TeamFigures", "event_types", "users", "targets", "save_targets",
           "plans", "save_plan", "delete_plan", "monitor", "team"]


def event_types(session: Session) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return data.event_type_names(conn)


def users(session: Session) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return user_data.all_users(conn)


def targets(session: Session) -> list[TargetRow]:
    with session.db.read() as conn:
        return data.target_rows(conn)


def _domain_targets(rows: list[TargetRow]) -> list[rules.Target]:
    """Result targets are keyed by their text: each distinct text gets its own number."""
    texts: dict[str, int] = {}
    found = []
    for n, r in enumerate(rows):
        if r.kind is TargetKind.EVENT:
            ref = r.event_type_id or 0
        else:
            ref = texts.setdefault(" ".join((r.result or "").split()).casefold(), len(texts) + 1)
        found.append(rules.Target(r.id if r.id is not None else -n - 1, r.kind, ref, r.name, r.weight))
    return found


def save_targets(session: Session, rows: list[TargetRow]) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    errors = [FieldError("targets", m) for m in rules.validate_targets(_domain_targets(rows))]
    for r in rows:
        if not r.name.strip():
            errors.append(FieldError("targets", "У цели нет названия: введите его, например «Договор»."))
        if r.kind is TargetKind.EVENT and r.event_type_id is None:
            errors.append(FieldError("targets", f"Цель «{r.name.strip()}»: выберите тип события."))
        if r.kind is TargetKind.RESULT and not (r.result or "").strip():
            errors.append(FieldError("targets", f"Цель «{r.name.strip()}»: введите результат события."))
    if errors:
        raise ValidationError(errors)
    with session.db.begin() as conn:
        data.save_targets(conn, rows)


def plans(session: Session) -> list[tuple[Plan, str]]:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.read() as conn:
        return data.plans(conn)


def save_plan(session: Session, plan: Plan) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    errors = rules.validate_plan(plan)
    if errors:
        raise ValidationError(FieldError("plan", m) for m in errors)
    with session.db.begin() as conn:
        data.save_plan(conn, plan)


def delete_plan(session: Session, user_id: int) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        data.delete_plan(conn, user_id)


def _facts(conn, rows: list[TargetRow], first: date, last: date, user_id: int | None) -> list[rules.Fact]:
    domain = _domain_targets(rows)
    result_ref = {" ".join((r.result or "").split()).casefold(): t.ref_id
                  for r, t in zip(rows, domain) if r.kind is TargetKind.RESULT}
    events = data.scored_events(conn, first, last, [r.event_type_id for r in rows if r.kind is TargetKind.EVENT],
                                [r.result or "" for r in rows if r.kind is TargetKind.RESULT], user_id)
    achievements = (rules.Achievement(user, at, type_id,
                                      result_ref.get(" ".join((result or "").split()).casefold()))
                    for user, at, type_id, result in events)
    return rules.weigh(achievements, domain)


@dataclass(frozen=True)
class MonitorLine:
    user_id: int
    name: str
    periods: tuple[Progress, Progress, Progress]        # today, this week, this month


def monitor(session: Session, today: date) -> list[MonitorLine]:
    """The reader's own line; for those who see all journals everyone with a plan (the reader
    first when planned). A user without a plan sees zeros against no plan."""
    sees_all = session.rights.sees_all_journals
    me = session.user.id
    week, month = rules.period_of(PeriodKind.WEEK, today), rules.period_of(PeriodKind.MONTH, today)
    first, last = min(week.first, month.first), max(week.last, month.last)
    with session.db.read() as conn:
        rows = data.target_rows(conn, active_only=True)
        planned = data.plans(conn, None if sees_all else me)
        facts = _facts(conn, rows, first, last, None if sees_all else me)
    if not planned:                 # no plan anywhere: the reader's own zeros, against no plan
        planned.insert(0, (Plan(me), session.user.full_name))
    planned.sort(key=lambda p: p[0].user_id != me)
    return [MonitorLine(plan.user_id, name, rules.monitor(plan, facts, today)) for plan, name in planned]


@dataclass(frozen=True)
class TeamFigures:
    period: Period
    names: dict[int, str]
    team: rules.TeamProgress
    lines: dict[int, list[TargetLine]]          # per user, target by target


def team(session: Session, kind: PeriodKind, day: date, user_id: int | None = None) -> TeamFigures:
    """«Таргетинг – плановые показатели»: everyone with a plan (or one user) in the period of
    `day`; without «Видеть журналы и отчёты по всем сотрудникам» only the reader."""
    if not session.rights.sees_all_journals:
        user_id = session.user.id
    period = rules.period_of(kind, day)
    with session.db.read() as conn:
        rows = data.target_rows(conn, active_only=True)
        planned = data.plans(conn, user_id)
        facts = _facts(conn, rows, period.first, period.last, user_id)
    if user_id is not None and not planned:
        with session.db.read() as conn:
            employee = user_data.by_id(conn, user_id)
        planned = [(Plan(user_id), employee.full_name if employee else "")]
    domain = _domain_targets(rows)
    plans_only = [plan for plan, _ in planned]
    return TeamFigures(period, {plan.user_id: name for plan, name in planned},
                       rules.team_progress(plans_only, facts, period),
                       {plan.user_id: rules.breakdown(plan.user_id, facts, domain, period) for plan in plans_only})

"""Group processing of marked clients (manual: "Групповая обработка": "Максимальное количество
клиентов для единократной обработки – 500"): which card fields the manager's tabs offer, and
how tasks are spread over time ("Распределить по времени": client 1 at 14:00, client 2 at
14:30 … each for the chosen duration)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from crm_desktop.domain.client_fields import GENERAL, OPERATIVE, Field, FieldKind

GROUP_LIMIT = 500

# «Доступ» of the manager: curator and specialist (from the card's «Общие») and access grants
ACCESS_FIELDS = ("curator_id", "specialist_id")
GRANT_FIELD = "allowed_users"

# «Классификаторы»: the classifiers of the card's «Общие» (not the curators, which are on
# «Доступ», nor the free-text notes of one client)
CLASSIFIER_FIELDS: tuple[Field, ...] = tuple(
    f for f in GENERAL.fields if f.name not in ACCESS_FIELDS and f.kind is not FieldKind.MULTILINE)
OPERATIVE_FIELDS: tuple[Field, ...] = OPERATIVE.fields

WORKDAY_START = time(9, 0)      # the window's default working day for spread tasks
WORKDAY_END = time(18, 0)


def limit_refusal(count: int) -> str | None:
    """The sentence refusing a run of `count` clients, or None when it may run."""
    if count > GROUP_LIMIT:
        return (f"За один запуск обрабатывается не больше {GROUP_LIMIT} клиентов, а выбрано {count}: "
                "отметьте меньше клиентов или сузьте фильтр.")
    return None


def next_working_day(day: date) -> date:
    """The next day from Monday to Friday (no holiday calendar is kept)."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def spread_times(first: datetime, duration_min: int, count: int, day_end: time = WORKDAY_END) -> list[datetime]:
    """Start times of `count` tasks one after another from `first`, each `duration_min` long.

    Past the working day: a task that would end after `day_end` goes to the next working day
    (Saturday and Sunday skipped) at the same time of day as `first`, and the series goes on
    from there; the first task of a day is always placed, even when it alone runs past
    `day_end` (a start after the end of the day gives one task a day)."""
    if duration_min <= 0:
        raise ValueError("Длительность задачи должна быть больше нуля минут.")
    step = timedelta(minutes=duration_min)
    slots: list[datetime] = []
    day, at = first.date(), first
    for _ in range(count):
        if slots and at + step > datetime.combine(day, day_end):
            day = next_working_day(day)
            at = datetime.combine(day, first.time())
        slots.append(at)
        at += step
    return slots


def default_start(now: datetime, day_start: time = WORKDAY_START, day_end: time = WORKDAY_END) -> datetime:
    """What the window offers as the first task's start: the next full hour within the working
    day, else the start of the next working day."""
    at = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if at.weekday() >= 5 or at.time() >= day_end:
        return datetime.combine(next_working_day(at.date()), day_start)
    return max(at, datetime.combine(at.date(), day_start))

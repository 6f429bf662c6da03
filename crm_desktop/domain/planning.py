"""Rules of the planners (manual: "Двухнедельный планировщик", "Визуальный планировщик дня",
"Планировщик коллективных задач"; PLN-1..3): weeks, the 15-minute grid, load colouring,
rollup of percent done and who may change or delegate a collective case."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

SLOT_MIN = 15                       # the day planner's grid step
DAY_START = time(8, 0)              # default working day of the day planner
DAY_END = time(20, 0)
CASE_TASK_TIME = time(9, 0)         # a collective case's task starts at 09:00 of its start date
CASE_TASK_DURATION = 30
FULL_LOAD = 8                       # tasks a day at which a two-week cell gets the strongest colour
PLAN_DAYS = 14


# -- weeks ------------------------------------------------------------------------------------
def week_start(day: date) -> date:
    """Monday of the day's week (Russian calendars start on Monday)."""
    return day - timedelta(days=day.weekday())


def two_weeks(anchor: date) -> list[date]:
    """The 14 days the two-week planner shows: the anchor's week and the next one."""
    first = week_start(anchor)
    return [first + timedelta(days=i) for i in range(PLAN_DAYS)]


def shift_weeks(anchor: date, weeks: int) -> date:
    """"<" and ">" slide the planner by one week."""
    return week_start(anchor) + timedelta(weeks=weeks)


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


# -- load colouring ---------------------------------------------------------------------------
def load_intensity(count: int, full: int = FULL_LOAD) -> float:
    """0.0 for a free day, 1.0 from `full` tasks on: "the busier the day, the more intense
    the colour"."""
    if count <= 0:
        return 0.0
    return min(1.0, count / full)


def load_rgb(count: int, full: int = FULL_LOAD) -> tuple[int, int, int]:
    """White blended towards a strong orange by load (any day with a task is visibly tinted)."""
    if count <= 0:
        return (255, 255, 255)
    share = 0.15 + 0.85 * load_intensity(count, full)
    strong = (230, 110, 20)
    return tuple(round(255 + (c - 255) * share) for c in strong)  # type: ignore[return-value]


# -- the 15-minute grid -----------------------------------------------------------------------
def snap_minutes(minutes: float, step: int = SLOT_MIN) -> int:
    """Nearest multiple of the grid step (halves round up, as the eye expects)."""
    return int((minutes + step / 2) // step) * step


def snap_duration(minutes: float, step: int = SLOT_MIN) -> int:
    """A task is never shorter than one slot."""
    return max(step, snap_minutes(minutes, step))


def minutes_of_day(moment: datetime | time) -> int:
    return moment.hour * 60 + moment.minute


def at_minutes(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time()) + timedelta(minutes=minutes)


def visible_range(day: date, tasks: Iterable[tuple[datetime, int]],
                  start: time = DAY_START, end: time = DAY_END) -> tuple[int, int]:
    """Minutes of the day shown by the day planner: the working day widened to whole hours
    so that tasks placed earlier or later stay visible."""
    first, last = minutes_of_day(start), minutes_of_day(end)
    for begin, duration in tasks:
        offset = int((begin - datetime.combine(day, time())).total_seconds() // 60)
        first = min(first, max(0, offset) // 60 * 60)
        last = max(last, min(24 * 60, -(-(offset + duration) // 60) * 60))
    return first, last


def assign_columns(intervals: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Side-by-side layout of overlapping blocks: (column of each interval, number of columns
    of its overlap group). Intervals are (start, end) minutes, in any order."""
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], -intervals[i][1]))
    column = [0] * len(intervals)
    width = [1] * len(intervals)
    group: list[int] = []
    ends: list[int] = []            # end minute of the last block in each column of the group
    group_end = -1

    def close_group() -> None:
        for i in group:
            width[i] = len(ends)

    for i in order:
        start, end = intervals[i]
        if start >= group_end and group:
            close_group()
            group, ends = [], []
        free = next((c for c, e in enumerate(ends) if e <= start), None)
        if free is None:
            ends.append(end)
            free = len(ends) - 1
        else:
            ends[free] = end
        column[i] = free
        group.append(i)
        group_end = max(group_end, end)
    close_group()
    return column, width


# -- collective planner -----------------------------------------------------------------------
@dataclass(frozen=True)
class CaseNode:
    id: int
    parent_id: int | None
    percent_done: int


def rollup_percent(cases: Iterable[CaseNode]) -> dict[int, int]:
    """Percent done of every case: a leaf keeps its own, a case with sub-cases shows the
    rounded mean of its children (themselves rolled up), so progress climbs the tree."""
    cases = list(cases)
    children: dict[int | None, list[int]] = {}
    own = {c.id: c.percent_done for c in cases}
    for c in cases:
        children.setdefault(c.parent_id if c.parent_id in own else None, []).append(c.id)
    result: dict[int, int] = {}

    def value(case_id: int) -> int:
        if case_id not in result:
            kids = children.get(case_id)
            result[case_id] = (round(sum(value(k) for k in kids) / len(kids)) if kids
                               else own[case_id])
        return result[case_id]

    for c in cases:
        value(c.id)
    return result


def topic_percent(top_level: Sequence[int]) -> int:
    """A topic is as done as the mean of its top-level cases (0 when it has none)."""
    return round(sum(top_level) / len(top_level)) if top_level else 0


def ancestors(case_id: int, parents: Mapping[int, int | None]) -> list[int]:
    """Parent, grand-parent, … of a case (nearest first); stops on a broken or cyclic chain."""
    chain: list[int] = []
    current = parents.get(case_id)
    while current is not None and current not in chain and current != case_id:
        chain.append(current)
        current = parents.get(current)
    return chain


def case_task_start(start: date) -> datetime:
    """When the responsible is reminded of a case: 09:00 of its start date."""
    return datetime.combine(start, CASE_TASK_TIME)


def validate_case(name: str, start: date | None, due: date | None, percent: int) -> list[str]:
    """Problems of a topic or case card, in Russian; empty when it can be saved."""
    problems = []
    if not name.strip():
        problems.append("Укажите наименование.")
    if start and due and due < start:
        problems.append("Срок исполнения не может быть раньше даты начала.")
    if not 0 <= percent <= 100:
        problems.append("Процент выполнения должен быть от 0 до 100.")
    return problems


@dataclass(frozen=True)
class CaseRights:
    """What one user may do with one case."""
    manage: bool       # change everything, delete, add sub-cases freely
    report: bool       # fill percent done and the report
    delegate: bool     # pass it to another responsible or split it into sub-cases

    @property
    def split(self) -> bool:
        return self.manage or self.delegate


def case_rights(user_id: int, is_admin: bool, topic_responsible_id: int | None,
                case_created_by: int | None, case_responsible_id: int | None,
                delegation_allowed: bool) -> CaseRights:
    """The planner is open to everyone; the case is planned by administrators, the topic's
    responsible and the case's author; its responsible reports on it. Only a case with
    "Делегирование разрешено" may be delegated (passed on or split into smaller cases by its
    responsible); planners may always assign a responsible in the card and add sub-cases."""
    manage = is_admin or user_id in (topic_responsible_id, case_created_by)
    responsible = user_id == case_responsible_id
    return CaseRights(manage=manage, report=manage or responsible,
                      delegate=delegation_allowed and (manage or responsible))

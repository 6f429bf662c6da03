"""Group processing rules: the 500 limit, the fields the manager's tabs offer and tasks spread
over time (manual: "Групповая обработка", "Распределить по времени")."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, strategies as st

from crm_desktop.domain.client_fields import GENERAL, OPERATIVE, main_data_fields, ClientKind
from crm_desktop.domain.group_processing import (CLASSIFIER_FIELDS, GROUP_LIMIT, OPERATIVE_FIELDS, default_start,
                                                 limit_refusal, next_working_day, spread_times)


def test_limit_is_the_manuals_500() -> None:
    assert GROUP_LIMIT == 500
    assert limit_refusal(500) is None
    assert "не больше 500" in limit_refusal(501) and "501" in limit_refusal(501)


def test_tabs_come_from_the_card_metadata() -> None:
    names = [f.name for f in CLASSIFIER_FIELDS]
    assert "status_id" in names and "directions" in names
    assert "curator_id" not in names and "notes" not in names
    assert all(f in GENERAL.fields for f in CLASSIFIER_FIELDS)
    assert OPERATIVE_FIELDS == OPERATIVE.fields
    # classifiers are main data of the card, operative fields are not (the card's rights)
    main = main_data_fields(ClientKind.COMPANY)
    assert {f.name for f in CLASSIFIER_FIELDS} <= main
    assert not {f.name for f in OPERATIVE_FIELDS} & main


def test_afternoon_spread() -> None:
    first = datetime(2026, 12, 7, 14, 0)          # a Monday
    assert spread_times(first, 30, 3) == [datetime(2026, 12, 7, 14, 0), datetime(2026, 12, 7, 14, 30),
                                          datetime(2026, 12, 7, 15, 0)]


def test_past_the_working_day_goes_on_next_working_day_at_the_same_time() -> None:
    friday = datetime(2026, 12, 11, 17, 0)
    slots = spread_times(friday, 30, 4, time(18, 0))
    assert slots == [datetime(2026, 12, 11, 17, 0), datetime(2026, 12, 11, 17, 30),
                     datetime(2026, 12, 14, 17, 0), datetime(2026, 12, 14, 17, 30)]   # Monday


def test_a_start_after_the_end_of_day_gives_one_task_a_day() -> None:
    slots = spread_times(datetime(2026, 12, 7, 19, 0), 60, 3, time(18, 0))
    assert [s.date() for s in slots] == [date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9)]
    assert all(s.time() == time(19, 0) for s in slots)


def test_duration_must_be_positive() -> None:
    with pytest.raises(ValueError, match="больше нуля"):
        spread_times(datetime(2026, 12, 7, 9, 0), 0, 2)


def test_next_working_day_skips_the_weekend() -> None:
    assert next_working_day(date(2026, 12, 11)) == date(2026, 12, 14)
    assert next_working_day(date(2026, 12, 12)) == date(2026, 12, 14)
    assert next_working_day(date(2026, 12, 7)) == date(2026, 12, 8)


@given(first=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1)),
       duration=st.integers(1, 24 * 60), count=st.integers(0, 60),
       day_end=st.times())
def test_spread_properties(first: datetime, duration: int, count: int, day_end: time) -> None:
    first = first.replace(second=0, microsecond=0)
    slots = spread_times(first, duration, count, day_end)
    step = timedelta(minutes=duration)
    assert len(slots) == count
    if count:
        assert slots[0] == first
    for a, b in zip(slots, slots[1:]):
        assert b >= a + step                       # never overlapping, in order
        if b.date() != a.date() or b != a + step:  # a jump: to a later working day, same time as the first
            assert b.date() > a.date() and b.weekday() < 5 and b.time() == first.time()
    by_day: dict[date, list[datetime]] = {}
    for s in slots:
        by_day.setdefault(s.date(), []).append(s)
    for day, starts in by_day.items():
        # within one day the tasks follow one another; all but the first end by the end of the day
        assert starts == [starts[0] + i * step for i in range(len(starts))]
        assert all(s + step <= datetime.combine(day, day_end) for s in starts[1:])


def test_default_start_is_the_next_hour_of_the_working_day() -> None:
    assert default_start(datetime(2026, 12, 7, 13, 20)) == datetime(2026, 12, 7, 14, 0)
    assert default_start(datetime(2026, 12, 7, 3, 0)) == datetime(2026, 12, 7, 9, 0)       # night: 09:00
    assert default_start(datetime(2026, 12, 7, 17, 5)) == datetime(2026, 12, 8, 9, 0)      # 18:00 is the end
    assert default_start(datetime(2026, 12, 11, 19, 0)) == datetime(2026, 12, 14, 9, 0)    # Friday evening
    assert default_start(datetime(2026, 12, 12, 10, 0)) == datetime(2026, 12, 14, 9, 0)    # Saturday

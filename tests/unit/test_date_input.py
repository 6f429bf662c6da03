"""Dates typed by hand (domain/date_input.py): the forms a manager writes on paper."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.date_input import (MAX_SHIFT_DAYS, format_date, format_date_time, parse_date,
                                           parse_date_time)

TODAY = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "meant"), [
    ("25.12.2024", date(2024, 12, 25)),
    (" 5.1.2026 ", date(2026, 1, 5)),
    ("1.12", date(2025, 12, 1)),                 # this year
    ("01.12.", date(2025, 12, 1)),
    ("25", date(2025, 3, 25)),                   # this month
    ("25/12/24", date(2024, 12, 25)),
    ("25-12-2024", date(2024, 12, 25)),
    ("25 12 2024", date(2024, 12, 25)),
    ("25,12,2024", date(2024, 12, 25)),
    ("12.05.85", date(1985, 5, 12)),             # two digits: not more than 20 years ahead
    ("1.1.45", date(2045, 1, 1)),
    ("1.1.46", date(1946, 1, 1)),
    ("25122024", date(2024, 12, 25)),
    ("251224", date(2024, 12, 25)),
    ("2512", date(2025, 12, 25)),
    ("+3", date(2025, 3, 17)),
    ("+ 30", date(2025, 4, 13)),
    ("-1", date(2025, 3, 13)),
    ("+0", TODAY),
])
def test_forms_of_a_date(text: str, meant: date) -> None:
    assert parse_date(text, TODAY) == meant


@pytest.mark.parametrize("text", ["", "   "])
def test_blank_is_no_date(text: str) -> None:
    assert parse_date(text, TODAY) is None and parse_date_time(text, datetime(2025, 3, 14, 9, 0)) is None


@pytest.mark.parametrize(("text", "message"), [
    ("завтра", "Дата «завтра» не распознана: введите дату как 25.12.2024, 25.12 (этот год) или +3"),
    ("31.02.2025", "Такой даты нет: 31.02.2025."),
    ("32", "Такой даты нет: 32.03.2025."),
    ("0.1", "Такой даты нет: 00.01.2025."),
    ("123", "Дата «123» не распознана"),
    ("1.2.3", "Дата «1.2.3» не распознана"),
    ("+999999", "Сдвиг «+999999» слишком велик"),
])
def test_what_is_not_a_date_is_explained(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(").replace(")", r"\)").replace("+", r"\+")):
        parse_date(text, TODAY)


NOW = datetime(2025, 3, 14, 16, 45)


@pytest.mark.parametrize(("text", "meant"), [
    ("25.12.2024 14:30", datetime(2024, 12, 25, 14, 30)),
    ("25.12 9:05", datetime(2025, 12, 25, 9, 5)),
    ("+1 9:00", datetime(2025, 3, 15, 9, 0)),
    ("14:30", datetime(2025, 3, 14, 14, 30)),
    ("25 12 2024", datetime(2024, 12, 25, 8, 0)),          # no colon: all of it is the date
    ("+2", datetime(2025, 3, 16, 8, 0)),
])
def test_forms_of_a_date_and_time(text: str, meant: datetime) -> None:
    assert parse_date_time(text, NOW, default_time=time(8, 0)) == meant


@pytest.mark.parametrize("text", ["25.12.2024 24:00", "25.12.2024 9:60", "1.1 9:5", "x 10:00"])
def test_bad_time_or_date_before_it_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date_time(text, NOW)


@given(st.dates())
def test_every_shown_date_reads_back(day: date) -> None:
    assert parse_date(format_date(day), TODAY) == day


@given(st.datetimes().map(lambda moment: moment.replace(second=0, microsecond=0)))
def test_every_shown_date_and_time_reads_back(moment: datetime) -> None:
    assert parse_date_time(format_date_time(moment), NOW) == moment


@given(st.integers(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS))
def test_a_shift_counts_days_from_today(days: int) -> None:
    assert parse_date(f"{days:+d}", TODAY) == TODAY + timedelta(days=days)


@given(st.text(max_size=30))
def test_any_text_is_a_date_none_or_a_readable_refusal(text: str) -> None:
    try:
        result = parse_date(text, TODAY)
    except ValueError as exc:
        assert str(exc).endswith(".") and ("«" in str(exc) or "Такой даты нет" in str(exc))
    else:
        assert result is None or isinstance(result, date)
        assert (result is None) == (not text.strip())

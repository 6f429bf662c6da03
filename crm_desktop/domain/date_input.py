"""Dates typed by hand: the one rule every date field of the program reads its text by.

A manager types faster than he clicks through a calendar, so besides the full 25.12.2024 a
field takes the short forms people write on paper: "25.12" is this year, "25" is this month,
"251224"/"25122024" need no dots, "+3" is in three days and "-1" yesterday. A two-digit year
is the nearest one not more than 20 years ahead (85 → 1985, 30 → 2030). Blank means no date.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

HINT = "введите дату как 25.12.2024, 25.12 (этот год) или +3 (через 3 дня)"
MAX_SHIFT_DAYS = 100 * 366

_SHIFT = re.compile(r"([+-])\s*(\d{1,6})")
_PARTS = re.compile(r"(\d{1,2})(?:[./,\-\s]+(\d{1,2})(?:[./,\-\s]+(\d{2}|\d{4}))?)?[./,\s]*")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})?")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def _not_understood(text: str) -> ValueError:
    return ValueError(f"Дата «{text.strip()}» не распознана: {HINT}.")


def _full_year(year: str, today: date) -> int:
    if len(year) == 4:
        return int(year)
    full = today.year - today.year % 100 + int(year)
    return full - 100 if full > today.year + 20 else full


def parse_date(text: str, today: date) -> date | None:
    """The date meant by `text` (None when blank); ValueError with a Russian hint otherwise."""
    text = text.strip()
    if not text:
        return None
    shift = _SHIFT.fullmatch(text)
    if shift:
        days = int(shift[2])
        if days > MAX_SHIFT_DAYS:
            raise ValueError(f"Сдвиг «{text}» слишком велик: не больше {MAX_SHIFT_DAYS} дней.")
        return today + timedelta(days=days if shift[1] == "+" else -days)
    parts = _DIGITS.fullmatch(text) if text.isdigit() and len(text) > 2 else _PARTS.fullmatch(text)
    if parts is None:
        raise _not_understood(text)
    day, month, year = parts.groups()
    numbers = (_full_year(year, today) if year else today.year, int(month) if month else today.month, int(day))
    try:
        return date(*numbers)
    except ValueError:
        raise ValueError(f"Такой даты нет: {numbers[2]:02d}.{numbers[1]:02d}.{numbers[0]}.") from None


def parse_date_time(text: str, now: datetime, default_time: time = time(0, 0)) -> datetime | None:
    """A date with an optional time after it, written with a colon ("25.12 14:30", "+1 9:00");
    a time alone is today's. Without a time the date gets `default_time`."""
    text = text.strip()
    if not text:
        return None
    head, _, tail = text.rpartition(" ")
    if ":" not in tail:
        return datetime.combine(parse_date(text, now.date()), default_time)
    clock = _TIME.fullmatch(tail)
    if clock is None or int(clock[1]) > 23 or int(clock[2]) > 59:
        raise ValueError(f"Время «{tail}» не распознано: введите его как 14:30.")
    day = parse_date(head, now.date()) if head.strip() else now.date()
    return datetime.combine(day, time(int(clock[1]), int(clock[2])))


def format_date(value: date) -> str:
    """dd.mm.yyyy, the year always in four digits so that what is shown reads back the same."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_date_time(value: datetime) -> str:
    return f"{format_date(value)} {value.hour:02d}:{value.minute:02d}"

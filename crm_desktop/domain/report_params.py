"""Report parameters as typed values: what the settings window and `--param NAME=VALUE` give
as text becomes a date, a flag or a number, or one sentence saying what is wrong. Users and
clients (by login and by code) are looked up by the service; this is the pure part."""
from __future__ import annotations

from datetime import date, datetime, timedelta

DATE_WORDS = {
    "today": "сегодня", "yesterday": "вчера", "month_start": "начало месяца", "month_end": "конец месяца",
    "prev_month_start": "начало прошлого месяца", "year_start": "начало года", "week_start": "начало недели",
}


class ParamError(ValueError):
    """str() is the sentence for the user."""


def date_word(word: str, today: date) -> date:
    """A named day relative to `today` (the defaults of the templates)."""
    month_start = today.replace(day=1)
    match word:
        case "today":
            return today
        case "yesterday":
            return today - timedelta(days=1)
        case "month_start":
            return month_start
        case "month_end":
            return (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        case "prev_month_start":
            return (month_start - timedelta(days=1)).replace(day=1)
        case "year_start":
            return today.replace(month=1, day=1)
        case "week_start":
            return today - timedelta(days=today.weekday())
    raise KeyError(word)


def parse_date(text: str, today: date, label: str) -> date:
    text = text.strip()
    try:
        return date_word(text, today)
    except KeyError:
        pass
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ParamError(f"«{label}»: «{text}» не дата; укажите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.")


def parse_bool(text: str, label: str) -> bool:
    t = text.strip().lower()
    if t in ("1", "да", "yes", "true", "on", "y", "д"):
        return True
    if t in ("0", "нет", "no", "false", "off", "n", "н", ""):
        return False
    raise ParamError(f"«{label}»: «{text}» — укажите да или нет.")


def parse_int(text: str, label: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ParamError(f"«{label}»: «{text}» не целое число.") from None


def parse_value(kind: str, text: str, today: date, label: str) -> object:
    """date, bool, int, text (stripped) and choice (its value as text)."""
    if kind == "date":
        return parse_date(text, today, label)
    if kind == "bool":
        return parse_bool(text, label)
    if kind == "int":
        return parse_int(text, label)
    return text.strip()


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_to < date_from:
        raise ParamError("Конец периода раньше его начала.")

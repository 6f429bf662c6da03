"""«Обслуживание базы данных – Очистка БД» (manual: "Очистка базы данных"; ADM-8): closed tasks
older than N months are deleted with their history, administrators only, the count shown first."""
from __future__ import annotations

import calendar
from datetime import datetime

from crm_desktop.data import cleanup as data
from crm_desktop.services.session import AccessDenied, Session

REFUSAL = "Очистка базы данных доступна только администратору."
DEFAULT_MONTHS = 12


def cutoff(months: int, now: datetime | None = None) -> datetime:
    if months < 1:
        raise ValueError("Давность должна быть не меньше одного месяца.")
    now = now or datetime.now()
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)


def _require_admin(session: Session) -> None:
    if not session.rights.is_admin:
        raise AccessDenied(REFUSAL)


def count(session: Session, months: int, now: datetime | None = None) -> int:
    """Closed tasks older than `months` months."""
    _require_admin(session)
    with session.db.read() as conn:
        return data.count(conn, cutoff(months, now))


def purge(session: Session, months: int, now: datetime | None = None) -> int:
    """Delete them (with their history) in one transaction; the number deleted."""
    _require_admin(session)
    with session.db.begin() as conn:
        return data.delete_old(conn, cutoff(months, now))

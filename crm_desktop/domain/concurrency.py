"""Optimistic locking's message: who saved the record meanwhile and when; the user's input
stays in the form (STYLE: "Клиент изменён пользователем Борис в 10:42…")."""
from __future__ import annotations

from datetime import date, datetime


def moment(when: datetime | None, today: date | None = None) -> str:
    """" в 10:42" today, " 02.01.2026 в 10:42" on another day, "" when unknown."""
    if when is None:
        return ""
    if when.date() == (today or date.today()):
        return f" в {when:%H:%M}"
    return f" {when:%d.%m.%Y} в {when:%H:%M}"


class ConcurrentEdit(ValueError):
    """`changed` is the subject with its verb ("Клиент изменён", "Задача изменена"); `gone`
    replaces the whole message when the record was deleted meanwhile."""

    def __init__(self, changed: str, who: str | None, when: datetime | None, gone: str | None = None) -> None:
        self.who, self.when, self.deleted = who, when, gone is not None
        super().__init__(gone or f"{changed} пользователем {who or 'неизвестно'}{moment(when)}. "
                                 "Ваши изменения сохранены в форме.")

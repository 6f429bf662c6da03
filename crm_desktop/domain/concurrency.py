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


# record kind → (subject with its verb, message when the record was deleted meanwhile)
SUBJECTS: dict[str, tuple[str, str]] = {
    "client": ("Клиент изменён", "Клиент удалён другим пользователем. Ваши изменения сохранены в форме."),
    "event": ("Событие изменено", "Событие удалено другим пользователем."),
    "task": ("Задача изменена", "Задача удалена другим пользователем."),
    "todo": ("Дело изменено", "Дело удалено: возможно, его уже удалили."),
    "topic": ("Тема изменена", "Тема удалена другим пользователем."),
    "case": ("Дело изменено", "Дело удалено другим пользователем."),
    "user": ("Пользователь: запись изменена", "Пользователь удалён другим администратором."),
    "classifier": ("Признак-классификатор: запись изменена", "Классификатор удалён другим пользователем."),
    "legal_entity": ("Юридическое лицо: запись изменена", "Юридическое лицо удалено другим пользователем."),
    "bank_account": ("Расчётный счёт: запись изменена", "Расчётный счёт удалён другим пользователем."),
    "item": ("Номенклатурная позиция изменена", "Номенклатурная позиция удалена другим пользователем."),
    "item_group": ("Группа номенклатуры изменена", "Группа номенклатуры удалена другим пользователем."),
    "invoice": ("Счёт изменён", "Счёт удалён другим пользователем. Ваши изменения сохранены в форме."),
    "act": ("Акт изменён", "Акт удалён другим пользователем. Ваши изменения сохранены в форме."),
    "vat_invoice": ("Счёт-фактура изменена", "Счёт-фактура удалена другим пользователем."),
    "contract": ("Договор изменён", "Договор удалён другим пользователем. Ваши изменения сохранены в форме."),
    "payment": ("Оплата изменена", "Оплата удалена другим пользователем."),
    "sale": ("Продажа изменена", "Продажа удалена другим пользователем."),
    "work": ("Запись о работах изменена", "Запись о работах удалена другим пользователем."),
    "contract_type": ("Тип договора изменён", "Тип договора удалён другим пользователем."),
    "tariff": ("Тариф изменён", "Тариф удалён другим пользователем."),
    "wh_doc": ("Складской документ изменён", "Складской документ удалён другим пользователем. Ваши изменения "
                                              "сохранены в форме."),
    "cash_order": ("Ордер изменён",
                   "Кассовый ордер удалён другим пользователем. Ваши изменения сохранены в форме."),
    "spec": ("Производственная спецификация изменена",
             "Производственная спецификация удалена другим пользователем. Ваши изменения сохранены в форме."),
}
BUSY = ("{subject} сейчас сохраняет другой пользователь: подождите несколько секунд и сохраните "
        "ещё раз. Ваши изменения сохранены в форме.")


def conflict(kind: str, who: str | None, when: datetime | None, deleted: bool = False) -> ConcurrentEdit:
    """The one message of a record saved (or deleted) by somebody else in between."""
    changed, gone = SUBJECTS[kind]
    return ConcurrentEdit(changed, who, when, gone=gone if deleted else None)


def busy(kind: str) -> ConcurrentEdit:
    """Another transaction holds the row longer than the lock timeout: nobody is named yet."""
    subject = SUBJECTS[kind][0].split()[0].rstrip(":")
    return ConcurrentEdit("", None, None, gone=BUSY.format(subject=subject))

"""Fields of the "Событие" form (manual: "История взаимоотношений", EVT-1): type and
description are required (red asterisk), the rest is filled when known."""
from __future__ import annotations

from collections.abc import Mapping

from crm_desktop.domain.client_fields import Field, FieldKind, Record, validate_fields
from crm_desktop.domain.validation import FieldError

EVENT = Record("event", "Событие", (
    Field("event_type_id", "Тип события", "Звонок, встреча, письмо …", required=True,
          kind=FieldKind.DICTIONARY, dictionary="event_types"),
    Field("event_at", "Дата и время", "Когда произошло событие", required=True,
          kind=FieldKind.DATETIME),
    Field("description", "Описание", "Что произошло, о чём договорились", required=True,
          kind=FieldKind.MULTILINE),
    Field("contact_id", "Контактное лицо", "С кем из сотрудников клиента общались",
          kind=FieldKind.DICTIONARY, dictionary="contact_persons"),
    Field("result", "Результат", "Чем закончилось"),
    Field("reaction_id", "Реакция клиента", "Становится реакцией на последний контакт в карточке",
          kind=FieldKind.DICTIONARY, dictionary="reactions"),
    Field("stage_id", "Этап разработки", "Новая позиция клиента в лестнице продаж",
          kind=FieldKind.DICTIONARY, dictionary="sales_stages"),
    Field("next_contact_date", "Дата следующего контакта", "Клиент появится в напоминаниях "
          "в этот день", kind=FieldKind.DATE),
))

# event field → client column it moves forward when filled
CLIENT_UPDATES = {"stage_id": "stage_id", "reaction_id": "last_reaction_id",
                  "next_contact_date": "next_contact_date"}


def validate_event(values: Mapping[str, object]) -> list[FieldError]:
    return validate_fields(EVENT.fields, values)


def client_updates(values: Mapping[str, object]) -> dict[str, object]:
    """What an event changes in its client's card: only the values given."""
    return {column: values[name] for name, column in CLIENT_UPDATES.items() if values.get(name) is not None}

"""How a client's register name is made (manual: "Карточка клиента": the register shows a
company's short name and an individual's full name)."""
from __future__ import annotations

from collections.abc import Mapping

from crm_desktop.domain.client_fields import ClientKind


def person_name(surname: object, first_name: object, patronymic: object) -> str:
    """"Фамилия Имя Отчество" with empty parts and extra spaces dropped."""
    parts = (" ".join(str(p or "").split()) for p in (surname, first_name, patronymic))
    return " ".join(p for p in parts if p)


def register_name(values: Mapping[str, object], kind: ClientKind) -> str:
    """NAME of CLIENTS: an individual's name is always rebuilt from surname, first name and
    patronymic, so the register and the search never disagree with the card."""
    if kind is ClientKind.INDIVIDUAL:
        return person_name(values.get("surname"), values.get("first_name"), values.get("patronymic"))
    return " ".join(str(values.get("name") or "").split())

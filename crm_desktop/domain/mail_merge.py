"""Personalised mail (GRP-2, manual 000 «Персонифицированная рассылка E-Mail»): a template with
macros such as «[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!» becomes «Уважаемый Владимир Сергеевич!» for the
contact person the address belongs to.

The salutation is the one set on the contact card («Обращение»); where it is empty, «Уважаемый»
or «Уважаемая» by the person's gender (domain/name_cases). An address bound to no contact
person cannot be personalised (the manual says so): its person macros are empty, the
salutation a neutral «Добрый день», and the space before an empty macro goes with it. An
unknown macro is left as it is and reported, so the user sees the typo before mailing."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from crm_desktop.domain.name_cases import FEMN, gender

SALUTATION, NAME, PATRONYMIC, SURNAME, COMPANY = "ОБРАЩЕНИЕ", "ИМЯ", "ОТЧЕСТВО", "ФАМИЛИЯ", "КОМПАНИЯ"
MACROS = (SALUTATION, NAME, PATRONYMIC, SURNAME, COMPANY)
NO_PERSON_SALUTATION = "Добрый день"

_MACRO = re.compile(r"([ \t]*)\[([A-Za-zА-Яа-яЁё_ ]{2,40})\]")


@dataclass(frozen=True)
class Addressee:
    """Whom one letter goes to: the client and the contact person of the address (if any)."""
    email: str
    company: str
    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    salutation: str = ""
    has_person: bool = False

    @property
    def person(self) -> str:
        return " ".join(p for p in (self.surname, self.first_name, self.patronymic) if p)

    def values(self) -> dict[str, str]:
        return {SALUTATION: self.greeting(), NAME: self.first_name, PATRONYMIC: self.patronymic,
                SURNAME: self.surname, COMPANY: self.company}

    def greeting(self) -> str:
        if self.salutation.strip():
            return self.salutation.strip()
        if not self.has_person or not self.person:
            return NO_PERSON_SALUTATION
        return "Уважаемая" if gender(self.person) == FEMN else "Уважаемый"


@dataclass(frozen=True)
class Merged:
    text: str
    unknown: tuple[str, ...]      # macros the template names that are not ours, as written


def unknown_macros(template: str) -> tuple[str, ...]:
    found = []
    for m in _MACRO.finditer(template):
        if m.group(2).strip().upper() not in MACROS and f"[{m.group(2)}]" not in found:
            found.append(f"[{m.group(2)}]")
    return tuple(found)


def fill(template: str, addressee: Addressee, as_html: bool = False) -> Merged:
    """The template with every known macro replaced (case-insensitive); values are escaped in an
    HTML letter so «ООО "Рога & копыта"» stays text."""
    values = addressee.values()

    def replace(m: re.Match[str]) -> str:
        key = m.group(2).strip().upper()
        if key not in values:
            return m.group(0)
        value = values[key]
        if not value:
            return ""
        return m.group(1) + (html.escape(value, quote=False) if as_html else value)

    return Merged(_MACRO.sub(replace, template), unknown_macros(template))

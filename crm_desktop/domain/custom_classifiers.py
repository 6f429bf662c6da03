"""The administrator's own classifiers (manual: "Дополнительные признаки-классификаторы";
DIC-3), declared once: the kind of value one holds (stored as CLASSIFIERS.VALUE_KIND) and what
the card's tab «Признаки» and the flexi-filter need of an active one."""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from crm_desktop.domain.client_fields import Field, FieldKind


class ValueKind(IntEnum):
    """CLASSIFIERS.VALUE_KIND."""
    DICTIONARY = 1          # one item of the classifier's own dictionary
    DICTIONARY_MULTI = 2    # several items of it
    TEXT = 3
    NUMBER = 4
    DATE = 5
    SWITCH = 6

    @property
    def title(self) -> str:
        return KIND_TITLES[self]

    @property
    def has_dictionary(self) -> bool:
        """Values are items of a dictionary kept under the classifier's code."""
        return self in (ValueKind.DICTIONARY, ValueKind.DICTIONARY_MULTI)


KIND_TITLES = {ValueKind.DICTIONARY: "Справочник", ValueKind.DICTIONARY_MULTI: "Справочник (несколько значений)",
               ValueKind.TEXT: "Текст", ValueKind.NUMBER: "Число", ValueKind.DATE: "Дата",
               ValueKind.SWITCH: "Переключатель"}
DICTIONARY_KINDS = frozenset(k for k in ValueKind if k.has_dictionary)

# numbers are typed as text and checked on save (services/clients.py)
_FIELD_KINDS = {ValueKind.DICTIONARY: FieldKind.DICTIONARY, ValueKind.DICTIONARY_MULTI: FieldKind.DICTIONARY_SET,
                ValueKind.TEXT: FieldKind.TEXT, ValueKind.NUMBER: FieldKind.TEXT,
                ValueKind.DATE: FieldKind.DATE, ValueKind.SWITCH: FieldKind.FLAG}


@dataclass(frozen=True)
class CustomClassifier:
    """An active custom classifier; ``label`` is its short caption (the name where the
    administrator gave none), which the flexi-filter shows."""
    id: int
    code: str
    name: str
    hint: str
    label: str
    value_kind: ValueKind

    def as_field(self) -> Field:
        """The classifier edited on the card like a declared field."""
        return Field(f"classifier_{self.id}", self.name, self.hint, kind=_FIELD_KINDS[self.value_kind],
                     dictionary=self.code if self.value_kind.has_dictionary else None)

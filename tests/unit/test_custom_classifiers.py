"""The custom-classifier kind and the active classifier are declared once (domain/custom_classifiers.py)."""
from __future__ import annotations

import pytest

from crm_desktop.domain.client_fields import FieldKind
from crm_desktop.domain.custom_classifiers import DICTIONARY_KINDS, KIND_TITLES, CustomClassifier, ValueKind


def test_kinds_are_the_stored_numbers_with_russian_titles() -> None:
    assert [int(k) for k in ValueKind] == [1, 2, 3, 4, 5, 6]
    assert set(KIND_TITLES) == set(ValueKind)
    assert ValueKind.DICTIONARY_MULTI.title == "Справочник (несколько значений)"
    assert DICTIONARY_KINDS == {ValueKind.DICTIONARY, ValueKind.DICTIONARY_MULTI}


@pytest.mark.parametrize("kind, field_kind", [
    (ValueKind.DICTIONARY, FieldKind.DICTIONARY), (ValueKind.DICTIONARY_MULTI, FieldKind.DICTIONARY_SET),
    (ValueKind.TEXT, FieldKind.TEXT), (ValueKind.NUMBER, FieldKind.TEXT),
    (ValueKind.DATE, FieldKind.DATE), (ValueKind.SWITCH, FieldKind.FLAG)])
def test_a_classifier_is_edited_on_the_card_like_a_declared_field(kind, field_kind) -> None:
    field = CustomClassifier(7, "custom_7", "Тип автомобиля", "Какие машины у клиента", "Авто", kind).as_field()
    assert (field.label, field.hint, field.kind) == ("Тип автомобиля", "Какие машины у клиента", field_kind)
    assert field.dictionary == ("custom_7" if kind in DICTIONARY_KINDS else None)

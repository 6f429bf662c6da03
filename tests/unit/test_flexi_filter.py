"""The flexi-filter as data (REG-3): catalogue, validation, JSON round trip, descriptions."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.domain.custom_classifiers import CustomClassifier, ValueKind
from crm_desktop.domain.flexi_filter import (FIELDS, FIELDS_BY_KEY, Combine, Condition, CountInPeriod,
                                             DateRange, FlexiFilter, MappingLabels, NumberRange, Op, Picker,
                                             Tab, custom_classifier_id, custom_field, custom_key, describe)

EVERY_PICKER = FlexiFilter(Combine.OR, (
    Condition("name", Op.CONTAINS, "банк"),
    Condition("client_kind", Op.IS, 2),
    Condition("region_id", Op.IN, (77, 78)),
    Condition("next_contact_date", Op.ON, date(2026, 12, 1)),
    Condition("created_at", Op.DATE_BETWEEN, DateRange(date(2026, 1, 1), None)),
    Condition("code", Op.NUMBER_BETWEEN, NumberRange(Decimal("10"), Decimal("20.5"))),
    Condition("needs_attention", Op.SWITCH, False),
    Condition("next_contact_date", Op.OVERDUE),
    Condition("events_count", Op.AT_LEAST, CountInPeriod(3, DateRange(None, date(2026, 6, 30)))),
    Condition("events_count", Op.AT_LEAST, CountInPeriod(1)),
    Condition(custom_key(12), Op.CONTAINS, "грузовой"),
))


def test_catalogue_covers_every_tab_of_the_manual_with_unique_keys() -> None:
    assert [t.title for t in Tab] == ["Основные данные", "Флаги", "Классификаторы", "Оперативная работа",
                                      "Пользователи", "Статистика"]
    assert {f.tab for f in FIELDS} == set(Tab)
    assert len(FIELDS_BY_KEY) == len(FIELDS)
    for spec in FIELDS:
        picks = {Op.IS, Op.IN} & set(spec.ops)
        assert bool(picks) == bool(spec.dictionary or spec.choices), spec.key


def test_every_picker_of_the_manual_is_used() -> None:
    used = {op.picker for spec in FIELDS for op in spec.ops}
    assert used == set(Picker)


def test_json_round_trip_keeps_every_kind_of_value() -> None:
    text = json.dumps(EVERY_PICKER.to_dict(), ensure_ascii=False)
    assert FlexiFilter.from_dict(json.loads(text)) == EVERY_PICKER
    assert FlexiFilter.from_dict(FlexiFilter().to_dict()).is_empty


@pytest.mark.parametrize("data, message", [
    ({"conditions": [{"field": "nope", "op": "contains", "value": "x"}]}, "Неизвестное поле"),
    ({"conditions": [{"field": "name", "op": "in", "value": [1]}]}, "нет условия"),
    ({"conditions": [{"field": "region_id", "op": "in", "value": []}]}, "не подходит"),
    ({"conditions": [{"field": "name", "op": "contains", "value": "  "}]}, "не подходит"),
    ({"conditions": [{"field": "created_at", "op": "date_between", "value": ["2026-02-01", "2026-01-01"]}]},
     "позже"),
    ({"conditions": [{"field": "created_at", "op": "date_between", "value": [None, None]}]}, "границу"),
    ({"conditions": [{"field": "phone", "op": "contains", "value": "abc"}]}, "цифр"),
    ({"conditions": [{"field": "name"}]}, "Повреждённый"),
    ({"combine": "xor", "conditions": []}, "xor"),
])
def test_malformed_filters_are_refused_with_a_reason(data, message) -> None:
    with pytest.raises(ValueError, match=message):
        FlexiFilter.from_dict(data)


def _custom(classifier_id: int, label: str, kind: ValueKind) -> CustomClassifier:
    return CustomClassifier(classifier_id, f"custom_{classifier_id}", label, "", label, kind)


def test_custom_classifier_fields_follow_the_value_kind() -> None:
    assert custom_classifier_id(custom_key(7)) == 7
    assert custom_classifier_id("name") is None
    cars = custom_field(_custom(7, "Тип автомобиля", ValueKind.DICTIONARY))
    assert (cars.key, cars.label, cars.ops, cars.dictionary) == (custom_key(7), "Тип автомобиля", (Op.IS, Op.IN),
                                                                 "custom_7")
    assert custom_field(_custom(8, "Примечание", ValueKind.TEXT)).ops == (Op.CONTAINS,)
    assert custom_field(_custom(8, "Примечание", ValueKind.TEXT)).dictionary is None
    assert custom_field(_custom(9, "Тоннаж", ValueKind.NUMBER)).ops == (Op.NUMBER_BETWEEN,)
    assert custom_field(_custom(10, "Дата проверки", ValueKind.DATE)).ops == (Op.DATE_BETWEEN,)
    assert custom_field(_custom(11, "Дилер", ValueKind.SWITCH)).ops == (Op.SWITCH,)
    for kind in ValueKind:              # every kind has its conditions, dictionary kinds their values
        spec = custom_field(_custom(12, "Признак", kind))
        assert spec.ops and (spec.dictionary is not None) == kind.has_dictionary


def test_description_is_russian_one_condition_a_line() -> None:
    labels = MappingLabels({custom_key(12): "Тип автомобиля"}, {"region_id": {77: "Москва", 78: "Санкт-Петербург"}})
    assert describe(EVERY_PICKER, labels).splitlines() == [
        "Любое из условий (ИЛИ):",
        "• Наименование содержит «банк»",
        "• Вид клиента: Физическое лицо",
        "• Регион: Москва, Санкт-Петербург",
        "• Дата следующего контакта: 01.12.2026",
        "• Дата регистрации: с 01.01.2026",
        "• Код: от 10 до 20.5",
        "• Требует особого внимания: нет",
        "• Дата следующего контакта: просрочена",
        "• Число событий: не менее 3 по 30.06.2026",
        "• Число событий: не менее 1",
        "• Тип автомобиля содержит «грузовой»",
    ]
    assert describe(None) == describe(FlexiFilter()) == "Фильтр не задан: показаны все доступные клиенты."
    mine = FlexiFilter(conditions=(Condition("mine", Op.MINE), Condition("prospects_id", Op.IS, 5)))
    assert describe(mine).splitlines()[1:] == ["• Мои клиенты (куратор или специалист — я)",
                                               "• Оценка перспективности: № 5"]


def test_a_condition_on_a_card_field_is_named_as_the_card_names_it() -> None:
    """One declaration (issue 9): the filter takes label and dictionary from the card's field."""
    from crm_desktop.domain.client_fields import ClientKind, client_fields
    card = {f.name: f for kind in ClientKind for f in client_fields(kind)}
    broader = {"phone", "email"}        # any phone or e-mail of the client and its contact persons
    shared = [spec for spec in FIELDS if spec.key in card.keys() - broader]
    assert len(shared) >= 30
    for spec in shared:
        assert (spec.label, spec.dictionary) == (card[spec.key].label, card[spec.key].dictionary), spec.key
    assert {s.label for s in FIELDS if s.key not in card.keys() - broader}.isdisjoint(f.label for f in card.values())

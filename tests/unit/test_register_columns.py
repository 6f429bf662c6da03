"""The register's columns are declared once (issue 9): a column showing a card field is headed
with that field's caption, and the layout and sorting rules read the same declaration."""
from crm_desktop.domain.client_fields import field
from crm_desktop.domain.register_columns import BY_KEY, COLUMNS, DEFAULT_LAYOUT
from crm_desktop.services.register import RegisterView


def test_columns_of_card_fields_use_the_fields_captions() -> None:
    assert [c.caption for c in COLUMNS] == ["Код", "Флаг", "Доступ", "Контрагент", "Город", "Телефон", "Куратор",
                                           "Статус", "Дата измен.", "Файлы"]
    assert BY_KEY["name"].caption == field("name").caption and field("name").label == "Наименование"
    assert DEFAULT_LAYOUT == [c.key for c in COLUMNS]


def test_only_sortable_columns_sort() -> None:
    assert RegisterView().sorted_by("changed", True).sort == "changed"
    try:
        RegisterView().sorted_by("files", False)
    except ValueError as error:
        assert str(error) == "По колонке «Файлы» сортировка невозможна."
    else:
        raise AssertionError("sorting by files was accepted")

"""ADM-7: the rows of an Excel client list — the A–N layout, the header, the check of a row (each
bad row gets a Russian reason and nothing raises), step 2's corrections and the places."""
from __future__ import annotations

from datetime import date, datetime, time

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.data.schema import clients, contacts
from crm_desktop.domain.excel_import import (COLUMNS, INDEX, PERSON_PART_LIMIT, AutoOptions, Places, SourceRow,
                                             autocorrect, cell_text, check_row, city_key, header_problem,
                                             name_key, region_key, source_row, split_person)

GOOD = ['ООО "Арсенал-Сервис"', "Арсенал-Сервис", "Хакасия Респ.", "Абакан", "Московский", 600301,
        "ул. Т. Шевченко, 62а, офис 301", "(3902) 235-588", "(3902) 231-453", "info@grants.ru", "www.grants.ru",
        "Клиент Смирнова", "Гришина Оксана Викторовна", "oksana@grants.ru"]


def row(**cells: object) -> SourceRow:
    values = list(GOOD)
    for key, value in cells.items():
        values[INDEX[key]] = value
    return source_row(7, values)


def test_the_layout_is_the_manuals_and_fits_the_columns() -> None:
    assert [c.letter for c in COLUMNS] == list("ABCDEFGHIJKLMN")
    assert [c.title for c in COLUMNS][:2] == ["Полное наименование", "Короткое наименование"]
    stored = {"full_name": clients.c.full_name, "name": clients.c.name, "city": clients.c.city,
              "district": clients.c.district, "postcode": clients.c.postcode, "address": clients.c.address,
              "phone": clients.c.phone, "fax": clients.c.fax, "email": clients.c.email,
              "website": clients.c.website, "contact": clients.c.main_contact, "contact_email": contacts.c.email}
    for column in COLUMNS:
        if column.key in stored:
            assert column.limit == stored[column.key].type.length, column.key
    assert PERSON_PART_LIMIT == contacts.c.surname.type.length == contacts.c.patronymic.type.length


def test_the_manuals_example_is_a_good_row() -> None:
    checked = check_row(row())
    assert checked.ok and checked.draft is not None
    assert checked.draft.get("postcode") == "600301" and checked.draft.get("phone").startswith("8 (")
    assert checked.draft.contact == split_person("Гришина Оксана Викторовна")


def test_header_row_is_recognised_loosely_and_refused_clearly() -> None:
    assert header_problem([c.title for c in COLUMNS]) is None
    assert header_problem([c.title.upper() + " " for c in COLUMNS]) is None
    loose = ["полное наименование", "Наименование", "регион", "Населённый пункт", "район", "Индекс", "адрес",
             "телефон", "факс", "E-mail", "Сайт", "Примечания", "Контактное лицо", "E-mail контактного лица"]
    assert header_problem(loose) is None
    assert "а в колонке C — «Город»" in header_problem([*[c.title for c in COLUMNS][:2], "Город"])
    assert "первая строка пуста" in header_problem([None, ""])
    assert "колонка O «Итого»" in header_problem([*[c.title for c in COLUMNS], "Итого"])


def test_cells_typed_in_excel_become_text() -> None:
    assert cell_text(600301) == "600301" and cell_text(3902235588.0) == "3902235588"
    assert cell_text(1.5) == "1.5" and cell_text(None) == "" and cell_text(True) == "ИСТИНА"
    assert cell_text(date(2026, 12, 7)) == "07.12.2026" and cell_text(datetime(2026, 12, 7, 9, 5)) == "07.12.2026 09:05"
    assert cell_text(time(9, 5)) == "09:05"


def test_each_problem_has_its_reason() -> None:
    cases = {
        "phone": ("12", "Колонка H «Телефон»: слишком короткий номер «12»"),
        "email": ("a@b", "Колонка J «E-mail общий»: в домене нет точки"),
        "postcode": ("6003", "Колонка F «Почтовый индекс»: нужно 6 цифр, а в ячейке «6003»"),
        "city": (date(2020, 1, 1), "Колонка D «Город»: в ячейке дата, а нужен текст «01.01.2020»"),
        "region": (77, "Колонка C «Регион»: в ячейке число, а нужен текст «77»"),
        "name": ("Я" * 251, "Колонка B «Короткое наименование»: не больше 250 символов, а в ячейке 251"),
        "address": ("ул.\x00Мира", "Колонка G «Адрес»: недопустимый символ U+0000"),
    }
    for key, (value, reason) in cases.items():
        checked = check_row(row(**{key: value}))
        assert not checked.ok and checked.draft is None
        assert any(e.startswith(reason) for e in checked.errors), (key, checked.errors)
    nameless = check_row(row(full_name=None, name="  "))
    assert nameless.errors == ("Не заполнено наименование клиента (колонки A и B)",)
    orphan = check_row(row(contact=""))
    assert orphan.errors == ("Колонка N «E-mail контактного лица»: адрес есть, а ФИО контактного лица (колонка M) "
                             "не заполнено",)


def test_short_name_falls_back_to_the_full_one() -> None:
    checked = check_row(row(name=None))
    assert checked.draft is not None and checked.draft.get("name") == 'ООО "Арсенал-Сервис"'


values = st.one_of(
    st.none(), st.text(max_size=40), st.text(min_size=200, max_size=2000), st.integers(), st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True), st.dates(), st.datetimes(), st.times(),
    st.sampled_from(["+7 999", "8 (800) 555-35-35", "abc@", "@x.ru", "ivan@почта.рф", "Иванов", "\x00", "\ud800",
                     "   ", "г. Москва", "99999999999999999999999", "тел. 12-34"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(values, min_size=0, max_size=20), st.booleans())
def test_any_row_is_checked_without_raising(cells: list, split: bool) -> None:
    source = source_row(3, cells)
    assert len(source.cells) == len(COLUMNS)
    checked = check_row(source, split)
    if checked.draft is None:
        assert checked.errors and all(isinstance(e, str) and any("а" <= ch.lower() <= "я" for ch in e)
                                      for e in checked.errors)
        assert all(e.startswith(("Колонка ", "Не заполнено")) for e in checked.errors)
    else:
        assert not checked.errors and checked.draft.get("name")
        for column in COLUMNS:
            text = checked.draft.get(column.key)
            assert column.limit is None or len(text) <= column.limit
    corrected = autocorrect(source, AutoOptions(names=split))
    assert len(corrected.cells) == len(COLUMNS) and corrected.wrong_types == source.wrong_types
    again = check_row(corrected, split)
    assert (again.draft is None) == (checked.draft is None) or checked.draft is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789()-+ доб.", max_size=30))
def test_bad_phones_get_a_reason(phone: str) -> None:
    checked = check_row(row(phone=phone))
    assert checked.ok or any(e.startswith("Колонка H «Телефон»") for e in checked.errors)


def test_step_two_corrects_what_it_can() -> None:
    fixed = autocorrect(row(contact="  гришина   ОКСАНА викторовна ", email=" Info@GRANTS.RU ",
                            phone="8 3902 235588", postcode=" 600301 ", notes="старый клиент"),
                        AutoOptions(source="файла list.xlsx 07.12.2026"))
    cells = dict(zip((c.key for c in COLUMNS), fixed.cells))
    assert cells["contact"] == "Гришина Оксана Викторовна" and cells["email"] == "Info@grants.ru"
    assert cells["phone"].startswith("8 (") and cells["postcode"] == "600301"
    assert cells["notes"] == "старый клиент\nИмпортирован из файла list.xlsx 07.12.2026"
    assert autocorrect(fixed, AutoOptions(source="файла list.xlsx 07.12.2026")) == fixed      # once is enough
    kept = autocorrect(row(phone="12"), AutoOptions(names=False, note=False))
    assert kept.cells[INDEX["phone"]] == "12" and kept.cells[INDEX["notes"]] == "Клиент Смирнова"


def test_full_names_split_in_any_order_with_pymorphy() -> None:
    assert split_person("Оксана Викторовна Гришина") == split_person("Гришина Оксана Викторовна")
    for text in ("Петров Иван", "Иван Петров"):
        person = split_person(text)
        assert (person.surname, person.first_name, person.patronymic) == ("Петров", "Иван", "")
    assert split_person("Оксана Гришина", auto=False).surname == "Оксана"
    assert split_person("   ") == split_person("")


def test_editing_a_cell_clears_its_type_mark() -> None:
    source = row(city=date(2020, 1, 1))
    assert source.wrong_types and not check_row(source).ok
    assert check_row(source.with_cell(INDEX["city"], "Абакан")).ok


def test_places_are_found_by_the_usual_spellings() -> None:
    places = Places.of([(1, "Республика Хакасия"), (2, "Московская область"), (3, "Москва")],
                       [(10, 1, "Абакан"), (20, 2, "Подольск"), (30, 3, "Москва"), (40, 2, "Королёв")])
    assert places.find("Хакасия Респ.", "Абакан") == (1, 10)
    assert places.find("Московская обл.", "г. Подольск") == (2, 20)
    assert places.find("", "Королев") == (2, 40)            # one settlement of that name: its region
    assert places.find("Тульская обл.", "Тула") == (None, None)
    assert places.find("Хакасия", "") == (1, None)
    assert region_key("Хакасия Респ.") == region_key("Республика Хакасия") and city_key("г Москва") == "москва"
    assert name_key("  ЁЛКА  Й ") == name_key("елка и")

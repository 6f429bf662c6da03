"""Contract template variables (manual: "Управление договорами")."""
from __future__ import annotations

import pytest

from crm_desktop.domain.contract_vars import (PLACEHOLDER, VARIABLES, UnknownVariables, check, fill, fill_runs,
                                              variables_in)

MANUAL = ("DogID DogNo Manager ManID ManMobile ManWorkEmail DateSign DateExp ReceiverName SignPerson "
          "SignOsnovanie CustomerName Address PostIndex City PassNo PassSeria PassOrgan PassDate CustSignPerson "
          "CustSignOsnovanie Summa SummaStr SummaNDS SummaNDSStr Tarif Note INN KPP RS Bank BankCity Bik KS "
          "UrAddress FactAddress Phone Fax WebSite CustSignRekv Param1 Param2 Param3 Param4 Param5").split()


def test_every_manual_variable_in_the_manual_order_with_a_description() -> None:
    assert list(VARIABLES) == MANUAL
    assert VARIABLES["DogNo"] == "номер договора (операционный)"
    assert all(VARIABLES.values())
    assert all(PLACEHOLDER.fullmatch(f"[{name}]") for name in VARIABLES)


def test_fill_replaces_placeholders_and_leaves_other_brackets() -> None:
    text = "Договор № [DogNo] от [DateSign], см. [1] и [см. приложение], [DogNo] ещё раз, [ ]"
    assert fill(text, {"DogNo": "П-7", "DateSign": "01.02.2024"}) == (
        "Договор № П-7 от 01.02.2024, см. [1] и [см. приложение], П-7 ещё раз, [ ]")


def test_known_variable_without_value_prints_empty() -> None:
    assert fill("Факс: [Fax]; [Note].", {"Note": None}) == "Факс: ; ."  # type: ignore[dict-item]


def test_value_is_not_filled_again() -> None:
    assert fill("[Note] [DogNo]", {"Note": "[DogNo]", "DogNo": "5"}) == "[DogNo] 5"


def test_unknown_names_reported_by_name_sorted_and_once() -> None:
    with pytest.raises(UnknownVariables) as err:
        fill("[Foo] [DogNo] [Sumа] [Foo]", {"DogNo": "1"})     # "Sumа" with a Cyrillic "а"
    assert err.value.names == ["Foo", "Sumа"]
    assert str(err.value) == ("В шаблоне неизвестные переменные: [Foo], [Sumа]. Исправьте шаблон: "
                              "список переменных — в справочнике типов договоров.")
    assert isinstance(err.value, ValueError)


def test_cyrillic_words_in_brackets_are_text() -> None:
    check("[Сумма] [подпись] [1]")
    assert fill("[Сумма]", {}) == "[Сумма]"


def test_check_takes_names_too() -> None:
    check(["DogNo", "Param5"])
    with pytest.raises(UnknownVariables) as err:
        check(["DogNo", "Param6"])
    assert err.value.names == ["Param6"]


def test_variables_in_document_order_once() -> None:
    assert variables_in("[Summa] ([SummaStr]) [Foo] [Summa] [1]") == ["Summa", "SummaStr", "Foo"]


def test_fill_runs_puts_value_in_the_run_where_placeholder_starts() -> None:
    runs = ["Договор № [Dog", "No", "] от ", "[DateSign]", ""]
    assert fill_runs(runs, {"DogNo": "П-7", "DateSign": "1 марта"}) == ["Договор № П-7", "", " от ", "1 марта", ""]


def test_fill_runs_checks_before_filling() -> None:
    with pytest.raises(UnknownVariables, match=r"\[Foo\]"):
        fill_runs(["[DogNo] [Fo", "o]"], {"DogNo": "1"})

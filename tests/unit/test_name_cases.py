"""Full names in the genitive case («Новая задача от Сидорова Алексея Михайловича»)."""
from __future__ import annotations

import pytest

from crm_desktop.domain.name_cases import FEMN, MASC, gender, genitive


@pytest.mark.parametrize("nominative, expected", [
    ("Сидоров Алексей Михайлович", "Сидорова Алексея Михайловича"),
    ("Петрова Анна Викторовна", "Петровой Анны Викторовны"),
    ("Кузнецова Мария Игоревна", "Кузнецовой Марии Игоревны"),
    ("Ильин Илья Ильич", "Ильина Ильи Ильича"),
    ("Толстая Татьяна Никитична", "Толстой Татьяны Никитичны"),
    ("Римский-Корсаков Николай Андреевич", "Римского-Корсакова Николая Андреевича"),
    ("Петрова-Водкина Анна", "Петровой-Водкиной Анны"),
    # surnames that do not change
    ("Белых Ирина Олеговна", "Белых Ирины Олеговны"),
    ("Шевченко Тарас Григорьевич", "Шевченко Тараса Григорьевича"),
    ("Ковальчук Оксана", "Ковальчук Оксаны"),
    # surnames no dictionary knows, declined by the rules
    ("Менеджеров Михаил", "Менеджерова Михаила"),
    ("Коллегина Ольга", "Коллегиной Ольги"),
    ("Админов Админ", "Админова Админа"),
    ("Шмидт Отто", "Шмидта Отто"),
    # the first name first, one word, extra spaces, capitals
    ("Анна Петрова", "Анны Петровой"),
    ("Саша Иванова", "Саши Ивановой"),
    ("Иванов", "Иванова"),
    ("  Сидоров   Алексей ", "Сидорова Алексея"),
    ("СИДОРОВ Алексей", "СИДОРОВА Алексея"),
    ("", ""),
])
def test_genitive(nominative: str, expected: str) -> None:
    assert genitive(nominative) == expected


@pytest.mark.parametrize("name, expected", [
    ("Сидоров Алексей Михайлович", MASC), ("Петрова Анна Викторовна", FEMN), ("Коллегина Ольга", FEMN),
    ("Иванова", FEMN), ("Белых Ирина", FEMN), ("Черных Пётр", MASC), ("Смирнов", MASC),
])
def test_gender(name: str, expected: str) -> None:
    assert gender(name) == expected

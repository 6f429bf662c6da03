"""The initial database carries the manual's standard dictionaries (PLAT-3, DIC-2, ADM-2)."""
from __future__ import annotations

import csv

from sqlalchemy import text

from crm_desktop.data.migrations import MIGRATIONS_DIR
from crm_desktop.domain.permissions import PERSONAL, Permission


def _rows(db, sql: str) -> list[tuple]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def test_every_city_of_the_source_list_is_loaded_with_its_region(db) -> None:
    with open(MIGRATIONS_DIR / "data" / "ru_cities.csv", encoding="utf-8") as f:
        source = list(csv.DictReader(f))
    loaded = {r[0] for r in _rows(db, "SELECT OKTMO FROM CITIES WHERE OKTMO IS NOT NULL")}
    assert {c["oktmo"] for c in source} <= loaded
    assert _rows(db, "SELECT COUNT(*) FROM CITIES")[0][0] >= len(source)
    assert _rows(db, "SELECT R.NAME FROM CITIES C JOIN REGIONS R ON R.ID = C.REGION_ID "
                     "WHERE C.NAME = 'Нижний Новгород'") == [("Нижегородская область",)]
    assert ("Москва",) in _rows(db, "SELECT NAME FROM CITIES WHERE IS_CAPITAL = 1")


def test_all_federal_subjects(db) -> None:
    names = {r[0] for r in _rows(db, "SELECT NAME FROM REGIONS")}
    assert len(names) >= 89
    assert {"Республика Татарстан", "Приморский край", "Московская область", "Москва",
            "Ханты-Мансийский Автономный округ - Югра", "Донецкая Народная Республика"} <= names


def test_names_compare_case_and_accent_insensitively(db) -> None:
    assert _rows(db, "SELECT NAME FROM CITIES WHERE NAME = 'орёл'") == [("Орёл",)] or \
        _rows(db, "SELECT NAME FROM CITIES WHERE NAME = 'ОРЕЛ'") == [("Орёл",)]


def test_event_types_of_the_manual(db) -> None:
    names = {r[0]: r[1] for r in _rows(db, "SELECT NAME, CALL_KIND FROM EVENT_TYPES")}
    assert names["Входящий звонок"] == 1 and names["Исходящий звонок"] == 2 and "Встреча" in names


def test_five_typical_classifiers_have_values(db) -> None:
    rows = _rows(db, "SELECT C.NAME, COUNT(V.ID) FROM CLASSIFIERS C LEFT JOIN CLASSIFIER_VALUES V "
                     "ON V.CLASSIFIER_ID = C.ID WHERE C.SCOPE = 1 GROUP BY C.NAME")
    counts = dict(rows)
    assert set(counts) == {"Размер предприятия", "Источник информации", "Приоритет",
                           "Вид деятельности", "Статус"}
    assert all(n >= 3 for n in counts.values())


def test_sales_ladder_cash_desk_and_roles(db) -> None:
    ladder = [r[0] for r in _rows(db, "SELECT NAME FROM SALES_STAGES ORDER BY SORT_ORDER")]
    assert len(ladder) >= 5 and ladder[0] == "Клиент конкурента"
    assert _rows(db, "SELECT NAME FROM CASH_DESKS") == [("Основная касса",)]
    rights = {}
    for role, perm in _rows(db, "SELECT R.CODE, P.PERM_CODE FROM ROLES R "
                                "LEFT JOIN ROLE_PERMISSIONS P ON P.ROLE_ID = R.ID"):
        rights.setdefault(role, set()).add(perm)
    assert set(rights) == {"admin", "supervisor", "manager", "specialist"}
    assert {"manage_users", "edit_dictionaries"} <= rights["admin"]
    assert "view_all_journals" in rights["supervisor"] and "manage_users" not in rights["supervisor"]
    assert rights["manager"] == rights["specialist"] == {None}


def test_permissions_table_is_the_enum_and_the_administrator_has_all_but_the_personal(db) -> None:
    """Codes stay as stored, so the enum reads existing databases without a migration."""
    stored = _rows(db, "SELECT CODE, NAME FROM PERMISSIONS ORDER BY SORT_ORDER")
    assert stored == [(p.value, p.label) for p in Permission]
    admin = {code for (code,) in _rows(db, "SELECT P.PERM_CODE FROM ROLE_PERMISSIONS P "
                                           "JOIN ROLES R ON R.ID = P.ROLE_ID WHERE R.CODE = 'admin'")}
    assert admin == {p.value for p in set(Permission) - PERSONAL}


def test_initial_database_has_no_users(db) -> None:
    """The first administrator comes from the first-run wizard (manual: "Добавление пользователей")."""
    assert _rows(db, "SELECT COUNT(*) FROM USERS") == [(0,)]

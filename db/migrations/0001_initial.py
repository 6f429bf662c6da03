"""Reference data of the initial database (manual: "Типовые классификаторы", "Разграничение
доступа, права", "Оперативная разработка")."""
from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).with_name("data")

# tables whose ID generator and audit triggers the runner creates
AUDITED = ["DEPARTMENTS", "POSITIONS", "USERS", "DIRECTIONS", "LEGAL_ENTITIES", "BANK_ACCOUNTS",
           "REGIONS", "CITIES", "EVENT_TYPES", "CLASSIFIERS", "CLASSIFIER_VALUES",
           "SALES_STAGES", "CASH_DESKS"]

ROLES = [(1, "admin", "Администратор"), (2, "supervisor", "Супервизор"),
         (3, "manager", "Менеджер"), (4, "specialist", "Специалист")]

# (code, name, roles that have it as a base right)
PERMISSIONS = [
    ("manage_users", "Управлять пользователями и их правами", {"admin"}),
    ("edit_dictionaries", "Редактировать справочники и настраивать систему", {"admin"}),
    ("view_all_journals", "Видеть журналы и отчёты по всем сотрудникам", {"admin", "supervisor"}),
    ("edit_past_dates", "Изменять основные данные прошедшей датой", {"admin", "supervisor"}),
    ("delete_clients", "Удалять клиентов", {"admin"}),
    ("group_processing", "Групповая обработка клиентов", {"admin"}),
    ("edit_nomenclature", "Редактировать номенклатуру", {"admin"}),
    ("private_clients", "Вести приватных клиентов", set()),
    ("security_decisions", "Сотрудник принимает решения по экономической безопасности", set()),
    ("configurator", "Доступ к конфигуратору", {"admin"}),
    ("export_data", "Выгружать данные (экспорт отчётов и списков)", {"admin", "supervisor"}),
]

EVENT_TYPES = [("Входящий звонок", 1), ("Исходящий звонок", 2), ("Встреча", 0),
               ("Отправлено письмо", 0), ("Получено письмо", 0), ("Отправлено коммерческое предложение", 0),
               ("Презентация", 0), ("Переговоры", 0), ("Заключение договора", 0),
               ("Выставлен счёт", 0), ("Оплата", 0), ("Отгрузка", 0), ("Претензия", 0),
               ("Консультация", 0), ("Прочее", 0)]

# (code, scope, name, label, values); scope 1 typical (DIC-2), 2 operative (OPS-1) and the
# card's other dictionaries; codes are the dictionary names of domain/client_fields.py
CLASSIFIERS = [
    ("company_sizes", 1, "Размер предприятия", "Размер",
     ["Микропредприятие (до 15 чел.)", "Малое (до 100 чел.)", "Среднее (до 250 чел.)",
      "Крупное (более 250 чел.)"]),
    ("info_sources", 1, "Источник информации", "Источник",
     ["Сайт компании", "Входящий звонок", "Рекомендация клиента", "Выставка", "Реклама в интернете",
      "Печатная реклама", "Холодный звонок", "Справочник"]),
    ("priorities", 1, "Приоритет", "Приоритет", ["Высокий", "Средний", "Низкий"]),
    ("activity_types", 1, "Вид деятельности", "Деятельность",
     ["Торговля оптовая", "Торговля розничная", "Производство", "Строительство", "Услуги",
      "Транспорт и логистика", "IT и связь", "Финансы", "Государственные учреждения", "Прочее"]),
    ("client_statuses", 1, "Статус", "Статус",
     ["Потенциальный клиент", "Клиент", "Постоянный клиент", "Партнёр", "Поставщик", "Конкурент",
      "Отказ"]),
    ("penetration_depths", 2, "Глубина проникновения", "Глубина",
     ["Нет контакта", "Секретарь", "Специалист", "Руководитель подразделения", "Лицо, принимающее решение"]),
    ("reactions", 2, "Реакция на последний контакт", "Реакция",
     ["Позитивная", "Нейтральная", "Негативная"]),
    ("loyalty_levels", 2, "Лояльность", "Лояльность", ["Высокая", "Средняя", "Низкая"]),
    ("prospect_ratings", 2, "Оценка перспективности", "Перспективность",
     ["Горячий", "Тёплый", "Холодный"]),
    ("client_types", 2, "Тип клиента", "Тип", ["Покупатель", "Поставщик", "Посредник", "Партнёр"]),
    ("work_modes", 2, "Режим работы (безопасность)", "Режим работы",
     ["Без ограничений", "Только по предоплате", "Отсрочка в пределах лимита", "Работа запрещена"]),
]

SALES_LADDER = ["Клиент конкурента", "Информирован о нас", "Проявил интерес", "Получил предложение",
                "Переговоры", "Первая покупка", "Повторные покупки", "Постоянный клиент",
                "Адвокат компании"]

SETTINGS = {"register.sort": "name", "register.sort_desc": "0"}


def _ids(cur, generator: str, count: int) -> int:
    """Reserve count IDs of a generator, return the first one."""
    cur.execute(f"SELECT GEN_ID({generator}, {count}) FROM RDB$DATABASE")
    return cur.fetchone()[0] - count + 1


def _insert(cur, table: str, columns: list[str], rows: list[tuple]) -> None:
    marks = ", ".join("?" * len(columns))
    cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


_REGION_TITLE = {"Респ": "Республика {}", "край": "{} край", "обл": "{} область",
                 "АО": "{} автономный округ", "Аобл": "{} автономная область"}


def _region_title(region_type: str, name: str) -> str:
    """"Адыгея"/"Респ" → "Республика Адыгея"; names that already say what they are stay."""
    if "округ" in name.lower() or "республика" in name.lower() or region_type not in _REGION_TITLE:
        return name
    return _REGION_TITLE[region_type].format(name)


def _regions_and_cities(cur) -> None:
    with open(DATA / "ru_cities.csv", encoding="utf-8") as f:
        cities = list(csv.DictReader(f))
    with open(DATA / "regions_added.csv", encoding="utf-8") as f:
        added = list(csv.DictReader(f))
    regions: dict[str, tuple] = {}
    for c in cities:
        regions.setdefault(c["region"], (_region_title(c["region_type"], c["region"]), c["region_type"], c["kladr_id"][:2],
                                         c["federal_district"], c["timezone"]))
    for a in added:
        regions[a["region"]] = (_region_title(a["region_type"], a["region"]), a["region_type"], a["kladr"], a["federal_district"],
                                a["timezone"])
    first = _ids(cur, "GEN_REGIONS", len(regions))
    region_id = {name: first + i for i, name in enumerate(sorted(regions))}
    _insert(cur, "REGIONS", ["ID", "NAME", "REGION_TYPE", "KLADR_CODE", "FEDERAL_DISTRICT", "TIMEZONE"],
            [(region_id[name], *regions[name]) for name in sorted(regions)])
    # capital_marker 2 = capital of its region; federal cities come without a city part
    rows = [(region_id[c["region"]], c["city"] or c["settlement"] or c["area"] or c["region"], c["city_type"] or c["settlement_type"] or "г",
             c["area"] or None, c["postal_code"] or None, c["kladr_id"] or None, c["fias_id"] or None,
             c["okato"] or None, c["oktmo"] or None, c["timezone"] or None,
             int(c["population"]) if c["population"] else None, 1 if c["capital_marker"] == "2" or not c["city"] else 0)
            for c in cities]
    rows += [(region_id[a["region"]], a["city"], a["city_type"], None, None, None, None, None, None,
              a["timezone"], None, 1) for a in added]
    _insert(cur, "CITIES", ["REGION_ID", "NAME", "CITY_TYPE", "AREA", "POSTAL_CODE", "KLADR_ID", "FIAS_ID",
                            "OKATO", "OKTMO", "TIMEZONE", "POPULATION", "IS_CAPITAL"], rows)


def data(con) -> None:
    cur = con.cursor()
    _insert(cur, "ROLES", ["ID", "CODE", "NAME"], ROLES)
    _insert(cur, "PERMISSIONS", ["CODE", "NAME", "SORT_ORDER"],
            [(code, name, i) for i, (code, name, _) in enumerate(PERMISSIONS)])
    role_id = {code: rid for rid, code, _ in ROLES}
    _insert(cur, "ROLE_PERMISSIONS", ["ROLE_ID", "PERM_CODE"],
            [(role_id[r], code) for code, _, roles in PERMISSIONS for r in sorted(roles)])
    _regions_and_cities(cur)
    _insert(cur, "EVENT_TYPES", ["NAME", "CALL_KIND", "SORT_ORDER"],
            [(name, kind, i) for i, (name, kind) in enumerate(EVENT_TYPES)])
    for order, (code, scope, name, label, values) in enumerate(CLASSIFIERS):
        cid = _ids(cur, "GEN_CLASSIFIERS", 1)
        _insert(cur, "CLASSIFIERS", ["ID", "CODE", "SCOPE", "NAME", "LABEL", "SORT_ORDER"],
                [(cid, code, scope, name, label, order)])
        _insert(cur, "CLASSIFIER_VALUES", ["CLASSIFIER_ID", "NAME", "SORT_ORDER"],
                [(cid, value, i) for i, value in enumerate(values)])
    _insert(cur, "SALES_STAGES", ["NAME", "SORT_ORDER"], [(n, i) for i, n in enumerate(SALES_LADDER)])
    _insert(cur, "CASH_DESKS", ["NAME"], [("Основная касса",)])
    _insert(cur, "SETTINGS", ["SETTING_KEY", "SETTING_VAL"], sorted(SETTINGS.items()))

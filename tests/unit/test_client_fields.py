"""Client card metadata: follows the manual's table, gives usable DB names, validates a card."""

from __future__ import annotations

import random
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.client_fields import (
    BANK_ACCOUNT,
    CONTACT_PERSON,
    MAILING_EMAIL,
    MAILING_PHONE,
    MAX_NAME_LENGTH,
    ClientKind,
    Field,
    FieldKind,
    card_tabs,
    client_fields,
    main_fields,
    validate_client,
    validate_fields,
)
from crm_desktop.domain.requisites import (
    make_account,
    make_bik,
    make_corr_account,
    make_inn10,
    make_kpp,
    make_ogrn,
    make_okpo,
)
from crm_desktop.domain.validation import FieldError, ValidationError

RECORDS = (CONTACT_PERSON, BANK_ACCOUNT, MAILING_EMAIL, MAILING_PHONE)
# Firebird (2.5-5) reserved words that look like plausible column names.
FIREBIRD_RESERVED = {
    "add", "admin", "all", "and", "any", "as", "at", "avg", "begin", "between", "bigint",
    "blob", "boolean", "both", "by", "case", "cast", "char", "character", "check", "close",
    "collate", "column", "commit", "connect", "constraint", "count", "create", "cross",
    "current", "cursor", "date", "day", "dec", "decimal", "declare", "default", "delete",
    "distinct", "double", "drop", "else", "end", "escape", "execute", "exists", "external",
    "extract", "false", "fetch", "filter", "float", "for", "foreign", "from", "full", "function",
    "global", "grant", "group", "having", "hour", "in", "index", "inner", "insert", "int",
    "integer", "into", "is", "join", "leading", "left", "like", "long", "lower", "max", "min",
    "minute", "month", "national", "natural", "no", "not", "null", "numeric", "of", "offset",
    "on", "only", "open", "or", "order", "outer", "over", "parameter", "plan", "position",
    "precision", "primary", "procedure", "real", "references", "release", "return", "returns",
    "right", "rollback", "row", "rows", "second", "select", "set", "similar", "smallint", "some",
    "start", "sum", "table", "then", "time", "timestamp", "to", "trailing", "trigger", "trim",
    "true", "union", "unique", "unknown", "update", "upper", "user", "using", "value", "values",
    "varchar", "variable", "varying", "view", "when", "where", "while", "with", "year",
}
MANUAL_TABS = ["Общие", "Оперативная работа", "Персонал", "Рег. данные", "Банк", "Доступ",
               "Рассылка E-Mail & SMS", "Безопасность", "Отгрузочные реквизиты", "Служебные"]
SBER = {"inn": "7707083893", "kpp": "773601001", "ogrn": "1027700132195", "okpo": "00032537"}


def labels(fields: tuple[Field, ...]) -> set[str]:
    return {f.label for f in fields}


def tab(kind: ClientKind, label: str) -> tuple[Field, ...]:
    return next(t.fields for t in card_tabs(kind) if t.label == label)


def errors_by_field(errors: list[FieldError]) -> dict[str, str]:
    return {e.field: e.message for e in errors}


# --- metadata ---

def all_field_sets() -> list[tuple[Field, ...]]:
    return [client_fields(k) for k in ClientKind] + [r.fields for r in RECORDS]


@pytest.mark.parametrize("fields", all_field_sets())
def test_names_are_usable_firebird_columns(fields: tuple[Field, ...]) -> None:
    names = [f.name for f in fields]
    assert len(names) == len(set(names)), "a column twice in one table"
    for name in names:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name), name
        assert len(name) <= MAX_NAME_LENGTH, name
        assert name not in FIREBIRD_RESERVED, name


def test_every_field_has_label_and_hint() -> None:
    for fields in all_field_sets():
        assert all(f.label.strip() and f.hint.strip() for f in fields)


def test_a_column_shared_by_both_kinds_is_declared_once() -> None:
    company = {f.name: f for f in client_fields(ClientKind.COMPANY)}
    shared = [f for f in client_fields(ClientKind.INDIVIDUAL) if f.name in company]
    assert {f.name for f in shared} >= {"inn", "phone", "email", "address", "curator_id"}
    assert all(company[f.name] is f for f in shared)


def test_dictionary_name_goes_with_dictionary_kinds_only() -> None:
    with pytest.raises(ValueError):
        Field("status_id", "Статус", "подсказка", kind=FieldKind.DICTIONARY)
    with pytest.raises(ValueError):
        Field("notes", "Заметки", "подсказка", dictionary="statuses")
    assert Field("status_id", "Статус", "", kind=FieldKind.DICTIONARY,
                 dictionary="client_statuses").dictionary == "client_statuses"


def test_tabs_follow_the_manual() -> None:
    assert [t.label for t in card_tabs(ClientKind.COMPANY)] == MANUAL_TABS
    # "Для карточки физического лица данная вкладка отсутствует" (Персонал, Рег. данные)
    assert [t.label for t in card_tabs(ClientKind.INDIVIDUAL)] == [
        t for t in MANUAL_TABS if t not in ("Персонал", "Рег. данные")]
    switchable = {t.label for t in card_tabs(ClientKind.COMPANY) if t.switchable}
    assert switchable == {"Безопасность", "Отгрузочные реквизиты"}


def test_main_block_and_flag() -> None:
    company = labels(main_fields(ClientKind.COMPANY))
    assert {"Наименование", "Полное наименование", "Адрес", "Телефон", "Факс", "E-mail общий",
            "Веб-сайт", "Требует особого внимания"} <= company
    person = labels(main_fields(ClientKind.INDIVIDUAL))
    assert {"Фамилия", "Имя", "Отчество", "Дата рождения", "ИНН", "Серия паспорта",
            "Номер паспорта", "Кем выдан паспорт", "Дата выдачи паспорта"} <= person
    assert "Полное наименование" not in person


def test_tab_contents_named_by_the_manual() -> None:
    company = ClientKind.COMPANY
    assert {"Куратор", "Специалист", "Направления", "Тип клиента", "Размер предприятия",
            "Источник информации", "Приоритет", "Вид деятельности", "Статус",
            "Заметки"} <= labels(tab(company, "Общие"))
    assert {"Текущий этап разработки", "Глубина проникновения", "Реакция на последний контакт",
            "Лояльность", "Конкуренты", "Следующий этап разработки", "Оценка перспективности",
            "Дата следующего контакта"} <= labels(tab(company, "Оперативная работа"))
    assert {"ИНН", "КПП", "ОГРН / ОГРНИП", "ОКПО", "Уставный капитал", "Юридический адрес",
            "Фактический адрес", "Изменения в документах"} <= labels(tab(company, "Рег. данные"))
    assert {"Приватный клиент"} <= labels(tab(company, "Доступ"))
    assert {"Исключить из E-Mail рассылки",
            "Исключить из SMS-рассылки"} <= labels(tab(company, "Рассылка E-Mail & SMS"))
    assert {"Финансы", "Собственность", "Репутация", "Связи", "Заключение",
            "Кредитный лимит"} <= labels(tab(company, "Безопасность"))
    assert {"Грузополучатель", "Транспортировка"} <= labels(tab(company, "Отгрузочные реквизиты"))
    service = tab(company, "Служебные")
    assert all(f.read_only for f in service) and {"Код", "Изменил"} <= labels(service)


def test_contact_person_dossier() -> None:
    assert {"Фамилия", "Имя", "Отчество", "Обращение", "Должность", "Отдел", "Телефон рабочий",
            "Телефон мобильный", "Телефон домашний", "Факс", "E-mail", "Мессенджеры",
            "Компетенция", "Родственники", "Биография", "День рождения",
            "Подписан на E-mail рассылку",
            "Подписан на SMS рассылку"} <= labels(CONTACT_PERSON.fields)
    kinds = {f.name: f.kind for f in CONTACT_PERSON.fields}
    assert kinds["phone_mobile"] is FieldKind.PHONE and kinds["birthday"] is FieldKind.DATE


# --- validation ---

def company_card(**changes: object) -> dict[str, object]:
    card: dict[str, object] = {
        "name": "Сбербанк", "full_name": 'ПАО "Сбербанк России"',
        "phone": "+7 495 500-55-50", "fax": "8 (831) 233-13-03 доб. 1",
        "email": "sberbank@sberbank.ru", "postcode": "117312", **SBER,
        "charter_capital": Decimal("67760844000.00"), "credit_limit": Decimal("150000.50"),
        "registration_date": date(2002, 8, 16), "is_private": False, "directions": {1, 2},
    }
    card.update(changes)
    return card


def test_complete_company_card_is_valid() -> None:
    assert validate_client(company_card(), ClientKind.COMPANY) == []


def test_required_fields_by_kind() -> None:
    assert validate_client({}, ClientKind.COMPANY) == [
        FieldError("name", "Заполните поле «Наименование»")]
    assert errors_by_field(validate_client({"surname": "  "}, ClientKind.INDIVIDUAL)) == {
        "surname": "Заполните поле «Фамилия»", "first_name": "Заполните поле «Имя»"}


@pytest.mark.parametrize("field, value, message", [
    ("inn", "7707083894", "Неверная контрольная цифра ИНН"),
    ("kpp", "77360100", "КПП должен содержать 9 символов"),
    ("ogrn", "1027700132194", "Неверная контрольная цифра ОГРН"),
    ("okpo", "00032538", "Неверная контрольная цифра кода ОКПО"),
    ("phone", "123", "Телефон: слишком короткий номер «123»"),
    ("email", "sber@bank", "E-mail общий: в домене нет точки"),
    ("postcode", "11731", "Почтовый индекс: нужно 6 цифр"),
    ("registration_date", datetime(2002, 8, 16, 10, 0), "Дата регистрации: нужно значение"),
    ("registration_date", "16.08.2002", "Дата регистрации: нужно значение"),
    ("credit_limit", 150000.5, "Кредитный лимит: нужна сумма в рублях"),
    ("credit_limit", Decimal("-1"), "Кредитный лимит: сумма не может быть отрицательной"),
    ("credit_limit", Decimal("1.005"), "Кредитный лимит: не больше двух знаков"),
    ("credit_limit", Decimal("NaN"), "Кредитный лимит: нужна сумма в рублях"),
    ("is_private", 1, "Приватный клиент: нужно значение типа «флажок»"),
    ("consignee_inn", "123", "ИНН должен содержать 10 цифр"),
])
def test_each_kind_is_checked(field: str, value: object, message: str) -> None:
    errors = validate_client(company_card(**{field: value}), ClientKind.COMPANY)
    assert [e.field for e in errors] == [field]
    assert errors[0].message.startswith(message)


def test_read_only_fields_are_not_checked() -> None:
    assert validate_client(company_card(code="abc", created_at="вчера"),
                           ClientKind.COMPANY) == []


def test_requisites_must_belong_to_the_same_kind_of_taxpayer() -> None:
    sole_trader = company_card(inn="500100732259", kpp="773601001", ogrn="1027700132195")
    assert errors_by_field(validate_client(sole_trader, ClientKind.COMPANY)) == {
        "kpp": "КПП бывает только у организаций (ИНН из 10 цифр): очистите КПП или исправьте ИНН",
        "ogrn": "ОГРН (13 цифр) соответствует ИНН организации (10 цифр), ОГРНИП (15 цифр) — "
                "ИНН из 12 цифр"}
    assert validate_client(company_card(inn="500100732259", kpp="", ogrn="304500116000157"),
                           ClientKind.COMPANY) == []


def test_individual_needs_a_personal_inn() -> None:
    person = {"surname": "Гришина", "first_name": "Оксана", "birthday": date(1980, 5, 1)}
    assert validate_client({**person, "inn": "500100732259"}, ClientKind.INDIVIDUAL) == []
    assert validate_client({**person, "inn": "7707083893"}, ClientKind.INDIVIDUAL) == [
        FieldError("inn", "ИНН физического лица должен содержать 12 цифр")]


def test_a_wrong_inn_is_reported_once() -> None:
    errors = validate_client(company_card(inn="7707083894", kpp="773601001"), ClientKind.COMPANY)
    assert [e.field for e in errors] == ["inn"]


def test_bank_account_is_checked_with_the_bik_of_the_same_record() -> None:
    row = {"bank_name": "Сбербанк", "bik": "044525225", "corr_account": "30101810400000000225",
           "account": "40702810938000000001"}
    assert validate_fields(BANK_ACCOUNT.fields, row) == []
    assert errors_by_field(validate_fields(BANK_ACCOUNT.fields, {**row, "bik": "044525593"})) == {
        "account": "Расчётный счёт не соответствует БИК 044525593: проверьте номер счёта и БИК",
        "corr_account": "Корреспондентский счёт не соответствует БИК 044525593: проверьте "
                        "номер счёта и БИК"}
    assert errors_by_field(validate_fields(BANK_ACCOUNT.fields, {**row, "bik": ""})) == {
        "bik": "Заполните поле «БИК»",
        "corr_account": "Корреспондентский счёт проверяется вместе с БИК: укажите правильный БИК "
                        "банка",
        "account": "Расчётный счёт проверяется вместе с БИК: укажите правильный БИК банка"}


def test_contact_person_and_mailing_rows() -> None:
    person = {"surname": "Гришина", "phone_mobile": "8 910 123 45 67",
              "email": "oksana@grants.ru", "email_subscribed": True}
    assert validate_fields(CONTACT_PERSON.fields, person) == []
    assert errors_by_field(validate_fields(CONTACT_PERSON.fields, {
        **person, "surname": "", "email": "oksana@grants"})) == {
        "surname": "Заполните поле «Фамилия»",
        "email": "E-mail: в домене нет точки (например, mail.ru) «oksana@grants»"}
    assert validate_fields(MAILING_PHONE.fields, {"phone": "", "subscribed": True}) == [
        FieldError("phone", "Заполните поле «Мобильный телефон»")]


def test_validation_error_carries_every_problem() -> None:
    errors = validate_client({"phone": "1"}, ClientKind.COMPANY)
    raised = ValidationError(errors)
    assert raised.errors == tuple(errors) and len(errors) == 2
    assert str(raised) == "Заполните поле «Наименование»\nТелефон: это не номер телефона «1»"


@given(st.randoms(use_true_random=False))
def test_generated_company_requisites_pass(rng: random.Random) -> None:
    inn, bik = make_inn10(rng), make_bik(rng)
    card = company_card(inn=inn, kpp=make_kpp(rng, inn), ogrn=make_ogrn(rng), okpo=make_okpo(rng))
    assert validate_client(card, ClientKind.COMPANY) == []
    account = {"bank_name": "Банк", "bik": bik, "account": make_account(rng, bik),
               "corr_account": make_corr_account(bik)}
    assert validate_fields(BANK_ACCOUNT.fields, account) == []

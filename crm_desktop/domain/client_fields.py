"""Fields of the client card, declared once (label, hint, required, kind) and read by forms,
the register, reports, import and the DB schema. Layout follows the manual's table
"Информация, доступная в карточке контрагента (клиента)": the main requisites block, the tabs
"Общие" … "Служебные" and the flag "Требует особого внимания". Custom classifiers (tab
"Признаки") are user data, not declared here; journals (history, invoices, …) are not fields.

``name`` is the English snake_case DB column (≤ 31 characters for Firebird). A repeated group
(contact persons, bank accounts, mailing addresses) is a ``Record``: one row per item in its
own table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from crm_desktop.domain import contacts, requisites
from crm_desktop.domain.validation import FieldError

MAX_NAME_LENGTH = 31  # Firebird identifier limit (before 4.0)
_MONEY_PLACES = 2


class ClientKind(Enum):
    """Manual: "Система поддерживает 2 типа клиентов: предприятия; физические лица"."""

    COMPANY = "company"
    INDIVIDUAL = "individual"


class FieldKind(Enum):
    """What a field holds; decides the editor widget, the column type and the check."""

    TEXT = "text"
    MULTILINE = "multiline"
    PHONE = "phone"
    EMAIL = "email"
    URL = "url"
    DATE = "date"
    DATETIME = "datetime"
    INT = "int"
    MONEY = "money"
    DICTIONARY = "dictionary"  # one item of the dictionary ``Field.dictionary``
    DICTIONARY_SET = "dictionary_set"  # several items: a link table, not a column
    FLAG = "flag"
    POSTCODE = "postcode"
    INN = "inn"
    KPP = "kpp"
    OGRN = "ogrn"  # OGRN or OGRNIP
    OKPO = "okpo"
    BIK = "bik"
    ACCOUNT = "account"  # settlement account, checked with the BIK of the same record
    CORR_ACCOUNT = "corr_account"


_DICTIONARY_KINDS = (FieldKind.DICTIONARY, FieldKind.DICTIONARY_SET)


@dataclass(frozen=True)
class Field:
    """One field of a card. ``hint`` is the tooltip; ``read_only`` fields are filled by the
    program (who and when changed the card, the security conclusion's inspector)."""

    name: str
    label: str
    hint: str
    required: bool = False
    kind: FieldKind = FieldKind.TEXT
    dictionary: str | None = None
    read_only: bool = False
    short: str = ""         # a column caption where the label is too long for one

    def __post_init__(self) -> None:
        if (self.kind in _DICTIONARY_KINDS) != (self.dictionary is not None):
            raise ValueError(f"{self.name}: a dictionary name goes with a dictionary kind only")

    @property
    def caption(self) -> str:
        """What a list column of this field is headed with."""
        return self.short or self.label


@dataclass(frozen=True)
class Record:
    """A repeated group shown as a list on a tab: one row per contact person, account, …"""

    name: str
    label: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Tab:
    """A tab of the card. ``switchable`` tabs can be turned off in "Настройки - Параметры -
    Функционал" (manual: "Отключение функционала")."""

    name: str
    label: str
    fields: tuple[Field, ...] = ()
    records: tuple[Record, ...] = ()
    switchable: bool = False


def _dict(name: str, label: str, hint: str, dictionary: str) -> Field:
    return Field(name, label, hint, kind=FieldKind.DICTIONARY, dictionary=dictionary)


def _flag(name: str, label: str, hint: str) -> Field:
    return Field(name, label, hint, kind=FieldKind.FLAG)


def _memo(name: str, label: str, hint: str) -> Field:
    return Field(name, label, hint, kind=FieldKind.MULTILINE)


# --- Main requisites ("Основные реквизиты": name, address, main phones, main contacts) ---

SHORT_NAME = Field("name", "Наименование", "Короткое наименование, под которым клиент "
                   "виден в реестре и ищется по фрагменту", required=True, short="Контрагент")
FULL_NAME = Field("full_name", "Полное наименование",
                  "Наименование с организационно-правовой формой, как в документах")
SURNAME = Field("surname", "Фамилия", "Фамилия физического лица", required=True)
FIRST_NAME = Field("first_name", "Имя", "Имя физического лица", required=True)
PATRONYMIC = Field("patronymic", "Отчество", "Отчество, если есть")
BIRTHDAY = Field("birthday", "Дата рождения", "Попадает в отчёт «Дни рождения»",
                 kind=FieldKind.DATE)
PASSPORT_SERIES = Field("passport_series", "Серия паспорта", "Для договоров: [PassSeria]")
PASSPORT_NUMBER = Field("passport_number", "Номер паспорта", "Для договоров: [PassNo]")
PASSPORT_ISSUER = Field("passport_issuer", "Кем выдан паспорт", "Для договоров: [PassOrgan]")
PASSPORT_DATE = Field("passport_date", "Дата выдачи паспорта", "Для договоров: [PassDate]",
                      kind=FieldKind.DATE)
INN = Field("inn", "ИНН", "10 цифр у организации, 12 — у предпринимателя и физического лица",
            kind=FieldKind.INN)
ADDRESS_FIELDS = (
    _dict("region_id", "Регион", "Можно подставлять по умолчанию (автоподстановка)", "regions"),
    _dict("city_id", "Город", "Населённый пункт из общероссийского классификатора", "settlements"),
    Field("district", "Район", "Район города или области"),
    Field("postcode", "Почтовый индекс", "6 цифр", kind=FieldKind.POSTCODE),
    Field("address", "Адрес", "Улица, дом, офис"),
)
PHONE = Field("phone", "Телефон", "Основной телефон; по фрагменту номера работает "
              "расширенный поиск (Shift+F)", kind=FieldKind.PHONE)
PHONE2 = Field("phone2", "Телефон 2", "Дополнительный телефон", kind=FieldKind.PHONE)
MOBILE_PHONE = Field("mobile_phone", "Мобильный телефон", "Мобильный телефон физического лица",
                     kind=FieldKind.PHONE)
FAX = Field("fax", "Факс", "Номер факса; участвует в поиске по телефону", kind=FieldKind.PHONE)
EMAIL = Field("email", "E-mail общий", "Общий адрес электронной почты", kind=FieldKind.EMAIL)
WEBSITE = Field("website", "Веб-сайт", "Адрес сайта, например www.regionsoft.ru",
                kind=FieldKind.URL)
MAIN_CONTACT = Field("main_contact", "Контактное лицо", "Основное контактное лицо (ФИО)")
NEEDS_ATTENTION = _flag("needs_attention", "Требует особого внимания",
                        "Клиент выделяется в общем списке клиентов")

COMPANY_MAIN = (SHORT_NAME, FULL_NAME, *ADDRESS_FIELDS, PHONE, PHONE2, FAX, EMAIL, WEBSITE,
                MAIN_CONTACT, NEEDS_ATTENTION)
INDIVIDUAL_MAIN = (SURNAME, FIRST_NAME, PATRONYMIC, BIRTHDAY, INN, PASSPORT_SERIES,
                   PASSPORT_NUMBER, PASSPORT_ISSUER, PASSPORT_DATE, *ADDRESS_FIELDS, PHONE,
                   MOBILE_PHONE, EMAIL, WEBSITE, NEEDS_ATTENTION)

# --- Tab "Общие": curators, directions, type, classifiers, notes ---

GENERAL = Tab("general", "Общие", (
    _dict("curator_id", "Куратор", "Ответственный за клиента; приватного клиента видит только "
          "он", "users"),
    _dict("specialist_id", "Специалист", "Сотрудник, работающий с клиентом вместе с куратором",
          "users"),
    Field("directions", "Направления", "Направления деятельности, по которым ведётся работа",
          kind=FieldKind.DICTIONARY_SET, dictionary="directions"),
    _dict("client_type_id", "Тип клиента", "Поставщик, покупатель, посредник …", "client_types"),
    _dict("company_size_id", "Размер предприятия", "Типовой классификатор", "company_sizes"),
    _dict("info_source_id", "Источник информации", "Откуда узнали о клиенте", "info_sources"),
    _dict("priority_id", "Приоритет", "Типовой классификатор", "priorities"),
    _dict("activity_type_id", "Вид деятельности", "Типовой классификатор", "activity_types"),
    _dict("status_id", "Статус", "Например «Наш постоянный клиент»", "client_statuses"),
    _memo("notes", "Заметки", "Произвольные заметки о клиенте"),
))

# --- Tab "Оперативная работа" (manual: "Механизмы оперативной разработки") ---

OPERATIVE = Tab("operative", "Оперативная работа", (
    _dict("stage_id", "Текущий этап разработки", "Ступень лестницы продаж", "sales_stages"),
    _dict("penetration_id", "Глубина проникновения", "Насколько глубоко мы вошли в клиента",
          "penetration_depths"),
    _dict("last_reaction_id", "Реакция на последний контакт", "Как клиент отреагировал",
          "reactions"),
    _dict("loyalty_id", "Лояльность", "Отношение клиента к нашей фирме", "loyalty_levels"),
    _flag("has_competitors", "Есть конкуренты", "Клиент работает с конкурентами"),
    _memo("competitors", "Конкуренты", "Перечень конкурентов, с которыми работает клиент"),
    _dict("next_stage_id", "Следующий этап разработки", "Цель следующего шага", "sales_stages"),
    _dict("prospects_id", "Оценка перспективности", "Перспектива работы с клиентом",
          "prospect_ratings"),
    Field("next_contact_date", "Дата следующего контакта", "Клиент появится в напоминаниях "
          "в этот день", kind=FieldKind.DATE),
))

# --- Tab "Персонал": dossier of contact persons (no such tab for individuals) ---

CONTACT_PERSON = Record("contact_person", "Контактное лицо", (
    Field("surname", "Фамилия", "Фамилия контактного лица", required=True),
    Field("first_name", "Имя", "Подставляется в рассылку вместо [ИМЯ]"),
    Field("patronymic", "Отчество", "Подставляется в рассылку вместо [ОТЧЕСТВО]"),
    Field("salutation", "Обращение", "Например «Уважаемый»; подставляется вместо [ОБРАЩЕНИЕ]"),
    Field("job_title", "Должность", "Занимаемая должность"),
    Field("department", "Отдел", "Подразделение клиента"),
    Field("phone_office", "Телефон рабочий", "Рабочий телефон, можно с добавочным",
          kind=FieldKind.PHONE),
    Field("phone_mobile", "Телефон мобильный", "Мобильный телефон", kind=FieldKind.PHONE),
    Field("phone_home", "Телефон домашний", "Домашний телефон", kind=FieldKind.PHONE),
    Field("fax", "Факс", "Факс контактного лица", kind=FieldKind.PHONE),
    Field("email", "E-mail", "Личный адрес; нужен для персональной рассылки", kind=FieldKind.EMAIL),
    Field("messengers", "Мессенджеры", "Skype, Telegram и другие логины"),
    _memo("competence", "Компетенция", "Какие вопросы решает"),
    _memo("traits", "Характеристика", "Характеристика контактного лица"),
    _memo("relatives", "Родственники", "Сведения о родственниках"),
    _memo("biography", "Биография", "Биография"),
    Field("birthday", "День рождения", "Попадает в отчёт «Дни рождения»", kind=FieldKind.DATE),
    _flag("email_subscribed", "Подписан на E-mail рассылку", "Получает E-mail рассылки"),
    _flag("sms_subscribed", "Подписан на SMS рассылку", "Получает SMS рассылки"),
))
STAFF = Tab("staff", "Персонал", records=(CONTACT_PERSON,))

# --- Tab "Рег. данные": bodies, codes, capital, addresses, changes (companies only) ---

REGISTRATION = Tab("registration", "Рег. данные", (
    INN,
    Field("kpp", "КПП", "9 символов; у предпринимателей нет", kind=FieldKind.KPP),
    Field("ogrn", "ОГРН / ОГРНИП", "13 цифр у организации, 15 у предпринимателя",
          kind=FieldKind.OGRN),
    Field("okpo", "ОКПО", "8 цифр у организации, 10 у предпринимателя", kind=FieldKind.OKPO),
    Field("okved", "ОКВЭД", "Коды видов экономической деятельности"),
    Field("registration_body", "Регистрирующий орган", "Кем зарегистрирован"),
    Field("registration_date", "Дата регистрации", "Дата государственной регистрации",
          kind=FieldKind.DATE),
    Field("tax_office", "Налоговая инспекция", "Инспекция, где клиент состоит на учёте"),
    Field("charter_capital", "Уставный капитал", "Размер уставного капитала, руб.",
          kind=FieldKind.MONEY),
    Field("legal_address", "Юридический адрес", "Адрес по ЕГРЮЛ; для договоров [UrAddress]"),
    Field("actual_address", "Фактический адрес", "Где клиент работает; [FactAddress]"),
    Field("director", "Руководитель", "ФИО и должность руководителя"),
    Field("sign_person", "Подписант", "Кто подписывает договоры: [CustSignPerson]"),
    Field("sign_basis", "Действует на основании", "Устав, доверенность …: [CustSignOsnovanie]"),
    _memo("document_changes", "Изменения в документах",
          "Изменения в учредительных и юридических документах"),
))

# --- Tab "Банк": known bank accounts ---

BANK_ACCOUNT = Record("bank_account", "Банковский счёт", (
    Field("bank_name", "Банк", "Наименование банка", required=True),
    Field("bank_city", "Город банка", "Город, где находится банк"),
    Field("bik", "БИК", "9 цифр, у российских банков начинается с 04", required=True,
          kind=FieldKind.BIK),
    Field("corr_account", "Корр. счёт", "20 цифр, начинается с 301", kind=FieldKind.CORR_ACCOUNT),
    Field("account", "Расчётный счёт", "20 цифр; проверяется вместе с БИК", required=True,
          kind=FieldKind.ACCOUNT),
    _flag("is_default", "Основной счёт", "Подставляется в документы по умолчанию"),
))
BANK = Tab("bank", "Банк", records=(BANK_ACCOUNT,))

# --- Tab "Доступ" ---

ACCESS = Tab("access", "Доступ", (
    _flag("is_private", "Приватный клиент", "Клиента видит только его куратор, даже "
          "администратор — нет"),
    Field("allowed_users", "Разрешён доступ", "Пользователи, которым разрешено работать с "
          "клиентом", kind=FieldKind.DICTIONARY_SET, dictionary="users"),
))

# --- Tab "Рассылка E-Mail & SMS": addresses, phones, subscriptions ---

MAILING_EMAIL = Record("mailing_email", "Адрес для рассылки", (
    Field("email", "E-mail", "Адрес для рассылки", required=True, kind=FieldKind.EMAIL),
    _dict("contact_person_id", "Контактное лицо", "Нужен для персонального обращения",
          "contact_persons"),
    _flag("subscribed", "Подписан", "Письма уходят только на отмеченные адреса"),
))
MAILING_PHONE = Record("mailing_phone", "Телефон для SMS", (
    Field("phone", "Мобильный телефон", "Номер для SMS", required=True, kind=FieldKind.PHONE),
    _dict("contact_person_id", "Контактное лицо", "Чей это номер", "contact_persons"),
    _flag("subscribed", "Подписан", "SMS уходят только на отмеченные номера"),
))
MAILING = Tab("mailing", "Рассылка E-Mail & SMS", (
    _flag("no_email_mailing", "Исключить из E-Mail рассылки", "Не отправлять клиенту письма "
          "групповой обработки"),
    _flag("no_sms_mailing", "Исключить из SMS-рассылки", "Не отправлять клиенту SMS групповой "
          "обработки"),
), records=(MAILING_EMAIL, MAILING_PHONE))

# --- Tab "Безопасность" (manual: "Решения по экономической безопасности") ---

SECURITY = Tab("security", "Безопасность", (
    _memo("sec_finance", "Финансы", "Финансовое положение клиента"),
    _memo("sec_property", "Собственность", "Сведения о собственности"),
    _memo("sec_reputation", "Репутация", "Деловая репутация"),
    _memo("sec_links", "Связи", "Связи клиента"),
    _memo("sec_conclusion", "Заключение", "Заключение менеджера по безопасности"),
    Field("credit_limit", "Кредитный лимит", "Разрешённый товарный кредит; при превышении "
          "отгрузка блокируется (контроль балансов)", kind=FieldKind.MONEY),
    _dict("work_mode_id", "Режим работы", "Режим работы, установленный заключением",
          "work_modes"),
    Field("conclusion_date", "Дата заключения", "Фиксируется при подписании заключения",
          kind=FieldKind.DATE, read_only=True),
    Field("inspector_id", "Инспектор", "Кто вынес заключение", kind=FieldKind.DICTIONARY,
          dictionary="users", read_only=True),
), switchable=True)

# --- Tab "Отгрузочные реквизиты": buyers and products, consignee, transport ---

SHIPPING = Tab("shipping", "Отгрузочные реквизиты", (
    _memo("ship_buyers", "Покупатели", "Сведения о покупателях"),
    _memo("ship_products", "Продукция", "Сведения о продукции"),
    Field("consignee", "Грузополучатель", "Наименование грузополучателя"),
    Field("consignee_inn", "ИНН грузополучателя", "Для накладных", kind=FieldKind.INN),
    Field("consignee_kpp", "КПП грузополучателя", "Для накладных", kind=FieldKind.KPP),
    Field("consignee_address", "Адрес грузополучателя", "Куда доставлять"),
    Field("consignee_phone", "Телефон грузополучателя", "Для связи при доставке",
          kind=FieldKind.PHONE),
    _memo("transport", "Транспортировка", "Перевозчик, способ и условия доставки"),
), switchable=True)

# --- Tab "Служебные": who and when registered and changed the card ---

SERVICE = Tab("service", "Служебные", (
    Field("code", "Код", "Уникальный номер клиента; назначается при регистрации и не "
          "меняется", kind=FieldKind.INT, read_only=True),
    Field("created_at", "Дата регистрации", "Когда клиент внесён в систему",
          kind=FieldKind.DATETIME, read_only=True),
    Field("created_by", "Зарегистрировал", "Кто внёс клиента", kind=FieldKind.DICTIONARY,
          dictionary="users", read_only=True),
    Field("changed_at", "Дата изменения", "Последнее изменение карточки", kind=FieldKind.DATETIME,
          read_only=True, short="Дата измен."),
    Field("changed_by", "Изменил", "Кто последним изменил карточку", kind=FieldKind.DICTIONARY,
          dictionary="users", read_only=True),
))

_COMPANY_TABS = (GENERAL, OPERATIVE, STAFF, REGISTRATION, BANK, ACCESS, MAILING, SECURITY,
                 SHIPPING, SERVICE)
# Manual: tabs "Персонал" and "Рег. данные" are absent from the card of an individual.
_INDIVIDUAL_TABS = tuple(t for t in _COMPANY_TABS if t not in (STAFF, REGISTRATION))


def main_fields(kind: ClientKind) -> tuple[Field, ...]:
    """Fields of the block above the tabs ("Основные реквизиты")."""
    return COMPANY_MAIN if kind is ClientKind.COMPANY else INDIVIDUAL_MAIN


def card_tabs(kind: ClientKind) -> tuple[Tab, ...]:
    """Tabs of the card in the manual's order."""
    return _COMPANY_TABS if kind is ClientKind.COMPANY else _INDIVIDUAL_TABS


def client_fields(kind: ClientKind) -> tuple[Field, ...]:
    """Every field stored with the client itself (main block and tabs, not records)."""
    return main_fields(kind) + tuple(f for tab in card_tabs(kind) for f in tab.fields)


def field(name: str) -> Field:
    """The field stored under `name` (either kind of client; they share names)."""
    return _BY_NAME[name]


_BY_NAME = {f.name: f for kind in ClientKind for f in client_fields(kind)}


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, (set, frozenset, list, tuple)) and not value)


def _check_postcode(value: object, field: Field) -> str | None:
    text = str(value).strip()
    ok = text.isascii() and text.isdecimal() and len(text) == 6
    return None if ok else f"{field.label}: нужно 6 цифр"


def _check_int(value: object, field: Field) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool)
    return None if ok else f"{field.label}: нужно целое число"


def _check_money(value: object, field: Field) -> str | None:
    """Money is Decimal (never float), non-negative, to the kopeck."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return f"{field.label}: нужна сумма в рублях"
    if value < 0:
        return f"{field.label}: сумма не может быть отрицательной"
    if value != value.quantize(Decimal(1).scaleb(-_MONEY_PLACES)):
        return f"{field.label}: не больше двух знаков после запятой (копейки)"
    return None


def _check_type(expected: type) -> Callable[[object, Field], str | None]:
    names = {date: "дата", datetime: "дата и время", bool: "флажок"}

    def check(value: object, field: Field) -> str | None:
        # datetime is a date subclass; a date field must not silently take a timestamp
        ok = isinstance(value, expected) and not (expected is date and isinstance(value, datetime))
        return None if ok else f"{field.label}: нужно значение типа «{names[expected]}»"
    return check


def _text(check: Callable[[str], str | None]) -> Callable[[object, Field], str | None]:
    return lambda value, field: check(str(value))


_CHECKS: dict[FieldKind, Callable[[object, Field], str | None]] = {
    FieldKind.PHONE: lambda v, f: contacts.validate_phone(str(v), label=f.label),
    FieldKind.EMAIL: lambda v, f: contacts.validate_email(str(v), label=f.label),
    FieldKind.DATE: _check_type(date),
    FieldKind.DATETIME: _check_type(datetime),
    FieldKind.FLAG: _check_type(bool),
    FieldKind.INT: _check_int,
    FieldKind.MONEY: _check_money,
    FieldKind.POSTCODE: _check_postcode,
    FieldKind.INN: _text(requisites.validate_inn),
    FieldKind.KPP: _text(requisites.validate_kpp),
    FieldKind.OGRN: _text(requisites.validate_ogrn),
    FieldKind.OKPO: _text(requisites.validate_okpo),
    FieldKind.BIK: _text(requisites.validate_bik),
}
# Accounts are keyed with the BIK of the same record.
_BIK_CHECKS = {
    FieldKind.ACCOUNT: requisites.validate_account,
    FieldKind.CORR_ACCOUNT: requisites.validate_corr_account,
}


def validate_fields(fields: Iterable[Field], values: Mapping[str, object]) -> list[FieldError]:
    """In field order: a missing required value, or else the check of the field's kind.
    Read-only fields are filled by the program and skipped."""
    fields = tuple(fields)
    bik = next((str(values.get(f.name) or "") for f in fields if f.kind is FieldKind.BIK), "")
    errors: list[FieldError] = []
    for field in fields:
        if field.read_only:
            continue
        value = values.get(field.name)
        if _is_empty(value):
            if field.required:
                errors.append(FieldError(field.name, f"Заполните поле «{field.label}»"))
            continue
        if field.kind in _BIK_CHECKS:
            message = _BIK_CHECKS[field.kind](str(value), bik)
        else:
            check = _CHECKS.get(field.kind)
            message = check(value, field) if check else None
        if message:
            errors.append(FieldError(field.name, message))
    return errors


def _cross_checks(values: Mapping[str, object], kind: ClientKind,
                  valid: set[str]) -> list[FieldError]:
    """Rules between requisites: a person's INN has 12 digits; KPP exists only for an
    organisation; OGRN (13) goes with a 10-digit INN, OGRNIP (15) with a 12-digit one."""
    inn = str(values.get("inn") or "").strip() if "inn" in valid else ""
    errors: list[FieldError] = []
    if inn and kind is ClientKind.INDIVIDUAL and len(inn) != 12:
        errors.append(FieldError("inn", "ИНН физического лица должен содержать 12 цифр"))
    if len(inn) == 12 and "kpp" in valid and str(values.get("kpp") or "").strip():
        errors.append(FieldError("kpp", "КПП бывает только у организаций (ИНН из 10 цифр): "
                                        "очистите КПП или исправьте ИНН"))
    ogrn = str(values.get("ogrn") or "").strip() if "ogrn" in valid else ""
    if inn and ogrn and (len(inn) == 10) != (len(ogrn) == 13):
        errors.append(FieldError("ogrn", "ОГРН (13 цифр) соответствует ИНН организации "
                                         "(10 цифр), ОГРНИП (15 цифр) — ИНН из 12 цифр"))
    return errors


def validate_client(values: Mapping[str, object], kind: ClientKind) -> list[FieldError]:
    """All problems of the client's own fields (records are checked with
    ``validate_fields(record.fields, row)``), in card order."""
    fields = client_fields(kind)
    errors = validate_fields(fields, values)
    failed = {e.field for e in errors}
    valid = {f.name for f in fields} - failed
    return errors + _cross_checks(values, kind, valid)


# Access mode 3 ("кроме основных данных чужих клиентов"): what counts as a client's main data.
MAIN_DATA_TABS = frozenset({"general", "registration", "access"})


def main_data_fields(kind: ClientKind) -> frozenset[str]:
    """Names of the fields that only a user allowed to edit the main data may change: the main
    requisites block and the tabs "Общие", "Рег. данные" and "Доступ"."""
    tabs = (t for t in card_tabs(kind) if t.name in MAIN_DATA_TABS)
    return frozenset(f.name for f in main_fields(kind)) | {f.name for t in tabs for f in t.fields}

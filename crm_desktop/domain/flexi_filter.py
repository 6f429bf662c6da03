"""The flexi-filter of the client register as data (manual: "Flexi-фильтр", REG-3).

A filter is a combine mode ("И"/"ИЛИ") and a list of conditions; a condition is a field key,
an operator and a value. The field catalogue follows the tabs of the manual's filter panel;
each operator implies its picker (the manual's list: one dictionary value, several values,
date, date range, numbers, text, switches), so a saved template (REG-4) decodes without
knowing the field. No SQL and no Qt here: data/client_filter.py turns a filter into a
WHERE clause, ui/filter/ draws the pickers.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Protocol

from crm_desktop.domain import client_fields
from crm_desktop.domain.client_fields import FieldKind
from crm_desktop.domain.custom_classifiers import CustomClassifier, ValueKind


class Combine(StrEnum):
    AND = "and"
    OR = "or"

    @property
    def title(self) -> str:
        return "И" if self is Combine.AND else "ИЛИ"


class Tab(StrEnum):
    """Tabs of the filter panel, in the manual's order."""
    MAIN = "main"
    FLAGS = "flags"
    CLASSIFIERS = "classifiers"
    OPERATIVE = "operative"
    USERS = "users"
    STATISTICS = "statistics"

    @property
    def title(self) -> str:
        return TAB_TITLES[self]


TAB_TITLES = {Tab.MAIN: "Основные данные", Tab.FLAGS: "Флаги", Tab.CLASSIFIERS: "Классификаторы",
              Tab.OPERATIVE: "Оперативная работа", Tab.USERS: "Пользователи",
              Tab.STATISTICS: "Статистика"}


class Picker(StrEnum):
    """How a value is chosen; one widget kind per picker."""
    TEXT = "text"                  # str
    VALUE = "value"                # one dictionary item id: int
    VALUES = "values"              # several item ids: tuple[int, ...]
    DATE = "date"                  # date
    DATE_RANGE = "date_range"      # DateRange
    NUMBER_RANGE = "number_range"  # NumberRange
    SWITCH = "switch"              # bool: "да"/"нет"
    NONE = "none"                  # no value ("просрочена", "мои клиенты")
    COUNT_IN_PERIOD = "count"      # CountInPeriod


class Op(StrEnum):
    CONTAINS = "contains"
    STARTS_WITH = "starts_with"
    ENDS_WITH = "ends_with"
    EQUALS = "equals"
    IS = "is"
    IN = "in"
    SWITCH = "switch"
    ON = "on"
    BEFORE = "before"
    AFTER = "after"
    SINCE = "since"
    DATE_BETWEEN = "date_between"
    NUMBER_BETWEEN = "number_between"
    OVERDUE = "overdue"
    TODAY = "today"
    MINE = "mine"
    AT_LEAST = "at_least"

    @property
    def picker(self) -> Picker:
        return OP_PICKERS[self]

    @property
    def title(self) -> str:
        return OP_TITLES[self]


OP_PICKERS = {Op.CONTAINS: Picker.TEXT, Op.STARTS_WITH: Picker.TEXT, Op.ENDS_WITH: Picker.TEXT,
              Op.EQUALS: Picker.TEXT, Op.IS: Picker.VALUE, Op.IN: Picker.VALUES,
              Op.SWITCH: Picker.SWITCH, Op.ON: Picker.DATE, Op.BEFORE: Picker.DATE,
              Op.AFTER: Picker.DATE, Op.SINCE: Picker.DATE, Op.DATE_BETWEEN: Picker.DATE_RANGE,
              Op.NUMBER_BETWEEN: Picker.NUMBER_RANGE, Op.OVERDUE: Picker.NONE, Op.TODAY: Picker.NONE,
              Op.MINE: Picker.NONE, Op.AT_LEAST: Picker.COUNT_IN_PERIOD}

# what the operator selector of the panel shows
OP_TITLES = {Op.CONTAINS: "содержит", Op.STARTS_WITH: "начинается с", Op.ENDS_WITH: "оканчивается на",
             Op.EQUALS: "равно", Op.IS: "равно", Op.IN: "одно из", Op.SWITCH: "",
             Op.ON: "дата", Op.BEFORE: "до", Op.AFTER: "после", Op.SINCE: "с даты",
             Op.DATE_BETWEEN: "период", Op.NUMBER_BETWEEN: "от … до", Op.OVERDUE: "просрочена",
             Op.TODAY: "сегодня", Op.MINE: "мои клиенты", Op.AT_LEAST: "не менее"}


@dataclass(frozen=True)
class DateRange:
    """Both ends included; None is an open end ("не задано")."""
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise ValueError("Укажите хотя бы одну границу периода.")
        if self.start and self.end and self.start > self.end:
            raise ValueError("Начало периода позже его конца.")

    def describe(self) -> str:
        if self.start and self.end:
            return f"с {_d(self.start)} по {_d(self.end)}"
        return f"с {_d(self.start)}" if self.start else f"по {_d(self.end)}"


@dataclass(frozen=True)
class NumberRange:
    low: Decimal | None = None
    high: Decimal | None = None

    def __post_init__(self) -> None:
        if self.low is None and self.high is None:
            raise ValueError("Укажите хотя бы одну границу диапазона.")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("Нижняя граница диапазона больше верхней.")

    def describe(self) -> str:
        if self.low is not None and self.high is not None:
            return f"от {self.low} до {self.high}"
        return f"от {self.low}" if self.low is not None else f"до {self.high}"


@dataclass(frozen=True)
class CountInPeriod:
    """"Не менее N событий за период" (tab "Статистика"); no period means all time."""
    count: int
    period: DateRange | None = None

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("Число событий должно быть не меньше 1.")

    def describe(self) -> str:
        return f"не менее {self.count}" + (f" {self.period.describe()}" if self.period else "")


Value = str | int | tuple[int, ...] | date | DateRange | NumberRange | bool | CountInPeriod | None


@dataclass(frozen=True)
class FieldSpec:
    """One filterable field. ``dictionary`` names the source of IS/IN values
    (services/dictionaries.py), ``choices`` a fixed list instead of a dictionary."""
    key: str
    label: str
    tab: Tab
    ops: tuple[Op, ...]
    dictionary: str | None = None
    choices: tuple[tuple[int, str], ...] = ()


CLIENT_KINDS = ((1, "Предприятие"), (2, "Физическое лицо"))
CUSTOM_PREFIX = "custom."
_PICK = (Op.IS, Op.IN)
_TEXT = (Op.CONTAINS,)


def _f(key: str, label: str, tab: Tab, ops: tuple[Op, ...], choices: tuple[tuple[int, str], ...] = ()) -> FieldSpec:
    """A condition on something that is not one field of the card (any phone of the client
    and its contact persons, statistics of events and tasks, …)."""
    return FieldSpec(key, label, tab, ops, None, choices)


def _card(key: str, tab: Tab, ops: tuple[Op, ...] = ()) -> FieldSpec:
    """A condition on a field of the card: label and dictionary are the card's own; without
    `ops` a flag is switched and a dictionary field picked from."""
    declared = client_fields.field(key)
    if not ops:
        ops = (Op.SWITCH,) if declared.kind is FieldKind.FLAG else _PICK
    return FieldSpec(key, declared.label, tab, ops, declared.dictionary)


FIELDS: tuple[FieldSpec, ...] = (
    _card("name", Tab.MAIN, (Op.CONTAINS, Op.STARTS_WITH)),
    _f("client_kind", "Вид клиента", Tab.MAIN, (Op.IS,), CLIENT_KINDS),
    _card("region_id", Tab.MAIN),
    _card("city_id", Tab.MAIN),
    _f("city", "Город (название)", Tab.MAIN, (Op.STARTS_WITH, Op.CONTAINS)),
    _card("address", Tab.MAIN, _TEXT),
    _f("phone", "Телефон (любой)", Tab.MAIN, (Op.CONTAINS, Op.ENDS_WITH)),
    _f("email", "E-mail (любой)", Tab.MAIN, _TEXT),
    _card("website", Tab.MAIN, _TEXT),
    _card("inn", Tab.MAIN, (Op.EQUALS, Op.STARTS_WITH)),
    _card("code", Tab.MAIN, (Op.NUMBER_BETWEEN,)),
    _card("directions", Tab.MAIN),
    _card("created_at", Tab.MAIN, (Op.DATE_BETWEEN,)),
    _card("changed_at", Tab.MAIN, (Op.DATE_BETWEEN,)),
    _card("needs_attention", Tab.FLAGS),
    _card("is_private", Tab.FLAGS),
    _f("has_email", "Есть e-mail", Tab.FLAGS, (Op.SWITCH,)),
    _card("no_email_mailing", Tab.FLAGS),
    _card("no_sms_mailing", Tab.FLAGS),
    _card("has_competitors", Tab.FLAGS),
    *(_card(key, Tab.CLASSIFIERS) for key in ("client_type_id", "company_size_id", "info_source_id",
                                               "priority_id", "activity_type_id", "status_id")),
    *(_card(key, Tab.OPERATIVE) for key in ("stage_id", "next_stage_id", "penetration_id", "last_reaction_id",
                                             "loyalty_id", "prospects_id")),
    _card("next_contact_date", Tab.OPERATIVE, (Op.ON, Op.DATE_BETWEEN, Op.OVERDUE, Op.TODAY)),
    _f("mine", "Мои клиенты", Tab.USERS, (Op.MINE,)),
    _card("curator_id", Tab.USERS),
    _card("specialist_id", Tab.USERS),
    _f("events_count", "Число событий", Tab.STATISTICS, (Op.AT_LEAST,)),
    _f("last_event", "Последнее событие", Tab.STATISTICS, (Op.BEFORE, Op.AFTER)),
    _f("no_events_since", "Нет событий", Tab.STATISTICS, (Op.SINCE,)),
    _f("has_open_tasks", "Есть незакрытые задачи", Tab.STATISTICS, (Op.SWITCH,)),
)
FIELDS_BY_KEY = {f.key: f for f in FIELDS}


_CUSTOM_OPS = {ValueKind.DICTIONARY: _PICK, ValueKind.DICTIONARY_MULTI: _PICK,
               ValueKind.TEXT: _TEXT, ValueKind.NUMBER: (Op.NUMBER_BETWEEN,),
               ValueKind.DATE: (Op.DATE_BETWEEN,), ValueKind.SWITCH: (Op.SWITCH,)}


def custom_key(classifier_id: int) -> str:
    return f"{CUSTOM_PREFIX}{classifier_id}"


def custom_classifier_id(key: str) -> int | None:
    """The classifier id of a custom field key, None for the fixed fields."""
    if not key.startswith(CUSTOM_PREFIX):
        return None
    tail = key[len(CUSTOM_PREFIX):]
    return int(tail) if tail.isdigit() else None


def custom_field(classifier: CustomClassifier) -> FieldSpec:
    """The filter field of a custom classifier: dictionary kinds pick values from the
    classifier's own dictionary (its code), the others compare VALUE_TEXT."""
    kind = classifier.value_kind
    return FieldSpec(custom_key(classifier.id), classifier.label, Tab.CLASSIFIERS, _CUSTOM_OPS[kind],
                     classifier.code if kind.has_dictionary else None)


def _check_value(op: Op, value: Value) -> None:
    picker = op.picker
    ok = {Picker.TEXT: lambda v: isinstance(v, str) and v.strip() != "",
          Picker.VALUE: lambda v: isinstance(v, int) and not isinstance(v, bool),
          Picker.VALUES: lambda v: isinstance(v, tuple) and len(v) > 0
          and all(isinstance(i, int) and not isinstance(i, bool) for i in v),
          Picker.DATE: lambda v: isinstance(v, date),
          Picker.DATE_RANGE: lambda v: isinstance(v, DateRange),
          Picker.NUMBER_RANGE: lambda v: isinstance(v, NumberRange),
          Picker.SWITCH: lambda v: isinstance(v, bool),
          Picker.NONE: lambda v: v is None,
          Picker.COUNT_IN_PERIOD: lambda v: isinstance(v, CountInPeriod)}[picker]
    if not ok(value):
        raise ValueError(f"Значение {value!r} не подходит для условия «{op.title}».")


@dataclass(frozen=True)
class Condition:
    field: str
    op: Op
    value: Value = None

    def __post_init__(self) -> None:
        spec = FIELDS_BY_KEY.get(self.field)
        if spec is None and custom_classifier_id(self.field) is None:
            raise ValueError(f"Неизвестное поле фильтра: {self.field}.")
        if spec is not None and self.op not in spec.ops:
            raise ValueError(f"Для поля «{spec.label}» нет условия «{self.op.title}».")
        if isinstance(self.value, list):
            object.__setattr__(self, "value", tuple(self.value))
        _check_value(self.op, self.value)
        if self.field == "phone" and not any(ch.isdigit() for ch in self.value):
            raise ValueError("В номере телефона для поиска нет ни одной цифры.")


@dataclass(frozen=True)
class FlexiFilter:
    combine: Combine = Combine.AND
    conditions: tuple[Condition, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "conditions", tuple(self.conditions))

    @property
    def is_empty(self) -> bool:
        return not self.conditions

    def to_dict(self) -> dict[str, Any]:
        return {"combine": self.combine.value,
                "conditions": [{"field": c.field, "op": c.op.value, "value": _encode(c.value)}
                               for c in self.conditions]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexiFilter:
        """Raises ValueError on anything malformed (a template edited by hand, an old format)."""
        try:
            conditions = tuple(Condition(c["field"], Op(c["op"]), _decode(Op(c["op"]).picker, c.get("value")))
                               for c in data.get("conditions", ()))
            return cls(Combine(data.get("combine", Combine.AND.value)), conditions)
        except (KeyError, TypeError, InvalidOperation, AttributeError) as exc:
            raise ValueError(f"Повреждённый фильтр: {exc}") from None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _encode(value: Value) -> Any:
    if isinstance(value, DateRange):
        return [_iso(value.start), _iso(value.end)]
    if isinstance(value, NumberRange):
        return [None if value.low is None else str(value.low), None if value.high is None else str(value.high)]
    if isinstance(value, CountInPeriod):
        return {"count": value.count, "period": _encode(value.period) if value.period else None}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _day(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw else None


def _decode(picker: Picker, raw: Any) -> Value:
    if picker is Picker.DATE:
        return date.fromisoformat(raw)
    if picker is Picker.DATE_RANGE:
        return DateRange(_day(raw[0]), _day(raw[1]))
    if picker is Picker.NUMBER_RANGE:
        return NumberRange(*(None if x is None else Decimal(x) for x in raw))
    if picker is Picker.COUNT_IN_PERIOD:
        period = raw.get("period")
        return CountInPeriod(int(raw["count"]), _decode(Picker.DATE_RANGE, period) if period else None)
    if picker is Picker.VALUES:
        return tuple(raw)
    return raw


# --- description for tooltips -------------------------------------------------------------

class Labels(Protocol):
    """Names the description needs from the database: custom field labels, item names."""
    def field_label(self, key: str) -> str: ...
    def item_name(self, key: str, item_id: int) -> str: ...


@dataclass(frozen=True)
class MappingLabels:
    """Labels from plain mappings; unknown ids show as "№ id"."""
    fields: Mapping[str, str] = field(default_factory=dict)
    items: Mapping[str, Mapping[int, str]] = field(default_factory=dict)

    def field_label(self, key: str) -> str:
        spec = FIELDS_BY_KEY.get(key)
        return self.fields.get(key) or (spec.label if spec else f"Классификатор № {custom_classifier_id(key)}")

    def item_name(self, key: str, item_id: int) -> str:
        spec = FIELDS_BY_KEY.get(key)
        if spec and spec.choices:
            return dict(spec.choices).get(item_id, f"№ {item_id}")
        return self.items.get(key, {}).get(item_id, f"№ {item_id}")


def _d(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def describe_condition(c: Condition, labels: Labels) -> str:
    label = labels.field_label(c.field)
    names: Callable[[tuple[int, ...]], str] = lambda ids: ", ".join(labels.item_name(c.field, i) for i in ids)
    match c.op:
        case Op.CONTAINS | Op.STARTS_WITH | Op.ENDS_WITH | Op.EQUALS:
            return f"{label} {c.op.title} «{c.value}»"
        case Op.IS:
            return f"{label}: {names((c.value,))}"
        case Op.IN:
            return f"{label}: {names(c.value)}"
        case Op.SWITCH:
            return f"{label}: {'да' if c.value else 'нет'}"
        case Op.ON:
            return f"{label}: {_d(c.value)}"
        case Op.BEFORE | Op.AFTER:
            return f"{label} {c.op.title} {_d(c.value)}"
        case Op.SINCE:
            return f"{label} с {_d(c.value)}"
        case Op.OVERDUE | Op.TODAY:
            return f"{label}: {c.op.title}"
        case Op.MINE:
            return "Мои клиенты (куратор или специалист — я)"
        case _:
            return f"{label}: {c.value.describe()}"


def describe(flt: FlexiFilter | None, labels: Labels | None = None) -> str:
    """Russian text of a filter, one condition a line, for tooltips and the panel."""
    if flt is None or flt.is_empty:
        return "Фильтр не задан: показаны все доступные клиенты."
    labels = labels or MappingLabels()
    head = ("Все условия (И):" if flt.combine is Combine.AND else "Любое из условий (ИЛИ):")
    return "\n".join([head, *(f"• {describe_condition(c, labels)}" for c in flt.conditions)])

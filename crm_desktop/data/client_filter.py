"""The flexi-filter in SQL (REG-3): one parameterised predicate over CLIENTS.

Values always travel as bound parameters. Names use the UNICODE_CI_AI collation of their
columns, so CONTAINING / STARTING WITH / equality ignore case; STARTING WITH, equality and
ranges keep the indexes usable, CONTAINING is only used where the operator asks for it.
Related tables (phones, directions, custom classifiers, history, tasks) are EXISTS
subqueries, so a client never appears twice.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import (Column, ColumnElement, Connection, Numeric, and_, cast, exists, func, literal_column,
                        not_, or_, select)

from crm_desktop.data.dictionaries import PLAIN
from crm_desktop.data.schema import (classifier_values, classifiers, client_classifiers,
                                     client_directions, client_emails, clients, contacts, events,
                                     phone_index, tasks, users)
from crm_desktop.domain.contacts import reversed_digits
from crm_desktop.domain.flexi_filter import (Combine, Condition, CountInPeriod, DateRange, FlexiFilter,
                                             NumberRange, Op, custom_classifier_id)
from crm_desktop.domain.tasks import ACTIVE

SWITCH_ON = "1"                     # VALUE_TEXT of a custom "switch" classifier that is on

c = clients.c
# Firebird 2.5 has no boolean literals: SQLAlchemy's true()/false() would render TRUE/FALSE
ALWAYS = literal_column("1") == literal_column("1")
NEVER = literal_column("1") == literal_column("0")


def _like(column: Column, op: Op, text: str) -> ColumnElement[bool]:
    length = getattr(column.type, "length", None)
    if length is not None and len(text) > length:
        return NEVER            # cannot match, and Firebird would refuse the over-long parameter
    match op:
        case Op.STARTS_WITH:
            return column.op("STARTING WITH")(text)
        case Op.EQUALS:
            return column == text
        case _:
            return column.op("CONTAINING")(text)


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min)


def _timestamps(column: Column, r: DateRange) -> ColumnElement[bool]:
    """Whole days of a TIMESTAMP column: start 00:00 inclusive, day after the end exclusive."""
    parts = []
    if r.start:
        parts.append(column >= _day_start(r.start))
    if r.end:
        parts.append(column < _day_start(r.end + timedelta(days=1)))
    return and_(*parts)


def _dates(column: ColumnElement, r: DateRange, convert: Callable[[date], object] = lambda d: d) -> ColumnElement[bool]:
    parts = []
    if r.start:
        parts.append(column >= convert(r.start))
    if r.end:
        parts.append(column <= convert(r.end))
    return and_(*parts)


def _numbers(column: ColumnElement, r: NumberRange) -> ColumnElement[bool]:
    parts = []
    if r.low is not None:
        parts.append(column >= r.low)
    if r.high is not None:
        parts.append(column <= r.high)
    return and_(*parts)


def _pick(column: ColumnElement, cond: Condition) -> ColumnElement[bool]:
    return column == cond.value if cond.op is Op.IS else column.in_(list(cond.value))


def _switch(expr: ColumnElement[bool], on: bool) -> ColumnElement[bool]:
    return expr if on else not_(expr)


def _related(table, *where: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists(select(table.c.client_id).where(table.c.client_id == c.id, *where))


def _phone(cond: Condition) -> ColumnElement[bool]:
    """PHONE_INDEX keeps digits reversed: "ends with" is an indexed STARTING WITH of the
    reversed digits; "contains" stays CONTAINING (a fragment reversed is still a fragment)."""
    digits = reversed_digits(str(cond.value))
    op = Op.STARTS_WITH if cond.op is Op.ENDS_WITH else Op.CONTAINS
    return _related(phone_index, _like(phone_index.c.digits_rev, op, digits))


def _email(text: str) -> ColumnElement[bool]:
    return or_(_like(c.email, Op.CONTAINS, text),
               _related(client_emails, _like(client_emails.c.email, Op.CONTAINS, text)),
               _related(contacts, _like(contacts.c.email, Op.CONTAINS, text)))


def _has_email() -> ColumnElement[bool]:
    return or_(and_(c.email.is_not(None), c.email != ""), _related(client_emails))


def _events_count(value: CountInPeriod) -> ColumnElement[bool]:
    where = [events.c.client_id == c.id]
    if value.period:
        where.append(_timestamps(events.c.event_at, value.period))
    return select(func.count(events.c.id)).where(*where).scalar_subquery() >= value.count


def _events_from(d: date) -> ColumnElement[bool]:
    return _related(events, events.c.event_at >= _day_start(d))


def _custom(classifier_id: int, cond: Condition) -> ColumnElement[bool]:
    """Custom classifiers (DIC-3): dictionary values in VALUE_ID; text, numbers ('.' decimal),
    dates (ISO, so text order is date order) and switches ('1') in VALUE_TEXT."""
    cc = client_classifiers.c
    text = cc.value_text
    match cond.op:
        case Op.IS | Op.IN:
            test = _pick(cc.value_id, cond)
        case Op.CONTAINS:
            test = _like(text, Op.CONTAINS, cond.value)
        case Op.NUMBER_BETWEEN:
            test = _numbers(cast(text, Numeric(18, 4)), cond.value)
        case Op.DATE_BETWEEN:
            test = _dates(text, cond.value, date.isoformat)
        case Op.SWITCH:
            return _switch(_related(client_classifiers, cc.classifier_id == classifier_id,
                                    text == SWITCH_ON), cond.value)
        case _:
            raise ValueError(f"Условие «{cond.op.title}» не применимо к классификатору.")
    return _related(client_classifiers, cc.classifier_id == classifier_id, test)


_TEXT_COLUMNS = {"name": c.name, "city": c.city, "address": c.address, "website": c.website, "inn": c.inn}
_PICK_COLUMNS = {k: c[k] for k in ("client_kind", "region_id", "city_id", "client_type_id", "company_size_id",
                                   "info_source_id", "priority_id", "activity_type_id", "status_id",
                                   "stage_id", "next_stage_id", "penetration_id", "last_reaction_id",
                                   "loyalty_id", "prospects_id", "curator_id", "specialist_id")}
_FLAG_COLUMNS = {k: c[k] for k in ("needs_attention", "is_private", "no_email_mailing", "no_sms_mailing",
                                   "has_competitors")}


def condition_clause(cond: Condition, user_id: int, today: date) -> ColumnElement[bool]:
    key, value = cond.field, cond.value
    classifier_id = custom_classifier_id(key)
    if classifier_id is not None:
        return _custom(classifier_id, cond)
    if key in _TEXT_COLUMNS:
        return _like(_TEXT_COLUMNS[key], cond.op, value)
    if key in _PICK_COLUMNS:
        return _pick(_PICK_COLUMNS[key], cond)
    if key in _FLAG_COLUMNS:
        return _FLAG_COLUMNS[key] == int(value)
    match key, cond.op:
        case "phone", _:
            return _phone(cond)
        case "email", _:
            return _email(value)
        case "has_email", _:
            return _switch(_has_email(), value)
        case "code", _:
            return _numbers(c.code, value)
        case "directions", _:
            return _related(client_directions, _pick(client_directions.c.direction_id, cond))
        case "created_at" | "changed_at", _:
            return _timestamps(c[key], value)
        case "next_contact_date", Op.ON:
            return c.next_contact_date == value
        case "next_contact_date", Op.DATE_BETWEEN:
            return _dates(c.next_contact_date, value)
        case "next_contact_date", Op.OVERDUE:
            return c.next_contact_date < today
        case "next_contact_date", Op.TODAY:
            return c.next_contact_date == today
        case "mine", _:
            return or_(c.curator_id == user_id, c.specialist_id == user_id)
        case "events_count", _:
            return _events_count(value)
        case "last_event", Op.BEFORE:
            return and_(_related(events), not_(_events_from(value)))
        case "last_event", Op.AFTER:
            return _events_from(value + timedelta(days=1))
        case "no_events_since", _:
            return not_(_events_from(value))
        case "has_open_tasks", _:
            return _switch(_related(tasks, tasks.c.status.in_(sorted(ACTIVE))), value)
    raise ValueError(f"Поле фильтра «{key}» не поддерживается.")


def where_clause(flt: FlexiFilter, user_id: int, today: date | None = None) -> ColumnElement[bool]:
    """The filter's predicate on CLIENTS; the caller ANDs it with the access scope.
    `today` decides "просрочена"/"сегодня" (the workstation's date unless a test fixes it)."""
    if flt.is_empty:
        return ALWAYS
    today = today or date.today()
    parts = [condition_clause(cond, user_id, today) for cond in flt.conditions]
    return and_(*parts) if flt.combine is Combine.AND else or_(*parts)


# --- reads of the filter panel and the templates -----------------------------------------

def _matching(flt: FlexiFilter | None, user_id: int) -> ColumnElement[bool]:
    return ALWAYS if flt is None else where_clause(flt, user_id)


def count(conn: Connection, flt: FlexiFilter | None, user_id: int) -> int:
    """Clients matching the filter (within the session's scope, data/scope.py)."""
    return conn.execute(select(func.count()).select_from(clients).where(_matching(flt, user_id))).scalar_one()


def ids(conn: Connection, flt: FlexiFilter | None, user_id: int, limit: int) -> list[int]:
    stmt = select(c.id).where(_matching(flt, user_id)).order_by(c.id).limit(limit)
    return [r[0] for r in conn.execute(stmt)]


def names_of(conn: Connection, dictionary: str, item_ids: Iterable[int]) -> dict[int, str]:
    """Names of some items of a dictionary (for the description of a filter); hidden items too."""
    wanted = sorted(set(item_ids))
    if not wanted:
        return {}
    table = users if dictionary == "users" else (PLAIN[dictionary].table if dictionary in PLAIN
                                                 else classifier_values)
    label = table.c.full_name if table is users else table.c.name
    return {r[0]: r[1] for r in conn.execute(select(table.c.id, label).where(table.c.id.in_(wanted)))}


def value_id(conn: Connection, dictionary: str, name: str) -> int | None:
    """An item of a classifier by name (case-insensitive), e.g. "Горячий" of prospect_ratings."""
    v = classifier_values.c
    stmt = (select(v.id).join(classifiers, classifiers.c.id == v.classifier_id)
            .where(classifiers.c.code == dictionary, v.name == name).order_by(v.sort_order))
    return conn.execute(stmt).scalars().first()

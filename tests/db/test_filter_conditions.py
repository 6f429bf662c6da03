"""The flexi-filter selects exactly the right clients in Firebird (REG-3), within the access
scope (private clients, managers vs administrators)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from crm_desktop.data import client_filter
from crm_desktop.data.scope import Viewer
from crm_desktop.data.schema import (classifier_values, classifiers, client_access, client_classifiers, client_directions, client_emails,
                                     clients, event_types, events, phone_index, tasks)
from crm_desktop.domain.contacts import reversed_digits
from crm_desktop.domain.flexi_filter import (Combine, Condition, CountInPeriod, DateRange, FlexiFilter,
                                             NumberRange, Op, custom_key)
from crm_desktop.services import dictionaries, filters

TODAY = date(2026, 11, 23)


def add_client(db, name: str, **values) -> int:
    with db.begin() as conn:
        return conn.execute(insert(clients).values(name=name, **values).returning(clients.c.id)).scalar_one()


def add_rows(db, table, *rows: dict) -> None:
    with db.begin() as conn:
        for row in rows:
            conn.execute(insert(table).values(**row))


def item(session, dictionary: str, name: str) -> int:
    return next(i.id for i in dictionaries.items(session, dictionary) if i.name == name)


def names(db, flt: FlexiFilter, user_id: int, today: date = TODAY) -> set[str]:
    with db.read() as conn:
        stmt = select(clients.c.name).where(client_filter.where_clause(flt, user_id, today))
        return {r[0] for r in conn.execute(stmt)}


def one(field: str, op: Op, value=None) -> FlexiFilter:
    return FlexiFilter(conditions=(Condition(field, op, value),))


@pytest.fixture
def world(db, users, session_of):
    """A handful of clients with known attributes."""
    admin = session_of("admin")
    moscow = item(admin, "regions", "Москва")
    spb = item(admin, "regions", "Санкт-Петербург")
    hot, cold = item(admin, "prospect_ratings", "Горячий"), item(admin, "prospect_ratings", "Холодный")
    positive = item(admin, "reactions", "Позитивная")
    status = item(admin, "client_statuses", "Постоянный клиент")
    ids = {
        "Инвестбанк": add_client(db, "Инвестбанк", region_id=moscow, city="Москва", address="ул. Тверская, 1",
                                 email="info@investbank.ru", inn="7701234567", curator_id=users["manager"],
                                 prospects_id=hot, last_reaction_id=positive, status_id=status,
                                 next_contact_date=TODAY - timedelta(days=3), needs_attention=1),
        "Банк Северный": add_client(db, "Банк Северный", region_id=spb, city="Санкт-Петербург",
                                    address="Невский пр., 10", specialist_id=users["manager"],
                                    prospects_id=hot, next_contact_date=TODAY, has_competitors=1),
        "Ромашка": add_client(db, "Ромашка", client_kind=1, region_id=moscow, city="Москва",
                              address="ул. Тверская, 5", curator_id=users["manager2"], prospects_id=cold,
                              status_id=status, no_email_mailing=1, next_contact_date=TODAY + timedelta(days=5)),
        "Иванов Иван": add_client(db, "Иванов Иван", client_kind=2, city="Казань", curator_id=users["manager2"],
                                  no_sms_mailing=1),
        "Секрет": add_client(db, "Секрет", curator_id=users["manager2"], is_private=1),
    }
    return {"ids": ids, "moscow": moscow, "spb": spb, "hot": hot, "positive": positive, "status": status}


def test_text_conditions_ignore_case_and_use_the_operator(db, users, world) -> None:
    me = users["manager"]
    assert names(db, one("name", Op.CONTAINS, "БАНК"), me) == {"Инвестбанк", "Банк Северный"}
    assert names(db, one("name", Op.STARTS_WITH, "банк"), me) == {"Банк Северный"}
    assert names(db, one("city", Op.STARTS_WITH, "моск"), me) == {"Инвестбанк", "Ромашка"}
    assert names(db, one("address", Op.CONTAINS, "тверская"), me) == {"Инвестбанк", "Ромашка"}
    assert names(db, one("inn", Op.EQUALS, "7701234567"), me) == {"Инвестбанк"}
    assert names(db, one("inn", Op.EQUALS, "77012345"), me) == set()
    assert names(db, one("inn", Op.STARTS_WITH, "7701"), me) == {"Инвестбанк"}
    # longer than the column: nothing matches (Firebird would refuse such a parameter)
    assert names(db, one("inn", Op.EQUALS, "77012345670000000"), me) == set()
    assert names(db, one("email", Op.CONTAINS, "x" * 200), me) == set()


def test_e_mail_matches_card_and_mailing_addresses(db, users, world) -> None:
    add_rows(db, client_emails, {"client_id": world["ids"]["Ромашка"], "email": "sales@romashka.ru"})
    me = users["manager"]
    assert names(db, one("email", Op.CONTAINS, "romashka"), me) == {"Ромашка"}
    assert names(db, one("email", Op.CONTAINS, ".ru"), me) == {"Инвестбанк", "Ромашка"}
    assert names(db, one("has_email", Op.SWITCH, True), me) == {"Инвестбанк", "Ромашка"}
    assert names(db, one("has_email", Op.SWITCH, False), me) == {"Банк Северный", "Иванов Иван", "Секрет"}


def test_phone_by_fragment_and_by_end_through_the_index(db, users, world) -> None:
    add_rows(db, phone_index, {"client_id": world["ids"]["Ромашка"], "digits_rev": reversed_digits("+7 (495) 233-13-03")},
             {"client_id": world["ids"]["Иванов Иван"], "digits_rev": reversed_digits("8 843 233-13-99")})
    me = users["manager"]
    assert names(db, one("phone", Op.ENDS_WITH, "13-03"), me) == {"Ромашка"}
    assert names(db, one("phone", Op.CONTAINS, "233-13"), me) == {"Ромашка", "Иванов Иван"}
    assert names(db, one("phone", Op.CONTAINS, "495"), me) == {"Ромашка"}


def test_dictionary_single_and_several_values(db, users, world) -> None:
    me = users["manager"]
    assert names(db, one("region_id", Op.IS, world["spb"]), me) == {"Банк Северный"}
    assert names(db, one("region_id", Op.IN, (world["spb"], world["moscow"])), me) == {
        "Инвестбанк", "Банк Северный", "Ромашка"}
    assert names(db, one("client_kind", Op.IS, 2), me) == {"Иванов Иван"}
    assert names(db, one("status_id", Op.IS, world["status"]), me) == {"Инвестбанк", "Ромашка"}
    assert names(db, one("curator_id", Op.IN, (users["manager2"],)), me) == {"Ромашка", "Иванов Иван", "Секрет"}


def test_flags(db, users, world) -> None:
    me = users["manager"]
    assert names(db, one("needs_attention", Op.SWITCH, True), me) == {"Инвестбанк"}
    assert names(db, one("has_competitors", Op.SWITCH, True), me) == {"Банк Северный"}
    assert names(db, one("no_email_mailing", Op.SWITCH, True), me) == {"Ромашка"}
    assert names(db, one("no_sms_mailing", Op.SWITCH, True), me) == {"Иванов Иван"}
    assert names(db, one("is_private", Op.SWITCH, True), me) == {"Секрет"}
    assert "Секрет" not in names(db, one("is_private", Op.SWITCH, False), me)


def test_code_and_created_ranges(db, users, world) -> None:
    me = users["manager"]
    with db.read() as conn:
        codes = {r[0]: r[1] for r in conn.execute(select(clients.c.name, clients.c.code))}
    low = codes["Банк Северный"]
    assert names(db, one("code", Op.NUMBER_BETWEEN, NumberRange(Decimal(low), Decimal(low + 1))), me) == {
        "Банк Северный", "Ромашка"}
    today = date.today()
    assert len(names(db, one("created_at", Op.DATE_BETWEEN, DateRange(today, today)), me)) == 5
    assert names(db, one("changed_at", Op.DATE_BETWEEN, DateRange(None, today - timedelta(days=1))), me) == set()


def test_next_contact_date(db, users, world) -> None:
    me = users["manager"]
    assert names(db, one("next_contact_date", Op.OVERDUE), me) == {"Инвестбанк"}
    assert names(db, one("next_contact_date", Op.TODAY), me) == {"Банк Северный"}
    assert names(db, one("next_contact_date", Op.ON, TODAY + timedelta(days=5)), me) == {"Ромашка"}
    assert names(db, one("next_contact_date", Op.DATE_BETWEEN, DateRange(TODAY, None)), me) == {
        "Банк Северный", "Ромашка"}


def test_mine_and_and_or(db, users, world) -> None:
    me = users["manager"]
    mine = Condition("mine", Op.MINE)
    hot = Condition("prospects_id", Op.IS, world["hot"])
    moscow = Condition("region_id", Op.IS, world["moscow"])
    assert names(db, FlexiFilter(conditions=(mine,)), me) == {"Инвестбанк", "Банк Северный"}
    assert names(db, FlexiFilter(Combine.AND, (hot, moscow)), me) == {"Инвестбанк"}
    assert names(db, FlexiFilter(Combine.OR, (hot, moscow)), me) == {"Инвестбанк", "Банк Северный", "Ромашка"}


def test_directions_and_custom_classifiers(db, users, world, session_of) -> None:
    admin = session_of("admin")
    ids = world["ids"]
    direction = dictionaries.add(admin, "directions", "Оптовые продажи").id
    add_rows(db, client_directions, {"client_id": ids["Ромашка"], "direction_id": direction})
    me = users["manager"]
    assert names(db, one("directions", Op.IN, (direction,)), me) == {"Ромашка"}
    with db.begin() as conn:
        kinds = {}
        for kind in range(1, 7):
            kinds[kind] = conn.execute(insert(classifiers).values(
                code=f"t{kind}", scope=3, name=f"Признак {kind}", value_kind=kind).returning(classifiers.c.id)).scalar_one()
        truck = conn.execute(insert(classifier_values).values(classifier_id=kinds[1], name="Грузовой")
                             .returning(classifier_values.c.id)).scalar_one()
    add_rows(db, client_classifiers,
             {"client_id": ids["Ромашка"], "classifier_id": kinds[1], "value_id": truck},
             {"client_id": ids["Инвестбанк"], "classifier_id": kinds[3], "value_text": "Крупный холдинг"},
             {"client_id": ids["Инвестбанк"], "classifier_id": kinds[4], "value_text": "12.5"},
             {"client_id": ids["Ромашка"], "classifier_id": kinds[4], "value_text": "40"},
             {"client_id": ids["Банк Северный"], "classifier_id": kinds[5], "value_text": "2026-03-01"},
             {"client_id": ids["Иванов Иван"], "classifier_id": kinds[6], "value_text": "1"})
    assert names(db, one(custom_key(kinds[1]), Op.IS, truck), me) == {"Ромашка"}
    assert names(db, one(custom_key(kinds[3]), Op.CONTAINS, "холдинг"), me) == {"Инвестбанк"}
    assert names(db, one(custom_key(kinds[4]), Op.NUMBER_BETWEEN, NumberRange(Decimal("10"), Decimal("20"))), me) \
        == {"Инвестбанк"}
    assert names(db, one(custom_key(kinds[5]), Op.DATE_BETWEEN, DateRange(date(2026, 1, 1), date(2026, 6, 30))), me) \
        == {"Банк Северный"}
    assert names(db, one(custom_key(kinds[6]), Op.SWITCH, True), me) == {"Иванов Иван"}
    assert "Иванов Иван" not in names(db, one(custom_key(kinds[6]), Op.SWITCH, False), me)
    fields = filters.custom_fields(admin)
    assert [f.label for f in fields] == [f"Признак {k}" for k in range(1, 7)]


def test_statistics_events_and_tasks(db, users, world) -> None:
    ids = world["ids"]
    with db.read() as conn:
        call = conn.execute(select(event_types.c.id)).scalars().first()
    at = lambda d: datetime(d.year, d.month, d.day, 10, 0)  # noqa: E731
    add_rows(db, events,
             *[{"client_id": ids["Инвестбанк"], "event_type_id": call, "event_at": at(date(2026, 10, day))}
               for day in (1, 2, 3)],
             {"client_id": ids["Ромашка"], "event_type_id": call, "event_at": at(date(2026, 6, 1))},
             {"client_id": ids["Банк Северный"], "event_type_id": call, "event_at": at(date(2026, 10, 2))})
    add_rows(db, tasks, {"client_id": ids["Ромашка"], "set_at": datetime(2026, 11, 1), "start_at": datetime(2026, 11, 2),
                         "status": 2},
             {"client_id": ids["Банк Северный"], "set_at": datetime(2026, 11, 1), "start_at": datetime(2026, 11, 2),
              "status": 4})
    me = users["manager"]
    october = DateRange(date(2026, 10, 1), date(2026, 10, 31))
    assert names(db, one("events_count", Op.AT_LEAST, CountInPeriod(2, october)), me) == {"Инвестбанк"}
    assert names(db, one("events_count", Op.AT_LEAST, CountInPeriod(1, october)), me) == {"Инвестбанк", "Банк Северный"}
    assert names(db, one("events_count", Op.AT_LEAST, CountInPeriod(1)), me) == {"Инвестбанк", "Банк Северный", "Ромашка"}
    assert names(db, one("last_event", Op.BEFORE, date(2026, 10, 1)), me) == {"Ромашка"}
    assert names(db, one("last_event", Op.AFTER, date(2026, 10, 2)), me) == {"Инвестбанк"}
    assert names(db, one("no_events_since", Op.SINCE, date(2026, 10, 3)), me) == {
        "Банк Северный", "Ромашка", "Иванов Иван", "Секрет"}
    assert names(db, one("has_open_tasks", Op.SWITCH, True), me) == {"Ромашка"}


def test_scope_manager_admin_and_private_clients(db, users, world, session_of) -> None:
    ids = world["ids"]
    add_rows(db, client_access, {"client_id": ids["Иванов Иван"], "user_id": users["manager"]})
    manager, admin, manager2 = session_of("manager"), session_of("admin"), session_of("manager2")
    everything = None
    assert set(filters.matching_ids(manager, everything)) == {ids["Инвестбанк"], ids["Банк Северный"], ids["Иванов Иван"]}
    # the administrator sees all clients but another's private one
    assert set(filters.matching_ids(admin, everything)) == set(ids.values()) - {ids["Секрет"]}
    assert ids["Секрет"] in filters.matching_ids(manager2, everything)
    by_name = one("name", Op.CONTAINS, "е")
    assert set(filters.matching_ids(admin, by_name)) == {ids["Инвестбанк"], ids["Банк Северный"]}
    assert filters.count_matching(manager2, by_name) == 1       # own private "Секрет" only
    with db.read(Viewer(users["manager"], sees_all=False)) as conn:
        assert client_filter.count(conn, None, users["manager"]) == 3

"""GRP-5 against Firebird: a call confirmed after it was started from the card is recorded in
the client's history as «Исходящий звонок» with the number and the duration (manual
«Интеграция со Skype»); a call shorter than the set minimum, or with recording switched off,
is not; the event type is the one chosen in «Телефония»; a colleague cannot record on a
manager's private client."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import insert, text

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.data.schema import user_permissions
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.telephony import TelephonySetting
from crm_desktop.services import clients, events, telephony

STARTED = datetime(2026, 12, 7, 10, 15, 42)


def _client(session, private: bool = False) -> clients.ClientCard:
    card = clients.new_card(session, ClientKind.COMPANY)
    card.values.update(name="ООО «Звонок»", phone="8 (831) 233-13-03", is_private=private)
    card.records["contact_person"] = [{"surname": "Иванов", "first_name": "Пётр", "phone_mobile": "+7 912 345-67-89"}]
    return clients.save_card(session, card)


def _type_id(db, name: str) -> int:
    with db.read() as conn:
        return next(i.id for i in dict_data.items(conn, "event_types") if i.name == name)


def test_confirmed_call_is_an_outgoing_call_event_with_number_and_duration(db, session_of) -> None:
    manager = session_of("manager")
    card = _client(manager)
    contact_id = card.records["contact_person"][0]["id"]
    record = telephony.record_call(manager, card.id, "+7 912 345-67-89", STARTED, 155, contact_id)
    assert record.event is not None and "записан в историю" in record.message
    rows = events.list_events(manager, card.id)
    assert [(r.event_at, r.type_name, r.description, r.contact, r.user) for r in rows] == [
        (STARTED, "Исходящий звонок", "Исходящий звонок на +7 912 345-67-89, длительность 2:35", "Иванов Пётр",
         "Менеджеров Михаил")]
    stored = events.load_event(manager, rows[0].id)
    assert stored.event_type_id == _type_id(db, "Исходящий звонок") and stored.contact_id == contact_id


def test_below_the_minimum_or_switched_off_nothing_is_recorded(db, session_of) -> None:
    manager = session_of("manager")
    card = _client(manager)
    telephony.save_telephony_setting(manager, TelephonySetting(min_duration=30))
    record = telephony.record_call(manager, card.id, "8 (831) 233-13-03", STARTED, 29)
    assert record.event is None
    assert record.message == ("Звонок не записан в историю: он короче 0:30 — минимальной длительности из "
                              "«Настройка — Параметры — Телефония».")
    assert telephony.record_call(manager, card.id, "8 (831) 233-13-03", STARTED, 30).event is not None
    telephony.save_telephony_setting(manager, TelephonySetting(record_calls=False))
    off = telephony.record_call(manager, card.id, "8 (831) 233-13-03", STARTED, 600)
    assert off.event is None and "отключена" in off.message
    assert len(events.list_events(manager, card.id)) == 1


def test_the_chosen_event_type_is_used_and_a_missing_default_is_named(db, session_of) -> None:
    manager = session_of("manager")
    card = _client(manager)
    meeting = _type_id(db, "Переговоры")
    telephony.save_telephony_setting(manager, TelephonySetting(event_type_id=meeting))
    telephony.record_call(manager, card.id, "8 (831) 233-13-03", STARTED, 60)
    assert events.list_events(manager, card.id)[0].type_name == "Переговоры"
    telephony.save_telephony_setting(manager, TelephonySetting())
    with db.begin() as conn:                 # the office renamed its call type as the old program had it
        conn.execute(text("UPDATE EVENT_TYPES SET NAME = 'Исход. звонок' WHERE NAME = 'Исходящий звонок'"))
    telephony.record_call(manager, card.id, "8 (831) 233-13-03", STARTED, 61)
    assert events.list_events(manager, card.id)[0].type_name == "Исход. звонок"
    with db.begin() as conn:
        conn.execute(text("UPDATE EVENT_TYPES SET NAME = 'Звонок клиенту' WHERE NAME = 'Исход. звонок'"))
    with pytest.raises(ValueError, match="нет типа «Исходящий звонок»"):
        telephony.record_call(manager, card.id, "8 (831) 233-13-03", STARTED, 62)
    assert len(events.list_events(manager, card.id)) == 2


def test_a_colleague_cannot_record_a_call_on_a_private_client(db, users, session_of) -> None:
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=users["manager"], perm_code="private_clients"))
    manager = session_of("manager")
    card = _client(manager, private=True)
    for other in ("manager2", "admin"):          # for them the private client does not exist
        with pytest.raises(ValueError, match="Клиент не найден"):
            telephony.record_call(session_of(other), card.id, "8 (831) 233-13-03", STARTED, 60)
    assert events.list_events(manager, card.id) == []
    public = _client(manager)                      # a colleague with access to his own clients only
    with pytest.raises(ValueError, match="Клиент не найден"):
        telephony.record_call(session_of("manager2"), public.id, "8 (831) 233-13-03", STARTED, 60)
    assert events.list_events(manager, public.id) == []
    assert telephony.record_call(session_of("supervisor"), public.id, "8 (831) 233-13-03", STARTED, 60).event

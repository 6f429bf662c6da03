"""History of relationships (EVT-1) against Firebird: events move the client's stage,
reaction and next contact date; access follows the client; others' events are admin-only."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import clients, events
from crm_desktop.services.session import AccessDenied


def _client(session, contact: str = "Иванов") -> clients.ClientCard:
    card = clients.new_card(session, ClientKind.COMPANY)
    card.values["name"] = "ООО «История»"
    card.records["contact_person"] = [{"surname": contact, "first_name": "Пётр"}]
    return clients.save_card(session, card)


def _ids(db, name: str) -> list[int]:
    with db.read() as conn:
        return [i.id for i in dict_data.items(conn, name)]


def test_event_updates_client_stage_reaction_next_contact(db, session_of) -> None:
    manager = session_of("manager")
    card = _client(manager)
    stage, reaction, kind = _ids(db, "sales_stages")[3], _ids(db, "reactions")[0], _ids(db, "event_types")[0]
    event = events.new_event(manager, card.id)
    event.event_type_id, event.description = kind, "Обсудили поставку"
    event.contact_id = card.records["contact_person"][0]["id"]
    event.stage_id, event.reaction_id, event.next_contact_date = stage, reaction, date(2026, 12, 24)
    saved = events.save_event(manager, event)
    assert saved.id and saved.user_id == manager.user.id
    with db.read() as conn:
        row = conn.execute(text("SELECT STAGE_ID, LAST_REACTION_ID, NEXT_CONTACT_DATE FROM CLIENTS "
                                "WHERE ID = :id"), {"id": card.id}).first()
    assert tuple(row) == (stage, reaction, date(2026, 12, 24))
    rows = events.list_events(manager, card.id)
    assert [(r.type_name, r.description, r.contact, r.user) for r in rows] == [
        ("Входящий звонок", "Обсудили поставку", "Иванов Пётр", "Менеджеров Михаил")]
    assert events.event_context(manager, card.id).current_stage == rows[0].stage


def test_event_without_type_and_description_is_refused(db, session_of) -> None:
    manager = session_of("manager")
    card = _client(manager)
    event = events.new_event(manager, card.id)
    event.description = "   "
    with pytest.raises(ValidationError) as failure:
        events.save_event(manager, event)
    assert [e.field for e in failure.value.errors] == ["event_type_id", "description"]
    assert events.list_events(manager, card.id) == []


def test_events_newest_first_and_edit_delete_rules(db, session_of) -> None:
    manager, manager2, admin = session_of("manager"), session_of("manager2"), session_of("admin")
    card = _client(manager)
    kind = _ids(db, "event_types")[2]
    for day, text_ in ((1, "первое"), (5, "второе")):
        event = events.new_event(manager, card.id)
        event.event_at = event.event_at.replace(year=2026, month=1, day=day)
        event.event_type_id, event.description = kind, text_
        events.save_event(manager, event)
    rows = events.list_events(manager, card.id)
    assert [r.description for r in rows] == ["второе", "первое"]
    with pytest.raises(ValueError, match="не найден"):      # mode 1: the client is not in sight
        events.list_events(manager2, card.id)
    own = events.load_event(admin, rows[0].id)
    own.description = "исправил админ"
    events.save_event(admin, own)
    assert events.list_events(manager, card.id)[0].description == "исправил админ"
    # a colleague in mode 4 opens the client, but may not touch the manager's event
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET CLIENT_ACCESS = 4 WHERE ID = :id"), {"id": manager2.user.id})
    manager2 = session_of("manager2")
    with pytest.raises(AccessDenied):
        events.delete_event(manager2, rows[1].id)
    events.delete_event(manager, rows[1].id)
    assert [r.description for r in events.list_events(manager, card.id)] == ["исправил админ"]


def test_contact_of_another_client_is_refused(db, session_of) -> None:
    manager = session_of("manager")
    card, other = _client(manager), _client(manager, "Чужой")
    event = events.new_event(manager, card.id)
    event.event_type_id, event.description = _ids(db, "event_types")[0], "Звонок"
    event.contact_id = other.records["contact_person"][0]["id"]
    with pytest.raises(ValidationError) as failure:
        events.save_event(manager, event)
    assert [e.field for e in failure.value.errors] == ["contact_id"]

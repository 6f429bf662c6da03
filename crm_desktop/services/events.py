"""History of relationships of a client (EVT-1): list, add, edit, delete events. Saving an
event moves the client's stage, last reaction and next contact date forward in the same
transaction. Only users who may open the client see its history; someone else's event is
changed only by an administrator."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from crm_desktop.data import client_card as card_data
from crm_desktop.data import events as data
from crm_desktop.data.events import Event, EventRow
from crm_desktop.domain.access import ClientFacts, can_open
from crm_desktop.domain.event_fields import client_updates, validate_event
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["Event", "EventContext", "EventRow", "delete_event", "event_context", "list_events",
           "load_event", "new_event", "save_event"]


@dataclass(frozen=True)
class EventContext:
    """What the event form offers besides dictionaries: the client's contact persons and
    its current stage of the sales ladder (shown greyed for reference)."""
    contacts: list[tuple[int, str]]
    current_stage: str | None


def _require_open(session: Session, facts: ClientFacts | None) -> None:
    if facts is None:
        raise ValueError("Клиент не найден: возможно, его удалил другой пользователь.")
    if not can_open(session.rights, facts):
        raise AccessDenied("Нет доступа к истории взаимоотношений этого клиента.")


def _require_author(session: Session, event: Event) -> None:
    if event.user_id != session.user.id and not session.rights.is_admin:
        raise AccessDenied("Изменять и удалять события других сотрудников может только администратор.")


def _stored(event: Event | None) -> Event:
    if event is None:
        raise ValueError("Событие не найдено: возможно, его удалил другой пользователь.")
    return event


def list_events(session: Session, client_id: int) -> list[EventRow]:
    with session.db.read() as conn:
        _require_open(session, card_data.client_facts(conn, client_id))
        return data.list_for_client(conn, client_id)


def event_context(session: Session, client_id: int) -> EventContext:
    with session.db.read() as conn:
        _require_open(session, card_data.client_facts(conn, client_id))
        state = card_data.operative_state(conn, client_id)
        stage = data.stage_name(conn, state[1]["stage_id"]) if state else None
        return EventContext(data.contact_items(conn, client_id), stage)


def new_event(session: Session, client_id: int) -> Event:
    """A blank event dated now, by the current user."""
    return Event(None, client_id, None, datetime.now().replace(second=0, microsecond=0),
                 user_id=session.user.id)


def load_event(session: Session, event_id: int) -> Event:
    with session.db.read() as conn:
        event = _stored(data.load(conn, event_id))
        _require_open(session, card_data.client_facts(conn, event.client_id))
    return event


def save_event(session: Session, event: Event) -> Event:
    """Raises ValidationError (every field problem), AccessDenied, or ValueError when the
    event was changed by someone else meanwhile."""
    values = asdict(event)
    if isinstance(values.get("description"), str):
        values["description"] = values["description"].strip() or None
    errors = validate_event(values)
    with session.db.begin() as conn:
        _require_open(session, card_data.client_facts(conn, event.client_id))
        if event.contact_id is not None and not data.contact_belongs(conn, event.contact_id, event.client_id):
            errors.append(FieldError("contact_id", "Контактное лицо должно быть сотрудником этого клиента"))
        if errors:
            raise ValidationError(errors)
        event.description = values["description"]
        if event.id is None:
            event.user_id = session.user.id
            event_id = data.insert_event(conn, event)
        else:
            stored = _stored(data.load(conn, event.id))
            _require_author(session, stored)
            if stored.client_id != event.client_id:
                raise ValueError("Событие относится к другому клиенту.")
            data.update_event(conn, event)
            event_id = event.id
        card_data.set_operative(conn, event.client_id, client_updates(values))
        return data.load(conn, event_id)


def delete_event(session: Session, event_id: int) -> None:
    with session.db.begin() as conn:
        event = _stored(data.load(conn, event_id))
        _require_open(session, card_data.client_facts(conn, event.client_id))
        _require_author(session, event)
        data.delete_event(conn, event_id)

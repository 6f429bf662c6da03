"""History of relationships (EVENTS, manual: "История взаимоотношений", EVT-1)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import aliased

from crm_desktop.data.versioned import update_versioned
from crm_desktop.data.schema import classifier_values, contacts, event_types, events, sales_stages, users
from crm_desktop.domain.client_names import person_name


@dataclass
class Event:
    """One event as the form edits it."""
    id: int | None
    client_id: int
    event_type_id: int | None
    event_at: datetime
    description: str | None = None
    contact_id: int | None = None
    result: str | None = None
    reaction_id: int | None = None
    stage_id: int | None = None
    next_contact_date: date | None = None
    user_id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class EventRow:
    """A line of the card's journal, newest first."""
    id: int
    event_at: datetime
    type_name: str
    description: str | None
    contact: str
    result: str | None
    reaction: str | None
    stage: str | None
    user: str | None
    user_id: int | None


_EDITABLE = ("event_type_id", "event_at", "description", "contact_id", "result", "reaction_id",
             "stage_id", "next_contact_date")


def list_for_client(conn: Connection, client_id: int) -> list[EventRow]:
    reaction = aliased(classifier_values)
    e = events
    stmt = (select(e.c.id, e.c.event_at, event_types.c.name, e.c.description, contacts.c.surname,
                   contacts.c.first_name, contacts.c.patronymic, e.c.result, reaction.c.name,
                   sales_stages.c.name, users.c.full_name, e.c.user_id)
            .select_from(e.join(event_types, event_types.c.id == e.c.event_type_id)
                         .outerjoin(contacts, contacts.c.id == e.c.contact_id)
                         .outerjoin(reaction, reaction.c.id == e.c.reaction_id)
                         .outerjoin(sales_stages, sales_stages.c.id == e.c.stage_id)
                         .outerjoin(users, users.c.id == e.c.user_id))
            .where(e.c.client_id == client_id).order_by(e.c.event_at.desc(), e.c.id.desc()))
    return [EventRow(r[0], r[1], r[2], r[3], person_name(r[4], r[5], r[6]), *r[7:])
            for r in conn.execute(stmt)]


def load(conn: Connection, event_id: int) -> Event | None:
    row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
    if row is None:
        return None
    return Event(row["id"], row["client_id"], user_id=row["user_id"], version=row["row_version"],
                 **{k: row[k] for k in _EDITABLE})


def contact_belongs(conn: Connection, contact_id: int, client_id: int) -> bool:
    found = conn.execute(select(contacts.c.client_id).where(contacts.c.id == contact_id)).scalar_one_or_none()
    return found == client_id


def insert_event(conn: Connection, event: Event) -> int:
    values = {k: getattr(event, k) for k in _EDITABLE}
    return conn.execute(insert(events).values(client_id=event.client_id, user_id=event.user_id, **values)
                        .returning(events.c.id)).scalar_one()


def update_event(conn: Connection, event: Event) -> None:
    """ConcurrentEdit when the row is not at the expected version (someone saved it meanwhile)."""
    update_versioned(conn, events, event.id, {k: getattr(event, k) for k in _EDITABLE}, event.version)


def delete_event(conn: Connection, event_id: int) -> None:
    conn.execute(delete(events).where(events.c.id == event_id))


def contact_items(conn: Connection, client_id: int) -> list[tuple[int, str]]:
    """(id, "Фамилия Имя Отчество") of the client's contact persons, for the event form."""
    stmt = (select(contacts.c.id, contacts.c.surname, contacts.c.first_name, contacts.c.patronymic)
            .where(contacts.c.client_id == client_id).order_by(contacts.c.surname, contacts.c.first_name))
    return [(r[0], person_name(*r[1:]) or "—") for r in conn.execute(stmt)]


def stage_name(conn: Connection, stage_id: int | None) -> str | None:
    if stage_id is None:
        return None
    return conn.execute(select(sales_stages.c.name).where(sales_stages.c.id == stage_id)).scalar_one_or_none()

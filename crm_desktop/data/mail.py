"""Mail recipients and the mailbox password (GRP-2, manual 001 «Рассылка E-Mail с помощью
групповой обработки»).

The addresses of the card's tab «Рассылка E-Mail & SMS» (CLIENT_EMAILS) with the contact person
each belongs to; the connection given is the session's scoped one, so a private client of
someone else is simply not there. The mailbox password lives in the OS keyring, never in the
database; where no keyring backend exists it is just not stored."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from crm_desktop.data.credentials import keyring_get, keyring_set
from crm_desktop.data.schema import client_emails, clients, contacts, event_types

KEYRING_SERVICE = "crm-desktop-mail"
MAIL_EVENT_TYPE = "Отправлено письмо"
_CHUNK = 500          # Firebird takes at most 1 500 values in an IN list


@dataclass(frozen=True)
class AddressRow:
    client_id: int
    email: str
    subscribed: bool
    contact_id: int | None
    surname: str
    first_name: str
    patronymic: str
    salutation: str


@dataclass(frozen=True)
class ClientRow:
    client_id: int
    name: str
    excluded: bool          # «Исключить из E-Mail рассылки»


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def mail_clients(conn: Connection, client_ids: Iterable[int]) -> dict[int, ClientRow]:
    """The chosen clients the connection may see, by id."""
    found: dict[int, ClientRow] = {}
    for chunk in _chunks(client_ids):
        rows = conn.execute(select(clients.c.id, clients.c.name, clients.c.no_email_mailing)
                            .where(clients.c.id.in_(chunk)))
        found.update({r[0]: ClientRow(r[0], r[1] or "", bool(r[2])) for r in rows})
    return found


def addresses(conn: Connection, client_ids: Iterable[int]) -> list[AddressRow]:
    """Every address of the chosen clients, subscribed or not, with its contact person."""
    c = contacts
    stmt_cols = (client_emails.c.client_id, client_emails.c.email, client_emails.c.subscribed,
                 client_emails.c.contact_person_id, c.c.surname, c.c.first_name, c.c.patronymic,
                 c.c.salutation)
    out: list[AddressRow] = []
    for chunk in _chunks(client_ids):
        rows = conn.execute(select(*stmt_cols)
                            .select_from(client_emails.outerjoin(c, c.c.id == client_emails.c.contact_person_id))
                            .where(client_emails.c.client_id.in_(chunk))
                            .order_by(client_emails.c.client_id, client_emails.c.id))
        out += [AddressRow(r[0], (r[1] or "").strip(), bool(r[2]), r[3], r[4] or "", r[5] or "", r[6] or "",
                           r[7] or "") for r in rows]
    return out


def mail_event_type(conn: Connection) -> int | None:
    """«Отправлено письмо», else the first type about a letter, else None."""
    found = conn.execute(select(event_types.c.id).where(event_types.c.name == MAIL_EVENT_TYPE)).scalars().first()
    if found is None:
        found = conn.execute(select(event_types.c.id).where(func.lower(event_types.c.name).like("%письм%"))
                             .order_by(event_types.c.sort_order, event_types.c.id)).scalars().first()
    return found


def _key(user_id: int, address: str) -> str:
    return f"{user_id}|{address.strip().lower()}"


def mailbox_password(user_id: int, address: str) -> str | None:
    return keyring_get(KEYRING_SERVICE, _key(user_id, address))


def store_mailbox_password(user_id: int, address: str, password: str) -> bool:
    """False when no keyring backend is available (the password is then asked for each run)."""
    return keyring_set(KEYRING_SERVICE, {_key(user_id, address): password})

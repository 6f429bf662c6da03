"""SMS recipients and the SMS account password (GRP-3, manual 001 «Рассылка SMS сообщений с
помощью групповой обработки»).

The numbers of the card's tab «Рассылка E-Mail & SMS» (CLIENT_SMS_PHONES) with the contact
person each belongs to and the client's «Исключить из SMS-рассылки»; the connection given is
the session's scoped one, so a private client of someone else is simply not there. The
account password lives in the OS keyring (data/credentials), never in the database."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select

from crm_desktop.data.credentials import keyring_get, keyring_set
from crm_desktop.data.schema import client_sms_phones, clients, contacts, event_types

KEYRING_SERVICE = "crm-desktop-sms"
SMS_EVENT_TYPE = "Отправлено SMS"
_CHUNK = 500          # Firebird takes at most 1 500 values in an IN list


@dataclass(frozen=True)
class PhoneRow:
    client_id: int
    phone: str
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
    excluded: bool          # «Исключить из SMS-рассылки»


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def sms_clients(conn: Connection, client_ids: Iterable[int]) -> dict[int, ClientRow]:
    """The chosen clients the connection may see, by id."""
    found: dict[int, ClientRow] = {}
    for chunk in _chunks(client_ids):
        rows = conn.execute(select(clients.c.id, clients.c.name, clients.c.no_sms_mailing)
                            .where(clients.c.id.in_(chunk)))
        found.update({r[0]: ClientRow(r[0], r[1] or "", bool(r[2])) for r in rows})
    return found


def phones(conn: Connection, client_ids: Iterable[int]) -> list[PhoneRow]:
    """Every SMS number of the chosen clients, subscribed or not, with its contact person."""
    p, c = client_sms_phones, contacts
    cols = (p.c.client_id, p.c.phone, p.c.subscribed, p.c.contact_person_id, c.c.surname, c.c.first_name,
            c.c.patronymic, c.c.salutation)
    out: list[PhoneRow] = []
    for chunk in _chunks(client_ids):
        rows = conn.execute(select(*cols).select_from(p.outerjoin(c, c.c.id == p.c.contact_person_id))
                            .where(p.c.client_id.in_(chunk)).order_by(p.c.client_id, p.c.id))
        out += [PhoneRow(r[0], (r[1] or "").strip(), bool(r[2]), r[3], r[4] or "", r[5] or "", r[6] or "",
                         r[7] or "") for r in rows]
    return out


def sms_event_type(conn: Connection) -> int | None:
    """«Отправлено SMS», else the first type whose name speaks of SMS, else None (the stock
    dictionary has no such type: an administrator adds it in «Типы событий»)."""
    found = conn.execute(select(event_types.c.id).where(event_types.c.name == SMS_EVENT_TYPE)).scalars().first()
    if found is None:
        name = func.lower(event_types.c.name)
        found = conn.execute(select(event_types.c.id).where(or_(name.like("%sms%"), name.like("%смс%")))
                             .order_by(event_types.c.sort_order, event_types.c.id)).scalars().first()
    return found


def _key(user_id: int, url: str, login: str) -> str:
    return f"{user_id}|{url.strip()}|{login.strip()}"


def account_password(user_id: int, url: str, login: str) -> str | None:
    return keyring_get(KEYRING_SERVICE, _key(user_id, url, login))


def store_account_password(user_id: int, url: str, login: str, password: str) -> bool:
    """False when no keyring backend is available."""
    return keyring_set(KEYRING_SERVICE, {_key(user_id, url, login): password})

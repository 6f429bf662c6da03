"""The mailing lists of the card's tab «Рассылка E-Mail & SMS», one implementation for both
channels (GRP-2 e-mail, GRP-3 SMS): a channel names its table of addresses or numbers
(CLIENT_EMAILS, CLIENT_SMS_PHONES) and the column holding them, the client's flag excluding
him from it, the event type a sent message is recorded under and the keyring service of its
password. The connection given is the session's scoped one, so a private client of someone
else is simply not there."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Column, Connection, Table, func, or_, select

from crm_desktop.data.credentials import keyring_get, keyring_set
from crm_desktop.data.schema import clients, contacts, event_types

_CHUNK = 500          # Firebird takes at most 1 500 values in an IN list


@dataclass(frozen=True)
class Channel:
    table: Table                  # one row a subscribed-or-not address/number of a client
    value: str                    # its column holding the address/number
    excluded: Column              # the client's «Исключить из … рассылки»
    event_type: str               # the stock event type of a message sent
    event_like: tuple[str, ...]   # else the first type whose lower-case name is LIKE one of these
    keyring_service: str


@dataclass(frozen=True)
class ListRow:
    client_id: int
    value: str                    # the address or the number, stripped
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
    excluded: bool                # excluded from the channel's mailing


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def channel_clients(conn: Connection, channel: Channel, client_ids: Iterable[int]) -> dict[int, ClientRow]:
    """The chosen clients the connection may see, by id."""
    found: dict[int, ClientRow] = {}
    for chunk in _chunks(client_ids):
        rows = conn.execute(select(clients.c.id, clients.c.name, channel.excluded).where(clients.c.id.in_(chunk)))
        found.update({r[0]: ClientRow(r[0], r[1] or "", bool(r[2])) for r in rows})
    return found


def list_rows(conn: Connection, channel: Channel, client_ids: Iterable[int]) -> list[ListRow]:
    """Every address/number of the chosen clients, subscribed or not, with its contact person."""
    t, c = channel.table, contacts
    cols = (t.c.client_id, t.c[channel.value], t.c.subscribed, t.c.contact_person_id, c.c.surname,
            c.c.first_name, c.c.patronymic, c.c.salutation)
    out: list[ListRow] = []
    for chunk in _chunks(client_ids):
        rows = conn.execute(select(*cols).select_from(t.outerjoin(c, c.c.id == t.c.contact_person_id))
                            .where(t.c.client_id.in_(chunk)).order_by(t.c.client_id, t.c.id))
        out += [ListRow(r[0], (r[1] or "").strip(), bool(r[2]), r[3], r[4] or "", r[5] or "", r[6] or "",
                        r[7] or "") for r in rows]
    return out


def channel_event_type(conn: Connection, channel: Channel) -> int | None:
    """The channel's stock event type, else the first type whose name speaks of it, else None."""
    found = conn.execute(select(event_types.c.id).where(event_types.c.name == channel.event_type)).scalars().first()
    if found is None:
        name = func.lower(event_types.c.name)
        found = conn.execute(select(event_types.c.id).where(or_(*(name.like(p) for p in channel.event_like)))
                             .order_by(event_types.c.sort_order, event_types.c.id)).scalars().first()
    return found


def password(channel: Channel, user_id: int, *account: str) -> str | None:
    """The password the keyring keeps for the user's account (its identifying parts), else None."""
    return keyring_get(channel.keyring_service, "|".join((str(user_id), *account)))


def store_password(channel: Channel, user_id: int, account: tuple[str, ...], secret: str) -> bool:
    """False when no keyring backend is available."""
    return keyring_set(channel.keyring_service, {"|".join((str(user_id), *account)): secret})

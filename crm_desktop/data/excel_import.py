"""The Excel import of clients in Firebird (ADM-7): the dictionaries the rows' places are found
in, the existing clients a row repeats (by the indexes: IX_CLIENTS_NAME, whose UNICODE_CI_AI
collation compares as domain.excel_import.name_key, and IX_PHONE_INDEX_DIGITS by the last ten
digits), and the insert of the new clients with their contact persons, phone index and mailing
addresses in the caller's one transaction.

Rows go in as EXECUTE BLOCKs of literals (data/bulk.py's insert_blocks) on the caller's
connection, named as its dialect names them (the access view on a server attachment as a CRM
user), the IDs drawn first from the tables' generators; the client's CODE comes from its
trigger, the audit columns from theirs."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, func, or_, select

from crm_desktop.data.bulk import insert_blocks
from crm_desktop.data.migrations import generator_name
from crm_desktop.data.schema import cities, client_emails, clients, contacts, phone_index, regions, users
from crm_desktop.domain.excel_import import PHONE_KEY_DIGITS

NAMES_PER_QUERY = 1000          # Firebird 2.5 takes at most 1 500 values in an IN list
PHONES_PER_QUERY = 100          # STARTING WITH … OR …: each an index range, OR-ed as a bitmap


class Existing(NamedTuple):
    code: int
    name: str


class NewClient(NamedTuple):
    """The CLIENTS columns an imported client fills (the rest keep their defaults)."""
    id: int
    client_kind: int
    name: str
    full_name: str | None
    region_id: int | None
    city_id: int | None
    city: str | None
    district: str | None
    postcode: str | None
    address: str | None
    phone: str | None
    fax: str | None
    email: str | None
    website: str | None
    main_contact: str | None
    notes: str | None
    curator_id: int
    status_id: int | None
    priority_id: int | None


class NewContact(NamedTuple):
    id: int
    client_id: int
    surname: str
    first_name: str | None
    patronymic: str | None
    email: str | None
    is_main: int


class NewPhone(NamedTuple):
    client_id: int
    contact_id: int | None
    digits_rev: str


class NewAddress(NamedTuple):
    """A row of the card's «Рассылка E-Mail & SMS»: subscribed, as an address typed in the card."""
    client_id: int
    email: str
    contact_person_id: int | None


def places(conn: Connection) -> tuple[list[tuple[int, str]], list[tuple[int, int, str]]]:
    """(regions as (id, name), settlements as (id, region id, name)): the two dictionaries."""
    return ([tuple(r) for r in conn.execute(select(regions.c.id, regions.c.name))],
            [tuple(r) for r in conn.execute(select(cities.c.id, cities.c.region_id, cities.c.name))])


def working_users(conn: Connection) -> list[tuple[int, str]]:
    """(id, full name) of the users who may curate clients: neither disabled nor dismissed."""
    stmt = (select(users.c.id, users.c.full_name).where(users.c.is_disabled == 0, users.c.is_dismissed == 0)
            .order_by(users.c.full_name))
    return [tuple(r) for r in conn.execute(stmt)]


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def clients_named(conn: Connection, names: Iterable[str]) -> list[tuple[str, Existing]]:
    """(stored name, client) of the clients the user sees whose NAME equals one of `names` as
    the collation compares (case and accents ignored), by IX_CLIENTS_NAME."""
    found = []
    for chunk in _chunks(sorted(set(names)), NAMES_PER_QUERY):
        stmt = (select(func.min(clients.c.name), func.min(clients.c.code)).where(clients.c.name.in_(chunk))
                .group_by(clients.c.name))          # one client per name, however many share it
        found += [(r[0], Existing(r[1], r[0])) for r in conn.execute(stmt)]
    return found


def clients_by_phone(conn: Connection, keys: Iterable[str]) -> list[tuple[str, Existing]]:
    """(phone key, client) of the clients the user sees with a phone (theirs or a contact
    person's) ending in one of `keys` (the last ten digits). The phone index is read alone, by
    IX_PHONE_INDEX_DIGITS (STARTING WITH, which uses the index with a parameter where LIKE
    ? || '%' does not), and its clients then by their keys: joined in one statement, Firebird
    walked the whole of CLIENTS for each batch of keys (15 s at a million clients)."""
    hits: list[tuple[str, int]] = []
    for chunk in _chunks(sorted(set(keys)), PHONES_PER_QUERY):
        stmt = (select(phone_index.c.digits_rev, phone_index.c.client_id)
                .where(or_(*(phone_index.c.digits_rev.op("STARTING WITH")(key[::-1]) for key in chunk))))
        hits += [(r[0][:PHONE_KEY_DIGITS][::-1], r[1]) for r in conn.execute(stmt)]
    found: dict[int, Existing] = {}
    for ids in _chunks(sorted({client_id for _, client_id in hits}), NAMES_PER_QUERY):
        stmt = select(clients.c.id, clients.c.code, clients.c.name).where(clients.c.id.in_(ids))
        found.update({r[0]: Existing(r[1], r[2]) for r in conn.execute(stmt)})
    return [(key, found[client_id]) for key, client_id in hits if client_id in found]


def _first_ids(conn: Connection, table: Table, count: int) -> int:
    """The first of `count` consecutive IDs of the table's generator (never rolled back)."""
    sql = f"SELECT GEN_ID({generator_name(table.name.upper())}, {int(count)}) FROM RDB$DATABASE"
    return conn.exec_driver_sql(sql).scalar_one() - count + 1


def reserve(conn: Connection, new_clients: int, new_contacts: int) -> tuple[int, int]:
    """The first client ID and the first contact ID of ranges that long."""
    return (_first_ids(conn, clients, new_clients) if new_clients else 0,
            _first_ids(conn, contacts, new_contacts) if new_contacts else 0)


def _insert(conn: Connection, table: Table, kind: type[NamedTuple], rows: Sequence[NamedTuple]) -> None:
    name = conn.dialect.identifier_preparer.format_table(table)     # the access view where there is one
    blocks, by_parameters, statement = insert_blocks(name, [f.upper() for f in kind._fields], rows)
    for block in blocks:
        conn.exec_driver_sql(block.decode())
    if by_parameters:
        conn.exec_driver_sql(statement, [tuple(r) for r in by_parameters])


def _by_client(rows: Iterable[NewContact | NewPhone | NewAddress]) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(row.client_id, []).append(row)
    return grouped


def insert(conn: Connection, new_clients: Sequence[NewClient], new_contacts: Sequence[NewContact],
           phones: Sequence[NewPhone], addresses: Sequence[NewAddress], step: Callable[[int], None],
           batch: int = 500) -> None:
    """The clients, then their contact persons, phones and mailing addresses, `batch` clients
    at a time with `step(clients inserted so far)` between batches (which may raise to stop:
    the caller's transaction then keeps nothing)."""
    children = [(contacts, NewContact, _by_client(new_contacts)), (phone_index, NewPhone, _by_client(phones)),
                (client_emails, NewAddress, _by_client(addresses))]
    for start in range(0, len(new_clients), batch):
        part = new_clients[start:start + batch]
        _insert(conn, clients, NewClient, part)
        for table, kind, of_client in children:
            _insert(conn, table, kind, [row for client in part for row in of_client.get(client.id, ())])
        step(start + len(part))


def codes(conn: Connection, first_id: int, last_id: int) -> tuple[int, int] | None:
    """(lowest, highest) CODE the trigger gave the clients with IDs in the range."""
    stmt = select(clients.c.code).where(clients.c.id.between(first_id, last_id))
    found = [r[0] for r in conn.execute(stmt)]
    return (min(found), max(found)) if found else None

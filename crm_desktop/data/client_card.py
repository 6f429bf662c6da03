"""The whole client card in Firebird: CLIENTS row, its records (contacts, bank accounts,
mailing addresses and phones), directions, access list and custom classifier values.

Every write keeps the derived columns in the same transaction: NAME of an individual,
the CITY text the register sorts by, and PHONE_INDEX (reversed digits of every phone of the
client and its contact persons, for the search by the end of a number, REG-5).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from crm_desktop.data.versioned import update_versioned
from crm_desktop.data import classifiers as custom_classifiers
from crm_desktop.data.schema import (cities, client_access, client_banks,
                                     client_classifiers, client_directions, client_emails,
                                     client_sms_phones, clients, contacts, phone_index, tasks, users)
from crm_desktop.domain.access import ClientFacts
from crm_desktop.domain.client_fields import (BANK_ACCOUNT, CONTACT_PERSON, MAILING_EMAIL,
                                              MAILING_PHONE, ClientKind, Field, FieldKind, Record,
                                              client_fields)
from crm_desktop.domain.client_names import register_name
from crm_desktop.domain.contacts import reversed_digits
from crm_desktop.domain.custom_classifiers import CustomClassifier, ValueKind

RECORD_TABLES: dict[str, tuple[Record, Table]] = {
    CONTACT_PERSON.name: (CONTACT_PERSON, contacts),
    BANK_ACCOUNT.name: (BANK_ACCOUNT, client_banks),
    MAILING_EMAIL.name: (MAILING_EMAIL, client_emails),
    MAILING_PHONE.name: (MAILING_PHONE, client_sms_phones),
}
_KIND_CODE = {ClientKind.COMPANY: 1, ClientKind.INDIVIDUAL: 2}
_CLIENT_PHONES = ("phone", "phone2", "mobile_phone", "fax")
_CONTACT_PHONES = ("phone_office", "phone_mobile", "phone_home", "fax")
_SET_LINKS = {"directions": (client_directions, "direction_id"),
              "allowed_users": (client_access, "user_id")}
_FLAG_NAMES = frozenset(f.name for fields in (*(client_fields(k) for k in ClientKind),
                                                *(r.fields for r, _ in RECORD_TABLES.values()))
                        for f in fields if f.kind is FieldKind.FLAG)


@dataclass
class ClientCard:
    """Everything the card form shows. ``values`` holds CLIENTS columns by field name plus the
    sets "directions" and "allowed_users"; ``records`` maps a Record name to its rows (dicts
    with "id" and the record's field names); ``classifiers`` maps a classifier id to its value
    (id, set of ids, text, number text, date or bool by VALUE_KIND)."""
    id: int | None
    kind: ClientKind
    values: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    classifiers: dict[int, Any] = field(default_factory=dict)
    classifier_defs: list[CustomClassifier] = field(default_factory=list)
    version: int | None = None
    editable_main: bool = True
    editable: bool = True

    @property
    def code(self) -> int | None:
        return self.values.get("code")


@dataclass(frozen=True)
class TaskRow:
    id: int
    start_at: datetime
    executor: str | None
    body: str | None
    status: int


def kind_of(code: int) -> ClientKind:
    return ClientKind.COMPANY if code == 1 else ClientKind.INDIVIDUAL


# -- reading ---------------------------------------------------------------------------------

def _from_db(name: str, value: Any) -> Any:
    return bool(value) if name in _FLAG_NAMES else value


def _record_rows(conn: Connection, record: Record, table: Table, client_id: int) -> list[dict[str, Any]]:
    cols = [table.c.id, *(table.c[f.name] for f in record.fields)]
    rows = conn.execute(select(*cols).where(table.c.client_id == client_id).order_by(table.c.id))
    return [{"id": r[0], **{f.name: _from_db(f.name, v) for f, v in zip(record.fields, r[1:])}}
            for r in rows]


def _classifier_values(conn: Connection, client_id: int, defs: list[CustomClassifier]) -> dict[int, Any]:
    kinds = {d.id: d.value_kind for d in defs}
    values: dict[int, Any] = {d.id: set() for d in defs if d.value_kind == ValueKind.DICTIONARY_MULTI}
    cc = client_classifiers
    for cid, value_id, text in conn.execute(select(cc.c.classifier_id, cc.c.value_id, cc.c.value_text)
                                            .where(cc.c.client_id == client_id)):
        kind = kinds.get(cid)
        if kind == ValueKind.DICTIONARY_MULTI:
            values[cid].add(value_id)
        elif kind == ValueKind.DICTIONARY:
            values[cid] = value_id
        elif kind == ValueKind.DATE:
            values[cid] = date.fromisoformat(text) if text else None
        elif kind == ValueKind.SWITCH:
            values[cid] = text == "1"
        elif kind is not None:
            values[cid] = text
    return values


def load(conn: Connection, client_id: int) -> ClientCard | None:
    row = conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()
    if row is None:
        return None
    values = {k: _from_db(k, v) for k, v in row.items() if k not in ("id", "row_version")}
    for name, (table, column) in _SET_LINKS.items():
        values[name] = set(conn.execute(select(table.c[column]).where(table.c.client_id == client_id)).scalars())
    records = {name: _record_rows(conn, record, table, client_id)
               for name, (record, table) in RECORD_TABLES.items()}
    defs = custom_classifiers.active(conn)
    return ClientCard(client_id, kind_of(row["client_kind"]), values, records,
                      _classifier_values(conn, client_id, defs), defs, row["row_version"])


def client_facts(conn: Connection, client_id: int) -> ClientFacts | None:
    row = conn.execute(select(clients.c.curator_id, clients.c.specialist_id, clients.c.is_private)
                       .where(clients.c.id == client_id)).first()
    if row is None:
        return None
    granted = conn.execute(select(client_access.c.user_id).where(client_access.c.client_id == client_id))
    return ClientFacts(row[0], row[1], bool(row[2]), frozenset(granted.scalars()))


def title(conn: Connection, client_id: int) -> tuple[int, str] | None:
    """(code, name) of a client, for confirmations."""
    row = conn.execute(select(clients.c.code, clients.c.name).where(clients.c.id == client_id)).first()
    return (row[0], row[1]) if row else None


def id_by_code(conn: Connection, code: int) -> int | None:
    return conn.execute(select(clients.c.id).where(clients.c.code == code)).scalar_one_or_none()


def client_tasks(conn: Connection, client_id: int) -> list[TaskRow]:
    """Tasks of the client, newest first (journal "Задачи" of the card)."""
    stmt = (select(tasks.c.id, tasks.c.start_at, users.c.full_name, tasks.c.body, tasks.c.status)
            .select_from(tasks.outerjoin(users, users.c.id == tasks.c.executor_id))
            .where(tasks.c.client_id == client_id).order_by(tasks.c.start_at.desc()))
    return [TaskRow(*r) for r in conn.execute(stmt)]


# -- writing ---------------------------------------------------------------------------------

def _to_db(f: Field, value: Any) -> Any:
    if f.kind is FieldKind.FLAG:
        return int(bool(value))
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _client_row(conn: Connection, card: ClientCard) -> dict[str, Any]:
    """CLIENTS columns the card writes, with NAME and CITY derived."""
    row = {f.name: _to_db(f, card.values.get(f.name)) for f in client_fields(card.kind)
           if not f.read_only and f.kind is not FieldKind.DICTIONARY_SET}
    row["name"] = register_name(card.values, card.kind)
    city_id = row.get("city_id")
    row["city"] = (conn.execute(select(cities.c.name).where(cities.c.id == city_id)).scalar_one_or_none()
                   if city_id else None)
    return row


def _write_sets(conn: Connection, card: ClientCard) -> None:
    for name, (table, column) in _SET_LINKS.items():
        conn.execute(delete(table).where(table.c.client_id == card.id))
        for item in sorted(card.values.get(name) or ()):
            conn.execute(insert(table).values(client_id=card.id, **{column: item}))


def _sync_records(conn: Connection, card: ClientCard) -> None:
    """Rows keep their IDs (events and mailings refer to contact persons): update those that
    stay, delete those removed, insert the new ones."""
    for name, (record, table) in RECORD_TABLES.items():
        rows = card.records.get(name, [])
        existing = set(conn.execute(select(table.c.id).where(table.c.client_id == card.id)).scalars())
        gone = existing - {r.get("id") for r in rows}
        if gone:
            conn.execute(delete(table).where(table.c.id.in_(sorted(gone))))
        for r in rows:
            data = {f.name: _to_db(f, r.get(f.name)) for f in record.fields}
            if r.get("id") in existing:
                conn.execute(update(table).where(table.c.id == r["id"]).values(**data))
            else:
                r["id"] = conn.execute(insert(table).values(client_id=card.id, **data)
                                       .returning(table.c.id)).scalar_one()


def _classifier_rows(d: CustomClassifier, value: Any) -> Iterable[dict[str, Any]]:
    if d.value_kind == ValueKind.DICTIONARY_MULTI:
        return [{"value_id": v} for v in sorted(value or ())]
    if value is None or value == "" or (d.value_kind == ValueKind.SWITCH and not value):
        return []
    if d.value_kind == ValueKind.DICTIONARY:
        return [{"value_id": value}]
    if d.value_kind == ValueKind.DATE:
        return [{"value_text": value.isoformat()}]
    if d.value_kind == ValueKind.SWITCH:
        return [{"value_text": "1"}]
    return [{"value_text": str(value).strip()}]


def _write_classifiers(conn: Connection, card: ClientCard) -> None:
    """Only the classifiers the card shows are rewritten; values of hidden ones stay."""
    defs = {d.id: d for d in card.classifier_defs}
    cc = client_classifiers
    for cid, value in card.classifiers.items():
        if cid not in defs:
            continue
        conn.execute(delete(cc).where(cc.c.client_id == card.id, cc.c.classifier_id == cid))
        for extra in _classifier_rows(defs[cid], value):
            conn.execute(insert(cc).values(client_id=card.id, classifier_id=cid, **extra))


def _reindex_phones(conn: Connection, client_id: int) -> None:
    conn.execute(delete(phone_index).where(phone_index.c.client_id == client_id))
    own = conn.execute(select(*(clients.c[p] for p in _CLIENT_PHONES)).where(clients.c.id == client_id)).first()
    entries = [(None, p) for p in own or ()]
    stmt = select(contacts.c.id, *(contacts.c[p] for p in _CONTACT_PHONES)).where(contacts.c.client_id == client_id)
    entries += [(r[0], p) for r in conn.execute(stmt) for p in r[1:]]
    for contact_id, phone in entries:
        digits = reversed_digits(phone or "")
        if digits:
            conn.execute(insert(phone_index).values(client_id=client_id, contact_id=contact_id,
                                                    digits_rev=digits))


def _write_children(conn: Connection, card: ClientCard) -> None:
    _write_sets(conn, card)
    _sync_records(conn, card)
    _write_classifiers(conn, card)
    _reindex_phones(conn, card.id)


def insert_card(conn: Connection, card: ClientCard) -> int:
    """A new client; the trigger gives it its permanent CODE (CLI-1)."""
    row = _client_row(conn, card)
    card.id = conn.execute(insert(clients).values(client_kind=_KIND_CODE[card.kind], **row)
                           .returning(clients.c.id)).scalar_one()
    _write_children(conn, card)
    return card.id


def update_card(conn: Connection, card: ClientCard) -> None:
    """Optimistic lock on ROW_VERSION (ConcurrentEdit when someone saved in between); the
    client row is updated first, so concurrent saves of one card queue on it."""
    update_versioned(conn, clients, card.id, _client_row(conn, card), card.version)
    _write_children(conn, card)


def set_operative(conn: Connection, client_id: int, values: Mapping[str, Any]) -> None:
    """Fields a history event moves forward (stage, last reaction, next contact date)."""
    if values:
        update_versioned(conn, clients, client_id, values)


def operative_state(conn: Connection, client_id: int) -> tuple[int, dict[str, Any]] | None:
    """(ROW_VERSION, operative fields) after an event changed them, for an open card."""
    names = ("stage_id", "last_reaction_id", "next_contact_date")
    row = conn.execute(select(clients.c.row_version, *(clients.c[n] for n in names))
                       .where(clients.c.id == client_id)).first()
    return None if row is None else (row[0], dict(zip(names, row[1:])))


def delete_client(conn: Connection, client_id: int) -> None:
    """Children (contacts, history, tasks, phone index …) go by ON DELETE CASCADE."""
    conn.execute(delete(clients).where(clients.c.id == client_id))


def empty_values(kind: ClientKind) -> dict[str, Any]:
    """Values of a blank card: flags off, sets empty, the rest empty."""
    values: dict[str, Any] = {}
    for f in client_fields(kind):
        values[f.name] = (False if f.kind is FieldKind.FLAG else
                          set() if f.kind is FieldKind.DICTIONARY_SET else None)
    return values


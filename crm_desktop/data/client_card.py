"""The whole client card in Firebird: CLIENTS row, its records (contacts, bank accounts,
mailing addresses and phones), directions, access list and custom classifier values.

Every write keeps the derived columns in the same transaction: NAME of an individual,
the CITY text the register sorts by, and PHONE_INDEX (reversed digits of every phone of the
client and its contact persons, for the search by the end of a number, REG-5).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from crm_desktop.data.versioned import last_change, update_versioned
from crm_desktop.data import classifiers as custom_classifiers
from crm_desktop.data.funnel import record_stage
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


def facts_of(card: ClientCard) -> ClientFacts:
    """The access facts of a card read in this transaction (what client_facts would read)."""
    v = card.values
    return ClientFacts(v.get("curator_id"), v.get("specialist_id"), bool(v.get("is_private")),
                       frozenset(v.get("allowed_users") or ()))


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


def _client_row(conn: Connection, card: ClientCard, stored: ClientCard | None) -> dict[str, Any]:
    """CLIENTS columns the card writes, with NAME and CITY derived: for a card already stored
    only those that differ from `stored`, and the city's name is read only when the city
    changed."""
    fields = {f.name: f for f in client_fields(card.kind)
              if not f.read_only and f.kind is not FieldKind.DICTIONARY_SET}
    row = {name: _to_db(f, card.values.get(name)) for name, f in fields.items()}
    row["name"] = register_name(card.values, card.kind)
    if stored is not None:
        row = {name: value for name, value in row.items()
               if value != (_to_db(fields[name], stored.values.get(name)) if name in fields
                            else stored.values.get(name))}
    if "city_id" in row:
        city_id = row["city_id"]
        row["city"] = (conn.execute(select(cities.c.name).where(cities.c.id == city_id)).scalar_one_or_none()
                       if city_id else None)
    return row


def _write_sets(conn: Connection, card: ClientCard, stored: ClientCard | None) -> None:
    """Only the links added or removed since `stored` are written."""
    for name, (table, column) in _SET_LINKS.items():
        now = set(card.values.get(name) or ())
        before = set(stored.values.get(name) or ()) if stored is not None else set()
        if before - now:
            conn.execute(delete(table).where(table.c.client_id == card.id,
                                             table.c[column].in_(sorted(before - now))))
        if now - before:
            conn.execute(insert(table), [{"client_id": card.id, column: item} for item in sorted(now - before)])


def _sync_records(conn: Connection, card: ClientCard, stored: ClientCard | None) -> set[str]:
    """Rows keep their IDs (events and mailings refer to contact persons): update those that
    changed since `stored`, delete those removed, insert the new ones. Returns the names of
    the records that changed."""
    changed = set()
    for name, (record, table) in RECORD_TABLES.items():
        before = {r["id"]: {f.name: _to_db(f, r.get(f.name)) for f in record.fields}
                  for r in (stored.records.get(name, []) if stored is not None else [])}
        rows = card.records.get(name, [])
        gone = before.keys() - {r.get("id") for r in rows}
        if gone:
            conn.execute(delete(table).where(table.c.id.in_(sorted(gone))))
            changed.add(name)
        for r in rows:
            data = {f.name: _to_db(f, r.get(f.name)) for f in record.fields}
            if r.get("id") not in before:
                r["id"] = conn.execute(insert(table).values(client_id=card.id, **data)
                                       .returning(table.c.id)).scalar_one()
                changed.add(name)
            elif data != before[r["id"]]:
                conn.execute(update(table).where(table.c.id == r["id"]).values(**data))
                changed.add(name)
    return changed


def _classifier_rows(d: CustomClassifier, value: Any) -> list[dict[str, Any]]:
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


def _write_classifiers(conn: Connection, card: ClientCard, stored: ClientCard | None) -> bool:
    """Only the classifiers the card shows are rewritten, and of those only the ones whose
    rows differ from `stored`; values of hidden ones stay. Returns whether any changed."""
    defs = {d.id: d for d in card.classifier_defs}
    cc = client_classifiers
    changed = False
    for cid, value in card.classifiers.items():
        if cid not in defs:
            continue
        rows = _classifier_rows(defs[cid], value)
        if rows == (_classifier_rows(defs[cid], stored.classifiers.get(cid)) if stored is not None else []):
            continue
        conn.execute(delete(cc).where(cc.c.client_id == card.id, cc.c.classifier_id == cid))
        if rows:
            conn.execute(insert(cc), [{"client_id": card.id, "classifier_id": cid, **extra} for extra in rows])
        changed = True
    return changed


def _phone_entries(card: ClientCard) -> list[tuple[int | None, str]]:
    """(contact ID or None, reversed digits) of every phone of the card and its contact
    persons: what PHONE_INDEX holds for it."""
    phones = [(None, card.values.get(p)) for p in _CLIENT_PHONES]
    phones += [(r.get("id"), r.get(p)) for r in card.records.get(CONTACT_PERSON.name, []) for p in _CONTACT_PHONES]
    return [(contact_id, digits) for contact_id, phone in phones if (digits := reversed_digits(phone or ""))]


def _reindex_phones(conn: Connection, card: ClientCard, stored: ClientCard | None) -> None:
    """PHONE_INDEX is rewritten only when the card's phones differ from the stored ones
    (the card's contact persons carry their IDs by now)."""
    entries = _phone_entries(card)
    if stored is not None:
        if entries == _phone_entries(stored):
            return
        conn.execute(delete(phone_index).where(phone_index.c.client_id == card.id))
    if entries:
        conn.execute(insert(phone_index), [{"client_id": card.id, "contact_id": contact_id, "digits_rev": digits}
                                           for contact_id, digits in entries])


def insert_card(conn: Connection, card: ClientCard) -> int:
    """A new client; the trigger gives it its permanent CODE (CLI-1)."""
    row = _client_row(conn, card, None)
    card.id = conn.execute(insert(clients).values(client_kind=_KIND_CODE[card.kind], **row)
                           .returning(clients.c.id)).scalar_one()
    _write_sets(conn, card, None)
    _sync_records(conn, card, None)
    _write_classifiers(conn, card, None)
    _reindex_phones(conn, card, None)
    record_stage(conn, card.id, card.values.get("stage_id"))      # issue 14: the stage history
    return card.id


def update_card(conn: Connection, card: ClientCard, stored: ClientCard | None = None) -> ClientCard:
    """Write what differs from `stored` (the card as this transaction read it; read here when
    not given) and return the card as stored now. Twenty workstations share one server: a
    save of one field is a handful of statements, and the saved card is the UPDATE's own
    RETURNING plus the parts that were already read, re-reading only rewritten records and
    classifiers. Optimistic lock on ROW_VERSION (ConcurrentEdit when someone saved in
    between); the client row is updated first, even when only other tabs changed, so
    concurrent saves of one card queue on it and every save makes a new version."""
    if stored is None:
        stored = load(conn, card.id)
        if stored is None:
            raise last_change(conn, clients, card.id)
    row = update_versioned(conn, clients, card.id,
                           _client_row(conn, card, stored) or {"row_version": clients.c.row_version},
                           card.version, returning=True)
    assert row is not None
    if row["stage_id"] != stored.values.get("stage_id"):       # issue 14: the stage history
        record_stage(conn, card.id, row["stage_id"])
    _write_sets(conn, card, stored)
    changed_records = _sync_records(conn, card, stored)
    classifiers_changed = _write_classifiers(conn, card, stored)
    _reindex_phones(conn, card, stored)
    values = {k: _from_db(k, v) for k, v in row.items() if k not in ("id", "row_version")}
    values |= {name: set(card.values.get(name) or ()) for name in _SET_LINKS}
    records = {name: _record_rows(conn, record, table, card.id) if name in changed_records else stored.records[name]
               for name, (record, table) in RECORD_TABLES.items()}
    classifier_values = (_classifier_values(conn, card.id, stored.classifier_defs) if classifiers_changed
                         else stored.classifiers)
    return ClientCard(card.id, kind_of(row["client_kind"]), values, records, classifier_values,
                      stored.classifier_defs, row["row_version"])


def set_operative(conn: Connection, client_id: int, values: Mapping[str, Any]) -> None:
    """Fields a history event moves forward (stage, last reaction, next contact date)."""
    if values:
        # issue 14: a stage the event changes lands in the stage history
        before = (conn.execute(select(clients.c.stage_id).where(clients.c.id == client_id)).scalar_one_or_none()
                  if "stage_id" in values else None)
        update_versioned(conn, clients, client_id, values)
        if "stage_id" in values and values["stage_id"] != before:
            record_stage(conn, client_id, values["stage_id"])


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


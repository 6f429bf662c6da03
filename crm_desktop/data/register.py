"""The client register as SQL: keyset windows over (sort column, ID), never the whole table.

A window is fetched after or before a known row key, from either end, or (for a jump of the
scroll bar into the middle) by position; every sortable column has an ascending and a
descending (column, ID) index, so each of these is an index walk of one window (REG-1, REG-2).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (Connection, ColumnElement, Select, and_, bindparam, case, func, literal, literal_column, or_,
                        select, text)
from sqlalchemy.orm import aliased

from crm_desktop.data.client_filter import ALWAYS, where_clause
from crm_desktop.data.migrations import generator_name
from crm_desktop.data.schema import classifier_values, clients, phone_index, users
from crm_desktop.data.scope import ACROSS_ALL_CLIENTS

SORTABLE: dict[str, Any] = {
    "code": clients.c.code, "name": clients.c.name, "city": clients.c.city,
    "phone": clients.c.phone, "curator": clients.c.curator_id, "status": clients.c.status_id,
    "changed": clients.c.changed_at,
}

_curator = aliased(users)
_status = aliased(classifier_values)


@dataclass(frozen=True)
class RegisterRow:
    id: int
    code: int
    needs_attention: bool
    is_private: bool
    name: str
    city: str | None
    phone: str | None
    curator: str | None
    status: str | None
    changed_at: datetime | None
    files_count: int
    sort_value: Any          # value of the sort column: with id, the row's keyset key


@dataclass(frozen=True)
class RegisterQuery:
    """Which clients, in which order: the flexi-filter (domain.flexi_filter.FlexiFilter) of
    the user; the access scope is added to every read by the session (data/scope.py)."""
    flexi: Any
    user_id: int
    sort: str = "name"
    descending: bool = False
    _built: dict[str, tuple[date, Select]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def column(self):
        return SORTABLE[self.sort]

    @property
    def where(self) -> ColumnElement[bool]:
        return where_clause(self.flexi, self.user_id) if self.flexi is not None else ALWAYS

    def phone_search(self) -> Select:
        """Shift+F's statement (see `next_match`), built once a day for the view (a filter's
        "today" is in it) with the digits as the parameter PHONE_END: building it anew for
        every search took a third of the time Firebird takes to answer it."""
        today = date.today()
        built = self._built.get("phone")
        if built is None or built[0] != today:
            built = self._built["phone"] = (today, _phone_search(self))
        return built[1]


def _base(query: RegisterQuery):
    col = query.column
    return (select(clients.c.id, clients.c.code, clients.c.needs_attention, clients.c.is_private,
                   clients.c.name, clients.c.city, clients.c.phone, _curator.c.full_name,
                   _status.c.name, clients.c.changed_at, clients.c.files_count, col)
            .select_from(clients)
            .outerjoin(_curator, _curator.c.id == clients.c.curator_id)
            .outerjoin(_status, _status.c.id == clients.c.status_id)
            .where(query.where))


def _order(query: RegisterQuery, reverse: bool, walk_index: bool = True):
    """ORDER BY of the register's order. Without `walk_index` the same order is written as
    expressions (COALESCE(x, x) keeps x's type and collation), so Firebird sorts the few rows
    the WHERE finds by their keys instead of walking the sort index across the whole table
    until one of them turns up."""
    desc = query.descending != reverse
    col, rid = query.column, clients.c.id
    if not walk_index:
        col, rid = func.coalesce(col, col), func.coalesce(rid, rid)
    if query.sort == "code":       # unique: no tie-breaker needed
        return [col.desc() if desc else col.asc()]
    return [col.desc(), rid.desc()] if desc else [col.asc(), rid.asc()]


def bound(column, value: Any):
    """A value compared with a name column in that column's collation: the dialect casts bound
    parameters without one, and Firebird would then compare code points while the index and
    ORDER BY use UNICODE_CI_AI, and a keyset walk would skip or repeat rows."""
    collation = column.info.get("collation")
    return literal(value, type_=column.type).collate(collation) if collation else value


def _after(query: RegisterQuery, key: tuple[Any, int], reverse: bool, inclusive: bool = False,
           row: tuple[Any, Any] | None = None) -> ColumnElement[bool]:
    """Rows after `key` in the query's order (before it when `reverse`; the key's own row too
    when `inclusive`). `row` replaces the table's (column, ID) by other expressions, which
    turns the condition into a comparison of two keys.

    Firebird puts NULLs first in ascending and last in descending order; the bound on the
    column itself (>= / <=) is what lets the index walk start at the key."""
    raw, row_id = key
    col, rid = row or (query.column, clients.c.id)
    # "ID + 0" keeps the tie-break out of index selection: otherwise Firebird ORs a range on the
    # (column, ID) index with one on the primary key, and its ">" range on a compound key with
    # an ICU collation drops values that extend the bound ("Клинцы" after "Клин")
    rid = rid + 0
    value = None if raw is None else bound(query.column, raw)
    forward = query.descending == reverse      # walking in ascending column order
    later = (rid >= row_id) if inclusive else (rid > row_id)
    earlier = (rid <= row_id) if inclusive else (rid < row_id)
    if query.sort == "code":
        return (col >= value if inclusive else col > value) if forward else (col <= value if inclusive else col < value)
    if forward:
        if value is None:
            return or_(and_(col.is_(None), later), col.is_not(None))
        return and_(col >= value, or_(col > value, later))
    if value is None:
        return and_(col.is_(None), earlier)
    return or_(and_(col <= value, or_(col < value, earlier)), col.is_(None))


def _rows(conn: Connection, stmt) -> list[RegisterRow]:
    return [RegisterRow(r[0], r[1], bool(r[2]), bool(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11])
            for r in conn.execute(stmt)]


def window(conn: Connection, query: RegisterQuery, size: int,
           after: tuple[Any, int] | None = None) -> list[RegisterRow]:
    """The first `size` rows, or the `size` rows following the row with key `after`."""
    stmt = _base(query).order_by(*_order(query, False)).limit(size)
    if after is not None:
        stmt = stmt.where(_after(query, after, False))
    return _rows(conn, stmt)


def window_before(conn: Connection, query: RegisterQuery, size: int,
                  before: tuple[Any, int] | None = None) -> list[RegisterRow]:
    """The `size` rows preceding the row with key `before` (the last rows when None), in order."""
    stmt = _base(query).order_by(*_order(query, True)).limit(size)
    if before is not None:
        stmt = stmt.where(_after(query, before, True))
    return list(reversed(_rows(conn, stmt)))


def window_at(conn: Connection, query: RegisterQuery, offset: int, size: int) -> list[RegisterRow]:
    """Rows from position `offset`: for a jump of the scroll bar, where no neighbour key is known."""
    stmt = _base(query).order_by(*_order(query, False)).limit(size).offset(offset)
    return _rows(conn, stmt)


def count(conn: Connection, query: RegisterQuery) -> int:
    return conn.execute(select(func.count()).select_from(clients).where(query.where)).scalar_one()


def id_span(conn: Connection) -> tuple[int, int] | None:
    """(lowest, highest) client ID ever given: the range a random sample of the register is
    drawn from (MIN walks the primary key; the generator's value is the highest ID given,
    where MAX would read the whole ascending index)."""
    low = conn.execute(select(func.min(clients.c.id)).execution_options(**ACROSS_ALL_CLIENTS)).scalar()
    if low is None:
        return None
    high = conn.execute(select(func.gen_id(literal_column(generator_name("CLIENTS")), 0))
                        .select_from(text("RDB$DATABASE"))).scalar_one()
    return int(low), max(int(high), int(low))


def sample(conn: Connection, query: RegisterQuery, ids: list[int]) -> list[tuple[Any, int]]:
    """Keys of those of the given IDs that the view shows, in the view's order: primary-key
    lookups, a few milliseconds whatever the size of the register."""
    stmt = (select(query.column, clients.c.id).where(clients.c.id.in_(ids), query.where)
            .order_by(*_order(query, False)))
    return [(r[0], r[1]) for r in conn.execute(stmt)]


def skeleton(conn: Connection, query: RegisterQuery, step: int) -> tuple[list[tuple[Any, int]], int]:
    """Every `step`-th key of the whole ordered view and the number of rows: one pass over the
    index, after which a position is a binary search plus a count of at most `step` rows."""
    keys: list[tuple[Any, int]] = []
    total = 0
    stmt = select(query.column, clients.c.id).where(query.where).order_by(*_order(query, False))
    for total, (value, row_id) in enumerate(conn.execute(stmt), start=1):
        if (total - 1) % step == 0:
            keys.append((value, row_id))
    return keys, total


def key_after(conn: Connection, query: RegisterQuery, a: tuple[Any, int], b: tuple[Any, int]) -> bool:
    """Does key `a` come after key `b` in the query's order (compared by Firebird, in the
    column's collation, which Python cannot reproduce)."""
    value = (bound(query.column, a[0]) if a[0] is not None and query.column.info.get("collation")
             else literal(a[0], type_=query.column.type))
    condition = _after(query, b, False, row=(value, literal(a[1])))
    stmt = select(case((condition, 1), else_=0)).select_from(text("RDB$DATABASE"))
    return bool(conn.execute(stmt).scalar_one())


def _collation_key(value: str) -> tuple[int, ...]:
    """An approximation of UNICODE_CI_AI (ICU root order at primary strength) in Python: case
    and accents dropped, then spaces < punctuation < symbols < digits < letters (Latin before
    Cyrillic), each class in code-point order. Good enough to place a scroll bar; what must be
    exact is still compared by Firebird."""
    weights = []
    for ch in unicodedata.normalize("NFD", value.casefold()):
        if unicodedata.combining(ch):
            continue
        kind = unicodedata.category(ch)[0]
        group = {"Z": 1, "P": 2, "S": 3, "N": 4, "L": 5}.get(kind)
        if group is not None:
            weights.append(group << 21 | ord(ch))
    return tuple(weights)


def order_key(query: RegisterQuery, key: tuple[Any, int]) -> tuple:
    """A Python value that sorts keys of the query's column ascending about as Firebird does
    (NULLs first, a collated column by an approximation of its collation, then the ID), for
    placing rows among sampled keys without asking the database."""
    value, row_id = key
    if value is None:
        return (0, (), row_id)
    if isinstance(value, str) and query.column.info.get("collation"):
        value = _collation_key(value)
    return (1, value, row_id)


def count_between(conn: Connection, query: RegisterQuery, start: tuple[Any, int], end: tuple[Any, int]) -> int:
    """Rows from `start` (included) up to `end` (excluded)."""
    stmt = (select(func.count()).select_from(clients)
            .where(query.where, _after(query, start, False, inclusive=True), _after(query, end, True)))
    return conn.execute(stmt).scalar_one()


def window_from(conn: Connection, query: RegisterQuery, start: tuple[Any, int], skip: int,
                size: int) -> list[RegisterRow]:
    """`size` rows beginning `skip` rows after the row with key `start`."""
    stmt = (_base(query).where(_after(query, start, False, inclusive=True))
            .order_by(*_order(query, False)).offset(skip).limit(size))
    return _rows(conn, stmt)


def count_before(conn: Connection, query: RegisterQuery, key: tuple[Any, int]) -> int:
    """Position of the row with `key`: the number of rows before it."""
    stmt = (select(func.count()).select_from(clients)
            .where(query.where, _after(query, key, True)))
    return conn.execute(stmt).scalar_one()


def key_of(conn: Connection, query: RegisterQuery, client_id: int) -> tuple[Any, int] | None:
    """The keyset key of a client inside the query, None when the query does not show it."""
    value = conn.execute(select(query.column).where(clients.c.id == client_id, query.where)).first()
    return None if value is None else (value[0], client_id)


def first_name_match(conn: Connection, query: RegisterQuery, typed: str) -> tuple[Any, int] | None:
    """Key of the first client (in name order) whose name is >= typed: the incremental search
    target ("наиболее точно соответствует"), found through the (NAME, ID) index."""
    stmt = (select(clients.c.name, clients.c.id).where(query.where, clients.c.name >= bound(clients.c.name, typed))
            .order_by(clients.c.name, clients.c.id).limit(1))
    row = conn.execute(stmt).first()
    if row is None:   # past the end: the last client
        stmt = select(clients.c.name, clients.c.id).where(query.where).order_by(
            clients.c.name.desc(), clients.c.id.desc()).limit(1)
        row = conn.execute(stmt).first()
    return None if row is None else (row[0], row[1])


PHONE_MATCH_LIMIT = 1500      # Firebird 2.5 takes at most 1500 values in one IN list


# the phone index joined to the clients by Shift+F, under its own name: a flexi-filter's phone
# condition (EXISTS over PHONE_INDEX) must still look at all phones of the client
_found_phone = phone_index.alias("found_phone")
PHONE_END = "phone_end"          # the parameter of Shift+F's statement: the digits reversed


def _phone_ends_with(digits_reversed: Any, phones: Any = phone_index) -> ColumnElement[bool]:
    """PHONE_INDEX rows of the phones ending in the digits (it keeps them reversed)."""
    return phones.c.digits_rev.op("STARTING WITH")(digits_reversed)


def phone_matches(digits_reversed: str) -> Select:
    """IDs of clients with a phone ending in the digits."""
    return (select(phone_index.c.client_id).distinct().where(_phone_ends_with(digits_reversed))
            .limit(PHONE_MATCH_LIMIT).execution_options(**ACROSS_ALL_CLIENTS))


def plan(conn: Connection, stmt: Select) -> str:
    """Firebird's plan of a statement (benchmarks print it, tests check index use)."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        return cursor.prep(str(stmt.compile(dialect=conn.dialect))).plan
    finally:
        cursor.close()


@dataclass(frozen=True)
class Match:
    """A client found by the extended search: what the dialog names and the row's key."""
    id: int
    name: str
    sort_value: Any


def next_match(conn: Connection, query: RegisterQuery, name_fragment: str | None,
               phone_digits_reversed: str | None, after: tuple[Any, int] | None) -> Match | None:
    """The next client in the register's order matching a fragment of the short or full name
    (CONTAINING: case-insensitive) or the end of any phone of the client or its contacts
    (PHONE_INDEX, indexed), after the row with key `after` ("Далее >>", REG-5). Only the
    name and the key are read (the window reads the rows around it). At a million clients
    Firebird answers a phone's end in half a millisecond, so the Python around the statement
    counts: one statement, built once per view, its scoped SQL cached (data/scope.py)."""
    if not name_fragment and not phone_digits_reversed:
        return None
    params: dict[str, str] | None = None
    if name_fragment:
        stmt = _name_or_phone_match(conn, query, name_fragment, phone_digits_reversed)
    else:
        # a phone alone (Shift+F): one statement from the phone index to its clients, the few
        # clients with such a number sorted by their keys. Both tables are client data, so
        # both are scoped; STARTING WITH walks the index with a parameter (LIKE ? || '%' read
        # all phones). A client with two such numbers comes twice with the same key, which
        # FIRST 1 and the strict "after" of the next search do not mind.
        stmt, params = query.phone_search(), {PHONE_END: phone_digits_reversed}
    if after is not None:
        stmt = stmt.where(_after(query, after, False))
    row = conn.execute(stmt, params).first()
    return None if row is None else Match(row[0], row[1], row[2])


def _phone_search(query: RegisterQuery) -> Select:
    """The first client in the query's order with a phone whose reversed digits start with
    the parameter PHONE_END."""
    digits = bindparam(PHONE_END, type_=phone_index.c.digits_rev.type)
    return (select(clients.c.id, clients.c.name, query.column)
            .select_from(_found_phone.join(clients, clients.c.id == _found_phone.c.client_id))
            .where(query.where, _phone_ends_with(digits, _found_phone))
            .order_by(*_order(query, False, walk_index=False)).limit(1))


def _name_or_phone_match(conn: Connection, query: RegisterQuery, name_fragment: str,
                         phone_digits_reversed: str | None) -> Select:
    """The first client matching the name fragment or the phone's end, the register's order
    walked by its index until one turns up."""
    conditions = [or_(*(c.op("CONTAINING")(name_fragment) for c in (clients.c.name, clients.c.full_name)))]
    if phone_digits_reversed:
        # the ids only narrow the scoped query below, so they are looked up across all clients
        ids = conn.execute(phone_matches(phone_digits_reversed)).scalars().all()
        if ids:
            conditions.append(clients.c.id.in_(ids))
    return (select(clients.c.id, clients.c.name, query.column).where(query.where, or_(*conditions))
            .order_by(*_order(query, False)).limit(1))

"""The warehouse as stored (WH-1 … WH-3): documents with lines (client data, scoped), and the
registers a posting writes (not client data: WH_POSTINGS and their lines, WH_BATCHES, WH_MOVES,
WH_BALANCES, WH_TOTALS, WH_RESERVES, WH_STATE).

Postings of one item and warehouse serialise on the WH_BALANCES row of the (item, warehouse,
legal entity), taken first by every posting and unposting that touches the key, in key order so
that two postings never wait for each other crosswise. Moves go in as EXECUTE BLOCKs (the bulk
loader's one way), so a posting of any size is a handful of round trips, and a re-post of a
million lines a few hundred.
"""
from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, RowMapping, and_, bindparam, delete, exists, func, insert, or_, select, text, update
from sqlalchemy.exc import DBAPIError

from crm_desktop.data.bulk import insert_blocks
from crm_desktop.data.documents import NumberBusy, next_number
from crm_desktop.data.schema import (clients, legal_entities, nomenclature, units, users, warehouses, wh_balances,
                                     wh_doc_lines, wh_docs, wh_moves, wh_posting_lines, wh_postings, wh_reserves,
                                     wh_state, wh_totals)
from crm_desktop.data.versioned import KINDS, is_conflict, update_versioned
from crm_desktop.domain.fifo import Batch, Document, Key, Kind, Line, Move

KINDS.update({wh_docs: "wh_doc"})
_UNIQUE_VIOLATION = 335544665
DOC_COLUMNS = ("doc_kind", "legal_entity_id", "warehouse_id", "client_id", "doc_time", "manager_id", "base_doc_id",
               "vat_mode", "amount", "vat_amount", "total", "notes", "order_id")
LINE_COLUMNS = ("line_no", "item_id", "warehouse_id", "incoming", "quantity", "price", "markup", "sale_price",
                "amount", "vat_rate", "vat_amount", "total", "base_line_id")
MOVE_COLUMNS = ("DOC_ID", "LINE_ID", "BATCH_ID", "ITEM_ID", "WAREHOUSE_ID", "LEGAL_ENTITY_ID", "DOC_TIME", "PERIOD",
                "QUANTITY", "COST")
POSTING_LINE_COLUMNS = ("LINE_ID", "DOC_ID", "DOC_TIME", "ITEM_ID", "WAREHOUSE_ID", "LEGAL_ENTITY_ID", "INCOMING",
                        "QUANTITY", "COST", "BASE_LINE_ID", "REMAINING", "UNIT_COST", "SIGNATURE")


class RegisterBusy(Exception):
    """Another workstation holds the stock of an item being posted: try again."""


@contextmanager
def conflicts_as_busy() -> Iterator[None]:
    """An update conflict or a lock wait that ran out inside the block becomes RegisterBusy:
    the caller retries the whole transaction, reading what the other one committed."""
    try:
        yield
    except DBAPIError as exc:
        if is_conflict(exc):
            raise RegisterBusy() from None
        raise


def period_of(moment: datetime | date) -> date:
    """The month whose WH_TOTALS row a move adds to."""
    return date(moment.year, moment.month, 1)


def warehouse_list(conn: Connection, active_only: bool) -> list[tuple[int, str]]:
    w = warehouses.c
    stmt = select(w.id, w.name).order_by(w.sort_order, w.name)
    if active_only:
        stmt = stmt.where(w.is_active == 1)
    return [(r[0], r[1]) for r in conn.execute(stmt)]


def save_warehouse(conn: Connection, warehouse_id: int | None, name: str) -> int:
    if warehouse_id is None:
        return conn.execute(insert(warehouses).values(name=name).returning(warehouses.c.id)).scalar_one()
    conn.execute(update(warehouses).where(warehouses.c.id == warehouse_id).values(name=name))
    return warehouse_id


# ---------------------------------------------------------------- documents (client data)

def insert_doc(conn: Connection, values: Mapping[str, Any], user_id: int) -> int:
    """A new document with the next number of its kind, legal entity and year."""
    year = values["doc_time"].year
    number = next_number(conn, values["doc_kind"], values["legal_entity_id"], year)
    row = {**{k: values.get(k) for k in DOC_COLUMNS}, "doc_year": year, "number_no": number, "doc_no": str(number)}
    return conn.execute(insert(wh_docs).values(**row).returning(wh_docs.c.id)).scalar_one()


def update_doc(conn: Connection, doc_id: int, values: Mapping[str, Any], expected_version: int | None) -> None:
    update_versioned(conn, wh_docs, doc_id, {k: values.get(k) for k in DOC_COLUMNS}, expected_version)


def replace_lines(conn: Connection, doc_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """The document's lines as given (their ids, in order); a posted document's lines are not
    replaced (the caller unposts first). Lines of a return or production that refer to other
    lines by position (`base_index`) get those lines' new ids."""
    conn.execute(delete(wh_doc_lines).where(wh_doc_lines.c.doc_id == doc_id))
    ids: list[int] = []
    for row in rows:
        values = {k: row.get(k) for k in LINE_COLUMNS}
        if row.get("base_index") is not None:
            values["base_line_id"] = ids[row["base_index"]]
        ids.append(conn.execute(insert(wh_doc_lines).values(doc_id=doc_id, **values)
                                .returning(wh_doc_lines.c.id)).scalar_one())
    return ids


def delete_doc(conn: Connection, doc_id: int) -> bool:
    return conn.execute(delete(wh_docs).where(wh_docs.c.id == doc_id)).rowcount == 1


def _posted(doc_id: Any) -> Any:
    return exists(select(wh_postings.c.doc_id).where(wh_postings.c.doc_id == doc_id))


def _reserved_until(doc_id: Any) -> Any:
    return select(func.max(wh_reserves.c.reserved_until)).where(wh_reserves.c.doc_id == doc_id).scalar_subquery()


def _doc_select() -> Any:
    d = wh_docs.c
    frm = (wh_docs.outerjoin(clients, clients.c.id == d.client_id).outerjoin(users, users.c.id == d.manager_id)
           .join(warehouses, warehouses.c.id == d.warehouse_id)
           .join(legal_entities, legal_entities.c.id == d.legal_entity_id))
    return select(wh_docs, clients.c.name.label("client_name"), users.c.full_name.label("manager_name"),
                  warehouses.c.name.label("warehouse_name"), legal_entities.c.short_name.label("legal_entity_name"),
                  _posted(d.id).label("posted"), _reserved_until(d.id).label("reserved_until")).select_from(frm)


def header(conn: Connection, doc_id: int) -> RowMapping | None:
    """The document with its names, whether posted and until when reserved (None: not the
    viewer's to see, or gone)."""
    return conn.execute(_doc_select().where(wh_docs.c.id == doc_id)).mappings().first()


def lines(conn: Connection, doc_id: int) -> list[RowMapping]:
    """Lines with the item's name, code, unit, and the cost posting found (NULL unposted)."""
    ln = wh_doc_lines.c
    cost = (select(func.sum(wh_moves.c.cost)).where(wh_moves.c.line_id == ln.id).scalar_subquery())
    stmt = (select(wh_doc_lines, nomenclature.c.name.label("item_name"), nomenclature.c.code.label("item_code"),
                   nomenclature.c.article.label("item_article"), units.c.name.label("unit_name"), cost.label("cost"))
            .select_from(wh_doc_lines.join(nomenclature, nomenclature.c.id == ln.item_id)
                         .outerjoin(units, units.c.id == nomenclature.c.unit_id))
            .where(ln.doc_id == doc_id).order_by(ln.line_no))
    return list(conn.execute(stmt).mappings())


@dataclass(frozen=True)
class JournalQuery:
    """"Журнал движения материалов" filters (None = any)."""
    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None
    warehouse_id: int | None = None
    client_id: int | None = None


def journal_window(conn: Connection, query: JournalQuery, after: tuple[datetime, int] | None,
                   size: int) -> list[RowMapping]:
    """One window of the movement journal, newest first: (time, id) below `after`."""
    d = wh_docs.c
    stmt = _doc_select()
    if query.date_from is not None:
        stmt = stmt.where(d.doc_time >= query.date_from)
    if query.date_to is not None:
        stmt = stmt.where(d.doc_time < datetime.combine(query.date_to + timedelta(days=1), time()))
    for column, value in ((d.doc_kind, query.kind), (d.warehouse_id, query.warehouse_id),
                          (d.client_id, query.client_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    if after is not None:
        stmt = stmt.where(d.doc_time <= after[0], or_(d.doc_time < after[0], d.id < after[1]))
    return list(conn.execute(stmt.order_by(d.doc_time.desc(), d.id.desc()).limit(size)).mappings())


# ---------------------------------------------------------------- registers

def state(conn: Connection) -> RowMapping:
    return conn.execute(select(wh_state).where(wh_state.c.id == 1)).mappings().one()


def lock_keys(conn: Connection, keys: Iterable[Key]) -> None:
    """Take the balance rows of `keys` (made when missing) until commit, in key order.
    RegisterBusy when another posting holds one past the lock timeout or made it first."""
    b = wh_balances.c
    try:
        for item, warehouse, entity in sorted(set(keys)):
            where = and_(b.item_id == item, b.warehouse_id == warehouse, b.legal_entity_id == entity)
            if conn.execute(update(wh_balances).where(where).values(quantity=b.quantity)).rowcount == 0:
                conn.execute(insert(wh_balances).values(item_id=item, warehouse_id=warehouse, legal_entity_id=entity))
    except DBAPIError as exc:
        if is_conflict(exc) or _UNIQUE_VIOLATION in getattr(exc.orig, "args", ())[2:3]:
            raise RegisterBusy() from None
        raise


_BATCH = wh_posting_lines.c


def _batch(r: Any) -> Batch:
    return Batch(r.line_id, r.doc_id, (r.item_id, r.warehouse_id, r.legal_entity_id), r.doc_time, r.quantity,
                 r.remaining, r.unit_cost)


def open_batches(conn: Connection, keys: Iterable[Key]) -> list[Batch]:
    """The batches of `keys` with something left, in FIFO order (the index's)."""
    c = _BATCH
    found: list[Batch] = []
    for item, warehouse, entity in sorted(set(keys)):
        stmt = (select(wh_posting_lines).where(c.item_id == item, c.warehouse_id == warehouse,
                                               c.legal_entity_id == entity, c.remaining > 0)
                .order_by(c.doc_time, c.line_id))
        found.extend(_batch(r) for r in conn.execute(stmt))
    return found


def batches_by_id(conn: Connection, ids: Iterable[int]) -> list[Batch]:
    wanted = sorted(set(ids))
    found: list[Batch] = []
    for start in range(0, len(wanted), 500):
        found.extend(_batch(r) for r in conn.execute(select(wh_posting_lines).where(
            _BATCH.line_id.in_(wanted[start:start + 500]), _BATCH.remaining.is_not(None))))
    return found


def taken_by(conn: Connection, line_ids: Iterable[int]) -> list[tuple[int, int, Decimal]]:
    """(outgoing line, batch, quantity it took less what returns brought back) of `line_ids`."""
    out: list[tuple[int, int, Decimal]] = []
    m, p = wh_moves.c, wh_posting_lines.c
    for line_id in sorted(set(line_ids)):
        returns = select(p.line_id).where(p.base_line_id == line_id)
        stmt = (select(m.batch_id, func.sum(m.quantity)).where(or_(m.line_id == line_id, m.line_id.in_(returns)))
                .group_by(m.batch_id).order_by(func.min(m.id)))
        out.extend((line_id, batch, -quantity) for batch, quantity in conn.execute(stmt))
    return out


def stock_at(conn: Connection, key: Key, moment: datetime) -> Decimal:
    """The quantity of `key` at `moment`: the months before from WH_TOTALS, the month itself
    from its moves (two indexed reads whatever the history's length)."""
    item, warehouse, entity = key
    t, m = wh_totals.c, wh_moves.c
    month = period_of(moment)
    before = select(func.coalesce(func.sum(t.quantity), 0)).where(
        t.item_id == item, t.warehouse_id == warehouse, t.legal_entity_id == entity, t.period < month)
    within = select(func.coalesce(func.sum(m.quantity), 0)).where(
        m.item_id == item, m.warehouse_id == warehouse, m.legal_entity_id == entity,
        m.doc_time >= datetime(month.year, month.month, 1), m.doc_time <= moment)
    return Decimal(conn.execute(before).scalar_one()) + Decimal(conn.execute(within).scalar_one())


def later_changes(conn: Connection, key: Key, moment: datetime) -> list[Decimal]:
    """The quantity changes of `key` after `moment`, in time order (none unless back-dated)."""
    m = wh_moves.c
    stmt = (select(func.sum(m.quantity)).where(m.item_id == key[0], m.warehouse_id == key[1],
                                               m.legal_entity_id == key[2], m.doc_time > moment)
            .group_by(m.doc_time).order_by(m.doc_time))
    return [Decimal(v) for v in conn.execute(stmt).scalars()]


def reserved(conn: Connection, keys: Iterable[Key], now: datetime,
             except_doc: int | Collection[int] | None) -> dict[Key, Decimal]:
    """What live reservations of other documents hold of `keys` (`except_doc`: the document,
    or the documents, whose own reservations do not count)."""
    r = wh_reserves.c
    own = [except_doc] if isinstance(except_doc, int) else sorted(except_doc or ())
    out: dict[Key, Decimal] = {}
    for key in sorted(set(keys)):
        stmt = select(func.coalesce(func.sum(r.quantity), 0)).where(
            r.item_id == key[0], r.warehouse_id == key[1], r.legal_entity_id == key[2], r.reserved_until > now)
        if own:
            stmt = stmt.where(r.doc_id.not_in(own))
        out[key] = Decimal(conn.execute(stmt).scalar_one())
    return out


def balances(conn: Connection, item_ids: Iterable[int], warehouse_id: int, legal_entity_id: int) -> dict[int, Decimal]:
    """The quantity now (WH_BALANCES) of the given items only, in one warehouse for one legal
    entity; an item without a balance row has none and is left out."""
    b = wh_balances.c
    items = sorted(set(item_ids))
    out: dict[int, Decimal] = {}
    for start in range(0, len(items), 500):
        stmt = select(b.item_id, b.quantity).where(b.warehouse_id == warehouse_id, b.legal_entity_id == legal_entity_id,
                                                   b.item_id.in_(items[start:start + 500]))
        out.update({r.item_id: Decimal(r.quantity) for r in conn.execute(stmt)})
    return out


def reserve(conn: Connection, doc: Document, until: datetime) -> None:
    conn.execute(delete(wh_reserves).where(wh_reserves.c.doc_id == doc.doc_id))
    rows = [{"line_id": ln.line_id, "doc_id": doc.doc_id, "item_id": ln.item_id, "warehouse_id": ln.warehouse_id,
             "legal_entity_id": doc.legal_entity_id, "quantity": ln.quantity, "reserved_until": until}
            for ln in doc.lines if not ln.incoming]
    if rows:
        conn.execute(insert(wh_reserves), rows)


def release(conn: Connection, doc_id: int) -> bool:
    return conn.execute(delete(wh_reserves).where(wh_reserves.c.doc_id == doc_id)).rowcount > 0


def release_expired(conn: Connection, now: datetime) -> int:
    return conn.execute(delete(wh_reserves).where(wh_reserves.c.reserved_until <= now)).rowcount


def _execute_blocks(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    blocks, by_parameters, statement = insert_blocks(table, columns, rows)
    for block in blocks:
        conn.exec_driver_sql(block.decode())
    if by_parameters:
        conn.exec_driver_sql(statement, [tuple(r) for r in by_parameters])


def _move_rows(moves: Iterable[Move]) -> Iterator[tuple]:
    for m in moves:
        yield (m.doc_id, m.line_id, m.batch_id, *m.key, m.moment, period_of(m.moment), m.quantity, m.cost)


def write_moves(conn: Connection, moves: Sequence[Move]) -> None:
    _execute_blocks(conn, "WH_MOVES", MOVE_COLUMNS, _move_rows(moves))


def set_remaining(conn: Connection, batches: Iterable[Batch]) -> None:
    """What is left of `batches` (and their unit cost, which a product's components decide)."""
    rows = [{"b_id": b.line_id, "b_left": b.remaining, "b_cost": b.unit_cost} for b in batches]
    if rows:
        c = _BATCH
        conn.execute(update(wh_posting_lines).where(c.line_id == bindparam("b_id"))
                     .values(remaining=bindparam("b_left"), unit_cost=bindparam("b_cost")), rows)


_KEY_PARAMS = "CAST(:i AS INTEGER) I, CAST(:w AS INTEGER) W, CAST(:e AS INTEGER) E"
_SUMS = "CAST(:q AS NUMERIC(18, 3)) Q, CAST(:c AS NUMERIC(18, 2)) C"
_ADD_TO_BALANCE = text(
    f"MERGE INTO WH_BALANCES t USING (SELECT {_KEY_PARAMS}, {_SUMS} FROM RDB$DATABASE) s "
    "ON t.ITEM_ID = s.I AND t.WAREHOUSE_ID = s.W AND t.LEGAL_ENTITY_ID = s.E "
    "WHEN MATCHED THEN UPDATE SET QUANTITY = t.QUANTITY + s.Q, COST = t.COST + s.C "
    "WHEN NOT MATCHED THEN INSERT (ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, QUANTITY, COST) "
    "VALUES (s.I, s.W, s.E, s.Q, s.C)")
_ADD_TO_TOTAL = text(
    f"MERGE INTO WH_TOTALS t USING (SELECT {_KEY_PARAMS}, CAST(:p AS DATE) P, {_SUMS} FROM RDB$DATABASE) s "
    "ON t.ITEM_ID = s.I AND t.WAREHOUSE_ID = s.W AND t.LEGAL_ENTITY_ID = s.E AND t.PERIOD = s.P "
    "WHEN MATCHED THEN UPDATE SET QUANTITY = t.QUANTITY + s.Q, COST = t.COST + s.C "
    "WHEN NOT MATCHED THEN INSERT (ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, PERIOD, QUANTITY, COST) "
    "VALUES (s.I, s.W, s.E, s.P, s.Q, s.C)")


def add_to_totals(conn: Connection, moves: Iterable[Move]) -> None:
    """Balances and month totals += the moves, one prepared MERGE each for all the rows (the
    keys are locked by the caller, or a re-post holds every posting off)."""
    by_key: dict[Key, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    by_period: dict[tuple[Key, date], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for m in moves:
        for sums in (by_key[m.key], by_period[(m.key, period_of(m.moment))]):
            sums[0] += m.quantity
            sums[1] += m.cost
    balances = [{"i": k[0], "w": k[1], "e": k[2], "q": q, "c": c} for k, (q, c) in by_key.items() if q or c]
    totals = [{"i": k[0], "w": k[1], "e": k[2], "p": p, "q": q, "c": c} for (k, p), (q, c) in by_period.items()
              if q or c]
    if balances:
        conn.execute(_ADD_TO_BALANCE, balances)
    if totals:
        conn.execute(_ADD_TO_TOTAL, totals)


def record_posting(conn: Connection, doc: Document, ledger_batches: Mapping[int, Batch],
                   signatures: Mapping[int, int]) -> None:
    """The document among the posted ones, its lines as posted: a line that made a batch with
    what is left of it, every line with the signature of its moves."""
    conn.execute(insert(wh_postings).values(doc_id=doc.doc_id, doc_kind=doc.kind.value, doc_time=doc.moment,
                                            legal_entity_id=doc.legal_entity_id))
    rows = []
    for ln in doc.lines:
        batch = ledger_batches.get(ln.line_id)
        rows.append((ln.line_id, doc.doc_id, doc.moment, ln.item_id, ln.warehouse_id, doc.legal_entity_id,
                     int(ln.incoming), ln.quantity, ln.cost, ln.base_line_id, batch.remaining if batch else None,
                     batch.unit_cost if batch else None, signatures.get(ln.line_id)))
    _execute_blocks(conn, "WH_POSTING_LINES", POSTING_LINE_COLUMNS, rows)


def posted_document(conn: Connection, doc_id: int) -> Document | None:
    """The document as it was posted (None: not posted)."""
    head = conn.execute(select(wh_postings).where(wh_postings.c.doc_id == doc_id)).first()
    if head is None:
        return None
    p = wh_posting_lines.c
    rows = conn.execute(select(wh_posting_lines).where(p.doc_id == doc_id).order_by(p.line_id))
    return Document(doc_id, Kind(head.doc_kind), head.doc_time, head.legal_entity_id, tuple(_line(r) for r in rows))


def _line(r: Any) -> Line:
    return Line(r.line_id, r.item_id, r.warehouse_id, r.quantity, bool(r.incoming), r.cost, r.base_line_id)


def moves_of(conn: Connection, doc_id: int) -> list[Move]:
    m = wh_moves.c
    rows = conn.execute(select(wh_moves).where(m.doc_id == doc_id).order_by(m.id))
    return [_move(r) for r in rows]


def _move(r: Any) -> Move:
    return Move(r.doc_id, r.line_id, r.batch_id, (r.item_id, r.warehouse_id, r.legal_entity_id), r.doc_time,
                r.quantity, r.cost)


def moves_of_lines(conn: Connection, line_ids: Sequence[int]) -> list[Move]:
    """The stored moves of `line_ids` (what a re-post replaces), in the order they were made."""
    found: list[Move] = []
    m = wh_moves.c
    for start in range(0, len(line_ids), 500):
        found.extend(_move(r) for r in conn.execute(select(wh_moves).where(
            m.line_id.in_(line_ids[start:start + 500])).order_by(m.id)))
    return found


def delete_moves_of_lines(conn: Connection, line_ids: Sequence[int]) -> None:
    for start in range(0, len(line_ids), 500):
        conn.execute(delete(wh_moves).where(wh_moves.c.line_id.in_(line_ids[start:start + 500])))


def erase_posting(conn: Connection, doc_id: int) -> None:
    """The document's rows in the registers, except balances and totals (the caller subtracts)."""
    conn.execute(delete(wh_moves).where(wh_moves.c.doc_id == doc_id))
    conn.execute(delete(wh_posting_lines).where(wh_posting_lines.c.doc_id == doc_id))
    conn.execute(delete(wh_postings).where(wh_postings.c.doc_id == doc_id))


def add_to_remaining(conn: Connection, changes: Mapping[int, Decimal]) -> None:
    """Batch → quantity to add to what is left of it (batches gone meanwhile are skipped)."""
    rows = [{"b_id": b, "b_add": q} for b, q in changes.items() if q]
    if rows:
        c = _BATCH
        conn.execute(update(wh_posting_lines).where(c.line_id == bindparam("b_id"))
                     .values(remaining=c.remaining + bindparam("b_add")), rows)


def has_later_moves(conn: Connection, keys: Iterable[Key], moment: datetime, doc_id: int) -> bool:
    """Whether other documents moved `keys` at or after `moment` (this one is back-dated)."""
    m = wh_moves.c
    for item, warehouse, entity in set(keys):
        stmt = select(m.id).where(m.item_id == item, m.warehouse_id == warehouse, m.legal_entity_id == entity,
                                  m.doc_time >= moment, m.doc_id != doc_id).limit(1)
        if conn.execute(stmt).first() is not None:
            return True
    return False


def mark_actuality(conn: Connection, moment: datetime) -> None:
    """The registers may be wrong from `moment` on (the earliest such moment is kept)."""
    s = wh_state.c
    conn.execute(update(wh_state).where(s.id == 1, or_(s.actual_from.is_(None), s.actual_from > moment))
                 .values(actual_from=moment))


def stock_list(conn: Connection, moment: datetime | None, warehouse_id: int | None,
               legal_entity_id: int | None) -> list[RowMapping]:
    """Stock per item × warehouse × legal entity now (WH_BALANCES) or at `moment` (month totals
    before it plus that month's moves), rows with a quantity only, by item name."""
    key_names = ("item_id", "warehouse_id", "legal_entity_id")
    if moment is None:
        b = wh_balances.c
        base = select(*(b[k] for k in key_names), b.quantity, b.cost).where(b.quantity != 0)
        if warehouse_id is not None:
            base = base.where(b.warehouse_id == warehouse_id)
        if legal_entity_id is not None:
            base = base.where(b.legal_entity_id == legal_entity_id)
        rows = [(tuple(r[:3]), r[3], r[4]) for r in conn.execute(base)]
    else:
        month = period_of(moment)
        sums: dict[tuple, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
        t, m = wh_totals.c, wh_moves.c
        before = select(*(t[k] for k in key_names), func.sum(t.quantity), func.sum(t.cost)).where(t.period < month)
        within = select(*(m[k] for k in key_names), func.sum(m.quantity), func.sum(m.cost)).where(
            m.doc_time >= datetime(month.year, month.month, 1), m.doc_time <= moment)
        for stmt, c in ((before, t), (within, m)):
            if warehouse_id is not None:
                stmt = stmt.where(c.warehouse_id == warehouse_id)
            if legal_entity_id is not None:
                stmt = stmt.where(c.legal_entity_id == legal_entity_id)
            for r in conn.execute(stmt.group_by(*(c[k] for k in key_names))):
                sums[tuple(r[:3])][0] += r[3]
                sums[tuple(r[:3])][1] += r[4]
        rows = [(k, v[0], v[1]) for k, v in sums.items() if v[0] != 0]
    return _named_stock(conn, rows)


def _named_stock(conn: Connection, rows: list[tuple[tuple, Decimal, Decimal]]) -> list[RowMapping]:
    items = sorted({r[0][0] for r in rows})
    names: dict[int, Any] = {}
    n = nomenclature.c
    for start in range(0, len(items), 500):
        stmt = (select(n.id, n.name, n.code, n.article, units.c.name.label("unit_name"))
                .select_from(nomenclature.outerjoin(units, units.c.id == n.unit_id))
                .where(n.id.in_(items[start:start + 500])))
        names.update({r.id: r for r in conn.execute(stmt)})
    stores = dict(conn.execute(select(warehouses.c.id, warehouses.c.name)).all())
    out = [{"item_id": k[0], "warehouse_id": k[1], "legal_entity_id": k[2], "quantity": q, "cost": c,
            "item_name": names[k[0]].name if k[0] in names else "", "code": getattr(names.get(k[0]), "code", None),
            "unit_name": getattr(names.get(k[0]), "unit_name", None), "warehouse_name": stores.get(k[1], "")}
           for k, q, c in rows]
    return sorted(out, key=lambda r: (r["item_name"].lower(), r["warehouse_name"], r["legal_entity_id"]))  # type: ignore[return-value]


def item_moves(conn: Connection, item_id: int, limit: int = 1000) -> list[RowMapping]:
    """"Справка о движениях": the item's moves, newest first, with their documents' numbers.
    WH_DOCS is joined, so the access scope (in Python embedded, the access view on a server)
    leaves out the move of a document the viewer may not see (another manager's private
    client) in both modes, number and all."""
    m, p, d = wh_moves.c, wh_postings.c, wh_docs.c
    stmt = (select(m.doc_id, p.doc_kind, d.doc_no, m.doc_time, m.warehouse_id,
                   warehouses.c.name.label("warehouse_name"), m.legal_entity_id,
                   func.sum(m.quantity).label("quantity"), func.sum(m.cost).label("cost"))
            .select_from(wh_moves.join(wh_postings, p.doc_id == m.doc_id)
                         .join(warehouses, warehouses.c.id == m.warehouse_id)
                         .join(wh_docs, d.id == m.doc_id))
            .where(m.item_id == item_id)
            .group_by(m.doc_id, p.doc_kind, d.doc_no, m.doc_time, m.warehouse_id, warehouses.c.name,
                      m.legal_entity_id)
            .order_by(m.doc_time.desc(), m.doc_id.desc()).limit(limit))
    return list(conn.execute(stmt).mappings())


__all__ = ["NumberBusy", "RegisterBusy"]

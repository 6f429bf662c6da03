"""SQL of the warehouse reports («Отчёты – Склад», services/reports/stock.py): balances now and
at a date, the turnover sheet, the movements of goods and the margin reports.

Every report is one statement that aggregates in the database and streams its rows (the
caller walks the generator inside its read transaction), so a history of a million moves is
read once, never item by item.

The balances and the turnover read the registers only (WH_BALANCES, WH_POSTING_LINES,
WH_TOTALS, WH_MOVES, WH_RESERVES): they are not client data, so every reader gets the
warehouse's figures. The movements and margins join WH_DOCS (and its lines), which the access
scope restricts (data/scope.py): a reader never sees a line of a document hidden from them."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Numeric, RowMapping, Select, and_, case, cast, func, literal, or_, select, union_all

from crm_desktop.data.schema import (clients, legal_entities, nomenclature, units, users, warehouses, wh_balances,
                                     wh_doc_lines, wh_docs, wh_moves, wh_posting_lines, wh_reserves, wh_totals)
from crm_desktop.data.warehouse import period_of

KEY = ("item_id", "warehouse_id", "legal_entity_id")
STREAM = {"yield_per": 2000}
QTY, MONEY = Numeric(18, 3), Numeric(18, 2)
BATCH_COST = Numeric(18, 7)        # what is left of a batch (3 places) × its unit cost (4 places)


@dataclass(frozen=True)
class StockFilter:
    """What the reader narrowed the report to (None: any). `group_ids`: the chosen goods group
    with its subgroups; `item`: an item's code or a part of its name."""
    warehouse_id: int | None = None
    legal_entity_id: int | None = None
    group_ids: tuple[int, ...] | None = None
    item: str = ""


@dataclass(frozen=True)
class DocFilter:
    """The documents a movement or margin report reads: their period (whole days) and whose."""
    date_from: date
    date_to: date
    manager_id: int | None = None
    client_id: int | None = None

    @property
    def start(self) -> datetime:
        return datetime.combine(self.date_from, time())

    @property
    def end(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.date_to + timedelta(days=1), time())


def _keyed(stmt: Select, c: Any, f: StockFilter) -> Select:
    """A register's rows narrowed to the warehouse and legal entity asked for."""
    if f.warehouse_id is not None:
        stmt = stmt.where(c.warehouse_id == f.warehouse_id)
    if f.legal_entity_id is not None:
        stmt = stmt.where(c.legal_entity_id == f.legal_entity_id)
    return stmt


def _items(stmt: Select, f: StockFilter) -> Select:
    """Narrowed to the goods group (with subgroups) and the item asked for."""
    n = nomenclature.c
    if f.group_ids is not None:
        stmt = stmt.where(n.group_id.in_(f.group_ids))
    if f.item:
        stmt = stmt.where(or_(n.code == f.item, n.name.contains(f.item, autoescape=True)))
    return stmt


def _named(sums: Any, f: StockFilter, *columns: Any) -> Select:
    """Per-key sums (a derived table with the KEY columns) with the item's name, code and unit,
    the warehouse's and the legal entity's names, by warehouse, then item."""
    n, w, e = nomenclature.c, warehouses.c, legal_entities.c
    frm = (sums.join(nomenclature, n.id == sums.c.item_id).outerjoin(units, units.c.id == n.unit_id)
           .join(warehouses, w.id == sums.c.warehouse_id).join(legal_entities, e.id == sums.c.legal_entity_id))
    stmt = (select(*(sums.c[k] for k in KEY), n.name.label("item"), n.code.label("code"), units.c.name.label("unit"),
                   w.name.label("warehouse"), e.short_name.label("entity"), *columns)
            .select_from(frm).order_by(w.name, w.id, n.name, n.id, e.short_name, e.id))
    return _items(stmt, f)


def _stream(conn: Connection, stmt: Any) -> Iterator[RowMapping]:
    yield from conn.execute(stmt.execution_options(**STREAM)).mappings()


def _zero(kind: Numeric) -> Any:
    return cast(literal(0), kind)


def _summed(parts: Sequence[Select], names: Sequence[str], nonzero: Sequence[str] = ()) -> Any:
    """The rows of `parts` (each: the KEY columns, then `names` in order) summed per key, as a
    derived table; `nonzero`: keep the keys where one of these sums is not zero. One sort of
    the union, never an index walked row by row (Firebird would read a key's index order
    fetching every record at random, seconds per million)."""
    rows = union_all(*parts).subquery("s")
    stmt = (select(*(rows.c[k] for k in KEY), *(func.sum(rows.c[n]).label(n) for n in names))
            .group_by(*(rows.c[k] for k in KEY)))
    if nonzero:
        stmt = stmt.having(or_(*(func.sum(rows.c[n]) != 0 for n in nonzero)))
    return stmt.subquery("g")


def balances_now(conn: Connection, f: StockFilter, now: datetime, nonzero: bool) -> Iterator[RowMapping]:
    """«Складские остатки»: per item × warehouse × legal entity the quantity now
    (WH_BALANCES), what live reservations hold of it, and its cost as what is left of its
    FIFO batches at their unit costs."""
    b, p, r = wh_balances.c, wh_posting_lines.c, wh_reserves.c
    q0, c0 = _zero(QTY), _zero(BATCH_COST)
    parts = [_keyed(select(*(b[k] for k in KEY), b.quantity.label("quantity"), q0.label("reserved"),
                           c0.label("cost")), b, f),
             _keyed(select(*(r[k] for k in KEY), q0, r.quantity, c0).where(r.reserved_until > now), r, f),
             _keyed(select(*(p[k] for k in KEY), q0, q0, cast(p.remaining * p.unit_cost, BATCH_COST))
                    .where(p.remaining > 0), p, f)]
    sums = _summed(parts, ("quantity", "reserved", "cost"), ("quantity",) if nonzero else ())
    return _stream(conn, _named(sums, f, sums.c.quantity, sums.c.reserved, sums.c.cost))


def balances_at(conn: Connection, f: StockFilter, moment: datetime, nonzero: bool) -> Iterator[RowMapping]:
    """«Складские остатки на дату»: per key the month totals before `moment`'s month plus that
    month's moves up to `moment` (data/warehouse.stock_at for every key in one statement)."""
    month = period_of(moment)
    t, m = wh_totals.c, wh_moves.c
    before = _keyed(select(*(t[k] for k in KEY), t.quantity.label("quantity"), t.cost.label("cost"))
                    .where(t.period < month), t, f)
    within = _keyed(select(*(m[k] for k in KEY), m.quantity, m.cost)
                    .where(m.doc_time >= datetime.combine(month, time()), m.doc_time <= moment), m, f)
    sums = _summed((before, within), ("quantity", "cost"), ("quantity",) if nonzero else ())
    return _stream(conn, _named(sums, f, sums.c.quantity, sums.c.cost))


TURNOVER = ("oq", "oc", "iq", "ic", "xq", "xc")


def turnover(conn: Connection, f: StockFilter, date_from: date, date_to: date) -> Iterator[RowMapping]:
    """«Оборотно-сальдовая ведомость»: per key the balance before the period (month totals and
    the moves of the first month before it), what came in and what went out within it
    (quantity and cost), for the keys with any of them."""
    start = datetime.combine(date_from, time())
    end = datetime.combine(date_to + timedelta(days=1), time())
    month = period_of(date_from)
    t, m = wh_totals.c, wh_moves.c
    q0, c0 = _zero(QTY), _zero(MONEY)
    opening_totals = _keyed(select(*(t[k] for k in KEY), t.quantity.label("oq"), t.cost.label("oc"), q0.label("iq"),
                                   c0.label("ic"), q0.label("xq"), c0.label("xc")).where(t.period < month), t, f)
    opening_moves = _keyed(select(*(m[k] for k in KEY), m.quantity, m.cost, q0, c0, q0, c0)
                           .where(m.doc_time >= datetime.combine(month, time()), m.doc_time < start), m, f)
    incoming = m.quantity > 0
    period = _keyed(select(*(m[k] for k in KEY), q0, c0,
                           case((incoming, m.quantity), else_=q0), case((incoming, m.cost), else_=c0),
                           case((incoming, q0), else_=-m.quantity), case((incoming, c0), else_=-m.cost))
                    .where(m.doc_time >= start, m.doc_time < end), m, f)
    sums = _summed((opening_totals, opening_moves, period), TURNOVER, ("oq", "oc", "iq", "xq"))
    return _stream(conn, _named(sums, f, *(sums.c[name] for name in TURNOVER)))


def _documents(stmt: Select, d: Any, f: DocFilter) -> Select:
    stmt = stmt.where(d.doc_time >= f.start, d.doc_time < f.end)
    if f.manager_id is not None:
        stmt = stmt.where(d.manager_id == f.manager_id)
    if f.client_id is not None:
        stmt = stmt.where(d.client_id == f.client_id)
    return stmt


def _with_parties(frm: Any) -> Any:
    """… with the document's client and manager (the client joined to the document, so the
    scope of the document decides; data/scope._client_of_left_rows)."""
    d = wh_docs.c
    return frm.outerjoin(clients, clients.c.id == d.client_id).outerjoin(users, users.c.id == d.manager_id)


def movements(conn: Connection, f: StockFilter, docs: DocFilter) -> Iterator[RowMapping]:
    """«Отчет о движениях товара»: the posted lines (WH_POSTING_LINES) of the documents of
    the period the reader may see, in time order."""
    p, d, n = wh_posting_lines.c, wh_docs.c, nomenclature.c
    # the documents first, joined outward and ordered by IX_WH_DOCS_TIME alone: Firebird walks
    # that index, so the first page streams before the millionth line is read (no sort); a
    # document's lines follow in the order they were posted
    frm = _with_parties(wh_docs.outerjoin(wh_posting_lines, p.doc_id == d.id)
                        .outerjoin(nomenclature, n.id == p.item_id).outerjoin(units, units.c.id == n.unit_id)
                        .outerjoin(warehouses, warehouses.c.id == p.warehouse_id))
    stmt = (select(d.doc_time, d.doc_kind, d.doc_no, n.name.label("item"), units.c.name.label("unit"),
                   warehouses.c.name.label("warehouse"), p.incoming, p.quantity,
                   clients.c.name.label("client"), users.c.full_name.label("manager"))
            .select_from(frm).where(p.doc_id.isnot(None)).order_by(d.doc_time, d.id))
    return _stream(conn, _items(_keyed(_documents(stmt, d, docs), p, f), f))


SOLD = ("expense", "return")


def _sales(f: StockFilter, docs: DocFilter, *columns: Any) -> tuple[Select, Any]:
    """The sold lines of the period (an expense's lines, and a return's as sold back) with the
    cost their moves wrote off (a return's moves bring it back): the moves of the period summed
    per line first, then joined to the lines, so the moves are read once through their time
    index. Returns the statement and the signed expressions (quantity, sum without VAT, cost)."""
    m, ln, d, n = wh_moves.c, wh_doc_lines.c, wh_docs.c, nomenclature.c
    moved = (select(m.line_id, func.sum(m.cost).label("cost"))
             .where(m.doc_time >= docs.start, m.doc_time < docs.end).group_by(m.line_id).subquery("mc"))
    frm = _with_parties(moved.join(wh_doc_lines, ln.id == moved.c.line_id).join(wh_docs, d.id == ln.doc_id)
                        .join(nomenclature, n.id == ln.item_id).outerjoin(units, units.c.id == n.unit_id))
    sign = case((d.doc_kind == "return", -1), else_=1)
    signed = (sign * ln.quantity, sign * (ln.total - ln.vat_amount), -moved.c.cost)
    stmt = (select(*columns).select_from(frm)
            .where(or_(and_(d.doc_kind == "expense", ln.incoming == 0), and_(d.doc_kind == "return", ln.incoming == 1))))
    stmt = _documents(stmt, d, docs)
    if f.warehouse_id is not None:
        stmt = stmt.where(ln.warehouse_id == f.warehouse_id)
    if f.legal_entity_id is not None:
        stmt = stmt.where(d.legal_entity_id == f.legal_entity_id)
    return _items(stmt, f), signed


def margin_lines(conn: Connection, f: StockFilter, docs: DocFilter) -> Iterator[RowMapping]:
    """«Маржинальный отчет (детализированный)»: one row per sold line, returns negative."""
    d, ln = wh_docs.c, wh_doc_lines.c
    stmt, (quantity, amount, cost) = _sales(f, docs)
    stmt = stmt.add_columns(d.doc_time, d.doc_kind, d.doc_no, nomenclature.c.name.label("item"),
                            units.c.name.label("unit"), clients.c.name.label("client"),
                            users.c.full_name.label("manager"), quantity.label("quantity"), amount.label("amount"),
                            cost.label("cost")).order_by(d.doc_time, d.id, ln.line_no)
    return _stream(conn, stmt)


def margin_by_client(conn: Connection, f: StockFilter, docs: DocFilter) -> Iterator[RowMapping]:
    """«Маржинальный отчет (сводный)»: the sold lines summed per client and item, by client.
    Grouped by the ids (the names ride along as MAX; grouping by the names sorted every line on
    their collation keys, a sixth slower at a million moves), then the groups sorted by name."""
    d, n, c = wh_docs.c, nomenclature.c, clients.c
    stmt, (quantity, amount, cost) = _sales(f, docs)
    client, item = func.max(c.name), func.max(n.name)
    stmt = (stmt.add_columns(d.client_id, client.label("client"), n.id.label("item_id"), item.label("item"),
                             func.max(units.c.name).label("unit"), func.sum(quantity).label("quantity"),
                             func.sum(amount).label("amount"), func.sum(cost).label("cost"))
            .group_by(d.client_id, n.id).order_by(client, d.client_id, item, n.id))
    return _stream(conn, stmt)


__all__: Sequence[str] = ("StockFilter", "DocFilter", "balances_now", "balances_at", "turnover", "movements",
                          "margin_lines", "margin_by_client")

"""Cash accounting as stored (CASH-1): the cash desks, the cash orders (ПКО and РКО; client
data through CLIENT_ID, scoped by data/scope.py like every document) and CASH_BALANCES, the
register of money per cash desk × legal entity.

A posting or unposting takes the balance row of its (desk, legal entity) first and holds it
until commit (UPDATE … SET AMOUNT = AMOUNT, the row made when missing), then reads the balance
it holds, so two workstations paying out of one desk at once never both take the last money:
the second waits for the first and reads what it left.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, RowMapping, and_, case, delete, func, insert, or_, select, update
from sqlalchemy.exc import DBAPIError

from crm_desktop.data.documents import next_number
from crm_desktop.data.schema import cash_balances, cash_desks, cash_moves, cash_orders, clients, legal_entities, users
from crm_desktop.data.scope import ACROSS_ALL_CLIENTS
from crm_desktop.data.versioned import KINDS, is_conflict, update_versioned
from crm_desktop.data.warehouse import RegisterBusy

KINDS.update({cash_orders: "cash_order"})
_UNIQUE_VIOLATION = 335544665
ORDER_COLUMNS = ("kind", "desk_id", "legal_entity_id", "client_id", "doc_time", "amount", "person", "basis",
                 "manager_id", "wh_doc_id", "notes", "order_id")
RECEIPT, EXPENSE = 1, 2

__all__ = ["RegisterBusy"]


# ---------------------------------------------------------------- cash desks

def desk_list(conn: Connection, active_only: bool) -> list[RowMapping]:
    d = cash_desks.c
    stmt = select(d.id, d.name, d.legal_entity_id, d.is_active).order_by(d.name, d.id)
    if active_only:
        stmt = stmt.where(d.is_active == 1)
    return list(conn.execute(stmt).mappings())


def desk_named(conn: Connection, name: str) -> int | None:
    """The desk of that name (compared as the UNICODE_CI_AI column compares: case and accents
    aside), None when there is none."""
    return conn.execute(select(cash_desks.c.id).where(cash_desks.c.name == name)).scalars().first()


def save_desk(conn: Connection, desk_id: int | None, name: str) -> int:
    if desk_id is None:
        return conn.execute(insert(cash_desks).values(name=name).returning(cash_desks.c.id)).scalar_one()
    conn.execute(update(cash_desks).where(cash_desks.c.id == desk_id).values(name=name))
    return desk_id


# ---------------------------------------------------------------- orders (client data)

def insert_order(conn: Connection, values: Mapping[str, Any]) -> int:
    """A new order with the next number of its series (ПКО and РКО apart), legal entity and year."""
    row = {k: values.get(k) for k in ORDER_COLUMNS}
    row.update(_numbered(conn, values))
    return conn.execute(insert(cash_orders).values(**row).returning(cash_orders.c.id)).scalar_one()


def _numbered(conn: Connection, values: Mapping[str, Any]) -> dict[str, Any]:
    year = values["doc_time"].year
    number = next_number(conn, values["series"], values["legal_entity_id"], year)
    return {"doc_year": year, "number_no": number, "doc_no": str(number)}


def update_order(conn: Connection, order_id: int, values: Mapping[str, Any], expected_version: int | None,
                 renumber: bool) -> None:
    """The order as edited, only while unposted (a posted one changes version when posted, so
    a card still holding the old version is told who posted it). `renumber`: the legal entity
    or the year changed, so the order takes the next number of its new series."""
    row = {k: values.get(k) for k in ORDER_COLUMNS}
    if renumber:
        row.update(_numbered(conn, values))
    update_versioned(conn, cash_orders, order_id, row, expected_version, cash_orders.c.posted == 0)


def delete_order(conn: Connection, order_id: int) -> bool:
    """Only an unposted order goes; False when it is posted or gone."""
    c = cash_orders.c
    return conn.execute(delete(cash_orders).where(c.id == order_id, c.posted == 0)).rowcount == 1


def _order_select() -> Any:
    c = cash_orders.c
    frm = (cash_orders.outerjoin(clients, clients.c.id == c.client_id).outerjoin(users, users.c.id == c.manager_id)
           .join(cash_desks, cash_desks.c.id == c.desk_id)
           .join(legal_entities, legal_entities.c.id == c.legal_entity_id))
    return select(cash_orders, clients.c.name.label("client_name"), users.c.full_name.label("manager_name"),
                  cash_desks.c.name.label("desk_name"),
                  legal_entities.c.short_name.label("legal_entity_name")).select_from(frm)


def order(conn: Connection, order_id: int) -> RowMapping | None:
    """The order with its names (None: gone, or not the viewer's to see)."""
    return conn.execute(_order_select().where(cash_orders.c.id == order_id)).mappings().first()


@dataclass(frozen=True)
class JournalQuery:
    """Filters of «Журнал движения денежных средств» (None = any)."""
    date_from: date | None = None
    date_to: date | None = None
    desk_id: int | None = None
    kind: int | None = None
    legal_entity_id: int | None = None


def journal_window(conn: Connection, query: JournalQuery, after: tuple[datetime, int] | None,
                   size: int) -> list[RowMapping]:
    """One window of the journal, newest first: (time, id) below `after` (keyset, the
    descending index on (DOC_TIME, ID))."""
    c = cash_orders.c
    stmt = _order_select()
    if query.date_from is not None:
        stmt = stmt.where(c.doc_time >= datetime.combine(query.date_from, datetime.min.time()))
    if query.date_to is not None:
        stmt = stmt.where(c.doc_time < datetime.combine(query.date_to + timedelta(days=1), datetime.min.time()))
    for column, value in ((c.desk_id, query.desk_id), (c.kind, query.kind),
                          (c.legal_entity_id, query.legal_entity_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    if after is not None:
        stmt = stmt.where(c.doc_time <= after[0], or_(c.doc_time < after[0], c.id < after[1]))
    return list(conn.execute(stmt.order_by(c.doc_time.desc(), c.id.desc()).limit(size)).mappings())


# ---------------------------------------------------------------- the register

def lock_balance(conn: Connection, desk_id: int, entity_id: int) -> Decimal:
    """Take the balance row of (desk, legal entity) until commit, made when missing, and return
    the balance it holds. RegisterBusy when another posting held it past the lock timeout, or
    made the missing row first: the caller retries and reads what that one committed."""
    b = cash_balances.c
    where = and_(b.desk_id == desk_id, b.legal_entity_id == entity_id)
    try:
        if conn.execute(update(cash_balances).where(where).values(amount=b.amount)).rowcount == 0:
            conn.execute(insert(cash_balances).values(desk_id=desk_id, legal_entity_id=entity_id, amount=0))
            return Decimal("0.00")
        return Decimal(conn.execute(select(b.amount).where(where)).scalar_one())
    except DBAPIError as exc:
        if is_conflict(exc) or _UNIQUE_VIOLATION in getattr(exc.orig, "args", ())[2:3]:
            raise RegisterBusy() from None
        raise


def add_to_balance(conn: Connection, desk_id: int, entity_id: int, delta: Decimal) -> None:
    """The locked balance row += `delta`."""
    b = cash_balances.c
    conn.execute(update(cash_balances).where(b.desk_id == desk_id, b.legal_entity_id == entity_id)
                 .values(amount=b.amount + delta))


def set_posted(conn: Connection, order_id: int, posted: bool, version: int) -> bool:
    """Flag the order posted (or not) at the version the posting read; False when it was
    changed, posted or unposted meanwhile. A conflict with a transaction saving it is
    RegisterBusy: the posting is tried again on what that one committed."""
    c = cash_orders.c
    try:
        return conn.execute(update(cash_orders).where(c.id == order_id, c.posted == int(not posted),
                                                      c.row_version == version)
                            .values(posted=int(posted))).rowcount == 1
    except DBAPIError as exc:
        if is_conflict(exc):
            raise RegisterBusy() from None
        raise


def balances(conn: Connection) -> list[tuple[int, int, Decimal]]:
    """(desk, legal entity, amount) of every balance row: the money now."""
    b = cash_balances.c
    return [(r[0], r[1], Decimal(r[2])) for r in conn.execute(select(b.desk_id, b.legal_entity_id, b.amount))]


def _signed() -> Any:
    c = cash_orders.c
    return case((c.kind == RECEIPT, c.amount), else_=-c.amount)


def record_move(conn: Connection, order_id: int, desk_id: int, entity_id: int, moment: datetime,
                signed_amount: Decimal) -> None:
    """The posted order in CASH_MOVES: + a receipt, − an expense."""
    conn.execute(insert(cash_moves).values(order_id=order_id, desk_id=desk_id, legal_entity_id=entity_id,
                                           doc_time=moment, amount=signed_amount))


def erase_move(conn: Connection, order_id: int) -> None:
    conn.execute(delete(cash_moves).where(cash_moves.c.order_id == order_id))


def posted_before(conn: Connection, moment: datetime) -> list[tuple[int, int, Decimal]]:
    """(desk, legal entity, receipts less expenses) posted before `moment`, from CASH_MOVES: a
    desk's money is the company's, whoever's orders moved it and whoever reads."""
    m = cash_moves.c
    stmt = (select(m.desk_id, m.legal_entity_id, func.sum(m.amount)).where(m.doc_time < moment)
            .group_by(m.desk_id, m.legal_entity_id))
    return [(r[0], r[1], Decimal(r[2])) for r in conn.execute(stmt)]


def turnover(conn: Connection, start: datetime, end: datetime) -> list[tuple[int, int, int, Decimal]]:
    """(desk, legal entity, kind, sum) posted from `start` to before `end`, from CASH_MOVES."""
    m = cash_moves.c
    stmt = (select(m.desk_id, m.legal_entity_id, func.sum(case((m.amount > 0, m.amount), else_=0)),
                   func.sum(case((m.amount < 0, -m.amount), else_=0)))
            .where(m.doc_time >= start, m.doc_time < end).group_by(m.desk_id, m.legal_entity_id))
    return [(r[0], r[1], kind, Decimal(r[column])) for r in conn.execute(stmt)
            for kind, column in ((RECEIPT, 2), (EXPENSE, 3)) if r[column]]


def posted_sums(conn: Connection) -> list[tuple[int, int, Decimal]]:
    """The balances the posted orders give (a check of the register: equal to `balances`)."""
    c = cash_orders.c
    stmt = (select(c.desk_id, c.legal_entity_id, func.sum(_signed())).where(c.posted == 1)
            .group_by(c.desk_id, c.legal_entity_id).execution_options(**ACROSS_ALL_CLIENTS))
    return [(r[0], r[1], Decimal(r[2])) for r in conn.execute(stmt)]


def entity_names(conn: Connection) -> dict[int, str]:
    le = legal_entities.c
    return {r[0]: r[1] for r in conn.execute(select(le.id, le.short_name))}

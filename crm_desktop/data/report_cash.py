"""The SQL of the cash reports (services/reports/cash.py): the posted orders of a period as
«Отчёт по движению денежных средств» and «Кассовая книга» list them, and the day totals of
the register of posted orders (CASH_MOVES) the cash book's balances come from.

The orders are client data and run through the viewer's scope like every journal (an order
of a client the viewer may not open is not listed); the register's sums are the desk's money,
the same for every reader, so the cash book's balances add up whoever reads it."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Date, Select, case, cast, distinct, func, select

from crm_desktop.data.schema import cash_desks, cash_moves, cash_orders, clients, legal_entities, users

@dataclass(frozen=True)
class OrderFilter:
    """The posted orders from `start` to before `end`; None = any."""
    start: datetime
    end: datetime
    desk_id: int | None = None
    legal_entity_id: int | None = None
    manager_id: int | None = None
    client_id: int | None = None


def _posted(f: OrderFilter, *columns: Any) -> Select:
    """The posted orders the filter picks (scoped as every read of the session), with the
    number, kind, time, amount and who paid or was paid (the person, else the client)."""
    c = cash_orders.c
    stmt = (select(c.id, c.kind, c.doc_no, c.doc_time, c.amount,
                   func.coalesce(c.person, clients.c.name).label("person"),
                   clients.c.name.label("client_name"), *columns)
            .select_from(cash_orders.outerjoin(clients, clients.c.id == c.client_id))
            .where(c.posted == 1, c.doc_time >= f.start, c.doc_time < f.end))
    for column, value in ((c.desk_id, f.desk_id), (c.legal_entity_id, f.legal_entity_id),
                          (c.manager_id, f.manager_id), (c.client_id, f.client_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    return stmt


def flow_rows(conn: Connection, f: OrderFilter) -> Iterator[Any]:
    """«Отчёт по движению денежных средств»: the posted orders by desk (name), then time,
    with the desk's, the legal entity's and the manager's names and the basis; streamed."""
    c = cash_orders.c
    stmt = (_posted(f, c.basis, cash_desks.c.name.label("desk_name"),
                    legal_entities.c.short_name.label("legal_entity_name"), users.c.full_name.label("manager_name"))
            .join(cash_desks, cash_desks.c.id == c.desk_id)
            .join(legal_entities, legal_entities.c.id == c.legal_entity_id)
            .outerjoin(users, users.c.id == c.manager_id)
            .order_by(cash_desks.c.name, cash_desks.c.id, c.doc_time, c.id))
    yield from conn.execute(stmt).mappings()


def book_orders(conn: Connection, f: OrderFilter) -> Iterator[Any]:
    """The cash book's lines: the posted orders of one desk and legal entity by time; streamed."""
    c = cash_orders.c
    yield from conn.execute(_posted(f).order_by(c.doc_time, c.id)).mappings()


@dataclass(frozen=True)
class DayTotals:
    """One day of the register for a desk and legal entity: what came in and went out, and
    how many receipt and expense orders moved it."""
    day: date
    receipts: Decimal
    expenses: Decimal
    receipt_count: int
    expense_count: int


def _moves_of(desk_id: int, entity_id: int, start: datetime, end: datetime) -> Any:
    m = cash_moves.c
    return (m.desk_id == desk_id, m.legal_entity_id == entity_id, m.doc_time >= start, m.doc_time < end)


def day_totals(conn: Connection, desk_id: int, entity_id: int, start: datetime, end: datetime) -> list[DayTotals]:
    """The days from `start` to before `end` on which the desk's money moved for that legal
    entity, from CASH_MOVES (one row a day, whoever's orders moved it)."""
    m = cash_moves.c
    day = cast(m.doc_time, Date)
    stmt = (select(day, func.sum(case((m.amount > 0, m.amount), else_=0)),
                   func.sum(case((m.amount < 0, -m.amount), else_=0)),
                   func.count(case((m.amount > 0, m.order_id))), func.count(case((m.amount < 0, m.order_id))))
            .where(*_moves_of(desk_id, entity_id, start, end)).group_by(day).order_by(day))
    return [DayTotals(r[0], Decimal(r[1]), Decimal(r[2]), r[3], r[4]) for r in conn.execute(stmt)]


def days_with_moves(conn: Connection, desk_id: int, entity_id: int, start: datetime, end: datetime) -> int:
    """How many days from `start` to before `end` the desk's money moved for that legal entity
    (the cash book's sheets are numbered by them from the start of the year)."""
    m = cash_moves.c
    stmt = select(func.count(distinct(cast(m.doc_time, Date)))).where(*_moves_of(desk_id, entity_id, start, end))
    return int(conn.execute(stmt).scalar() or 0)


def moved_before(conn: Connection, desk_id: int, entity_id: int, moment: datetime) -> Decimal:
    """The desk's money for that legal entity at `moment`: receipts less expenses posted before it."""
    m = cash_moves.c
    stmt = select(func.sum(m.amount)).where(m.desk_id == desk_id, m.legal_entity_id == entity_id, m.doc_time < moment)
    return Decimal(conn.execute(stmt).scalar() or 0)


def entities_of_desk(conn: Connection, desk_id: int) -> list[int]:
    """The legal entities whose money the desk has ever moved (posted orders in CASH_MOVES)."""
    m = cash_moves.c
    return list(conn.execute(select(distinct(m.legal_entity_id)).where(m.desk_id == desk_id)).scalars())

"""The data of the «Продажи» reports (REP-3): registered sales of goods (SALES) and works (WORKS)
of the client card, invoices with their payments, and the settlements with clients (shipped by
acts, paid by payments — the balance the balance control counts, data/documents.client_balance).

Every query runs on a session's connection, so the access scope (data/scope.py) lets through only
the documents the reader may see; a report's `manager_id` narrows them to one employee's documents
(the document's MANAGER_ID: the responsible of a sale or a work, the manager of an invoice or an
act, the user who registered a payment). Aggregates are computed by Firebird (GROUP BY, SUM and
correlated sums); rows are yielded as the cursor reads them.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, ColumnElement, RowMapping, Select, desc, exists, func, or_, select

from crm_desktop.data.schema import (acts, clients, invoices, legal_entities, nomenclature, nomenclature_groups,
                                     payments, sales, users, works)


@dataclass(frozen=True)
class SalesFilter:
    """The dimensions of the reports; None means «все». `group_ids` is a goods group with its
    subgroups; `paid` "paid" (paid in full) or "unpaid" (not in full); `text` a fragment of a
    work's description (case-insensitive)."""
    date_from: date | None = None
    date_to: date | None = None
    manager_id: int | None = None
    client_id: int | None = None
    legal_entity_id: int | None = None
    group_ids: tuple[int, ...] | None = None
    paid: str | None = None
    text: str = ""


def _period(day: Any, f: SalesFilter) -> list[ColumnElement[bool]]:
    where = []
    if f.date_from is not None:
        where.append(day >= f.date_from)
    if f.date_to is not None:
        where.append(day <= f.date_to)
    return where


def _common(c: Any, day: Any, f: SalesFilter, entity: bool = True) -> list[ColumnElement[bool]]:
    """Period, employee, client and (where the table has one) our legal entity."""
    where = _period(day, f)
    if f.manager_id is not None:
        where.append(c.manager_id == f.manager_id)
    if f.client_id is not None:
        where.append(c.client_id == f.client_id)
    if entity and f.legal_entity_id is not None:
        where.append(c.legal_entity_id == f.legal_entity_id)
    return where


def _paid(c: Any, f: SalesFilter) -> list[ColumnElement[bool]]:
    if f.paid == "paid":
        return [c.paid >= c.amount]
    if f.paid == "unpaid":
        return [c.paid < c.amount]
    return []


def _rows(conn: Connection, stmt: Select) -> Iterator[RowMapping]:
    yield from conn.execute(stmt).mappings()


# ---------------------------------------------------------------- registered sales of goods

def _sales_from() -> Any:
    s = sales.c
    return (sales.outerjoin(clients, clients.c.id == s.client_id).outerjoin(users, users.c.id == s.manager_id)
            .outerjoin(nomenclature, nomenclature.c.id == s.item_id)
            .outerjoin(nomenclature_groups, nomenclature_groups.c.id == nomenclature.c.group_id))


def _sales_where(f: SalesFilter) -> list[ColumnElement[bool]]:
    where = _common(sales.c, sales.c.sale_date, f, entity=False) + _paid(sales.c, f)
    if f.group_ids is not None:
        where.append(nomenclature.c.group_id.in_(f.group_ids))
    return where


def product_totals(conn: Connection, f: SalesFilter, limit: int | None = None) -> Iterator[RowMapping]:
    """Per product as sold (the text of the sale) and its goods group: quantity and sum, the
    best-selling first."""
    s = sales.c
    amount = func.sum(s.amount)
    stmt = (select(s.product.label("product"), nomenclature_groups.c.name.label("group"),
                   func.sum(s.quantity).label("quantity"), amount.label("amount"))
            .select_from(_sales_from()).where(*_sales_where(f))
            .group_by(s.product, nomenclature_groups.c.name).order_by(desc(amount), s.product))
    if limit is not None:
        stmt = stmt.limit(limit)
    return _rows(conn, stmt)


def sales_total(conn: Connection, f: SalesFilter) -> Decimal:
    stmt = select(func.coalesce(func.sum(sales.c.amount), 0)).select_from(_sales_from()).where(*_sales_where(f))
    return Decimal(conn.execute(stmt).scalar_one())


# the orders of the grouped tables: the group's key first, so that each group's rows come together
SALES_ORDERS = {"client": (clients.c.name, clients.c.id), "manager": (users.c.full_name, users.c.id),
                "group": (nomenclature_groups.c.name, nomenclature_groups.c.id)}


def goods_rows(conn: Connection, f: SalesFilter, order: str) -> Iterator[RowMapping]:
    """The sales themselves: date, client, product, group, quantity, sum, paid, date paid,
    responsible."""
    s = sales.c
    stmt = (select(s.sale_date.label("date"), clients.c.name.label("client"), s.product.label("product"),
                   nomenclature_groups.c.name.label("group"), s.quantity, s.amount, s.paid, s.pay_date,
                   users.c.full_name.label("manager"))
            .select_from(_sales_from()).where(*_sales_where(f))
            .order_by(*SALES_ORDERS[order], s.sale_date, s.id))
    return _rows(conn, stmt)


# ---------------------------------------------------------------- registered works and services

def _works_from() -> Any:
    w = works.c
    return (works.outerjoin(clients, clients.c.id == w.client_id).outerjoin(users, users.c.id == w.manager_id)
            .outerjoin(legal_entities, legal_entities.c.id == w.legal_entity_id))


def _works_where(f: SalesFilter) -> list[ColumnElement[bool]]:
    where = _common(works.c, works.c.work_date, f) + _paid(works.c, f)
    if f.text:
        where.append(works.c.description.op("CONTAINING", is_comparison=True)(f.text))
    return where


WORKS_ORDERS = {"client": (clients.c.name, clients.c.id), "manager": (users.c.full_name, users.c.id),
                "recipient": (legal_entities.c.short_name, legal_entities.c.id)}


def works_rows(conn: Connection, f: SalesFilter, order: str) -> Iterator[RowMapping]:
    """The works: date, client, description, norm-hours, sum, paid, date paid, the legal
    entity receiving the payment, responsible."""
    w = works.c
    stmt = (select(w.work_date.label("date"), clients.c.name.label("client"), w.description.label("product"),
                   w.norm_hours, w.amount, w.paid, w.pay_date, legal_entities.c.short_name.label("recipient"),
                   users.c.full_name.label("manager"))
            .select_from(_works_from()).where(*_works_where(f))
            .order_by(*WORKS_ORDERS[order], w.work_date, w.id))
    return _rows(conn, stmt)


# ---------------------------------------------------------------- money received for registered sales

def sale_payments(conn: Connection, f: SalesFilter) -> Iterator[RowMapping]:
    """Sales with money received, by the date paid. A sale names no legal entity: with a
    recipient chosen there are none."""
    if f.legal_entity_id is not None:
        return iter(())
    s = sales.c
    stmt = (select(s.pay_date, clients.c.name.label("client"), s.product.label("subject"), s.amount, s.paid,
                   users.c.full_name.label("manager"))
            .select_from(_sales_from()).where(s.paid > 0, *_common(s, s.pay_date, f, entity=False))
            .order_by(s.pay_date, s.id))
    return _rows(conn, stmt)


def work_payments(conn: Connection, f: SalesFilter) -> Iterator[RowMapping]:
    """Works with money received, by the date paid, with the legal entity that received it."""
    w = works.c
    stmt = (select(w.pay_date, clients.c.name.label("client"), w.description.label("subject"), w.amount, w.paid,
                   legal_entities.c.short_name.label("recipient"), users.c.full_name.label("manager"))
            .select_from(_works_from())
            .where(w.paid > 0, *_common(w, w.pay_date, f))
            .order_by(w.pay_date, w.id))
    return _rows(conn, stmt)


# ---------------------------------------------------------------- invoices and their payments

def _paid_for(invoice_id: Any, as_of: date | None) -> Any:
    """What the invoice has been paid (up to `as_of`): a correlated sum over all of its payments,
    whoever registered them — the invoice's own figure, as the invoice card shows it."""
    p = payments.c
    stmt = select(func.coalesce(func.sum(p.amount), 0)).where(p.invoice_id == invoice_id)
    if as_of is not None:
        stmt = stmt.where(p.pay_date <= as_of)
    return stmt.scalar_subquery()


def invoice_payments(conn: Connection, f: SalesFilter, invoice_no: str = "") -> Iterator[RowMapping]:
    """Payments of invoices received in the period, invoice by invoice (the invoice's manager
    is the employee; the recipient is the legal entity the payment was made to)."""
    p, i = payments.c, invoices.c
    frm = (payments.join(invoices, i.id == p.invoice_id).outerjoin(clients, clients.c.id == p.client_id)
           .outerjoin(users, users.c.id == i.manager_id)
           .outerjoin(legal_entities, legal_entities.c.id == p.legal_entity_id))
    where = _period(p.pay_date, f)
    if f.manager_id is not None:
        where.append(i.manager_id == f.manager_id)
    if f.client_id is not None:
        where.append(p.client_id == f.client_id)
    if f.legal_entity_id is not None:
        where.append(p.legal_entity_id == f.legal_entity_id)
    if invoice_no:
        where.append(i.doc_no == invoice_no)
    stmt = (select(i.id.label("invoice_id"), i.doc_no.label("invoice_no"), i.doc_date.label("invoice_date"),
                   i.total.label("invoice_total"), clients.c.name.label("client"), p.pay_date, p.doc_no.label("pay_no"),
                   p.pay_kind, p.amount, legal_entities.c.short_name.label("recipient"),
                   users.c.full_name.label("manager"))
            .select_from(frm).where(*where).order_by(i.doc_date, i.id, p.pay_date, p.id))
    return _rows(conn, stmt)


def unpaid_invoices(conn: Connection, f: SalesFilter, as_of: date | None) -> Iterator[RowMapping]:
    """Invoices of the period not paid in full by `as_of`, client by client."""
    i = invoices.c
    paid = _paid_for(i.id, as_of)
    frm = (invoices.outerjoin(clients, clients.c.id == i.client_id).outerjoin(users, users.c.id == i.manager_id)
           .outerjoin(legal_entities, legal_entities.c.id == i.legal_entity_id))
    stmt = (select(clients.c.name.label("client"), i.doc_no.label("invoice_no"), i.doc_date.label("date"),
                   i.due_date, i.total, paid.label("paid"), legal_entities.c.short_name.label("recipient"),
                   users.c.full_name.label("manager"))
            .select_from(frm).where(*_common(i, i.doc_date, f), paid < i.total)
            .order_by(clients.c.name, clients.c.id, i.doc_date, i.id))
    return _rows(conn, stmt)


# ---------------------------------------------------------------- settlements with clients

def _documents_sum(table: Any, value: Any, day: Any, client_id: Any, f: SalesFilter,
                   before: date | None = None, since: date | None = None, until: date | None = None) -> Any:
    c = table.c
    stmt = select(func.coalesce(func.sum(value), 0)).where(c.client_id == client_id)
    if f.manager_id is not None:
        stmt = stmt.where(c.manager_id == f.manager_id)
    if f.legal_entity_id is not None:
        stmt = stmt.where(c.legal_entity_id == f.legal_entity_id)
    if before is not None:
        stmt = stmt.where(day < before)
    if since is not None:
        stmt = stmt.where(day >= since)
    if until is not None:
        stmt = stmt.where(day <= until)
    return stmt


def settlement_rows(conn: Connection, f: SalesFilter) -> Iterator[RowMapping]:
    """Per client with acts or payments up to the period's end: shipped and paid before the
    period (the opening balance) and within it; the clients the reader may see, by name."""
    c = clients.c
    a, p = acts.c, payments.c

    def shipped(**bounds: Any) -> Any:
        return _documents_sum(acts, a.total, a.doc_date, c.id, f, **bounds)

    def paid(**bounds: Any) -> Any:
        return _documents_sum(payments, p.amount, p.pay_date, c.id, f, **bounds)
    columns = [c.name.label("client")]
    if f.date_from is not None:
        columns += [shipped(before=f.date_from).scalar_subquery().label("shipped_before"),
                    paid(before=f.date_from).scalar_subquery().label("paid_before")]
    columns += [shipped(since=f.date_from, until=f.date_to).scalar_subquery().label("shipped"),
                paid(since=f.date_from, until=f.date_to).scalar_subquery().label("paid")]
    any_act = exists(shipped(until=f.date_to).with_only_columns(a.id))
    any_payment = exists(paid(until=f.date_to).with_only_columns(p.id))
    stmt = select(*columns).where(or_(any_act, any_payment)).order_by(c.name, c.id)
    if f.client_id is not None:
        stmt = stmt.where(c.id == f.client_id)
    return _rows(conn, stmt)


def reconciliation_opening(conn: Connection, client_id: int, f: SalesFilter) -> tuple[Decimal, Decimal]:
    """(shipped, paid) before the period: the act's opening balance."""
    if f.date_from is None:
        return Decimal(0), Decimal(0)
    a, p = acts.c, payments.c
    shipped = _documents_sum(acts, a.total, a.doc_date, client_id, f, before=f.date_from)
    paid = _documents_sum(payments, p.amount, p.pay_date, client_id, f, before=f.date_from)
    return Decimal(conn.execute(shipped).scalar_one()), Decimal(conn.execute(paid).scalar_one())


def reconciliation_acts(conn: Connection, client_id: int, f: SalesFilter) -> list[RowMapping]:
    """The client's acts of the period (the debit side), oldest first: one client's documents."""
    a = acts.c
    stmt = (select(a.doc_date.label("date"), a.doc_no, a.total).where(a.client_id == client_id,
                                                                       *_common(a, a.doc_date, f))
            .order_by(a.doc_date, a.id))
    return list(conn.execute(stmt).mappings())


def reconciliation_payments(conn: Connection, client_id: int, f: SalesFilter) -> list[RowMapping]:
    """The client's payments of the period (the credit side), oldest first."""
    p = payments.c
    stmt = (select(p.pay_date.label("date"), p.doc_no, p.pay_kind, p.amount).where(p.client_id == client_id,
                                                                                   *_common(p, p.pay_date, f))
            .order_by(p.pay_date, p.id))
    return list(conn.execute(stmt).mappings())

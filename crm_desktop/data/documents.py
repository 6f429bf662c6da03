"""Sales documents as stored (SAL-2, SAL-6, SAL-7, ORD-1): invoices, acts, VAT invoices and orders
are a header and lines of one shape; contracts a header. Numbers come from DOC_COUNTERS; journals are read
in keyset windows, newest first, so that a million invoices open as fast as ten."""
from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import DBAPIError

from crm_desktop.data.scope import ACROSS_ALL_CLIENTS
from crm_desktop.data.schema import (act_lines, acts, bank_accounts, cash_orders, client_banks, clients, contracts,
                                     doc_counters, invoice_lines, invoices, legal_entities, order_lines, orders,
                                     payments, sales, users, vat_invoice_lines, vat_invoices, warehouses, wh_docs,
                                     works)
from crm_desktop.data.versioned import KINDS, is_conflict, update_versioned

# kind -> (header, lines or None, the lines' link column, the date column)
TABLES: dict[str, tuple[Table, Table | None, str, str]] = {
    "invoice": (invoices, invoice_lines, "invoice_id", "doc_date"),
    "act": (acts, act_lines, "act_id", "doc_date"),
    "vat-invoice": (vat_invoices, vat_invoice_lines, "vat_invoice_id", "doc_date"),
    "contract": (contracts, None, "", "sign_date"),
    "payment": (payments, None, "", "pay_date"),
    "sale": (sales, None, "", "sale_date"),
    "work": (works, None, "", "work_date"),
    "order": (orders, order_lines, "order_id", "doc_date"),
}
KINDS.update({invoices: "invoice", acts: "act", vat_invoices: "vat_invoice", contracts: "contract",
              payments: "payment", sales: "sale", works: "work", orders: "order"})
LINE_COLUMNS = ("line_no", "item_id", "name", "unit_name", "unit_code", "quantity", "base_price", "discount",
                "price", "amount", "vat_rate", "vat_amount", "total", "no_discount")


_UNIQUE_VIOLATION = 335544665      # isc_unique_key_violation


class NumberBusy(Exception):
    """Another workstation is taking the next number of the same series: try again."""


def next_number(conn: Connection, kind: str, legal_entity_id: int, year: int) -> int:
    """The next number of a series, taken under the counter row's lock until commit."""
    c = doc_counters.c
    key = and_(c.doc_kind == kind, c.legal_entity_id == legal_entity_id, c.doc_year == year)
    try:
        row = conn.execute(update(doc_counters).where(key).values(last_no=c.last_no + 1)
                           .returning(c.last_no)).first()
        if row is not None and row[0] is not None:
            return row[0]
        conn.execute(insert(doc_counters).values(doc_kind=kind, legal_entity_id=legal_entity_id, doc_year=year,
                                                 last_no=1))
        return 1
    except DBAPIError as exc:
        # another workstation took the series' first number (its INSERT won) or holds the row
        if is_conflict(exc) or _UNIQUE_VIOLATION in getattr(exc.orig, "args", ())[2:3]:
            raise NumberBusy() from None
        raise


def _with_names(table: Table) -> tuple[Any, list[Any]]:
    """The document table joined to the names it shows (client, manager, legal entity, an
    order's warehouse). LEFT JOINs: the document row the scope let through brings its client
    (data/scope.py)."""
    c = table.c
    frm = table.outerjoin(clients, clients.c.id == c.client_id).outerjoin(users, users.c.id == c.manager_id)
    names = [clients.c.name.label("client_name"), users.c.full_name.label("manager_name")]
    if "legal_entity_id" in c:
        frm = frm.outerjoin(legal_entities, legal_entities.c.id == c.legal_entity_id)
        names.append(legal_entities.c.short_name.label("legal_entity_name"))
    if "warehouse_id" in c:
        frm = frm.outerjoin(warehouses, warehouses.c.id == c.warehouse_id)
        names.append(warehouses.c.name.label("warehouse_name"))
    return frm, names


def header(conn: Connection, kind: str, doc_id: int) -> RowMapping | None:
    """The document with its client's, legal entity's and manager's names (None when the
    viewer may not see it or it is gone)."""
    table = TABLES[kind][0]
    frm, names = _with_names(table)
    return conn.execute(select(table, *names).select_from(frm).where(table.c.id == doc_id)).mappings().first()


def lines(conn: Connection, kind: str, doc_id: int) -> list[RowMapping]:
    _, table, link, _ = TABLES[kind]
    assert table is not None
    stmt = select(table).where(table.c[link] == doc_id).order_by(table.c.line_no)
    return list(conn.execute(stmt).mappings())


def insert_document(conn: Connection, kind: str, values: Mapping[str, Any]) -> int:
    table = TABLES[kind][0]
    return conn.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()


def update_document(conn: Connection, kind: str, doc_id: int, values: Mapping[str, Any],
                    expected_version: int | None) -> None:
    """Raises ConcurrentEdit when someone saved the document since it was loaded."""
    update_versioned(conn, TABLES[kind][0], doc_id, values, expected_version)


def replace_lines(conn: Connection, kind: str, doc_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    _, table, link, _ = TABLES[kind]
    assert table is not None
    conn.execute(delete(table).where(table.c[link] == doc_id))
    if rows:
        conn.execute(insert(table), [{link: doc_id, **{k: r[k] for k in LINE_COLUMNS}} for r in rows])


def delete_document(conn: Connection, kind: str, doc_id: int) -> bool:
    table = TABLES[kind][0]
    return conn.execute(delete(table).where(table.c.id == doc_id)).rowcount == 1


def based_on(conn: Connection, kind: str, invoice_id: int) -> list[RowMapping]:
    """Documents of `kind` entered from an invoice (acts and VAT invoices), oldest first."""
    table = TABLES[kind][0]
    stmt = select(table.c.id, table.c.doc_no, table.c.doc_date, table.c.total).where(
        table.c.invoice_id == invoice_id).order_by(table.c.id)
    return list(conn.execute(stmt).mappings())


def entered_from_order(conn: Connection, order_id: int) -> dict[str, list[RowMapping]]:
    """What was entered on the basis of an order (its ORDER_ID), as the viewer may see it: the
    invoices, the warehouse documents and the cash orders, each row (id, doc_no, doc_date,
    total, and `kind`: the warehouse document's or the cash order's kind). Three keyed reads
    of the tables themselves, each scoped as any other read of documents (data/scope.py)."""
    i, w, c = invoices.c, wh_docs.c, cash_orders.c
    reads = {
        "invoice": select(i.id, i.doc_no, i.doc_date, i.total).where(i.order_id == order_id),
        "stock": select(w.id, w.doc_no, w.doc_time.label("doc_date"), w.total, w.doc_kind.label("kind"))
        .where(w.order_id == order_id),
        "cash": select(c.id, c.doc_no, c.doc_time.label("doc_date"), c.amount.label("total"), c.kind)
        .where(c.order_id == order_id),
    }
    return {source: list(conn.execute(stmt.order_by(stmt.selected_columns.id)).mappings())
            for source, stmt in reads.items()}


@dataclass(frozen=True)
class JournalQuery:
    """The filters of a journal: period, client, legal entity, manager, an order's status
    (None = any)."""
    date_from: date | None = None
    date_to: date | None = None
    client_id: int | None = None
    legal_entity_id: int | None = None
    manager_id: int | None = None
    status: int | None = None


def journal_window(conn: Connection, kind: str, query: JournalQuery, after: tuple[date, int] | None,
                   size: int) -> list[RowMapping]:
    """One window of a journal, newest first: (date, id) below `after`."""
    table, _, _, date_column = TABLES[kind]
    c = table.c
    day = c[date_column]
    frm, names = _with_names(table)
    columns = [c.id, day.label("doc_date"), c.client_id, *names, c.row_version]
    for name in ("doc_no", "total", "paid", "amount", "vat_amount", "legal_entity_id", "invoice_id", "pay_kind",
                 "product", "quantity", "description", "norm_hours", "exp_date", "doc_year", "status", "due_date"):
        if name in c:
            columns.append(c[name])
    stmt = select(*columns).select_from(frm)
    if query.date_from is not None:
        stmt = stmt.where(day >= query.date_from)
    if query.date_to is not None:
        stmt = stmt.where(day <= query.date_to)
    if query.client_id is not None:
        stmt = stmt.where(c.client_id == query.client_id)
    if query.legal_entity_id is not None and "legal_entity_id" in c:
        stmt = stmt.where(c.legal_entity_id == query.legal_entity_id)
    if query.manager_id is not None:
        stmt = stmt.where(c.manager_id == query.manager_id)
    if query.status is not None and "status" in c:
        stmt = stmt.where(c.status == query.status)
    if after is not None:
        stmt = stmt.where(day <= after[0], or_(day < after[0], c.id < after[1]))
    stmt = stmt.order_by(day.desc(), c.id.desc()).limit(size)
    return list(conn.execute(stmt).mappings())


def invoice_payments(conn: Connection, invoice_id: int) -> list[RowMapping]:
    stmt = select(payments).where(payments.c.invoice_id == invoice_id).order_by(payments.c.pay_date, payments.c.id)
    return list(conn.execute(stmt).mappings())


def payments_total(conn: Connection, invoice_id: int) -> Any:
    stmt = select(func.coalesce(func.sum(payments.c.amount), 0)).where(payments.c.invoice_id == invoice_id)
    return conn.execute(stmt).scalar_one()


def client_balance(conn: Connection, client_id: int) -> tuple[Any, Any, Any]:
    """(shipped by acts, paid by all payments, credit limit) of a client, counted across
    every document whatever the viewer sees: the balance is the client's, not the viewer's."""
    shipped = select(func.coalesce(func.sum(acts.c.total), 0)).where(acts.c.client_id == client_id)
    paid = select(func.coalesce(func.sum(payments.c.amount), 0)).where(payments.c.client_id == client_id)
    limit = select(clients.c.credit_limit).where(clients.c.id == client_id)
    return tuple(conn.execute(stmt.execution_options(**ACROSS_ALL_CLIENTS)).scalar()  # type: ignore[return-value]
                 for stmt in (shipped, paid, limit))


def paid_by_invoice(conn: Connection, invoice_ids: Sequence[int]) -> dict[int, Any]:
    """Paid per invoice of a journal window, in one query."""
    if not invoice_ids:
        return {}
    p = payments.c
    stmt = (select(p.invoice_id, func.sum(p.amount)).where(p.invoice_id.in_(sorted(set(invoice_ids))))
            .group_by(p.invoice_id))
    return dict(conn.execute(stmt).all())


def client_requisites(conn: Connection, client_id: int) -> RowMapping | None:
    """What a document prints of its buyer: names, codes, addresses, passport of a person and
    the default bank account (None when the viewer may not see the client)."""
    c, b = clients.c, client_banks.c
    bank = (select(b.bank_name, b.bank_city, b.bik, b.corr_account, b.account).where(b.client_id == client_id)
            .order_by(b.is_default.desc(), b.id).limit(1))
    row = conn.execute(select(c.id, c.name, c.full_name, c.inn, c.kpp, c.legal_address, c.actual_address, c.address,
                              c.postcode, c.city, c.phone, c.fax, c.website, c.email, c.director, c.sign_person, c.main_contact,
                              c.sign_basis, c.passport_series, c.passport_number, c.passport_issuer,
                              c.passport_date, c.client_kind).where(c.id == client_id)).mappings().first()
    if row is None:
        return None
    banks = conn.execute(bank).mappings().first() or {}
    return {**row, "bank_name": banks.get("bank_name"), "bank_city": banks.get("bank_city"), "bik": banks.get("bik"),
            "corr_account": banks.get("corr_account"), "account": banks.get("account")}  # type: ignore[return-value]


def bank_account(conn: Connection, account_id: int | None) -> RowMapping | None:
    if account_id is None:
        return None
    return conn.execute(select(bank_accounts).where(bank_accounts.c.id == account_id)).mappings().first()


def curated_clients(conn: Connection, curator_id: int, limit: int) -> list[int]:
    """Ids of a curator's non-private clients, for the demo company's documents."""
    stmt = (select(clients.c.id).where(clients.c.curator_id == curator_id, clients.c.is_private == 0)
            .order_by(clients.c.id).limit(limit))
    return list(conn.execute(stmt).scalars())


def reserve_numbers(conn: Connection, kind: str, legal_entity_id: int, year: int, count: int) -> int:
    """The first of `count` consecutive numbers of a series, for bulk generation."""
    first = next_number(conn, kind, legal_entity_id, year)
    if count > 1:
        c = doc_counters.c
        conn.execute(update(doc_counters).where(c.doc_kind == kind, c.legal_entity_id == legal_entity_id,
                                                c.doc_year == year).values(last_no=c.last_no + count - 1))
    return first


def client_ids_and_curators(conn: Connection) -> tuple[array, array]:
    """Every client's id and curator (0: none) as compact arrays, for generating documents at
    benchmark scale (a million clients in 16 MB, not in a million tuples)."""
    ids, curators = array("q"), array("q")
    for client_id, curator in conn.execute(select(clients.c.id, clients.c.curator_id)
                                           .execution_options(yield_per=50_000)):
        ids.append(client_id)
        curators.append(curator or 0)
    return ids, curators

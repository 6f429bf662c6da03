"""What «Заявка поставщику» (WH-6) reads: the suppliers of posted receipts, the lines bought from
them, and how much of each item went out by posted expenses. Receipts are client data (their
supplier is a client), so the viewer's scope decides whose purchases are listed; the quantities
sold come from the posting registers (WH_POSTINGS, WH_POSTING_LINES), which carry no client:
consumption counts every buyer."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection, exists, func, select

from crm_desktop.data.schema import clients, wh_doc_lines, wh_docs, wh_posting_lines, wh_postings
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.supplier_order import Purchase

CHUNK = 500        # ids per IN list


def _posted_receipts(start: datetime, end: datetime) -> list:
    d = wh_docs.c
    posted = exists(select(wh_postings.c.doc_id).where(wh_postings.c.doc_id == d.id))
    return [d.doc_kind == Kind.RECEIPT.value, d.doc_time >= start, d.doc_time < end, d.client_id.is_not(None), posted]


def suppliers(conn: Connection, start: datetime, end: datetime) -> list[tuple[int, str]]:
    """(client id, name) of the counterparties of receipts posted in [start, end), by name."""
    d = wh_docs.c
    stmt = (select(d.client_id, clients.c.name)
            .select_from(wh_docs.outerjoin(clients, clients.c.id == d.client_id))
            .where(*_posted_receipts(start, end))
            .group_by(d.client_id, clients.c.name).order_by(clients.c.name, d.client_id))
    return [(r[0], r[1]) for r in conn.execute(stmt)]


def purchases(conn: Connection, supplier_ids: Sequence[int], start: datetime, end: datetime) -> list[Purchase]:
    """The lines of the suppliers' receipts posted in [start, end), oldest first."""
    d, ln = wh_docs.c, wh_doc_lines.c
    found: list[tuple] = []
    wanted = sorted(set(supplier_ids))
    for at in range(0, len(wanted), CHUNK):
        stmt = (select(d.doc_time, d.id, ln.line_no, d.client_id, clients.c.name, ln.item_id, ln.quantity, ln.price)
                .select_from(wh_doc_lines.join(wh_docs, d.id == ln.doc_id)
                             .outerjoin(clients, clients.c.id == d.client_id))
                .where(d.client_id.in_(wanted[at:at + CHUNK]), *_posted_receipts(start, end)))
        found.extend(tuple(r) for r in conn.execute(stmt))
    found.sort(key=lambda r: r[:3])
    return [Purchase(r[3], r[4], r[5], r[6], r[7]) for r in found]


def consumption(conn: Connection, item_ids: Sequence[int], start: datetime, end: datetime) -> dict[int, Decimal]:
    """Item → quantity written off by expenses posted in [start, end), whoever bought."""
    p, h = wh_posting_lines.c, wh_postings.c
    out: dict[int, Decimal] = {}
    wanted = sorted(set(item_ids))
    for at in range(0, len(wanted), CHUNK):
        stmt = (select(p.item_id, func.sum(p.quantity))
                .select_from(wh_posting_lines.join(wh_postings, h.doc_id == p.doc_id))
                .where(p.item_id.in_(wanted[at:at + CHUNK]), h.doc_kind == Kind.EXPENSE.value, p.incoming == 0,
                       p.doc_time >= start, p.doc_time < end)
                .group_by(p.item_id))
        out.update({item: Decimal(quantity) for item, quantity in conn.execute(stmt)})
    return out

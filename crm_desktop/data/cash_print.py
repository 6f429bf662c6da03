"""What printing needs of the cash orders beyond services/cash.load: the orders entered for a
warehouse document (CASH_ORDERS.WH_DOC_ID), so «Подбор…» of an expense prints the ПКО taken
for it. Scoped like every read of client data (data/scope.py)."""
from __future__ import annotations

from sqlalchemy import Connection, select

from crm_desktop.data.schema import cash_orders


def orders_of_stock_doc(conn: Connection, wh_doc_id: int, kind: int) -> list[int]:
    """Ids of the orders of `kind` (1 ПКО, 2 РКО) entered for the warehouse document, oldest
    first."""
    c = cash_orders.c
    stmt = select(c.id).where(c.wh_doc_id == wh_doc_id, c.kind == kind).order_by(c.doc_time, c.id)
    return list(conn.execute(stmt).scalars())

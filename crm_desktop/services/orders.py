"""Use cases only orders have (ORD-1; manual "Центр приема заказов"): the stock check of an
order's lines and «Ввести на основании» → счёт, расходная накладная, ПКО, each of which keeps
the order's id (ORDER_ID), so the order card lists them («Документы заказа»). Loading, saving,
numbering, deleting and the journal of orders are services/documents.py's: an order is a
sales document of kind "order" with the invoices' lines, priced by the same rules.

Each entered document is a draft, not stored until the user saves it in its card, so the
services of its own kind (documents, warehouse, cash) check and number it as any other."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from crm_desktop.data import documents as doc_data, nomenclature as nom_data
from crm_desktop.domain.cash import CashKind, CashOrder
from crm_desktop.domain.documents import KIND_TITLES, Draft
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.orders import (LineStock, OnHand, OrderDocument, Source, based_on_note, check_stock,
                                       order_documents_sorted, payment_basis)
from crm_desktop.domain.pricing import totals
from crm_desktop.domain.stock_docs import StockDraft, StockLine
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import cash, documents, warehouse
from crm_desktop.services.session import Session

__all__ = ["enter_cash_receipt", "enter_expense", "enter_invoice", "entered_documents", "on_hand", "stock_check"]


def on_hand(session: Session, draft: Draft, now: datetime | None = None) -> OnHand:
    """What the order's warehouse has free of the order's items for its legal entity: the
    balance less the live reservations of other documents (services.warehouse.available; the
    reservations of the order's own expenses are its own, not others'). Services among the
    items are not stocked. No warehouse chosen: nothing held."""
    items = sorted({line.item_id for line in draft.lines if line.item_id is not None})
    if not items:
        return OnHand({})
    with session.db.read() as conn:
        services = frozenset(i for i, row in nom_data.items(conn, items).items() if row["is_service"])
        own = [r["id"] for r in doc_data.entered_from_order(conn, draft.id)["stock"]] if draft.id is not None else []
    if draft.warehouse_id is None or draft.legal_entity_id is None:
        return OnHand({}, services)
    stocked = [item for item in items if item not in services]
    free = warehouse.available(session, stocked, draft.warehouse_id, draft.legal_entity_id, now, own)
    return OnHand(free, services)


def stock_check(session: Session, draft: Draft, now: datetime | None = None) -> list[LineStock]:
    """Per line of the order (as the card holds it): the stock of its item and what is short."""
    return check_stock(draft.lines, on_hand(session, draft, now))


def entered_documents(session: Session, order_id: int) -> list[OrderDocument]:
    """«Документы заказа»: the invoices, warehouse documents and cash orders entered on the
    basis of the order, those the user may see, oldest first. DocumentNotFound when the order
    itself is gone or not the user's to open."""
    _order(session, order_id)
    with session.db.read() as conn:
        found = doc_data.entered_from_order(conn, order_id)
    docs = [OrderDocument(Source.INVOICE, r["id"], KIND_TITLES["invoice"], r["doc_no"], r["doc_date"], r["total"])
            for r in found["invoice"]]
    docs += [OrderDocument(Source.STOCK, r["id"], Kind(r["kind"]).label, r["doc_no"], r["doc_date"].date(),
                           r["total"]) for r in found["stock"]]
    docs += [OrderDocument(Source.CASH, r["id"], CashKind(r["kind"]).title, r["doc_no"], r["doc_date"].date(),
                           r["total"]) for r in found["cash"]]
    return order_documents_sorted(docs)


def _order(session: Session, order_id: int) -> Draft:
    """The stored order (DocumentNotFound when gone or not the user's)."""
    return documents.load(session, "order", order_id)


def enter_invoice(session: Session, order_id: int, today: date | None = None) -> Draft:
    """«Ввести на основании → Счёт»: an invoice to the order's client from the order's legal
    entity with the order's lines, dated today (repriced on saving by the invoices' rules,
    which are the orders' own)."""
    order = _order(session, order_id)
    base = documents.new_draft(session, "invoice", order.client_id, today)
    account = base.bank_account_id
    if order.legal_entity_id != base.legal_entity_id:
        account = next((a for a, _, default in documents.account_choices(session, order.legal_entity_id)
                        if default), None) if order.legal_entity_id is not None else None
    return replace(base, legal_entity_id=order.legal_entity_id, bank_account_id=account, vat_mode=order.vat_mode,
                   lines=list(order.lines), notes=based_on_note(order.doc_no, order.doc_date),
                   client_name=order.client_name, order_id=order_id)


def enter_expense(session: Session, order_id: int, now: datetime | None = None) -> StockDraft:
    """«Ввести на основании → Расходная накладная»: the order's goods, quantities and prices
    (after discount) from the order's warehouse; services and free-text lines stay behind,
    the warehouse keeps goods only."""
    order = _order(session, order_id)
    items = [line.item_id for line in order.lines if line.item_id is not None]
    with session.db.read() as conn:
        found = nom_data.items(conn, items)
    lines = [StockLine(line.item_id, line.name, line.unit_name, line.quantity, p.price, p.vat_rate, incoming=False)
             for line, p in zip(order.lines, order.priced())
             if line.item_id in found and not found[line.item_id]["is_service"]]
    if not lines:
        raise ValidationError([FieldError("lines", "В заказе нет товаров из номенклатуры: расходная накладная "
                                                   "списывает со склада только товары (не услуги).")])
    draft = warehouse.new_draft(session, Kind.EXPENSE, now)
    return replace(draft, legal_entity_id=order.legal_entity_id, warehouse_id=order.warehouse_id or draft.warehouse_id,
                   client_id=order.client_id, client_name=order.client_name, vat_mode=order.vat_mode,
                   notes=based_on_note(order.doc_no, order.doc_date), lines=lines, order_id=order_id)


def enter_cash_receipt(session: Session, order_id: int, now: datetime | None = None) -> CashOrder:
    """«Ввести на основании → Приходный кассовый ордер»: the order's total from its client to
    its legal entity, «Оплата по заказу № … от …»."""
    order = _order(session, order_id)
    draft = cash.new_order(session, CashKind.RECEIPT, now)
    return replace(draft, legal_entity_id=order.legal_entity_id, client_id=order.client_id,
                   client_name=order.client_name, person=order.client_name,
                   amount=totals(order.priced()).total, basis=payment_basis(order.doc_no, order.doc_date),
                   order_id=order_id)

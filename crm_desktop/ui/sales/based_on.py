"""«Ввести на основании» in one place (manual: «Журнал “Счета”», "Центр приема заказов"): which
documents are entered from which, the service that fills each one's draft, and the card it
opens in. The journals' context menu and the document card's button both come here, so an
invoice offers an act and a VAT invoice, an order a счёт, a расходная накладная and a ПКО,
wherever the user asks; an order's card lists what was entered from it and opens each in its
own card (open_entered). The cards are imported when used: they import this module's users."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.functionality import Module
from crm_desktop.domain.orders import OrderDocument, Source
from crm_desktop.services import documents, functionality, orders
from crm_desktop.services.session import Session

# source kind → (target kind, menu caption) in the order of the menu
BASED_ON: dict[str, tuple[tuple[str, str], ...]] = {
    "invoice": (("act", "Акт"), ("vat-invoice", "Счёт-фактура")),
    "order": (("invoice", "Счёт"), ("expense", "Расходная накладная"), ("cash-in", "Приходный кассовый ордер")),
}
_FROM_ORDER: dict[str, Callable[[Session, int], Any]] = {
    "invoice": orders.enter_invoice, "expense": orders.enter_expense, "cash-in": orders.enter_cash_receipt}


def refusal(session: Session, target: str) -> str:
    """Why `target` cannot be entered ("" when it can): an expense needs the warehouse, a ПКО the
    cash desk — switched on in «Параметры – Функционал» and, the warehouse, in the edition."""
    module = {"expense": Module.WAREHOUSE, "cash-in": Module.CASH}.get(target)
    if module is None:
        return ""
    gate = functionality.module_gate(session, module)
    return "" if gate.allowed else gate.reason


def make_draft(session: Session, source_kind: str, source_id: int, target: str) -> Any:
    """The unsaved draft of `target` filled from the stored document."""
    if source_kind == "invoice":
        return documents.enter_from_invoice(session, source_id, target)
    return _FROM_ORDER[target](session, source_id)


def card(parent: QWidget, session: Session, target: str, draft: Any) -> QDialog:
    """The card of the draft, not shown yet (the document card opens it beside itself)."""
    if target == "expense":
        from crm_desktop.ui.warehouse.document_dialog import StockDocumentDialog
        return StockDocumentDialog(session, draft, parent)
    if target == "cash-in":
        from crm_desktop.ui.cash.order_dialog import CashOrderDialog
        return CashOrderDialog(session, draft, parent)
    from crm_desktop.ui.sales.document_dialog import DocumentDialog
    return DocumentDialog(session, draft, parent)


def open_card(parent: QWidget, session: Session, target: str, draft: Any) -> bool:
    """Show the draft's card and wait; True when the document was saved (a journal then reads
    itself again)."""
    if target == "expense":
        from crm_desktop.ui.warehouse.document_dialog import open_stock_document
        return open_stock_document(parent, session, draft=draft) is not None
    if target == "cash-in":
        from crm_desktop.ui.cash.order_dialog import open_order
        return open_order(parent, session, draft)
    from crm_desktop.ui.sales.document_dialog import open_document
    return open_document(parent, session, target, draft=draft)


def open_entered(parent: QWidget, session: Session, doc: OrderDocument) -> bool:
    """Open the card of a document entered from an order («Документы заказа»: Enter, double
    click) in its own kind's card; True when something was saved there."""
    if doc.source is Source.STOCK:
        from crm_desktop.ui.warehouse.document_dialog import open_stock_document
        return open_stock_document(parent, session, doc_id=doc.doc_id) is not None
    if doc.source is Source.CASH:
        from crm_desktop.ui.cash.order_dialog import open_existing
        return open_existing(parent, session, doc.doc_id)
    from crm_desktop.ui.sales.document_dialog import open_document
    return open_document(parent, session, "invoice", doc_id=doc.doc_id)

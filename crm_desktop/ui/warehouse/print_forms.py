"""Printed forms of the warehouse (WH-4, WH-5; manual «Формирование первичных документов»,
«Печать ценников»): «Печать» of a document's own form (a receipt's «Приходная накладная», an
expense's «Расходная накладная», a return's «Возвратная накладная», a production's «Накладная
на выпуск продукции»), «Подбор…» of an expense — the primary documents ticked in a
small form, all in one PDF — and «Ценники…» of a receipt. Used by the document card and the
movement journal; the PDF is opened by ui/print_output, as every printed form."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from crm_desktop.domain.fifo import Kind
from crm_desktop.services import stock_printing
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.warehouse.selection_dialog_ui import Ui_SelectionDialog
from crm_desktop.ui.print_output import print_to_pdf, safe_name
from crm_desktop.ui.warehouse.messages import problem_text

# the document kind → its own printed form (`crm --print` kinds of services/stock_printing)
OWN_FORMS: dict[Kind, str] = {Kind.RECEIPT: "receipt", Kind.EXPENSE: "expense", Kind.RETURN: "return",
                              Kind.PRODUCTION: "production"}


def describe(exc: BaseException) -> str:
    """The print service's own sentence for a refusal (a wrong kind, nothing to print)."""
    return str(exc) if isinstance(exc, stock_printing.StockPrintRefused) else problem_text(exc)


def printable(kind: Kind) -> bool:
    return kind in OWN_FORMS


def print_own_form(parent: QWidget, session: Session, doc_id: int, kind: Kind, number: str) -> Path | None:
    """«Печать» (Ctrl+P): the document's own form as a PDF, opened."""
    form = OWN_FORMS.get(kind)
    if form is None:
        return None
    return print_to_pdf(parent, parent.tr("Печать"), f"{form}-{safe_name(number) or doc_id}.pdf",
                        lambda out: stock_printing.print_stock(session, form, doc_id, out), describe)


def print_tags(parent: QWidget, session: Session, receipt_id: int, number: str) -> Path | None:
    """«Ценники…» of a receipt: a tag per line."""
    return print_to_pdf(parent, parent.tr("Ценники"), f"price-tags-{safe_name(number) or receipt_id}.pdf",
                        lambda out: stock_printing.price_tags(session, out, receipt_id=receipt_id), describe)


class SelectionDialog(QDialog):
    """«Подбор…»: the forms of an expense to print, in the order of stock_printing.SELECTION."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SelectionDialog()
        self.ui.setupUi(self)
        self.checks: dict[str, QCheckBox] = {
            "expense": self.ui.expenseCheck, "warehouse-waybill": self.ui.warehouseWaybillCheck,
            "sales-receipt": self.ui.salesReceiptCheck, "torg12": self.ui.torg12Check,
            "expense-vat-invoice": self.ui.vatInvoiceCheck, "upd": self.ui.updCheck,
            "certificates": self.ui.certificatesCheck,
            "prepayment-invoice": self.ui.prepaymentCheck, "cash-in": self.ui.cashInCheck}
        assert list(self.checks) == list(stock_printing.SELECTION)
        for kind, check in self.checks.items():
            check.setToolTip(self.tr(stock_printing.SELECTION[kind]))
        self.ui.errorLabel.hide()
        self.ui.printButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)

    def chosen(self) -> list[str]:
        return [kind for kind, check in self.checks.items() if check.isChecked()]

    def accept(self) -> None:
        if not self.chosen():
            self.ui.errorLabel.setText(self.tr("Отметьте хотя бы один документ."))
            self.ui.errorLabel.show()
            return
        super().accept()


def choose_forms(parent: QWidget) -> list[str] | None:
    """The forms ticked in «Подбор документов»; None when cancelled."""
    dialog = SelectionDialog(parent)
    dialog.setObjectName("selectionDialog")
    return dialog.chosen() if dialog.exec() else None


def print_selection(parent: QWidget, session: Session, expense_id: int, number: str) -> Path | None:
    """«Подбор…» of an expense: the ticked forms as one PDF, opened."""
    kinds = choose_forms(parent)
    if not kinds:
        return None
    return print_to_pdf(parent, parent.tr("Подбор документов"),
                        f"expense-{safe_name(number) or expense_id}-documents.pdf",
                        lambda out: stock_printing.print_selection(session, expense_id, kinds, out), describe)

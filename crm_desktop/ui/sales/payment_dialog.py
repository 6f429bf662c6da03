"""The card of a payment of an invoice (SAL-4, manual "Контроль частичной оплаты счетов"): date,
sum, cash or bank, the payment document's number, the payer and the legal entity that got the
money. A new payment comes from documents.new_payment with the invoice's remainder filled in."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from crm_desktop.domain.money import format_money, parse_money
from crm_desktop.services import documents
from crm_desktop.services.documents import Payment
from crm_desktop.services.session import Session
from crm_desktop.ui.card.field_editors import russian_buttons
from crm_desktop.ui.forms.sales.payment_dialog_ui import Ui_PaymentDialog
from crm_desktop.domain.documents import BalanceExceeded
from crm_desktop.services.documents import DocumentNotFound
from crm_desktop.ui.ops import error_text
from crm_desktop.ui.unsaved_changes import may_close


def fill_choices(combo: QComboBox, read: Callable[[], list[tuple[int, str]]], current: int | None,
                 unnamed: str) -> None:
    """A combo of the company's legal entities or bank accounts, `current` selected; a
    current one no longer listed (deleted meanwhile) stays as `unnamed`."""
    combo.clear()
    choices = read()
    if current is not None and all(value != current for value, _ in choices):
        choices = [(current, unnamed), *choices]
    for value, caption in choices:
        combo.addItem(caption, value)
    combo.setCurrentIndex(combo.findData(current) if current is not None else -1)


def fill_entities(combo: QComboBox, session: Session, current: int | None) -> None:
    """«Получатель» of a document, «Юр. лицо» of a payment."""
    fill_choices(combo, lambda: documents.supplier_choices(session), current, combo.tr("юр. лицо по умолчанию"))


def problem_text(exc: BaseException) -> str:
    """The service's own sentence for the refusals a user can act on (the balance control's
    figures, a deleted document), the runner's wording for the rest."""
    if isinstance(exc, (BalanceExceeded, DocumentNotFound)):
        return str(exc)
    return error_text(exc)


def set_combo_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


class PaymentDialog(QDialog):
    """`saved` is the stored payment's settlement after OK (None until then)."""

    def __init__(self, session: Session, payment: Payment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self._session, self._payment = session, payment
        self.saved = False
        self.setWindowTitle(self.tr("Ввод оплаты") if payment.id is None else self.tr("Оплата (изменение)"))
        for kind, caption in documents.PAY_KINDS.items():
            self.ui.kindCombo.addItem(self.tr(caption), kind)
        fill_entities(self.ui.entityCombo, session, payment.legal_entity_id)
        self.ui.dateEdit.set_value(payment.pay_date)
        self.ui.amountEdit.setText(format_money(payment.amount) if payment.amount is not None else "")
        set_combo_data(self.ui.kindCombo, payment.pay_kind)
        self.ui.docNoEdit.setText(payment.doc_no)
        self.ui.payerEdit.setText(payment.payer)
        self.ui.notesEdit.setPlainText(payment.notes)
        russian_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self._opened = self._texts()

    def _texts(self) -> tuple:
        """What the user sees, to tell whether anything was changed."""
        ui = self.ui
        return (ui.dateEdit.value(), ui.amountEdit.text(), ui.kindCombo.currentData(), ui.docNoEdit.text(),
                ui.payerEdit.text(), ui.entityCombo.currentData(), ui.notesEdit.toPlainText())

    def payment(self) -> Payment:
        """The payment as entered; ValueError names a sum or date that cannot be read."""
        ui = self.ui
        day = ui.dateEdit.value()
        if day is None:
            raise ValueError(self.tr("Укажите дату оплаты."))
        return replace(self._payment, pay_date=day, amount=parse_money(ui.amountEdit.text()),
                       pay_kind=ui.kindCombo.currentData(), doc_no=ui.docNoEdit.text(),
                       payer=ui.payerEdit.text(), legal_entity_id=ui.entityCombo.currentData(),
                       notes=ui.notesEdit.toPlainText())

    def accept(self) -> None:
        try:
            documents.save_payment(self._session, self.payment())
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user, the input stays
            QMessageBox.warning(self, self.tr("Оплата не сохранена"), problem_text(exc))
            return
        self.saved = True
        super().accept()

    def reject(self) -> None:
        if may_close(self, self.windowTitle(), self._texts() != self._opened):
            super().reject()


def open_payment(parent: QWidget | None, session: Session, payment: Payment) -> bool:
    """Show the payment's card; True when it was saved."""
    dialog = PaymentDialog(session, payment, parent)
    dialog.exec()
    return dialog.saved

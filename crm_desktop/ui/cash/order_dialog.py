"""The card of a cash order (manual: "Оприходование, расход денежных средств"): a ПКО or an РКО
of a cash desk and a legal entity, with the sum, the counterparty, who brought or takes the
money and the basis. "При сохранении система предложит провести документ": after OK the card
asks whether to post; an РКО the desk cannot pay is refused with the figures and the card stays
open, saved and numbered, so the sum can be changed. A posted order is shown read-only."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox, QWidget

from crm_desktop.domain.cash import CashKind, CashOrder
from crm_desktop.domain.money import format_money, parse_money
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import cash
from crm_desktop.services.session import Session
from crm_desktop.ui.card.field_editors import russian_buttons
from crm_desktop.ui.cash import commands
from crm_desktop.ui.cash.client_field import ClientField
from crm_desktop.ui.changes import announce
from crm_desktop.ui.forms.cash.order_dialog_ui import Ui_CashOrderDialog
from crm_desktop.ui.ops import error_text
from crm_desktop.ui.unsaved_changes import may_close

Button = QMessageBox.StandardButton
PERSON_MNEMONIC = {CashKind.RECEIPT: "&Принято от:", CashKind.EXPENSE: "&Выдать:"}
PERSON_HINT = {CashKind.RECEIPT: "Фамилия, имя, отчество того, кто вносит деньги",
               CashKind.EXPENSE: "Фамилия, имя, отчество того, кто получает деньги"}


def _fill(combo: QComboBox, choices: list[tuple[int, str]], current: int | None, unnamed: str) -> None:
    """Choices with `current` selected; a current one no longer listed stays as `unnamed`."""
    combo.clear()
    if current is not None and all(value != current for value, _ in choices):
        choices = [(current, unnamed), *choices]
    for value, caption in choices:
        combo.addItem(caption, value)
    combo.setCurrentIndex(combo.findData(current) if current is not None else -1)


class CashOrderDialog(QDialog):
    """`saved` turns True once the order is stored (posted or not), so the journal reads again."""

    def __init__(self, session: Session, order: CashOrder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CashOrderDialog()
        self.ui.setupUi(self)
        self.setObjectName("cashOrderDialog")
        self._session = session
        self.saved = False
        ui = self.ui
        russian_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.accept)
        desks = [(d.id, d.name) for d in cash.desks(session, active_only=True)]
        _fill(ui.deskCombo, desks, order.desk_id, order.desk_name or self.tr("касса"))
        _fill(ui.entityCombo, cash.legal_entities(session), order.legal_entity_id,
              order.legal_entity_name or self.tr("юр. лицо"))
        self.client = ClientField(session, ui.clientEdit, order.client_id, order.client_name)
        self.client.picked.connect(self._client_picked)
        self._show(order)

    # -- showing ------------------------------------------------------------------------------
    def _show(self, order: CashOrder) -> None:
        self._order = order
        ui = self.ui
        self.setWindowTitle(self.tr(order.title))
        ui.personLabel.setText(self.tr(PERSON_MNEMONIC[order.kind]))
        ui.personEdit.setToolTip(self.tr(PERSON_HINT[order.kind]))
        ui.numberValue.setText(order.doc_no or self.tr("присваивается при сохранении"))
        ui.dateEdit.set_value(order.doc_time.date())
        ui.deskCombo.setCurrentIndex(ui.deskCombo.findData(order.desk_id))
        ui.entityCombo.setCurrentIndex(ui.entityCombo.findData(order.legal_entity_id))
        ui.personEdit.setText(order.person)
        ui.basisEdit.setText(order.basis)
        ui.amountEdit.setText(format_money(order.amount) if order.amount is not None else "")
        ui.notesEdit.setPlainText(order.notes)
        self._set_state(order)
        self._opened = self._texts()

    def _set_state(self, order: CashOrder) -> None:
        ui = self.ui
        if order.posted:
            state = self.tr("Ордер проведён: сумма учтена в остатке кассы. Чтобы изменить ордер, отмените его "
                            "проведение в журнале движения денежных средств.")
        elif order.id is not None:
            state = self.tr("Ордер сохранён, но не проведён: остаток кассы он не меняет.")
        else:
            state = ""
        ui.stateLabel.setText(state)
        ui.stateLabel.setVisible(bool(state))
        editable = not order.posted
        for widget in (ui.deskCombo, ui.entityCombo):
            widget.setEnabled(editable)
        for line in (ui.clientEdit, ui.personEdit, ui.basisEdit, ui.amountEdit):
            line.setReadOnly(not editable)
        ui.notesEdit.setReadOnly(not editable)
        ui.dateEdit.set_read_only(not editable)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setVisible(editable)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Отмена") if editable else self.tr("Закрыть"))

    def _client_picked(self, name: str) -> None:
        """A receipt from a client: «Принято от» is the client unless already filled."""
        if self._order.kind is CashKind.RECEIPT and not self.ui.personEdit.text().strip():
            self.ui.personEdit.setText(name)

    def _texts(self) -> tuple:
        """What the user sees, to tell whether anything was changed."""
        ui = self.ui
        return (ui.dateEdit.value(), ui.deskCombo.currentData(), ui.entityCombo.currentData(), ui.clientEdit.text(),
                ui.personEdit.text(), ui.basisEdit.text(), ui.amountEdit.text(), ui.notesEdit.toPlainText())

    # -- collecting and saving ----------------------------------------------------------------
    def _moment(self, day: date) -> datetime:
        """The order keeps its time of day; a new order dated today is dated now."""
        kept = self._order.doc_time
        if day == kept.date():
            return kept
        if self._order.id is None and day == date.today():
            return datetime.now().replace(microsecond=0)
        return datetime.combine(day, kept.time())

    def order(self) -> CashOrder:
        """The order as entered; ValueError names a date, sum or counterparty that cannot be read."""
        ui = self.ui
        day = ui.dateEdit.value()
        if day is None:
            raise ValueError(self.tr("Укажите дату ордера."))
        text = ui.amountEdit.text()
        amount = parse_money(text) if text.strip() else None
        client_id, client_name = self.client.resolve()
        person = ui.personEdit.text()
        if self._order.kind is CashKind.RECEIPT and not person.strip():
            person = client_name         # «Принято от»: the client, unless somebody else is named
        return replace(self._order, doc_time=self._moment(day), desk_id=ui.deskCombo.currentData(),  # type: ignore[arg-type]
                       legal_entity_id=ui.entityCombo.currentData(), client_id=client_id, client_name=client_name,
                       person=person, basis=ui.basisEdit.text(), amount=amount,
                       notes=ui.notesEdit.toPlainText())

    def _focus(self, field: str) -> None:
        ui = self.ui
        widget = {"desk_id": ui.deskCombo, "legal_entity_id": ui.entityCombo, "client_id": ui.clientEdit,
                  "person": ui.personEdit, "basis": ui.basisEdit, "amount": ui.amountEdit,
                  "notes": ui.notesEdit}.get(field)
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        if self._order.posted:
            super().accept()
            return
        try:
            stored = cash.save(self._session, self.order())
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user, the input stays
            QMessageBox.warning(self, self.tr("Кассовый ордер не сохранён"), error_text(exc))
            if isinstance(exc, ValidationError) and exc.errors:
                self._focus(exc.errors[0].field)
            elif "Сумм" in str(exc):        # parse_money's sentences
                self.ui.amountEdit.setFocus()
            return
        self.saved = True
        announce(commands.CASH, (stored.id,))   # type: ignore[arg-type]
        self._show(stored)
        answer = QMessageBox.question(self, self.tr(stored.title), self.tr("Провести кассовый ордер?"),
                                      Button.Yes | Button.No, Button.Yes)
        if answer != Button.Yes:
            super().accept()
            return
        if commands.post(self, self._session, stored.id):  # type: ignore[arg-type]
            super().accept()
            return
        # refused (an РКО over the balance): the card stays, saved and numbered
        self.ui.amountEdit.setFocus()
        self.ui.amountEdit.selectAll()

    def reject(self) -> None:
        if self._order.posted or may_close(self, self.windowTitle(), self._texts() != self._opened):
            super().reject()


def open_order(parent: QWidget | None, session: Session, order: CashOrder) -> bool:
    """Show the order's card; True when it was saved."""
    dialog = CashOrderDialog(session, order, parent)
    dialog.exec()
    return dialog.saved


def open_new(parent: QWidget | None, session: Session, kind: CashKind) -> bool:
    """«Ввести приходный (расходный) кассовый ордер»."""
    return open_order(parent, session, cash.new_order(session, kind))


def open_existing(parent: QWidget | None, session: Session, order_id: int) -> bool:
    return open_order(parent, session, cash.load(session, order_id))


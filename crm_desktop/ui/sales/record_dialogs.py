"""The sale and work cards of the client card's «Продажи» and «Работы» (SAL-5, manual
"Продажи", "Работы"), and `RecordCard`, the base every sales card here shares: typed input
read into a record, errors shown without losing it, «Сохранить изменения?» on leaving,
Ctrl+S saves and stays, Ctrl+Enter saves and closes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QWidget)

from crm_desktop.domain.money import format_money, format_qty, parse_money
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import clients, documents, nomenclature, sales_works
from crm_desktop.services.documents import DocumentNotFound
from crm_desktop.services.sales_works import Sale, Work
from crm_desktop.services.session import Session
from crm_desktop.ui.card.field_editors import russian_buttons
from crm_desktop.ui.forms.sales.sale_dialog_ui import Ui_SaleDialog
from crm_desktop.ui.forms.sales.work_dialog_ui import Ui_WorkDialog
from crm_desktop.ui.ops import error_text
from crm_desktop.ui.sales import item_picker
from crm_desktop.ui.unsaved_changes import may_close
from crm_desktop.ui.widgets.date_edit import DateEdit

R = TypeVar("R")
T = TypeVar("T")


def show_problem(parent: QWidget | None, exc: BaseException, title: str) -> None:
    """A refusal in the service's own words: a deleted record too, not only the runner's errors."""
    QMessageBox.warning(parent, title, str(exc) if isinstance(exc, DocumentNotFound) else error_text(exc))


def attempt(parent: QWidget | None, work: Callable[[], T], title: str) -> T | None:
    """Run a short service call; on failure say why and return None."""
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - every failure reaches the user, input stays
        show_problem(parent, exc, title)
        return None


# -- reading and showing typed values, shared by the sales cards ------------------------------
def money_of(edit: QLineEdit, field: str, label: str) -> Decimal:
    """The sum typed in `edit` (empty = 0); ValidationError naming the field otherwise."""
    if not edit.text().strip():
        return Decimal("0.00")
    try:
        return parse_money(edit.text())
    except ValueError as exc:
        raise ValidationError([FieldError(field, f"{label}: {exc}")]) from None


def number_of(edit: QLineEdit, field: str, label: str) -> Decimal:
    """A quantity or hours ("1,5"; empty = 0)."""
    text = "".join(edit.text().split()).replace(",", ".")
    try:
        return Decimal(text) if text else Decimal(0)
    except InvalidOperation:
        raise ValidationError([FieldError(field, f"{label}: «{edit.text().strip()}» — не число.")]) from None


def fill_combo(combo: QComboBox, items: list[tuple[int, str]], current: int | None, empty: str | None = None) -> None:
    """Items (id, name); `empty` adds a first "nothing chosen" entry with the id None."""
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for item_id, name in items:
        combo.addItem(name, item_id)
    index = combo.findData(current) if current is not None else (0 if empty is not None else -1)
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
    combo.blockSignals(False)


def entity_items(session: Session) -> list[tuple[int, str]]:
    """Our legal entities for «Получатель платежа» and the contract's «Юр. лицо»."""
    return documents.supplier_choices(session)


def user_name(session: Session, user_id: int | None) -> str:
    """The responsible user's name (a new record's is the user's own)."""
    if user_id is None or user_id == session.user.id:
        return session.user.full_name
    return documents.employee_name(session, user_id)


def client_caption(session: Session, client_id: int) -> str:
    try:
        return f"Клиент: {clients.client_title(session, client_id)}"
    except Exception:  # noqa: BLE001 - the caption is decoration; saving reports access itself
        return ""


class RecordCard(QDialog, Generic[R]):
    """A card editing one record `R` through a service. Subclasses give `_read()` (the record
    from the widgets, ValidationError for unreadable input), `_show(record)` and
    `_store(record)` (the service call returning the stored record); `fields` maps a
    record's field to its editor, so an error puts the cursor there."""

    title_not_saved = "Запись не сохранена"

    def __init__(self, session: Session, record: R, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.record = record
        self.saved_any = False
        self.fields: dict[str, QWidget] = {}
        self._opened: tuple = ()

    def _setup_buttons(self, box: QDialogButtonBox, save_button: QPushButton) -> None:
        russian_buttons(box)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        save_button.clicked.connect(self.save)
        save_button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    # -- to be given by the card -----------------------------------------------------------------
    def _read(self) -> R:
        raise NotImplementedError

    def _show(self, record: R) -> None:
        raise NotImplementedError

    def _store(self, record: R) -> R:
        raise NotImplementedError

    # -- shared behaviour ------------------------------------------------------------------------
    def _snapshot(self) -> tuple:
        """What the user typed, to tell whether anything changed since opening or saving."""
        state: list[Any] = []
        for w in self.findChildren(QWidget):
            if isinstance(w, DateEdit):
                state.append(w.line.text())
            elif not w.objectName() or w.objectName().startswith("qt_"):
                continue            # Qt's own parts (the calendar's year field …), not input
            elif isinstance(w, QLineEdit) and not w.isReadOnly():
                state.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                state.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                state.append(w.currentData())
        return tuple(state)

    def mark_clean(self) -> None:
        self._opened = self._snapshot()

    def dirty(self) -> bool:
        return self._snapshot() != self._opened

    def load(self, record: R) -> None:
        self.record = record
        self._show(record)
        self.mark_clean()

    def save(self) -> bool:
        """Store the input; on failure say why and keep everything typed."""
        try:
            stored = self._store(self._read())
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr(self.title_not_saved), str(exc))
            editor = next((self.fields[e.field] for e in exc.errors if e.field in self.fields), None)
            if editor is not None:
                editor.setFocus()
            return False
        except Exception as exc:  # noqa: BLE001 - ConcurrentEdit, access … reach the user, input stays
            show_problem(self, exc, self.tr(self.title_not_saved))
            return False
        self.saved_any = True
        self.load(stored)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if may_close(self, self.windowTitle(), self.dirty()):
            super().reject()


class PaidRecordCard(RecordCard[R]):
    """Sale and work share sum, paid, payment date, responsible and notes."""

    def _bind_payment(self) -> None:
        ui = self.ui
        self.fields.update(amount=ui.amountEdit, paid=ui.paidEdit, pay_date=ui.payDateEdit, notes=ui.notesEdit)
        ui.paidEdit.editingFinished.connect(self._payment_date_for_paid)

    def _payment_date_for_paid(self) -> None:
        """A paid sum without a date is refused; today is what the user means almost always."""
        if self.ui.paidEdit.text().strip() and self.ui.payDateEdit.value() is None:
            try:
                if parse_money(self.ui.paidEdit.text()) > 0:
                    self.ui.payDateEdit.set_value(date.today())
            except ValueError:
                pass

    def _show_payment(self, record: Sale | Work) -> None:
        ui = self.ui
        ui.amountEdit.setText(format_money(record.amount))
        ui.paidEdit.setText(format_money(record.paid))
        ui.payDateEdit.set_value(record.pay_date)
        ui.managerEdit.setText(user_name(self._session, record.manager_id))
        ui.notesEdit.setPlainText(record.notes)

    def _payment(self) -> dict[str, Any]:
        ui = self.ui
        return dict(amount=money_of(ui.amountEdit, "amount", self.tr("Сумма")),
                    paid=money_of(ui.paidEdit, "paid", self.tr("Оплачено")),
                    pay_date=ui.payDateEdit.value(), notes=ui.notesEdit.toPlainText())


class SaleDialog(PaidRecordCard[Sale]):
    title_not_saved = "Продажа не сохранена"

    def __init__(self, session: Session, sale: Sale, parent: QWidget | None = None) -> None:
        super().__init__(session, sale, parent)
        self.ui = Ui_SaleDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Продажа") if sale.id is None else self.tr("Продажа (изменение)"))
        self.ui.clientLabel.setText(client_caption(session, sale.client_id))
        self._item_id = sale.item_id
        self.fields.update(sale_date=self.ui.dateEdit, product=self.ui.productEdit, quantity=self.ui.quantityEdit)
        self._bind_payment()
        self.ui.pickButton.clicked.connect(self.pick_item)
        self.ui.pickButton.setAutoDefault(False)
        QShortcut(QKeySequence("F4"), self, self.pick_item)
        self.ui.productEdit.textEdited.connect(self._typed_product)
        self._setup_buttons(self.ui.buttonBox, self.ui.saveButton)
        self.load(sale)

    def _typed_product(self) -> None:
        self._item_id = None        # a typed name is no longer the nomenclature item

    def pick_item(self) -> None:
        """«Выбрать из номенклатуры…»: the item's name and price; the sum follows the quantity."""
        item_id = item_picker.pick_item(self, self._session)
        if item_id is None:
            return
        item = nomenclature.item(self._session, item_id)
        if item is None:
            QMessageBox.warning(self, self.tr("Товар"), self.tr("Товар удалён из номенклатуры."))
            return
        self._item_id = item_id
        self.ui.productEdit.setText(item.values.get("name") or "")
        price = item.values.get("sale_price")
        if price is not None:
            try:
                quantity = number_of(self.ui.quantityEdit, "quantity", "") or Decimal(1)
            except ValidationError:
                quantity = Decimal(1)
            self.ui.amountEdit.setText(format_money(Decimal(price) * quantity))

    def _show(self, sale: Sale) -> None:
        ui = self.ui
        ui.dateEdit.set_value(sale.sale_date)
        ui.productEdit.setText(sale.product)
        ui.quantityEdit.setText(format_qty(sale.quantity))
        self._item_id = sale.item_id
        self._show_payment(sale)

    def _read(self) -> Sale:
        ui = self.ui
        day = ui.dateEdit.value()
        if day is None:
            raise ValidationError([FieldError("sale_date", self.tr("Укажите дату продажи."))])
        return replace(self.record, sale_date=day, product=ui.productEdit.text(), item_id=self._item_id,
                       quantity=number_of(ui.quantityEdit, "quantity", self.tr("Количество")), **self._payment())

    def _store(self, sale: Sale) -> Sale:
        return sales_works.save_sale(self._session, sale)


class WorkDialog(PaidRecordCard[Work]):
    title_not_saved = "Работа не сохранена"

    def __init__(self, session: Session, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(session, work, parent)
        self.ui = Ui_WorkDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Работа") if work.id is None else self.tr("Работа (изменение)"))
        self.ui.clientLabel.setText(client_caption(session, work.client_id))
        self.fields.update(work_date=self.ui.dateEdit, description=self.ui.descriptionEdit,
                           norm_hours=self.ui.hoursEdit, legal_entity_id=self.ui.entityCombo)
        self._bind_payment()
        self.ui.descriptionEdit.setTabChangesFocus(True)
        self.ui.notesEdit.setTabChangesFocus(True)
        self._entities = entity_items(session)
        self._setup_buttons(self.ui.buttonBox, self.ui.saveButton)
        self.load(work)

    def _show(self, work: Work) -> None:
        ui = self.ui
        ui.dateEdit.set_value(work.work_date)
        ui.descriptionEdit.setPlainText(work.description)
        ui.hoursEdit.setText(format_qty(work.norm_hours))
        fill_combo(ui.entityCombo, self._entities, work.legal_entity_id, self.tr("(не указан)"))
        self._show_payment(work)

    def _read(self) -> Work:
        ui = self.ui
        day = ui.dateEdit.value()
        if day is None:
            raise ValidationError([FieldError("work_date", self.tr("Укажите дату работы."))])
        return replace(self.record, work_date=day, description=ui.descriptionEdit.toPlainText(),
                       norm_hours=number_of(ui.hoursEdit, "norm_hours", self.tr("Нормо-часы")),
                       legal_entity_id=ui.entityCombo.currentData(), **self._payment())

    def _store(self, work: Work) -> Work:
        return sales_works.save_work(self._session, work)


def run_card(parent: QWidget | None, make: Callable[[], RecordCard], title: str = "Запись не открыта") -> bool:
    """Build a card (loading may fail: deleted, forbidden) and show it modally; whether it saved."""
    try:
        dialog = make()
    except Exception as exc:  # noqa: BLE001 - a deleted or forbidden record is explained
        show_problem(parent, exc, title)
        return False
    dialog.exec()
    return dialog.saved_any


def open_sale(parent: QWidget | None, session: Session, sale_id: int | None = None,
              client_id: int | None = None) -> bool:
    """The sale card: an existing sale, or a new one of `client_id`; True when something was saved."""
    def make() -> SaleDialog:
        sale = (sales_works.load_sale(session, sale_id) if sale_id is not None
                else Sale(None, client_id, date.today(), manager_id=session.user.id))
        return SaleDialog(session, sale, parent)
    return run_card(parent, make)


def open_work(parent: QWidget | None, session: Session, work_id: int | None = None,
              client_id: int | None = None) -> bool:
    """The work card: an existing work, or a new one of `client_id`; True when something was saved."""
    def make() -> WorkDialog:
        work = (sales_works.load_work(session, work_id) if work_id is not None
                else Work(None, client_id, date.today(), legal_entity_id=documents.default_supplier_id(session),
                          manager_id=session.user.id))
        return WorkDialog(session, work, parent)
    return run_card(parent, make)

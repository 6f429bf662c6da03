"""What prices a document besides the item's own price (SAL-3): «Администрирование – Система
скидок» (discount tiers by the document's sum) and «Система спец. предложений» (a client's
discount per nomenclature group). Both are saved as a whole table, as the services take them."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QMenu,
                               QPushButton, QTableWidget, QTableWidgetItem, QWidget)

from crm_desktop.domain.money import format_money, format_qty, parse_money
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.pricing import DiscountTier
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import nomenclature, tasks
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import field_marks
from crm_desktop.ui.forms.sales.discount_tiers_dialog_ui import Ui_DiscountTiersDialog
from crm_desktop.ui.forms.sales.special_offers_dialog_ui import Ui_SpecialOffersDialog
from crm_desktop.ui.ops import call
from crm_desktop.ui.sales.item_dialog import parse_number
from crm_desktop.ui.sales.item_picker import group_choices
from crm_desktop.ui.unsaved_changes import UNSAVED, may_close, may_leave

NO_RIGHT = "Нет права «Редактировать справочники и настраивать систему»: настройку выполняет администратор."
OTHER_GROUPS = "Все остальные группы"
ClientIdRole = Qt.ItemDataRole.UserRole + 1


def _rows_commands(dialog: QDialog, table: QTableWidget, add_button: QPushButton, delete_button: QPushButton,
                   add: Callable[[], None]) -> None:
    """Ins adds a row, Del deletes the current one, also on the right button; nothing asks,
    as the table is stored only by «Сохранить» and Esc offers to drop the changes."""
    def delete() -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
    actions = []
    for text, keys, slot, button in ((dialog.tr("Добавить строку"), "Ins", add, add_button),
                                     (dialog.tr("Удалить строку"), "Del", delete, delete_button)):
        action = QAction(text, dialog)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)     # Del in a cell's editor edits text
        action.triggered.connect(slot)
        table.addAction(action)
        button.clicked.connect(slot)
        actions.append(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(at: QPoint) -> None:
        popup = QMenu(table)
        popup.addActions(actions)
        popup.exec(table.viewport().mapToGlobal(at))
    table.customContextMenuRequested.connect(menu)


def _percent(text: str) -> Decimal:
    value = parse_number(text, "Скидка")
    if value is None:
        raise ValueError("укажите скидку в процентах.")
    return value


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    cell = table.item(row, column)
    return cell.text() if cell is not None else ""


def _deny_without_right(session: Session, buttons: tuple[QPushButton, ...]) -> None:
    """The set-up may be looked at by anyone; saving needs the right, and the button says so."""
    if not session.can(Permission.EDIT_DICTIONARIES):
        for button in buttons:
            button.setEnabled(False)
            button.setToolTip(button.tr(NO_RIGHT))


class DiscountTiersDialog(QDialog):
    """«Сумма документа от» → «Скидка, %»; Save (Ctrl+S) stores the whole table and closes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DiscountTiersDialog()
        self.ui.setupUi(self)
        self._session = session
        table = self.ui.tiersTable
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for tier in nomenclature.discount_tiers(session):
            self._add_row(format_money(tier.min_sum), format_qty(tier.discount))
        self._opened = self._snapshot()
        _rows_commands(self, table, self.ui.addButton, self.ui.deleteButton, self.add_row)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Сохранить"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        _deny_without_right(session, (save,))
        self._save_button = save

    def _add_row(self, min_sum: str, discount: str) -> int:
        table = self.ui.tiersTable
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate((min_sum, discount)):
            cell = QTableWidgetItem(text)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, cell)
        return row

    def add_row(self) -> None:
        row = self._add_row("", "")
        self.ui.tiersTable.setCurrentCell(row, 0)
        self.ui.tiersTable.editItem(self.ui.tiersTable.item(row, 0))

    def _snapshot(self) -> list[tuple[str, str]]:
        table = self.ui.tiersTable
        return [(_cell_text(table, r, 0), _cell_text(table, r, 1)) for r in range(table.rowCount())]

    def tiers(self) -> list[DiscountTier]:
        """The table as typed; ValidationError names each row that cannot be read."""
        tiers, errors = [], []
        for row, (min_sum, discount) in enumerate(self._snapshot()):
            if not min_sum.strip() and not discount.strip():
                continue                                    # a row added and left empty
            try:
                tiers.append(DiscountTier(parse_money(min_sum), _percent(discount)))
            except ValueError as exc:
                errors.append(FieldError("tiers", f"Строка {row + 1}: {exc}"))
        if errors:
            raise ValidationError(errors)
        return tiers

    def accept(self) -> None:
        if not self._save_button.isEnabled():
            return
        if field_marks.save(self, {"tiers": self.ui.tiersTable},
                            lambda: nomenclature.save_discount_tiers(self._session, self.tiers()) or True,
                            self.tr("Система скидок не сохранена")):
            super().accept()

    def reject(self) -> None:
        dirty = self._save_button.isEnabled() and self._snapshot() != self._opened
        if may_close(self, self.windowTitle(), dirty):
            super().reject()


class SpecialOffersDialog(QDialog):
    """Clients with an offer on the left (another found by code or name), the chosen client's
    discounts per group on the right; Ctrl+S saves the client's offer, an offer with no rows
    is removed. Leaving a client with unsaved rows asks first."""

    def __init__(self, session: Session, client_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SpecialOffersDialog()
        self.ui.setupUi(self)
        self._session = session
        self._client_id: int | None = None
        self._opened: list[tuple[int | None, str]] = []
        self._groups: list[tuple[int | None, str]] = [*group_choices(session), (None, self.tr(OTHER_GROUPS))]
        self._may_edit = session.can(Permission.EDIT_DICTIONARIES)
        ui = self.ui
        ui.splitter.setSizes([320, 580])
        ui.splitter.setStretchFactor(1, 1)
        header = ui.offerTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.offerTable.setColumnWidth(1, 120)
        ui.foundList.hide()
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Закрыть"))
        close.setAutoDefault(False)          # Enter finds a client or adds it, never closes
        ui.buttonBox.rejected.connect(self.reject)
        ui.saveButton.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        _rows_commands(self, ui.offerTable, ui.addButton, ui.deleteButton, self.add_row)
        ui.findEdit.returnPressed.connect(self._find)
        ui.foundList.itemActivated.connect(lambda item: self._add_client(item.data(ClientIdRole), item.text()))
        ui.clientsList.currentItemChanged.connect(self._client_chosen)
        _deny_without_right(session, (ui.saveButton,))
        self._fill_clients()
        if client_id is not None:
            choice = tasks.client_choice(session, client_id)
            if choice is not None:
                self._add_client(choice.id, choice.name)
        self._show_rows()

    # -- clients -------------------------------------------------------------------------------
    def _fill_clients(self) -> None:
        lst = self.ui.clientsList
        lst.blockSignals(True)
        lst.clear()
        for client_id, name in nomenclature.offer_clients(self._session):
            item = QListWidgetItem(name)
            item.setData(ClientIdRole, client_id)
            lst.addItem(item)
        lst.blockSignals(False)
        self._select_client(self._client_id)

    def _select_client(self, client_id: int | None) -> None:
        lst = self.ui.clientsList
        row = next((r for r in range(lst.count()) if lst.item(r).data(ClientIdRole) == client_id), -1)
        lst.blockSignals(True)
        lst.setCurrentRow(row)
        lst.blockSignals(False)

    def _find(self) -> None:
        found = call(self, lambda: tasks.find_clients(self._session, self.ui.findEdit.text()))
        lst = self.ui.foundList
        lst.clear()
        for choice in found or []:
            item = QListWidgetItem(f"{choice.code}  {choice.name}")
            item.setData(ClientIdRole, choice.id)
            lst.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("Клиенты не найдены: уточните код или часть названия."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(item)
        lst.show()
        lst.setCurrentRow(0)
        lst.setFocus()

    def _add_client(self, client_id: int | None, text: str) -> None:
        """Put a found client in the list (with no rows yet) and open its offer."""
        if client_id is None:
            return
        lst = self.ui.clientsList
        if not any(lst.item(r).data(ClientIdRole) == client_id for r in range(lst.count())):
            item = QListWidgetItem(text.split("  ", 1)[-1])
            item.setData(ClientIdRole, client_id)
            lst.addItem(item)
        self.ui.foundList.hide()
        self.ui.findEdit.clear()
        self.choose_client(client_id)

    def choose_client(self, client_id: int) -> None:
        """Open a client's offer (as a click in the list does)."""
        lst = self.ui.clientsList
        row = next((r for r in range(lst.count()) if lst.item(r).data(ClientIdRole) == client_id), -1)
        lst.setCurrentRow(row)

    def _client_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        new_id = current.data(ClientIdRole) if current is not None else None
        if new_id == self._client_id:
            return
        if not may_leave(self, self.windowTitle(), UNSAVED, self.dirty(), self.save):
            self._select_client(self._client_id)
            return
        self._client_id = new_id
        self._show_rows()

    # -- offer rows ----------------------------------------------------------------------------
    def _show_rows(self) -> None:
        ui = self.ui
        ui.offerTable.setRowCount(0)
        chosen = self._client_id is not None
        current = ui.clientsList.currentItem()
        ui.clientLabel.setText(self.tr("Спецпредложение: %1").replace("%1", current.text()) if chosen and current
                               else self.tr("Выберите клиента слева или найдите его по коду или названию"))
        for widget in (ui.offerTable, ui.addButton, ui.deleteButton):
            widget.setEnabled(chosen)
        ui.saveButton.setEnabled(chosen and self._may_edit)
        if chosen:
            for group_id, _name, discount in nomenclature.offer_rows(self._session, self._client_id):
                self._add_row(group_id, format_qty(discount))
        self._opened = self._snapshot()

    def _add_row(self, group_id: int | None, discount: str) -> int:
        table = self.ui.offerTable
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        for choice_id, name in self._groups:
            combo.addItem(name, choice_id)
        combo.setCurrentIndex(max(combo.findData(group_id), 0))
        table.setCellWidget(row, 0, combo)
        cell = QTableWidgetItem(discount)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, cell)
        return row

    def add_row(self) -> None:
        """A new row for a group not in the offer yet («Все остальные группы» when all are)."""
        if self._client_id is None:
            return
        used = {group_id for group_id, _ in self._snapshot()}
        free = next((g for g, _ in self._groups if g not in used), None)
        row = self._add_row(free, "")
        self.ui.offerTable.setCurrentCell(row, 1)
        self.ui.offerTable.editItem(self.ui.offerTable.item(row, 1))

    def _snapshot(self) -> list[tuple[int | None, str]]:
        table = self.ui.offerTable
        return [(table.cellWidget(r, 0).currentData(), _cell_text(table, r, 1)) for r in range(table.rowCount())]

    def dirty(self) -> bool:
        return self._client_id is not None and self._may_edit and self._snapshot() != self._opened

    def offer(self) -> list[tuple[int | None, Decimal]]:
        rows, errors = [], []
        for row, (group_id, discount) in enumerate(self._snapshot()):
            try:
                rows.append((group_id, _percent(discount)))
            except ValueError as exc:
                errors.append(FieldError("offer", f"Строка {row + 1}: {exc}"))
        if errors:
            raise ValidationError(errors)
        return rows

    def save(self) -> bool:
        """Store the chosen client's offer; False (the reason shown) when it was not stored."""
        if self._client_id is None or not self._may_edit:
            return False
        client_id = self._client_id
        if not field_marks.save(self, {"offer": self.ui.offerTable},
                                lambda: nomenclature.save_special_offer(self._session, client_id, self.offer())
                                or True, self.tr("Спецпредложение не сохранено")):
            return False
        self._opened = self._snapshot()
        if not self._opened:                       # the offer was removed: the client leaves the list
            self._client_id = None
            self._fill_clients()
            self._show_rows()
        return True

    def reject(self) -> None:
        if may_leave(self, self.windowTitle(), UNSAVED, self.dirty(), self.save):
            super().reject()


def open_discount_tiers(parent: QWidget | None, session: Session) -> None:
    """«Администрирование – Система скидок» as a modal window."""
    DiscountTiersDialog(session, parent).exec()


def open_special_offers(parent: QWidget | None, session: Session, client_id: int | None = None) -> None:
    """«Администрирование – Система спец. предложений», opened on `client_id`'s offer when given
    (from the client's card)."""
    SpecialOffersDialog(session, client_id, parent).exec()

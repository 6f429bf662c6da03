"""«Складской учет – Производственные спецификации» (manual: "Создайте новую спецификацию, например
“Велосипед” ... Выберите номенклатурную позицию результирующего продукта, введите комплектующие, с
указанием склада, откуда их нужно списывать в производство"): the list on the left, the chosen
specification on the right — name, product, components per unit with their warehouse. Leaving
a changed specification asks «Сохранить / Не сохранять / Отмена»."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHeaderView, QListWidgetItem, QMessageBox,
                               QTableWidgetItem, QWidget)

from crm_desktop.domain.money import format_qty
from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.services import nomenclature, specifications, warehouse
from crm_desktop.services.session import Session
from crm_desktop.services.specifications import Component, Specification
from crm_desktop.ui.admin import field_marks
from crm_desktop.ui.forms.warehouse.specifications_dialog_ui import Ui_SpecificationsDialog
from crm_desktop.ui.ops import call
from crm_desktop.ui.sales.lines_model import parse_number
from crm_desktop.ui.unsaved_changes import UNSAVED, may_leave
from crm_desktop.ui.warehouse.messages import problem_text
from crm_desktop.ui.warehouse.shortcuts import Context, bind

TITLE = "Производственные спецификации"
COLUMNS = ("Наименование", "Ед.", "Кол-во", "Склад")
NAME, UNIT, QTY, STORE = range(4)
SpecIdRole = Qt.ItemDataRole.UserRole + 1
Button = QMessageBox.StandardButton


def pick_item(parent: QWidget, session: Session) -> int | None:
    """The nomenclature chooser of the sales module, imported when first needed."""
    from crm_desktop.ui.sales.item_picker import pick_item as picker
    return picker(parent, session)


class SpecificationsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SpecificationsDialog()
        self.ui.setupUi(self)
        self._session = session
        self.setWindowTitle(self.tr(TITLE))
        self._stores = warehouse.warehouses(session)
        self._spec = Specification(None, "", None)
        self._parts: list[Component] = []
        self._filling = False
        ui = self.ui
        view = ui.componentsView
        view.setColumnCount(len(COLUMNS))
        view.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((UNIT, 50), (QTY, 80), (STORE, 180)):
            view.setColumnWidth(column, width)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.itemChanged.connect(self._quantity_typed)
        view.installEventFilter(self)
        ui.specList.currentItemChanged.connect(self._spec_chosen)
        ui.newButton.clicked.connect(self.new_spec)
        ui.deleteButton.clicked.connect(self.delete_spec)
        ui.productButton.clicked.connect(self.choose_product)
        ui.addComponentButton.clicked.connect(self.add_component)
        ui.deleteComponentButton.clicked.connect(self.delete_component)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        bind(ui.specList, QKeySequence(Qt.Key.Key_Insert), self.new_spec)
        bind(ui.specList, QKeySequence(Qt.Key.Key_Delete), self.delete_spec)
        bind(self, QKeySequence("Ctrl+S"), self.save, Context.WindowShortcut)
        self.editable = session.can(Permission.EDIT_NOMENCLATURE)
        if not self.editable:
            for widget in (ui.newButton, ui.deleteButton, ui.productButton, ui.addComponentButton,
                           ui.deleteComponentButton, ui.saveButton):
                widget.setEnabled(False)
            ui.nameEdit.setReadOnly(True)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            ui.noteLabel.setText(refusal(Permission.EDIT_NOMENCLATURE))
        self._opened = self._snapshot()
        self.reload()

    # -- the list -----------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        ui = self.ui
        ui.specList.blockSignals(True)
        ui.specList.clear()
        for spec in call(self, lambda: specifications.specifications(self._session), self.tr(TITLE)) or []:
            item = QListWidgetItem(spec.name)
            item.setData(SpecIdRole, spec.id)
            item.setToolTip(self.tr("Продукт: %1").replace("%1", spec.item_name))
            ui.specList.addItem(item)
        ui.specList.blockSignals(False)
        rows = [r for r in range(ui.specList.count()) if ui.specList.item(r).data(SpecIdRole) == select]
        if rows or (select is None and ui.specList.count() and self._spec.id is None and not self.is_dirty()):
            ui.specList.setCurrentRow(rows[0] if rows else 0)

    def names(self) -> list[str]:
        return [self.ui.specList.item(r).text() for r in range(self.ui.specList.count())]

    def _select_current(self) -> None:
        """The list's cursor back on the specification shown (after «Отмена»)."""
        lst = self.ui.specList
        lst.blockSignals(True)
        row = next((r for r in range(lst.count()) if lst.item(r).data(SpecIdRole) == self._spec.id), -1)
        lst.setCurrentRow(row)
        lst.blockSignals(False)

    def _spec_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        spec_id = current.data(SpecIdRole) if current is not None else None
        if spec_id == self._spec.id:
            return
        if not self._may_leave():
            self._select_current()
            return
        if spec_id is None:
            self._show(Specification(None, "", None))
            return
        try:
            self._show(specifications.load(self._session, spec_id))
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr(TITLE), problem_text(exc))
            self.reload()

    def _may_leave(self) -> bool:
        return may_leave(self, self.windowTitle(), self.tr(UNSAVED), self.is_dirty(), self.save)

    # -- the specification --------------------------------------------------------------------
    def _show(self, spec: Specification) -> None:
        self._spec = spec
        self._parts = list(spec.components)
        self.ui.nameEdit.setText(spec.name)
        self.ui.productEdit.setText(spec.item_name)
        field_marks.mark(self._fields(), set())
        self._show_parts()
        self._opened = self._snapshot()

    def _show_parts(self) -> None:
        view = self.ui.componentsView
        self._filling = True
        view.setRowCount(len(self._parts))
        for row, part in enumerate(self._parts):
            for column, text in ((NAME, part.name), (UNIT, part.unit_name), (QTY, format_qty(part.quantity))):
                cell = QTableWidgetItem(text)
                if column != QTY or not self.editable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == QTY:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                view.setItem(row, column, cell)
            combo = QComboBox(view)
            for store_id, name in self._stores:
                combo.addItem(name, store_id)
            if combo.findData(part.warehouse_id) < 0:
                combo.addItem(part.warehouse_name, part.warehouse_id)
            combo.setCurrentIndex(combo.findData(part.warehouse_id))
            combo.setEnabled(self.editable)
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._store_chosen(r, c.currentData()))
            view.setCellWidget(row, STORE, combo)
        self._filling = False

    def _store_chosen(self, row: int, store_id: int) -> None:
        self._parts[row] = replace(self._parts[row], warehouse_id=store_id)

    def _quantity_typed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != QTY:
            return
        row = cell.row()
        try:
            quantity = parse_number(cell.text(), self.tr("Количество"))
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Значение не принято"), str(exc))
            quantity = None
        if quantity is not None:
            self._parts[row] = replace(self._parts[row], quantity=quantity)
        self._filling = True
        cell.setText(format_qty(self._parts[row].quantity))
        self._filling = False

    def collect(self) -> Specification:
        return replace(self._spec, name=self.ui.nameEdit.text(), components=list(self._parts))

    def _snapshot(self) -> tuple:
        return self.ui.nameEdit.text(), self._spec.item_id, tuple(self._parts)

    def is_dirty(self) -> bool:
        if not self.editable:
            return False
        blank = self._spec.id is None and not self.ui.nameEdit.text().strip() and self._spec.item_id is None \
            and not self._parts
        return not blank and self._snapshot() != self._opened

    def _fields(self) -> dict[str, QWidget]:
        return {"name": self.ui.nameEdit, "item_id": self.ui.productEdit, "components": self.ui.componentsView}

    # -- commands -----------------------------------------------------------------------------
    def new_spec(self) -> None:
        if self.editable and self._may_leave():
            self._show(Specification(None, "", None))
            self._select_current()
            self.ui.nameEdit.setFocus()

    def choose_product(self) -> None:
        item_id = pick_item(self, self._session)
        if item_id is None:
            return
        card = call(self, lambda: nomenclature.item(self._session, item_id), self.tr(TITLE))
        if card is not None:
            self._spec = replace(self._spec, item_id=item_id, item_name=card.values["name"])
            self.ui.productEdit.setText(card.values["name"])
            if not self.ui.nameEdit.text().strip():
                self.ui.nameEdit.setText(card.values["name"])

    def add_component(self) -> None:
        """Ins: an item from the nomenclature, 1 per product, from the first warehouse."""
        if not self.editable:
            return
        item_id = pick_item(self, self._session)
        if item_id is None:
            return
        card = call(self, lambda: nomenclature.item(self._session, item_id), self.tr(TITLE))
        if card is None:
            return
        store = self._stores[0] if self._stores else (0, "")
        self._parts.append(Component(item_id, card.values["name"], card.unit_name, Decimal(1), store[0], store[1]))
        self._show_parts()
        view = self.ui.componentsView
        view.setCurrentCell(len(self._parts) - 1, QTY)
        view.setFocus()

    def delete_component(self) -> None:
        row = self.ui.componentsView.currentRow()
        if self.editable and 0 <= row < len(self._parts):
            del self._parts[row]
            self._show_parts()

    def save(self) -> bool:
        if not self.editable:
            return False
        saved = field_marks.save(self, self._fields(), lambda: specifications.save(self._session, self.collect()),
                                 self.tr("Спецификация не сохранена"))
        if saved is None:
            return False
        self._show(saved)
        self.reload(saved.id)
        return True

    def delete_spec(self) -> None:
        item = self.ui.specList.currentItem()
        if item is None or not self.editable:
            return
        question = self.tr("Удалить спецификацию «%1»?").replace("%1", item.text())
        if QMessageBox.question(self, self.tr("Удаление спецификации"), question) != Button.Yes:
            return
        if call(self, lambda: specifications.delete(self._session, item.data(SpecIdRole)) or True,
                self.tr(TITLE)):
            self._show(Specification(None, "", None))
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Ins and Del of the components table (not while a cell is edited)."""
        view = self.ui.componentsView
        if watched is view and event.type() == QEvent.Type.KeyPress \
                and view.state() != QAbstractItemView.State.EditingState:
            slot = {Qt.Key.Key_Insert: self.add_component, Qt.Key.Key_Delete: self.delete_component}.get(event.key())
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        if self._may_leave():
            super().reject()


def open_specifications(parent: QWidget | None, session: Session) -> None:
    SpecificationsDialog(session, parent).exec()

"""«Складской учет – Склады» (manual: "Для определения складов войдите в пункт “Складской учет” ->
“Склады” главного меню. Введите склад, назовите его, например, “Основной склад”"): the list
of warehouses, Ins adds one, F2 or Enter renames. Changing them takes «Редактировать
справочники»; without it the list is read-only and says why."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.services import warehouse
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import prompts
from crm_desktop.ui.changes import announce
from crm_desktop.ui.forms.warehouse.warehouses_dialog_ui import Ui_WarehousesDialog
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.ops import call
from crm_desktop.ui.warehouse.messages import STOCK_CHANGED
from crm_desktop.ui.warehouse.shortcuts import bind

TITLE = "Склады"
StoreIdRole = Qt.ItemDataRole.UserRole + 1


class WarehousesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WarehousesDialog()
        self.ui.setupUi(self)
        self._session = session
        self.setWindowTitle(self.tr(TITLE))
        ui = self.ui
        ui.addButton.clicked.connect(self.add)
        ui.renameButton.clicked.connect(self.rename)
        ui.closeButton.clicked.connect(self.accept)
        ui.list.itemDoubleClicked.connect(lambda _item: self.rename())
        bind(ui.list, QKeySequence(Qt.Key.Key_Insert), self.add)
        bind(ui.list, [QKeySequence(Qt.Key.Key_F2), *ENTER], self.rename)
        allowed = session.can(Permission.EDIT_DICTIONARIES)
        for button in (ui.addButton, ui.renameButton):
            button.setEnabled(allowed)
            if not allowed:
                button.setToolTip(refusal(Permission.EDIT_DICTIONARIES))
        self.reload()

    def reload(self, select: int | None = None) -> None:
        ui = self.ui
        ui.list.clear()
        for store_id, name in call(self, lambda: warehouse.warehouses(self._session), self.tr(TITLE)) or []:
            item = QListWidgetItem(name)
            item.setData(StoreIdRole, store_id)
            ui.list.addItem(item)
            if store_id == select:
                ui.list.setCurrentItem(item)
        if ui.list.currentItem() is None and ui.list.count():
            ui.list.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.ui.list.item(r).text() for r in range(self.ui.list.count())]

    def _store(self, store_id: int | None, name: str | None) -> None:
        if name is None:
            return
        saved = call(self, lambda: warehouse.save_warehouse(self._session, store_id, name), self.tr(TITLE))
        if saved is not None:
            announce(STOCK_CHANGED, (saved,))
            self.reload(saved)

    def add(self) -> None:
        if self.ui.addButton.isEnabled():
            self._store(None, prompts.ask_text(self, self.tr("Новый склад"), self.tr("Название склада:")))

    def rename(self) -> None:
        item = self.ui.list.currentItem()
        if item is None or not self.ui.renameButton.isEnabled():
            return
        self._store(item.data(StoreIdRole), prompts.ask_text(self, self.tr("Переименование склада"),
                                                             self.tr("Новое название:"), item.text()))


def open_warehouses(parent: QWidget | None, session: Session) -> None:
    WarehousesDialog(session, parent).exec()

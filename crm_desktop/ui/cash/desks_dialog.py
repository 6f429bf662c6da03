"""«Касса – Кассы» (manual: "Кассы можно определить, войдя в пункт “Касса” -> “Кассы” главного
меню. По умолчанию в списке доступных касс уже присутствует “Основная касса”"): the list of
cash desks, a new one (Ins) and a new name (F2) for whoever may edit dictionaries; the others
see the list read-only with the reason."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QListWidgetItem, QWidget

from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.services import cash
from crm_desktop.services.session import Session
from crm_desktop.ui.cash.commands import CASH
from crm_desktop.ui.changes import announce
from crm_desktop.ui.forms.cash.desks_dialog_ui import Ui_CashDesksDialog
from crm_desktop.ui.ops import call

TITLE = "Кассы"


class CashDesksDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.ui = Ui_CashDesksDialog()
        self.ui.setupUi(self)
        self.setObjectName("cashDesksDialog")
        self.setWindowTitle(self.tr(TITLE))
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        ui.buttonBox.rejected.connect(self.reject)
        self.editable = session.can(Permission.EDIT_DICTIONARIES)
        for button in (ui.addButton, ui.renameButton):
            button.setEnabled(self.editable)
        if not self.editable:
            ui.noteLabel.setText(refusal(Permission.EDIT_DICTIONARIES))
            ui.noteLabel.setVisible(True)
        ui.addButton.clicked.connect(self.add)
        ui.renameButton.clicked.connect(self.rename)
        ui.deskList.itemDoubleClicked.connect(lambda _item: self.rename())
        QShortcut(QKeySequence(Qt.Key.Key_Insert), ui.deskList, self.add, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F2), ui.deskList, self.rename, context=Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    def reload(self, current: int | None = None) -> None:
        desks = call(self, lambda: cash.desks(self._session, active_only=False), self.tr(TITLE)) or []
        listed = self.ui.deskList
        listed.clear()
        for desk in desks:
            item = QListWidgetItem(desk.name if desk.active else self.tr("%1 (не используется)").replace("%1", desk.name))
            item.setData(Qt.ItemDataRole.UserRole, desk.id)
            listed.addItem(item)
            if desk.id == current:
                listed.setCurrentItem(item)
        if listed.currentItem() is None and listed.count():
            listed.setCurrentRow(0)

    def _ask(self, title: str, name: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr(title), self.tr("Название кассы:"), QLineEdit.EchoMode.Normal,
                                        name)
        return text if ok else None

    def _save(self, desk_id: int | None, name: str) -> None:
        saved = call(self, lambda: cash.save_desk(self._session, desk_id, name), self.tr(TITLE))
        if saved is not None:
            announce(CASH)
            self.reload(saved)

    def add(self) -> None:
        if self.editable and (name := self._ask("Новая касса", "")) is not None:
            self._save(None, name)

    def rename(self) -> None:
        item = self.ui.deskList.currentItem()
        if not self.editable or item is None:
            return
        desk_id = item.data(Qt.ItemDataRole.UserRole)
        current = next((d.name for d in cash.desks(self._session, False) if d.id == desk_id), item.text())
        if (name := self._ask("Переименовать кассу", current)) is not None:
            self._save(desk_id, name)


def open_cash_desks(parent: QWidget | None, session: Session) -> None:
    CashDesksDialog(session, parent).exec()

"""Archive of completed to-dos: when each was completed; reopen or delete (TODO-3). The archive
reads itself again whenever a to-do changes (change bus), and so does the «Список дел» panel."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from crm_desktop.services import todos
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import TODO, announce, follow
from crm_desktop.ui.forms.todo.archive_dialog_ui import Ui_TodoArchiveDialog
from crm_desktop.ui.ops import call


class TodoArchiveDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodoArchiveDialog()
        self.ui.setupUi(self)
        self._session = session
        self.ui.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.reopenButton.clicked.connect(self.reopen_current)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        self.ui.closeButton.clicked.connect(self.accept)
        self.reload()
        follow(self, (TODO,), lambda _kind, _ids: self.reload())

    def reload(self) -> None:
        self.ui.table.clear()
        for todo in call(self, lambda: todos.archive(self._session)) or []:
            item = QTreeWidgetItem([todo.completed_at.strftime("%d.%m.%Y %H:%M"), todo.body.replace("\n", " ")])
            item.setData(0, Qt.ItemDataRole.UserRole, todo.id)
            item.setToolTip(1, todo.body)
            self.ui.table.addTopLevelItem(item)
        self.ui.table.setCurrentItem(self.ui.table.topLevelItem(0))
        has_rows = self.ui.table.topLevelItemCount() > 0
        self.ui.reopenButton.setEnabled(has_rows)
        self.ui.deleteButton.setEnabled(has_rows)

    def _current_id(self) -> int | None:
        item = self.ui.table.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def reopen_current(self) -> None:
        todo_id = self._current_id()
        if todo_id is not None and call(self, lambda: todos.reopen_todo(self._session, todo_id) or True):
            announce(TODO, [todo_id])

    def delete_current(self) -> None:
        todo_id = self._current_id()
        if todo_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Удаление"), self.tr("Удалить дело из архива?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and \
                call(self, lambda: todos.delete_todo(self._session, todo_id) or True):
            announce(TODO, [todo_id])

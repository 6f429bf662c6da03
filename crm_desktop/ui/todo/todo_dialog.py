""""Дело": text, importance and, for administrators and supervisors adding one, whose list it
goes to (TODO-1). Saving happens here, so a failed save keeps the typed text in the form."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.todos import Todo
from crm_desktop.services import todos
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import TODO, announce
from crm_desktop.ui.forms.todo.todo_dialog_ui import Ui_TodoDialog
from crm_desktop.ui.ops import error_text


class TodoDialog(QDialog):
    def __init__(self, session: Session, todo: Todo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodoDialog()
        self.ui.setupUi(self)
        self._session, self._todo = session, todo
        self.todo_id: int | None = None if todo is None else todo.id     # set when a new one is saved
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.hide()
        choices = todos.assignable_users(session) if todo is None else []
        for user_id, name in choices:
            self.ui.ownerCombo.addItem(name, user_id)
        self.ui.ownerCombo.setCurrentIndex(self.ui.ownerCombo.findData(session.user.id))
        shown = len(choices) > 1
        self.ui.ownerLabel.setVisible(shown)
        self.ui.ownerCombo.setVisible(shown)
        if todo is None:
            self.setWindowTitle(self.tr("Новое дело"))
        else:
            self.ui.bodyEdit.setPlainText(todo.body)
            self.ui.importantCheck.setChecked(todo.is_important)
        self.ui.bodyEdit.setFocus()

    def accept(self) -> None:
        body, important = self.ui.bodyEdit.toPlainText(), self.ui.importantCheck.isChecked()
        try:
            if self._todo is None:
                self.todo_id = todos.add_todo(self._session, body, important, self.ui.ownerCombo.currentData())
            else:
                todos.edit_todo(self._session, self._todo.id, body, important, self._todo.version)
        except Exception as exc:  # noqa: BLE001 - shown in the form, the text stays
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.errorLabel.show()
            return
        announce(TODO, [self.todo_id])
        super().accept()

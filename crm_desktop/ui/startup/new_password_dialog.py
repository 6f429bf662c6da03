"""«Смена пароля» right after a login with a temporary password (issued by `crm-admin users
sync`): the new password twice; «Сменить» keeps the dialog open with one sentence until it is
accepted, «Отмена» cancels the login."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services.auth import change_own_password
from crm_desktop.services.session import Session
from crm_desktop.ui.ops import show_error


class NewPasswordDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Смена пароля"))
        intro = QLabel(self.tr("Администратор выдал вам временный пароль. Задайте свой пароль, "
                               "чтобы продолжить работу."))
        intro.setWordWrap(True)
        self.password, self.again = QLineEdit(), QLineEdit()
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(lambda _text: self.error.hide())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Новый пароль:"), self.password)
        form.addRow(self.tr("Ещё раз:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сменить"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for item in (intro, form, self.error, buttons):
            (layout.addLayout if isinstance(item, QFormLayout) else layout.addWidget)(item)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            change_own_password(self._session, self.password.text(), self.again.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.password.setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - one sentence for a lost connection too
            show_error(self, exc)
            return
        super().accept()

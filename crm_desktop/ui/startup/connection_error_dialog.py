"""Why the database cannot be opened and what to do (PLAT-7, manual: «Авторизация»): the
message, the likely causes, for an old database the crm-admin command to copy, and for wrong
Firebird credentials a place to type them again. «Повторить» = accept, «К списку баз» = reject."""
from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services.startup import (LIKELY_CAUSES, ClientLibraryMissing, Credentials, NotACrmDatabase,
                                         WrongCredentials, WrongDatabaseVersion, admin_command)
from crm_desktop.ui.forms.startup.connection_error_dialog_ui import Ui_ConnectionErrorDialog
from crm_desktop.ui.ops import error_text

# errors that only the administrator can fix: the general causes would only distract
_NO_CAUSES = (WrongDatabaseVersion, NotACrmDatabase, ClientLibraryMissing, WrongCredentials)


class ConnectionErrorDialog(QDialog):
    def __init__(self, error: Exception, address: str, credentials: Credentials,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnectionErrorDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(error_text(error))
        command = admin_command(error, address)
        self.ui.commandBox.setVisible(command is not None)
        self.ui.commandEdit.setText(command or "")
        self.ui.commandEdit.setCursorPosition(0)
        self.ui.copyButton.clicked.connect(self.copy_command)
        self._asks_credentials = isinstance(error, WrongCredentials)
        self.ui.credentialsBox.setVisible(self._asks_credentials)
        self.ui.userEdit.setText(credentials.user)
        if self._asks_credentials:
            self.ui.passwordEdit.setFocus()
        show_causes = not isinstance(error, _NO_CAUSES)
        self.ui.causesTitle.setVisible(show_causes)
        self.ui.causesLabel.setVisible(show_causes)
        self.ui.causesLabel.setText("<ul style='margin-left:-20px'>" + "".join(
            f"<li>{escape(cause)}</li>" for cause in LIKELY_CAUSES) + "</ul>")
        self.ui.retryButton.clicked.connect(self.accept)
        self.ui.backButton.clicked.connect(self.reject)
        self.adjustSize()

    def copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.commandEdit.text())
        self.ui.copyButton.setText(self.tr("Скопировано"))

    def credentials(self) -> Credentials:
        """What to retry with: the re-typed user and password."""
        return Credentials(self.ui.userEdit.text().strip(), self.ui.passwordEdit.text())

    @property
    def save_password(self) -> bool:
        return self._asks_credentials and self.ui.savePasswordCheck.isChecked()

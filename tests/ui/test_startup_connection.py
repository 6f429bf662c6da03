"""Opening an info-base (PLAT-7): each failure explained, with the admin command to copy."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from crm_desktop.data.credentials import Credentials
from crm_desktop.data.errors import DatabaseFileMissing, ServerUnreachable, WrongCredentials, WrongDatabaseVersion
from crm_desktop.services import admin
from crm_desktop.services.startup import open_database
from crm_desktop.ui.startup.connection_error_dialog import ConnectionErrorDialog

CREDS = Credentials("SYSDBA", "masterkey")


def _dialog(qtbot, error: Exception, address: str, creds: Credentials = CREDS) -> ConnectionErrorDialog:
    dialog = ConnectionErrorDialog(error, address, creds)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_current_database_opens(db) -> None:
    opened = open_database(str(db.address), db.credentials.user, db.credentials.password)
    try:
        assert opened.server_version()
    finally:
        opened.dispose()


def test_older_database_shows_the_upgrade_command_to_copy(qtbot, backend) -> None:
    address, creds = backend.new_address("old"), backend.credentials()
    admin.create(address, creds, version=1)
    with pytest.raises(WrongDatabaseVersion) as caught:
        open_database(str(address), creds.user, creds.password)
    dialog = _dialog(qtbot, caught.value, str(address), creds)
    assert "имеет версию 1" in dialog.ui.messageLabel.text()
    assert dialog.ui.commandBox.isVisible() and dialog.ui.commandEdit.isReadOnly()
    assert dialog.ui.commandEdit.text() == f"crm-admin upgrade {address}"
    assert not dialog.ui.credentialsBox.isVisible()
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == f"crm-admin upgrade {address}"


def test_missing_file_lists_the_likely_causes(qtbot, tmp_path) -> None:
    address = str(tmp_path / "nowhere.fdb")
    with pytest.raises(DatabaseFileMissing):
        open_database(address, "SYSDBA", "")
    dialog = _dialog(qtbot, DatabaseFileMissing(address), address)
    assert address in dialog.ui.messageLabel.text()
    causes = dialog.ui.causesLabel.text()
    assert "параметрах подключения" in causes and "брандмауэр" in causes and "Firebird" in causes
    assert not dialog.ui.commandBox.isVisible()


def test_unreachable_server_is_explained() -> None:
    with pytest.raises(ServerUnreachable, match="127.0.0.1:1"):
        open_database("127.0.0.1/1:/srv/crm.fdb", "SYSDBA", "masterkey")


def test_wrong_credentials_can_be_typed_again(qtbot) -> None:
    dialog = _dialog(qtbot, WrongCredentials("SYSDBA"), "srv:/crm.fdb")
    assert dialog.ui.credentialsBox.isVisible() and dialog.ui.userEdit.text() == "SYSDBA"
    dialog.ui.userEdit.setText("CRM")
    qtbot.keyClicks(dialog.ui.passwordEdit, "n3w-pass")
    dialog.ui.savePasswordCheck.setChecked(True)
    qtbot.mouseClick(dialog.ui.retryButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectionErrorDialog.DialogCode.Accepted
    assert dialog.credentials() == Credentials("CRM", "n3w-pass") and dialog.save_password

"""The whole start-up as the main window runs it: run_startup() with its modal dialogs."""
from __future__ import annotations

import os
import signal
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.data.database import Database
from crm_desktop.data.errors import WrongCredentials
from crm_desktop.services import startup
from crm_desktop.services.infobases import InfoBase, InfoBaseList
from crm_desktop.ui import app, qt_setup
from crm_desktop.ui.startup import flow
from crm_desktop.ui.startup.connection_error_dialog import ConnectionErrorDialog
from crm_desktop.ui.startup.first_run_wizard import FirstRunWizard
from crm_desktop.ui.startup.flow import run_startup
from crm_desktop.ui.startup.infobase_dialog import InfoBaseDialog, InfoBaseEditDialog
from crm_desktop.ui.startup.login_dialog import LoginDialog
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def no_licence_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A private config folder and a licence port on 127.0.0.1 nobody listens on."""
    monkeypatch.setenv("CRM_CONFIG_DIR", str(tmp_path / "cfg"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        monkeypatch.setattr(startup, "LICENCE_PORTS", (probe.getsockname()[1],))


def _base_of(db: Database, name: str = "Основная") -> InfoBase:
    a = db.address
    server = "" if a.embedded else f"{a.host}/{a.port}"
    base = InfoBase(name, server, a.path, user=db.credentials.user)
    InfoBaseList().add(base)
    return base


def then(*steps: tuple[type[QWidget], Callable]) -> list[str]:
    """Answer the modal dialogs as they come, in order; returns the class names seen. A dialog
    that never comes ends the step chain by rejecting whatever is open (no hanging test)."""
    seen: list[str] = []
    queue = list(steps)

    def poll(left: int = 250) -> None:
        widget = QApplication.activeModalWidget()
        if queue and isinstance(widget, queue[0][0]):
            kind, action = queue.pop(0)
            seen.append(kind.__name__)
            try:
                action(widget)
            except BaseException:
                queue.clear()
                widget.reject()
                raise
            if queue:
                QTimer.singleShot(20, poll)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
        elif widget is not None:
            widget.reject()

    QTimer.singleShot(0, poll)
    return seen


def _log_in(password: str) -> Callable[[LoginDialog], None]:
    def act(dialog: LoginDialog) -> None:
        dialog.ui.passwordEdit.setText(password)
        dialog.ui.loginButton.click()
    return act


def test_single_infobase_goes_straight_to_login_and_ends_in_demo_mode(qtbot, db, users) -> None:
    base = _base_of(db)
    InfoBaseList().remember_login(base.name, "manager")
    seen = then((LoginDialog, _log_in(PASSWORD)))
    result = run_startup()
    assert seen == ["LoginDialog"]
    assert result is not None and result.session.user.login == "manager"
    assert result.licence.is_demo and result.infobase.name == "Основная"
    assert InfoBaseList().find("Основная").last_login == "manager"
    result.close()


def test_cancel_at_login_returns_to_the_list_where_another_base_is_added(qtbot, db, users) -> None:
    """With one info-base the list is skipped; «Отмена» at login must not end the program,
    or no second info-base could ever be added from the program itself."""
    _base_of(db)

    def add_another(dialog: InfoBaseDialog) -> None:
        assert dialog.current().name == "Основная"
        QTimer.singleShot(0, dialog.ui.addButton.click)

    def fill(dialog: InfoBaseEditDialog) -> None:
        dialog.ui.nameEdit.setText("Филиал")
        dialog.ui.serverEdit.setText("filial.office")
        dialog.ui.pathEdit.setText("/srv/crm.fdb")
        dialog.accept()

    def check_and_quit(dialog: InfoBaseDialog) -> None:
        names = [dialog.ui.baseList.topLevelItem(i).text(0) for i in range(dialog.ui.baseList.topLevelItemCount())]
        assert names == ["Основная", "Филиал"]
        dialog.ui.cancelButton.click()

    seen = then((LoginDialog, lambda d: d.ui.cancelButton.click()), (InfoBaseDialog, add_another),
                (InfoBaseEditDialog, fill), (InfoBaseDialog, check_and_quit))
    assert run_startup() is None
    assert seen == ["LoginDialog", "InfoBaseDialog", "InfoBaseEditDialog", "InfoBaseDialog"]
    assert [b.name for b in InfoBaseList().bases] == ["Основная", "Филиал"]


def test_sigterm_at_login_ends_the_start_up_without_another_dialog(qtbot, db, users, monkeypatch) -> None:
    """Log-off or a service stop while the login dialog waits: the program ends as if the user
    cancelled everything (no list, no window), and the previous SIGTERM handler is back."""
    _base_of(db)
    lists: list[str] = []
    monkeypatch.setattr(InfoBaseDialog, "exec", lambda self: lists.append("shown") or 0)
    ignored: list[int] = []

    def unheard(*_args) -> None:            # what SIGTERM reaches when start-up does not listen
        ignored.append(1)
        QApplication.activeModalWidget().reject()
    previous = signal.signal(signal.SIGTERM, unheard)
    try:
        seen = then((LoginDialog, lambda _dialog: os.kill(os.getpid(), signal.SIGTERM)))
        assert run_startup() is None
        assert signal.getsignal(signal.SIGTERM) is unheard
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert seen == ["LoginDialog"] and ignored == [] and lists == []


def test_first_run_wizard_then_login_as_the_new_administrator(qtbot, db) -> None:
    base = _base_of(db)

    def fill(wizard: FirstRunWizard) -> None:
        for name, value in dict(org_short_name="ООО «Ромашка»", admin_login="boss",
                                admin_full_name="Начальников Борис", admin_password="s3cret!",
                                admin_password_again="s3cret!").items():
            wizard.edits[name].setText(value)
        wizard.accept()

    def check_and_log_in(dialog: LoginDialog) -> None:
        assert dialog.ui.userCombo.currentText() == "Начальников Борис (boss)"
        _log_in("s3cret!")(dialog)

    seen = then((FirstRunWizard, fill), (LoginDialog, check_and_log_in))
    result = run_startup(infobase_name=base.name)
    assert seen == ["FirstRunWizard", "LoginDialog"]
    assert result is not None and result.session.rights.is_admin and result.licence.is_demo
    result.close()


def test_failed_connection_explains_and_returns_to_the_list(qtbot, tmp_path) -> None:
    InfoBaseList().add(InfoBase("Пропавшая", "", str(tmp_path / "gone.fdb")))
    messages: list[str] = []

    def back(dialog: ConnectionErrorDialog) -> None:
        messages.append(dialog.ui.messageLabel.text())
        dialog.ui.backButton.click()

    seen = then((ConnectionErrorDialog, back), (InfoBaseDialog, lambda d: d.ui.cancelButton.click()))
    assert run_startup() is None
    assert seen == ["ConnectionErrorDialog", "InfoBaseDialog"]
    assert messages == [f"Файл базы данных не найден: {tmp_path / 'gone.fdb'}."]


def test_launch_from_the_list_with_several_infobases(qtbot, db, users) -> None:
    _base_of(db, "Основная")
    InfoBaseList().add(InfoBase("Другая", "", "/nowhere/other.fdb"))

    def launch(dialog: InfoBaseDialog) -> None:
        assert dialog.current().name == "Основная"   # the unknown name selects nothing special
        tree = dialog.ui.baseList
        where = tree.visualItemRect(tree.topLevelItem(0)).center()
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)

    seen = then((InfoBaseDialog, launch), (LoginDialog, _log_in(PASSWORD)))
    result = run_startup(infobase_name="Неизвестная")
    assert seen == ["InfoBaseDialog", "LoginDialog"]
    assert result is not None and result.infobase.name == "Основная"
    result.close()


def test_wrong_firebird_password_is_asked_again(qtbot, db, users, monkeypatch) -> None:
    """A server refusing the saved (or missing) password: the user types the right one."""
    base = _base_of(db)
    tried: list[tuple[str, str]] = []

    def server(address: str, user: str, password: str) -> Database:
        tried.append((user, password))
        if password != "right-one":
            raise WrongCredentials(user)
        return startup.open_database(address, db.credentials.user, db.credentials.password)
    monkeypatch.setattr(flow, "open_database", server)

    def retype(dialog: ConnectionErrorDialog) -> None:
        dialog.ui.userEdit.setText("CRM")
        dialog.ui.passwordEdit.setText("right-one")
        dialog.ui.retryButton.click()

    seen = then((ConnectionErrorDialog, retype), (LoginDialog, _log_in(PASSWORD)))
    result = run_startup()
    assert seen == ["ConnectionErrorDialog", "LoginDialog"]
    assert tried[-1] == ("CRM", "right-one") and len(tried) == 2
    assert InfoBaseList().find(base.name).user == "CRM"      # the user goes to the list,
    assert "right-one" not in InfoBaseList().path.read_text(encoding="utf-8")  # the password never
    result.close()


def test_crm_db_with_files_of_one_name_lists_each_file_once(qtbot, tmp_path, monkeypatch) -> None:
    """`crm --db /a/crm-demo.fdb`, then `crm --db /b/crm-demo.fdb`, then the first file by a
    relative path: each start reaches its own database instead of crashing on the name."""
    monkeypatch.setattr(qt_setup, "configure_application", lambda _app: None)   # no global translators
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    monkeypatch.chdir(tmp_path / "a")
    tried: list[str] = []

    def back(dialog: ConnectionErrorDialog) -> None:
        tried.append(dialog.ui.messageLabel.text())
        dialog.ui.backButton.click()

    for given in ("crm-demo.fdb", str(tmp_path / "b" / "crm-demo.fdb"), str(tmp_path / "a" / "crm-demo.fdb")):
        seen = then((ConnectionErrorDialog, back), (InfoBaseDialog, lambda d: d.ui.cancelButton.click()))
        assert app.run(["--db", given]) == 1
        assert seen == ["ConnectionErrorDialog", "InfoBaseDialog"]
    first, second = str(tmp_path / "a" / "crm-demo.fdb"), str(tmp_path / "b" / "crm-demo.fdb")
    assert [(b.name, b.path) for b in InfoBaseList().bases] == [("crm-demo", first), ("crm-demo (2)", second)]
    assert tried == [f"Файл базы данных не найден: {path}." for path in (first, second, first)]

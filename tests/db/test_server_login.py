"""The login dialog on a server database (issue 10): nothing is read before login, the list holds
the logins remembered on this workstation, the session attaches as the user's own Firebird
account, and a temporary password is changed before work starts."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from crm_desktop.services import accounts, workstations
from crm_desktop.ui.startup.login_dialog import LoginDialog
from crm_desktop.ui.startup.new_password_dialog import NewPasswordDialog
from tests.conftest import PASSWORD, SERVER
from tests.db.test_privileges import accepted

pytestmark = pytest.mark.skipif(not SERVER, reason="a server database")


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A message box would wait for a click forever: it fails the test instead."""
    def fail(_parent, title, text, *args, **kwargs):
        raise AssertionError(f"{title}: {text}")
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, fail)


def _leave(dialog: LoginDialog) -> None:
    """Log out as the main window does (the demo mode allows one workstation at a time)."""
    workstations.leave(dialog.session, dialog.workstation_id)
    dialog.session.db.dispose()


def _dialog(qtbot, db, recent=("manager2", "manager")) -> LoginDialog:
    dialog = LoginDialog(None, infobase_name="Офис", last_login="manager", server_address=str(db.address),
                         recent_logins=list(recent))
    qtbot.addWidget(dialog)
    return dialog


def test_server_login_lists_remembered_logins_and_attaches_as_the_user(qtbot, db, users) -> None:
    dialog = _dialog(qtbot, db)
    combo = dialog.ui.userCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["manager2", "manager"]
    assert combo.isEditable() and combo.currentText() == "manager"
    combo.setEditText("supervisor")                   # a login never used here is typed
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong")
    dialog.ui.loginButton.click()
    assert dialog.session is None and "Неверный логин или пароль" in dialog.ui.errorLabel.text()
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.loginButton.click()
    assert dialog.session is not None and dialog.session.user.login == "supervisor"
    assert dialog.session.db.protected and dialog.session.db.base.credentials.user == "SUPERVISOR"
    _leave(dialog)


def _answer_new_password(monkeypatch, first: str, second: str, seen: list[str]) -> None:
    """The «Смена пароля» window, typed into as a user would: a mismatch first, then right."""
    def exec_(window: NewPasswordDialog) -> int:
        window.password.setText(first)
        window.again.setText(second)
        window.accept()
        seen.append(window.error.text())
        window.again.setText(first)
        window.accept()
        return window.result()
    monkeypatch.setattr(NewPasswordDialog, "exec", exec_)


def test_a_temporary_password_is_changed_at_the_first_login(qtbot, db, users, monkeypatch) -> None:
    issued = {i.login: i.password for i in accounts.sync(db, reset=True)}
    dialog = _dialog(qtbot, db)
    dialog.ui.userCombo.setEditText("manager")
    dialog.ui.passwordEdit.setText(issued["manager"])
    seen: list[str] = []
    _answer_new_password(monkeypatch, "mine-123", "mine-124", seen)
    dialog.ui.loginButton.click()
    assert seen == ["Пароли не совпадают."]
    assert dialog.session is not None
    _leave(dialog)
    again = _dialog(qtbot, db)
    again.ui.userCombo.setEditText("manager")
    again.ui.passwordEdit.setText("mine-123")
    again.ui.loginButton.click()     # no second change asked
    assert again.session is not None and again.session.user.login == "manager"
    _leave(again)


def _card(qtbot, session, card=None):
    from crm_desktop.services import users_admin
    from crm_desktop.services.users_admin import UserCard
    from crm_desktop.ui.admin.user_card_dialog import UserCardDialog
    dialog = UserCardDialog(session, card or UserCard(), users_admin.rights_catalog(session))
    qtbot.addWidget(dialog)
    return dialog


def test_the_user_card_creates_disables_and_renames_the_firebird_user(qtbot, db, users, session_of) -> None:
    """«Администрирование – Пользователи» driven as an administrator would, on a server: what
    the card saves is what Firebird accepts at connect time."""
    from crm_desktop.services import users_admin
    admin = session_of("admin")
    dialog = _card(qtbot, admin)
    ui = dialog.ui
    qtbot.keyClicks(ui.loginEdit, "belova")
    qtbot.keyClicks(ui.passwordEdit, "belova1")
    qtbot.keyClicks(ui.password2Edit, "belova1")
    ui.fullNameEdit.setText("Белова Анна")
    ui.saveButton.click()
    assert accepted(db, "belova", "belova1")
    user_id = next(u.id for u in users_admin.list_users(admin) if u.login == "belova")

    dialog = _card(qtbot, admin, users_admin.load(admin, user_id))
    dialog.ui.disabledCheck.setChecked(True)
    dialog.ui.saveButton.click()
    assert not accepted(db, "belova", "belova1")

    dialog = _card(qtbot, admin, users_admin.load(admin, user_id))
    dialog.ui.disabledCheck.setChecked(False)
    dialog.ui.loginEdit.setText("belova_a")
    qtbot.keyClicks(dialog.ui.passwordEdit, "belova2")
    qtbot.keyClicks(dialog.ui.password2Edit, "belova2")
    dialog.ui.saveButton.click()
    assert not accepted(db, "belova", "belova1") and accepted(db, "belova_a", "belova2")

"""Авторизация (PLAT-5) and the licence seat taken at login (LIC-6)."""
from __future__ import annotations

import socket
from functools import partial

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from crm_desktop.licensing import LoginRefused
from crm_desktop.licensing.status import Holder
from crm_desktop.services import startup
from crm_desktop.services.infobases import InfoBase
from crm_desktop.ui.startup.login_dialog import LoginDialog
from tests.conftest import PASSWORD


def _dialog(qtbot, db, **kwargs) -> LoginDialog:
    dialog = LoginDialog(db, infobase_name="Основная", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _log_in(qtbot, dialog: LoginDialog, user: str | None, password: str) -> None:
    if user is not None:
        dialog.ui.userCombo.setEditText(user)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)


@pytest.fixture
def no_licence_server(monkeypatch: pytest.MonkeyPatch) -> int:
    """A port on 127.0.0.1 nobody listens on, as the only licence port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(startup, "LICENCE_PORTS", (port,))
    return port


def test_users_listed_as_full_name_and_login_last_user_preselected(qtbot, db, users) -> None:
    dialog = _dialog(qtbot, db, last_login="manager2")
    items = [dialog.ui.userCombo.itemText(i) for i in range(dialog.ui.userCombo.count())]
    assert "Менеджеров Михаил (manager)" in items and len(items) == 5
    assert dialog.ui.userCombo.currentText() == "Коллегина Ольга (manager2)"


def test_wrong_password_says_so_under_the_field_and_stays_open(qtbot, db, users) -> None:
    dialog = _dialog(qtbot, db, last_login="manager")
    _log_in(qtbot, dialog, None, "wrong!")
    assert dialog.ui.errorLabel.isVisible() and dialog.ui.errorLabel.text() == "Неверный пароль."
    assert dialog.isVisible() and dialog.session is None

    _log_in(qtbot, dialog, None, PASSWORD)
    assert not dialog.isVisible() and dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.session.user.login == "manager" and dialog.session.user.full_name == "Менеджеров Михаил"


def test_disabled_and_dismissed_users_are_not_listed_and_refused_when_typed(qtbot, db, users) -> None:
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET IS_DISABLED = 1 WHERE LOGIN = 'manager'"))
        conn.execute(text("UPDATE USERS SET IS_DISMISSED = 1 WHERE LOGIN = 'specialist'"))
    dialog = _dialog(qtbot, db)
    logins = [dialog.ui.userCombo.itemData(i) for i in range(dialog.ui.userCombo.count())]
    assert sorted(logins) == ["admin", "manager2", "supervisor"]
    _log_in(qtbot, dialog, "manager", PASSWORD)
    assert "отключена" in dialog.ui.errorLabel.text() and dialog.session is None
    _log_in(qtbot, dialog, "specialist", PASSWORD)
    assert "уволен" in dialog.ui.errorLabel.text() and dialog.isVisible()


def test_without_licence_server_login_goes_on_in_demo_mode(qtbot, db, users, no_licence_server) -> None:
    base = InfoBase("Основная", "", db.address.path)
    dialog = _dialog(qtbot, db, take_seat=partial(startup.take_seat, base))
    _log_in(qtbot, dialog, "Админов Админ (admin)", PASSWORD)
    assert dialog.session is not None and dialog.session.user.login == "admin"
    assert dialog.licence.is_demo and dialog.licence.status_bar_text == "Демо-режим"
    assert f"127.0.0.1 (порты {no_licence_server})" in dialog.licence.reason
    dialog.seat.close()


def test_refused_seat_names_the_holders_and_keeps_the_user_out(qtbot, db, users, boxes) -> None:
    def refuse(login: str):
        raise LoginRefused("Все рабочие места лицензии заняты (2 из 2).",
                           [Holder("anna", "pc-1", "09:00"), Holder("boris", "pc-2", "09:05")])
    dialog = _dialog(qtbot, db, take_seat=refuse)
    _log_in(qtbot, dialog, "admin", PASSWORD)
    assert dialog.isVisible() and dialog.session is None
    (shown,) = boxes.texts("warning")
    assert "заняты (2 из 2)" in shown and "anna (pc-1)" in shown and "boris (pc-2)" in shown

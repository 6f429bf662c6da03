"""The licence manager window (pytest-qt): list with statuses, context menu, activations."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication

from crm_desktop.domain.editions import Edition
from crm_desktop.licensing.status import LicenceStatus, Mode
from crm_desktop.ui.licensing.key_info_dialog import KeyInfoDialog, key_info_rows
from licsrv.manager_window import AUTO_ACTION, COLUMNS, MANUAL_ACTION, LicenceManagerWindow
from licsrv.manual_codes import answer_request


@pytest.fixture
def folder(vendor, keys_dir):
    """One key in each state: passive, active, expired, invalid."""
    vendor.issue(keys_dir, name="a_passive.key")
    _, active = vendor.issue(keys_dir, name="b_active.key", edition=Edition.ENTERPRISE)
    vendor.issue(keys_dir, name="c_expired.key", expires=date(2026, 1, 1))
    _, broken = vendor.issue(keys_dir, name="d_invalid.key")
    doc = json.loads(broken.read_text(encoding="utf-8"))
    doc["payload"]["seats"] = 99
    broken.write_text(json.dumps(doc), encoding="utf-8")
    return keys_dir, active


@pytest.fixture
def window(qtbot, vendor, folder, make_service):
    _, active = folder
    service = make_service()
    service.refresh()
    service.activate_manually(active, answer_request(vendor.private, service.request_code(active)))
    win = LicenceManagerWindow(service, "127.0.0.1:3030")
    qtbot.addWidget(win)
    win.show()
    return win


def cell(win: LicenceManagerWindow, row: int, column: str) -> str:
    return win.table.item(row, COLUMNS.index(column)).text()


def test_lists_key_files_with_their_status(window):
    states = [cell(window, r, "Состояние") for r in range(window.table.rowCount())]
    assert states == ["пассивна", "активна, обслуживается", "истекла", "недействительна"]
    assert cell(window, 1, "Редакция") == "Корпоративная"
    assert "изменён или подделан" in cell(window, 3, "Примечание")


def test_context_menu_offers_both_activations(window, folder):
    keys_dir, _ = folder
    actions = window.context_actions(keys_dir / "a_passive.key")
    assert [a.text() for a in actions] == [AUTO_ACTION, MANUAL_ACTION]
    assert all(a.isEnabled() for a in actions)
    assert not any(a.isEnabled() for a in window.context_actions(keys_dir / "d_invalid.key"))


def test_manual_activation_dialog_round_trip(qtbot, window, vendor, folder):
    keys_dir, _ = folder
    dialog = window.activate_manually(keys_dir / "a_passive.key")
    code = answer_request(vendor.private, dialog.request_edit.text())
    for edit, group in zip(dialog.group_edits, code.split("-")):
        qtbot.keyClicks(edit, group + "9")  # a sixth digit is not accepted
    assert dialog.code() == code
    dialog.activate_button.click()
    assert not dialog.isVisible()
    assert cell(window, 0, "Состояние").startswith("активна")
    assert "активирована" in window.statusBar().currentMessage()


def test_wrong_code_keeps_dialog_open_and_changes_nothing(qtbot, window, folder):
    keys_dir, _ = folder
    dialog = window.activate_manually(keys_dir / "a_passive.key")
    for edit in dialog.group_edits:
        qtbot.keyClicks(edit, "12345")
    dialog.activate_button.click()
    assert dialog.isVisible() and "неверен" in dialog.error_label.text()
    assert cell(window, 0, "Состояние") == "пассивна"
    dialog.reject()


def test_request_code_can_be_copied(qtbot, window, folder):
    keys_dir, _ = folder
    dialog = window.activate_manually(keys_dir / "a_passive.key")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.request_edit.text()
    dialog.reject()


def test_automatic_activation_from_the_context_menu(qtbot, window, folder, activation_service):
    keys_dir, _ = folder
    window._service.activation_url = activation_service.url
    window.context_actions(keys_dir / "a_passive.key")[0].trigger()
    qtbot.waitUntil(lambda: cell(window, 0, "Состояние").startswith("активна"), timeout=5000)


def test_failed_automatic_activation_says_why(qtbot, window, folder):
    keys_dir, _ = folder
    window.context_actions(keys_dir / "a_passive.key")[0].trigger()
    qtbot.waitUntil(lambda: "не настроен" in window.statusBar().currentMessage(), timeout=5000)
    assert cell(window, 0, "Состояние") == "пассивна"


def test_key_info_dialog_shows_the_licence(qtbot):
    status = LicenceStatus.from_info(Mode.LICENSED, "Лицензия получена.", {
        "licensee": "ООО «Ромашка»", "serial": "CRM-000001-0001", "edition": "professional", "seats": 5,
        "options": ["tra"], "expires": "2027-01-31", "status_title": "активна"}, "srv:3030")
    dialog = KeyInfoDialog(status)
    qtbot.addWidget(dialog)
    shown = {label: w.text() for label, w in dialog.values.items()}
    assert shown["Зарегистрировано на"] == "ООО «Ромашка»"
    assert shown["Серийный номер"] == "CRM-000001-0001"
    assert shown["Редакция"] == "Профессиональная" and shown["Рабочих мест"] == "5"
    assert shown["Опции"].startswith("TRA") and shown["Срок действия"] == "до 31.01.2027"
    assert shown["Состояние ключа"] == "активна"


def test_key_info_in_demo_mode():
    rows = dict(key_info_rows(LicenceStatus.demo("Сервер лицензий не найден.")))
    assert rows["Режим работы"] == "Демо-режим" and rows["Серийный номер"] == "—"
    assert rows["Примечание"] == "Сервер лицензий не найден."


@pytest.mark.parametrize("tray_available", [False, True])
def test_tray_or_plain_window(qtbot, monkeypatch, make_service, start_server, tray_available):
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from licsrv.tray import ServerGui
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: tray_available))
    gui = ServerGui(QApplication.instance(), start_server(make_service()))
    qtbot.addWidget(gui.window)
    assert (gui.tray is not None) is tray_available
    assert gui.window.isVisible() is not tray_available  # with a tray the manager opens on demand
    if gui.tray:
        assert [a.text() for a in gui.tray.contextMenu().actions()][0] == "Управление лицензиями"
        gui.show_manager()
        assert gui.window.isVisible()
        gui.tray.hide()
        QApplication.instance().setQuitOnLastWindowClosed(True)

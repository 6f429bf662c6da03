"""«Настройка – Параметры – Функционал»: an administrator unticks «Складской учёт» and «Касса»;
the main window drops the menus, the toolbar's «Склад» and «Касса», «Перепроведение
документов…» and the supplier order at once; the order's «Ввести на основании» refuses an
expense and a ПКО saying where to switch them on. A manager cannot move the switches."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from crm_desktop.domain.editions import Edition
from crm_desktop.domain.functionality import Switches
from crm_desktop.services import functionality
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.main.parameters_dialog import ParametersDialog
from crm_desktop.ui.sales import based_on


def _visible_menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def _toolbar(window: MainWindow) -> list[str]:
    return [a.text() for a in window.toolbar.actions() if a.isVisible()]


def test_switches_off_hide_the_warehouse_and_the_cash_desk(db, users, session_of, boxes, qtbot) -> None:
    admin = session_of("admin")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert {"Складской &учёт", "&Касса"} <= set(_visible_menus(window))
    assert {"Склад", "Касса"} <= set(_toolbar(window))

    def untick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ParametersDialog):
            QTimer.singleShot(10, untick)
            return
        dialog.ui.tabs.setCurrentWidget(dialog.ui.functionsTab)
        assert dialog.ui.warehouseCheck.isChecked() and dialog.ui.cashCheck.isChecked()
        assert dialog.ui.warehouseCheck.isEnabled()
        for box in (dialog.ui.warehouseCheck, dialog.ui.cashCheck):
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)          # «OK» is the default button
    QTimer.singleShot(0, untick)
    window.parameters_action.trigger()

    assert functionality.switches(admin) == Switches(warehouse=False, cash=False)
    menus = _visible_menus(window)
    assert "Складской &учёт" not in menus and "&Касса" not in menus
    assert "Склад" not in _toolbar(window) and "Касса" not in _toolbar(window)
    assert not window.repost_action.isVisible() and not window.supplier_order_action.isVisible()
    assert based_on.refusal(admin, "expense") == "Складской учёт: отключено в «Настройка – Параметры – Функционал»."
    assert based_on.refusal(admin, "cash-in") == "Касса: отключено в «Настройка – Параметры – Функционал»."
    assert based_on.refusal(admin, "invoice") == ""

    again = MainWindow(session_of("manager"))               # another workstation starting now
    qtbot.addWidget(again)
    assert "Складской &учёт" not in _visible_menus(again) and "&Касса" not in _visible_menus(again)

    functionality.set_switches(admin, Switches(warehouse=True, cash=True))
    admin.edition = Edition.STANDARD                       # switched on, the edition has no warehouse
    standard = MainWindow(admin)
    qtbot.addWidget(standard)
    assert "Складской &учёт" not in _visible_menus(standard) and "&Касса" in _visible_menus(standard)
    assert "недоступно в редакции «Стандарт»" in based_on.refusal(admin, "expense")


def test_a_manager_sees_the_switches_but_cannot_move_them(db, users, session_of, boxes, qtbot) -> None:
    dialog = ParametersDialog(session_of("manager"))
    qtbot.addWidget(dialog)
    assert not dialog.ui.warehouseCheck.isEnabled() and not dialog.ui.cashCheck.isEnabled()
    assert dialog.ui.warehouseCheck.isChecked()               # a new database: everything switched on
    try:
        functionality.set_switches(session_of("manager"), Switches(cash=False))
    except Exception as exc:  # noqa: BLE001
        assert "только администратор" in str(exc)
    else:
        raise AssertionError("a manager switched the cash desk off")

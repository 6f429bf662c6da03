"""Issue 15's commands where users find them: Ctrl+G and the register's «Групповые операции» open
the group processing manager on the marked clients, with the «E-Mail» and «SMS» tabs;
«Настройка – Параметры» has the mailbox and SMS pages; «Администрирование» has the Excel import."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import insert

from crm_desktop.data.schema import clients
from crm_desktop.ui.group_processing.window import GroupProcessingWindow
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.main.parameters_dialog import ParametersDialog
from crm_desktop.ui.ops import runner


def _window(qtbot, db, users, session_of, login: str = "admin") -> MainWindow:
    with db.begin() as conn:
        for name in ("Альфа", "Бета", "Гамма"):
            conn.execute(insert(clients).values(name=name, curator_id=users["manager"]))
    window = MainWindow(session_of(login))
    qtbot.addWidget(window)
    window.show()
    return window


def _managers(window: MainWindow) -> list[GroupProcessingWindow]:
    return [w for w in window.findChildren(GroupProcessingWindow) if w.isVisible()]


def test_ctrl_g_opens_the_manager_on_the_marked_clients(qtbot, db, users, session_of) -> None:
    window = _window(qtbot, db, users, session_of)
    model = window.model
    rows = {model.index(r, model.columns.index("name")).data(): r for r in range(model.rowCount())}
    model.toggle_marker(rows["Альфа"])
    model.toggle_marker(rows["Гамма"])
    with qtbot.waitActive(window):
        window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    (manager,) = _managers(window)
    qtbot.addWidget(manager)
    assert sorted(manager.client_ids) == sorted(model.row_at(rows[n]).id for n in ("Альфа", "Гамма"))
    tabs = [manager.ui.tabs.tabText(i) for i in range(manager.ui.tabs.count())]
    assert tabs[-2:] == ["E-Mail", "SMS"]
    manager.close()
    assert runner().stop()


def test_the_register_menu_has_group_operations(qtbot, db, users, session_of) -> None:
    window = _window(qtbot, db, users, session_of)
    menu = window.register_menu()
    (group,) = [a.menu() for a in menu.actions() if a.text() == "Групповые операции"]
    assert [a.text() for a in group.actions()] == ["Групповая обработка…", "Печать конвертов…"]


def test_parameters_have_the_mailbox_and_sms_pages(qtbot, db, users, session_of, monkeypatch) -> None:
    window = _window(qtbot, db, users, session_of, "manager")
    shown: list[list[str]] = []

    def exec_(dialog: ParametersDialog) -> int:
        shown.append([dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())])
        return 0
    monkeypatch.setattr(ParametersDialog, "exec", exec_)
    window.open_parameters()
    assert shown and shown[0][-2:] == ["Настройки почты", "SMS"]


def test_the_administrator_finds_the_excel_import(qtbot, db, users, session_of) -> None:
    window = _window(qtbot, db, users, session_of)
    (admin_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Администрирование"]
    assert "Импорт из MS Excel…" in [a.text() for a in admin_menu.actions()]

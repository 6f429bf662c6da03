"""Активные пользователи (ADM-5) lists the workstations at work."""
from __future__ import annotations

from crm_desktop.services import workstations
from crm_desktop.services.workstations import Place
from crm_desktop.ui.admin.active_users_dialog import ActiveUsersDialog


def test_lists_each_workstation_with_its_place(qtbot, db, session_of) -> None:
    workstations.enter(session_of("manager"), demo=False, place=Place("office-7", None))
    workstations.enter(session_of("manager2"), demo=False, place=Place("ts-1", "RDP-Tcp#2 (home-pc)"))
    dialog = ActiveUsersDialog(session_of("admin"))
    qtbot.addWidget(dialog)
    table = dialog.ui.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Пользователь", "Вход", "Компьютер", "IP-адрес", "Терминальная сессия", "Режим"]
    ip = "локально" if db.address.embedded else "127.0.0.1"    # embedded: no network address
    rows = {tuple(table.item(r, c).text() for c in (0, 2, 3, 4, 5)) for r in range(table.rowCount())}
    assert rows == {("Менеджеров Михаил", "office-7", ip, "", "по лицензии"),
                    ("Коллегина Ольга", "ts-1", ip, "RDP-Tcp#2 (home-pc)", "по лицензии")}
    assert dialog.ui.countLabel.text() == "Рабочих мест: 2"

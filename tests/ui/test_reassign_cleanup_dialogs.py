"""The administrator's «Смена куратора/специалиста» and «Очистка БД» dialogs (ADM-6, ADM-8):
the count shown in the confirmation, what lands in the database, a refusal shown as a sentence."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, insert, select

from crm_desktop.data.schema import clients, tasks
from crm_desktop.domain.tasks import Status
from crm_desktop.services import users_admin
from crm_desktop.ui.admin.cleanup_dialog import CleanupDialog
from crm_desktop.ui.admin.reassign_dialog import ReassignDialog, combo_select


def add_clients(db, n: int, **values) -> None:
    with db.begin() as conn:
        for i in range(n):
            conn.execute(insert(clients).values(name=f"Клиент {i}", **values))


def curators(db) -> set[int]:
    with db.read() as conn:
        return set(conn.execute(select(clients.c.curator_id)).scalars())


def test_reassign_confirms_with_the_count_and_passes_the_clients(db, users, session_of, boxes, finished,
                                                                  qtbot) -> None:
    m, m2 = users["manager"], users["manager2"]
    add_clients(db, 3, curator_id=m)
    dialog = ReassignDialog(session_of("admin"))
    qtbot.addWidget(dialog)
    combo_select(dialog.ui.oldCuratorCombo, m)
    combo_select(dialog.ui.newCuratorCombo, m2)
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.ui.runButton, Qt.MouseButton.LeftButton)
    finished(dialog.job)
    assert boxes.texts("question") == ["Передать 3 клиентов от куратора «Менеджеров Михаил» "
                                       "куратору «Коллегина Ольга»?"]
    assert curators(db) == {m}                    # «Нет»: nothing changed
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.ui.runButton, Qt.MouseButton.LeftButton)
    finished(dialog.job)                          # the count
    finished(dialog.job)                          # the change
    assert dialog.result is not None and dialog.result.curator == 3
    assert curators(db) == {m2}
    assert "Куратор сменён у 3 клиентов" in dialog.ui.resultLabel.text()


def test_reassign_to_a_dismissed_user_says_why_and_changes_nothing(db, users, session_of, boxes, finished,
                                                                   qtbot) -> None:
    m, m2 = users["manager"], users["manager2"]
    add_clients(db, 1, curator_id=m)
    admin = session_of("admin")
    users_admin.dismiss(admin, m2)
    dialog = ReassignDialog(admin)
    qtbot.addWidget(dialog)
    combo_select(dialog.ui.oldCuratorCombo, m)
    combo_select(dialog.ui.newCuratorCombo, m2)
    boxes.answer = QMessageBox.StandardButton.Yes
    dialog.run()
    finished(dialog.job)
    assert boxes.texts("question") == ["Передать 1 клиента от куратора «Менеджеров Михаил» "
                                       "куратору «Коллегина Ольга»?"]
    finished(dialog.job)
    assert "уволен" in dialog.ui.resultLabel.text()
    assert curators(db) == {m}


def test_cleanup_counts_then_deletes_after_confirmation(db, users, session_of, boxes, finished, qtbot) -> None:
    m = users["manager"]
    long_ago = datetime.now() - timedelta(days=800)
    with db.begin() as conn:
        for closed in (long_ago, long_ago, datetime.now() - timedelta(days=10)):
            conn.execute(insert(tasks).values(task_kind=1, setter_id=m, executor_id=m, set_at=long_ago,
                                              start_at=long_ago, duration_min=30, status=int(Status.CLOSED),
                                              closed_at=closed))
    dialog = CleanupDialog(session_of("admin"))
    qtbot.addWidget(dialog)
    assert dialog.ui.monthsSpin.value() == 12 and not dialog.ui.deleteButton.isEnabled()
    qtbot.mouseClick(dialog.ui.countButton, Qt.MouseButton.LeftButton)
    finished(dialog.job)
    assert dialog.ui.countLabel.text() == "Старше 12 мес.: 2 завершённые задачи."
    assert dialog.ui.deleteButton.isEnabled()
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    finished(dialog.job)
    assert boxes.texts("question") == ["Удалить 2 завершённые задачи старше 12 мес. вместе с историей? "
                                       "Отменить удаление будет нельзя."]
    assert dialog.deleted == 2 and dialog.ui.countLabel.text() == "Удалено: 2 завершённые задачи."
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(tasks)).scalar_one() == 1


def test_cleanup_refused_to_a_manager_in_one_sentence(db, users, session_of, finished, qtbot) -> None:
    dialog = CleanupDialog(session_of("manager"))
    qtbot.addWidget(dialog)
    dialog.count()
    finished(dialog.job)
    assert dialog.ui.countLabel.text() == "Очистка базы данных доступна только администратору."
    assert not dialog.ui.deleteButton.isEnabled()


def test_administration_menu_offers_both_commands_to_administrators_only(qtbot, db, users, session_of,
                                                                          monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from crm_desktop.data import admin_users
    from crm_desktop.domain.permissions import Permission
    from crm_desktop.ui.main.main_window import MainWindow
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    with db.begin() as conn:      # a manager who may open «Администрирование» for the dictionaries
        admin_users.set_extra_permissions(conn, users["manager"], frozenset({Permission.EDIT_DICTIONARIES}))

    def entries(who: str) -> dict:
        window = MainWindow(session_of(who))
        qtbot.addWidget(window)
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Администрирование")
        return {a.text(): a for a in menu.actions() if a.text()}
    texts = ("Смена куратора/специалиста…", "Управление данными — Обслуживание базы данных…")
    admin = entries("admin")
    for text in texts:
        admin[text].trigger()
    assert opened == ["Смена куратора/специалиста", "Обслуживание базы данных — Очистка БД"]
    assert not set(texts) & set(entries("manager"))

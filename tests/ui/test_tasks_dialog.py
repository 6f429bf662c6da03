"""The task form driven like a user does it: fill, save, move through the workflow; the
database shows the result (manual: "Задачи")."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import insert, select

from crm_desktop.data.schema import clients, task_history, tasks
from crm_desktop.domain.tasks import Kind, Status, TaskDraft
from crm_desktop.services import tasks as svc
from crm_desktop.ui.tasks import TaskDialog

START = datetime(2026, 11, 24, 9, 0)


def stored(db, task_id):
    with db.read() as conn:
        return conn.execute(select(tasks).where(tasks.c.id == task_id)).mappings().one()


def test_new_task_filled_and_saved_for_a_colleague(qtbot, db, users, session_of):
    manager = session_of("manager")
    with db.begin() as conn:
        conn.execute(insert(clients).values(code=501, name="ООО Ромашка", curator_id=users["manager"]))
    dialog = TaskDialog(manager, None)
    qtbot.addWidget(dialog)
    assert dialog.ui.setterEdit.text() == "Менеджеров Михаил" and dialog.ui.setterEdit.isReadOnly()
    assert dialog.executor.value() == users["manager"]          # oneself by default
    dialog.ui.clientEdit.setText("ромаш")         # QTest types ASCII only
    qtbot.keyClick(dialog.ui.clientEdit, Qt.Key.Key_Return)
    assert dialog.ui.clientEdit.text() == "501 — ООО Ромашка"
    dialog.executor.set_value(users["specialist"])
    dialog.ui.startEdit.setDateTime(QDateTime(START))
    dialog.ui.durationSpin.setValue(45)
    dialog.ui.dueCheck.setChecked(True)
    dialog.ui.dueEdit.setDateTime(QDateTime(START + timedelta(days=2)))
    dialog.ui.remindCheck.setChecked(True)
    dialog.ui.remindSpin.setValue(10)
    dialog.ui.reportCheck.setChecked(True)
    dialog.ui.bodyEdit.insertPlainText("Подготовить коммерческое предложение")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    row = stored(db, dialog.task_id)
    assert (row["task_kind"], row["executor_id"], row["setter_id"]) == \
        (Kind.REPORT, users["specialist"], users["manager"])
    assert (row["start_at"], row["duration_min"], row["due_at"], row["remind_min"]) == \
        (START, 45, START + timedelta(days=2), 10)
    assert row["body"] == "Подготовить коммерческое предложение" and row["client_id"] is not None


def test_invalid_form_keeps_input_and_saves_nothing(qtbot, db, users, session_of, boxes):
    dialog = TaskDialog(session_of("manager"), None)
    qtbot.addWidget(dialog)
    dialog.ui.durationSpin.setValue(0)
    dialog.ui.clientEdit.setText("нет такого")
    dialog.accept()
    assert "Клиент не выбран" in boxes[-1][2]
    dialog.ui.clientEdit.clear()
    dialog.accept()
    assert "текст задачи обязателен" in boxes[-1][2] and "больше нуля" in boxes[-1][2]
    assert dialog.isVisible() is False and dialog.result() == 0
    assert dialog.ui.durationSpin.value() == 0
    with db.read() as conn:
        assert conn.execute(select(tasks.c.id)).first() is None


def test_workflow_buttons_follow_the_user_and_the_state(qtbot, db, users, session_of, monkeypatch):
    manager, specialist = session_of("manager"), session_of("specialist")
    task_id = svc.create_task(manager, TaskDraft(Kind.REPORT, None, users["specialist"], 1, START, 30, None,
                                                 "Отчёт по встрече", True, None))
    executor_view = TaskDialog(specialist, svc.load_task(specialist, task_id))
    qtbot.addWidget(executor_view)
    visible = lambda d: [b.text() for b in (d.ui.acceptButton, d.ui.completeButton, d.ui.closeButton,  # noqa: E731
                                            d.ui.reworkButton) if not b.isHidden()]
    assert visible(executor_view) == ["Принять к исполнению"]
    assert executor_view.ui.bodyEdit.isReadOnly()                       # conditions belong to the setter
    assert executor_view.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isHidden()
    executor_view.ui.acceptButton.click()
    assert visible(executor_view) == ["Выполнено…"]
    monkeypatch.setattr(executor_view, "ask_text", lambda title, label: "Встреча прошла, договор у юристов")
    executor_view.ui.completeButton.click()
    assert visible(executor_view) == []
    assert "Завершена" in executor_view.ui.statusLabel.text()

    setter_view = TaskDialog(manager, svc.load_task(manager, task_id))
    qtbot.addWidget(setter_view)
    assert setter_view.ui.reportView.toPlainText() == "Встреча прошла, договор у юристов"
    assert visible(setter_view) == ["Выполнение принято", "Вернуть на доработку…"]
    monkeypatch.setattr(setter_view, "ask_text", lambda title, label: "Приложите протокол")
    setter_view.ui.reworkButton.click()
    row = stored(db, task_id)
    assert (row["status"], row["seen_by_executor"]) == (Status.REWORK, 0)
    assert setter_view.ui.historyList.topLevelItemCount() == 4
    assert setter_view.ui.historyList.topLevelItem(3).text(3) == "Приложите протокол"
    with db.read() as conn:
        assert conn.execute(select(task_history.c.new_status).order_by(task_history.c.id)).scalars().all() == \
            [1, 2, 3, 5]


def test_cancelled_report_changes_nothing(qtbot, db, users, session_of, monkeypatch, announced):
    manager, specialist = session_of("manager"), session_of("specialist")
    task_id = svc.create_task(manager, TaskDraft(Kind.REPORT, None, users["specialist"], 2, START, 30, None,
                                                 "Текст", True, None))
    svc.transition(specialist, task_id, Status.ACCEPTED)
    dialog = TaskDialog(specialist, svc.load_task(specialist, task_id))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_text", lambda title, label: None)
    dialog.ui.completeButton.click()
    assert stored(db, task_id)["status"] == Status.ACCEPTED and announced == []


def test_task_from_the_client_card_has_the_client(qtbot, db, users, session_of):
    manager = session_of("manager")
    with db.begin() as conn:
        client_id = conn.execute(insert(clients).values(code=77, name="ИП Иванов", curator_id=users["manager"])
                                 .returning(clients.c.id)).scalar_one()
    dialog = TaskDialog(manager, None, client_id=client_id, start_at=START)
    qtbot.addWidget(dialog)
    assert dialog.ui.clientEdit.text() == "77 — ИП Иванов"
    assert dialog.ui.startEdit.dateTime().toPython() == START
    dialog.ui.bodyEdit.setPlainText("Позвонить")
    dialog.accept()
    assert stored(db, dialog.task_id)["client_id"] == client_id


def test_concurrent_save_names_who_and_keeps_the_input(qtbot, db, users, session_of, boxes):
    manager, admin = session_of("manager"), session_of("admin")
    task_id = svc.create_task(manager, TaskDraft(Kind.REMINDER, None, users["manager"], 2, START, 30, None,
                                                 "Исходный текст", False, None))
    dialog = TaskDialog(manager, svc.load_task(manager, task_id))
    qtbot.addWidget(dialog)
    current = svc.load_task(admin, task_id)
    svc.update_task(admin, task_id, svc.draft_of(current), current.row_version)
    dialog.ui.bodyEdit.setPlainText("Мой новый текст")
    dialog.accept()
    assert "Админов Админ" in boxes[-1][2]
    assert dialog.result() == 0 and dialog.ui.bodyEdit.toPlainText() == "Мой новый текст"
    assert stored(db, task_id)["body"] == "Исходный текст"

"""The card's «Задачи» journal (manual: "Задачи": in the card's tab, Ins or the context menu
sets a task for the client; issue 9 part 1, defect 3): Ins, Enter, Del with a confirmation and
the same commands in the context menu, through the task form; the list follows every change."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, QTimer, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from crm_desktop.data.schema import tasks
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.tasks import Kind, TaskDraft
from crm_desktop.services import clients
from crm_desktop.services import tasks as svc
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.tasks.task_dialog import TaskDialog

START = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)


def _card(qtbot, session, name="ООО «Задачная»") -> ClientDialog:
    card = clients.new_card(session, ClientKind.COMPANY)
    card.values["name"] = name
    card = clients.save_card(session, card)
    dialog = ClientDialog(session, clients.load_card(session, card.id))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):        # keys of a journal act only where it has the focus
        dialog.show()
    dialog.ui.journals.setCurrentWidget(dialog.tasks)
    dialog.tasks.ui.table.setFocus()
    return dialog


def _rows(dialog: ClientDialog) -> list[tuple[str, str]]:
    table = dialog.tasks.ui.table
    return [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def _stored(db) -> list[tuple]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(select(tasks.c.client_id, tasks.c.body).order_by(tasks.c.id))]


def test_ins_sets_a_task_for_this_client_and_the_tab_shows_it(qtbot, db, session_of, monkeypatch) -> None:
    manager = session_of("manager")
    dialog = _card(qtbot, manager)
    seen = {}

    def fill_and_save(form: TaskDialog) -> int:
        seen["client"] = form.ui.clientEdit.text()
        form.ui.bodyEdit.setPlainText("Выставить счёт")
        qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        return form.result()
    monkeypatch.setattr(TaskDialog, "exec", fill_and_save)
    qtbot.keyClick(dialog.tasks.ui.table, Qt.Key.Key_Insert)
    assert seen["client"].endswith("ООО «Задачная»")             # the form knows the client
    assert _stored(db) == [(dialog.client_id, "Выставить счёт")]
    assert _rows(dialog) == [("Менеджеров Михаил", "Выставить счёт")]


def test_enter_opens_the_task_and_the_tab_shows_the_change(qtbot, db, session_of, monkeypatch) -> None:
    manager = session_of("manager")
    dialog = _card(qtbot, manager)
    svc.create_task(manager, TaskDraft(Kind.REMINDER, dialog.client_id, manager.user.id, 2, START, 30, None,
                                       "Позвонить", False, None))
    dialog.tasks.reload()

    def edit_and_save(form: TaskDialog) -> int:
        assert form.ui.bodyEdit.toPlainText() == "Позвонить"
        form.ui.bodyEdit.setPlainText("Позвонить бухгалтеру")
        qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        return form.result()
    monkeypatch.setattr(TaskDialog, "exec", edit_and_save)
    qtbot.keyClick(dialog.tasks.ui.table, Qt.Key.Key_Return)
    assert _stored(db) == [(dialog.client_id, "Позвонить бухгалтеру")]
    assert _rows(dialog) == [("Менеджеров Михаил", "Позвонить бухгалтеру")]


def test_del_asks_then_deletes(qtbot, db, session_of, boxes) -> None:
    manager = session_of("manager")
    dialog = _card(qtbot, manager)
    svc.create_task(manager, TaskDraft(Kind.REMINDER, dialog.client_id, manager.user.id, 2, START, 30, None,
                                       "Отправить договор", False, None))
    dialog.tasks.reload()
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.tasks.ui.table, Qt.Key.Key_Delete)
    assert boxes[-1][2].startswith("Удалить задачу «Отправить договор» от ")
    assert len(_stored(db)) == 1 and len(_rows(dialog)) == 1
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.tasks.ui.table, Qt.Key.Key_Delete)
    assert _stored(db) == [] and _rows(dialog) == []


def test_context_menu_offers_the_same(qtbot, db, session_of, boxes) -> None:
    manager = session_of("manager")
    dialog = _card(qtbot, manager)
    svc.create_task(manager, TaskDraft(Kind.REMINDER, dialog.client_id, manager.user.id, 2, START, 30, None,
                                       "Из меню", False, None))
    dialog.tasks.reload()
    table = dialog.tasks.ui.table
    offered = []

    def choose_delete() -> None:
        menu = QApplication.activePopupWidget()
        offered.extend((a.text(), a.isEnabled()) for a in menu.actions())
        next(a for a in menu.actions() if a.text().startswith("Удалить")).trigger()
        menu.close()
    QTimer.singleShot(0, choose_delete)
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(0, 2)).center())
    assert offered == [("Добавить\tIns", True), ("Открыть\tEnter", True), ("Удалить\tDel", True)]
    assert boxes[-1][0] == "question" and _stored(db) == [] and _rows(dialog) == []


def test_a_new_client_gets_tasks_once_saved(qtbot, db, session_of) -> None:
    manager = session_of("manager")
    dialog = ClientDialog(manager, clients.new_card(manager, ClientKind.COMPANY))
    qtbot.addWidget(dialog)
    assert not dialog.tasks.ui.addButton.isEnabled()
    assert dialog.tasks.ui.noteLabel.text() == "Сохраните клиента, чтобы ставить задачи."
    assert not dialog.tasks.menu().actions()[0].isEnabled()

"""«Новые задачи» at login (issue 9 part 1, defect 4): a scrollable list that fits the screen
however many tasks came, «Открыть» / «Принять» / «Закрыть», the setter named in the genitive
case, and nothing announced that the user set to themselves."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from crm_desktop.data.schema import tasks
from crm_desktop.domain.tasks import Kind, Status, TaskDraft
from crm_desktop.services import tasks as svc
from crm_desktop.ui import tasks as task_ui
from crm_desktop.ui.tasks import show_pending_at_login
from crm_desktop.ui.tasks.new_tasks_dialog import NewTasksDialog

START = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)


def set_task(session, executor_id, body, kind=Kind.REMINDER):
    return svc.create_task(session, TaskDraft(kind, None, executor_id, 2, START, 30, None, body,
                                              kind == Kind.REPORT, None))


def shown_list(qtbot) -> NewTasksDialog:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewTasksDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog: NewTasksDialog) -> list[tuple[str, str]]:
    items = [dialog.ui.list.topLevelItem(r) for r in range(dialog.ui.list.topLevelItemCount())]
    return [(i.text(0), i.text(3)) for i in items]


def status_of(db, task_id):
    with db.read() as conn:
        return conn.execute(select(tasks.c.status).where(tasks.c.id == task_id)).scalar_one()


def test_many_tasks_scroll_in_a_window_that_fits_the_screen(qtbot, db, users, session_of, finished):
    manager, specialist = session_of("manager"), session_of("specialist")
    for n in range(60):
        set_task(manager, users["specialist"], f"Задача номер {n}")
    assert len(finished(show_pending_at_login(None, specialist))) == 60
    dialog = shown_list(qtbot)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    assert dialog.ui.list.verticalScrollBar().maximum() > 0              # the rest scrolls
    assert len(rows(dialog)) == 60 and dialog.ui.countLabel.text() == "Поступило задач: 60"
    for button in (dialog.ui.openButton, dialog.ui.acceptButton, dialog.ui.closeButton):
        assert button.isVisible() and dialog.rect().contains(button.geometry().bottomRight())
    assert [dialog.ui.openButton.text(), dialog.ui.acceptButton.text(), dialog.ui.closeButton.text()] == \
        ["Открыть", "Принять", "Закрыть"]
    assert svc.unseen_for_me(specialist) == []                           # announced once
    assert finished(show_pending_at_login(None, specialist)) == []


def test_setter_in_the_genitive_accept_open_and_close(qtbot, db, users, session_of, monkeypatch, finished):
    manager, specialist = session_of("manager"), session_of("specialist")
    first = set_task(manager, users["specialist"], "Подготовить договор", kind=Kind.REPORT)
    second = set_task(manager, users["specialist"], "Позвонить в банк")
    finished(show_pending_at_login(None, specialist))
    dialog = shown_list(qtbot)
    assert rows(dialog) == [("Новая задача от Менеджерова Михаила", "Подготовить договор"),
                            ("Новая задача от Менеджерова Михаила", "Позвонить в банк")]
    qtbot.mouseClick(dialog.ui.acceptButton, Qt.MouseButton.LeftButton)       # the first row is current
    assert status_of(db, first) == Status.ACCEPTED and status_of(db, second) == Status.NEW
    assert dialog.ui.list.topLevelItem(0).text(4) == "Принята к исполнению"
    assert not dialog.ui.acceptButton.isEnabled()                             # nothing left to accept in it
    opened = []
    monkeypatch.setattr(task_ui, "open_task", lambda parent, session, task_id: opened.append(task_id) or False)
    dialog.ui.list.setCurrentItem(dialog.ui.list.topLevelItem(1))
    qtbot.keyClick(dialog.ui.list, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)
    assert opened == [second, second]
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_tasks_set_to_oneself_are_not_announced(qtbot, db, users, session_of, finished):
    """Also where the stored flag says "not seen", as in bulk-loaded (demo) data."""
    manager = session_of("manager")
    own = set_task(manager, users["manager"], "Себе напоминание")
    from_colleague = set_task(session_of("manager2"), users["manager"], "От коллеги")
    with db.begin() as conn:
        conn.execute(update(tasks).values(seen_by_executor=0))
    found = finished(show_pending_at_login(None, manager))
    assert [t.id for t in found] == [from_colleague] and own != from_colleague
    assert rows(shown_list(qtbot)) == [("Новая задача от Коллегиной Ольги", "От коллеги")]

"""The "Список дел" dock (TODO-1..3) driven like a user: add, progress in place, drag to
reorder, complete, delete, settings — and what lands in Firebird."""
from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (QApplication, QDialogButtonBox, QInputDialog, QMainWindow,
                               QStyleOptionViewItem)
from sqlalchemy import text

from crm_desktop.services import todos
from crm_desktop.ui.todo import TodoDock, should_open_at_login
from crm_desktop.ui.todo.archive_dialog import TodoArchiveDialog
from crm_desktop.ui.todo.todo_dialog import TodoDialog


def _rows(db, sql: str) -> list[tuple]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


@pytest.fixture
def open_dock(qtbot):
    windows: list[QMainWindow] = []                        # keep the main windows alive

    def make(session) -> TodoDock:
        window = QMainWindow()
        qtbot.addWidget(window)
        windows.append(window)
        dock = TodoDock(session, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.resize(420, 500)
        with qtbot.waitActive(window):                     # shortcuts need an active window
            window.show()
            window.activateWindow()
        return dock
    return make


def _bodies(dock: TodoDock) -> list[str]:
    return [dock.model.todo(r).body for r in range(dock.model.rowCount())]


def _option(dock: TodoDock, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(dock.ui.list)
    option.rect = dock.ui.list.visualRect(dock.model.index(row))
    return option


def _drag(dock: TodoDock, row: int, to: QPoint) -> None:
    """What Qt delivers to the list while the user drags row `row` and drops it at `to`."""
    mime: QMimeData = dock.model.mimeData([dock.model.index(row)])
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(to, *args), QDragMoveEvent(to, *args), QDropEvent(to.toPointF(), *args)):
        QApplication.sendEvent(dock.ui.list.viewport(), event)


def _ok(qtbot, dialog: TodoDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_ins_adds_a_todo_that_lands_in_firebird_and_empty_text_is_refused(qtbot, db, users, session_of,
                                                                           open_dock, monkeypatch) -> None:
    dock = open_dock(session_of("manager"))
    assert dock.ui.emptyLabel.isVisible()
    seen = {}

    def fill(self: TodoDialog) -> int:
        seen["owner_shown"] = not self.ui.ownerCombo.isHidden()
        _ok(qtbot, self)                                   # nothing typed yet
        seen["error"] = self.ui.errorLabel.text()
        self.ui.bodyEdit.setPlainText("Позвонить поставщику")
        self.ui.importantCheck.setChecked(True)
        _ok(qtbot, self)
        return self.result()
    monkeypatch.setattr(TodoDialog, "exec", fill)
    dock.ui.list.setFocus()
    qtbot.keyClick(dock.ui.list, Qt.Key.Key_Insert)
    assert seen == {"owner_shown": False, "error": "Введите текст дела."}
    assert _rows(db, "SELECT OWNER_ID, BODY, IS_IMPORTANT, PROGRESS FROM TODOS") == [
        (users["manager"], "Позвонить поставщику", 1, 0)]
    assert _bodies(dock) == ["Позвонить поставщику"] and not dock.ui.emptyLabel.isVisible()
    assert dock.model.index(0).data(Qt.ItemDataRole.FontRole).bold()


def test_supervisor_adds_a_todo_for_a_colleague(qtbot, db, users, session_of, open_dock, monkeypatch) -> None:
    dock = open_dock(session_of("supervisor"))

    def fill(self: TodoDialog) -> int:
        assert not self.ui.ownerCombo.isHidden()
        self.ui.ownerCombo.setCurrentIndex(self.ui.ownerCombo.findText("Коллегина Ольга"))
        self.ui.bodyEdit.setPlainText("Сверить акты")
        _ok(qtbot, self)
        return self.result()
    monkeypatch.setattr(TodoDialog, "exec", fill)
    dock.ui.addButton.click()
    assert _rows(db, "SELECT OWNER_ID, BODY FROM TODOS") == [(users["manager2"], "Сверить акты")]
    assert _bodies(dock) == []                             # it is in her list, not in his


def test_progress_is_set_in_place_by_click_and_drag(qtbot, db, users, session_of, open_dock) -> None:
    manager = session_of("manager")
    todo_id = todos.add_todo(manager, "Проект договора")
    dock = open_dock(manager)
    viewport = dock.ui.list.viewport()
    bar = dock.delegate.bar_rect(_option(dock, 0))
    at_three_quarters = QPoint(bar.x() + bar.width() * 3 // 4, bar.center().y())
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at_three_quarters)
    assert _rows(db, f"SELECT PROGRESS FROM TODOS WHERE ID = {todo_id}") == [(75,)]
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(bar.x() + 2, bar.center().y()))
    qtbot.mouseMove(viewport, QPoint(bar.x() + bar.width() // 5, bar.center().y()))
    assert dock.model.todo(0).progress == 20                # shown while dragging, not saved yet
    assert _rows(db, f"SELECT PROGRESS FROM TODOS WHERE ID = {todo_id}") == [(75,)]
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(bar.right() + 40, bar.center().y()))
    assert _rows(db, f"SELECT PROGRESS FROM TODOS WHERE ID = {todo_id}") == [(100,)]
    assert dock.model.index(0).data(Qt.ItemDataRole.ToolTipRole).endswith("100 %")


def test_drag_and_drop_reorders_when_ordering_by_position(qtbot, db, users, session_of, open_dock) -> None:
    manager = session_of("manager")
    ids = [todos.add_todo(manager, name) for name in ("Первое", "Второе", "Третье")]
    dock = open_dock(manager)
    assert not dock.model.flags(dock.model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled   # by importance
    dock.ui.orderCombo.setCurrentIndex(dock.ui.orderCombo.findData("position"))
    assert _rows(db, "SELECT SETTING_VAL FROM USER_SETTINGS WHERE SETTING_KEY = 'todo.order'") == [('"position"',)]
    _drag(dock, 2, dock.ui.list.visualRect(dock.model.index(0)).topLeft() + QPoint(20, 1))   # above the first
    assert _rows(db, "SELECT ID FROM TODOS ORDER BY SORT_ORDER") == [(ids[2],), (ids[0],), (ids[1],)]
    qtbot.waitUntil(lambda: _bodies(dock) == ["Третье", "Первое", "Второе"])


def test_completing_shows_zaversheno_until_end_of_day_then_archive(qtbot, db, users, session_of, open_dock) -> None:
    manager = session_of("manager")
    todos.add_todo(manager, "Отчёт за неделю")
    todos.add_todo(manager, "Ещё одно")
    dock = open_dock(manager)
    dock.set_end_of_day(time(23, 59))
    row = dock.model.row_of(_rows(db, "SELECT ID FROM TODOS WHERE BODY = 'Отчёт за неделю'")[0][0])
    rect = dock.ui.list.visualRect(dock.model.index(row))
    qtbot.mouseClick(dock.ui.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(10, 12))
    qtbot.waitUntil(lambda: dock.model.todo(1).is_completed)
    stamp = _rows(db, "SELECT COMPLETED_AT FROM TODOS WHERE BODY = 'Отчёт за неделю'")[0][0]
    assert stamp is not None
    assert _bodies(dock) == ["Ещё одно", "Отчёт за неделю"]
    done = dock.model.index(1)
    assert done.data(Qt.ItemDataRole.ToolTipRole).endswith(f"Завершено в {stamp:%H:%M}")
    assert done.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    dock.ui.list.setCurrentIndex(done)
    assert dock.complete_action.text() == "Вернуть в работу"
    dock.set_end_of_day(time(0, 0))                         # the working day is over
    assert _bodies(dock) == ["Ещё одно"]
    assert [t.body for t in todos.archive(manager)] == ["Отчёт за неделю"]


def test_delete_asks_first(qtbot, db, users, session_of, open_dock, boxes) -> None:
    manager = session_of("manager")
    todos.add_todo(manager, "Лишнее дело")
    dock = open_dock(manager)
    dock.ui.list.setFocus()
    boxes.answer = boxes.answer.No
    qtbot.keyClick(dock.ui.list, Qt.Key.Key_Delete)
    assert boxes[-1][2] == "Удалить дело «Лишнее дело»?"
    assert _rows(db, "SELECT COUNT(*) FROM TODOS") == [(1,)]
    boxes.answer = boxes.answer.Yes
    qtbot.keyClick(dock.ui.list, Qt.Key.Key_Delete)
    assert _rows(db, "SELECT COUNT(*) FROM TODOS") == [(0,)]
    assert _bodies(dock) == []


def test_close_for_good_stops_opening_at_login(qtbot, db, users, session_of, open_dock) -> None:
    manager = session_of("manager")
    dock = open_dock(manager)
    assert not should_open_at_login(manager)               # nothing to do yet
    todos.add_todo(manager, "Незавершённое")
    assert should_open_at_login(manager)
    dock.close_for_good_action.trigger()
    assert not dock.isVisible() and not should_open_at_login(manager)
    dock.open_at_login_action.trigger()
    assert should_open_at_login(manager)


def test_enter_edits_text_and_importance_space_completes(qtbot, db, users, session_of, open_dock,
                                                         monkeypatch) -> None:
    manager = session_of("manager")
    todos.add_todo(manager, "Черновик")
    todos.add_todo(manager, "Второе")
    dock = open_dock(manager)

    def change(self: TodoDialog) -> int:
        assert self.ui.bodyEdit.toPlainText() == "Второе" and self.ui.ownerCombo.isHidden()
        self.ui.bodyEdit.setPlainText("Второе, но важное")
        self.ui.importantCheck.setChecked(True)
        _ok(qtbot, self)
        return self.result()
    monkeypatch.setattr(TodoDialog, "exec", change)
    dock.set_end_of_day(time(23, 59))                       # completed ones stay in sight
    dock.ui.list.setFocus()
    dock.ui.list.setCurrentIndex(dock.model.index(1))
    qtbot.keyClick(dock.ui.list, Qt.Key.Key_Return)
    assert _rows(db, "SELECT BODY, IS_IMPORTANT FROM TODOS ORDER BY ID") == [("Черновик", 0), ("Второе, но важное", 1)]
    assert _bodies(dock) == ["Второе, но важное", "Черновик"]          # important first
    assert dock.current_todo().body == "Второе, но важное"
    qtbot.keyClick(dock.ui.list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dock.model.todo(1).is_completed)
    assert _rows(db, "SELECT COUNT(*) FROM TODOS WHERE COMPLETED_AT IS NOT NULL AND BODY = 'Второе, но важное'") == [(1,)]


def test_end_of_day_setting_and_archive_reopen(qtbot, db, users, session_of, open_dock, monkeypatch, boxes) -> None:
    manager = session_of("manager")
    todo_id = todos.add_todo(manager, "Старое дело")
    todos.complete_todo(manager, todo_id, now=datetime(2026, 1, 5, 10, 0))
    dock = open_dock(manager)
    answers = iter([("19", True), ("19:30", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    dock.ask_end_of_day()
    assert "ЧЧ:ММ" in boxes[-1][2]
    dock.ask_end_of_day()
    assert _rows(db, "SELECT SETTING_VAL FROM USER_SETTINGS WHERE SETTING_KEY = 'todo.end_of_day'") == [('"19:30"',)]
    assert _bodies(dock) == []

    def reopen(self: TodoArchiveDialog) -> int:
        self.show()
        assert self.ui.table.topLevelItem(0).text(0) == "05.01.2026 10:00"
        self.ui.reopenButton.click()
        assert self.ui.table.topLevelItemCount() == 0
        return 0
    monkeypatch.setattr(TodoArchiveDialog, "exec", reopen)
    dock.open_archive()
    assert _rows(db, "SELECT COMPLETED_AT FROM TODOS") == [(None,)]
    assert _bodies(dock) == ["Старое дело"]

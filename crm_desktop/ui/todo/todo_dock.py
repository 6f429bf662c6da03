"""The "Список дел" panel of the main window (manual addendum "Механизм Список дел";
TODO-1..3): the user's to-dos with importance mark and progress set in place, completed
ones greyed as «Завершено» until the end of the working day, ordering by importance or by
dragging, archive, and "close and do not show at login". The panel reads itself again whenever
a to-do changes (change bus), wherever it was changed."""
from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QInputDialog, QMenu, QMessageBox, QWidget

from crm_desktop.domain.todos import OrderMode, Todo, format_end_of_day, parse_end_of_day
from crm_desktop.services import todos
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import TODO, announce, follow
from crm_desktop.ui.forms.todo.todo_panel_ui import Ui_TodoPanel
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.todo.archive_dialog import TodoArchiveDialog
from crm_desktop.ui.todo.todo_delegate import ProgressDragger, TodoDelegate
from crm_desktop.ui.todo.todo_dialog import TodoDialog
from crm_desktop.ui.todo.todo_model import TodoModel

REFRESH_MS = 60_000     # completed to-dos leave the list when the working day ends


class TodoDock(QDockWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Список дел"), parent)
        self.setObjectName("todoDock")
        self._session = session
        self._settings = call(self, lambda: todos.todo_settings(session)) or todos.TodoSettings()
        body = QWidget()
        self.ui = Ui_TodoPanel()
        self.ui.setupUi(body)
        self.setWidget(body)
        self.model = TodoModel(self)
        self._setup_list()
        self._setup_actions()
        self.ui.orderCombo.addItem(self.tr("Важные первыми"), OrderMode.IMPORTANCE.value)
        self.ui.orderCombo.addItem(self.tr("В заданном порядке (перетаскивание)"), OrderMode.POSITION.value)
        self.ui.orderCombo.setCurrentIndex(self.ui.orderCombo.findData(self._settings.order.value))
        self.ui.orderCombo.currentIndexChanged.connect(self._order_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.refresh()
        follow(self, (TODO,), lambda _kind, _ids: self.refresh())

    # -- set-up -----------------------------------------------------------------------------
    def _setup_list(self) -> None:
        view = self.ui.list
        view.setModel(self.model)
        self.delegate = TodoDelegate(view)
        view.setItemDelegate(self.delegate)
        self.dragger = ProgressDragger(view, self.delegate, self.model)
        self.dragger.progress_set.connect(self.set_progress)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setDropIndicatorShown(True)
        view.activated.connect(lambda _index: self.edit_current())
        view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.completion_requested.connect(self.set_completed)
        self.model.reorder_requested.connect(self.reorder)

    def _action(self, text: str, slot, shortcut: Qt.Key | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        return action

    def _setup_actions(self) -> None:
        self.add_action = self._action(self.tr("Добавить дело"), self.add_todo, Qt.Key.Key_Insert)
        self.edit_action = self._action(self.tr("Изменить…"), self.edit_current)
        self.complete_action = self._action(self.tr("Завершить"), self.toggle_current)
        self.delete_action = self._action(self.tr("Удалить"), self.delete_current, Qt.Key.Key_Delete)
        # the list's context menu; Ins and Del work while the list has the focus
        self.ui.list.addActions([self.add_action, self.edit_action, self.complete_action, self.delete_action])
        self.ui.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.addButton.clicked.connect(self.add_todo)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.completeButton.clicked.connect(self.toggle_current)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        menu = QMenu(self)
        menu.addAction(self._action(self.tr("Архив дел…"), self.open_archive))
        menu.addAction(self._action(self.tr("Конец рабочего дня…"), self.ask_end_of_day))
        self.open_at_login_action = self._action(self.tr("Открывать при входе, если есть незавершённые дела"),
                                                 self._open_at_login_toggled)
        self.open_at_login_action.setCheckable(True)
        self.open_at_login_action.setChecked(not self._settings.closed_for_good)
        menu.addAction(self.open_at_login_action)
        menu.addSeparator()
        self.close_for_good_action = self._action(self.tr("Закрыть и не показывать при входе"), self.close_for_good)
        menu.addAction(self.close_for_good_action)
        self.ui.menuButton.setMenu(menu)

    # -- state ------------------------------------------------------------------------------
    def current_todo(self) -> Todo | None:
        index = self.ui.list.currentIndex()
        return self.model.todo(index.row()) if index.isValid() else None

    def refresh(self, quiet: bool = False) -> None:
        """Reload the list, keeping the current to-do selected; `quiet` (the timer) skips a
        failed read instead of showing a message box every minute."""
        current = self.current_todo()
        try:
            loaded = todos.list_todos(self._session, self._settings)
        except Exception as exc:  # noqa: BLE001 - the timer's next tick tries again
            if not quiet:
                show_error(self, exc)
            return
        self.model.draggable = self._settings.order is OrderMode.POSITION
        self.model.set_todos(loaded)
        if loaded:
            row = self.model.row_of(current.id if current is not None else None)
            self.ui.list.setCurrentIndex(self.model.index(row or 0))
        self.ui.emptyLabel.setVisible(not loaded)
        self._current_changed(self.ui.list.currentIndex())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()            # it may have been hidden for hours

    def _tick(self) -> None:
        if self.isVisible() and not self.dragger.dragging:
            self.refresh(quiet=True)

    def _current_changed(self, index: QModelIndex) -> None:
        todo = self.model.todo(index.row()) if index.isValid() else None
        for widget in (self.ui.editButton, self.ui.completeButton, self.ui.deleteButton, self.edit_action,
                       self.complete_action, self.delete_action):
            widget.setEnabled(todo is not None)
        done = todo is not None and todo.is_completed
        self.complete_action.setText(self.tr("Вернуть в работу") if done else self.tr("Завершить"))
        self.ui.completeButton.setText("↺" if done else "✓")
        self.ui.completeButton.setToolTip(
            self.tr("Вернуть дело в работу (Пробел)") if done
            else self.tr("Завершить дело: оно уйдёт в архив, время завершения запомнится (Пробел)"))

    # -- commands ---------------------------------------------------------------------------
    def add_todo(self) -> None:
        dialog = TodoDialog(self._session, None, self)
        if dialog.exec():                       # the panel has read itself again
            self.select(dialog.todo_id)

    def select(self, todo_id: int | None) -> None:
        """Make the to-do current when it is in the list (one added for a colleague is not)."""
        row = self.model.row_of(todo_id)
        if row is not None:
            self.ui.list.setCurrentIndex(self.model.index(row))

    def edit_current(self) -> None:
        todo = self.current_todo()
        if todo is not None:
            TodoDialog(self._session, todo, self).exec()

    def set_progress(self, todo_id: int, progress: int) -> None:
        if call(self, lambda: todos.set_progress(self._session, todo_id, progress) or True):
            announce(TODO, [todo_id])
        else:
            self.refresh()                      # the bar shows the stored progress again

    def set_completed(self, todo_id: int, completed: bool) -> None:
        work = todos.complete_todo if completed else todos.reopen_todo
        if call(self, lambda: work(self._session, todo_id) or True):
            # not inside the view's own click handling
            QTimer.singleShot(0, self, lambda: announce(TODO, [todo_id]))

    def toggle_current(self) -> None:
        todo = self.current_todo()
        if todo is not None:
            self.set_completed(todo.id, not todo.is_completed)

    def reorder(self, ordered_ids: list[int]) -> None:
        if call(self, lambda: todos.reorder(self._session, ordered_ids) or True):
            # the view is still finishing the drop
            QTimer.singleShot(0, self, lambda: announce(TODO, ordered_ids))

    def delete_current(self) -> None:
        todo = self.current_todo()
        if todo is None:
            return
        shown = todo.body if len(todo.body) <= 60 else todo.body[:57] + "…"
        answer = QMessageBox.question(self, self.tr("Удаление"), self.tr("Удалить дело «%1»?").replace("%1", shown),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and \
                call(self, lambda: todos.delete_todo(self._session, todo.id) or True):
            announce(TODO, [todo.id])

    def _order_changed(self) -> None:
        mode = OrderMode(self.ui.orderCombo.currentData())
        call(self, lambda: todos.set_order_mode(self._session, mode))
        self._settings = replace(self._settings, order=mode)
        self.refresh()

    def open_archive(self) -> None:
        TodoArchiveDialog(self._session, self).exec()

    def ask_end_of_day(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Конец рабочего дня"),
                                        self.tr("Завершённые сегодня дела видны в списке до (ЧЧ:ММ):"),
                                        text=format_end_of_day(self._settings.end_of_day))
        if ok:
            try:
                self.set_end_of_day(parse_end_of_day(text))
            except ValueError as exc:
                show_error(self, exc)

    def set_end_of_day(self, value: time) -> None:
        call(self, lambda: todos.set_end_of_day(self._session, value))
        self._settings = replace(self._settings, end_of_day=value)
        self.refresh()

    def _open_at_login_toggled(self, checked: bool) -> None:
        call(self, lambda: todos.set_closed_for_good(self._session, not checked))
        self._settings = replace(self._settings, closed_for_good=not checked)

    def close_for_good(self) -> None:
        """TODO-2: the panel is not wanted; it no longer opens by itself at login."""
        self.open_at_login_action.setChecked(False)
        self._open_at_login_toggled(False)
        self.close()

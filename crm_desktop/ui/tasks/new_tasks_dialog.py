"""«Новые задачи»: the tasks set or returned to the user while they were away (at login) or
just now (manual: "Задачи": the executor is notified at once or at the next login). A list
that scrolls inside a window fitted to the screen, however many tasks came; «Открыть» opens
the task, «Принять» accepts the marked ones for execution."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from crm_desktop.domain.name_cases import genitive
from crm_desktop.domain.tasks import Status
from crm_desktop.services import tasks
from crm_desktop.services.session import AccessDenied, Session
from crm_desktop.services.tasks import TaskRecord
from crm_desktop.ui.changes import TASK, announce, follow
from crm_desktop.ui.forms.tasks.new_tasks_dialog_ui import Ui_NewTasksDialog
from crm_desktop.ui.ops import call
from crm_desktop.ui.tasks.task_list import OVERDUE_COLOR, state_of

TITLE = "Новые задачи"
SCREEN_SHARE = 0.8          # of the screen's free height the window may take
TEXT_SHOWN = 200            # characters of the task's text in the list


def arrival(task: TaskRecord) -> str:
    """How the task came: «Новая задача от Сидорова Алексея Михайловича» or «На доработку от …»."""
    what = "На доработку" if task.status == Status.REWORK else "Новая задача"
    return f"{what} от {genitive(task.setter) if task.setter else 'неизвестного постановщика'}"


class NewTasksDialog(QDialog):
    def __init__(self, session: Session, found: Sequence[TaskRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewTasksDialog()
        self.ui.setupUi(self)
        self._session = session
        self._tasks = list(found)
        self.ui.countLabel.setText(self.tr("Поступило задач: {0}").format(len(self._tasks)))
        self.ui.list.addTopLevelItems([QTreeWidgetItem() for _ in self._tasks])
        for row in range(len(self._tasks)):
            self._show(row)
        for column in range(self.ui.list.columnCount()):
            self.ui.list.resizeColumnToContents(column)
        self.ui.list.setCurrentItem(self.ui.list.topLevelItem(0))
        self.ui.list.itemActivated.connect(lambda _item, _column: self.open_current())
        self.ui.list.itemSelectionChanged.connect(self._enable)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.ui.list, self.open_current, context=Qt.ShortcutContext.WidgetShortcut)
        self.ui.openButton.clicked.connect(self.open_current)
        self.ui.acceptButton.clicked.connect(self.accept_marked)
        self.ui.closeButton.clicked.connect(self.close)
        for button in (self.ui.openButton, self.ui.acceptButton, self.ui.closeButton):
            button.setAutoDefault(False)
        self._enable()
        self._fit_screen()
        follow(self, (TASK,), self._tasks_changed)

    def _show(self, row: int) -> None:
        task, item = self._tasks[row], self.ui.list.topLevelItem(row)
        state, late = state_of(task, datetime.now())
        texts = (arrival(task), f"{task.start_at:%d.%m.%Y %H:%M}", task.client_name or "",
                 " ".join(task.body.split())[:TEXT_SHOWN], state)
        for column, text in enumerate(texts):
            item.setText(column, text)
            item.setForeground(column, QBrush(OVERDUE_COLOR) if late else QBrush())
        item.setToolTip(3, task.body)

    def _fit_screen(self) -> None:
        """As tall as the rows need, at most SCREEN_SHARE of the screen: the rest scrolls, the
        buttons stay on the screen."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        listing = self.ui.list
        rows = listing.topLevelItemCount() * max(listing.sizeHintForRow(0), 1)
        chrome = self.sizeHint().height() - listing.sizeHint().height()
        wanted = chrome + listing.header().sizeHint().height() + rows + 2 * listing.frameWidth() + 4
        columns = sum(listing.columnWidth(c) for c in range(listing.columnCount())) + 48
        self.resize(min(max(self.width(), columns), int(screen.width() * 0.9)),
                    min(max(wanted, 200), int(screen.height() * SCREEN_SHARE)))
        self.setMaximumSize(screen.size())

    def _marked(self) -> list[int]:
        return sorted(self.ui.list.indexOfTopLevelItem(i) for i in self.ui.list.selectedItems())

    def _acceptable(self, row: int) -> bool:
        return Status.ACCEPTED in tasks.allowed_transitions(self._session, self._tasks[row])

    def _enable(self) -> None:
        marked = self._marked()
        self.ui.openButton.setEnabled(bool(marked))
        self.ui.acceptButton.setEnabled(any(self._acceptable(r) for r in marked))

    def _tasks_changed(self, _kind: str, ids: tuple[int, ...]) -> None:
        """Rows of the changed tasks (all when which ones is not known) are read again; a task
        deleted or handed to someone else meanwhile keeps its row as it was."""
        for row, task in enumerate(self._tasks):
            if not ids or task.id in ids:
                try:
                    self._tasks[row] = tasks.load_task(self._session, task.id)
                except (ValueError, AccessDenied):
                    continue
                self._show(row)
        self._enable()

    def open_current(self) -> None:
        from crm_desktop.ui.tasks import open_task
        row = self.ui.list.indexOfTopLevelItem(self.ui.list.currentItem())
        if row >= 0:
            open_task(self, self._session, self._tasks[row].id)

    def accept_marked(self) -> None:
        """«Принята к исполнению» for every marked task that may still be accepted."""
        accepted = []
        for row in self._marked():
            if self._acceptable(row):
                task_id = self._tasks[row].id
                if call(self, lambda: tasks.transition(self._session, task_id, Status.ACCEPTED) or True, TITLE):
                    accepted.append(task_id)
        if accepted:
            announce(TASK, accepted)

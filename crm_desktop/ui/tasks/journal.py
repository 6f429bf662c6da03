"""The task journal "Планы и задачи – Список задач" (manual: "Контроль за исполнением задач"):
filters by period, setter, executor and stage; Ins sets a task, Enter opens it, Ctrl+Enter
opens its client, Del deletes it after a confirmation. The per-user settings what to show at
login live here too.

It opens on the active tasks of any date, so the overdue tasks the login warning listed are
there; a period is chosen by its check box. Columns are sized to their contents until the user
resizes one; then the widths are the user's and follow them (saved in the database). The
journal reads itself again whenever a task changes (change bus)."""
from __future__ import annotations

import calendar
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget

from crm_desktop.domain.tasks import IMPORTANCE_TITLES
from crm_desktop.services import tasks
from crm_desktop.services.session import Session
from crm_desktop.services.tasks import STAGES, TaskRecord
from crm_desktop.ui.changes import TASK, announce, follow
from crm_desktop.ui.forms.tasks.task_journal_ui import Ui_TaskJournal
from crm_desktop.ui.ops import call
from crm_desktop.ui.tasks.task_list import OVERDUE_COLOR, state_of
from crm_desktop.ui.widgets.dictionary_combo import DictionaryCombo

JOURNAL_AT_LOGIN = "tasks.journal_at_login"
OVERDUE_AT_LOGIN = "tasks.overdue_at_login"
WIDTHS = "tasks.journal_widths"         # {column key: width} once the user resized a column
TITLE = "Список задач"
COLUMNS = {"start": "Начало", "due": "Срок", "client": "Клиент", "setter": "Постановщик",
           "executor": "Исполнитель", "importance": "Важность", "body": "Задача", "state": "Состояние"}
TEXT_WIDEST = 480           # a long task text is cut here when sizing to contents


def month_of(day: date) -> tuple[date, date]:
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _host(host: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


class TaskJournal(QDialog):
    """Managers and specialists see the tasks they set or execute, supervisors and
    administrators everyone's (the rule lives in services.tasks.journal)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskJournal()
        self.ui.setupUi(self)
        self._session = session
        self._rows: list[TaskRecord] = []
        self._widths: dict[str, int] | None = session.setting(WIDTHS)
        self._sizing = False
        first, last = month_of(date.today())
        self.ui.fromEdit.setDate(QDate(first))
        self.ui.toEdit.setDate(QDate(last))
        self._period_on(False)
        self.setter = DictionaryCombo(session, "users", self.ui.setterHost)
        self.executor = DictionaryCombo(session, "users", self.ui.executorHost)
        _host(self.ui.setterHost, self.setter)
        _host(self.ui.executorHost, self.executor)
        for stage, title in STAGES.items():
            self.ui.stageCombo.addItem(self.tr(title), stage)
        self.ui.stageCombo.setCurrentIndex(self.ui.stageCombo.findData(tasks.ACTIVE_STAGE))
        table = self.ui.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS.values()])
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.verticalHeader().setVisible(False)
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _index: self.open_current())
        self.ui.journalAtLoginCheck.setChecked(bool(session.setting(JOURNAL_AT_LOGIN, False)))
        self.ui.overdueAtLoginCheck.setChecked(bool(session.setting(OVERDUE_AT_LOGIN, False)))
        self.ui.journalAtLoginCheck.toggled.connect(lambda on: self._remember(JOURNAL_AT_LOGIN, on))
        self.ui.overdueAtLoginCheck.toggled.connect(lambda on: self._remember(OVERDUE_AT_LOGIN, on))
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.stageCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.setter.changed.connect(self.refresh)
        self.executor.changed.connect(self.refresh)
        self.ui.periodCheck.toggled.connect(self._period_on)
        self.ui.periodCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.fromEdit.dateChanged.connect(lambda _d: self.refresh())
        self.ui.toEdit.dateChanged.connect(lambda _d: self.refresh())
        self.ui.newButton.clicked.connect(self.new)
        self.ui.openButton.clicked.connect(self.open_current)
        self.ui.closeButton.clicked.connect(self.close)
        for button in (self.ui.newButton, self.ui.openButton, self.ui.closeButton, self.ui.refreshButton):
            button.setAutoDefault(False)
        self.refresh()
        follow(self, (TASK,), lambda _kind, _ids: self.refresh())

    def _remember(self, key: str, on: bool) -> None:
        call(self, lambda: self._session.set_setting(key, on), TITLE)

    def _period_on(self, on: bool) -> None:
        self.ui.fromEdit.setEnabled(on)
        self.ui.toEdit.setEnabled(on)

    def period(self) -> tuple[date, date] | None:
        if not self.ui.periodCheck.isChecked():
            return None
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    # -- columns ------------------------------------------------------------------------------
    def _size_columns(self) -> None:
        """The user's widths, or the contents' (a long text cut at TEXT_WIDEST)."""
        table, body = self.ui.table, list(COLUMNS).index("body")
        self._sizing = True
        if self._widths is None:
            table.resizeColumnsToContents()
            table.setColumnWidth(body, min(table.columnWidth(body), TEXT_WIDEST))
        else:
            for column, key in enumerate(COLUMNS):
                if key in self._widths:
                    table.setColumnWidth(column, int(self._widths[key]))
        self._sizing = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        """The user dragged a border: from now on the widths are theirs. The last column fills
        what is left of the window, so its width is nobody's choice."""
        if not self._sizing and column < len(COLUMNS) - 1:
            self._widths = {key: self.ui.table.columnWidth(c) for c, key in enumerate(list(COLUMNS)[:-1])}

    def done(self, result: int) -> None:
        """Closing keeps the widths the user chose (as the register keeps its columns)."""
        if self._widths is not None:
            widths = self._widths
            call(self, lambda: self._session.set_setting(WIDTHS, widths), TITLE)
        super().done(result)

    # -- rows ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        period = self.period()
        found = call(self, lambda: tasks.journal(self._session, period, self.setter.value(), self.executor.value(),
                                                 self.ui.stageCombo.currentData()), TITLE)
        current = self.current_id()
        self._rows = found or []
        table, now = self.ui.table, datetime.now()
        table.setRowCount(len(self._rows))
        for row, task in enumerate(self._rows):
            state, late = state_of(task, now)
            cells = (f"{task.start_at:%d.%m.%Y %H:%M}", f"{task.due_at:%d.%m.%Y %H:%M}" if task.due_at else "",
                     task.client_name or "", task.setter or "", task.executor or "",
                     self.tr(IMPORTANCE_TITLES.get(task.importance, "")), " ".join(task.body.split())[:200], state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if late:
                    item.setForeground(QBrush(OVERDUE_COLOR))
                table.setItem(row, column, item)
        self._size_columns()
        ids = [t.id for t in self._rows]
        table.selectRow(ids.index(current) if current in ids else 0)

    def task_ids(self) -> list[int]:
        return [t.id for t in self._rows]

    def current(self) -> TaskRecord | None:
        row = self.ui.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def current_id(self) -> int | None:
        task = self.current()
        return task.id if task else None

    # -- commands -----------------------------------------------------------------------------
    def new(self) -> None:
        from crm_desktop.ui.tasks import new_task
        new_task(self, self._session)

    def open_current(self) -> None:
        from crm_desktop.ui.tasks import open_task
        task = self.current()
        if task is not None:
            open_task(self, self._session, task.id)

    def open_client(self) -> None:
        from crm_desktop.ui.card import open_client
        task = self.current()
        if task is None or task.client_id is None:
            return
        open_client(self, self._session, task.client_id)

    def delete_current(self) -> None:
        task = self.current()
        if task is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Удаление задачи"),
            self.tr("Удалить задачу «{0}»?").format(" ".join(task.body.split())[:80]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and \
                call(self, lambda: tasks.delete_task(self._session, task.id) or True, TITLE):
            announce(TASK, [task.id])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.ui.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_client() if ctrl else self.open_current()
                return True
            if key == Qt.Key.Key_Insert:
                self.new()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)

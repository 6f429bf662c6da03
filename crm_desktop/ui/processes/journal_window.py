"""«Журнал процессов» (BP-2): the runs of processes the user may see, newest first, read a
window at a time by the key of the last row (STARTED_AT, ID); «Запустить процесс» (Ins) asks
for the process, the counterparty and a note; Enter or a double click opens «Ход процесса»;
Del deletes an unfinished run (administrators only: the service says why not otherwise).
Closed runs are grey."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from crm_desktop.services.session import Session
from crm_desktop.ui.changes import CLIENT, PROCESS, announce, follow
from crm_desktop.ui.forms.processes.journal_window_ui import Ui_ProcessJournalWindow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.processes.run_window import open_run, when
from crm_desktop.ui.processes.start_dialog import start_process
from crm_desktop.ui.processes.store import RunRow, service_journal
from crm_desktop.ui.widgets.keyset_model import Column, KeysetModel
from crm_desktop.ui.widgets.windows import apply_column_widths, bring_up, column_widths, journal_table, menu_at_row

TITLE = "Журнал процессов"
WIDTHS_KEY = "journal.processes.columns"          # the widths the user set, kept per user
PAGE = 200
GREY = QColor("#808080")


def _state(row: RunRow) -> str:
    if row.closed:
        return "Завершён"
    return "Ожидание задачи" if row.waiting else row.state.title


COLUMNS = (Column("Процесс", lambda r: r.process_name, chars=22),
           Column("Контрагент", lambda r: r.client_name or "", chars=22),
           Column("Текущий этап", lambda r: r.stage_name or "", chars=22),
           Column("Состояние", _state, chars=14),
           Column("Ответственный", lambda r: "" if r.closed else (r.responsible or ""), chars=18),
           Column("Запущен", lambda r: when(r.started_at), chars=15),
           Column("Завершён", lambda r: when(r.closed_at), chars=15))


KEYS = [c.title for c in COLUMNS]


class RunsModel(KeysetModel[RunRow]):
    def __init__(self, load: Callable[[Any, int], list[RunRow]], parent=None) -> None:
        super().__init__(COLUMNS, load, lambda r: (r.started_at, r.id), PAGE, parent)

    def foreground(self, row: RunRow) -> Any:
        return GREY if row.closed else None

    def tooltip(self, row: RunRow, number: int) -> str | None:
        return row.note or None


class ProcessJournalWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("processJournalWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self.journal = service_journal(session)
        self.ui = Ui_ProcessJournalWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        self.model = RunsModel(lambda after, size: self.journal.runs(after, size, self.ui.openOnlyCheck.isChecked()),
                               self)
        self.model.on_error = lambda exc: show_error(self, exc, self.tr(TITLE))
        journal_table(self.ui.table, self.model, self.open_current, self.show_menu)
        metrics = self.ui.table.fontMetrics()
        saved = call(self, lambda: session.setting(WIDTHS_KEY, {})) or {}
        apply_column_widths(self.ui.table, KEYS, saved, [metrics.horizontalAdvance("о" * c.chars) + 16 for c in COLUMNS])
        self.ui.legendLabel.setText(self.tr("Серым — завершённые процессы."))
        ui = self.ui
        ui.openOnlyCheck.toggled.connect(lambda _on: self.refresh())
        ui.startButton.clicked.connect(self.start)
        ui.openButton.clicked.connect(self.open_current)
        ui.deleteButton.clicked.connect(self.delete_current)
        for key, slot in ((QKeySequence(Qt.Key.Key_Insert), self.start),
                          (QKeySequence(Qt.Key.Key_Delete), self.delete_current),
                          *((key, self.open_current) for key in ENTER)):
            QShortcut(key, ui.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        follow(self, (PROCESS, CLIENT), lambda _kind, _ids: self.refresh())
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        call(self, lambda: self._session.set_setting(WIDTHS_KEY, column_widths(self.ui.table, KEYS)))
        super().closeEvent(event)

    def refresh(self) -> None:
        keep = self.current_id()
        self.model.refresh()
        rows = [r for r in range(self.model.rowCount()) if self.model.row(r).id == keep]
        if self.model.rowCount():
            self.ui.table.selectRow(rows[0] if rows else 0)

    def current_row(self) -> RunRow | None:
        index = self.ui.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Запустить процесс…"), self.start)
        if self.current_row() is not None:
            menu.addAction(self.tr("Ход процесса"), self.open_current)
            menu.addAction(self.tr("Удалить"), self.delete_current)
        menu.addAction(self.tr("Обновить"), self.refresh)
        menu_at_row(self.ui.table, menu, pos)

    def start(self) -> None:
        run_id = start_process(self, self._session)
        if run_id is not None:
            self.refresh()
            open_run(self, self._session, run_id)

    def open_current(self) -> None:
        run_id = self.current_id()
        if run_id is not None:
            open_run(self, self._session, run_id)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr(TITLE), self.tr("Удалить процесс «%1» по «%2»?").replace(
            "%1", row.process_name).replace("%2", row.client_name or ""))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if call(self, lambda: self.journal.delete(row.id) or True, self.tr(TITLE)):
            announce(PROCESS, (row.id,))


def open_process_journal(parent: QWidget | None, session: Session) -> ProcessJournalWindow:
    return bring_up(parent, ProcessJournalWindow, "processJournalWindow", lambda: ProcessJournalWindow(session, parent))

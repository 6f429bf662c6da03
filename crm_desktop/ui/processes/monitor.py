"""«Монитор процессов» of the assistant panel (manual: "Монитор процессов"): the open runs
waiting at the user's stages; a run just entered into the user's zone («Новый») is bold and
orange. Double click (or Enter) opens «Ход процесса». Read off the GUI thread again whenever
a process or a task changes (the change bus; the task notifier announces colleagues' tasks,
so a process handed on by a colleague shows at once)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services.session import Session
from crm_desktop.ui.changes import PROCESS, TASK, follow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.ops import run_op
from crm_desktop.ui.processes.store import MonitorRow, RunJournal, service_journal

NEW_COLOUR = QColor("#c05600")
ID_ROLE = Qt.ItemDataRole.UserRole


class ProcessMonitor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, journal: RunJournal | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processMonitor")
        self._session = session
        self.journal = journal or service_journal(session)
        self._asked = 0
        self.list = QListWidget()
        self.list.setObjectName("processMonitorList")
        self.list.setWordWrap(True)             # a narrow panel: the lines wrap, never scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(170)         # the task monitor above keeps the panel's free height
        self.empty = QLabel(self.tr("Процессов, ожидающих вас, нет."))
        self.empty.setStyleSheet("color: #666;")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.empty.hide()               # until the first reply
        self.list.itemDoubleClicked.connect(self._open)
        for key in ENTER:
            QShortcut(key, self.list, lambda: self._open(self.list.currentItem()),
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self.list, self.refresh, context=Qt.ShortcutContext.WidgetShortcut)
        follow(self, (PROCESS, TASK), lambda _kind, _ids: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Off the GUI thread; an older reply arriving late is dropped."""
        self._asked += 1
        asked = self._asked

        def show(rows: list[MonitorRow]) -> None:
            if asked == self._asked:
                self.show_rows(rows)
        run_op(self, self.journal.monitor, show, lambda _exc: None)

    def show_rows(self, rows: list[MonitorRow]) -> None:
        self.list.clear()
        for found in sorted(rows, key=lambda r: not r.highlighted):      # the new ones on top
            row, new = found.run, found.highlighted
            text = f"{row.client_name or ''}\n{row.stage_name or ''} ({row.process_name})"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            tip = [self.tr("Новый процесс в вашей зоне ответственности") if new else
                   self.tr("Ожидание задачи") if row.waiting else row.state.title]
            if row.note:
                tip.append(row.note)
            item.setToolTip("\n".join(tip))
            if new:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(NEW_COLOUR)
            self.list.addItem(item)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            from crm_desktop.ui.processes.run_window import open_run
            open_run(self.window(), self._session, item.data(ID_ROLE))

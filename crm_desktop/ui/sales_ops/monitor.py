"""«Монитор таргетинга» in the assistant panel (OPS-3): the reader's progress against the plan
for today, this week and this month; supervisors and administrators (those who see all
journals) get a line for everyone with a plan. Read off the GUI thread; read again when events
or targeting settings change, and every few minutes."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from crm_desktop.domain.targeting import Progress
from crm_desktop.services import targeting
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import EVENT, follow
from crm_desktop.ui.ops import error_text, run_op

TARGETING = "targeting"            # change kind announced by «Система таргетинга»
REFRESH_MS = 5 * 60 * 1000
DONE, BEHIND, NO_PLAN = "#d8f0d2", "#fff3c4", "#ffffff"


def number(value) -> str:
    """3.000 → «3», 1.50 → «1,5»."""
    text = f"{value.normalize():f}" if value else "0"
    return text.replace(".", ",")


def cell_text(p: Progress) -> str:
    if p.percent is None:
        return number(p.achieved)
    return f"{number(p.achieved)} / {number(p.plan)} · {number(p.percent)} %"


class TargetingMonitor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetingMonitor")
        self.session = session
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("targetingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Сотрудник"), self.tr("Сегодня"), self.tr("Неделя"),
                                              self.tr("Месяц")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.lines: list[targeting.MonitorLine] = []
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        follow(self, (EVENT, TARGETING), lambda _kind, _ids: self.refresh())
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        today = self.today()
        run_op(self, lambda: targeting.monitor(self.session, today), self.show_lines,
               lambda exc: self.note.setText(error_text(exc)))

    def show_lines(self, lines: list[targeting.MonitorLine]) -> None:
        self.lines = lines
        own_only = len(lines) == 1
        self.table.setColumnHidden(0, own_only)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            name = QTableWidgetItem(line.name)
            self.table.setItem(row, 0, name)
            for col, p in enumerate(line.periods, 1):
                item = QTableWidgetItem(cell_text(p))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setBackground(QBrush(QColor(NO_PLAN if p.percent is None else DONE if p.done else BEHIND)))
                item.setToolTip(self.tr("%1: выполнено %2 из плана %3").replace("%1", p.period.title)
                                .replace("%2", number(p.achieved)).replace("%3", number(p.plan)))
                self.table.setItem(row, col, item)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + sum(self.table.rowHeight(r) for r in range(len(lines))))
        if lines and all(p.percent is None for p in lines[0].periods) and own_only:
            self.note.setText(self.tr("План не задан: его устанавливает администратор в «Администрирование – "
                                      "Система таргетинга»."))
        else:
            self.note.setText(self.tr("Выполнение плана по целевым событиям (в единицах веса)."))


def install_monitor(dock: QWidget, session: Session) -> TargetingMonitor | None:
    """Puts the monitor in the assistant panel's «Монитор таргетинга» box in place of its
    placeholder text (the box is found by its title, so docks.py stays as it is)."""
    box = next((b for b in dock.findChildren(QGroupBox) if b.title().replace("&", "") == "Монитор таргетинга"), None)
    if box is None:
        return None
    layout = box.layout()
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
    monitor = TargetingMonitor(session, box)
    layout.addWidget(monitor)
    return monitor

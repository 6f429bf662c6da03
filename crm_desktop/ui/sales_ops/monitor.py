"""«Монитор таргетинга» in the assistant panel (OPS-3): the reader's progress against the plan
for today, this week and this month; supervisors and administrators (those who see all
journals) get a line for everyone with a plan. Read off the GUI thread; read again when events
or targeting settings change, and every few minutes."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHeaderView, QLabel, QProgressBar,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

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
    """«1,5 из 2 (75 %)»; without a plan only what was achieved."""
    if p.percent is None:
        return number(p.achieved)
    return f"{number(p.achieved)} из {number(p.plan)} ({number(p.percent)} %)"


class TargetingMonitor(QWidget):
    """The reader alone: three bars (today, week, month) «achieved из plan (percent)»; a reader
    who sees everyone: a table of the planned users with the percent of each period, the
    figures in the cell's tooltip."""

    def __init__(self, session: Session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetingMonitor")
        self.session = session
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.own = QWidget()
        grid = QGridLayout(self.own)
        grid.setContentsMargins(0, 0, 0, 0)
        self.bars: list[QProgressBar] = []
        for row, title in enumerate((self.tr("Сегодня"), self.tr("Неделя"), self.tr("Месяц"))):
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(True)
            grid.addWidget(QLabel(title), row, 0)
            grid.addWidget(bar, row, 1)
            self.bars.append(bar)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("targetingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Сотрудник"), self.tr("День"), self.tr("Нед."),
                                              self.tr("Мес.")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        layout.addWidget(self.own)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.table.setVisible(False)
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

    def _tip(self, p: Progress) -> str:
        return (self.tr("%1: выполнено %2 из плана %3").replace("%1", p.period.title)
                .replace("%2", number(p.achieved)).replace("%3", number(p.plan)))

    def show_lines(self, lines: list[targeting.MonitorLine]) -> None:
        self.lines = lines
        own_only = len(lines) == 1 and lines[0].user_id == self.session.user.id
        self.own.setVisible(own_only)
        self.table.setVisible(not own_only)
        if own_only:
            for bar, p in zip(self.bars, lines[0].periods):
                bar.setValue(0 if p.percent is None else
                             int(min(p.percent, Decimal(100)).to_integral_value(ROUND_HALF_UP)))
                bar.setFormat(cell_text(p))
                bar.setToolTip(self._tip(p))
        self.table.setRowCount(0 if own_only else len(lines))
        for row, line in enumerate([] if own_only else lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.name))
            for col, p in enumerate(line.periods, 1):
                item = QTableWidgetItem("—" if p.percent is None else f"{number(p.percent)} %")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setBackground(QBrush(QColor(NO_PLAN if p.percent is None else DONE if p.done else BEHIND)))
                item.setToolTip(self._tip(p))
                self.table.setItem(row, col, item)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + frame
                                  + 20 * min(len(lines), 8))
        # word-wrapped text under the bars is squeezed by the dock's layout: short, and only when needed
        unplanned = own_only and all(p.percent is None for p in lines[0].periods)
        self.note.setText(self.tr("План не задан (его задаёт администратор в «Система таргетинга»).") if unplanned
                          else "" if own_only else self.tr("Процент плана; цифры — в подсказке."))
        self.note.setVisible(bool(self.note.text()))
        self.updateGeometry()


def install_monitor(dock: QWidget, session: Session) -> TargetingMonitor | None:
    """Puts the monitor in the assistant panel's «Монитор таргетинга» box in place of its
    placeholder text (the box is found by its title, so docks.py stays as it is)."""
    box = next((b for b in dock.findChildren(QGroupBox) if b.title().replace("&", "") == "Монитор таргетинга"), None)
    if box is None:
        return None
    layout = box.layout()
    while layout.count():
        placeholder = layout.takeAt(0).widget()
        if placeholder is not None:
            placeholder.setParent(None)         # gone from the panel now, not at the next event loop
            placeholder.deleteLater()
    monitor = TargetingMonitor(session, box)
    layout.addWidget(monitor)
    return monitor

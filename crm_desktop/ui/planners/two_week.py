"""Двухнедельный планировщик (PLN-1): users × 14 days (this week and the next, Monday first),
each cell the number of the user's tasks that day, tinted by load; "<"/">" slide by a week,
"К дате" jumps, a double click opens the day planner, the context menu lists the day's tasks.
The planner reads itself again whenever a task changes (change bus)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QTableWidgetItem, QWidget

from crm_desktop.domain.planning import is_weekend, load_rgb, shift_weeks, week_start
from crm_desktop.services import planners
from crm_desktop.services.planners import TwoWeekPlan
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import TASK, follow
from crm_desktop.ui.forms.planners.two_week_ui import Ui_TwoWeekPlanner
from crm_desktop.ui.ops import call

WEEKDAYS = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")
WEEKEND = QColor(236, 236, 240)
CELL_ROLE = Qt.ItemDataRole.UserRole


class TwoWeekPlanner(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, anchor: date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_TwoWeekPlanner()
        self.ui.setupUi(self)
        self._session = session
        self.anchor = week_start(anchor or date.today())
        self.plan: TwoWeekPlan | None = None
        grid = self.ui.grid
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.cellDoubleClicked.connect(self.open_day)
        grid.customContextMenuRequested.connect(self._context_menu)
        self.ui.prevButton.clicked.connect(lambda: self.go_to(shift_weeks(self.anchor, -1)))
        self.ui.nextButton.clicked.connect(lambda: self.go_to(shift_weeks(self.anchor, 1)))
        self.ui.todayButton.clicked.connect(lambda: self.go_to(date.today()))
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.dateEdit.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        self.reload()
        follow(self, (TASK,), lambda _kind, _ids: self.reload())

    def go_to(self, day: date) -> None:
        """Show the two weeks starting with the Monday of `day`'s week."""
        self.anchor = week_start(day)
        self.reload()

    def reload(self) -> None:
        plan = call(self, lambda: planners.two_week_plan(self._session, self.anchor))
        if plan is not None:
            self.plan = plan
            self._fill(plan)

    def _fill(self, plan: TwoWeekPlan) -> None:
        self.ui.dateEdit.blockSignals(True)
        self.ui.dateEdit.setDate(QDate(self.anchor))
        self.ui.dateEdit.blockSignals(False)
        self.ui.periodLabel.setText(self.tr(f"{plan.days[0]:%d.%m.%Y} — {plan.days[-1]:%d.%m.%Y}"))
        grid = self.ui.grid
        grid.clear()
        grid.setRowCount(len(plan.users))
        grid.setColumnCount(len(plan.days))
        grid.setVerticalHeaderLabels([name for _, name in plan.users])
        today = date.today()
        for col, day in enumerate(plan.days):
            header = QTableWidgetItem(f"{WEEKDAYS[day.weekday()]}\n{day:%d.%m}")
            if day == today:
                font = QFont()
                font.setBold(True)
                header.setFont(font)
                header.setForeground(QBrush(QColor(200, 30, 30)))
            grid.setHorizontalHeaderItem(col, header)
            for row, (user_id, name) in enumerate(plan.users):
                count = plan.count(user_id, day)
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(CELL_ROLE, (user_id, day))
                colour = QColor(*load_rgb(count)) if count or not is_weekend(day) else WEEKEND
                item.setBackground(QBrush(colour))
                item.setToolTip(self.tr(f"{name}, {day:%d.%m.%Y}: задач — {count}"))
                grid.setItem(row, col, item)

    def cell(self, row: int, col: int) -> tuple[int, date]:
        """(user id, day) of a cell."""
        return self.ui.grid.item(row, col).data(CELL_ROLE)

    def open_day(self, row: int, col: int) -> None:
        from crm_desktop.ui.planners import open_day_planner
        user_id, day = self.cell(row, col)
        open_day_planner(self, self._session, day, user_id)

    def day_menu(self, row: int, col: int) -> QMenu:
        """The day's tasks (a click opens the task card) and the day planner."""
        user_id, day = self.cell(row, col)
        menu = QMenu(self)
        tasks = call(self, lambda: planners.day_plan(self._session, user_id, day)) or []
        for task in tasks:
            text = " ".join(task.body.split())
            label = f"{task.start_at:%H:%M}  {text[:70]}{'…' if len(text) > 70 else ''}"
            if task.client_name:
                label += f"  ({task.client_name})"
            menu.addAction(label, lambda t=task.id: self._open_task(t))
        if not tasks:
            menu.addAction(self.tr("Задач на этот день нет")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Открыть планировщик дня"), lambda: self.open_day(row, col))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        item = self.ui.grid.itemAt(pos)
        if item is not None:
            self.day_menu(item.row(), item.column()).exec(self.ui.grid.viewport().mapToGlobal(pos))

    def _open_task(self, task_id: int) -> None:
        from crm_desktop.ui.tasks import open_task
        open_task(self, self._session, task_id)

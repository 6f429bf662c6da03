"""Two-week planner (PLN-1): the grid shows each user's task count per day, tinted by load,
slides by a week, jumps to a date, lists the day's tasks and opens the day planner."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QColor

from crm_desktop.ui.planners.day_planner import DayPlanner
from crm_desktop.ui.planners.two_week import WEEKEND, TwoWeekPlanner
from tests.ui.test_planners_day import add_task

MONDAY = date(2026, 11, 23)


def row_of(window: TwoWeekPlanner, name: str) -> int:
    grid = window.ui.grid
    return next(r for r in range(grid.rowCount()) if grid.verticalHeaderItem(r).text() == name)


def texts(window: TwoWeekPlanner, row: int) -> list[str]:
    return [window.ui.grid.item(row, c).text() for c in range(window.ui.grid.columnCount())]


def test_counts_colours_and_week_sliding(qtbot, db, users, session_of):
    for hour in (9, 10, 11):
        add_task(db, users["manager"], datetime(2026, 11, 24, hour, 0))
    add_task(db, users["manager2"], datetime(2026, 12, 1, 14, 0))
    window = TwoWeekPlanner(session_of("admin"), anchor=date(2026, 11, 26))
    qtbot.addWidget(window)
    grid = window.ui.grid
    assert grid.columnCount() == 14 and grid.horizontalHeaderItem(0).text() == "Пн\n23.11"
    manager, colleague = row_of(window, "Менеджеров Михаил"), row_of(window, "Коллегина Ольга")
    assert texts(window, manager) == ["", "3"] + [""] * 12
    assert texts(window, colleague)[8] == "1"
    busy, light = grid.item(manager, 1).background().color(), grid.item(colleague, 8).background().color()
    assert busy.green() < light.green() < 255                   # more tasks, more intense
    assert grid.item(manager, 5).background().color() == WEEKEND     # empty Saturday shaded
    assert grid.item(manager, 2).background().color() == QColor(255, 255, 255)
    assert window.ui.periodLabel.text() == "23.11.2026 — 06.12.2026"

    window.ui.nextButton.click()
    assert grid.horizontalHeaderItem(0).text() == "Пн\n30.11"
    assert texts(window, row_of(window, "Менеджеров Михаил")) == [""] * 14
    assert texts(window, row_of(window, "Коллегина Ольга"))[1] == "1"
    window.ui.prevButton.click()
    window.ui.prevButton.click()
    assert grid.horizontalHeaderItem(0).text() == "Пн\n16.11"
    assert texts(window, row_of(window, "Менеджеров Михаил"))[8] == "3"
    window.ui.dateEdit.setDate(date(2026, 12, 3))               # "К дате"
    assert grid.horizontalHeaderItem(0).text() == "Пн\n30.11"
    window.ui.todayButton.click()
    assert window.anchor.weekday() == 0 and window.anchor <= date.today()


def test_manager_sees_only_himself(qtbot, db, users, session_of):
    add_task(db, users["manager2"], datetime(2026, 11, 24, 9, 0))
    window = TwoWeekPlanner(session_of("manager"), anchor=MONDAY)
    qtbot.addWidget(window)
    assert window.ui.grid.rowCount() == 1
    assert window.ui.grid.verticalHeaderItem(0).text() == "Менеджеров Михаил"


def test_context_menu_lists_tasks_and_double_click_opens_day(qtbot, db, users, session_of):
    add_task(db, users["manager"], datetime(2026, 11, 24, 9, 30), body="Позвонить   в «Ромашку»")
    window = TwoWeekPlanner(session_of("admin"), anchor=MONDAY)
    qtbot.addWidget(window)
    row = row_of(window, "Менеджеров Михаил")
    labels = [a.text() for a in window.day_menu(row, 1).actions() if not a.isSeparator()]
    assert labels == ["09:30  Позвонить в «Ромашку»", "Открыть планировщик дня"]
    empty = window.day_menu(row, 2).actions()[0]
    assert empty.text() == "Задач на этот день нет" and not empty.isEnabled()
    window.ui.grid.cellDoubleClicked.emit(row, 1)
    day = next(w for w in window.findChildren(DayPlanner))
    assert day.isVisible() and day.day == date(2026, 11, 24) and day.user_id == users["manager"]
    assert [b.task.body for b in day.view.blocks()] == ["Позвонить   в «Ромашку»"]
    day.close()


def test_entry_points_open_windows_owned_by_the_parent(qtbot, db, users, session_of):
    from PySide6.QtWidgets import QWidget

    from crm_desktop.ui.planners import open_collective_planner, open_day_planner, open_two_week_planner
    from crm_desktop.ui.planners.collective import CollectivePlanner
    parent = QWidget()
    qtbot.addWidget(parent)
    session = session_of("manager")
    open_two_week_planner(parent, session)
    open_day_planner(parent, session)
    open_collective_planner(parent, session)
    opened = [w for kind in (TwoWeekPlanner, DayPlanner, CollectivePlanner) for w in parent.findChildren(kind)]
    assert len(opened) == 3 and all(w.isVisible() and w.isWindow() for w in opened)
    assert opened[1].day == date.today() and opened[1].user_id == users["manager"]
    for window in opened:
        window.close()

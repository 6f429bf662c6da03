"""Day planner (PLN-2) driven with the mouse: dragging a block moves the task in Firebird,
dragging its bottom edge changes the duration, the context menu deletes, print makes a PDF."""
from __future__ import annotations

import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import insert, select

from crm_desktop.data.schema import tasks
from crm_desktop.ui.changes import TASK, announce
from crm_desktop.ui.planners.day_planner import SLOT_PX, DayPlanner

DAY = date(2026, 11, 24)


def add_task(db, executor: int, start: datetime, duration: int = 30, body: str = "Позвонить клиенту") -> int:
    with db.begin() as conn:
        return conn.execute(insert(tasks).values(task_kind=1, setter_id=executor, executor_id=executor,
                                                 set_at=start, start_at=start, duration_min=duration,
                                                 body=body).returning(tasks.c.id)).scalar_one()


def stored(db, task_id: int):
    with db.read() as conn:
        return conn.execute(select(tasks.c.start_at, tasks.c.duration_min).where(tasks.c.id == task_id)).first()


def planner(qtbot, session, **kwargs) -> DayPlanner:
    window = DayPlanner(session, day=DAY, **kwargs)
    qtbot.addWidget(window)
    window.resize(720, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def block_of(window: DayPlanner, task_id: int):
    return next(b for b in window.view.blocks() if b.task.id == task_id)


def drag(window: DayPlanner, start: QPoint, dy: int) -> None:
    """Press, move in steps and release on the view's viewport, as a hand would."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + QPoint(3, dy * step // 4))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(3, dy))


def test_drag_moves_task_to_another_slot(qtbot, db, users, session_of):
    task = add_task(db, users["manager"], datetime(2026, 11, 24, 10, 0))
    window = planner(qtbot, session_of("manager"))
    block = block_of(window, task)
    middle = window.view.mapFromScene(block.rect().center())
    drag(window, middle, 9 * SLOT_PX + 5)             # 2 h 15 min down, a little past the line
    assert tuple(stored(db, task)) == (datetime(2026, 11, 24, 12, 15), 30)
    assert block_of(window, task).task.start_at == datetime(2026, 11, 24, 12, 15)   # redrawn from the DB
    assert "12:15–12:45" in block_of(window, task).toolTip()


def test_drag_bottom_edge_changes_duration(qtbot, db, users, session_of):
    task = add_task(db, users["manager"], datetime(2026, 11, 24, 9, 0), 30)
    window = planner(qtbot, session_of("manager"))
    rect = block_of(window, task).rect()
    edge = window.view.mapFromScene(rect.center().x(), rect.bottom() - 2)
    drag(window, edge, 4 * SLOT_PX)                     # one hour longer
    assert tuple(stored(db, task)) == (datetime(2026, 11, 24, 9, 0), 90)


def test_context_menu_deletes_after_confirmation(qtbot, db, users, session_of, boxes):
    task = add_task(db, users["manager"], datetime(2026, 11, 24, 11, 0))
    window = planner(qtbot, session_of("manager"))
    menu = window.task_menu(block_of(window, task), datetime(2026, 11, 24, 11, 0))
    assert [a.text() for a in menu.actions()] == ["Добавить на 11:00", "Изменить", "Удалить"]
    boxes.answer = boxes.answer.__class__.No
    menu.actions()[2].trigger()
    assert stored(db, task) is not None
    boxes.answer = boxes.answer.__class__.Yes
    menu.actions()[2].trigger()
    assert stored(db, task) is None and window.view.blocks() == []
    assert "Удалить задачу" in boxes[-1][2]


def test_administrator_switches_employee_others_cannot(qtbot, db, users, session_of):
    add_task(db, users["manager2"], datetime(2026, 11, 24, 15, 0), body="Встреча у Ольги")
    window = planner(qtbot, session_of("admin"))
    combo = window.ui.userCombo
    assert combo.isEnabled() and window.view.blocks() == []
    combo.setCurrentIndex(combo.findText("Коллегина Ольга"))
    assert [b.task.body for b in window.view.blocks()] == ["Встреча у Ольги"]
    own = planner(qtbot, session_of("manager"))
    assert not own.ui.userCombo.isEnabled() and own.ui.userCombo.count() == 1


def test_navigation_by_day_and_to_date(qtbot, db, users, session_of):
    add_task(db, users["manager"], datetime(2026, 11, 25, 7, 30), body="Ранняя задача")
    window = planner(qtbot, session_of("manager"))
    window.ui.nextButton.click()
    assert window.day == date(2026, 11, 25) and len(window.view.blocks()) == 1
    assert window.view.day_scene.first_minute == 7 * 60          # widened to show the early task
    window.ui.prevButton.click()
    assert window.day == DAY and window.view.blocks() == []
    window.ui.dateEdit.setDate(date(2026, 11, 25))
    assert window.day == date(2026, 11, 25) and "25.11.2026" in window.windowTitle()


def test_print_renders_the_day_plan_to_pdf(qtbot, db, users, session_of, tmp_path):
    add_task(db, users["manager"], datetime(2026, 11, 24, 10, 0), 60, "Встреча с клиентом")
    window = planner(qtbot, session_of("manager"))
    target = tmp_path / "plan.pdf"
    window.render_pdf(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    try:
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(target), str(tmp_path / "page")],
                       check=True, timeout=30)
    except FileNotFoundError:
        pytest.skip("pdftoppm is not installed")
    assert (tmp_path / "page-1.png").stat().st_size > 1000


def test_add_and_open_go_through_the_task_forms(qtbot, db, users, session_of, monkeypatch):
    import crm_desktop.ui.tasks as task_ui
    calls = []

    def new_task(parent, session, *, client_id=None, executor_id=None, start_at=None):
        calls.append(("new", executor_id, start_at))
        task_id = add_task(db, executor_id, start_at, body="Новая задача")
        announce(TASK, [task_id])                   # as the task form does once it saved
        return task_id
    monkeypatch.setattr(task_ui, "new_task", new_task)
    monkeypatch.setattr(task_ui, "open_task", lambda parent, session, task_id: calls.append(("open", task_id)))
    window = planner(qtbot, session_of("admin"), user_id=users["manager"])
    window.task_menu(None, datetime(2026, 11, 24, 14, 30)).actions()[0].trigger()
    assert calls == [("new", users["manager"], datetime(2026, 11, 24, 14, 30))]
    block = window.view.blocks()[0]
    assert block.task.body == "Новая задача"
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      window.view.mapFromScene(block.rect().center()))
    assert calls[-1] == ("open", block.task.id)

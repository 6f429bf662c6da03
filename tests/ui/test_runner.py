"""The runner (ui/ops.py): work runs off the GUI thread, its outcome and progress come back on
it, the progress window shows the steps and «Отмена» stops the work, and a job whose owner
is gone delivers nothing."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from crm_desktop.ui.ops import run_op


def _window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_results_and_errors_come_back_on_the_gui_thread(qtbot, boxes, finished) -> None:
    gui = threading.current_thread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work"] = threading.current_thread()
        return 42
    finished(run_op(None, work, lambda result: seen.update(done=(result, threading.current_thread()))))
    assert seen["work"] is not gui and seen["done"] == (42, gui)

    def refused() -> None:
        raise ValueError("Клиент не найден.")
    errors = []
    finished(run_op(None, refused, on_error=lambda exc: errors.append((str(exc), threading.current_thread()))))
    assert errors == [("Клиент не найден.", gui)]
    finished(run_op(_window(qtbot), lambda: 1 / 0))                 # no on_error: the message box
    assert boxes == [("warning", "Ошибка", "Непредвиденная ошибка (ZeroDivisionError): division by zero")]


def test_progress_window_shows_the_steps_and_cancel_stops_the_work(qtbot, boxes, finished) -> None:
    window = _window(qtbot)
    gui = threading.current_thread()
    steps, heard, results = [], [], []
    go_on = threading.Event()

    def work(progress) -> str:
        for step in range(1, 4):
            progress(step, 3, f"Клиент {step} из 3")
            steps.append(step)
            go_on.wait(5)                       # the user reads the window meanwhile
        return "готово"
    job = run_op(window, work, results.append, progress="Пересчёт оборотов",
                 on_progress=lambda done, total, text: heard.append((done, total, threading.current_thread())))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=5000)
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() == 1)
    assert dialog.labelText() == "Пересчёт оборотов\nКлиент 1 из 3" and dialog.maximum() == 3
    assert heard == [(1, 3, gui)]
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Отмена")
    cancel.click()
    go_on.set()
    finished(job)
    assert steps == [1] and results == [] and boxes == []           # stopped at the next step, quietly
    qtbot.waitUntil(lambda: window.findChildren(QProgressDialog) == [])

    def two_steps(progress) -> str:
        progress(1, 2)
        progress(2, 2)
        return "готово"
    assert finished(run_op(window, two_steps, results.append, progress="Пересчёт оборотов")) == "готово"
    assert results == ["готово"]
    qtbot.waitUntil(lambda: window.findChildren(QProgressDialog) == [])


def test_a_job_whose_window_is_gone_delivers_nothing(qtbot, boxes, finished) -> None:
    window = QWidget()
    release, results = threading.Event(), []
    job = run_op(window, lambda: release.wait(5) and "поздно", results.append)
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))
    release.set()
    finished(job)
    assert results == [] and boxes == []


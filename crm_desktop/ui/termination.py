"""SIGTERM (log-off, service stop, `kill`) ends the workstation as a user would: the main window
closes normally (settings saved, seat and workstation row released), and during start-up every
dialog is cancelled and start-up ends without opening anything else.

Python runs a signal handler only when the interpreter gets control, which it does not while Qt
waits for events; a timer on the GUI thread gives it that chance twice a second."""
from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

TICK_MS = 500


def _python_ticks(owner: QObject | None = None) -> QTimer:
    timer = QTimer(owner, interval=TICK_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def close_on_terminate(window: QObject) -> None:
    """SIGTERM closes `window` (set after the database is open, since the Firebird engine may
    install handlers of its own)."""
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    _python_ticks(window)


class _CancelDialogs(QObject):
    """After SIGTERM: rejects the dialogs open now and any dialog shown later (one may open
    while a blocking call, such as connecting, kept the handler from running)."""

    def __init__(self) -> None:
        super().__init__()
        self.requested = False

    def terminate(self) -> None:
        self.requested = True
        QApplication.instance().installEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, watched.reject)
        return False


@contextmanager
def terminate_cancels_dialogs() -> Iterator[Callable[[], bool]]:
    """For the start-up: yields "has SIGTERM come?"; the previous handler is back afterwards."""
    cancel = _CancelDialogs()
    previous = signal.signal(signal.SIGTERM, lambda *_: cancel.terminate())
    timer = _python_ticks()
    try:
        yield lambda: cancel.requested
    finally:
        timer.stop()
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
        QApplication.instance().removeEventFilter(cancel)

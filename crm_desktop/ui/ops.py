"""The one place that runs service calls for widgets: errors become Russian message boxes,
long work runs in the thread pool and reports back on the GUI thread."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.session import AccessDenied, DatabaseError

T = TypeVar("T")
# failures a user can understand; anything else is a bug and shows its type too
USER_ERRORS: tuple[type[BaseException], ...] = (DatabaseError, AccessDenied, ValueError, PermissionError)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, USER_ERRORS):
        return str(exc)
    return f"Непредвиденная ошибка ({type(exc).__name__}): {exc}"


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Ошибка") -> None:
    QMessageBox.warning(parent, title, error_text(exc))


def call(parent: QWidget | None, work: Callable[[], T], title: str = "Ошибка") -> T | None:
    """Run a short service call now; on failure show why and return None."""
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - every failure must reach the user, not the console
        show_error(parent, exc, title)
        return None


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()


def run_op(parent: QWidget | None, work: Callable[[], T], on_done: Callable[[T], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run `work` off the GUI thread; `on_done`/`on_error` are called on the GUI thread."""
    signals = _Signals()
    _running.add(signals)

    def finished(result: Any) -> None:
        _running.discard(signals)
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(signals)
        (on_error or (lambda e: show_error(parent, e)))(exc)

    signals.done.connect(finished)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, signals))

"""The one place that runs service calls for widgets: errors become Russian message boxes.
Work that may take long runs on the runner (run_op): off the GUI thread, its progress and
its outcome brought back to the GUI thread, a progress window with «Отмена» where asked,
and every job stopped in order when the main window closes. No other threads in the UI."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from crm_desktop.services.session import AccessDenied, DatabaseError
from crm_desktop.ui.changes import announce

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


Warn = Callable[[QWidget | None, str, BaseException], None]


def run_command(parent: QWidget | None, title: str, work: Callable[[], Any], kind: str, ids: Iterable[int],
                warn: Warn) -> bool:
    """A command on stored documents (post, unpost, reserve, delete…) run now: a refusal reaches
    the user in `warn`'s words under `title` and gives False; success announces `kind` and `ids`
    (ui/changes.py), so the screens showing them read themselves again, and gives True."""
    try:
        work()
    except Exception as exc:  # noqa: BLE001 - the service's sentence reaches the user
        warn(parent, title, exc)
        return False
    announce(kind, ids)
    return True


SHOW_PROGRESS_MS = 500      # the progress window appears only for work lasting longer
SHUTDOWN_MS = 10_000        # how long closing the main window waits for running jobs


class Cancelled(Exception):
    """Raised by Progress once the job is cancelled, so the work stops between two steps; a
    job that ends this way delivers nothing."""


class Job:
    """One piece of work on the runner. `result` or `error` is set off the GUI thread; on the
    GUI thread on_done or on_error then runs and `done` turns True."""

    def __init__(self, owner: QObject | None, work: Callable[..., Any], on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None,
                 on_progress: Callable[[int, int, str], None] | None, reports: bool, long_running: bool) -> None:
        self.owner, self.work, self.reports, self.long_running = owner, work, reports, long_running
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._ended = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop: its next progress report raises Cancelled. A step that does not
        report (one database call) finishes first and its result is still delivered."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """The work is still on its thread."""
        return not self._ended.is_set()

    def wait(self, seconds: float) -> bool:
        """Block until the work has left its thread; False when `seconds` passed first."""
        return self._ended.wait(seconds)


class Progress:
    """What a job's work receives when the caller asked for progress: `progress(done, total,
    text)` reports a step (total 0: the end is not known) and raises Cancelled once the job
    was cancelled; `cancelled` lets a loop that waits rather than counts look without reporting."""

    def __init__(self, job: Job, report: Callable[[Job, int, int, str], None]) -> None:
        self._job, self._report = job, report

    def __call__(self, done: int, total: int = 0, text: str = "") -> None:
        if self._job.cancelled:
            raise Cancelled
        self._report(self._job, done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._job.cancelled


class _Runnable(QRunnable):
    def __init__(self, job: Job, runner: Runner) -> None:
        super().__init__()
        self._job, self._runner = job, runner

    def run(self) -> None:
        job = self._job
        try:
            job.result = job.work(Progress(job, self._runner.progressed.emit)) if job.reports else job.work()
        except Exception as exc:  # noqa: BLE001 - every failure reaches the GUI thread (Cancelled too)
            job.error = exc
        self._runner.ended.emit(job)
        job._ended.set()            # after the last signal: nothing of the job touches Qt any more


class Runner(QObject):
    """Jobs run on the runner's own thread pool; their progress and their end are queued to
    the GUI thread, where the runner (alive as long as the program) shows them. A job's owner
    deleted meanwhile gets nothing. A long-running job (a blocking wait) adds a thread to the
    pool for as long as it runs, so it never holds up short jobs."""

    progressed = Signal(object, int, int, str)
    ended = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._pool = QThreadPool(self)
        self._jobs: set[Job] = set()
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, job: Job, title: str | None) -> None:
        if title is not None:
            job.dialog = _progress_dialog(title, _widget(job.owner), job.cancel)
        if job.long_running:
            self._pool.setMaxThreadCount(self._pool.maxThreadCount() + 1)
        self._jobs.add(job)
        self._pool.start(_Runnable(job, self))

    def jobs(self, owner: QObject | None = None) -> list[Job]:
        """Jobs not yet delivered: of `owner`, or all."""
        return [j for j in self._jobs if owner is None or j.owner is owner]

    def stop(self, owner: QObject | None = None, timeout_ms: int = SHUTDOWN_MS) -> bool:
        """Cancel the jobs of `owner` (every job when None) and wait for them to leave their
        threads, at most `timeout_ms` in all; True when none of them runs any more."""
        jobs = self.jobs(owner)
        for job in jobs:
            job.cancel()
        deadline = time.monotonic() + timeout_ms / 1000
        return all(job.wait(max(0.0, deadline - time.monotonic())) for job in jobs)

    def _owner_gone(self, job: Job) -> bool:
        return job.owner is not None and not isValid(job.owner)

    def _show_progress(self, job: Job, done: int, total: int, text: str) -> None:
        if job.done or self._owner_gone(job):
            return
        if job.dialog is not None and not job.dialog.wasCanceled():
            job.dialog.setLabelText(f"{job.dialog.windowTitle()}\n{text}" if text else job.dialog.windowTitle())
            job.dialog.setRange(0, max(total, 0))
            job.dialog.setValue(min(done, total) if total > 0 else 0)
        if job.on_progress is not None:
            job.on_progress(done, total, text)

    def _deliver(self, job: Job) -> None:
        self._jobs.discard(job)
        if job.long_running:
            self._pool.setMaxThreadCount(self._pool.maxThreadCount() - 1)
        if job.dialog is not None and isValid(job.dialog):
            job.dialog.close()
            job.dialog.deleteLater()
        job.dialog = None
        try:
            if self._owner_gone(job) or isinstance(job.error, Cancelled):
                return
            if job.error is None:
                if job.on_done is not None:
                    job.on_done(job.result)
            elif job.on_error is not None:
                job.on_error(job.error)
            else:
                show_error(_widget(job.owner), job.error)
        finally:
            job.done = True


def _widget(owner: QObject | None) -> QWidget | None:
    return owner if isinstance(owner, QWidget) else None


def _progress_dialog(title: str, parent: QWidget | None, cancel: Callable[[], None]) -> QProgressDialog:
    """Shown after SHOW_PROGRESS_MS over the window that started the work; «Отмена» cancels."""
    dialog = QProgressDialog(title, "Отмена", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(cancel)
    dialog.setMinimumDuration(SHOW_PROGRESS_MS)
    dialog.setValue(0)              # starts the clock of the minimum duration
    return dialog


_runner: Runner | None = None


def runner() -> Runner:
    """The program's one runner (made on first use, on the GUI thread)."""
    global _runner
    if _runner is None:
        _runner = Runner()
    return _runner


def run_op(parent: QObject | None, work: Callable[..., T], on_done: Callable[[T], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None, *, progress: str | None = None,
           on_progress: Callable[[int, int, str], None] | None = None, long_running: bool = False) -> Job:
    """Run `work` on the runner; `on_done(result)` or `on_error(exc)` (default: the error box
    over `parent`) are called on the GUI thread, unless `parent` was deleted meanwhile.

    With `progress` (the window's title) or `on_progress`, `work` receives a Progress to report
    its steps: the window shows them with «Отмена», `on_progress(done, total, text)` hears them
    on the GUI thread. `long_running` is for work that blocks for good (a wait on events)."""
    job = Job(parent, work, on_done, on_error, on_progress, progress is not None or on_progress is not None,
              long_running)
    runner().start(job, progress)
    return job

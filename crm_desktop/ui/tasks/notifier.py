"""Notifications on the workstation (TSK-2, manual: "Задачи", "Напоминания"): a task set or
returned to the user by someone else pops up at once (in the list of new tasks), a reminder
pops up REMIND_MIN minutes before the start, and tasks set while the user was away pop up at
the next login.

Every database read here runs on the runner (ui/ops.py), off the GUI thread, and what it
found is announced on the GUI thread. The wait on the Firebird event 'CRM_TASK_<user id>'
blocks its thread, so it is a long-running job of the runner (a timeout loop, so it can stop),
not a thread of its own; polling every 20 s is the fallback and the only mechanism with
embedded Firebird, which delivers events within one process only. Tasks that colleagues set
or completed are announced on the change bus too, so the lists showing tasks read themselves.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services import tasks
from crm_desktop.services.session import Session
from crm_desktop.services.tasks import TaskRecord
from crm_desktop.ui.changes import TASK, announce
from crm_desktop.ui.ops import Job, Progress, run_op, runner
from crm_desktop.ui.tasks.new_tasks_dialog import NewTasksDialog

log = logging.getLogger(__name__)
POLL_MS = 20_000
REMINDER_MS = 30_000
WAIT_SECONDS = 1.0
_popups: set[QMessageBox] = set()


def _line(task: TaskRecord) -> str:
    body = " ".join(task.body.split())[:200]
    client = f" (клиент: {task.client_name})" if task.client_name else ""
    return f"{body}{client}"


def report_text(found: Sequence[TaskRecord]) -> str:
    return "\n".join(f"Задача выполнена ({t.executor or 'исполнитель'}): {_line(t)}. Отчёт: {t.report or ''}"
                     for t in found)


def reminder_text(found: Sequence[TaskRecord]) -> str:
    return "\n".join(f"Напоминание: {_line(t)}, начало в {t.start_at:%H:%M %d.%m.%Y}" for t in found)


def _keep_open(window: QWidget) -> None:
    """Show a non-modal window that lives until closed, even without a parent."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _popups.add(window)
    window.destroyed.connect(lambda _obj=None, w=window: _popups.discard(w))
    window.show()


def show_popup(parent: QWidget | None, session: Session, title: str, text: str,
               found: Sequence[TaskRecord]) -> QMessageBox:
    """A non-modal message with "Открыть": one task opens its form, several the journal."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.setModal(False)
    box.button(QMessageBox.StandardButton.Close).setText("Закрыть")
    open_button = box.addButton("Открыть", QMessageBox.ButtonRole.AcceptRole)
    ids = [t.id for t in found]

    def clicked(button: object) -> None:
        if button is open_button:
            from crm_desktop.ui.tasks import open_task, open_task_journal
            if len(ids) == 1:
                open_task(parent, session, ids[0])
            else:
                open_task_journal(parent, session)
    box.buttonClicked.connect(clicked)
    _keep_open(box)
    return box


def show_arrivals(parent: QWidget | None, session: Session, found: Sequence[TaskRecord]) -> NewTasksDialog:
    """Tasks set or returned to the user: a list to open or accept them (not modal)."""
    dialog = NewTasksDialog(session, found, parent)
    dialog.setModal(False)
    _keep_open(dialog)
    return dialog


def _claim(found: list[TaskRecord], mark: Callable[[list[int]], None]) -> list[TaskRecord]:
    """Mark what was found as announced in the job that found it, so it is announced once."""
    if found:
        mark([t.id for t in found])
    return found


def _unseen(session: Session) -> list[TaskRecord]:
    return _claim(tasks.unseen_for_me(session), lambda ids: tasks.mark_seen(session, ids))


def show_pending_at_login(parent: QWidget | None, session: Session) -> Job:
    """Tasks set or returned while the user was away pop up once, then count as seen (the
    job's result); a failure is logged, never stops the login."""
    def show(found: list[TaskRecord]) -> None:
        if found:
            show_arrivals(parent, session, found)
    return run_op(parent, lambda: _unseen(session), show,
                  lambda exc: log.warning("pending tasks not shown", exc_info=exc))


class TaskNotifier(QObject):
    """Watches for tasks of the logged-in user while the main window is open.

    check_arrivals(), check_reports() and check_reminders() read on the runner and return the
    job; tasks_arrived, reports_arrived and reminder_due (list[TaskRecord]) are emitted on the
    GUI thread when something was found, and with `popups` on (the default) a non-modal popup
    shows it. `listening` is emitted when the Firebird event is waited for (server mode).
    `clock` tells the reminder timer what time it is."""

    tasks_arrived = Signal(list)
    reports_arrived = Signal(list)
    reminder_due = Signal(list)
    listening = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, popups: bool = True,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._session, self._parent, self.popups, self._clock = session, parent, popups, clock
        self._waiter: Job | None = None
        self._checks: dict[str, Job] = {}
        # completed tasks already waiting for this setter: only later completions pop up
        self._awaiting: set[int] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_event)
        self._reminders = QTimer(self)
        self._reminders.setInterval(REMINDER_MS)
        self._reminders.timeout.connect(self.check_reminders)

    @property
    def uses_events(self) -> bool:
        """Events cross processes only through a Firebird server."""
        return not self._session.db.address.embedded

    def start(self) -> None:
        self.check_reports()
        if self.uses_events and self._waiter is None:
            self._waiter = run_op(self, self._wait_for_events, on_progress=self._heard, long_running=True,
                                  on_error=lambda exc: log.warning("task events failed, polling only", exc_info=exc))
        self._poll.start()
        self._reminders.start()

    def stop(self) -> None:
        """Stop the timers and this notifier's jobs (the event wait ends within WAIT_SECONDS)."""
        self._poll.stop()
        self._reminders.stop()
        runner().stop(self)
        self._waiter = None

    def _wait_for_events(self, progress: Progress) -> None:
        """The long-running job: step 0 once the conduit is registered (events posted before
        it are not heard), then a step per event heard, until the job is cancelled."""
        conduit = tasks.task_events(self._session)
        try:
            progress(0)
            heard = 0
            while not progress.cancelled:
                if conduit.wait(WAIT_SECONDS):
                    heard += 1
                    progress(heard)
        finally:
            conduit.close()

    def _heard(self, heard: int, _total: int, _text: str) -> None:
        if heard:
            self._on_event()
        else:
            self.listening.emit()

    def _on_event(self) -> None:
        self.check_arrivals()
        self.check_reports()

    def check_reports(self) -> Job:
        """Tasks I set that were completed since the last look (the setter's event)."""
        session = self._session
        return self._check("reports", lambda: tasks.awaiting_acceptance(session), self._reports_found)

    def _reports_found(self, waiting: list[TaskRecord]) -> None:
        known, self._awaiting = self._awaiting, {t.id for t in waiting}
        found = [] if known is None else [t for t in waiting if t.id not in known]
        self._announce(found, self.reports_arrived,
                       lambda: show_popup(self._parent, self._session, "Задачи", report_text(found), found),
                       tasks_changed=True)

    def check_arrivals(self) -> Job:
        """Unseen tasks of the user: announce them once (marked seen by the job)."""
        session = self._session
        return self._check("arrivals", lambda: _unseen(session), lambda found: self._announce(
            found, self.tasks_arrived, lambda: show_arrivals(self._parent, session, found), tasks_changed=True))

    def check_reminders(self, now: datetime | None = None) -> Job:
        """Tasks whose reminder time has come: announce them once."""
        session, when = self._session, now or self._clock()
        return self._check(
            "reminders",
            lambda: _claim(tasks.due_reminders(session, when), lambda ids: tasks.mark_reminded(session, ids)),
            lambda found: self._announce(found, self.reminder_due, lambda: show_popup(
                self._parent, session, "Напоминание", reminder_text(found), found)))

    def _check(self, kind: str, read: Callable[[], list[TaskRecord]],
               found: Callable[[list[TaskRecord]], None]) -> Job:
        """Read on the runner, announce on the GUI thread. One check of a kind at a time (two
        could both find a task before either marks it); a failed one waits for the next poll."""
        running = self._checks.get(kind)
        if running is not None and not running.done:
            return running
        job = run_op(self, read, found, lambda exc: log.warning("task %s check failed", kind, exc_info=exc))
        self._checks[kind] = job
        return job

    def _announce(self, found: list[TaskRecord], signal: SignalInstance, show: Callable[[], object],
                  tasks_changed: bool = False) -> None:
        """Signal and show what was found; tasks set or completed by others also go on the
        change bus (a reminder changes no task)."""
        if not found:
            return
        if tasks_changed:
            announce(TASK, [t.id for t in found])
        signal.emit(found)
        if self.popups:
            show()

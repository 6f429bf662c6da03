"""Notifications on the workstation (TSK-2, manual: "Задачи", "Напоминания"): a task set or
returned to the user by someone else pops up at once (in the list of new tasks), a reminder
pops up REMIND_MIN minutes before the start, and tasks set while the user was away pop up at
the next login.

A worker thread waits on the Firebird event 'CRM_TASK_<user id>' (a timeout loop, so it can
stop); polling every 20 s is the fallback and the only mechanism with embedded Firebird, which
delivers events within one process only.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services import tasks
from crm_desktop.services.session import Session
from crm_desktop.services.tasks import TaskRecord
from crm_desktop.ui.tasks.new_tasks_dialog import NewTasksDialog

log = logging.getLogger(__name__)
POLL_MS = 20_000
REMINDER_MS = 30_000
WAIT_SECONDS = 1.0
_popups: set[QMessageBox] = set()


class _EventWaiter(QThread):
    """Waits on the conduit in its own attachment; `fired` reaches the GUI thread queued,
    `listening` once the conduit is registered (events posted before it are not heard)."""

    fired = Signal()
    listening = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True

    def run(self) -> None:
        try:
            conduit = tasks.task_events(self._session)
        except Exception:  # noqa: BLE001 - no events: polling carries on alone
            log.warning("task events unavailable, polling only", exc_info=True)
            return
        self.listening.emit()
        try:
            while not self._stopping:
                if conduit.wait(WAIT_SECONDS):
                    self.fired.emit()
        except Exception:  # noqa: BLE001 - a lost connection leaves polling in charge
            log.warning("task event conduit failed, polling only", exc_info=True)
        finally:
            conduit.close()


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


def show_pending_at_login(parent: QWidget | None, session: Session) -> list[TaskRecord]:
    """Tasks set or returned while the user was away pop up once, then count as seen."""
    try:
        found = tasks.unseen_for_me(session)
        if found:
            tasks.mark_seen(session, [t.id for t in found])
    except Exception:  # noqa: BLE001 - a notification must never stop the login
        log.warning("pending tasks not shown", exc_info=True)
        return []
    if found:
        show_arrivals(parent, session, found)
    return found


class TaskNotifier(QObject):
    """Watches for tasks of the logged-in user while the main window is open.

    tasks_arrived(list[TaskRecord]) and reminder_due(list[TaskRecord]) are emitted on the GUI
    thread; with `popups` on (the default) each also shows a non-modal popup. `listening` is
    emitted when the Firebird event is waited for (server mode). `clock` tells the reminder
    timer what time it is."""

    tasks_arrived = Signal(list)
    reports_arrived = Signal(list)
    reminder_due = Signal(list)
    listening = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, popups: bool = True,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._session, self._parent, self.popups, self._clock = session, parent, popups, clock
        self._waiter: _EventWaiter | None = None
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
            self._waiter = _EventWaiter(self._session, self)
            self._waiter.fired.connect(self._on_event)
            self._waiter.listening.connect(self.listening)
            self._waiter.start()
        self._poll.start()
        self._reminders.start()

    def stop(self) -> None:
        """Stop the timers and the waiting thread (at most WAIT_SECONDS)."""
        self._poll.stop()
        self._reminders.stop()
        if self._waiter is not None:
            self._waiter.stop()
            self._waiter.wait()
            self._waiter = None

    def check_reports(self) -> list[TaskRecord]:
        """Tasks I set that were completed since the last look (the setter's event)."""
        try:
            waiting = tasks.awaiting_acceptance(self._session)
        except Exception:  # noqa: BLE001 - the next poll tries again
            log.warning("report poll failed", exc_info=True)
            return []
        known, self._awaiting = self._awaiting, {t.id for t in waiting}
        found = [] if known is None else [t for t in waiting if t.id not in known]
        if found:
            self.reports_arrived.emit(found)
            if self.popups:
                show_popup(self._parent, self._session, "Задачи", report_text(found), found)
        return found

    def _on_event(self) -> None:
        self.check_arrivals()
        self.check_reports()

    def check_arrivals(self) -> list[TaskRecord]:
        """Unseen tasks of the user: announce them once and mark them seen."""
        return self._announce(lambda: tasks.unseen_for_me(self._session),
                              lambda ids: tasks.mark_seen(self._session, ids), self.tasks_arrived,
                              lambda found: show_arrivals(self._parent, self._session, found), "task poll failed")

    def check_reminders(self, now: datetime | None = None) -> list[TaskRecord]:
        """Tasks whose reminder time has come: announce them once."""
        return self._announce(lambda: tasks.due_reminders(self._session, now or self._clock()),
                              lambda ids: tasks.mark_reminded(self._session, ids), self.reminder_due,
                              lambda found: show_popup(self._parent, self._session, "Напоминание",
                                                       reminder_text(found), found),
                              "reminder check failed")

    def _announce(self, fetch: Callable[[], list[TaskRecord]], mark: Callable[[list[int]], None],
                  signal, show: Callable[[list[TaskRecord]], object], failure: str) -> list[TaskRecord]:
        """Fetch, mark as announced, then signal and show; a failed poll waits for the next."""
        try:
            found = fetch()
            if found:
                mark([t.id for t in found])
        except Exception:  # noqa: BLE001 - the next poll tries again
            log.warning(failure, exc_info=True)
            return []
        if found:
            signal.emit(found)
            if self.popups:
                show(found)
        return found

"""Task windows as the main window calls them (manual: "Задачи"; TSK-1..TSK-3)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services import tasks
from crm_desktop.services.session import Session
from crm_desktop.ui.ops import call
from crm_desktop.ui.tasks.journal import JOURNAL_AT_LOGIN, OVERDUE_AT_LOGIN, TaskJournal
from crm_desktop.ui.tasks.monitor import OverdueDialog, TaskMonitor
from crm_desktop.ui.tasks.notifier import TaskNotifier, show_pending_at_login
from crm_desktop.ui.tasks.task_dialog import TaskDialog

__all__ = ["TaskDialog", "TaskJournal", "TaskMonitor", "TaskNotifier", "at_login", "new_task", "open_task",
           "open_task_journal", "show_pending_at_login"]


def new_task(parent: QWidget | None, session: Session, *, client_id: int | None = None,
             executor_id: int | None = None, start_at: datetime | None = None) -> int | None:
    """The form of a new task with what the caller knows filled in; the id once saved."""
    dialog = TaskDialog(session, None, parent, client_id=client_id, executor_id=executor_id, start_at=start_at)
    return dialog.task_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_task(parent: QWidget | None, session: Session, task_id: int) -> None:
    """Open a task; what it saves or moves through the workflow is announced on the change bus."""
    record = call(parent, lambda: tasks.load_task(session, task_id), "Задача")
    if record is None:
        return
    if record.executor_id == session.user.id and not record.seen_by_executor:
        call(parent, lambda: tasks.mark_seen(session, [task_id]), "Задача")   # no popup for it later
    TaskDialog(session, record, parent).exec()


_windows: set[QWidget] = set()


def _keep(window: QDialog) -> QDialog:
    """Show a non-modal window that lives until closed, even without a parent."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setModal(False)
    _windows.add(window)
    window.destroyed.connect(lambda _obj=None, w=window: _windows.discard(w))
    window.show()
    return window


def open_task_journal(parent: QWidget | None, session: Session) -> TaskJournal:
    """"Планы и задачи – Список задач": a window beside the main one (not modal)."""
    journal = TaskJournal(session, parent)
    _keep(journal)
    return journal


def at_login(parent: QWidget | None, session: Session) -> list[QDialog]:
    """What the user asked to see at login: the journal and/or the overdue tasks; the windows
    shown (non-modal)."""
    shown: list[QDialog] = []
    if session.setting(JOURNAL_AT_LOGIN, False):
        shown.append(open_task_journal(parent, session))
    if session.setting(OVERDUE_AT_LOGIN, False):
        found = call(parent, lambda: tasks.overdue_for_me(session, datetime.now()), "Просроченные задачи")
        if found:
            shown.append(_keep(OverdueDialog(session, found, parent)))
    return shown

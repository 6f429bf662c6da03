"""The task monitor of the assistant panel (manual: "Контроль за исполнением задач"): the
user's tasks of the day and the overdue ones, with the clients whose next contact is due."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.services import tasks
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import CLIENT, TASK, follow
from crm_desktop.ui.ops import run_op
from crm_desktop.ui.tasks.task_list import TaskList


class TaskMonitor(QWidget):
    """Double click (or Enter) opens the task or the client; the monitor reads itself again when
    a task or a client changes (change bus), and set_day() when the calendar picks another day."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.day = date.today()
        self._asked = 0
        self.list = TaskList(self, compact=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.list.task_chosen.connect(self._open_task)
        self.list.client_chosen.connect(self._open_client)
        self.refresh()
        follow(self, (TASK, CLIENT), lambda _kind, _ids: self.refresh())

    def set_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        """Read off the GUI thread, so the register's first rows never wait for the panel; a
        reply for a day no longer shown is dropped."""
        day, self._asked = self.day, self._asked + 1
        asked = self._asked

        def show(found: tuple[list, list]) -> None:
            if asked == self._asked:
                self.list.show_tasks(*found)
        run_op(self, lambda: (tasks.today_and_overdue(self._session, day), tasks.next_contacts(self._session, day)),
               show)

    def _open_task(self, task_id: int) -> None:
        from crm_desktop.ui.tasks import open_task
        open_task(self, self._session, task_id)

    def _open_client(self, client_id: int) -> None:
        from crm_desktop.ui.card import open_client
        open_client(self, self._session, client_id)


class OverdueDialog(QDialog):
    """The on-screen list of overdue tasks shown at login (setting "Сообщать о просроченных
    задачах при входе")."""

    def __init__(self, session: Session, found: list[tasks.TaskRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Просроченные задачи"))
        self.resize(720, 320)
        self.list = TaskList(self)
        self.list.show_tasks(found)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Просрочено задач: {0}. Двойной щелчок открывает задачу.").format(len(found))))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.task_chosen.connect(self._open)

    def _open(self, task_id: int) -> None:
        from crm_desktop.ui.tasks import open_task
        open_task(self, self._session, task_id)

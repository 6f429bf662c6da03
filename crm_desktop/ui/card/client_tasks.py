"""The card's journal «Задачи» (manual: "Задачи": «войдите в карточку клиента, перейдите во
вкладку “Задачи”. Воспользуйтесь контекстным меню или нажмите Ins»): Ins sets a task for this
client in the task form (client, setter and date filled in), Enter opens one, Del deletes it
after a confirmation; the list reads itself again whenever a task changes (change bus)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.tasks import STATUS_TITLES, Status
from crm_desktop.services import clients, tasks
from crm_desktop.services.clients import TaskRow
from crm_desktop.services.session import Session
from crm_desktop.ui.card.journal import Journal, confirm_delete
from crm_desktop.ui.changes import TASK, announce, follow
from crm_desktop.ui.ops import call

HEADERS = ("Начало", "Исполнитель", "Задача", "Состояние")
TITLE = "Задачи клиента"


class ClientTasks(Journal):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__([self.tr(h) for h in HEADERS], parent, self.new_task, self.open_task, self.delete_task)
        self._session = session
        self._client_id: int | None = None
        self._rows: list[TaskRow] = []
        follow(self, (TASK,), lambda _kind, _ids: self.reload())

    def show_client(self, client_id: int | None) -> None:
        """The tasks of a saved client; a new one gets tasks once it is saved."""
        self._client_id = client_id
        saved = client_id is not None
        self.set_editable(saved)
        self.ui.openButton.setEnabled(saved)
        self.ui.noteLabel.setText("" if saved else self.tr("Сохраните клиента, чтобы ставить задачи."))
        self.ui.noteLabel.setVisible(not saved)
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        found = [] if client_id is None else call(self, lambda: clients.tasks_of(self._session, client_id), TITLE)
        self._rows = found or []
        self.set_rows([[t.start_at.strftime("%d.%m.%Y %H:%M"), t.executor or "", " ".join((t.body or "").split()),
                        self.tr(STATUS_TITLES[Status(t.status)])] for t in self._rows],
                      greyed=[t.status == Status.CLOSED for t in self._rows])

    def new_task(self) -> None:
        from crm_desktop.ui.tasks import new_task
        if self._client_id is not None:
            new_task(self, self._session, client_id=self._client_id)

    def open_task(self, row: int) -> None:
        from crm_desktop.ui.tasks import open_task
        open_task(self, self._session, self._rows[row].id)

    def delete_task(self, row: int) -> None:
        task = self._rows[row]
        question = self.tr("Удалить задачу «{0}» от {1:%d.%m.%Y %H:%M}?").format(
            " ".join((task.body or "").split())[:80], task.start_at)
        if confirm_delete(self, question) and \
                call(self, lambda: tasks.delete_task(self._session, task.id) or True, TITLE):
            announce(TASK, [task.id])

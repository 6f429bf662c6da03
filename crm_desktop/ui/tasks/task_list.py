"""A short list of tasks (and clients to contact) for the assistant panel's monitor and the
overdue list at login (manual: "Контроль за исполнением задач")."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.domain.tasks import STATUS_TITLES, Status, is_overdue
from crm_desktop.services.tasks import NextContact, TaskRecord

OVERDUE_COLOR = QColor("#c62828")
TASK_ROLE = Qt.ItemDataRole.UserRole
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1


def state_of(task: TaskRecord, now: datetime) -> tuple[str, bool]:
    """The state as lists show it («Новая, просрочена») and whether the task is overdue."""
    late = is_overdue(task.status, task.start_at, task.duration_min, task.due_at, now)
    return STATUS_TITLES[Status(task.status)] + (", просрочена" if late else ""), late


class TaskList(QTreeWidget):
    """Tasks first (overdue in red), then the clients whose next contact is due; a double
    click or Enter opens the task (task_chosen) or the client (client_chosen)."""

    task_chosen = Signal(int)
    client_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact      # the narrow assistant panel: time and "client: task" only
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("Начало"), self.tr("Задача")] if compact else
                             [self.tr("Начало"), self.tr("Клиент"), self.tr("Задача"), self.tr("Состояние")])
        self.itemActivated.connect(self._activated)

    def show_tasks(self, found: Sequence[TaskRecord], contacts: Sequence[NextContact] = (),
                   now: datetime | None = None) -> None:
        now = now or datetime.now()
        self.clear()
        for task in found:
            state, late = state_of(task, now)
            item = self._item(f"{task.start_at:%d.%m %H:%M}", task.client_name or "",
                              " ".join(task.body.split())[:120], state)
            item.setData(0, TASK_ROLE, task.id)
            item.setData(0, CLIENT_ROLE, task.client_id)
            if late:
                for column in range(self.columnCount()):
                    item.setForeground(column, QBrush(OVERDUE_COLOR))
            self.addTopLevelItem(item)
        for contact in contacts:
            item = self._item(f"{contact.next_contact_date:%d.%m}", contact.name,
                              self.tr("Связаться с клиентом"), self.tr("Дата следующего контакта"))
            item.setData(0, CLIENT_ROLE, contact.client_id)
            self.addTopLevelItem(item)
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)

    def _item(self, when: str, client: str, what: str, state: str) -> QTreeWidgetItem:
        if not self.compact:
            return QTreeWidgetItem([when, client, what, state])
        item = QTreeWidgetItem([when, f"{client}: {what}" if client else what])
        item.setToolTip(1, f"{what}\n{client}\n{state}".replace("\n\n", "\n"))
        return item

    def task_ids(self) -> list[int]:
        return [i for i in (self.topLevelItem(r).data(0, TASK_ROLE) for r in range(self.topLevelItemCount()))
                if i is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        task_id = item.data(0, TASK_ROLE)
        if task_id is not None:
            self.task_chosen.emit(task_id)
        elif item.data(0, CLIENT_ROLE) is not None:
            self.client_chosen.emit(item.data(0, CLIENT_ROLE))

"""The card's journal «Задачи» names a task's state as the task workflow does (domain/tasks.py)."""
from __future__ import annotations

from datetime import datetime, timedelta

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.tasks import STATUS_TITLES, Kind, Status, TaskDraft
from crm_desktop.services import clients, tasks
from crm_desktop.ui.card.client_dialog import ClientDialog


def test_card_task_journal_shows_the_workflow_state(qtbot, db, session_of, users) -> None:
    manager = session_of("manager")
    card = clients.new_card(manager, ClientKind.COMPANY)
    card.values["name"] = "ООО Состояния"
    card = clients.save_card(manager, card)
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(hours=1)
    task_id = tasks.create_task(manager, TaskDraft(
        kind=Kind.REPORT, client_id=card.id, executor_id=users["manager"], importance=2, start_at=start,
        duration_min=30, due_at=None, body="Выслать прайс", requires_report=True, remind_min=None))
    tasks.transition(manager, task_id, Status.ACCEPTED)
    tasks.transition(manager, task_id, Status.COMPLETED, "Прайс выслан")

    dialog = ClientDialog(manager, clients.load_card(manager, card.id))
    qtbot.addWidget(dialog)
    table = dialog.tasks.ui.table
    assert table.rowCount() == 1
    assert table.item(0, table.columnCount() - 1).text() == STATUS_TITLES[Status.COMPLETED]

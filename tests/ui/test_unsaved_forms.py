"""Forms with unsaved input ask «Сохранить / Не сохранять / Отмена» when closed (issue 9):
the event, a record of the card (contact person), the planner's case and the task."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from crm_desktop.data.schema import events as events_table
from crm_desktop.data.schema import planner_topics, tasks
from crm_desktop.domain.client_fields import CONTACT_PERSON, ClientKind
from crm_desktop.services import clients, events
from crm_desktop.services.events import EventContext
from crm_desktop.services.planners import Case
from crm_desktop.ui.card.event_dialog import EventDialog
from crm_desktop.ui.card.records import RecordDialog
from crm_desktop.ui.planners.case_dialog import CaseDialog
from crm_desktop.ui.tasks import TaskDialog

Button = QMessageBox.StandardButton


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _count(db, table) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_untouched_forms_close_without_a_question(qtbot, session_of, boxes) -> None:
    manager = session_of("manager")
    for dialog in (RecordDialog(CONTACT_PERSON, {}, manager), TaskDialog(manager, None),
                   CaseDialog(manager, Case(None, 1, None, "Дело"), [])):
        _shown(qtbot, dialog).reject()
        assert not dialog.isVisible()
    assert boxes == []


def test_event_cancel_keeps_it_and_save_stores_it(qtbot, db, session_of, boxes) -> None:
    manager = session_of("manager")
    card = clients.new_card(manager, ClientKind.COMPANY)
    card.values["name"] = "ООО «Незабудка»"
    card = clients.save_card(manager, card)
    dialog = _shown(qtbot, EventDialog(manager, events.new_event(manager, card.id), EventContext([], None), "ООО"))
    dialog.form.editors["description"].setPlainText("Договорились о встрече")
    boxes.answer = Button.Cancel
    dialog.reject()
    assert dialog.isVisible() and boxes[-1] == ("question", "Событие", "Есть несохранённые изменения. Сохранить их?")
    boxes.answer = Button.Save                   # saving runs the form's checks: the type is missing
    dialog.reject()
    assert dialog.isVisible() and _count(db, events_table) == 0
    dialog.form.editors["event_type_id"].combo.setCurrentIndex(1)
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert _count(db, events_table) == 1


def test_contact_person_discard_closes_and_save_keeps_the_row(qtbot, session_of, boxes) -> None:
    manager = session_of("manager")
    dropped = _shown(qtbot, RecordDialog(CONTACT_PERSON, {}, manager))
    dropped.form.editors["surname"].setText("Орлов")
    boxes.answer = Button.Discard
    dropped.reject()
    assert not dropped.isVisible() and dropped.result() == QDialog.DialogCode.Rejected
    kept = _shown(qtbot, RecordDialog(CONTACT_PERSON, {}, manager))
    kept.form.editors["surname"].setText("Соколов")
    boxes.answer = Button.Save
    kept.reject()
    assert kept.result() == QDialog.DialogCode.Accepted and kept.row()["surname"] == "Соколов"


def test_case_and_task_ask_and_drop_only_when_told(qtbot, db, session_of, boxes) -> None:
    admin = session_of("admin")
    topics_before = _count(db, planner_topics)
    case = _shown(qtbot, CaseDialog(admin, Case(None, 1, None, ""), []))
    case.ui.nameEdit.setText("Подготовить отчёт")
    task = _shown(qtbot, TaskDialog(admin, None))
    task.ui.bodyEdit.setPlainText("Позвонить клиенту")
    boxes.answer = Button.Cancel
    for dialog in (case, task):
        dialog.reject()
        assert dialog.isVisible()
    assert [b[2] for b in boxes] == ["Есть несохранённые изменения. Сохранить их?"] * 2
    boxes.answer = Button.Discard
    for dialog in (case, task):
        dialog.reject()
        assert not dialog.isVisible()
    assert _count(db, tasks) == 0 and _count(db, planner_topics) == topics_before

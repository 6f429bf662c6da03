"""The history journal of the card and the "Событие" form (EVT-1), driven through the UI."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from sqlalchemy import text

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.services import clients, events
from crm_desktop.ui.card import field_editors
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.card.event_dialog import EventDialog


@pytest.fixture(autouse=True)
def messages(boxes):
    """The message boxes the user would see, questions answered "Yes" (the shared recorder)."""
    return boxes


def _client(session) -> clients.ClientCard:
    card = clients.new_card(session, ClientKind.COMPANY)
    card.values["name"] = "ООО «Событийная»"
    card.records["contact_person"] = [{"surname": "Орлов", "first_name": "Глеб"}]
    return clients.save_card(session, card)


def _ids(db, name: str) -> list[int]:
    with db.read() as conn:
        return [i.id for i in dict_data.items(conn, name)]


def _ok(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_event_added_from_card_moves_stage_and_card_still_saves(qtbot, db, session_of, monkeypatch,
                                                                messages) -> None:
    manager = session_of("manager")
    card = _client(manager)
    kind, stage = _ids(db, "event_types")[2], _ids(db, "sales_stages")[4]
    contact = card.records["contact_person"][0]["id"]

    def fill_and_ok(self: EventDialog) -> int:
        editors = self.form.editors
        editors["event_type_id"].set_value(kind)
        editors["description"].setPlainText("Встретились в офисе")
        editors["contact_id"].set_value(contact)
        editors["stage_id"].set_value(stage)
        _ok(qtbot, self)
        return self.result()
    monkeypatch.setattr(EventDialog, "exec", fill_and_ok)
    dialog = ClientDialog(manager, clients.load_card(manager, card.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.history.ui.addButton.click()

    table = dialog.history.ui.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3, 7)] == [
        "Встреча", "Встретились в офисе", "Орлов Глеб", "Менеджеров Михаил"]
    assert dialog.forms["operative"].editors["stage_id"].value() == stage
    dialog.forms[""].editors["address"].setText("После события")
    _ok(qtbot, dialog)
    assert messages == [] and dialog.result() == QDialog.DialogCode.Accepted
    with db.read() as conn:
        row = conn.execute(text("SELECT STAGE_ID, ADDRESS FROM CLIENTS")).one()
        assert conn.execute(text("SELECT CONTACT_ID FROM EVENTS")).scalar_one() == contact
    assert tuple(row) == (stage, "После события")


def test_event_form_marks_and_enforces_required_fields(qtbot, db, session_of, messages) -> None:
    manager = session_of("manager")
    card = _client(manager)
    stage = _ids(db, "sales_stages")[1]
    card.values["stage_id"] = stage
    clients.save_card(manager, card)
    context = events.event_context(manager, card.id)
    dialog = EventDialog(manager, events.new_event(manager, card.id), context, "ООО «Событийная»")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert f"Тип события{field_editors.REQUIRED_MARK}" in labels
    assert f"Описание{field_editors.REQUIRED_MARK}" in labels and "Результат" in labels
    assert dialog.ui.currentStageLabel.text() == f"Текущий этап разработки: {context.current_stage}"
    combo = dialog.form.editors["stage_id"].combo
    assert combo.itemData(combo.findData(stage), Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.gray
    assert dialog.form.editors["event_at"].value() is not None          # defaults to now

    dialog.form.editors["result"].setText("Перезвонить")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.form.errors["event_type_id"].text() == "Заполните поле «Тип события»"
    assert dialog.form.errors["description"].isVisible()
    assert "Заполните поле «Описание»" in messages.texts("warning")[0]
    assert dialog.form.editors["result"].value() == "Перезвонить"
    assert events.list_events(manager, card.id) == []


def test_delete_event_asks_first_and_tasks_are_listed(qtbot, db, session_of, messages) -> None:
    manager = session_of("manager")
    card = _client(manager)
    with db.begin() as conn:
        conn.execute(text("INSERT INTO TASKS (CLIENT_ID, EXECUTOR_ID, SET_AT, START_AT, BODY) VALUES "
                          "(:c, :u, '2026-11-20 09:00', '2026-11-21 10:30', 'Отправить КП')"),
                     {"c": card.id, "u": manager.user.id})
    event = events.new_event(manager, card.id)
    event.event_type_id, event.description = _ids(db, "event_types")[0], "Позвонил"
    events.save_event(manager, event)
    dialog = ClientDialog(manager, clients.load_card(manager, card.id))
    qtbot.addWidget(dialog)
    dialog.show()
    tasks = dialog.tasks.ui.table
    assert [tasks.item(0, c).text() for c in range(4)] == ["21.11.2026 10:30", "Менеджеров Михаил",
                                                            "Отправить КП", "Новая"]
    dialog.history.ui.deleteButton.click()
    assert messages.texts("question")[0].startswith("Удалить событие «Входящий звонок» от ")
    assert dialog.history.ui.table.rowCount() == 0
    assert events.list_events(manager, card.id) == []

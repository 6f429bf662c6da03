"""Editing a dictionary "on the fly" from a field of the card (DIC-1): for whoever holds
«Редактировать справочники…», the administrator's role or a ticked right."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import text

from crm_desktop.data import admin_users
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.permissions import Permission
from crm_desktop.services import clients
from crm_desktop.ui.admin import prompts
from crm_desktop.ui.admin.single_dictionary_dialog import SingleDictionaryDialog
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.widgets.dictionary_combo import DictionaryCombo, DictionaryListPicker


def test_admin_adds_a_status_on_the_fly_and_saves_the_card(qtbot, db, session_of, monkeypatch, boxes) -> None:
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "VIP-клиент")

    def add_and_close(self: SingleDictionaryDialog) -> int:
        self.editor.add()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SingleDictionaryDialog, "exec", add_and_close)
    admin = session_of("admin")
    card = clients.new_card(admin, ClientKind.COMPANY)
    card.values["name"] = "ООО Справочник"
    dialog = ClientDialog(admin, card)
    qtbot.addWidget(dialog)
    dialog.show()
    status = dialog.forms["general"].editors["status_id"]
    assert status.edit_button.isVisible()
    qtbot.mouseClick(status.edit_button, Qt.MouseButton.LeftButton)

    assert status.text() == "VIP-клиент" and "VIP-клиент" in status.item_names()
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    with db.read() as conn:
        saved = conn.execute(text("SELECT V.NAME FROM CLIENTS C JOIN CLASSIFIER_VALUES V "
                                  "ON V.ID = C.STATUS_ID")).scalar_one()
    assert saved == "VIP-клиент"
    assert boxes == []                        # saved without a warning


def test_manager_cannot_edit_dictionaries(qtbot, db, session_of) -> None:
    combo = DictionaryCombo(session_of("manager"), "client_statuses")
    qtbot.addWidget(combo)
    combo.show()
    assert not combo.edit_button.isVisible() and not combo.can_edit_dictionary()
    assert combo.item_names()[0] == "Потенциальный клиент"


def test_manager_holding_the_permission_edits_on_the_fly(qtbot, db, users, session_of) -> None:
    with db.begin() as conn:
        admin_users.set_extra_permissions(conn, users["manager"], frozenset({Permission.EDIT_DICTIONARIES}))
    combo = DictionaryCombo(session_of("manager"), "client_statuses")
    qtbot.addWidget(combo)
    combo.show()
    assert combo.edit_button.isVisible() and combo.can_edit_dictionary()


def test_combo_type_ahead_and_empty_choice(qtbot, db, session_of) -> None:
    combo = DictionaryCombo(session_of("admin"), "priorities")
    qtbot.addWidget(combo)
    combo.combo.setEditText("Средний")
    assert combo.value() == combo.combo.itemData(combo.combo.findText("Средний"))
    combo.combo.setEditText("нет такого")
    assert combo.value() is None
    combo.set_value(None)
    assert combo.text() == "" and combo.value() is None


def test_list_picker_keeps_several_values(qtbot, db, session_of, users) -> None:
    picker = DictionaryListPicker(session_of("admin"), "users")
    qtbot.addWidget(picker)
    picker.check("Коллегина Ольга")
    picker.check("Менеджеров Михаил")
    assert picker.value() == {users["manager2"], users["manager"]}
    picker.set_value({users["admin"]})
    assert picker.value() == {users["admin"]}


def test_hidden_value_still_shown_where_chosen(qtbot, db, session_of) -> None:
    admin = session_of("admin")
    combo = DictionaryCombo(admin, "priorities")
    qtbot.addWidget(combo)
    low = combo.combo.itemData(combo.combo.findText("Низкий"))
    from crm_desktop.services import dictionaries
    dictionaries.set_active(admin, "priorities", low, False)
    combo.reload()
    assert "Низкий" not in combo.item_names()
    combo.set_value(low)
    assert combo.text() == "Низкий" and combo.value() == low

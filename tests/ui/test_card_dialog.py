"""The client card driven like a user drives it; assertions on what the user sees and on
what lands in Firebird."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import text

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.telephony import CallMode, TelephonySetting
from crm_desktop.services import clients
from crm_desktop.services.telephony import save_telephony_setting
from crm_desktop.ui import card as card_ui
from crm_desktop.ui.card import field_editors
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.card.records import RecordDialog


@pytest.fixture(autouse=True)
def messages(boxes):
    """Message boxes the user would see (the shared recorder): a deletion is confirmed, a card
    left with changes drops them when closed (answered «Не сохранять»)."""
    boxes.answer = QMessageBox.StandardButton.Discard
    boxes.replies["Удалить"] = QMessageBox.StandardButton.Yes
    return boxes


def _ok(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _type(qtbot, editor, value: str) -> None:
    """Type into a line edit (QTest cannot type Cyrillic, so the text is inserted)."""
    line = getattr(editor, "edit", editor)
    line.setFocus()
    line.clear()
    line.insert(value)


def _dialog(qtbot, session, card) -> ClientDialog:
    dialog = ClientDialog(session, card)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_record(values: dict):
    def exec_(self: RecordDialog) -> int:
        for name, value in values.items():
            self.form.editors[name].set_value(value)
        self.accept()
        return self.result()
    return exec_


def test_create_company_through_dialog_lands_in_firebird(qtbot, db, session_of, monkeypatch, messages) -> None:
    manager = session_of("manager")
    dialog = _dialog(qtbot, manager, clients.new_card(manager, ClientKind.COMPANY))
    main = dialog.forms[""].editors
    _type(qtbot, main["name"], "ООО «Новая Заря»")
    _type(qtbot, main["phone"], "+7 495 233-13-03")
    qtbot.mouseClick(dialog.ui.attentionCheck, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(RecordDialog, "exec", _fill_record({"surname": "Смирнов", "job_title": "Директор"}))
    dialog.records["contact_person"].ui.addButton.click()
    assert dialog.records["contact_person"].ui.table.item(0, 0).text() == "Смирнов"
    _ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted and messages == []
    with db.read() as conn:
        row = conn.execute(text("SELECT ID, NAME, PHONE, NEEDS_ATTENTION, CURATOR_ID FROM CLIENTS")).one()
        contact = conn.execute(text("SELECT SURNAME, JOB_TITLE FROM CONTACTS WHERE CLIENT_ID = :id"),
                               {"id": row[0]}).one()
    assert tuple(row[1:]) == ("ООО «Новая Заря»", "+7 495 233-13-03", 1, manager.user.id)
    assert tuple(contact) == ("Смирнов", "Директор")
    assert dialog.client_id == row[0]


def test_edit_a_tab_and_see_it_saved(qtbot, db, session_of, messages) -> None:
    admin = session_of("admin")
    card = clients.new_card(admin, ClientKind.COMPANY)
    card.values["name"] = "ЗАО Вкладки"
    card = clients.save_card(admin, card)
    dialog = _dialog(qtbot, admin, clients.load_card(admin, card.id))
    assert dialog.ui.codeLabel.text() == f"Код: {card.code}"
    security = dialog.forms["security"].editors
    security["sec_conclusion"].setPlainText("Надёжный партнёр")
    security["credit_limit"].setValue(150000.5)
    dialog.forms["operative"].editors["has_competitors"].click()
    _ok(qtbot, dialog)
    assert messages == []
    with db.read() as conn:
        row = conn.execute(text("SELECT SEC_CONCLUSION, CREDIT_LIMIT, HAS_COMPETITORS FROM CLIENTS")).one()
    assert tuple(row) == ("Надёжный партнёр", Decimal("150000.50"), 1)
    again = _dialog(qtbot, admin, clients.load_card(admin, card.id))
    assert again.forms["security"].editors["sec_conclusion"].value() == "Надёжный партнёр"


def test_required_fields_marked_and_enforced(qtbot, db, session_of, messages) -> None:
    admin = session_of("admin")
    dialog = _dialog(qtbot, admin, clients.new_card(admin, ClientKind.INDIVIDUAL))
    labels = {w.text() for w in dialog.ui.mainBox.findChildren(type(dialog.ui.codeLabel))}
    assert f"Фамилия{field_editors.REQUIRED_MARK}" in labels and "Отчество" in labels
    main = dialog.forms[""]
    _type(qtbot, main.editors["patronymic"], "Ильич")
    _type(qtbot, main.editors["inn"], "123")
    _ok(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert main.errors["surname"].isVisible() and main.errors["surname"].text() == "Заполните поле «Фамилия»"
    assert main.errors["first_name"].isVisible() and main.errors["inn"].isVisible()
    assert not main.errors["patronymic"].isVisible()
    (shown,) = messages.texts("warning")
    assert "Заполните поле «Фамилия»" in shown and "Заполните поле «Имя»" in shown
    assert dialog.focusWidget() is main.editors["surname"]
    assert main.editors["patronymic"].value() == "Ильич"            # nothing lost
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM CLIENTS")).scalar_one() == 0


def test_concurrent_edit_names_the_other_user_and_keeps_input(qtbot, db, session_of, messages) -> None:
    manager = session_of("manager")
    card = clients.new_card(manager, ClientKind.COMPANY)
    card.values["name"] = "ООО Гонка"
    card = clients.save_card(manager, card)
    dialog = _dialog(qtbot, manager, clients.load_card(manager, card.id))
    admin = session_of("admin")
    other = clients.load_card(admin, card.id)
    other.values["address"] = "Адрес администратора"
    clients.save_card(admin, other)
    _type(qtbot, dialog.forms[""].editors["address"], "Мой адрес")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert messages.texts()[0].startswith("Клиент изменён пользователем Админов Админ в ")
    assert dialog.forms[""].editors["address"].value() == "Мой адрес"


def test_phone_and_email_are_clickable(qtbot, db, session_of, monkeypatch) -> None:
    manager = session_of("manager")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    dialog = _dialog(qtbot, manager, clients.new_card(manager, ClientKind.COMPANY))
    main = dialog.forms[""].editors
    _type(qtbot, main["phone"], "8 (495) 233-13-03")
    _type(qtbot, main["email"], "info@zarya.ru")
    qtbot.mouseClick(main["phone"].button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(main["email"].button, Qt.MouseButton.LeftButton)
    save_telephony_setting(manager, TelephonySetting(CallMode.SIP))
    qtbot.mouseClick(main["phone"].button, Qt.MouseButton.LeftButton)
    assert opened[0].startswith("tel:+7495") and opened[1] == "mailto:info@zarya.ru"
    assert opened[2].startswith("sip:")


def test_colleagues_main_data_read_only_in_mode_3(qtbot, db, session_of, users) -> None:
    card = clients.new_card(session_of("manager2"), ClientKind.COMPANY)
    card.values["name"] = "Чужой клиент"
    card = clients.save_card(session_of("manager2"), card)
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET CLIENT_ACCESS = 3 WHERE ID = :id"), {"id": users["manager"]})
    manager = session_of("manager")
    dialog = _dialog(qtbot, manager, clients.load_card(manager, card.id))
    assert dialog.forms[""].editors["name"].isReadOnly()
    assert not dialog.forms["general"].editors["curator_id"].combo.isEnabled()
    assert not dialog.forms["operative"].editors["competitors"].isReadOnly()


def test_delete_client_asks_and_deletes(qtbot, db, session_of, messages, announced) -> None:
    admin = session_of("admin")
    card = clients.new_card(admin, ClientKind.COMPANY)
    card.values["name"] = "На удаление"
    card = clients.save_card(admin, card)
    card_ui.delete_client(None, admin, card.id)
    assert messages.texts() == ["Удалить клиента «На удаление» со всей историей?"]
    assert announced == [("client", (card.id,))]                     # the register reads itself again
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM CLIENTS")).scalar_one() == 0


def test_custom_classifiers_tab_follows_general_and_saves(qtbot, db, session_of) -> None:
    with db.begin() as conn:
        conn.execute(text("INSERT INTO CLASSIFIERS (CODE, SCOPE, NAME, VALUE_KIND) "
                          "VALUES ('c_tender', 3, 'Участник тендеров', 3)"))
    admin = session_of("admin")
    dialog = _dialog(qtbot, admin, clients.new_card(admin, ClientKind.COMPANY))
    assert [dialog.ui.tabs.tabText(i) for i in range(3)] == ["Общие", "Признаки", "Оперативная работа"]
    _type(qtbot, dialog.forms[""].editors["name"], "ООО Тендер")
    editor = next(iter(dialog.forms["Признаки"].editors.values()))
    _type(qtbot, editor, "да, госзакупки")
    _ok(qtbot, dialog)
    with db.read() as conn:
        assert conn.execute(text("SELECT VALUE_TEXT FROM CLIENT_CLASSIFIERS")).scalar_one() == "да, госзакупки"


def test_escape_asks_before_dropping_changes_and_ctrl_enter_saves(qtbot, db, session_of, boxes) -> None:
    admin = session_of("admin")
    dialog = _dialog(qtbot, admin, clients.new_card(admin, ClientKind.COMPANY))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes == [] and not dialog.isVisible()              # nothing typed: closes at once
    dialog = _dialog(qtbot, admin, clients.new_card(admin, ClientKind.COMPANY))
    _type(qtbot, dialog.forms[""].editors["name"], "ООО Горячие клавиши")
    boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and boxes == [
        ("question", "Закрыть карточку", "В карточке есть несохранённые изменения. Сохранить их?")]
    # offscreen windows never become active, so the shortcut is triggered as Qt would
    save = next(sc for sc in dialog.findChildren(QShortcut) if sc.key() == QKeySequence("Ctrl+Return"))
    save.activated.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.read() as conn:
        assert conn.execute(text("SELECT NAME FROM CLIENTS")).scalar_one() == "ООО Горячие клавиши"


def test_closing_with_changes_saves_or_drops_them_as_answered(qtbot, db, session_of, boxes) -> None:
    admin = session_of("admin")
    dropped = _dialog(qtbot, admin, clients.new_card(admin, ClientKind.COMPANY))
    _type(qtbot, dropped.forms[""].editors["name"], "ООО Не нужна")
    boxes.answer = QMessageBox.StandardButton.Discard
    dropped.reject()
    assert not dropped.isVisible() and dropped.result() == QDialog.DialogCode.Rejected

    kept = _dialog(qtbot, admin, clients.new_card(admin, ClientKind.COMPANY))
    _type(qtbot, kept.forms[""].editors["name"], "ООО Нужна")
    boxes.answer = QMessageBox.StandardButton.Save
    kept.reject()
    assert not kept.isVisible() and kept.result() == QDialog.DialogCode.Accepted and kept.client_id
    with db.read() as conn:
        assert conn.execute(text("SELECT NAME FROM CLIENTS")).scalars().all() == ["ООО Нужна"]


def test_new_client_entry_point_returns_the_new_id(qtbot, db, session_of, monkeypatch, announced) -> None:
    def fill_and_ok(self: ClientDialog) -> int:
        qtbot.addWidget(self)
        self.forms[""].editors["surname"].setText("Кузнецов")
        self.forms[""].editors["first_name"].setText("Илья")
        self.accept()
        return self.result()
    monkeypatch.setattr(ClientDialog, "exec", fill_and_ok)
    manager = session_of("manager")
    client_id = card_ui.new_client(None, manager, ClientKind.INDIVIDUAL)
    with db.read() as conn:
        row = conn.execute(text("SELECT ID, NAME, CLIENT_KIND FROM CLIENTS")).one()
    assert tuple(row) == (client_id, "Кузнецов Илья", 2)
    monkeypatch.setattr(ClientDialog, "exec", lambda self: qtbot.addWidget(self) or self.result())
    card_ui.open_client(None, manager, client_id)                     # closed unchanged: nothing announced
    assert announced == [("client", (client_id,))]


def test_contact_person_deleted_after_confirmation(qtbot, db, session_of, messages) -> None:
    admin = session_of("admin")
    card = clients.new_card(admin, ClientKind.COMPANY)
    card.values["name"] = "ООО Штат"
    card.records["contact_person"] = [{"surname": "Лишний", "first_name": "Иван"}]
    card = clients.save_card(admin, card)
    dialog = _dialog(qtbot, admin, clients.load_card(admin, card.id))
    staff = dialog.records["contact_person"]
    staff.ui.table.selectRow(0)
    staff.ui.deleteButton.click()
    assert messages.texts() == ["Удалить запись «Лишний Иван» (контактное лицо)?"]
    assert staff.ui.table.rowCount() == 0
    _ok(qtbot, dialog)
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM CONTACTS")).scalar_one() == 0

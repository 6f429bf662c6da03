"""Constants, structure, dictionaries, custom classifiers and auto-substitution dialogs driven
like a person would, checked in Firebird (ADM-4, ADM-10, DIC-1, DIC-3)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from crm_desktop.data import company, dictionaries
from crm_desktop.data.schema import bank_accounts, classifiers, directions, legal_entities, positions
from crm_desktop.services import autosubstitution
from crm_desktop.services import classifiers as classifier_service
from crm_desktop.services.classifiers import ClassifierCard
from crm_desktop.ui import admin
from crm_desktop.ui.admin import prompts
from crm_desktop.ui.admin.autosubstitution_dialog import AutoSubstitutionDialog
from crm_desktop.ui.admin.classifier_card_dialog import ClassifierCardDialog
from crm_desktop.ui.admin.constants_dialog import ConstantsDialog
from crm_desktop.ui.admin.dictionaries_dialog import DictionariesDialog
from crm_desktop.ui.admin.single_dictionary_dialog import SingleDictionaryDialog
from crm_desktop.ui.admin.structure_dialog import StructureDialog


@pytest.fixture
def answers(monkeypatch, boxes):
    """Scripted answers to text prompts; confirmations are answered "Да" and the texts of the
    warnings collected by the shared message box recorder."""
    texts: list[str] = []
    monkeypatch.setattr(prompts, "ask_text", lambda parent, title, label, text="": texts.pop(0))
    return texts, boxes.warnings


def test_constants_entity_and_accounts(qtbot, db, session_of, answers, tmp_path):
    _, shown = answers
    dialog = ConstantsDialog(session_of("admin"))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.addEntityButton.click()
    ui.shortNameEdit.setText("ООО «Вектор»")
    ui.innEdit.setText("8045807304")                      # wrong check digit
    ui.saveEntityButton.click()
    assert "ИНН" in shown[0] and ui.shortNameEdit.text() == "ООО «Вектор»"
    ui.innEdit.setText("8045807303")
    ui.kppEdit.setText("804501004")
    ui.directorEdit.setText("Иванов С. П.")
    ui.saveEntityButton.click()
    assert ui.entitiesList.item(0).text() == "★ ООО «Вектор»"
    assert ui.bankTab.isEnabled()
    from crm_desktop.ui.admin import bank_account_dialog
    original_exec = bank_account_dialog.BankAccountDialog.exec

    def fill_and_save(self):
        self.ui.bankNameEdit.setText("ПАО Сбербанк")
        self.ui.bikEdit.setText("042202603")
        self.ui.corrEdit.setText("30101810900000000603")
        self.ui.accountEdit.setText("40702810099722003322")
        self.ui.saveButton.click()
        return self.result()
    bank_account_dialog.BankAccountDialog.exec = fill_and_save
    try:
        ui.addAccountButton.click()
    finally:
        bank_account_dialog.BankAccountDialog.exec = original_exec
    assert ui.accountsTable.rowCount() == 1 and ui.accountsTable.item(0, 0).text() == "★"
    ui.tabs.setCurrentIndex(1)
    assert dialog.grab().save(str(tmp_path / "admin_constants_bank.png"))
    ui.tabs.setCurrentIndex(0)
    assert dialog.grab().save(str(tmp_path / "admin_constants.png"))
    with db.read() as conn:
        entity = conn.execute(select(legal_entities)).one()._mapping
        account = conn.execute(select(bank_accounts)).one()._mapping
    assert (entity["inn"], entity["director"], entity["is_default"]) == ("8045807303", "Иванов С. П.", 1)
    assert (account["legal_entity_id"], account["account_no"], account["is_default"]) == \
        (entity["id"], "40702810099722003322", 1)


def test_structure_add_rename_and_refuse_delete_in_use(qtbot, db, session_of, answers, tmp_path):
    texts, shown = answers
    dialog = StructureDialog(session_of("admin"))
    qtbot.addWidget(dialog)
    texts += ["Отдел продаж", "Менеджер", "Старший менеджер"]
    dialog.ui.addDepartmentButton.click()
    dialog.ui.addPositionButton.click()
    dialog.ui.renameButton.click()
    tree = dialog.ui.structureTree
    assert tree.topLevelItem(0).text(0) == "Отдел продаж"
    assert tree.topLevelItem(0).child(0).text(0) == "Старший менеджер"
    with db.begin() as conn:
        dept_id = conn.execute(select(positions.c.department_id)).scalar()
        company.add_user(conn, login="x", password_hash="-", full_name="Занятой Иван",
                         role_id=company.role_ids(conn)["manager"], department_id=dept_id)
    tree.setCurrentItem(tree.topLevelItem(0))
    dialog.ui.deleteButton.click()
    assert "Занятой Иван" in shown[0] and tree.topLevelItemCount() == 1
    assert dialog.grab().save(str(tmp_path / "admin_structure.png"))


def test_dictionaries_window_adds_renames_hides_and_moves(qtbot, db, session_of, answers, tmp_path):
    texts, _ = answers
    dialog = DictionariesDialog(session_of("admin"))
    qtbot.addWidget(dialog)
    dialog.select("directions")
    editor = dialog.editor
    texts += ["Торговля", "Услуги", "Сервисное обслуживание"]
    editor.ui.addButton.click()
    editor.ui.addButton.click()
    editor.ui.renameButton.click()                      # the current one: "Услуги"
    editor.ui.upButton.click()
    assert editor.visible_names() == ["Сервисное обслуживание", "Торговля"]
    editor.ui.valuesList.setCurrentRow(1)
    editor.ui.hideButton.click()
    assert editor.visible_names() == ["Сервисное обслуживание"]
    editor.ui.showHiddenCheck.setChecked(True)
    assert editor.visible_names() == ["Сервисное обслуживание", "Торговля (скрыто)"]
    with db.read() as conn:
        rows = conn.execute(select(directions.c.name, directions.c.is_active).order_by(directions.c.sort_order)).all()
    assert [tuple(r) for r in rows] == [("Сервисное обслуживание", 1), ("Торговля", 0)]
    dialog.select("company_sizes")
    assert editor.visible_names()[0] == "Микропредприятие (до 15 чел.)"
    assert dialog.grab().save(str(tmp_path / "admin_dictionaries.png"))
    dialog.select("settlements")
    assert not dialog.ui.regionCombo.isHidden() and editor.visible_names()


def test_directions_window_and_insert_key(qtbot, db, session_of, answers):
    texts, _ = answers
    dialog = SingleDictionaryDialog(session_of("admin"), "directions", "Направления деятельности")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    texts.append("Техника BOSCH")
    dialog.editor.ui.valuesList.setFocus()
    qtbot.keyClick(dialog.editor.ui.valuesList, Qt.Key.Key_Insert)
    assert dialog.editor.visible_names() == ["Техника BOSCH"]


def test_custom_classifier_card_with_values(qtbot, db, session_of, answers, tmp_path):
    texts, _ = answers
    session = session_of("admin")
    dialog = ClassifierCardDialog(session, ClassifierCard())
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Тип автомобиля")
    dialog.ui.labelEdit.setText("Авто")
    assert not dialog.values.isEnabled()
    dialog.ui.applyButton.click()
    assert dialog.values.isEnabled()
    texts += ["Грузовой", "Легковой"]
    dialog.values.ui.addButton.click()
    dialog.values.ui.addButton.click()
    assert dialog.grab().save(str(tmp_path / "admin_classifier_card.png"))
    dialog.ui.saveButton.click()
    found = classifier_service.active_custom_classifiers(session)
    assert [(c.name, c.label) for c in found] == [("Тип автомобиля", "Авто")]
    with db.read() as conn:
        assert conn.execute(select(classifiers.c.scope).where(classifiers.c.id == found[0].id)).scalar() == 3
        assert [i.name for i in dictionaries.items(conn, found[0].code)] == ["Грузовой", "Легковой"]


def test_autosubstitution_dialog_saves_region_and_city(qtbot, db, session_of, tmp_path):
    session = session_of("admin")
    dialog = AutoSubstitutionDialog(session)
    qtbot.addWidget(dialog)
    dialog.ui.regionCombo.setCurrentIndex(dialog.ui.regionCombo.findText("Москва"))
    assert dialog.ui.cityCombo.isEnabled() and dialog.ui.cityCombo.count() > 1
    dialog.ui.cityCombo.setCurrentIndex(1)
    city = dialog.ui.cityCombo.currentData()
    assert dialog.grab().save(str(tmp_path / "admin_autosubst.png"))
    dialog.ui.saveButton.click()
    defaults = autosubstitution.defaults(session_of("manager"))
    assert defaults.city_id == city and defaults.region_id == dialog.ui.regionCombo.currentData()


def test_screens_refuse_whoever_lacks_their_permission(qtbot, db, session_of, answers):
    _, shown = answers
    admin.USERS.open(None, session_of("manager"))
    assert shown[0].startswith("Нет прав: «Управлять пользователями и их правами»")


def test_classifiers_list_orders_with_buttons(qtbot, db, session_of, tmp_path):
    from crm_desktop.ui.admin.classifiers_dialog import ClassifiersDialog
    session = session_of("admin")
    for name in ("Тип автомобиля", "Тоннажность а/м"):
        classifier_service.save(session, ClassifierCard(name=name))
    dialog = ClassifiersDialog(session)
    qtbot.addWidget(dialog)
    table = dialog.ui.classifiersTable
    assert [table.item(i, 2).text() for i in range(2)] == ["Справочник", "Справочник"]
    table.selectRow(1)
    dialog.ui.upButton.click()
    assert [table.item(i, 0).text() for i in range(2)] == ["Тоннажность а/м", "Тип автомобиля"]
    assert [c.name for c in classifier_service.active_custom_classifiers(session)] == \
        ["Тоннажность а/м", "Тип автомобиля"]
    assert dialog.grab().save(str(tmp_path / "admin_classifiers.png"))


def test_constants_ask_before_unsaved_requisites_are_lost(qtbot, db, session_of, boxes):
    """«Закрыть», Esc, another entity or «Новое» with edited requisites: Сохранить / Не сохранять / Отмена."""
    admin_session = session_of("admin")
    dialog = ConstantsDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    for name, inn in (("ООО «Вектор»", "8045807303"), ("ООО «Гамма»", "")):
        ui.addEntityButton.click()
        ui.shortNameEdit.setText(name)
        ui.innEdit.setText(inn)
        ui.saveEntityButton.click()
    assert boxes == [] and ui.shortNameEdit.text() == "ООО «Гамма»"

    def director_of(name: str) -> str | None:
        with db.read() as conn:
            return conn.execute(select(legal_entities.c.director)
                                .where(legal_entities.c.short_name == name)).scalar_one()

    ui.directorEdit.setText("Петров П. П.")
    boxes.answer = QMessageBox.StandardButton.Cancel
    ui.closeButton.click()
    assert dialog.isVisible() and ui.directorEdit.text() == "Петров П. П."
    assert boxes[-1] == ("question", "Константы",
                         "Реквизиты ООО «Гамма» изменены и не сохранены. Сохранить их?")

    boxes.answer = QMessageBox.StandardButton.Save             # choosing another entity saves first
    ui.entitiesList.setCurrentRow([ui.entitiesList.item(i).text() for i in range(2)].index("★ ООО «Вектор»"))
    assert director_of("ООО «Гамма»") == "Петров П. П." and ui.shortNameEdit.text() == "ООО «Вектор»"

    ui.directorEdit.setText("Сидоров С. С.")
    boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and director_of("ООО «Вектор»") is None
    assert len(boxes) == 3

    again = ConstantsDialog(admin_session)
    qtbot.addWidget(again)
    again.show()
    again.ui.directorEdit.setText("Сидоров С. С.")
    boxes.answer = QMessageBox.StandardButton.Save
    again.ui.closeButton.click()
    assert not again.isVisible() and director_of(again.ui.shortNameEdit.text()) == "Сидоров С. С."
    again.ui.closeButton.click()                                # nothing unsaved: no question
    assert len(boxes) == 4

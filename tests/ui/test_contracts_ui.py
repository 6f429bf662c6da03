"""The contract card, its print form and designer, and the contract types dictionary, driven
by clicks; what matters is what lands in the database and in the printed files."""
from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from crm_desktop.services import contracts
from crm_desktop.ui.sales import contract_dialog
from crm_desktop.ui.sales.contract_designer import DesignerDialog
from crm_desktop.ui.sales.contract_dialog import ContractDialog
from crm_desktop.ui.sales.contract_dictionaries import ContractTypeDialog
from tests.db.sales_setup import make_shop


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


@pytest.fixture
def opened(monkeypatch, tmp_path) -> list[Path]:
    """The files the program asked the system to open; its temporary files go to tmp_path."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    paths: list[Path] = []

    def open_url(url) -> bool:
        paths.append(Path(url.toLocalFile()))
        return True
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return paths


def _shown(qtbot, dialog: ContractDialog) -> ContractDialog:
    """Shown and active (the keys go to the active window); closed without questions at the end."""
    qtbot.addWidget(dialog, before_close_func=lambda card: card.mark_clean())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _card(qtbot, session, client_id: int) -> ContractDialog:
    return _shown(qtbot, ContractDialog(session, contracts.new_contract(session, client_id)))


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split()).replace("\u00a0", " ")


def test_a_contract_filled_in_the_card_gets_a_number_and_prints(qtbot, boxes, shop, session_of, opened,
                                                                 tmp_path) -> None:
    manager = session_of("manager")
    client = shop.clients["ООО «Аудит»"]
    dialog = _card(qtbot, manager, client)
    assert not dialog.ui.printButton.isEnabled() and not dialog.ui.designerButton.isEnabled()
    dialog.ui.custRequisitesEdit.clear()
    dialog.ui.fromCardButton.click()
    assert "ИНН 7705000001" in dialog.ui.custRequisitesEdit.toPlainText()
    dialog.ui.amountEdit.setText("12 000,00")
    dialog.ui.param1Edit.setText("Поставка бумаги")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes.warnings == []
    stored = contracts.load(manager, dialog.record.id)
    assert stored.doc_no and stored.doc_no == dialog.ui.numberEdit.text()
    assert stored.amount == Decimal("12000.00") and stored.params[0] == "Поставка бумаги"
    assert "ИНН 7705000001" in stored.cust_requisites
    assert dialog.ui.printButton.isEnabled() and dialog.ui.designerButton.isEnabled()

    dialog.print_actions["pdf"].trigger()
    dialog.print_actions["docx"].trigger()
    assert boxes.warnings == [] and [p.suffix for p in opened] == [".pdf", ".docx"]
    assert all(p.is_relative_to(tmp_path) for p in opened)
    pdf = _pdf_text(opened[0])
    assert stored.doc_no in pdf and "ООО «Аудит»" in pdf
    word = "\n".join(p.text for p in docx.Document(opened[1]).paragraphs)
    assert stored.doc_no in word and "ООО «Аудит»" in word


def test_the_designers_text_is_printed_and_the_template_stays(qtbot, boxes, shop, session_of, opened,
                                                             monkeypatch) -> None:
    manager = session_of("manager")
    contract = contracts.save(manager, contracts.new_contract(manager, shop.clients["ООО «Аудит»"]))
    template_before = contracts.load_type(manager, contract.type_id).template_html
    dialog = _shown(qtbot, ContractDialog(manager, contract))

    def edit_and_save(designer: DesignerDialog) -> int:
        designer.editor.set_html("<p>Особый договор № [DogNo] с [CustomerName]</p>")
        designer.ui.saveButton.click()
        return 0
    monkeypatch.setattr(DesignerDialog, "exec", edit_and_save)
    dialog.ui.designerButton.click()
    assert boxes.warnings == []
    dialog.print_actions["pdf"].trigger()
    assert boxes.warnings == []
    assert "Особый договор № " + contract.doc_no + " с ООО «Аудит»" in _pdf_text(opened[0])
    assert contracts.load_type(manager, contract.type_id).template_html == template_before
    dialog.ui.amountEdit.setText("5,00")          # the designer's save did not make this stale
    dialog.ui.saveButton.click()
    assert boxes.warnings == [] and contracts.load(manager, contract.id).amount == Decimal("5.00")


def test_an_unknown_variable_in_the_designer_is_named(qtbot, boxes, shop, session_of) -> None:
    manager = session_of("manager")
    contract = contracts.save(manager, contracts.new_contract(manager, shop.clients["ООО «Аудит»"]))
    designer = DesignerDialog(manager, contract)
    qtbot.addWidget(designer)
    designer.editor.set_html("<p>[Foo]</p>")
    designer.ui.saveButton.click()
    assert "[Foo]" in boxes.warnings[0]


def test_a_type_with_an_unknown_variable_is_refused_naming_it(qtbot, boxes, shop, session_of) -> None:
    admin = session_of("admin")
    dialog = ContractTypeDialog(admin, contracts.ContractType(None, ""))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Аренда")
    dialog.editor.set_html("<p>Договор [DogNo] на [Foo]</p>")
    dialog.ui.buttonBox.accepted.emit()
    assert "[Foo]" in boxes.warnings[0] and dialog.isVisible()
    assert "Аренда" not in [name for _, name in contracts.contract_types(admin)]
    dialog.editor.set_html("<p>Договор [DogNo]</p>")
    dialog.ui.buttonBox.accepted.emit()
    assert "Аренда" in [name for _, name in contracts.contract_types(admin)]


def test_esc_asks_about_unsaved_changes(qtbot, boxes, shop, session_of) -> None:
    manager = session_of("manager")
    dialog = _card(qtbot, manager, shop.clients["ООО «Аудит»"])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)           # nothing typed: closes without a word
    assert boxes == [] and not dialog.isVisible()
    dialog = _card(qtbot, manager, shop.clients["ООО «Аудит»"])
    dialog.ui.noteEdit.setPlainText("Скидка оговорена")
    boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(boxes.texts("question")) == 1 and dialog.isVisible()
    boxes.answer = QMessageBox.StandardButton.Save
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and contracts.load(manager, dialog.record.id).note == "Скидка оговорена"


def test_open_contract_explains_a_missing_contract(qtbot, boxes, shop, session_of) -> None:
    assert contract_dialog.open_contract(None, session_of("manager"), contract_id=999999) is False
    assert boxes.warnings


def test_tariffs_are_added_and_a_priced_tariff_fills_an_empty_sum(qtbot, boxes, shop, session_of, monkeypatch) -> None:
    from crm_desktop.ui.sales.contract_dictionaries import TariffDialog, TariffsWindow
    admin = session_of("admin")

    def fill_in(dialog: TariffDialog) -> int:
        dialog.ui.nameEdit.setText("Базовый")
        dialog.ui.priceEdit.setText("2 500")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(TariffDialog, "exec", fill_in)
    window = TariffsWindow(admin, "Справочники – Тарифы")
    qtbot.addWidget(window)
    window.commands["add"].click()
    assert window.table.item(0, 0).text() == "Базовый" and window.table.item(0, 1).text() == "2\u00a0500,00"
    manager = session_of("manager")
    read_only = TariffsWindow(manager, "Справочники – Тарифы")
    qtbot.addWidget(read_only)
    assert not read_only.commands["add"].isEnabled() and read_only.commands["add"].toolTip()

    dialog = _card(qtbot, manager, shop.clients["ООО «Аудит»"])
    dialog.ui.tariffCombo.setCurrentIndex(dialog.ui.tariffCombo.findText("Базовый", Qt.MatchFlag.MatchStartsWith))
    dialog.ui.tariffCombo.activated.emit(dialog.ui.tariffCombo.currentIndex())
    assert dialog.ui.amountEdit.text() == "2\u00a0500,00"


def test_a_type_in_use_is_not_deleted(qtbot, boxes, shop, session_of) -> None:
    from crm_desktop.ui.sales.contract_dictionaries import ContractTypesWindow
    manager, admin = session_of("manager"), session_of("admin")
    contract = contracts.save(manager, contracts.new_contract(manager, shop.clients["ООО «Аудит»"]))
    window = ContractTypesWindow(admin, "Справочники – Типы договоров")
    qtbot.addWidget(window)
    window.refresh(contract.type_id)
    window.commands["delete"].click()
    assert "нельзя удалить" in boxes.warnings[0]
    assert contract.type_id in [type_id for type_id, _ in contracts.contract_types(admin)]


def test_a_contract_changed_elsewhere_keeps_the_input(qtbot, boxes, shop, session_of) -> None:
    manager = session_of("manager")
    contract = contracts.save(manager, contracts.new_contract(manager, shop.clients["ООО «Аудит»"]))
    dialog = _shown(qtbot, ContractDialog(manager, contract))
    elsewhere = contracts.load(manager, contract.id)           # another workstation
    elsewhere.note = "С другого места"
    contracts.save(manager, elsewhere)
    dialog.ui.noteEdit.setPlainText("Моё примечание")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(boxes.warnings) == 1 and "Ваши изменения сохранены в форме" in boxes.warnings[0]
    assert dialog.isVisible() and dialog.ui.noteEdit.toPlainText() == "Моё примечание"
    assert contracts.load(manager, contract.id).note == "С другого места"


def test_the_designer_gives_the_template_back_after_confirmation(qtbot, boxes, shop, session_of) -> None:
    manager = session_of("manager")
    contract = contracts.save(manager, contracts.new_contract(manager, shop.clients["ООО «Аудит»"]))
    contract = contracts.save_own_text(manager, contract.id, "<p>Свой текст № [DogNo]</p>")
    designer = DesignerDialog(manager, contract)
    qtbot.addWidget(designer)
    assert "Свой текст" in designer.editor.edit.toPlainText() and designer.ui.templateButton.isEnabled()
    boxes.answer = QMessageBox.StandardButton.No
    designer.ui.templateButton.click()
    assert contracts.load(manager, contract.id).has_own_text
    boxes.answer = QMessageBox.StandardButton.Yes
    designer.ui.templateButton.click()
    assert len(boxes.texts("question")) == 2 and not contracts.load(manager, contract.id).has_own_text
    assert "Свой текст" not in designer.editor.edit.toPlainText()
    assert not designer.ui.templateButton.isEnabled()


def test_contract_types_are_read_only_without_the_right(qtbot, boxes, shop, session_of, monkeypatch) -> None:
    from crm_desktop.ui.sales.contract_dictionaries import ContractTypesWindow
    manager = session_of("manager")
    window = ContractTypesWindow(manager, "Справочники – Типы договоров")
    qtbot.addWidget(window)
    assert window.commands["edit"].isEnabled() and window.commands["edit"].text() == "Открыть"
    assert not window.commands["add"].isEnabled() and not window.commands["delete"].isEnabled()
    assert "Редактировать справочники" in window.commands["delete"].toolTip()
    cards: list[ContractTypeDialog] = []

    def look(dialog: ContractTypeDialog) -> int:
        cards.append(dialog)
        return 0
    monkeypatch.setattr(ContractTypeDialog, "exec", look)
    window.commands["edit"].click()
    card = cards[0]
    assert card.ui.nameEdit.isReadOnly() and card.editor.edit.isReadOnly()
    assert not card.ui.buttonBox.button(card.ui.buttonBox.StandardButton.Ok).isEnabled()
    assert not card.ui.loadDocxButton.isEnabled() and card.ui.saveDocxButton.isEnabled()


def test_the_docx_template_is_saved_to_a_file_and_loaded_back(qtbot, boxes, shop, session_of, monkeypatch,
                                                               tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog
    admin = session_of("admin")
    type_id, _ = contracts.contract_types(admin)[0]
    stored = contracts.load_type(admin, type_id).template_docx
    dialog = ContractTypeDialog(admin, contracts.load_type(admin, type_id))
    qtbot.addWidget(dialog)
    target = tmp_path / "шаблон.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.ui.saveDocxButton.click()
    assert target.read_bytes() == stored
    copy = docx.Document(target)
    copy.add_paragraph("Дополнение к договору [DogNo]")
    copy.save(target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.ui.loadDocxButton.click()
    dialog.ui.buttonBox.accepted.emit()
    assert boxes.warnings == [] and contracts.load_type(admin, type_id).template_docx == target.read_bytes()


def test_the_editor_inserts_a_variable_from_the_list(qtbot, boxes, shop, session_of) -> None:
    from crm_desktop.domain.contract_vars import VARIABLES
    from crm_desktop.ui.sales.rich_editor import RichTextEditor
    editor = RichTextEditor()
    qtbot.addWidget(editor)
    editor.set_html("<p>Договор № </p>")
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    index = editor.variables.findData("DogNo")
    assert editor.variables.itemData(index, Qt.ItemDataRole.ToolTipRole) == VARIABLES["DogNo"]
    editor.variables.activated.emit(index)
    assert editor.edit.toPlainText() == "Договор № [DogNo]" and editor.variables.currentIndex() == 0
    assert editor.edit.document().isModified()

"""Printing from the warehouse screens (WH-4, WH-5; manual «Формирование первичных документов»,
«Печать ценников»): Ctrl+P in the card and the journal prints the document's own form (a
return's «Возвратная накладная», a production's «Накладная на выпуск продукции» too),
«Подбор…» of an expense puts the ticked primary documents (among them «Складская накладная»
and «Счёт-фактура») into one PDF, «Ценники…» of a receipt prints a tag per line. The PDF the
viewer would open is read back."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import warehouse
from crm_desktop.ui.warehouse.document_dialog import StockDocumentDialog
from crm_desktop.ui.warehouse.print_forms import SelectionDialog
from tests.ui.test_warehouse_ui import T0, _expense, _journal, _receipt, _row, _show, shop  # noqa: F401


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Files handed to the system viewer."""
    files: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: files.append(url.toLocalFile()) or True))
    return files


def _text(path: str) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _open_card(qtbot, session, doc_id: int) -> StockDocumentDialog:
    return _show(qtbot, StockDocumentDialog(session, warehouse.load(session, doc_id)), 1060, 680)


def _answer_selection(tick: tuple[str, ...], seen: list[SelectionDialog]) -> None:
    """Once «Подбор документов» is up: untick all, click the forms in `tick`, then «Печать»."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SelectionDialog) and dialog.isVisible():
            seen.append(dialog)
            for kind, check in dialog.checks.items():
                if check.isChecked() != (kind in tick):
                    check.click()
            dialog.ui.printButton.click()
        else:
            QTimer.singleShot(10, attempt)
    QTimer.singleShot(0, attempt)


def test_ctrl_p_and_price_tags_in_a_receipt_card(db, shop, session_of, boxes, opened, qtbot) -> None:
    manager = session_of("manager")
    receipt = _receipt(manager, shop, T0, "10")
    card = _open_card(qtbot, manager, receipt.id)
    assert card.ui.printButton.isVisible() and card.ui.tagsButton.isVisible()
    assert not card.ui.selectionButton.isVisible()
    qtbot.keyClick(card.ui.linesView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened and opened[-1] == str(card.printed) and opened[-1].endswith(".pdf")
    text = _text(opened[-1])
    assert "Приходная накладная" in text and receipt.doc_no in text and "Снегурочка" in text
    qtbot.mouseClick(card.ui.tagsButton, Qt.MouseButton.LeftButton)
    tags = _text(opened[-1])
    assert "Снегурочка" in tags and "P-001" in tags and "SN-A4" in tags
    assert boxes.texts("warning") == []


def test_selection_of_an_expense_prints_the_ticked_forms_in_one_pdf(db, shop, session_of, boxes, opened,
                                                                    qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    sale = _expense(manager, shop, T0 + timedelta(days=1), "4")
    card = _open_card(qtbot, manager, sale.id)
    assert card.ui.selectionButton.isVisible() and not card.ui.tagsButton.isVisible()
    seen: list[SelectionDialog] = []
    _answer_selection(("torg12", "cash-in"), seen)
    qtbot.mouseClick(card.ui.selectionButton, Qt.MouseButton.LeftButton)
    assert seen and [c.text() for c in seen[0].checks.values()] == [
        "&Расходная накладная", "Скла&дская накладная", "&Товарный чек", "Товарная накладная ТОРГ-&12",
        "Сч&ёт-фактура", "&УПД (счёт-фактура)",
        "&Сведения о сертификатах", "Счёт на пред&оплату", "&Приходный кассовый ордер (ПКО)"]
    text = _text(opened[-1])
    assert "ТОРГ-12" in text and "ПРИХОДНЫЙ КАССОВЫЙ ОРДЕР" in text.replace("\n", " ")
    assert "Товарный чек" not in text
    assert len(PdfReader(opened[-1]).pages) >= 2
    assert boxes.texts("warning") == []


def test_journal_prints_the_current_document_and_offers_selection(db, shop, session_of, boxes, opened,
                                                                 qtbot) -> None:
    manager = session_of("manager")
    receipt = _receipt(manager, shop, T0, "10")
    sale = _expense(manager, shop, T0 + timedelta(days=1), "4")
    window = _journal(qtbot, manager)
    window.ui.table.selectRow(_row(window, sale.id))
    window.ui.table.setFocus()
    qtbot.keyClick(window.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = _text(opened[-1])
    assert "Расходная накладная" in text and sale.doc_no in text
    actions = {a.text(): a for a in window.menu().actions()}
    assert actions["Подбор…"].isEnabled() and not actions["Ценники…"].isEnabled()
    seen: list[SelectionDialog] = []
    _answer_selection(("sales-receipt",), seen)
    actions["Подбор…"].trigger()
    assert "Товарный чек" in _text(opened[-1])
    window.ui.table.selectRow(_row(window, receipt.id))
    actions = {a.text(): a for a in window.menu().actions()}
    assert actions["Ценники…"].isEnabled() and not actions["Подбор…"].isEnabled()
    actions["Ценники…"].trigger()
    assert "Снегурочка" in _text(opened[-1])
    assert boxes.texts("warning") == []


def test_selection_offers_certificates_and_prepayment_invoice(db, shop, session_of, boxes, opened, qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    sale = _expense(manager, shop, T0 + timedelta(days=1), "4")
    card = _open_card(qtbot, manager, sale.id)
    seen: list[SelectionDialog] = []
    _answer_selection(("certificates", "prepayment-invoice"), seen)
    qtbot.mouseClick(card.ui.selectionButton, Qt.MouseButton.LeftButton)
    text = _text(opened[-1])
    assert "Сведения о сертификатах" in text and "Счёт на предоплату" in text and "ПАО Сбербанк" in text
    assert len(PdfReader(opened[-1]).pages) == 2 and boxes.texts("warning") == []


def test_ctrl_p_prints_a_return_in_its_card_and_a_production_from_the_journal(db, shop, session_of, boxes, opened,
                                                                              qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    sale = _expense(manager, shop, T0 + timedelta(days=1), "4")
    ret = warehouse.save(manager, warehouse.enter_return(manager, sale.id, now=T0 + timedelta(days=2)))
    card = _open_card(qtbot, manager, ret.id)
    assert card.ui.printButton.isVisible()
    qtbot.keyClick(card.ui.linesView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = _text(opened[-1])
    assert "Возвратная накладная" in text and ret.doc_no in text and sale.doc_no in text
    draft = warehouse.new_draft(manager, Kind.PRODUCTION, now=T0 + timedelta(days=3))
    draft.lines = [StockLine(shop.items["fixed"], "kit", "шт", Decimal(1), Decimal(0)),
                   StockLine(shop.items["paper"], "paper", "шт", Decimal(2), Decimal(0), incoming=False, base_index=0)]
    made = warehouse.post(manager, warehouse.save(manager, draft).id, now=T0 + timedelta(days=3))
    window = _journal(qtbot, manager)
    window.ui.table.selectRow(_row(window, made.id))
    window.ui.table.setFocus()
    qtbot.keyClick(window.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = _text(opened[-1])
    assert "Накладная на выпуск продукции" in text and "Списанные комплектующие" in text and "200,00" in text
    assert boxes.texts("warning") == []


def test_selection_offers_warehouse_waybill_and_vat_invoice(db, shop, session_of, boxes, opened, qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    sale = _expense(manager, shop, T0 + timedelta(days=1), "4")
    card = _open_card(qtbot, manager, sale.id)
    seen: list[SelectionDialog] = []
    _answer_selection(("expense-vat-invoice", "warehouse-waybill"), seen)
    qtbot.mouseClick(card.ui.selectionButton, Qt.MouseButton.LeftButton)
    assert seen and seen[0].chosen() == ["warehouse-waybill", "expense-vat-invoice"]
    reader = PdfReader(opened[-1])
    assert len(reader.pages) == 2
    first, second = (page.extract_text() or "" for page in reader.pages)
    assert "Складская накладная" in first and sale.doc_no in first and "Снегурочка" in first
    assert "СЧЁТ-ФАКТУРА" in second and f"Расходная накладная № {sale.doc_no}" in second.replace("\n", " ")
    assert reader.pages[1].mediabox.width > reader.pages[1].mediabox.height
    assert boxes.texts("warning") == []

"""The sale and work cards: typed in, saved by keys, found again through the services."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.services import sales_works
from crm_desktop.services.sales_works import Sale, Work
from crm_desktop.services.documents import default_supplier_id
from crm_desktop.ui.sales import item_picker
from crm_desktop.ui.sales.record_dialogs import SaleDialog, WorkDialog
from tests.db.sales_setup import make_shop


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


def _shown(qtbot, dialog):
    """Shown and active (the keys go to the active window); closed without questions at the end."""
    qtbot.addWidget(dialog, before_close_func=lambda card: card.mark_clean())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_sale_picked_from_the_nomenclature_is_saved(qtbot, boxes, shop, session_of, monkeypatch) -> None:
    manager = session_of("manager")
    client = shop.clients["ООО «Аудит»"]
    monkeypatch.setattr(item_picker, "pick_item", lambda parent, session: shop.items["stapler"])
    dialog = _shown(qtbot, SaleDialog(manager, Sale(None, client, date(2026, 12, 1))))
    dialog.ui.quantityEdit.setText("2")
    dialog.ui.pickButton.click()
    assert dialog.ui.productEdit.text() == "Степлер №24"
    dialog.ui.paidEdit.setText("1000")
    dialog.ui.paidEdit.editingFinished.emit()          # a paid sum brings today's payment date
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert boxes.warnings == [] and not dialog.isVisible()
    sale = sales_works.load_sale(manager, dialog.record.id)
    assert (sale.product, sale.item_id, sale.quantity, sale.amount, sale.paid) == (
        "Степлер №24", shop.items["stapler"], Decimal(2), Decimal("2469.12"), Decimal("1000.00"))
    assert sale.pay_date == date.today() and sale.manager_id == manager.user.id


def test_a_work_is_saved_and_a_wrong_sum_keeps_the_input(qtbot, boxes, shop, session_of) -> None:
    manager = session_of("manager")
    client = shop.clients["ООО «Аудит»"]
    entity = default_supplier_id(manager)
    assert entity == shop.entity_id
    dialog = _shown(qtbot, WorkDialog(manager, Work(None, client, date(2026, 12, 2), legal_entity_id=entity)))
    dialog.ui.descriptionEdit.setPlainText("Настройка сервера")
    dialog.ui.hoursEdit.setText("2,5")
    dialog.ui.amountEdit.setText("много")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Сумма" in boxes.warnings[0] and dialog.record.id is None
    assert dialog.ui.descriptionEdit.toPlainText() == "Настройка сервера"
    dialog.ui.amountEdit.setText("9 000")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(boxes.warnings) == 1 and dialog.isVisible()
    work = sales_works.load_work(manager, dialog.record.id)
    assert (work.description, work.norm_hours, work.amount, work.legal_entity_id) == (
        "Настройка сервера", Decimal("2.50"), Decimal("9000.00"), shop.entity_id)


def test_esc_asks_about_unsaved_changes(qtbot, boxes, shop, session_of) -> None:
    manager = session_of("manager")
    dialog = _shown(qtbot, SaleDialog(manager, Sale(None, shop.clients["ООО «Аудит»"], date(2026, 12, 1))))
    dialog.ui.productEdit.setText("Бумага")
    boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(boxes.texts("question")) == 1 and dialog.isVisible()
    boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.record.id is None


def test_a_product_typed_over_a_picked_item_is_free_text(qtbot, boxes, shop, session_of, monkeypatch) -> None:
    manager = session_of("manager")
    choices = iter([shop.items["stapler"], None])        # the second time the picker is cancelled
    monkeypatch.setattr(item_picker, "pick_item", lambda parent, session: next(choices))
    dialog = _shown(qtbot, SaleDialog(manager, Sale(None, shop.clients["ООО «Аудит»"], date(2026, 12, 1))))
    qtbot.keyClick(dialog, Qt.Key.Key_F4)
    qtbot.keyClick(dialog.ui.productEdit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.ui.productEdit, " (x2)")  # keyClicks types ASCII only
    dialog.ui.pickButton.click()
    assert dialog.ui.productEdit.text() == "Степлер №24 (x2)"
    dialog.ui.saveButton.click()
    sale = sales_works.load_sale(manager, dialog.record.id)
    assert boxes.warnings == [] and (sale.product, sale.item_id) == ("Степлер №24 (x2)", None)

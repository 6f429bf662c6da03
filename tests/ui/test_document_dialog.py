"""The card of an invoice, act and VAT invoice (SAL-2 … SAL-8) driven by keys and buttons; what
landed in the database is read back through the services."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from crm_desktop.data.schema import clients
from crm_desktop.domain.pricing import DiscountTier
from crm_desktop.services import documents, nomenclature
from crm_desktop.ui.sales import document_dialog, lines_model
from crm_desktop.ui.sales.document_dialog import DocumentDialog
from crm_desktop.ui.sales.payment_dialog import PaymentDialog
from tests.db.sales_setup import make_shop

D = Decimal
Button = QMessageBox.StandardButton


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


@pytest.fixture
def picked(monkeypatch) -> list[int]:
    """Item ids "the user" picks in the nomenclature, one per Ins."""
    queue: list[int] = []
    monkeypatch.setattr(document_dialog, "pick_item", lambda parent, session: queue.pop(0) if queue else None)
    return queue


def _card(qtbot, session, shop, kind="invoice", client="ООО «Аудит»") -> DocumentDialog:
    dialog = DocumentDialog(session, documents.new_draft(session, kind, shop.clients[client]))
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)               # the card's shortcuts work in the active window
    return dialog


def _type_quantity(qtbot, dialog: DocumentDialog, row: int, text: str) -> None:
    view = dialog.ui.linesView
    view.setCurrentIndex(dialog.model.index(row, lines_model.QTY))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())    # not one closed before
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()                        # the delegate commits on a queued call


def _invoice(qtbot, session, shop, picked, items=(("paper", "10"), ("stapler", "3"))) -> DocumentDialog:
    dialog = _card(qtbot, session, shop)
    for row, (key, qty) in enumerate(items):
        picked.append(shop.items[key])
        qtbot.keyClick(dialog.ui.linesView, Qt.Key.Key_Insert)
        _type_quantity(qtbot, dialog, row, qty)
    return dialog


def test_new_invoice_by_keys_is_stored_with_number_and_total(db, shop, session_of, boxes, picked, qtbot) -> None:
    manager = session_of("manager")
    dialog = _invoice(qtbot, manager, shop, picked)
    assert dialog.windowTitle() == "Новый счёт"
    assert dialog.ui.numberEdit.placeholderText() == "будет присвоен при сохранении"
    assert "Всего: 7\xa0203,68 руб." in dialog.ui.totalsLabel.text()
    assert dialog.ui.settlementLabel.text() == "Сохраните счёт, чтобы вводить оплаты"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes == []
    stored = documents.load(manager, "invoice", dialog.draft.id)
    assert stored.doc_no == "АМ-1" and dialog.ui.numberEdit.text() == "АМ-1"
    assert [l.quantity for l in stored.lines] == [D("10"), D("3")]
    assert sum(p.total for p in stored.priced()) == D("7203.68")
    assert dialog.windowTitle() == f"Счёт № АМ-1 от {date.today():%d.%m.%Y}"
    assert dialog.saved_any and not dialog.is_dirty()


def test_bad_input_is_refused_and_validation_lists_problems(db, shop, session_of, boxes, picked, qtbot) -> None:
    dialog = _card(qtbot, session_of("manager"), shop)
    dialog.save()
    assert "хотя бы одну позицию" in boxes.warnings[-1] and dialog.draft.id is None
    picked.append(shop.items["paper"])
    dialog.add_line()
    _type_quantity(qtbot, dialog, 0, "x2")
    assert "Количество «x2» не распознано" in boxes.warnings[-1]
    assert dialog.draft.lines[0].quantity == D(1)


def test_special_offer_shows_the_banner_and_locks_prices(db, shop, session_of, boxes, picked, qtbot) -> None:
    client = shop.clients["ООО «Аудит»"]
    nomenclature.save_special_offer(session_of("admin"), client, [(shop.groups["Бумага"], D("10")), (None, D("3"))])
    dialog = _card(qtbot, session_of("manager"), shop)
    assert dialog.ui.bannerLabel.isVisible() and dialog.ui.bannerLabel.text() == "ДЕЙСТВУЕТ СПЕЦПРЕДЛОЖЕНИЕ"
    picked.append(shop.items["paper"])
    qtbot.keyClick(dialog.ui.linesView, Qt.Key.Key_Insert)
    model = dialog.model
    flags = [model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in
             (lines_model.QTY, lines_model.PRICE, lines_model.DISCOUNT)]
    assert [bool(f) for f in flags] == [True, False, False]
    assert model.data(model.index(0, lines_model.NET_PRICE)) == "315,00"        # the offer's 10 %
    assert dialog.ui.discountEdit.isReadOnly()


def test_refresh_suggests_the_tier_discount(db, shop, session_of, boxes, picked, qtbot) -> None:
    nomenclature.save_discount_tiers(session_of("admin"), [DiscountTier(D("5000"), D("5"))])
    dialog = _invoice(qtbot, session_of("manager"), shop, picked)
    boxes.answer = Button.No
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert boxes.texts("question") == ["Рекомендуемая стандартная скидка 5 %. Установить?"]
    assert [l.discount for l in dialog.draft.lines] == [D(0), D(0)]               # his own: none
    boxes.answer = Button.Yes
    dialog.ui.refreshButton.click()
    assert dialog.ui.discountEdit.text() == "5"
    assert [l.discount for l in dialog.draft.lines] == [D(5), D(5)]
    assert dialog.save()
    stored = documents.load(session_of("manager"), "invoice", dialog.draft.id)
    assert stored.discount == D(5) and [l.discount for l in stored.lines] == [D(5), D(5)]


def test_payment_through_the_payments_tab(db, shop, session_of, boxes, picked, qtbot, monkeypatch) -> None:
    manager = session_of("manager")
    dialog = _invoice(qtbot, manager, shop, picked)
    assert dialog.save()
    assert dialog.ui.settlementLabel.text() == "Не оплачен"
    shown = []

    def pay(parent, session, payment):
        card = PaymentDialog(session, payment, parent)
        qtbot.addWidget(card)
        shown.append(card.ui.amountEdit.text())
        card.ui.amountEdit.setText("3 000,00")
        card.ui.docNoEdit.setText("п/п 17")
        card.accept()
        return card.saved
    monkeypatch.setattr(document_dialog, "open_payment", pay)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.paymentsTab)
    qtbot.keyClick(dialog.ui.paymentsView, Qt.Key.Key_Insert)
    assert shown == ["7\xa0203,68"]                                                  # the remainder offered
    assert dialog.ui.settlementLabel.text() == "Оплачен частично, осталось 4\xa0203,68 руб."
    assert dialog.ui.paymentsView.item(0, 3).text() == "п/п 17"
    dialog.ui.paymentsView.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.ui.paymentsView, Qt.Key.Key_Delete)
    assert "Удалить оплату" in boxes.texts("question")[-1]
    assert documents.payments(manager, dialog.draft.id) == []
    assert dialog.ui.settlementLabel.text() == "Не оплачен"


def test_act_entered_from_the_invoice(db, shop, session_of, boxes, picked, qtbot) -> None:
    manager = session_of("manager")
    dialog = _invoice(qtbot, manager, shop, picked)
    assert dialog.save()
    act_action = next(a for a in dialog.ui.basedOnButton.menu().actions() if a.text() == "Акт")
    act_action.trigger()
    child = dialog.child
    assert child is not None and child.windowTitle() == "Новый акт"
    assert not child.ui.accountCombo.isVisibleTo(child) and not child.ui.paymentsTab.isVisibleTo(child)
    child.ui.saveButton.click()
    act = documents.load(manager, "act", child.draft.id)
    assert act.invoice_id == dialog.draft.id
    assert [(l.item_id, l.quantity) for l in act.lines] == [(shop.items["paper"], D(10)), (shop.items["stapler"], D(3))]


def test_closing_with_unsaved_changes_asks(db, shop, session_of, boxes, picked, qtbot) -> None:
    manager = session_of("manager")
    dialog = _invoice(qtbot, manager, shop, picked, items=(("paper", "2"),))
    boxes.answer = Button.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.texts() == ["Есть несохранённые изменения. Сохранить их?"] and dialog.isVisible()
    boxes.answer = Button.Save
    dialog.ui.closeButton.click()
    assert not dialog.isVisible() and dialog.draft.id is not None
    assert documents.load(manager, "invoice", dialog.draft.id).lines[0].quantity == D(2)


def test_printing_writes_a_pdf(db, shop, session_of, boxes, picked, qtbot, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = _invoice(qtbot, session_of("manager"), shop, picked, items=(("setup", "2"),))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert boxes == [] and dialog.draft.doc_no == "АМ-1"                          # saved first
    path = Path(opened[0].toLocalFile())
    assert path.suffix == ".pdf" and path.read_bytes().startswith(b"%PDF")


def test_balance_exceeded_on_an_act_keeps_the_input(db, shop, session_of, boxes, picked, qtbot) -> None:
    with db.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == shop.clients["ООО «Аудит»"]).values(credit_limit=D("1000")))
    dialog = _card(qtbot, session_of("manager"), shop, kind="act")
    picked.append(shop.items["stapler"])
    dialog.add_line()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "кредитном лимите 1\xa0000,00 руб." in boxes.warnings[-1]
    assert dialog.draft.id is None and len(dialog.draft.lines) == 1 and dialog.isVisible()

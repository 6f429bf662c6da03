"""The cash screens driven by keys and clicks against Firebird (CASH-1; manual "Кассовый учет"):
a ПКО typed in the card and posted when saved, its row in «Журнал движения денежных средств»;
an РКО over the balance refused with the figures, the card staying open; delete by Del; the
«Касса» button and menu of the main window («Кассовый отчёт» opens the report pipeline's
cash-report); the desks list."""
from __future__ import annotations

import sys
import types
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from crm_desktop.domain.cash import CashKind
from crm_desktop.services import cash
from crm_desktop.services.cash import JournalQuery
from crm_desktop.ui.cash.desks_dialog import CashDesksDialog
from crm_desktop.ui.cash.journal_model import COLUMNS
from crm_desktop.ui.cash.journal_window import CashJournalWindow
from crm_desktop.ui.cash.order_dialog import CashOrderDialog
from tests.db.sales_setup import make_shop

D = Decimal
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def shop(db, users, session_of):
    return make_shop(db, session_of, users)


def _show(qtbot, widget, width=1000, height=600):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)          # shortcuts work in the active window
    return widget


def _type(widget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks types ASCII only), so the field
    reacts as to typing: textEdited, the completer's offer."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _cell(model, row: int, title: str) -> str:
    return model.index(row, [c.title for c in COLUMNS].index(title)).data()


def _money_now(session) -> Decimal:
    """The money in the desks now (the figure «Кассовый отчёт» shows as «Остаток сейчас»)."""
    today = datetime.now().date()
    return sum((r.now for r in cash.report(session, today, today).rows), D(0))


def _typing(qtbot, monkeypatch, fields: dict[str, str], seen: list[CashOrderDialog]) -> None:
    """The card's exec(): "the user" types `fields` (widget name → text), presses OK, and, when
    the card stays open (a refusal), closes it with «Отмена»."""
    def exec_(dialog: CashOrderDialog) -> int:
        seen.append(dialog)
        dialog.show()
        for name, text in fields.items():
            widget = getattr(dialog.ui, name)
            _type(widget, text)
        qtbot.mouseClick(dialog.ui.buttonBox.button(OK), Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            dialog.still_open = True
            qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(CashOrderDialog, "exec", exec_)


def test_a_receipt_typed_in_the_card_is_posted_and_seen_in_the_journal(
        qtbot, db, shop, session_of, boxes, monkeypatch) -> None:
    manager = session_of("manager")
    window = _show(qtbot, CashJournalWindow(manager))
    cards: list[CashOrderDialog] = []
    _typing(qtbot, monkeypatch, {"clientEdit": "Аудит", "amountEdit": "1 234,50",
                                 "basisEdit": "Оплата по счёту № 5"}, cards)
    window.ui.table.setFocus()
    qtbot.keyClick(window.ui.table, Qt.Key.Key_Insert)             # Ins: «Ввести приходный кассовый ордер»

    assert [c.windowTitle().startswith("Приходный кассовый ордер") for c in cards] == [True]
    assert boxes.texts("question") == ["Провести кассовый ордер?"] and boxes.warnings == []
    [row] = cash.journal(manager, JournalQuery())
    assert (row.kind, row.amount, row.posted, row.client_name) == (CashKind.RECEIPT, D("1234.50"), True, "ООО «Аудит»")
    assert row.person == "ООО «Аудит»"          # «Принято от» is the client when left empty
    model = window.model
    assert model.rowCount() == 1
    assert (_cell(model, 0, "✓"), _cell(model, 0, "Вид"), _cell(model, 0, "Приход"), _cell(model, 0, "Расход")) == (
        "✓", "ПКО", "1\u00a0234,50", "")


def test_an_expense_over_the_balance_shows_the_figures_and_stays_unposted(
        qtbot, db, shop, session_of, boxes, monkeypatch) -> None:
    manager = session_of("manager")
    receipt = cash.new_order(manager, CashKind.RECEIPT)
    receipt.amount, receipt.person = D("100"), "Иванов"
    cash.post(manager, cash.save(manager, receipt).id)
    window = _show(qtbot, CashJournalWindow(manager))
    cards: list[CashOrderDialog] = []
    _typing(qtbot, monkeypatch, {"amountEdit": "150", "personEdit": "Петров П. П."}, cards)
    window.activateWindow()
    qtbot.mouseClick(window.ui.expenseButton, Qt.MouseButton.LeftButton)

    [card] = cards
    assert card.windowTitle().startswith("Расходный кассовый ордер №")     # saved and numbered before posting
    assert getattr(card, "still_open", False) and card.ui.personLabel.text() == "&Выдать:"
    [warning] = boxes.warnings
    assert "«Основная касса»" in warning and "нужно 150,00 руб., в наличии 100,00 руб." in warning
    rows = cash.journal(manager, JournalQuery(kind=int(CashKind.EXPENSE)))
    assert [(r.amount, r.posted) for r in rows] == [(D("150.00"), False)]
    assert window.model.rowCount() == 2 and _cell(window.model, 0, "✓") == "" and _cell(window.model, 0, "Расход") == "150,00"
    # «Провести» from the journal's context menu: refused again with the same figures
    window.ui.table.selectRow(0)
    post = next(a for a in window.menu().actions() if a.text() == "Провести")
    post.trigger()
    assert len(boxes.warnings) == 2 and "в наличии 100,00 руб." in boxes.warnings[1]
    # Del on the unposted order: asked, then gone; the desk still holds the 100
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.table.setFocus()
    qtbot.keyClick(window.ui.table, Qt.Key.Key_Delete)
    assert any("Удалить расходный кассовый ордер №" in t for t in boxes.texts("question"))
    assert cash.journal(manager, JournalQuery(kind=int(CashKind.EXPENSE))) == []
    assert window.model.rowCount() == 1
    assert _money_now(manager) == D("100.00")


def test_unposting_from_the_journal_takes_the_money_back(qtbot, db, shop, session_of, boxes) -> None:
    manager = session_of("manager")
    order = cash.new_order(manager, CashKind.RECEIPT, now=datetime.now())
    order.amount, order.person = D("70"), "Иванов"
    cash.post(manager, cash.save(manager, order).id)
    window = _show(qtbot, CashJournalWindow(manager))
    assert _money_now(manager) == D("70.00")
    window.ui.table.selectRow(0)
    assert not window.ui.postButton.isEnabled() and window.ui.unpostButton.isEnabled()
    qtbot.mouseClick(window.ui.unpostButton, Qt.MouseButton.LeftButton)
    assert boxes.warnings == [] and _cell(window.model, 0, "✓") == ""
    assert _money_now(manager) == 0


def test_the_cash_button_and_menu_of_the_main_window(qtbot, db, shop, session_of, boxes, monkeypatch) -> None:
    """The button and «Касса – Кассовый отчёт» open the pipeline's cash-report (its parameter
    window, then the preview: ui/reports, stood in for here)."""
    from crm_desktop.ui.main.main_window import MainWindow
    opened: list[tuple[object, object, str]] = []
    pipeline = types.ModuleType("crm_desktop.ui.reports")
    pipeline.open_report = lambda parent, session, slug, preset=None: opened.append((parent, session, slug))
    monkeypatch.setitem(sys.modules, "crm_desktop.ui.reports", pipeline)
    manager = session_of("manager")
    main = MainWindow(manager)
    qtbot.addWidget(main)
    button = next(a for a in main.toolbar.actions() if a.text() == "Касса")
    assert button.isEnabled()
    button.trigger()
    assert opened == [(main, manager, "cash-report")]
    menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Касса")
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Журнал движения денежных средств", "Кассы", "Кассовый отчёт"]
    next(a for a in menu.actions() if a.text() == "Кассовый отчёт").trigger()
    assert [slug for _, _, slug in opened] == ["cash-report", "cash-report"] and boxes.warnings == []
    menu.actions()[0].trigger()
    assert main.findChild(CashJournalWindow, "cashJournalWindow").isVisible()
    main.findChild(CashJournalWindow).close()


def test_desks_dictionary_adds_by_ins_and_is_read_only_without_the_right(
        qtbot, db, shop, session_of, boxes, monkeypatch) -> None:
    admin, manager = session_of("admin"), session_of("manager")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Касса магазина", True)))
    dialog = _show(qtbot, CashDesksDialog(admin), 440, 320)
    dialog.ui.deskList.setFocus()
    qtbot.keyClick(dialog.ui.deskList, Qt.Key.Key_Insert)
    assert [dialog.ui.deskList.item(i).text() for i in range(dialog.ui.deskList.count())] == [
        "Касса магазина", "Основная касса"]
    assert dialog.ui.deskList.currentItem().text() == "Касса магазина"
    dialog.close()
    readonly = _show(qtbot, CashDesksDialog(manager), 440, 320)
    assert not readonly.ui.addButton.isEnabled() and "Редактировать справочники" in readonly.ui.noteLabel.text()

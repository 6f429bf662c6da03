"""«Центр приема заказов» (ORD-1) driven by keys: the order card (lines from the nomenclature,
the stock of each line with the short ones shaded, F9, status and warehouse, the two print
forms), the order journal with its status filter and Ins for the client of its «Клиент» field,
«Ввести на основании» → счёт, расходная накладная, ПКО and the card's «Документы заказа»
(Enter opens each); the warehouse controls gone when the warehouse is switched off; what
landed is read back through the services. And «Заявка поставщику» (WH-6): period, suppliers ticked, analysis, quantities
typed, totals and the printed order."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.orders import OrderStatus
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.domain.functionality import Switches
from crm_desktop.services import cash, documents, functionality, orders, warehouse
from crm_desktop.services.documents import JournalQuery
from crm_desktop.ui.sales import based_on, document_dialog, lines_model
from crm_desktop.ui.sales.document_dialog import DocumentDialog
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.sales.journals import JournalWindow
from crm_desktop.ui.sales.supplier_order_window import SupplierOrderWindow
from crm_desktop.ui.sales.supply_model import ORDER
from tests.db.sales_setup import make_shop
from tests.db.test_supplier_order import NOV, SUPPLIER, supplied  # noqa: F401 - the fixture

D = Decimal
AUDIT = "ООО «Аудит»"
Button = QMessageBox.StandardButton


@pytest.fixture
def shop(db, users, session_of):
    shop = make_shop(db, session_of, users)
    manager = session_of("manager")
    draft = warehouse.new_draft(manager, Kind.RECEIPT, now=datetime(2026, 1, 10, 9, 0))
    draft.client_id = shop.clients[AUDIT]
    draft.lines = [StockLine(shop.items["paper"], "paper", "шт", D(5), D("200.00")),
                   StockLine(shop.items["stapler"], "stapler", "шт", D(3), D("800.00"))]
    warehouse.post(manager, warehouse.save(manager, draft).id, now=datetime(2026, 1, 10, 9, 0))
    return shop


@pytest.fixture
def picked(monkeypatch) -> list[int]:
    """Item ids "the user" picks in the nomenclature, one per Ins."""
    queue: list[int] = []
    monkeypatch.setattr(document_dialog, "pick_item", lambda parent, session: queue.pop(0) if queue else None)
    return queue


def _card(qtbot, session, shop) -> DocumentDialog:
    dialog = DocumentDialog(session, documents.new_draft(session, "order", shop.clients[AUDIT]))
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_quantity(qtbot, dialog: DocumentDialog, row: int, text: str) -> None:
    view = dialog.ui.linesView
    view.setCurrentIndex(dialog.model.index(row, lines_model.QTY))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _order(qtbot, session, shop, picked, items) -> DocumentDialog:
    dialog = _card(qtbot, session, shop)
    for row, (key, qty) in enumerate(items):
        picked.append(shop.items[key])
        qtbot.keyClick(dialog.ui.linesView, Qt.Key.Key_Insert)
        _type_quantity(qtbot, dialog, row, qty)
    return dialog


def _shaded(dialog: DocumentDialog) -> list[bool]:
    model = dialog.model
    return [model.data(model.index(r, lines_model.NAME), Qt.ItemDataRole.BackgroundRole) is not None
            for r in range(model.rowCount())]


def test_order_card_checks_stock_per_line_and_saves(db, shop, session_of, boxes, picked, qtbot) -> None:
    manager = session_of("manager")
    other = warehouse.save_warehouse(session_of("admin"), None, "Склад № 2")
    dialog = _order(qtbot, manager, shop, picked, (("paper", "7"), ("stapler", "2"), ("setup", "3")))
    ui, model = dialog.ui, dialog.model
    assert dialog.windowTitle() == "Новый заказ"
    assert ui.warehouseCombo.currentText() == "Основной склад" and ui.statusCombo.currentText() == "Новый"
    assert not ui.accountCombo.isVisible() and not ui.paymentsTab.isVisibleTo(dialog)
    assert ui.dueDateLabel.text() == "Срок исполнения:"
    assert model.headerData(lines_model.STOCK, Qt.Orientation.Horizontal) == "В наличии"
    assert [model.data(model.index(r, lines_model.STOCK)) for r in range(3)] == ["5", "3", "услуга"]
    assert _shaded(dialog) == [True, False, False]
    assert model.data(model.index(0, lines_model.QTY), Qt.ItemDataRole.ToolTipRole) == "Не хватает на складе: 2"
    assert "«Бумага А4 «Снегурочка», 500 л.» — не хватает 2" in ui.stockLabel.text()
    dialog.resize(1100, 700)

    _type_quantity(qtbot, dialog, 0, "5")                               # checked as typed, no re-read
    assert _shaded(dialog) == [False, False, False]
    assert ui.stockLabel.text() == "Весь товар заказа есть на складе «Основной склад»."
    ui.statusCombo.setFocus()
    qtbot.keyClick(ui.statusCombo, Qt.Key.Key_Down)                     # «В работе»
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes == []
    stored = documents.load(manager, "order", dialog.draft.id)
    assert stored.doc_no == "1" and dialog.windowTitle() == f"Заказ № 1 от {date.today():%d.%m.%Y}"
    assert stored.status == OrderStatus.IN_WORK and stored.warehouse_id == warehouse.warehouses(manager)[0][0]
    assert [ln.quantity for ln in stored.lines] == [D(5), D(2), D(3)]

    dialog.ui.warehouseCombo.setCurrentIndex(dialog.ui.warehouseCombo.findData(other))
    assert _shaded(dialog) == [True, True, False]                      # the other warehouse holds nothing
    dialog.ui.warehouseCombo.setCurrentIndex(0)
    # another workstation sells staplers: the card learns it when F9 reads the stock again
    sold = warehouse.new_draft(manager, Kind.EXPENSE)
    sold.client_id = shop.clients[AUDIT]
    sold.lines = [StockLine(shop.items["stapler"], "x", "шт", D(2), D("1000.00"), incoming=False)]
    warehouse.post(manager, warehouse.save(manager, sold).id)
    assert _shaded(dialog) == [False, False, False]
    qtbot.keyClick(dialog.ui.linesView, Qt.Key.Key_F9)                 # F9 reads the stock anew
    assert _shaded(dialog) == [False, True, False]


def test_print_menu_gives_work_order_and_order_invoice(db, shop, session_of, boxes, picked, qtbot,
                                                        monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = _order(qtbot, session_of("manager"), shop, picked, (("stapler", "2"),))
    forms = {a.text(): a for a in dialog.ui.printButton.menu().actions()}
    assert list(forms) == ["Заказ-наряд", "Заказ-счёт"]
    forms["Заказ-счёт"].trigger()
    assert boxes == [] and dialog.draft.doc_no == "1"                  # saved first
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    texts = [" ".join(PdfReader(Path(url.toLocalFile())).pages[0].extract_text().split()) for url in opened]
    assert "Заказ-счёт № 1" in texts[0] and "Заказ-наряд № 1" in texts[1]
    assert [Path(url.toLocalFile()).name for url in opened] == ["order-invoice-1.pdf", "order-1.pdf"]


def test_expense_and_cash_receipt_entered_from_the_card(db, shop, session_of, boxes, picked, qtbot) -> None:
    manager = session_of("manager")
    dialog = _order(qtbot, manager, shop, picked, (("paper", "2"), ("setup", "1")))
    targets = {a.text(): a for a in dialog.ui.basedOnButton.menu().actions()}
    assert list(targets) == ["Счёт", "Расходная накладная", "Приходный кассовый ордер"]
    targets["Расходная накладная"].trigger()                             # saves the order first
    expense = dialog.child
    assert expense.draft.kind is Kind.EXPENSE and expense.draft.client_id == shop.clients[AUDIT]
    assert [(ln.item_id, ln.quantity, ln.price) for ln in expense.draft.lines] == [(shop.items["paper"], D(2),
                                                                                   D("350.00"))]
    assert expense.save()
    assert warehouse.load(manager, expense.draft.id).notes == f"На основании: Заказ № 1 от {date.today():%d.%m.%Y}"
    expense.close()

    targets["Приходный кассовый ордер"].trigger()
    receipt = dialog.child
    assert receipt.ui.amountEdit.text() == "5\xa0200,00"               # 700 + 4 500
    assert receipt.ui.basisEdit.text() == f"Оплата по заказу № 1 от {date.today():%d.%m.%Y}"
    boxes.answer = Button.Yes                                            # «Провести кассовый ордер?»
    receipt.accept()
    [row] = cash.journal(manager, cash.JournalQuery())
    assert row.posted and row.amount == D("5200.00") and row.client_name == AUDIT


def test_order_journal_filters_by_status_enters_for_the_client_and_bases_an_invoice(
        db, shop, session_of, boxes, qtbot, monkeypatch) -> None:
    manager = session_of("manager")
    day = date.today()
    made = []
    for status in (OrderStatus.NEW, OrderStatus.DONE, OrderStatus.CANCELLED):
        draft = documents.new_draft(manager, "order", shop.clients[AUDIT], today=day)
        draft.lines = [documents.line_from_item(manager, shop.items["paper"], day, D(1))]
        draft.status = int(status)
        made.append(documents.save(manager, draft))
    window = JournalWindow(manager, "order")
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Журнал заказов" and window.ui.statusCombo.isVisible()
    window.apply()
    journal = window.journal
    assert journal.model.rowCount() == 3
    titles = journal.model.column_titles()
    status_col = titles.index("Статус")
    assert [journal.model.data(journal.model.index(r, status_col)) for r in range(3)] == \
        ["Отменён", "Выполнен", "Новый"]
    assert journal.model.data(journal.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None   # dimmed
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findText("Выполнен"))
    qtbot.mouseClick(window.ui.applyButton, Qt.MouseButton.LeftButton)
    assert [journal.model.row(r).id for r in range(journal.model.rowCount())] == [made[1].id]

    opened = []
    monkeypatch.setattr(document_dialog, "open_document",
                        lambda parent, session, kind, **kw: opened.append((kind, kw)) or False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    journal.table.setFocus()
    qtbot.waitUntil(journal.table.hasFocus)
    qtbot.keyClick(journal.table, Qt.Key.Key_Insert)                    # no client named: told how
    assert boxes.texts("information")[-1].startswith("Новый заказ: укажите клиента") and opened == []
    window.ui.clientEdit.setText(AUDIT)
    qtbot.keyClick(journal.table, Qt.Key.Key_Insert)
    assert opened == [("order", {"client_id": shop.clients[AUDIT]})]

    entered = []
    monkeypatch.setattr(based_on, "open_card", lambda parent, session, kind, draft: entered.append((kind, draft)))
    journal.table.selectRow(0)
    menu = journal.menu()
    based = next(a.menu() for a in menu.actions() if a.text() == "Ввести на основании")
    next(a for a in based.actions() if a.text() == "Счёт").trigger()
    kind, invoice = entered[-1]
    assert kind == "invoice" and invoice.kind == "invoice" and invoice.client_id == shop.clients[AUDIT]
    assert [ln.item_id for ln in invoice.lines] == [shop.items["paper"]]
    assert documents.journal(manager, "invoice", JournalQuery()) == []  # not stored until saved in its card


def test_order_card_lists_the_documents_entered_from_it_and_opens_them(db, shop, session_of, boxes, picked, qtbot,
                                                                      monkeypatch) -> None:
    manager = session_of("manager")
    dialog = _order(qtbot, manager, shop, picked, (("paper", "2"), ("setup", "1")))
    ui = dialog.ui
    tab = ui.tabs.indexOf(ui.orderDocsTab)
    assert ui.tabs.isTabVisible(tab) and ui.tabs.tabText(tab) == "Документы заказа"
    assert not ui.orderDocsView.isEnabled() and "Сохраните заказ" in ui.orderDocsLabel.text()
    targets = {a.text(): a for a in ui.basedOnButton.menu().actions()}
    targets["Расходная накладная"].trigger()                             # saves the order first
    assert dialog.child.save()
    dialog.child.close()                                                 # the list is read again
    assert ui.tabs.tabText(tab) == "Документы заказа (1)" and ui.orderDocsView.rowCount() == 1
    order_id = dialog.draft.id
    cash.save(manager, orders.enter_cash_receipt(manager, order_id))     # another workstation
    documents.save(manager, orders.enter_invoice(manager, order_id))
    dialog.close()

    card = DocumentDialog(manager, documents.load(manager, "order", order_id))
    qtbot.addWidget(card)
    card.resize(1100, 700)
    card.show()
    view = card.ui.orderDocsView
    cells = [[view.item(r, c).text() for c in range(4)] for r in range(view.rowCount())]
    today = f"{date.today():%d.%m.%Y}"
    assert cells == [["Счёт", "АМ-1", today, "5\xa0200,00"], ["Расходная накладная", "1", today, "700,00"],
                     ["Приходный кассовый ордер", "1", today, "5\xa0200,00"]]
    assert card.ui.tabs.tabText(card.ui.tabs.indexOf(card.ui.orderDocsTab)) == "Документы заказа (3)"
    from crm_desktop.ui.cash import order_dialog as cash_card
    from crm_desktop.ui.warehouse import document_dialog as stock_card
    opened = []
    monkeypatch.setattr(document_dialog, "open_document",
                        lambda parent, session, kind, **kw: opened.append((kind, kw["doc_id"])) or False)
    monkeypatch.setattr(stock_card, "open_stock_document",
                        lambda parent, session, doc_id=None, **kw: opened.append(("expense", doc_id)))
    monkeypatch.setattr(cash_card, "open_existing",
                        lambda parent, session, order_id: opened.append(("cash", order_id)) or False)
    card.ui.tabs.setCurrentIndex(card.ui.tabs.indexOf(card.ui.orderDocsTab))
    card.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    for row in range(3):
        view.setCurrentCell(row, 0)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    docs = orders.entered_documents(manager, order_id)
    assert opened == [("invoice", docs[0].doc_id), ("expense", docs[1].doc_id), ("cash", docs[2].doc_id)]
    view.setCurrentCell(0, 0)
    rect = view.visualRect(view.model().index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == ("expense", docs[1].doc_id) and boxes == []


def test_order_card_hides_the_warehouse_when_it_is_switched_off(db, shop, session_of, boxes, picked, qtbot) -> None:
    functionality.set_switches(session_of("admin"), Switches(warehouse=False, cash=True))
    manager = session_of("manager")
    dialog = _order(qtbot, manager, shop, picked, (("paper", "7"),))
    ui, model = dialog.ui, dialog.model
    for widget in (ui.warehouseLabel, ui.warehouseCombo, ui.checkStockButton, ui.stockLabel):
        assert not widget.isVisibleTo(dialog), widget.objectName()
    assert ui.statusCombo.isVisible() and ui.tabs.isTabVisible(ui.tabs.indexOf(ui.orderDocsTab))
    assert model.columnCount() == lines_model.STOCK                     # no «В наличии»
    assert "Проверить наличие" not in [a.text() for a in dialog.actions()]
    qtbot.keyClick(ui.linesView, Qt.Key.Key_F9)
    assert _shaded(dialog) == [False] and ui.stockLabel.text() == ""
    targets = {a.text(): a for a in ui.basedOnButton.menu().actions()}
    assert not targets["Расходная накладная"].isEnabled() and targets["Счёт"].isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes == []
    stored = documents.load(manager, "order", dialog.draft.id)          # the warehouse it had is kept
    assert stored.warehouse_id == warehouse.warehouses(manager)[0][0]

    functionality.set_switches(session_of("admin"), Switches(warehouse=True, cash=True))
    again = DocumentDialog(manager, stored)
    qtbot.addWidget(again)
    again.show()
    assert again.ui.warehouseCombo.isVisible() and again.model.columnCount() == lines_model.STOCK + 1


# -- «Заявка поставщику» (WH-6) -------------------------------------------------------------------
def test_supplier_order_window_analyses_orders_and_prints(supplied, session_of, boxes, qtbot, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = SupplierOrderWindow(session_of("manager"))
    qtbot.addWidget(window)
    window.resize(1280, 600)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ui = window.ui
    ui.dateFromEdit.set_value(NOV[0])
    ui.dateToEdit.set_value(NOV[1])
    qtbot.mouseClick(ui.findButton, Qt.MouseButton.LeftButton)
    listed = [ui.suppliersList.item(i).text() for i in range(ui.suppliersList.count())]
    assert listed == [AUDIT, SUPPLIER]
    ui.suppliersList.setFocus()
    ui.suppliersList.setCurrentRow(1)
    qtbot.keyClick(ui.suppliersList, Qt.Key.Key_Space)                  # tick «ООО «Поставщик»»
    assert window.checked_suppliers() == [supplied.clients[SUPPLIER]]
    qtbot.keyClick(window, Qt.Key.Key_F5)                               # «Начать анализ»
    model = window.model
    assert [(ln.name, ln.stock, ln.consumed) for ln in model.lines] == [
        ("Бумага А4 «Снегурочка», 500 л.", D(19), D(12)), ("Степлер №24", D(4), D(2))]
    view = ui.linesView
    for row, text in ((0, "10"), (1, "4")):
        view.setCurrentIndex(model.index(row, ORDER))
        qtbot.keyClicks(view, text[0])                                  # typing starts the editor
        editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert [ln.order for ln in model.lines] == [D(10), D(4)]
    assert "Сумма: 5\xa0300,00 руб." in ui.totalsLabel.text() and "Вес: 25,8 кг" in ui.totalsLabel.text()
    assert "объём не указан у 1" in ui.totalsLabel.text()
    assert not model.setData(model.index(0, ORDER), "-1") and "не меньше нуля" in boxes.warnings[-1]
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = " ".join(PdfReader(Path(opened[0].toLocalFile())).pages[0].extract_text().split())
    assert "Заявка поставщику" in text and SUPPLIER in text and "5 300,00" in text


def test_main_menu_opens_the_supplier_order(db, users, session_of, boxes, qtbot) -> None:
    window = MainWindow(session_of("manager"))
    qtbot.addWidget(window)
    sales = next(a.menu() for a in window.menuBar().actions() if a.text() == "П&родажа")
    assert [a.text() for a in sales.actions()] == ["Прайс-лист…", "Оформить заявку поставщику…"]
    entry = sales.actions()[1]
    entry.trigger()
    found = window.findChild(SupplierOrderWindow, "supplierOrderWindow")
    assert found is not None and found.isVisible() and found.windowTitle() == "Заявка поставщику"
    found.close()

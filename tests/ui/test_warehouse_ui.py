"""The warehouse screens driven by keys and clicks against Firebird (issue 12; manual "Складской
учет"): a receipt typed in the card and posted at «OK», its posted indicator in the movement
journal, a refused expense's message, the reservation's orange lock, stock in «Склад», the
moves of an item, re-posting from the actuality point. What the user sees is asserted, and what
landed in the database is read back through the services."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from crm_desktop.domain.editions import Edition
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import nomenclature, specifications, tasks, warehouse
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.warehouse import document_dialog, journal_window, lines_model as lm
from crm_desktop.ui.warehouse.document_dialog import StockDocumentDialog
from crm_desktop.ui.warehouse.indicators import GREEN, ORANGE, YELLOW, Indicator
from crm_desktop.ui.warehouse.journal_model import INDICATOR, IndicatorRole
from crm_desktop.ui.warehouse.journal_window import StockJournalWindow
from crm_desktop.ui.warehouse.moves_window import MovesWindow
from crm_desktop.ui.warehouse.repost_dialog import RepostDialog
from crm_desktop.ui.warehouse.stock_window import StockWindow
from tests.db.sales_setup import make_shop

D = Decimal
Button = QMessageBox.StandardButton
T0 = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def shop(db, users, session_of):
    shop = make_shop(db, session_of, users)
    shop.store = warehouse.warehouses(session_of("admin"))[0][0]        # «Основной склад» of a new database
    return shop


@pytest.fixture
def picked(monkeypatch) -> list[int]:
    """Item ids "the user" picks in the nomenclature, one per Ins."""
    queue: list[int] = []
    monkeypatch.setattr(document_dialog, "pick_item", lambda parent, session: queue.pop(0) if queue else None)
    return queue


# -- helpers ----------------------------------------------------------------------------------------
def _show(qtbot, widget, width=1000, height=680):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)          # shortcuts work in the active window
    return widget


def _card(qtbot, session, kind: Kind) -> StockDocumentDialog:
    return _show(qtbot, StockDocumentDialog(session, warehouse.new_draft(session, kind)))


def _type_cell(qtbot, view, model, row: int, key: str, text: str) -> None:
    view.setCurrentIndex(model.index(row, model.column(key)))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()                     # the delegate commits on a queued call


def _cell(model, row: int, key: str) -> str:
    return model.index(row, model.column(key)).data()


def _choose_client(qtbot, dialog: StockDocumentDialog, client_id: int) -> None:
    """The client's code typed into «Поставщик» / «Покупатель», then Enter (QTest types ASCII only)."""
    code = tasks.client_choice(dialog._session, client_id).code
    qtbot.keyClicks(dialog.ui.clientEdit, str(code))
    qtbot.keyClick(dialog.ui.clientEdit, Qt.Key.Key_Return)


def _fill(qtbot, dialog: StockDocumentDialog, picked, shop, lines: list[tuple[str, str, str | None]]) -> None:
    """Ins per line, then the quantity (and the price, when given) typed into the cells."""
    view, model = dialog.ui.linesView, dialog.lines_model
    for row, (key, qty, price) in enumerate(lines):
        picked.append(shop.items[key])
        qtbot.keyClick(view, Qt.Key.Key_Insert)
        _type_cell(qtbot, view, model, row, lm.QTY, qty)
        if price is not None:
            _type_cell(qtbot, view, model, row, lm.PRICE, price)


def _journal(qtbot, session) -> StockJournalWindow:
    return _show(qtbot, StockJournalWindow(session))


def _row(window: StockJournalWindow, doc_id: int) -> int:
    row = window.model.row_of(doc_id)
    assert row is not None
    return row


def _indicator_color(window: StockJournalWindow, row: int) -> QColor | None:
    """The colour of the indicator's icon as painted (its most saturated pixel)."""
    icon = window.model.index(row, INDICATOR).data(Qt.ItemDataRole.DecorationRole)
    if icon is None:
        return None
    image = icon.pixmap(16, 16).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max(pixels, key=lambda c: (c.alpha() > 200) * c.hsvSaturation() * c.value())


def _close_to(color: QColor, expected: QColor) -> bool:
    return abs(color.hue() - expected.hue()) <= 12 and color.hsvSaturation() > 120


def _receipt(session, shop, when: datetime, qty: str, price: str = "100", post: bool = True):
    draft = warehouse.new_draft(session, Kind.RECEIPT, now=when)
    draft.client_id = shop.clients["ООО «Аудит»"]
    draft.lines = [StockLine(shop.items["paper"], "paper", "шт", D(qty), D(price))]
    saved = warehouse.save(session, draft)
    return warehouse.post(session, saved.id, now=when) if post else saved


def _expense(session, shop, when: datetime, qty: str, post: bool = True):
    draft = warehouse.new_draft(session, Kind.EXPENSE, now=when)
    draft.client_id = shop.clients["ООО «Аудит»"]
    draft.lines = [StockLine(shop.items["paper"], "paper", "шт", D(qty), D("350"), incoming=False)]
    saved = warehouse.save(session, draft)
    return warehouse.post(session, saved.id, now=when) if post else saved


def _answer_modal(pick) -> None:
    """Answer the next modal dialog (a QInputDialog) once it is up: `pick(dialog)`."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.isVisible():
            pick(dialog)
        else:
            QTimer.singleShot(10, attempt)
    QTimer.singleShot(0, attempt)


# -- the card and the journal -----------------------------------------------------------------------
def test_receipt_typed_in_the_card_is_posted_at_ok_and_shown_posted(db, shop, session_of, boxes, picked,
                                                                     qtbot) -> None:
    manager = session_of("manager")
    dialog = _card(qtbot, manager, Kind.RECEIPT)
    assert dialog.windowTitle() == "Новая приходная накладная"
    assert dialog.ui.clientLabel.text() == "&Поставщик:" and dialog.ui.stateLabel.text() == "Не проведён"
    assert dialog.ui.warehouseCombo.currentText() == "Основной склад"
    assert dialog.ui.entityCombo.currentText() == "ООО «Ромашка»"
    _choose_client(qtbot, dialog, shop.clients["ООО «Аудит»"])
    assert dialog.ui.clientEdit.text() == "ООО «Аудит»"
    _fill(qtbot, dialog, picked, shop, [("paper", "10", "200")])
    model = dialog.lines_model
    assert _cell(model, 0, lm.NAME) == "Бумага А4 «Снегурочка», 500 л."
    assert _cell(model, 0, lm.AMOUNT) == "2\xa0000,00"
    assert "Всего: 2\xa0000,00 руб." in dialog.ui.totalsLabel.text()
    boxes.answer = Button.Yes
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert boxes.texts("question") == ["Провести документ?"] and boxes.warnings == []
    assert not dialog.isVisible()
    stored = warehouse.load(manager, dialog.draft.id)
    assert stored.posted and stored.client_id == shop.clients["ООО «Аудит»"]
    assert [(ln.quantity, ln.price) for ln in stored.lines] == [(D(10), D(200))]

    window = _journal(qtbot, manager)
    row = _row(window, stored.id)
    index = window.model.index(row, INDICATOR)
    assert index.data(IndicatorRole) is Indicator.POSTED
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Проведён"
    assert _close_to(_indicator_color(window, row), GREEN)
    texts = [window.model.index(row, c).data() for c in range(1, 8)]
    assert texts[0] == stored.doc_no and texts[2] == "Приходная накладная" and texts[3] == "Основной склад"
    assert texts[4] == "ООО «Аудит»" and texts[5] == "2\xa0000,00" and texts[6] == "Менеджеров Михаил"
    assert not window.ui.actualityLabel.isVisible()


def test_expense_short_of_stock_shows_the_refusal_and_stays_open_unposted(db, shop, session_of, boxes, picked,
                                                                         qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    dialog = _card(qtbot, manager, Kind.EXPENSE)
    assert dialog.ui.clientLabel.text() == "&Покупатель:"
    _choose_client(qtbot, dialog, shop.clients["ООО «Аудит»"])
    _fill(qtbot, dialog, picked, shop, [("paper", "15", None)])
    model = dialog.lines_model
    assert _cell(model, 0, lm.PRICE) == "350,00"                        # the sale price of the item
    assert _cell(model, 0, lm.HELD) == "10"                             # «Остаток» of the warehouse now
    short = model.index(0, model.column(lm.QTY))
    assert short.data(Qt.ItemDataRole.BackgroundRole) == lm.SHORT
    assert short.data(Qt.ItemDataRole.ToolTipRole) == "На складе не хватает 5: документ не проведётся"
    boxes.answer = Button.Yes
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(boxes.warnings) == 1
    assert "Недостаточно «Бумага А4 «Снегурочка», 500 л.» на складе «Основной склад»" in boxes.warnings[0]
    assert "нужно 15, в наличии 10" in boxes.warnings[0]
    assert dialog.isVisible() and dialog.ui.stateLabel.text() == "Не проведён"
    assert dialog.draft.id is not None and not warehouse.load(manager, dialog.draft.id).posted
    # the quantity corrected, «Провести» posts it
    _type_cell(qtbot, dialog.ui.linesView, dialog.lines_model, 0, lm.QTY, "4")
    assert short.data(Qt.ItemDataRole.BackgroundRole) is None
    qtbot.mouseClick(dialog.ui.postButton, Qt.MouseButton.LeftButton)
    assert len(boxes.warnings) == 1
    assert dialog.ui.stateLabel.text().startswith("Проведён.")
    assert not dialog.ui.saveButton.isEnabled() and not dialog.ui.addLineButton.isEnabled()
    assert _cell(dialog.lines_model, 0, lm.COST) == "400,00"             # 4 × 100 by FIFO
    assert _cell(dialog.lines_model, 0, lm.HELD) == "6"


def test_unsaved_input_is_asked_about_on_close(db, shop, session_of, boxes, picked, qtbot) -> None:
    manager = session_of("manager")
    dialog = _card(qtbot, manager, Kind.RECEIPT)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)                    # nothing typed: closes without a word
    assert boxes == [] and not dialog.isVisible()
    dialog = _card(qtbot, manager, Kind.RECEIPT)
    _fill(qtbot, dialog, picked, shop, [("paper", "3", None)])
    boxes.answer = Button.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.texts("question")[-1] == "Есть несохранённые изменения. Сохранить их?"
    assert dialog.isVisible() and len(dialog.book.lines) == 1
    boxes.answer = Button.Save                                    # no supplier: refused, the card stays
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "Укажите контрагента («Поставщик»)" in boxes.warnings[-1] and dialog.isVisible()
    boxes.answer = Button.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert warehouse.journal(manager, warehouse.JournalQuery()) == []


def test_receipt_markup_and_sale_price_recompute_and_go_to_the_nomenclature(db, shop, session_of, boxes, picked,
                                                                            qtbot) -> None:
    admin = session_of("admin")
    dialog = _card(qtbot, admin, Kind.RECEIPT)
    _choose_client(qtbot, dialog, shop.clients["ООО «Аудит»"])
    _fill(qtbot, dialog, picked, shop, [("paper", "5", "200")])
    view, model = dialog.ui.linesView, dialog.lines_model
    _type_cell(qtbot, view, model, 0, lm.MARKUP, "50")
    assert _cell(model, 0, lm.SALE) == "300,00"
    _type_cell(qtbot, view, model, 0, lm.SALE, "250")
    assert _cell(model, 0, lm.MARKUP) == "25"
    _type_cell(qtbot, view, model, 0, lm.PRICE, "240")                  # a new purchase price keeps the mark-up
    assert _cell(model, 0, lm.SALE) == "300,00"
    assert dialog.ui.storePricesCheck.isVisible() and dialog.ui.storePricesCheck.isEnabled()
    qtbot.mouseClick(dialog.ui.storePricesCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes == []
    item = nomenclature.item(admin, shop.items["paper"]).values
    assert (item["purchase_price"], item["markup"], item["sale_price"]) == (D("240.00"), D("25.00"), D("300.00"))


def test_journal_keys_and_the_reservation_lock(db, shop, session_of, boxes, monkeypatch, qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    held = _expense(manager, shop, T0 + timedelta(hours=1), "4", post=False)
    window = _journal(qtbot, manager)
    opened: list[tuple] = []
    monkeypatch.setattr(journal_window, "open_stock_document",
                        lambda parent, session, **kw: opened.append(tuple(sorted(kw.items()))))
    table = window.ui.table
    table.setFocus()
    assert window.model.row(0)["id"] == held.id                       # newest first
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [(("kind", Kind.EXPENSE),), (("doc_id", held.id),)]
    captions = [a.text() for a in window.menu().actions() if a.text()]
    assert captions == ["Ввести приходную накладную", "Ввести расходную накладную\tIns",
                        "Производство", "Возврат от покупателя (на основании)", "Открыть\tEnter", "Провести",
                        "Отменить проведение", "Поставить в резерв…", "Снять с резерва", "Удалить\tDel",
                        "Справка о движениях", "Печать\tCtrl+P", "Подбор…", "Ценники…", "Обновить\tF5"]

    def act(text: str):
        return next(a for a in window.menu().actions() if a.text() == text)
    assert act("Поставить в резерв…").isEnabled() and not act("Снять с резерва").isEnabled()
    _answer_modal(lambda d: (d.setTextValue("1 день"), d.accept()))
    act("Поставить в резерв…").trigger()
    row = _row(window, held.id)
    index = window.model.index(row, INDICATOR)
    assert index.data(IndicatorRole) is Indicator.RESERVED
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("В резерве до ")
    assert _close_to(_indicator_color(window, row), ORANGE)
    until = warehouse.load(manager, held.id).reserved_until
    assert timedelta(hours=23, minutes=59) < until - datetime.now() <= timedelta(days=1)
    assert act("Снять с резерва").isEnabled()
    act("Снять с резерва").trigger()
    assert window.model.index(_row(window, held.id), INDICATOR).data(IndicatorRole) is Indicator.NONE
    # Del asks, «Нет» keeps it, «Да» deletes
    boxes.answer = Button.No
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)              # back from the term's dialog
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert boxes.texts("question")[-1].startswith("Удалить расходную накладную № ")
    assert window.model.row_of(held.id) is not None
    boxes.answer = Button.Yes
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.model.row_of(held.id) is None and boxes.warnings == []


def test_posting_from_the_journal_refused_for_shortage(db, shop, session_of, boxes, qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "2")
    sale = _expense(manager, shop, T0 + timedelta(hours=1), "3", post=False)
    window = _journal(qtbot, manager)
    window.ui.table.selectRow(_row(window, sale.id))
    qtbot.mouseClick(window.ui.postButton, Qt.MouseButton.LeftButton)
    assert boxes.warnings and "нужно 3, в наличии 2" in boxes.warnings[-1]
    assert window.model.index(_row(window, sale.id), INDICATOR).data(IndicatorRole) is Indicator.NONE


# -- stock, moves, re-posting -----------------------------------------------------------------------
def test_stock_window_shows_the_quantity_now_and_at_a_date(db, shop, session_of, boxes, qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    _expense(manager, shop, T0 + timedelta(days=3), "4")
    window = _show(qtbot, StockWindow(manager), 940, 600)
    model = window.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Бумага А4 «Снегурочка», 500 л." and row[3] == "Основной склад" and row[5] == "6"
    assert row[6] == "600,00"
    assert window.ui.summaryLabel.text() == "Остатки на текущий момент: позиций 1, себестоимость 600,00 руб."
    window.ui.dateEdit.line.setFocus()
    qtbot.keyClicks(window.ui.dateEdit.line, f"{T0 + timedelta(days=1):%d.%m.%Y}")
    qtbot.keyClick(window.ui.dateEdit.line, Qt.Key.Key_Return)
    assert model.index(0, 5).data() == "10"
    assert window.ui.summaryLabel.text().startswith(f"Остатки на {T0 + timedelta(days=1):%d.%m.%Y}: позиций 1")


def test_item_card_and_journal_show_the_moves_of_an_item(db, shop, session_of, boxes, monkeypatch, qtbot) -> None:
    from crm_desktop.ui.sales.item_dialog import ItemDialog
    manager = session_of("manager")
    receipt = _receipt(manager, shop, T0, "10")
    sale = _expense(manager, shop, T0 + timedelta(days=1), "4")
    shown: list[MovesWindow] = []
    monkeypatch.setattr(MovesWindow, "exec", lambda self: shown.append(self) or 0)
    card = _show(qtbot, ItemDialog(manager, nomenclature.item(manager, shop.items["paper"])), 700, 500)
    assert card.ui.movesButton.isVisible() and card.ui.movesButton.text() == "Справка о &движениях"
    qtbot.mouseClick(card.ui.movesButton, Qt.MouseButton.LeftButton)
    view = shown[-1].ui.movesView
    cells = [[view.item(r, c).text() for c in range(view.columnCount())] for r in range(view.rowCount())]
    assert cells == [[f"{T0 + timedelta(days=1):%d.%m.%Y %H:%M}", "Расходная накладная", sale.doc_no,
                      "Основной склад", "", "4", "400,00"],
                     [f"{T0:%d.%m.%Y %H:%M}", "Приходная накладная", receipt.doc_no, "Основной склад", "10", "",
                      "1\xa0000,00"]]
    assert shown[-1].ui.movesView.horizontalHeaderItem(2).text() == "№"
    assert shown[-1].windowTitle() == "Справка о движениях – Бумага А4 «Снегурочка», 500 л."
    assert shown[-1].ui.summaryLabel.text() == "Движений: 2, приход 10, расход 4"
    window = _journal(qtbot, manager)
    window.ui.table.selectRow(_row(window, sale.id))
    next(a for a in window.menu().actions() if a.text() == "Справка о движениях").trigger()
    assert shown[-1].ui.movesView.rowCount() == 2


def test_repost_from_the_actuality_point_lists_the_collisions(db, shop, session_of, boxes, finished, qtbot) -> None:
    admin, manager = session_of("admin"), session_of("manager")
    first = _receipt(manager, shop, T0, "5")
    _receipt(manager, shop, T0 + timedelta(days=1), "3")
    sale = _expense(manager, shop, T0 + timedelta(days=2), "6")
    warehouse.unpost(manager, first.id)
    window = _journal(qtbot, manager)
    row = _row(window, sale.id)
    assert window.model.index(row, INDICATOR).data(IndicatorRole) is Indicator.STALE
    assert _close_to(_indicator_color(window, row), YELLOW)
    assert window.ui.actualityLabel.isVisible()
    assert window.ui.actualityLabel.text().startswith(f"Точка актуальности: {T0:%d.%m.%Y %H:%M}.")

    dialog = _show(qtbot, RepostDialog(admin), 680, 500)
    assert dialog.ui.pointLabel.text().startswith(f"Точка актуальности: {T0:%d.%m.%Y %H:%M}.")
    assert dialog.ui.fromPointRadio.isChecked() and not dialog.ui.interruptedLabel.isVisible()
    qtbot.mouseClick(dialog.ui.runButton, Qt.MouseButton.LeftButton)
    finished(dialog.job)
    assert dialog.ui.resultLabel.text().startswith("Перепроведено документов: 2")
    assert "Не проведены из-за коллизий (товара не хватает): 1." in dialog.ui.resultLabel.text()
    view = dialog.ui.collisionsView
    assert view.isVisible() and view.rowCount() == 1
    assert view.item(0, 0).text() == f"Расходная накладная № {sale.doc_no} от {sale.doc_time:%d.%m.%Y}"
    assert "не хватает товара" in view.item(0, 2).text()
    assert dialog.ui.pointLabel.text().startswith("Точка актуальности не установлена")
    # the journal heard the change: the sale is unposted now, nothing is yellow
    assert window.model.index(_row(window, sale.id), INDICATOR).data(IndicatorRole) is Indicator.NONE
    assert not window.ui.actualityLabel.isVisible()


# -- the main window --------------------------------------------------------------------------------
def _menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_main_window_offers_the_warehouse_by_edition(db, shop, session_of, boxes, qtbot) -> None:
    from crm_desktop.ui.warehouse.stock_window import StockWindow as Stock
    admin = session_of("admin")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert "Складской &учёт" in _menu_texts(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Складской &учёт")
    assert [a.text() for a in menu.actions()] == ["Журнал движения материалов", "Склады", "Складские остатки",
                                                  "Производственные спецификации"]
    administration = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Администрирование")
    assert "Перепроведение документов…" in [a.text() for a in administration.actions()]
    assert window.stock_action.isEnabled() and window.stock_action.text() == "Склад"
    window.stock_action.trigger()
    stock = window.findChild(Stock, "stockWindow")
    assert stock is not None and stock.isVisible() and stock.windowTitle() == "Складские остатки"
    stock.close()

    manager = MainWindow(session_of("manager"))
    qtbot.addWidget(manager)
    assert "&Администрирование" not in _menu_texts(manager) and "Складской &учёт" in _menu_texts(manager)

    admin.edition = Edition.STANDARD
    standard = MainWindow(admin)
    qtbot.addWidget(standard)
    assert "Складской &учёт" not in _menu_texts(standard)
    admin.edition = Edition.PROFESSIONAL                          # a warehouse, no production
    professional = MainWindow(admin)
    qtbot.addWidget(professional)
    menu = next(a.menu() for a in professional.menuBar().actions() if a.text() == "Складской &учёт")
    assert "Производственные спецификации" not in [a.text() for a in menu.actions()]
    administration = next(a.menu() for a in standard.menuBar().actions() if a.text() == "&Администрирование")
    assert "Перепроведение документов…" not in [a.text() for a in administration.actions()]
    assert not standard.stock_action.isEnabled()
    assert "недоступно в редакции «Стандарт»" in standard.stock_action.toolTip()


def test_production_needs_the_enterprise_edition(db, shop, session_of, boxes, qtbot) -> None:
    manager = session_of("manager")
    manager.edition = Edition.PROFESSIONAL
    window = _journal(qtbot, manager)
    assert "Производство" not in [a.text() for a in window.menu().actions()]
    assert "Выпуск продукции" not in [window.ui.kindCombo.itemText(i) for i in range(window.ui.kindCombo.count())]


def test_production_card_makes_a_product_of_components(db, shop, session_of, boxes, picked, qtbot) -> None:
    manager = session_of("manager")
    store = shop.store
    _receipt(manager, shop, T0, "10")
    dialog = _card(qtbot, manager, Kind.PRODUCTION)
    tabs = dialog.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)] == ["Продукция", "Комплектующие"]
    assert not dialog.ui.clientEdit.isVisible() and not dialog.ui.storePricesCheck.isVisible()
    picked.append(shop.items["stapler"])
    qtbot.keyClick(dialog.ui.linesView, Qt.Key.Key_Insert)
    _type_cell(qtbot, dialog.ui.linesView, dialog.lines_model, 0, lm.QTY, "2")
    tabs.setCurrentWidget(dialog.ui.componentsTab)
    picked.append(shop.items["paper"])
    qtbot.keyClick(dialog.ui.componentsView, Qt.Key.Key_Insert)
    components = dialog.components_model
    _type_cell(qtbot, dialog.ui.componentsView, components, 0, lm.QTY, "3")
    assert _cell(components, 0, lm.PRODUCT) == "Степлер №24" and _cell(components, 0, lm.STORE) == "Основной склад"
    assert dialog.ui.totalsLabel.text() == "Себестоимость продукции рассчитывается при проведении"
    boxes.answer = Button.Yes
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert boxes.warnings == [] and not dialog.isVisible()
    made = warehouse.load(manager, dialog.draft.id)
    assert made.posted and [(ln.incoming, ln.quantity, ln.warehouse_id, ln.cost) for ln in made.lines] == [
        (True, D(2), store, D("300.00")), (False, D(3), store, D("-300.00"))]
    reopened = _show(qtbot, StockDocumentDialog(manager, made))
    assert reopened.ui.totalsLabel.text() == "Себестоимость продукции: 300,00 руб."


def test_return_on_the_basis_of_an_expense_keeps_its_prices(db, shop, session_of, boxes, monkeypatch, qtbot) -> None:
    manager = session_of("manager")
    _receipt(manager, shop, T0, "10")
    sale = _expense(manager, shop, T0 + timedelta(hours=1), "4")
    unposted = _expense(manager, shop, T0 + timedelta(hours=2), "1", post=False)
    window = _journal(qtbot, manager)
    cards: list[StockDocumentDialog] = []

    def open_card(parent, session, draft=None, **_kw):
        cards.append(_show(qtbot, StockDocumentDialog(session, draft, parent)))
    monkeypatch.setattr(journal_window, "open_stock_document", open_card)
    window.ui.table.selectRow(_row(window, unposted.id))
    based_on = "Возврат от покупателя (на основании)"
    assert not next(a for a in window.menu().actions() if a.text() == based_on).isEnabled()
    window.ui.table.selectRow(_row(window, sale.id))
    next(a for a in window.menu().actions() if a.text() == based_on).trigger()
    card = cards[-1]
    assert card.windowTitle() == "Новая возвратная накладная"
    assert card.ui.stateLabel.text() == f"Не проведён · основание: Расходная накладная № {sale.doc_no} " \
                                        f"от {sale.doc_time:%d.%m.%Y}"
    assert card.ui.clientEdit.text() == "ООО «Аудит»" and not card.ui.addLineButton.isEnabled()
    model = card.lines_model
    assert not model.flags(model.index(0, model.column(lm.PRICE))) & Qt.ItemFlag.ItemIsEditable
    assert _cell(model, 0, lm.PRICE) == "350,00"
    _type_cell(qtbot, card.ui.linesView, model, 0, lm.QTY, "3")
    boxes.answer = Button.Yes
    qtbot.mouseClick(card.ui.okButton, Qt.MouseButton.LeftButton)
    assert boxes.warnings == []
    back = warehouse.load(manager, card.draft.id)
    assert back.posted and back.kind is Kind.RETURN and back.base_doc_id == sale.id
    assert [(ln.quantity, ln.cost) for ln in back.lines] == [(D(3), D("300.00"))]
    row = _row(window, back.id)
    assert window.model.index(row, 3).data() == "Возвратная накладная"
    assert window.model.index(row, INDICATOR).data(IndicatorRole) is Indicator.POSTED


def test_warehouses_are_added_and_renamed(db, shop, session_of, boxes, qtbot) -> None:
    from crm_desktop.ui.warehouse.warehouses_dialog import WarehousesDialog
    dialog = _show(qtbot, WarehousesDialog(session_of("admin")), 460, 360)
    assert dialog.names() == ["Основной склад"]
    dialog.ui.list.setFocus()
    _answer_modal(lambda d: (d.setTextValue("Склад комплектующих"), d.accept()))
    qtbot.keyClick(dialog.ui.list, Qt.Key.Key_Insert)
    assert dialog.names() == ["Основной склад", "Склад комплектующих"]
    assert dialog.ui.list.currentItem().text() == "Склад комплектующих"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.list.setFocus()
    _answer_modal(lambda d: (d.setTextValue("Склад готовой продукции"), d.accept()))
    qtbot.keyClick(dialog.ui.list, Qt.Key.Key_F2)
    assert [name for _id, name in warehouse.warehouses(session_of("manager"))] == [
        "Основной склад", "Склад готовой продукции"]
    manager_view = _show(qtbot, WarehousesDialog(session_of("manager")), 460, 360)
    assert not manager_view.ui.addButton.isEnabled()
    assert manager_view.ui.addButton.toolTip().startswith("Нет прав: «Редактировать справочники")


def test_specification_typed_and_production_filled_from_it(db, shop, session_of, boxes, picked, monkeypatch,
                                                          qtbot) -> None:
    from crm_desktop.ui.warehouse import specifications_dialog
    from crm_desktop.ui.warehouse.specifications_dialog import SpecificationsDialog
    admin, manager = session_of("admin"), session_of("manager")
    parts_store = warehouse.save_warehouse(admin, None, "Склад комплектующих")
    monkeypatch.setattr(specifications_dialog, "pick_item", lambda parent, session: picked.pop(0) if picked else None)
    specs = _show(qtbot, SpecificationsDialog(admin), 960, 560)
    assert specs.names() == []
    specs.ui.specList.setFocus()
    qtbot.keyClick(specs.ui.specList, Qt.Key.Key_Insert)
    picked.append(shop.items["stapler"])
    qtbot.mouseClick(specs.ui.productButton, Qt.MouseButton.LeftButton)
    assert specs.ui.productEdit.text() == "Степлер №24" and specs.ui.nameEdit.text() == "Степлер №24"
    specs.ui.nameEdit.clear()
    qtbot.keyClicks(specs.ui.nameEdit, "Kit-24")
    picked.append(shop.items["paper"])
    view = specs.ui.componentsView
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    view.setCurrentCell(0, 2)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "2,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    view.cellWidget(0, 3).setCurrentIndex(view.cellWidget(0, 3).findData(parts_store))
    # switching to a new one asks about the unsaved specification; «Отмена» stays
    boxes.answer = Button.Cancel
    qtbot.mouseClick(specs.ui.newButton, Qt.MouseButton.LeftButton)
    assert boxes.texts("question")[-1] == "Есть несохранённые изменения. Сохранить их?"
    assert specs.ui.nameEdit.text() == "Kit-24"
    qtbot.keyClick(specs, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes.warnings == [] and specs.names() == ["Kit-24"]
    stored = specifications.load(admin, specifications.specifications(admin)[0].id)
    assert [(p.item_id, p.quantity, p.warehouse_id) for p in stored.components] == [
        (shop.items["paper"], D("2.5"), parts_store)]

    receipt = warehouse.new_draft(manager, Kind.RECEIPT, now=T0)
    receipt.warehouse_id, receipt.client_id = parts_store, shop.clients["ООО «Аудит»"]
    receipt.lines = [StockLine(shop.items["paper"], "paper", "шт", D(10), D(100))]
    warehouse.post(manager, warehouse.save(manager, receipt).id, now=T0)
    card = _card(qtbot, manager, Kind.PRODUCTION)
    assert card.ui.specButton.isVisible()
    picked.append(shop.items["stapler"])
    qtbot.keyClick(card.ui.linesView, Qt.Key.Key_Insert)
    _type_cell(qtbot, card.ui.linesView, card.lines_model, 0, lm.QTY, "2")
    qtbot.mouseClick(card.ui.specButton, Qt.MouseButton.LeftButton)
    components = card.components_model
    assert card.ui.tabs.currentWidget() is card.ui.componentsTab and components.rowCount() == 1
    assert [_cell(components, 0, k) for k in (lm.NAME, lm.QTY, lm.STORE, lm.PRODUCT)] == [
        "Бумага А4 «Снегурочка», 500 л.", "5", "Склад комплектующих", "Степлер №24"]
    boxes.answer = Button.Yes
    qtbot.mouseClick(card.ui.okButton, Qt.MouseButton.LeftButton)
    assert boxes.warnings == []
    made = warehouse.load(manager, card.draft.id)
    assert made.posted and [(ln.quantity, ln.cost) for ln in made.lines] == [(D(2), D("500.00")),
                                                                             (D(5), D("-500.00"))]


def test_journal_reads_by_windows_newest_first_and_filters(db, shop, session_of, boxes, monkeypatch, qtbot) -> None:
    from crm_desktop.ui.warehouse import journal_model
    manager = session_of("manager")
    monkeypatch.setattr(journal_model, "WINDOW", 2)
    made = [_receipt(manager, shop, T0 + timedelta(hours=h), "1") for h in range(3)]
    made += [_expense(manager, shop, T0 + timedelta(hours=3 + h), "1", post=False) for h in range(2)]
    alone = journal_model.StockJournalModel(manager)
    alone.refresh()
    assert alone.rowCount() == 2 and alone.canFetchMore()              # one window read, not the journal
    window = _journal(qtbot, manager)
    model = window.model

    def scrolled_to_the_end() -> bool:
        window.ui.table.scrollToBottom()
        return not model.canFetchMore()
    qtbot.waitUntil(scrolled_to_the_end)
    assert [model.row(r)["id"] for r in range(model.rowCount())] == [d.id for d in reversed(made)]
    window.ui.kindCombo.setCurrentIndex(window.ui.kindCombo.findText("Приходная накладная"))
    qtbot.mouseClick(window.ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(scrolled_to_the_end)
    assert [model.row(r)["id"] for r in range(model.rowCount())] == [d.id for d in reversed(made[:3])]
    window.ui.dateFromEdit.set_value(T0.date() + timedelta(days=1))
    qtbot.mouseClick(window.ui.applyButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0 and not window.ui.postButton.isEnabled()

"""«Справка о движениях» (WH-7; manual: "Справка о движениях выписываемой номенклатурной позиции
может быть вызвана кнопкой “Справка о движениях” карточки информации о товаре"): the posted
moves of an item, newest first — which document, when, on which warehouse, how much came in or
went out and at what cost. Reached from the item card, a document's line and the journal; a
document of several items offers them in «Позиция». Enter or a double click opens the document."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import format_money, format_qty
from crm_desktop.services import warehouse
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.warehouse.moves_window_ui import Ui_MovesWindow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.warehouse.messages import problem_text
from crm_desktop.ui.warehouse.shortcuts import Context, bind

COLUMNS = ("Дата/время", "Документ", "№", "Склад", "Приход", "Расход", "Себестоимость")
QUANTITY_FROM = 4        # the columns from «Приход» on hold numbers
ZERO = Decimal(0)
DocIdRole = Qt.ItemDataRole.UserRole + 1


def _kind(value: str) -> str:
    try:
        return Kind(value).label
    except ValueError:
        return value


class MovesWindow(QDialog):
    def __init__(self, session: Session, items: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MovesWindow()
        self.ui.setupUi(self)
        self._session = session
        self.rows: list[dict[str, Any]] = []
        view = self.ui.movesView
        view.setColumnCount(len(COLUMNS))
        view.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 125), (2, 70), (3, 150), (4, 80), (5, 80), (6, 115)):
            view.setColumnWidth(column, width)
        view.doubleClicked.connect(lambda _index: self.open_document())
        bind(view, ENTER, self.open_document)
        bind(self, QKeySequence(Qt.Key.Key_F5), self.refresh, Context.WindowShortcut)
        seen = set()
        for item_id, name in items:
            if item_id not in seen:
                seen.add(item_id)
                self.ui.itemCombo.addItem(name, item_id)
        self.ui.itemCombo.setEnabled(self.ui.itemCombo.count() > 1)
        self.ui.itemCombo.currentIndexChanged.connect(self.refresh)
        self.ui.closeButton.clicked.connect(self.reject)
        self.refresh()

    def item_id(self) -> int | None:
        return self.ui.itemCombo.currentData()

    def refresh(self) -> None:
        """Read the current item's moves again."""
        item_id = self.item_id()
        name = self.ui.itemCombo.currentText()
        self.setWindowTitle(self.tr("Справка о движениях – %1").replace("%1", name) if name
                            else self.tr("Справка о движениях"))
        try:
            self.rows = warehouse.item_history(self._session, item_id) if item_id is not None else []
        except Exception as exc:  # noqa: BLE001 - the window stays, the reason is shown
            self.rows = []
            self.ui.summaryLabel.setText(problem_text(exc))
            self.ui.movesView.setRowCount(0)
            return
        view = self.ui.movesView
        view.setRowCount(len(self.rows))
        came = went = ZERO
        for row, move in enumerate(self.rows):
            quantity = move["quantity"] or ZERO
            came += max(quantity, ZERO)
            went += max(-quantity, ZERO)
            cells = (f"{move['doc_time']:%d.%m.%Y %H:%M}", _kind(move["doc_kind"]), move.get("doc_no") or "",
                     move["warehouse_name"] or "",
                     format_qty(quantity) if quantity > 0 else "", format_qty(-quantity) if quantity < 0 else "",
                     format_money(abs(move["cost"] or ZERO)))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(self.tr(text) if column == 1 else text)
                cell.setData(DocIdRole, move["doc_id"])
                if column >= QUANTITY_FROM:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                view.setItem(row, column, cell)
        if self.rows:
            view.selectRow(0)
            self.ui.summaryLabel.setText(self.tr("Движений: %1, приход %2, расход %3").replace(
                "%1", str(len(self.rows))).replace("%2", format_qty(came)).replace("%3", format_qty(went)))
        else:
            self.ui.summaryLabel.setText(self.tr("Проведённых движений нет"))

    def open_document(self) -> None:
        cell = self.ui.movesView.item(self.ui.movesView.currentRow(), 0)
        if cell is not None:
            from crm_desktop.ui.warehouse.document_dialog import open_stock_document
            open_stock_document(self, self._session, cell.data(DocIdRole))


def open_item_moves(parent: QWidget | None, session: Session, items: list[tuple[int, str]]) -> MovesWindow:
    """Show the moves of the first of `items` (the others offered in «Позиция»)."""
    window = MovesWindow(session, items, parent)
    window.exec()
    return window

"""«Складские остатки» (WH-1; manual: "Кликните кнопку “Склад” ... Будет показан отчет “Складские
остатки”, где Вы сможете увидеть наличие только-что оприходованного товара"): stock per item,
warehouse and legal entity now, or at the end of a chosen day, with its FIFO cost. The rows
come from the balance register (now) or from month totals plus that month's moves (at a date),
so the window never walks every movement. Enter on a row shows the item's moves."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from crm_desktop.domain.money import format_money, format_qty
from crm_desktop.services import documents, warehouse
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import follow
from crm_desktop.ui.forms.warehouse.stock_window_ui import Ui_StockWindow
from crm_desktop.ui.keys import ENTER
from crm_desktop.ui.ops import call
from crm_desktop.ui.warehouse.messages import STOCK_CHANGED
from crm_desktop.ui.warehouse.shortcuts import Context, bind
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Складские остатки"
ZERO = Decimal(0)
Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Наименование", "Код", "Ед.", "Склад", "Юр. лицо", "Количество", "Себестоимость")
NUMERIC = {5, 6}


class StockModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.entities: dict[int, str] = {}

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def _text(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return row["item_name"] or ""
        if column == 1:
            return str(row.get("code") or "")
        if column == 2:
            return row.get("unit_name") or ""
        if column == 3:
            return row.get("warehouse_name") or ""
        if column == 4:
            return self.entities.get(row["legal_entity_id"], "")
        if column == 5:
            return format_qty(row["quantity"] or ZERO)
        return format_money(row["cost"] or ZERO)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row["item_name"]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StockWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session = session
        self.setObjectName("stockWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_StockWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        ui = self.ui
        ui.dateEdit.line.setPlaceholderText(self.tr("сейчас"))
        ui.warehouseCombo.addItem(self.tr("Все склады"), None)
        for store_id, name in call(self, lambda: warehouse.warehouses(session, active_only=False), self.tr(TITLE)) or []:
            ui.warehouseCombo.addItem(name, store_id)
        ui.entityCombo.addItem(self.tr("Все"), None)
        entities = call(self, lambda: documents.supplier_choices(session), self.tr(TITLE)) or []
        for entity_id, name in entities:
            ui.entityCombo.addItem(name, entity_id)
        ui.entityCombo.setEnabled(ui.entityCombo.count() > 2)
        self.model = StockModel(self)
        self.model.entities = dict(entities)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        ui.table.verticalHeader().setDefaultSectionSize(22)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 50), (3, 150), (4, 140), (5, 100), (6, 120)):
            ui.table.setColumnWidth(column, width)
        ui.applyButton.clicked.connect(self.refresh)
        ui.dateEdit.changed.connect(self.refresh)
        ui.journalButton.clicked.connect(self.open_journal)
        ui.table.doubleClicked.connect(lambda _index: self.show_moves())
        bind(ui.table, ENTER, self.show_moves)
        bind(self, QKeySequence(Qt.Key.Key_F5), self.refresh, Context.WindowShortcut)
        bind(self, QKeySequence(Qt.Key.Key_Escape), self.close, Context.WindowShortcut)
        follow(self, (STOCK_CHANGED,), lambda _kind, _ids: self.refresh())
        self.refresh()

    def moment_day(self) -> date | None:
        value = self.ui.dateEdit.value()
        return value if isinstance(value, date) else None

    def refresh(self) -> None:
        """Read the stock for the filters as set (F5, «Применить», a change of the date)."""
        day = self.moment_day()
        moment = warehouse.day_end(day) if day is not None else None
        store, entity = self.ui.warehouseCombo.currentData(), self.ui.entityCombo.currentData()
        rows = call(self, lambda: warehouse.stock(self._session, moment, store, entity), self.tr(TITLE))
        if rows is None:
            return
        self.model.set_rows(rows)
        cost = sum((r["cost"] or ZERO for r in rows), ZERO)
        when = f"на {day:%d.%m.%Y}" if day is not None else "на текущий момент"
        self.ui.summaryLabel.setText(self.tr("Остатки %1: позиций %2, себестоимость %3 руб.").replace(
            "%1", when).replace("%2", str(len(rows))).replace("%3", format_money(cost)))
        if rows:
            self.ui.table.selectRow(0)

    def show_moves(self) -> None:
        index = self.ui.table.currentIndex()
        if index.isValid():
            from crm_desktop.ui.warehouse.moves_window import open_item_moves
            row = self.model.rows[index.row()]
            open_item_moves(self, self._session, [(row["item_id"], row["item_name"])])

    def open_journal(self) -> None:
        from crm_desktop.ui.warehouse.journal_window import open_stock_journal
        open_stock_journal(self.parentWidget() or self, self._session)


def open_stock(parent: QWidget | None, session: Session) -> StockWindow:
    """Show «Складские остатки» (the toolbar's «Склад»), brought forward when open already."""
    return bring_up(parent, StockWindow, "stockWindow", lambda: StockWindow(session, parent))

"""A lines table of the warehouse card (WH-2). Receipts show the purchase price with «Наценка, %»
and «Цена продажи», which recompute each other (StockLine.with_markup / with_sale_price) — a new
purchase price keeps the mark-up and moves the sale price, as the manual's "изменять наценку на
товар или входную цену с автоматическим пересчетом цены реализации". Expenses and returns show
the sale price; a return's prices are those of its expense and only the quantity changes.
Production has two tables over one list: products, and components with the warehouse they are
taken from and the product they go into. Sums and VAT are read from domain/stock_docs, as the
service stores them; «Себестоимость» is what posting found."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import VatMode, format_money, format_qty, parse_money
from crm_desktop.domain.stock_docs import StockLine, priced_line
from crm_desktop.ui.sales.lines_model import parse_number

Index = QModelIndex | QPersistentModelIndex
ZERO = Decimal(0)

NO, NAME, UNIT, QTY, PRICE, AMOUNT, VAT_RATE, VAT, MARKUP, SALE, STORE, PRODUCT, COST, HELD = (
    "no", "name", "unit", "qty", "price", "amount", "vat_rate", "vat", "markup", "sale", "store", "product", "cost",
    "held")
TITLES = {NO: "№", NAME: "Наименование", UNIT: "Ед.", QTY: "Кол-во", PRICE: "Цена", AMOUNT: "Сумма",
          VAT_RATE: "НДС, %", VAT: "НДС", MARKUP: "Наценка, %", SALE: "Цена продажи", STORE: "Склад",
          PRODUCT: "Продукт", COST: "Себестоимость", HELD: "Остаток"}
SHORT = QColor("#ffd7d7")          # an expense line its warehouse cannot cover now
LEFT = {NO, NAME, UNIT, STORE, PRODUCT}
ALL, PRODUCTS, COMPONENTS = "all", "products", "components"


def columns_for(kind: Kind, part: str) -> tuple[str, ...]:
    if part == COMPONENTS:
        return (NO, NAME, UNIT, QTY, STORE, PRODUCT, COST)
    if kind is Kind.RECEIPT:
        return (NO, NAME, UNIT, HELD, QTY, PRICE, AMOUNT, VAT_RATE, VAT, MARKUP, SALE)
    if kind is Kind.PRODUCTION:
        return (NO, NAME, UNIT, QTY, COST)
    if kind is Kind.EXPENSE:
        return (NO, NAME, UNIT, HELD, QTY, PRICE, AMOUNT, VAT_RATE, VAT, COST)
    return (NO, NAME, UNIT, QTY, PRICE, AMOUNT, VAT_RATE, VAT, COST)


class LineBook(QObject):
    """The document's lines, its kind and VAT mode, shared by the card's tables; `changed`
    after every change (the tables and the totals read it again)."""

    changed = Signal()

    def __init__(self, kind: Kind, lines: list[StockLine], vat_mode: VatMode, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind, self.lines, self.vat_mode = kind, list(lines), vat_mode
        self.read_only = False
        self.store_names: dict[int, str] = {}
        self.held: dict[int, Decimal] = {}         # stock now of the items at the document's warehouse

    def set_held(self, held: dict[int, Decimal]) -> None:
        self.held = held
        self.changed.emit()

    def short(self, item_id: int) -> Decimal:
        """How much of `item_id` an unposted expense takes beyond the stock now (0: covered)."""
        if self.kind is not Kind.EXPENSE or self.read_only or item_id not in self.held:
            return Decimal(0)
        taken = sum((ln.quantity for ln in self.lines if ln.item_id == item_id), Decimal(0))
        return max(taken - self.held[item_id], Decimal(0))

    def set_lines(self, lines: list[StockLine]) -> None:
        self.lines = list(lines)
        self.changed.emit()

    def set_vat_mode(self, mode: VatMode) -> None:
        self.vat_mode = mode
        self.changed.emit()


class StockLinesModel(QAbstractTableModel):
    """One table over `book`: every line (`ALL`), or production's `PRODUCTS` or `COMPONENTS`.
    `refused(reason)` for typed text that is not a number."""

    refused = Signal(str)

    def __init__(self, book: LineBook, part: str = ALL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book, self.part = book, part
        self.columns = columns_for(book.kind, part)
        self._rows = self._select()
        book.changed.connect(self._reread)

    def _select(self) -> list[int]:
        if self.part == ALL:
            return list(range(len(self.book.lines)))
        incoming = self.part == PRODUCTS
        return [i for i, ln in enumerate(self.book.lines) if ln.incoming == incoming]

    def _reread(self) -> None:
        self.beginResetModel()
        self._rows = self._select()
        self.endResetModel()

    def line_index(self, row: int) -> int | None:
        """The position in the document's lines of this table's `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, line_index: int) -> int | None:
        return self._rows.index(line_index) if line_index in self._rows else None

    def column(self, key: str) -> int:
        return self.columns.index(key)

    # -- reading ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = self.columns[section]
        if key == PRICE and self.book.kind is Kind.RECEIPT:
            return self.tr("Цена закупки")
        return self.tr(TITLES[key])

    def _text(self, row: int, key: str) -> str:
        index = self._rows[row]
        line = self.book.lines[index]
        if key == NO:
            return str(row + 1)
        if key == NAME:
            return line.name
        if key == UNIT:
            return line.unit_name
        if key == QTY:
            return format_qty(line.quantity)
        if key == PRICE:
            return format_money(line.price)
        if key == MARKUP:
            return format_qty(line.markup) if line.markup is not None else ""
        if key == SALE:
            return format_money(line.sale_price) if line.sale_price is not None else ""
        if key == STORE:
            return self.book.store_names.get(line.warehouse_id, "") if line.warehouse_id else \
                self.tr("склад документа")
        if key == PRODUCT:
            base = line.base_index
            return self.book.lines[base].name if base is not None and 0 <= base < len(self.book.lines) else ""
        if key == COST:
            return format_money(abs(line.cost)) if line.cost is not None else ""
        if key == HELD:
            return format_qty(self.book.held[line.item_id]) if line.item_id in self.book.held else ""
        p = priced_line(line, self.book.vat_mode)
        if key == AMOUNT:
            return format_money(p.amount)
        if key == VAT_RATE:
            return format_qty(p.vat_rate) if p.vat_rate is not None else self.tr("Без НДС")
        return format_money(p.vat_amount)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = index.row(), self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.EditRole:
            line = self.book.lines[self._rows[row]]
            if key == STORE:
                return line.warehouse_id
            return self._text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == NAME:
            return self._text(row, key)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole) and key in (HELD, QTY):
            short = self.book.short(self.book.lines[self._rows[row]].item_id)
            if short > 0:
                return SHORT if role == Qt.ItemDataRole.BackgroundRole else self.tr(
                    "На складе не хватает %1: документ не проведётся").replace("%1", format_qty(short))
        if role == Qt.ItemDataRole.ToolTipRole and key == HELD:
            return self.tr("Остаток на складе документа сейчас")
        if role == Qt.ItemDataRole.ToolTipRole and key == COST and self.book.lines[self._rows[row]].cost is None:
            return self.tr("Себестоимость рассчитывается при проведении (FIFO)")
        return None

    # -- editing ----------------------------------------------------------------------------------
    def editable(self, key: str) -> bool:
        if self.book.read_only:
            return False
        if key == QTY:
            return True
        if key == PRICE:
            return self.book.kind in (Kind.RECEIPT, Kind.EXPENSE)
        if key in (MARKUP, SALE):
            return self.book.kind is Kind.RECEIPT
        return key == STORE

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable(self.columns[index.column()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.columns[index.column()]
        if not self.editable(key):
            return False
        position = self._rows[index.row()]
        line = self.book.lines[position]
        try:
            line = self._edited(line, key, value)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return False
        if line == self.book.lines[position]:
            return True
        self.book.lines[position] = line
        self.book.changed.emit()
        return True

    def _edited(self, line: StockLine, key: str, value: Any) -> StockLine:
        """The line after `value` typed into column `key`; ValueError says why not."""
        text = str(value if value is not None else "")
        if key == QTY:
            quantity = parse_number(text, self.tr("Количество"))
            if quantity <= 0:
                raise ValueError(self.tr("Количество должно быть больше нуля."))
            return replace(line, quantity=quantity)
        if key == PRICE:
            price = parse_money(text)
            if price < 0:
                raise ValueError(self.tr("Цена не может быть отрицательной."))
            line = replace(line, price=price)
            return line.with_markup(line.markup or ZERO) if self.book.kind is Kind.RECEIPT else line
        if key == MARKUP:
            return line.with_markup(parse_number(text or "0", self.tr("Наценка")))
        if key == SALE:
            return line.with_sale_price(parse_money(text))
        return replace(line, warehouse_id=value)


class StoreDelegate(QStyledItemDelegate):
    """The warehouse of a component, chosen from the warehouses (`choices()` read when edited)."""

    def __init__(self, choices: Callable[[], list[tuple[int, str]]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for store_id, name in self._choices():
            combo.addItem(name, store_id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

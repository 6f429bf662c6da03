"""The lines table of a sales document's card (SAL-2): what the user types goes into the draft's
DocLine inputs (quantity, base price, discount); every printed value — the price after the
discount, the sum, VAT — is read back from Draft.priced(), so the table shows exactly what
domain/pricing.py will store and print. An order's card (ORD-1) adds the column «В наличии»:
the stock of each line's item, the lines it cannot cover shaded, computed by
domain/orders.check_stock from the stock read once, so a quantity typed is checked at once."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from crm_desktop.domain.documents import DocLine, Draft
from crm_desktop.domain.money import format_money, format_qty, parse_money
from crm_desktop.domain.orders import LineStock, OnHand, check_stock
from crm_desktop.domain.pricing import PricedLine, check_discount

Index = QModelIndex | QPersistentModelIndex

NO, NAME, UNIT, QTY, PRICE, DISCOUNT, NET_PRICE, AMOUNT, VAT_RATE, VAT = range(10)
HEADERS = ("№", "Наименование", "Ед.", "Кол-во", "Цена", "Скидка, %", "Цена со скидкой", "Сумма", "НДС, %",
           "НДС")
STOCK = len(HEADERS)                # an order's «В наличии», after the printed columns
STOCK_HEADER = "В наличии"
NUMERIC = {QTY, PRICE, DISCOUNT, NET_PRICE, AMOUNT, VAT_RATE, VAT, STOCK}
SHORT = QBrush(QColor("#f6d0d0"))    # a line the warehouse cannot cover


def parse_number(text: str, what: str) -> Decimal:
    """A quantity or a percent typed the Russian way ("1,5", "1 500"); ValueError says why."""
    compact = "".join(text.split()).replace(",", ".")
    try:
        value = Decimal(compact)
    except InvalidOperation:
        raise ValueError(f"{what} «{text.strip()}» не распознано: введите число, например 2 или 1,5.") from None
    if not value.is_finite():
        raise ValueError(f"{what} «{text.strip()}» не распознано: введите число, например 2 или 1,5.")
    return value


class LinesModel(QAbstractTableModel):
    """Edits `draft.lines` in place; `edited` after every accepted change (the card recomputes
    its totals), `refused(reason)` for input that is not a number. `with_stock`: the column
    «В наличии» (an order), empty until set_on_hand gives the warehouse's stock."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, draft: Draft, parent: QObject | None = None, with_stock: bool = False) -> None:
        super().__init__(parent)
        self._draft = draft
        self._priced: list[PricedLine] = draft.priced()
        self.prices_locked = False          # a special offer: only quantities change
        self.with_stock = with_stock
        self._on_hand: OnHand | None = None
        self._stock: list[LineStock] = []

    @property
    def draft(self) -> Draft:
        return self._draft

    def set_draft(self, draft: Draft) -> None:
        self.beginResetModel()
        self._draft = draft
        self._reprice()
        self.endResetModel()

    def set_on_hand(self, on_hand: OnHand | None) -> None:
        """The stock the lines are checked against (None: not known, nothing shaded)."""
        self._on_hand = on_hand
        self.recompute()

    def stock(self) -> list[LineStock]:
        """Per line, its item's stock and what it lacks (empty while the stock is not known)."""
        return list(self._stock)

    def _reprice(self) -> None:
        self._priced = self._draft.priced()
        self._stock = check_stock(self._draft.lines, self._on_hand) if self._on_hand is not None else []

    def set_prices_locked(self, locked: bool) -> None:
        self.prices_locked = locked
        self._changed_all()

    def _changed_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def priced(self) -> list[PricedLine]:
        return list(self._priced)

    # -- reading ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._draft.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS) + int(self.with_stock)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(STOCK_HEADER if section == STOCK else HEADERS[section])
        return None

    def _stock_text(self, row: int) -> str:
        if not self._stock:
            return ""
        available = self._stock[row].available
        if available is not None:
            return format_qty(available)
        return self.tr("услуга") if self._draft.lines[row].item_id is not None else ""     # free text: nothing

    def _text(self, row: int, column: int) -> str:
        line, p = self._draft.lines[row], self._priced[row]
        if column == NO:
            return str(row + 1)
        if column == NAME:
            return line.name
        if column == UNIT:
            return line.unit_name
        if column == QTY:
            return format_qty(line.quantity)
        if column == PRICE:
            return format_money(line.base_price)
        if column == DISCOUNT:
            return format_qty(p.discount) if p.discount else ""
        if column == NET_PRICE:
            return format_money(p.price)
        if column == AMOUNT:
            return format_money(p.amount)
        if column == VAT_RATE:
            return format_qty(p.vat_rate) if p.vat_rate is not None else self.tr("Без НДС")
        if column == STOCK:
            return self._stock_text(row)
        return format_money(p.vat_amount)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            line = self._draft.lines[row]
            return {QTY: format_qty(line.quantity), PRICE: format_money(line.base_price),
                    DISCOUNT: format_qty(line.discount)}.get(column, self._text(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == PRICE and self._draft.lines[row].no_discount:
            return self.tr("Скидка запрещена: цена берётся из номенклатуры")
        short = self._stock[row].short if self._stock else 0
        if role == Qt.ItemDataRole.BackgroundRole and short:
            return SHORT
        if role == Qt.ItemDataRole.ToolTipRole and short:
            return self.tr("Не хватает на складе: %1").replace("%1", format_qty(short))
        return None

    # -- editing ----------------------------------------------------------------------------------
    def editable(self, row: int, column: int) -> bool:
        """Quantity always; price and discount unless a special offer fixed them; the price of
        a «Скидка запрещена» item never."""
        if column == QTY:
            return True
        if self.prices_locked:
            return False
        if column == PRICE:
            return not self._draft.lines[row].no_discount
        return column == DISCOUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable(index.row(), index.column()):
            return False
        row, column = index.row(), index.column()
        line = self._draft.lines[row]
        try:
            if column == QTY:
                line = replace(line, quantity=parse_number(str(value), self.tr("Количество")))
            elif column == PRICE:
                line = replace(line, base_price=parse_money(str(value)))
            else:
                discount = parse_number(str(value) or "0", self.tr("Скидка"))
                check_discount(discount)
                line = replace(line, discount=discount)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return False
        self.replace_line(row, line)
        return True

    def replace_line(self, row: int, line: DocLine) -> None:
        self._draft.lines[row] = line
        self.recompute()

    def recompute(self) -> None:
        """Re-read every printed value (a VAT mode or discount change touches all lines) and
        the stock check (a quantity typed, a line of the same item added or removed)."""
        self._reprice()
        self._changed_all()
        self.edited.emit()

    def add_line(self, line: DocLine) -> int:
        row = len(self._draft.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._draft.lines.append(line)
        self._reprice()
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._draft.lines[row]
        self._reprice()
        self.endRemoveRows()
        self._changed_all()                 # a line of the same item above or below is checked anew
        self.edited.emit()

"""The table of «Заявка поставщику» (WH-6): the lines of the analysis, read-only but for «Заказ»,
where the manager types the quantity to order; the sum, weight and volume of a line are the
domain's (SupplyLine), so the table shows what the printed order will."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from crm_desktop.domain.money import format_money, format_qty, q3
from crm_desktop.domain.supplier_order import SupplyLine
from crm_desktop.ui.sales.lines_model import parse_number

Index = QModelIndex | QPersistentModelIndex


def _qty(value: Decimal | None) -> str:
    return format_qty(value) if value is not None else "—"


# (title, the cell's text, a number?)
COLUMNS: tuple[tuple[str, Callable[[SupplyLine], str], bool], ...] = (
    ("Поставщик", lambda ln: ln.supplier_name, False),
    ("Код", lambda ln: ln.code, False),
    ("Наименование", lambda ln: ln.name, False),
    ("Ед.", lambda ln: ln.unit, False),
    ("Цена закупки", lambda ln: format_money(ln.price), True),
    ("Закуплено", lambda ln: format_qty(ln.purchased), True),
    ("Остаток", lambda ln: format_qty(ln.stock), True),
    ("Расход", lambda ln: format_qty(ln.consumed), True),
    ("Заказ", lambda ln: format_qty(ln.order) if ln.order else "", True),
    ("Сумма", lambda ln: format_money(ln.amount) if ln.order else "", True),
    ("Вес, кг", lambda ln: _qty(ln.total_weight) if ln.order else "", True),
    ("Объём, м³", lambda ln: _qty(ln.total_volume) if ln.order else "", True),
)
NAME, ORDER = (next(i for i, (title, _, _) in enumerate(COLUMNS) if title == t) for t in ("Наименование", "Заказ"))


class SupplyModel(QAbstractTableModel):
    """`edited` after a quantity was accepted (the window shows the totals), `refused(reason)`
    for one that was not."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[SupplyLine] = []

    def set_lines(self, lines: Sequence[SupplyLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()
        self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        _, text, number = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(line)
        if role == Qt.ItemDataRole.EditRole:
            return format_qty(line.order) if index.column() == ORDER else text(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ORDER:
            return self.tr("Количество к заказу: введите число")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == ORDER else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != ORDER:
            return False
        try:
            quantity = parse_number(str(value) or "0", self.tr("Количество"))
            if quantity < 0 or q3(quantity) != quantity:
                raise ValueError(self.tr("Количество к заказу — не меньше нуля, не больше трёх знаков после "
                                         "запятой."))
        except ValueError as exc:
            self.refused.emit(str(exc))
            return False
        row = index.row()
        self.lines[row] = self.lines[row].ordering(quantity)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.edited.emit()
        return True

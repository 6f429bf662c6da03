"""The table of "Журнал движения материалов" (WH-1, WH-3): windows of WINDOW documents read on
demand, newest first, after the (time, id) of the last row held — never by offset, so a journal
of years of documents opens with its first window only. The first column is the posting
indicator (indicators.py)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import format_money
from crm_desktop.services import warehouse
from crm_desktop.services.session import Session
from crm_desktop.services.warehouse import JournalQuery
from crm_desktop.ui.warehouse.indicators import Indicator, icon, indicator_of, tooltip

WINDOW = 200
ZERO = Decimal(0)
Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
IndicatorRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """A journal column: title, text of a row, whether it is a sum, and a typical value whose
    width the column gets until the user sets his own."""
    title: str
    text: Callable[[Row], str]
    money: bool = False
    sample: str = "000000000000"


def _kind(row: Row) -> str:
    try:
        return Kind(row["doc_kind"]).label
    except ValueError:
        return str(row["doc_kind"])


COLUMNS = (
    Column("", lambda r: "", sample=""),
    Column("№", lambda r: r.get("doc_no") or "", sample="000000"),
    Column("Дата/время", lambda r: f"{r['doc_time']:%d.%m.%Y %H:%M}", sample="00.00.0000 00:00"),
    Column("Вид", _kind, sample="Возвратная накладная"),
    Column("Склад", lambda r: r.get("warehouse_name") or "", sample="Основной склад"),
    Column("Контрагент", lambda r: r.get("client_name") or "", sample="ООО «Контрагент и партнёры»"),
    Column("Сумма", lambda r: "" if r["doc_kind"] == Kind.PRODUCTION.value else format_money(r.get("total") or ZERO),
           money=True, sample="1 000 000,00"),
    Column("Менеджер", lambda r: r.get("manager_name") or "", sample="Менеджеров Михаил"),
)
INDICATOR = 0


class StockJournalModel(QAbstractTableModel):
    """Rows under a JournalQuery; errors of reading go to `on_error` (the window shows them)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.query = JournalQuery()
        self.actual_from: datetime | None = None
        self._rows: list[Row] = []
        self._more = False
        self.on_error: Callable[[Exception], None] | None = None

    # -- reading --------------------------------------------------------------------------------
    def set_query(self, query: JournalQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """The first window again, and the actuality point its yellow indicators refer to."""
        self.beginResetModel()
        self._rows, self._more = [], False
        try:
            try:
                self.actual_from = warehouse.stock_state(self._session).actual_from
            except Exception as exc:  # noqa: BLE001 - shown by the window
                self._failed(exc)
            self._append(self._window(None))
        finally:
            self.endResetModel()

    def _failed(self, exc: Exception) -> None:
        if self.on_error is None:
            raise exc
        self.on_error(exc)

    def _window(self, after: tuple[datetime, int] | None) -> list[Row]:
        try:
            return warehouse.journal(self._session, self.query, after, WINDOW)
        except Exception as exc:  # noqa: BLE001 - the rows read so far stay
            self._failed(exc)
            return []

    def _append(self, rows: list[Row]) -> None:
        self._rows.extend(rows)
        self._more = len(rows) == WINDOW

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or not self._more or not self._rows:
            return
        last = self._rows[-1]
        rows = self._window((last["doc_time"], last["id"]))
        if not rows:
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and section == INDICATOR:
            return self.tr("Проведение: галочка — проведён, жёлтая — проведён после точки актуальности, "
                           "оранжевый замок — в резерве")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(row)
        if column == INDICATOR:
            state = indicator_of(row)
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(state)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(tooltip(state, row, self.actual_from))
            if role == IndicatorRole:
                return state
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[column].money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return row.get("client_name") or None
        return None

    def row(self, number: int) -> Row:
        return self._rows[number]

    def row_of(self, doc_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r["id"] == doc_id), None)

    def indicator(self, number: int) -> Indicator:
        return indicator_of(self._rows[number])

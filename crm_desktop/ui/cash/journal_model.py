"""The table of «Журнал движения денежных средств»: windows of WINDOW orders read on demand,
newest first, by the key of the last row read, so a journal of years of cash opens with its
first window only. Receipts and expenses stand in columns of their own, as in a cash book;
an unposted order is grey (it does not move the desk's money)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crm_desktop.domain.cash import LABELS, CashKind
from crm_desktop.domain.money import format_money
from crm_desktop.services import cash
from crm_desktop.services.cash import JournalQuery, JournalRow
from crm_desktop.services.session import Session

WINDOW = 100
Index = QModelIndex | QPersistentModelIndex
GREY = QColor(128, 128, 128)


@dataclass(frozen=True)
class Column:
    """A journal column: title, how a row shows in it, a typical value it opens wide enough
    for (the title too), and whether it holds money."""
    title: str
    text: Callable[[JournalRow], str]
    sample: str
    money: bool = False
    tip: str = ""

    @property
    def short(self) -> bool:
        """A mark or a code, centred and never cut."""
        return len(self.sample) <= 3


def _sum_of(kind: CashKind) -> Callable[[JournalRow], str]:
    return lambda row: format_money(row.amount) if row.kind is kind else ""


COLUMNS: tuple[Column, ...] = (
    Column("✓", lambda r: "✓" if r.posted else "", "✓", tip="Проведён"),
    Column(LABELS["doc_time"], lambda r: f"{r.doc_time:%d.%m.%Y}", "00.00.0000"),
    Column(LABELS["doc_no"], lambda r: r.doc_no, "0000"),
    Column("Вид", lambda r: r.kind.short, "ПКО", tip="ПКО — приходный, РКО — расходный кассовый ордер"),
    Column(LABELS["desk_id"], lambda r: r.desk_name, "Основная касса"),
    Column(LABELS["legal_entity_id"], lambda r: r.legal_entity_name, "ООО «Ромашка»"),
    Column(LABELS["client_id"], lambda r: r.client_name, "ООО «Аудит»"),
    Column("От кого / кому", lambda r: r.person, "Иванова Мария С.",
           tip="ПКО: от кого приняты деньги, РКО: кому выданы"),
    Column(LABELS["basis"], lambda r: r.basis, "Оплата по счёту №"),
    Column("Приход", _sum_of(CashKind.RECEIPT), "999 999,99", money=True),
    Column("Расход", _sum_of(CashKind.EXPENSE), "999 999,99", money=True),
    Column("Менеджер", lambda r: r.manager_name, "Менеджеров"),
)


class CashJournalModel(QAbstractTableModel):
    """Rows under a JournalQuery; errors of reading reach `on_error` (the window shows them)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.query = JournalQuery()
        self._rows: list[JournalRow] = []
        self._more = False
        self.on_error: Callable[[Exception], None] | None = None

    def set_query(self, query: JournalQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """The first window again (F5, after an order was saved, posted or deleted)."""
        self.beginResetModel()
        self._rows, self._more = [], False
        try:
            self._append(self._window(None))
        finally:
            self.endResetModel()

    def _window(self, after: tuple[Any, int] | None) -> list[JournalRow]:
        try:
            return cash.journal(self._session, self.query, after, WINDOW)
        except Exception as exc:  # noqa: BLE001 - shown by the window; the rows read so far stay
            if self.on_error is None:
                raise
            self.on_error(exc)
            return []

    def _append(self, rows: list[JournalRow]) -> None:
        self._rows.extend(rows)
        self._more = len(rows) == WINDOW

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or not self._more:
            return
        rows = self._window(self._rows[-1].key)
        if not rows:
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

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
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].tip:
            return self.tr(COLUMNS[section].tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:       # the whole text where the column cuts it
            return column.text(row) or None if not (column.money or column.short) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (column.money or column.short):
            align = Qt.AlignmentFlag.AlignRight if column.money else Qt.AlignmentFlag.AlignHCenter
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.posted:
            return GREY
        return None

    def row(self, number: int) -> JournalRow:
        return self._rows[number]


"""The table of a document journal (manual: «Журнал “Счета”» and the journals of acts, VAT
invoices, payments, sales, works, contracts and orders): windows of WINDOW rows read on demand, newest
first, by the key of the last row read — a journal of a million invoices opens with its first
window only. An invoice's paid sum is read for the whole window in one query."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.domain.documents import Settlement
from crm_desktop.domain.money import format_money, format_qty
from crm_desktop.domain.orders import OrderStatus, status_label
from crm_desktop.services import documents
from crm_desktop.services.documents import JournalQuery, JournalRow
from crm_desktop.services.session import Session

WINDOW = 100
ZERO = Decimal(0)
DIMMED = QBrush(QColor("#8a8a8a"))      # a cancelled order
RowIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A journal column: its title, how a row shows in it, whether it holds money, and how many
    characters its width shows until the user sets his own."""
    title: str
    text: Callable[[JournalRow, Decimal], str]
    money: bool = False
    chars: int = 12


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _money(name: str) -> Callable[[JournalRow, Decimal], str]:
    return lambda row, _paid: format_money(row.fields.get(name) or ZERO)


def _field(name: str) -> Callable[[JournalRow, Decimal], str]:
    return lambda row, _paid: str(row.fields.get(name) or "")


def _state(row: JournalRow, paid: Decimal) -> str:
    return Settlement(row.fields.get("total") or ZERO, paid).state.value


DATE = Column("Дата", lambda row, _paid: _day(row.doc_date), chars=10)
NUMBER = Column("Номер", _field("doc_no"), chars=9)
CLIENT = Column("Клиент", lambda row, _paid: row.client_name or "", chars=28)
TOTAL = Column("Сумма", _money("total"), money=True)
AMOUNT = Column("Сумма", _money("amount"), money=True)
ENTITY = Column("Юр. лицо", _field("legal_entity_name"), chars=16)
MANAGER = Column("Менеджер", lambda row, _paid: row.manager_name, chars=20)
PAID = Column("Оплачено", _money("paid"), money=True)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "invoice": (DATE, NUMBER, CLIENT, TOTAL, Column("Оплачено", lambda _row, paid: format_money(paid), money=True),
                Column("Состояние", _state, chars=17), ENTITY, MANAGER),
    "act": (DATE, NUMBER, CLIENT, TOTAL, Column("НДС", _money("vat_amount"), money=True), ENTITY, MANAGER),
    "payment": (DATE, CLIENT, AMOUNT,
                Column("Вид", lambda row, _paid: documents.PAY_KINDS.get(row.fields.get("pay_kind"), "")),
                Column("№ документа", _field("doc_no")), ENTITY, MANAGER),
    "sale": (DATE, CLIENT, Column("Товар", _field("product"), chars=34),
             Column("Кол-во", lambda row, _paid: format_qty(row.fields.get("quantity") or ZERO), money=True),
             AMOUNT, PAID, MANAGER),
    "work": (DATE, CLIENT, Column("Описание", lambda row, _paid: " ".join(str(row.fields.get("description") or "")
                                                                            .split()), chars=40),
             Column("Нормо-часы", lambda row, _paid: format_money(row.fields.get("norm_hours") or ZERO), money=True),
             AMOUNT, PAID, MANAGER),
    "contract": (DATE, NUMBER, CLIENT, AMOUNT, Column("Окончание", lambda row, _paid: _day(row.fields.get("exp_date"))),
                 ENTITY, MANAGER),
    "order": (DATE, NUMBER, CLIENT, TOTAL, Column("Статус", lambda row, _paid: status_label(row.fields.get("status"))),
              Column("Срок", lambda row, _paid: _day(row.fields.get("due_date")), chars=10), ENTITY, MANAGER),
}
COLUMNS["vat-invoice"] = COLUMNS["act"]
KINDS = tuple(COLUMNS)


class JournalModel(QAbstractTableModel):
    """Rows of one journal kind under a JournalQuery; `client_id` (a card's journal) fixes the
    client. `in_card` hides the client column, also while a new card has no client yet.
    Errors of reading reach `on_error` (the widget shows them)."""

    def __init__(self, session: Session, kind: str, client_id: int | None = None,
                 parent: QObject | None = None, in_card: bool | None = None) -> None:
        super().__init__(parent)
        self._session, self.kind, self.client_id = session, kind, client_id
        hide_client = client_id is not None if in_card is None else in_card
        self.columns = [c for c in COLUMNS[kind] if not (hide_client and c is CLIENT)]
        self.query = JournalQuery(client_id=client_id)
        self._rows: list[JournalRow] = []
        self._paid: dict[int, Decimal] = {}
        self._more = False
        self.on_error: Callable[[Exception], None] | None = None

    # -- reading --------------------------------------------------------------------------------
    def set_query(self, query: JournalQuery) -> None:
        """Show the journal under new filters (a card's client stays fixed), from the top."""
        if self.client_id is not None:
            query = replace(query, client_id=self.client_id)
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Read the first window again (F5, after a document was saved or deleted)."""
        self.beginResetModel()
        self._rows, self._paid, self._more = [], {}, False
        try:
            self._append(self._window(None))
        finally:
            self.endResetModel()

    def _window(self, after: tuple[date, int] | None) -> list[JournalRow]:
        try:
            rows = documents.journal(self._session, self.kind, self.query, after, WINDOW)
            if self.kind == "invoice" and rows:
                self._paid.update(documents.paid_sums(self._session, [r.id for r in rows]))
        except Exception as exc:  # noqa: BLE001 - shown by the widget; the rows read so far stay
            if self.on_error is None:
                raise
            self.on_error(exc)
            return []
        return rows

    def _append(self, rows: Sequence[JournalRow]) -> None:
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

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self._paid.get(row.id, ZERO))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.fields.get("status") == OrderStatus.CANCELLED:
            return DIMMED
        if role == RowIdRole:
            return row.id
        return None

    def row(self, number: int) -> JournalRow:
        return self._rows[number]

    def column_chars(self) -> list[int]:
        return [c.chars for c in self.columns]

    def column_titles(self) -> list[str]:
        return [c.title for c in self.columns]

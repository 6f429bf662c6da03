"""The table of "Журнал движения материалов" (WH-1, WH-3): windows of WINDOW documents read on
demand, newest first, after the (time, id) of the last row held (widgets/keyset_model.py) —
never by offset, so a journal of years of documents opens with its first window only. The first
column is the posting indicator (indicators.py)."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import format_money
from crm_desktop.services import warehouse
from crm_desktop.services.session import Session
from crm_desktop.services.warehouse import JournalQuery
from crm_desktop.ui.warehouse.indicators import Indicator, icon, indicator_of, tooltip
from crm_desktop.ui.widgets.keyset_model import MONEY, Column, KeysetModel

WINDOW = 200
ZERO = Decimal(0)
Row = dict[str, Any]
IndicatorRole = Qt.ItemDataRole.UserRole + 1


def _kind(row: Row) -> str:
    try:
        return Kind(row["doc_kind"]).label
    except ValueError:
        return str(row["doc_kind"])


COLUMNS = (
    Column("", lambda r: "", sample="", tip="Проведение: галочка — проведён, жёлтая — проведён после точки "
                                             "актуальности, оранжевый замок — в резерве"),
    Column("№", lambda r: r.get("doc_no") or "", sample="000000"),
    Column("Дата/время", lambda r: f"{r['doc_time']:%d.%m.%Y %H:%M}", sample="00.00.0000 00:00"),
    Column("Вид", _kind, sample="Возвратная накладная"),
    Column("Склад", lambda r: r.get("warehouse_name") or "", sample="Основной склад"),
    Column("Контрагент", lambda r: r.get("client_name") or "", sample="ООО «Контрагент и партнёры»"),
    Column("Сумма", lambda r: "" if r["doc_kind"] == Kind.PRODUCTION.value else format_money(r.get("total") or ZERO),
           MONEY, sample="1 000 000,00"),
    Column("Менеджер", lambda r: r.get("manager_name") or "", sample="Менеджеров Михаил"),
)
INDICATOR = 0
CLIENT = 5


class StockJournalModel(KeysetModel[Row]):
    """Rows under a JournalQuery; errors of reading go to `on_error` (the window shows them)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda after, size: warehouse.journal(session, self.query, after, size),
                         lambda row: (row["doc_time"], row["id"]), WINDOW, parent)
        self._session = session
        self.query = JournalQuery()
        self.actual_from: datetime | None = None

    def set_query(self, query: JournalQuery) -> None:
        self.query = query
        self.refresh()

    def _on_reset(self) -> None:
        """The actuality point the yellow indicators refer to, read with the first window."""
        try:
            self.actual_from = warehouse.stock_state(self._session).actual_from
        except Exception as exc:  # noqa: BLE001 - shown by the window
            self.report(exc)

    def tooltip(self, row: Row, number: int) -> str | None:
        if number == INDICATOR:
            return self.tr(tooltip(indicator_of(row), row, self.actual_from))
        return (row.get("client_name") or None) if number == CLIENT else None

    def decoration(self, row: Row, number: int) -> QIcon | None:
        return icon(indicator_of(row)) if number == INDICATOR else None

    def role_data(self, row: Row, number: int, role: int) -> Any:
        return indicator_of(row) if number == INDICATOR and role == IndicatorRole else None

    def row_of(self, doc_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r["id"] == doc_id), None)

    def indicator(self, number: int) -> Indicator:
        return indicator_of(self._rows[number])

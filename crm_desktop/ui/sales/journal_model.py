"""The table of a document journal (manual: «Журнал “Счета”» and the journals of acts, VAT
invoices, payments, sales, works, contracts and orders): windows of WINDOW rows read on demand,
newest first, by the key of the last row read (widgets/keyset_model.py) — a journal of a million
invoices opens with its first window only. An invoice's paid sum is read for the whole window in
one query."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.domain.documents import Settlement
from crm_desktop.domain.money import format_money, format_qty
from crm_desktop.domain.orders import OrderStatus, status_label
from crm_desktop.services import documents
from crm_desktop.services.documents import JournalQuery, JournalRow
from crm_desktop.services.session import Session
from crm_desktop.ui.widgets.keyset_model import MONEY, Column, KeysetModel

WINDOW = 100
ZERO = Decimal(0)
DIMMED = QBrush(QColor("#8a8a8a"))      # a cancelled order
RowIdRole = Qt.ItemDataRole.UserRole + 1


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
TOTAL = Column("Сумма", _money("total"), align=MONEY)
AMOUNT = Column("Сумма", _money("amount"), align=MONEY)
ENTITY = Column("Юр. лицо", _field("legal_entity_name"), chars=16)
MANAGER = Column("Менеджер", lambda row, _paid: row.manager_name, chars=20)
PAID = Column("Оплачено", _money("paid"), align=MONEY)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "invoice": (DATE, NUMBER, CLIENT, TOTAL, Column("Оплачено", lambda _row, paid: format_money(paid), align=MONEY),
                Column("Состояние", _state, chars=17), ENTITY, MANAGER),
    "act": (DATE, NUMBER, CLIENT, TOTAL, Column("НДС", _money("vat_amount"), align=MONEY), ENTITY, MANAGER),
    "payment": (DATE, CLIENT, AMOUNT,
                Column("Вид", lambda row, _paid: documents.PAY_KINDS.get(row.fields.get("pay_kind"), "")),
                Column("№ документа", _field("doc_no")), ENTITY, MANAGER),
    "sale": (DATE, CLIENT, Column("Товар", _field("product"), chars=34),
             Column("Кол-во", lambda row, _paid: format_qty(row.fields.get("quantity") or ZERO), align=MONEY),
             AMOUNT, PAID, MANAGER),
    "work": (DATE, CLIENT, Column("Описание", lambda row, _paid: " ".join(str(row.fields.get("description") or "")
                                                                            .split()), chars=40),
             Column("Нормо-часы", lambda row, _paid: format_money(row.fields.get("norm_hours") or ZERO), align=MONEY),
             AMOUNT, PAID, MANAGER),
    "contract": (DATE, NUMBER, CLIENT, AMOUNT, Column("Окончание", lambda row, _paid: _day(row.fields.get("exp_date"))),
                 ENTITY, MANAGER),
    "order": (DATE, NUMBER, CLIENT, TOTAL, Column("Статус", lambda row, _paid: status_label(row.fields.get("status"))),
              Column("Срок", lambda row, _paid: _day(row.fields.get("due_date")), chars=10), ENTITY, MANAGER),
}
COLUMNS["vat-invoice"] = COLUMNS["act"]
KINDS = tuple(COLUMNS)


class JournalModel(KeysetModel[JournalRow]):
    """Rows of one journal kind under a JournalQuery; `client_id` (a card's journal) fixes the
    client. `in_card` hides the client column, also while a new card has no client yet.
    Errors of reading reach `on_error` (the widget shows them)."""

    def __init__(self, session: Session, kind: str, client_id: int | None = None,
                 parent: QObject | None = None, in_card: bool | None = None) -> None:
        hide_client = client_id is not None if in_card is None else in_card
        super().__init__([c for c in COLUMNS[kind] if not (hide_client and c is CLIENT)], self._load_window,
                         lambda row: row.key, WINDOW, parent)
        self._session, self.kind, self.client_id = session, kind, client_id
        self.query = JournalQuery(client_id=client_id)
        self._paid: dict[int, Decimal] = {}

    def set_query(self, query: JournalQuery) -> None:
        """Show the journal under new filters (a card's client stays fixed), from the top."""
        if self.client_id is not None:
            query = replace(query, client_id=self.client_id)
        self.query = query
        self.refresh()

    def _on_reset(self) -> None:
        self._paid = {}

    def _load_window(self, after: tuple[date, int] | None, size: int) -> list[JournalRow]:
        rows = documents.journal(self._session, self.kind, self.query, after, size)
        if self.kind == "invoice" and rows:
            self._paid.update(documents.paid_sums(self._session, [r.id for r in rows]))
        return rows

    def text(self, row: JournalRow, column: Column) -> str:
        return column.text(row, self._paid.get(row.id, ZERO))

    def foreground(self, row: JournalRow) -> QBrush | None:
        return DIMMED if row.fields.get("status") == OrderStatus.CANCELLED else None

    def role_data(self, row: JournalRow, number: int, role: int) -> Any:
        return row.id if role == RowIdRole else None

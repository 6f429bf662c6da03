"""The table of «Журнал движения денежных средств»: windows of WINDOW orders read on demand,
newest first, by the key of the last row read (widgets/keyset_model.py), so a journal of years
of cash opens with its first window only. Receipts and expenses stand in columns of their own,
as in a cash book; an unposted order is grey (it does not move the desk's money)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from crm_desktop.domain.cash import LABELS, CashKind
from crm_desktop.domain.money import format_money
from crm_desktop.services import cash
from crm_desktop.services.cash import JournalQuery, JournalRow
from crm_desktop.services.session import Session
from crm_desktop.ui.widgets.keyset_model import MARK, MONEY, Column, KeysetModel

WINDOW = 100
GREY = QColor(128, 128, 128)


def _sum_of(kind: CashKind) -> Callable[[JournalRow], str]:
    return lambda row: format_money(row.amount) if row.kind is kind else ""


COLUMNS: tuple[Column, ...] = (
    Column("✓", lambda r: "✓" if r.posted else "", MARK, tip="Проведён", sample="✓"),
    Column(LABELS["doc_time"], lambda r: f"{r.doc_time:%d.%m.%Y}", sample="00.00.0000"),
    Column(LABELS["doc_no"], lambda r: r.doc_no, sample="0000"),
    Column("Вид", lambda r: r.kind.short, MARK,
           tip="ПКО — приходный, РКО — расходный кассовый ордер", sample="ПКО"),
    Column(LABELS["desk_id"], lambda r: r.desk_name, sample="Основная касса"),
    Column(LABELS["legal_entity_id"], lambda r: r.legal_entity_name, sample="ООО «Ромашка»"),
    Column(LABELS["client_id"], lambda r: r.client_name, sample="ООО «Аудит»"),
    Column("От кого / кому", lambda r: r.person, tip="ПКО: от кого приняты деньги, РКО: кому выданы",
           sample="Иванова Мария С."),
    Column(LABELS["basis"], lambda r: r.basis, sample="Оплата по счёту №"),
    Column("Приход", _sum_of(CashKind.RECEIPT), MONEY, sample="999 999,99"),
    Column("Расход", _sum_of(CashKind.EXPENSE), MONEY, sample="999 999,99"),
    Column("Менеджер", lambda r: r.manager_name, sample="Менеджеров"),
)


class CashJournalModel(KeysetModel[JournalRow]):
    """Rows under a JournalQuery; errors of reading reach `on_error` (the window shows them)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda after, size: cash.journal(session, self.query, after, size),
                         lambda row: row.key, WINDOW, parent)
        self.query = JournalQuery()

    def set_query(self, query: JournalQuery) -> None:
        self.query = query
        self.refresh()

    def tooltip(self, row: JournalRow, number: int) -> str | None:
        """The whole text where a column of text cuts it."""
        column = self.columns[number]
        return (self.text(row, column) or None) if column.align is None else None

    def foreground(self, row: JournalRow) -> QColor | None:
        return None if row.posted else GREY

"""Orders of «Центр приема заказов» (ORD-1; manual "Центр приема заказов"): an order is a sales
document of the invoices' shape (domain/documents.Draft of kind "order") with a status and the
warehouse it is shipped from. Here: the statuses, the stock check of its lines, and the texts
that tie the documents entered from it back to it.

The stock check answers the manual's "быстро проверить, есть ли необходимый товар в наличии":
every line of a stocked item takes from what the order's warehouse holds of it for the order's
legal entity, in line order, so that two lines of one item are not both told "enough" when
together they need more than there is. Free-text lines and services are not stocked."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum, StrEnum

from crm_desktop.domain.documents import DocLine
from crm_desktop.domain.stock_docs import format_qty

ZERO = Decimal(0)


class OrderStatus(IntEnum):
    """The value is ORDERS.STATUS."""
    NEW = 1
    IN_WORK = 2
    DONE = 3
    CANCELLED = 4

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {OrderStatus.NEW: "Новый", OrderStatus.IN_WORK: "В работе", OrderStatus.DONE: "Выполнен",
           OrderStatus.CANCELLED: "Отменён"}


def status_label(value: int | None) -> str:
    """The status as the journal shows it ("" for a value no status has)."""
    try:
        return OrderStatus(value).label
    except ValueError:
        return ""


@dataclass(frozen=True)
class OnHand:
    """What the order's warehouse holds for its legal entity: quantity per item (an item not in
    `quantities` has none), and the items that are not stocked at all (services)."""
    quantities: Mapping[int, Decimal]
    not_stocked: frozenset[int] = frozenset()


@dataclass(frozen=True)
class LineStock:
    """The stock of one line's item (`available`, None for a line nothing is stocked for) and
    how much of the line it cannot cover (`short`, 0 when it can)."""
    available: Decimal | None
    short: Decimal = ZERO

    @property
    def is_short(self) -> bool:
        return self.short > 0


def check_stock(lines: Sequence[DocLine], on_hand: OnHand) -> list[LineStock]:
    """Per line: the item's stock, and what the line lacks once the lines above it took theirs."""
    left = dict(on_hand.quantities)
    checks = []
    for line in lines:
        item = line.item_id
        if item is None or item in on_hand.not_stocked:
            checks.append(LineStock(None))
            continue
        available = on_hand.quantities.get(item, ZERO)
        before = left.get(item, ZERO)
        left[item] = before - line.quantity
        checks.append(LineStock(available, max(line.quantity - max(before, ZERO), ZERO)))
    return checks


def stock_summary(lines: Sequence[DocLine], checks: Sequence[LineStock], warehouse: str) -> str:
    """One sentence under the lines: all there, or which items lack how much."""
    short = [(line, check) for line, check in zip(lines, checks) if check.is_short]
    stocked = any(check.available is not None for check in checks)
    if not short:
        return f"Весь товар заказа есть на складе «{warehouse}»." if stocked else ""
    parts = "; ".join(f"«{line.name}» — не хватает {format_qty(check.short)}" for line, check in short)
    return f"На складе «{warehouse}» недостаточно товара: {parts}."


def order_title(doc_no: str, doc_date: date) -> str:
    return f"Заказ № {doc_no} от {doc_date:%d.%m.%Y}"


def payment_basis(doc_no: str, doc_date: date) -> str:
    """The «Основание» of the ПКО entered from an order."""
    return f"Оплата по заказу № {doc_no} от {doc_date:%d.%m.%Y}"


def based_on_note(doc_no: str, doc_date: date) -> str:
    """The note an invoice or expense entered from an order carries, so it can be traced back."""
    return f"На основании: {order_title(doc_no, doc_date)}"


class Source(StrEnum):
    """Where a document entered from an order lives: its journal and its card."""
    INVOICE = "invoice"
    STOCK = "stock"
    CASH = "cash"


@dataclass(frozen=True)
class OrderDocument:
    """One line of the order card's «Документы заказа»: a document whose ORDER_ID is the
    order's (an invoice, a warehouse document, a cash order), as the user may see it."""
    source: Source
    doc_id: int
    title: str               # «Счёт», «Расходная накладная», «Приходный кассовый ордер»
    doc_no: str
    doc_date: date
    total: Decimal


def order_documents_sorted(found: Sequence[OrderDocument]) -> list[OrderDocument]:
    """Oldest first; on one day invoices, then warehouse documents, then cash orders (the order
    in which «Ввести на основании» offers them)."""
    rank = {source: n for n, source in enumerate(Source)}
    return sorted(found, key=lambda d: (d.doc_date, rank[d.source], d.doc_id))


__all__ = ["LineStock", "OnHand", "OrderDocument", "OrderStatus", "Source", "based_on_note", "check_stock",
           "order_documents_sorted", "order_title", "payment_basis", "status_label", "stock_summary"]

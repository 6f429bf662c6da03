"""Warehouse documents as the user fills them (WH-2): receipt, expense, return and production;
their validation, sums, the receipt's mark-up arithmetic and what the FIFO ledger posts.

A receipt line's cost is its sum without VAT (VAT is not the goods' cost), whether the prices
hold VAT inside or get it on top; an expense line's price is the sale price, its cost is
whatever FIFO finds when the document is posted."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal

from crm_desktop.domain.fifo import Document, Kind, Line
from crm_desktop.domain.money import VatMode, q2, q3
from crm_desktop.domain.pricing import LineInput, PricedLine, Totals, priced, totals
from crm_desktop.domain.validation import FieldError

ZERO = Decimal("0.00")
RESERVE_MIN = timedelta(hours=1)
RESERVE_MAX = timedelta(days=31)       # "от 1 часа до 1 месяца"
WITH_CLIENT = {Kind.RECEIPT: "Поставщик", Kind.EXPENSE: "Покупатель", Kind.RETURN: "Покупатель"}


def sale_price(purchase_price: Decimal, markup: Decimal) -> Decimal:
    """The sale price a mark-up gives (the item card's rule)."""
    return q2(purchase_price * (100 + markup) / 100)


def markup_of(purchase_price: Decimal, price: Decimal) -> Decimal:
    """The mark-up a typed sale price means, in percent to two places (0 without a price)."""
    if purchase_price <= 0:
        return ZERO
    return q2((price / purchase_price - 1) * 100)


@dataclass(frozen=True)
class StockLine:
    """A line as entered. `price`: purchase price of a receipt line, sale price otherwise;
    `markup`/`sale_price` only on receipts; `base_line_id` the expense line a return line
    returns (or `base_index` the product line of a production component, by position)."""
    item_id: int
    name: str
    unit_name: str
    quantity: Decimal
    price: Decimal
    vat_rate: Decimal | None = None
    markup: Decimal | None = None
    sale_price: Decimal | None = None
    warehouse_id: int | None = None
    incoming: bool = True
    base_line_id: int | None = None
    base_index: int | None = None
    line_id: int | None = None
    cost: Decimal | None = None

    def with_markup(self, markup: Decimal) -> StockLine:
        return replace(self, markup=markup, sale_price=sale_price(self.price, markup))

    def with_sale_price(self, price: Decimal) -> StockLine:
        return replace(self, sale_price=price, markup=markup_of(self.price, price))


@dataclass
class StockDraft:
    kind: Kind
    legal_entity_id: int | None
    warehouse_id: int | None
    doc_time: datetime
    client_id: int | None = None
    manager_id: int | None = None
    vat_mode: VatMode = VatMode.INSIDE
    notes: str = ""
    lines: list[StockLine] = field(default_factory=list)
    id: int | None = None
    doc_no: str = ""
    row_version: int = 0
    posted: bool = False
    reserved_until: datetime | None = None
    client_name: str = ""
    base_doc_id: int | None = None
    order_id: int | None = None           # the order an expense was entered from (ORD-1)

    @property
    def title(self) -> str:
        number = f" № {self.doc_no}" if self.doc_no else ""
        return f"{self.kind.label}{number} от {self.doc_time:%d.%m.%Y}"


def priced_line(line: StockLine, vat_mode: VatMode) -> PricedLine:
    return priced(LineInput(line.item_id, (), line.quantity, line.price, line.vat_rate, True), vat_mode)


def document_totals(draft: StockDraft) -> Totals:
    """Sums of the lines that carry money: a production's components cost, they are not sold."""
    return totals([priced_line(ln, draft.vat_mode) for ln in draft.lines if ln.incoming or draft.kind is not Kind.PRODUCTION])


def receipt_cost(line: StockLine, vat_mode: VatMode) -> Decimal:
    """What a received line costs the warehouse: its sum without VAT."""
    p = priced_line(line, vat_mode)
    return p.total - p.vat_amount


def errors(draft: StockDraft) -> list[FieldError]:
    """What keeps the document from being saved, each naming its field."""
    found: list[FieldError] = []
    if draft.legal_entity_id is None:
        found.append(FieldError("legal_entity_id", "Выберите юридическое лицо: без него документ не отразится в учёте."))
    if draft.warehouse_id is None:
        found.append(FieldError("warehouse_id", "Выберите склад."))
    if draft.kind in WITH_CLIENT and draft.client_id is None:
        found.append(FieldError("client_id", f"Укажите контрагента («{WITH_CLIENT[draft.kind]}»)."))
    if not draft.lines:
        found.append(FieldError("lines", "Добавьте хотя бы одну позицию (Ins)."))
    for n, ln in enumerate(draft.lines, start=1):
        if ln.quantity <= 0:
            found.append(FieldError("lines", f"Строка {n} («{ln.name}»): количество должно быть больше нуля."))
        elif q3(ln.quantity) != ln.quantity:
            found.append(FieldError("lines", f"Строка {n} («{ln.name}»): не больше трёх знаков после запятой."))
        if ln.price < 0:
            found.append(FieldError("lines", f"Строка {n} («{ln.name}»): цена не может быть отрицательной."))
        if draft.kind is Kind.RETURN and ln.base_line_id is None:
            found.append(FieldError("lines", f"Строка {n} («{ln.name}»): возврат оформляется по расходной "
                                             "накладной («Ввести на основании»)."))
    if draft.kind is Kind.PRODUCTION and not any(ln.incoming for ln in draft.lines):
        found.append(FieldError("lines", "Укажите выпускаемую продукцию."))
    return found


def to_posting(draft: StockDraft) -> Document:
    """The document as the ledger posts it (its lines saved: they have ids)."""
    assert draft.id is not None and draft.legal_entity_id is not None
    lines = []
    for ln in draft.lines:
        assert ln.line_id is not None
        warehouse = ln.warehouse_id or draft.warehouse_id
        cost = receipt_cost(ln, draft.vat_mode) if draft.kind is Kind.RECEIPT else None
        lines.append(Line(ln.line_id, ln.item_id, warehouse, ln.quantity, ln.incoming, cost, ln.base_line_id))
    return Document(draft.id, draft.kind, draft.doc_time, draft.legal_entity_id, tuple(lines))


def reserve_problem(until: datetime, now: datetime) -> str | None:
    if until - now < RESERVE_MIN - timedelta(seconds=1):
        return "Резерв ставится не меньше чем на 1 час."
    if until - now > RESERVE_MAX:
        return "Резерв ставится не больше чем на 1 месяц."
    return None


def shortage_message(name: str, warehouse: str, needed: Decimal, available: Decimal, moment: datetime) -> str:
    return (f"Недостаточно «{name}» на складе «{warehouse}» на {moment:%d.%m.%Y %H:%M}: нужно "
            f"{format_qty(needed)}, в наличии {format_qty(available)}. Документ не проведён.")


def format_qty(value: Decimal) -> str:
    """A quantity without trailing zeros: 3, 2,5, 0,125."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def margin(amount: Decimal, cost: Decimal) -> Decimal:
    return q2(amount - cost)

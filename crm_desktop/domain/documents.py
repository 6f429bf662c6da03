"""Sales documents as the user fills them (SAL-2, SAL-4, SAL-6, SAL-8; orders of ORD-1): the draft
a card edits, its validation, numbers with the user's prefix, payment state and the balance
control rule."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from crm_desktop.domain.money import VatMode, format_money
from crm_desktop.domain.pricing import LineInput, PricedLine, check_discount, priced, totals
from crm_desktop.domain.validation import FieldError

KIND_TITLES = {"invoice": "Счёт", "act": "Акт", "vat-invoice": "Счёт-фактура", "contract": "Договор", "order": "Заказ"}
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DocLine:
    """One line as entered: the item it came from (None for free text), what is printed, and
    the inputs of the price; the printed price, sums and VAT come from pricing.priced."""
    item_id: int | None
    name: str
    unit_name: str
    unit_code: str
    quantity: Decimal
    base_price: Decimal
    discount: Decimal = ZERO
    vat_rate: Decimal | None = None
    no_discount: bool = False
    group_path: tuple[int, ...] = ()

    def pricing(self) -> LineInput:
        return LineInput(self.item_id, self.group_path, self.quantity, self.base_price, self.vat_rate,
                         self.no_discount, self.discount)


@dataclass
class Draft:
    """An invoice, act, VAT invoice or order in its card. `doc_no` empty means "number it on
    save"; `row_version` 0 means new. `due_date` is an invoice's payment term and an order's
    term of fulfilment; `warehouse_id` and `status` are an order's (domain/orders.py);
    `order_id` links an invoice to the order it was entered from («Документы заказа»)."""
    kind: str
    client_id: int
    legal_entity_id: int | None
    doc_date: date
    id: int | None = None
    bank_account_id: int | None = None
    doc_no: str = ""
    due_date: date | None = None
    manager_id: int | None = None
    attention: str = ""
    vat_mode: VatMode = VatMode.INSIDE
    discount: Decimal | None = None          # the manager's operative discount of the document
    special_offer: bool = False              # the client's special offer priced the lines
    invoice_id: int | None = None            # the invoice an act or VAT invoice was entered from
    act_id: int | None = None
    payment_doc: str = ""
    notes: str = ""
    lines: list[DocLine] = field(default_factory=list)
    row_version: int = 0
    client_name: str = ""
    warehouse_id: int | None = None          # the warehouse an order is checked against and shipped from
    status: int = 1                          # an order's OrderStatus (1 «Новый»)
    order_id: int | None = None              # the order an invoice was entered from (ORD-1)

    def priced(self) -> list[PricedLine]:
        return [priced(line.pricing(), self.vat_mode) for line in self.lines]


def document_errors(draft: Draft) -> list[FieldError]:
    """Every problem of a draft at once, each naming the field and the fix."""
    errors = []
    if draft.legal_entity_id is None:
        errors.append(FieldError("legal_entity_id", "Укажите получателя — юридическое лицо (Настройки – Константы)."))
    if not draft.lines:
        errors.append(FieldError("lines", "Добавьте в документ хотя бы одну позицию (клавиша Ins)."))
    if draft.due_date is not None and draft.due_date < draft.doc_date:
        term = "Срок исполнения" if draft.kind == "order" else "Срок оплаты"
        errors.append(FieldError("due_date", f"{term} не может быть раньше даты документа."))
    if draft.discount is not None:
        try:
            check_discount(draft.discount)
        except ValueError as exc:
            errors.append(FieldError("discount", str(exc)))
    for n, line in enumerate(draft.lines, 1):
        if not line.name.strip():
            errors.append(FieldError("lines", f"Строка {n}: укажите наименование."))
        if line.quantity <= 0:
            errors.append(FieldError("lines", f"Строка {n} «{line.name}»: количество должно быть больше нуля."))
        if line.base_price < 0:
            errors.append(FieldError("lines", f"Строка {n} «{line.name}»: цена не может быть отрицательной."))
        try:
            check_discount(line.discount)
        except ValueError as exc:
            errors.append(FieldError("lines", f"Строка {n} «{line.name}»: {exc}"))
    return errors


def numbered(prefix: str | None, number: int) -> str:
    """The printed number: "АМ-422" with the user's prefix, "422" without."""
    prefix = (prefix or "").strip()
    return f"{prefix}-{number}" if prefix else str(number)


class PaymentState(Enum):
    UNPAID = "Не оплачен"
    PARTLY = "Оплачен частично"
    PAID = "Оплачен"


@dataclass(frozen=True)
class Settlement:
    """An invoice against its payments: what is left to pay and what was paid beyond it (the
    client's advance)."""
    total: Decimal
    paid: Decimal

    @property
    def state(self) -> PaymentState:
        if self.paid <= 0:
            return PaymentState.UNPAID
        return PaymentState.PAID if self.paid >= self.total else PaymentState.PARTLY

    @property
    def remainder(self) -> Decimal:
        return max(self.total - self.paid, ZERO)

    @property
    def advance(self) -> Decimal:
        return max(self.paid - self.total, ZERO)

    def describe(self) -> str:
        text = self.state.value
        if self.state is PaymentState.PARTLY:
            text += f", осталось {format_money(self.remainder)} руб."
        if self.advance > 0:
            text += f"; переплата {format_money(self.advance)} руб. учтена как аванс клиента"
        return text


class BalanceExceeded(Exception):
    """A shipment document that would take the client's debt over the credit limit; str() is
    the message with the figures."""


def check_balance(debt: Decimal, shipment: Decimal, credit_limit: Decimal | None) -> None:
    """Manual "Контроль балансов": debt (shipped minus paid) plus this shipment may not exceed
    the credit limit of the card's Security tab; no limit there means no control."""
    if credit_limit is None:
        return
    after = debt + shipment
    if after > credit_limit:
        raise BalanceExceeded(
            f"Отгрузка заблокирована контролем балансов: долг клиента {format_money(max(debt, ZERO))} руб., "
            f"с этим документом на {format_money(shipment)} руб. он составит {format_money(after)} руб. "
            f"при кредитном лимите {format_money(credit_limit)} руб. (карточка клиента, вкладка "
            f"«Безопасность»). Примите оплату или попросите уполномоченного сотрудника изменить лимит.")


__all__ = ["BalanceExceeded", "DocLine", "Draft", "KIND_TITLES", "PaymentState", "Settlement", "check_balance",
           "document_errors", "numbered", "totals"]

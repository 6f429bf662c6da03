"""What a print form of a sales document shows, as plain values: the services fill these
from the database and the renderers (``pdf_forms``) only lay them out, so a form never
computes money and its totals are exactly the stored ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Party:
    """A supplier or buyer with the requisites the forms print (empty ones are left out)."""

    name: str
    inn: str = ""
    kpp: str = ""
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bik: str = ""
    corr_account: str = ""
    account_no: str = ""
    director: str = ""
    chief_accountant: str = ""


@dataclass(frozen=True)
class Line:
    """One document line. ``amount`` is the line sum as entered (after discount, with VAT when
    VAT is included); ``total`` is amount + VAT when VAT is on top, else amount. ``discount``
    is a percentage; ``vat_rate`` a percentage, ``None`` for "без НДС"."""

    no: int
    name: str
    unit: str
    unit_code: str
    quantity: Decimal
    price: Decimal
    discount: Decimal
    amount: Decimal
    vat_rate: Decimal | None
    vat_amount: Decimal
    total: Decimal


@dataclass(frozen=True)
class PrintDocument:
    """A document to print. ``kind`` is "invoice" (счёт на оплату), "act" (акт оказанных
    услуг), "vat-invoice" (счёт-фактура), "order" (заказ-наряд), "order-invoice"
    (заказ-счёт) or "prepayment-invoice" (счёт на предоплату of an expense); ``basis``,
    ``payment_doc`` and ``shipment_doc`` are printed as given, e.g.
    "Счёт № АМ-422 от 01.12.2026"; ``due_date`` and ``manager`` are an order's term and the
    employee who took it."""

    kind: str
    number: str
    date: date
    supplier: Party
    buyer: Party
    lines: tuple[Line, ...]
    amount: Decimal
    vat: Decimal
    total: Decimal
    vat_on_top: bool
    attention: str = ""
    basis: str = ""
    payment_doc: str = ""
    shipment_doc: str = ""
    notes: str = ""
    generated_by: str = ""
    due_date: date | None = None
    manager: str = ""

"""What the warehouse print forms show, as plain values (WH-4, WH-5, ORD-2): services fill these
from the stored documents with the user's access rules, the renderers only lay them out, so
no form computes a sum and every total printed is the one stored."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from crm_desktop.reporting.documents import Party


@dataclass(frozen=True)
class StockLine:
    """A document line as stored: ``price`` as entered (a receipt's purchase price, an expense's
    sale price), ``amount`` the line sum as entered, ``total`` with VAT, ``vat_rate`` None for
    «без НДС». ``net_price`` is the price without VAT (domain.stock_print.net_price)."""

    no: int
    code: str
    article: str
    name: str
    unit: str
    unit_code: str
    quantity: Decimal
    price: Decimal
    net_price: Decimal
    amount: Decimal
    vat_rate: Decimal | None
    vat_amount: Decimal
    total: Decimal
    per_package: Decimal | None = None
    manufacturer: str = ""

    @property
    def net(self) -> Decimal:
        """The line without VAT: the stored total less the stored VAT."""
        return self.total - self.vat_amount


@dataclass(frozen=True)
class StockDocument:
    """A receipt or an expense to print. ``supplier`` sends the goods and ``buyer`` takes them:
    for a receipt the client is the supplier and our legal entity the buyer, for an expense the
    other way round. ``ours`` is our legal entity either way (it signs, it is the form's
    organisation)."""

    kind: str
    number: str
    moment: datetime
    ours: Party
    supplier: Party
    buyer: Party
    warehouse: str
    lines: tuple[StockLine, ...]
    amount: Decimal
    vat: Decimal
    total: Decimal
    vat_on_top: bool
    manager: str = ""
    basis: str = ""
    notes: str = ""
    okpo_supplier: str = ""
    okpo_buyer: str = ""
    generated_by: str = ""

    @property
    def day(self) -> date:
        return self.moment.date()

    @property
    def net(self) -> Decimal:
        """The document without VAT: stored total less stored VAT."""
        return self.total - self.vat


@dataclass(frozen=True)
class ProductionLine:
    """A line of «Накладная на выпуск продукции»: a product made (``product_no`` None) or a
    component written off for product ``product_no`` from ``warehouse``. ``cost`` is what
    posting found (a product's is its components' cost), None while the document is unposted."""

    no: int
    code: str
    name: str
    unit: str
    quantity: Decimal
    warehouse: str
    cost: Decimal | None
    product_no: int | None = None


@dataclass(frozen=True)
class ProductionDocument:
    """A production as stored: the products received into ``warehouse`` and the components
    written off (each from its own warehouse)."""

    number: str
    moment: datetime
    ours: Party
    warehouse: str
    products: tuple[ProductionLine, ...]
    components: tuple[ProductionLine, ...]
    posted: bool
    manager: str = ""
    notes: str = ""
    generated_by: str = ""

    @property
    def day(self) -> date:
        return self.moment.date()

    @staticmethod
    def cost_of(lines: tuple[ProductionLine, ...]) -> Decimal | None:
        """The stored costs added up; None when any is missing (not posted)."""
        costs = [ln.cost for ln in lines]
        return None if any(c is None for c in costs) else sum((c for c in costs if c is not None), Decimal("0.00"))


@dataclass(frozen=True)
class CertificateRow:
    """«Сведения о сертификатах»: an expense line's item with its certificate of conformity
    from the nomenclature; empty ``number`` when the item has none."""

    no: int
    name: str
    unit: str
    quantity: Decimal
    number: str = ""
    issuer: str = ""
    valid_to: date | None = None


@dataclass(frozen=True)
class CertificateList:
    """The certificates of the goods of one expense, as handed to the buyer."""

    number: str
    moment: datetime
    ours: Party
    buyer: Party
    rows: tuple[CertificateRow, ...]
    manager: str = ""
    generated_by: str = ""

    @property
    def day(self) -> date:
        return self.moment.date()


@dataclass(frozen=True)
class CashOrder:
    """ПКО (``incoming``) or РКО as stored; ``number`` empty when the form is printed from an
    expense that has no cash order yet (the cashier writes the number in)."""

    incoming: bool
    number: str
    day: date
    amount: Decimal
    organisation: str
    okpo: str
    person: str
    basis: str
    director: str
    chief_accountant: str
    cashier: str
    notes: str = ""
    desk: str = ""
    generated_by: str = ""


@dataclass(frozen=True)
class PriceTag:
    code: str
    article: str
    name: str
    manufacturer: str
    price: Decimal
    unit: str
    entity: str
    day: date


@dataclass(frozen=True)
class PriceRow:
    """One item of a price list; ``stock`` is already what the column shows (a number, signs or
    nothing)."""

    ref: str
    name: str
    unit: str
    price: Decimal
    stock: str = ""
    per_package: str = ""


@dataclass(frozen=True)
class PriceSection:
    title: str
    rows: tuple[PriceRow, ...]


@dataclass(frozen=True)
class PriceList:
    """A price list: our legal entity's header, the columns asked for, the sections in order.
    ``ref_title`` is «Код» or «Артикул»; ``stock_title`` empty when no stock column;
    ``picker_columns`` adds five empty columns for whoever picks the order."""

    entity: Party
    day: date
    sections: tuple[PriceSection, ...]
    ref_title: str = "Артикул"
    stock_title: str = ""
    per_package: bool = False
    picker_columns: bool = False
    email: str = ""
    generated_by: str = ""

    @property
    def count(self) -> int:
        return sum(len(s.rows) for s in self.sections)

"""«Заявка поставщику» from the analysis of sales (WH-6; manual "Формирование заявки поставщику"):
for a period and chosen suppliers, the items bought from them with the last purchase price, the
stock now and what was sold in the period; the user types the quantity to order, and the sum,
the weight (тоннаж) and the volume (кубаж) of the order follow from the items' unit weight and
volume in the nomenclature. Pure rules: what a line and the whole order come to, and the
purchase history reduced to one price per supplier and item."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from crm_desktop.domain.money import q2, q3
from crm_desktop.domain.validation import FieldError

ZERO = Decimal(0)


@dataclass(frozen=True)
class Purchase:
    """One line of a posted receipt, as the history gives it (oldest first)."""
    supplier_id: int
    supplier_name: str
    item_id: int
    quantity: Decimal
    price: Decimal


@dataclass(frozen=True)
class Bought:
    """What was bought of an item from a supplier in the period: the price of the last
    purchase and the quantity of all of them."""
    supplier_id: int
    supplier_name: str
    item_id: int
    last_price: Decimal
    quantity: Decimal


def reduce_purchases(history: Iterable[Purchase]) -> list[Bought]:
    """Per (supplier, item) in order of first purchase: the last price wins, quantities add."""
    found: dict[tuple[int, int], Bought] = {}
    for p in history:
        key = (p.supplier_id, p.item_id)
        before = found.get(key)
        found[key] = Bought(p.supplier_id, p.supplier_name, p.item_id, p.price,
                            p.quantity + (before.quantity if before else ZERO))
    return list(found.values())


@dataclass(frozen=True)
class SupplyLine:
    """A line of the analysis: an item bought from a supplier, with the figures the manager
    orders by, and `order`, the quantity he types (0: not ordered). `weight` (kg) and
    `volume` (m³) are per unit, None where the nomenclature does not say."""
    supplier_id: int
    supplier_name: str
    item_id: int
    name: str
    code: str
    unit: str
    price: Decimal
    purchased: Decimal
    stock: Decimal
    consumed: Decimal
    weight: Decimal | None = None
    volume: Decimal | None = None
    order: Decimal = ZERO

    @property
    def amount(self) -> Decimal:
        return q2(self.order * self.price)

    @property
    def total_weight(self) -> Decimal | None:
        return q3(self.order * self.weight) if self.weight is not None else None

    @property
    def total_volume(self) -> Decimal | None:
        return q3(self.order * self.volume) if self.volume is not None else None

    def ordering(self, quantity: Decimal) -> SupplyLine:
        return replace(self, order=quantity)


@dataclass(frozen=True)
class SupplyTotals:
    """The order as a whole: its sum, weight and volume, how many lines are ordered, and how
    many of those lack a unit weight or volume (so the totals are known to be short)."""
    amount: Decimal
    weight: Decimal
    volume: Decimal
    positions: int
    without_weight: int
    without_volume: int


def supply_totals(lines: Sequence[SupplyLine]) -> SupplyTotals:
    ordered = [ln for ln in lines if ln.order > 0]
    return SupplyTotals(sum((ln.amount for ln in ordered), Decimal("0.00")),
                        sum((ln.total_weight or ZERO for ln in ordered), Decimal("0.000")),
                        sum((ln.total_volume or ZERO for ln in ordered), Decimal("0.000")),
                        len(ordered), sum(ln.weight is None for ln in ordered), sum(ln.volume is None for ln in ordered))


def by_supplier(lines: Sequence[SupplyLine]) -> list[list[SupplyLine]]:
    """The ordered lines grouped per supplier (one printed order each), in the lines' order."""
    groups: dict[int, list[SupplyLine]] = {}
    for ln in lines:
        if ln.order > 0:
            groups.setdefault(ln.supplier_id, []).append(ln)
    return list(groups.values())


def period_errors(date_from: date | None, date_to: date | None) -> list[FieldError]:
    if date_from is None or date_to is None:
        return [FieldError("period", "Укажите период анализа продаж: начало и конец.")]
    if date_to < date_from:
        return [FieldError("period", "Конец периода раньше его начала.")]
    return []


def order_errors(lines: Sequence[SupplyLine]) -> list[FieldError]:
    """What keeps the order from being printed, each line named."""
    errors = []
    for ln in lines:
        if ln.order < 0:
            errors.append(FieldError("order", f"«{ln.name}»: количество к заказу не может быть отрицательным."))
        elif q3(ln.order) != ln.order:
            errors.append(FieldError("order", f"«{ln.name}»: не больше трёх знаков после запятой."))
    if not errors and not any(ln.order > 0 for ln in lines):
        errors.append(FieldError("order", "Укажите количество к заказу хотя бы у одной позиции (колонка «Заказ»)."))
    return errors


__all__ = ["Bought", "Purchase", "SupplyLine", "SupplyTotals", "by_supplier", "order_errors", "period_errors",
           "reduce_purchases", "supply_totals"]

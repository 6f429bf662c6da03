"""«Заявка поставщику» (WH-6; manual "Формирование заявки поставщику"): step 1 a period, step 2
the suppliers (the counterparties of receipts posted in it that the user may see), step 3
«Начать анализ» lists what was bought from them with the last purchase price, the stock now
(services.warehouse.stock, every warehouse) and the consumption of the period (posted expenses
of every buyer); the user types the quantities to order and «Печатная форма» prints one order
per supplier from the legal entity he names. Nothing is stored: the order is a printed form."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from crm_desktop.data import nomenclature as nom_data, supplier_order as data
from crm_desktop.domain.supplier_order import (SupplyLine, by_supplier, order_errors, period_errors, reduce_purchases,
                                               supply_totals)
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import printing, warehouse
from crm_desktop.services.session import Session

__all__ = ["analyse", "print_order", "suppliers"]


def _bounds(date_from: date | None, date_to: date | None) -> tuple[datetime, datetime]:
    errors = period_errors(date_from, date_to)
    if errors:
        raise ValidationError(errors)
    assert date_from is not None and date_to is not None
    return datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1), time())


def suppliers(session: Session, date_from: date | None, date_to: date | None) -> list[tuple[int, str]]:
    """Step 2's list: (client id, name) of whoever supplied posted receipts in the period."""
    start, end = _bounds(date_from, date_to)
    with session.db.read() as conn:
        return data.suppliers(conn, start, end)


def analyse(session: Session, date_from: date | None, date_to: date | None,
            supplier_ids: Sequence[int]) -> list[SupplyLine]:
    """«Начать анализ»: a line per item bought from each chosen supplier in the period, by
    supplier and item name, nothing ordered yet."""
    start, end = _bounds(date_from, date_to)
    if not supplier_ids:
        raise ValidationError([FieldError("suppliers", "Отметьте хотя бы одного поставщика.")])
    with session.db.read() as conn:
        bought = reduce_purchases(data.purchases(conn, supplier_ids, start, end))
        item_ids = sorted({b.item_id for b in bought})
        items = nom_data.items(conn, item_ids)
        consumed = data.consumption(conn, item_ids, start, end)
    stock: dict[int, Decimal] = defaultdict(Decimal)
    if item_ids:
        wanted = set(item_ids)
        for row in warehouse.stock(session):
            if row["item_id"] in wanted:
                stock[row["item_id"]] += row["quantity"]
    lines = []
    for b in bought:
        item = items.get(b.item_id)
        if item is None:
            continue
        lines.append(SupplyLine(b.supplier_id, b.supplier_name, b.item_id, item["name"],
                                item["code"] or item["article"] or "", item["unit_name"] or "", b.last_price,
                                b.quantity, stock[b.item_id], consumed.get(b.item_id, Decimal(0)),
                                item["weight"] or None, item["volume"] or None))
    return sorted(lines, key=lambda ln: (ln.supplier_name.lower(), ln.supplier_id, ln.name.lower(), ln.item_id))


def print_order(session: Session, legal_entity_id: int | None, lines: Sequence[SupplyLine], out: Path,
                today: date | None = None) -> Path:
    """«Печатная форма»: the ordered lines, one order per supplier, from our legal entity, to
    `out` as PDF. The suppliers are read again with the user's rights: a line of a supplier he
    may not see is refused, not printed."""
    errors = order_errors(lines)
    if legal_entity_id is None:
        errors.insert(0, FieldError("legal_entity_id", "Укажите юр. лицо, от которого оформляется заказ."))
    if errors:
        raise ValidationError(errors)
    from crm_desktop.reporting.supplier_order_form import FormLine, SupplierOrderForm, render_orders  # ReportLab: now
    groups = by_supplier(lines)
    with session.db.read() as conn:
        customer = printing.our_party(conn, legal_entity_id)  # type: ignore[arg-type]
        parties = [printing.buyer(conn, group[0].supplier_id) for group in groups]
    forms = []
    for group, supplier in zip(groups, parties):
        sums = supply_totals(group)
        rows = tuple(FormLine(n, ln.code, ln.name, ln.unit, ln.order, ln.price, ln.amount, ln.total_weight,
                              ln.total_volume) for n, ln in enumerate(group, 1))
        forms.append(SupplierOrderForm(customer, supplier, today or date.today(), rows, sums.amount, sums.weight,
                                       sums.volume, session.user.full_name))
    stamp = f"{session.user.full_name}, {datetime.now():%d.%m.%Y %H:%M}"
    return render_orders(forms, out, stamp)

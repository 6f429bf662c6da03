"""What the warehouse card needs besides the documents themselves (WH-2): a line for an item
picked from the nomenclature, priced for the document's kind — a receipt takes the purchase
price with the item's mark-up and sale price (the manual: "В момент оприходования возможно
изменять наценку на товар или входную цену"), an expense the sale price, production lines
carry no price (their cost comes from the components when posted)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine, markup_of
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import nomenclature, warehouse
from crm_desktop.services.session import Session

ZERO = Decimal("0.00")


def line_for_item(session: Session, kind: Kind, item_id: int, moment: datetime, incoming: bool | None = None,
                  quantity: Decimal = Decimal(1)) -> StockLine:
    """A new line of `item_id`; `incoming` defaults to the kind's direction (a production's
    component is an outgoing line). A service (work, not goods) is refused: it has no stock."""
    card = nomenclature.item(session, item_id)
    if card is None:
        raise ValidationError([FieldError("lines", "Позиция номенклатуры не найдена: возможно, её удалили.")])
    v = card.values
    if v.get("is_service"):
        raise ValidationError([FieldError("lines", f"«{v['name']}» — услуга: услуги не хранятся на складе, "
                                                   "выберите товар.")])
    if incoming is None:
        incoming = kind is not Kind.EXPENSE
    rate = nomenclature.vat_rate(nomenclature.vat_rates(session), v["vat_kind"], moment.date())
    if kind is Kind.RECEIPT:
        purchase, sale = v["purchase_price"] or ZERO, v["sale_price"] or ZERO
        # the mark-up the item's prices really give (a sale price typed by hand may differ from
        # the stored mark-up), so a new purchase price moves the sale price as the user expects
        markup = markup_of(purchase, sale) if purchase > 0 else (v["markup"] or ZERO)
        return StockLine(item_id, v["name"], card.unit_name, quantity, purchase, rate, markup, sale)
    if kind is Kind.PRODUCTION:
        return StockLine(item_id, v["name"], card.unit_name, quantity, ZERO, None, incoming=incoming)
    return StockLine(item_id, v["name"], card.unit_name, quantity, v["sale_price"] or ZERO, rate, incoming=incoming)


def on_hand(session: Session, warehouse_id: int | None, legal_entity_id: int | None,
            item_ids: Iterable[int]) -> dict[int, Decimal]:
    """What the warehouse holds now of `item_ids` for the legal entity (the manual: "контроль
    остатков товара на складах предприятия" while a receipt or an expense is typed); an item
    not held is 0. Nothing chosen yet: nothing held."""
    wanted = set(item_ids)
    held = {item: Decimal(0) for item in wanted}
    if warehouse_id is None or legal_entity_id is None or not wanted:
        return held
    for row in warehouse.stock(session, warehouse_id=warehouse_id, legal_entity_id=legal_entity_id):
        if row["item_id"] in wanted:
            held[row["item_id"]] += row["quantity"]
    return held

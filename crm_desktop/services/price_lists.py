"""«Продажа – Прайс-лист» (ORD-2): a price list from the nomenclature or from what is in stock,
under the requisites of the legal entity the user picks, filtered by groups (a group brings
its subgroups), without the items marked «Не включать в прайс-лист», sections in the groups'
price-list order, the code instead of the article if asked, stock as a number or +/++/+++,
«Кол-во в месте» and five columns for the order picker; saved as PDF or XLSX."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from crm_desktop.data import company_admin, nomenclature as nom_data, price_list as data
from crm_desktop.domain.price_list import GroupNode, StockShown, sections, stock_sign, with_subgroups
from crm_desktop.domain.stock_docs import format_qty
from crm_desktop.reporting import price_list as render
from crm_desktop.reporting.documents import Party
from crm_desktop.reporting.stock_documents import PriceList, PriceRow, PriceSection
from crm_desktop.services import warehouse
from crm_desktop.services.session import Session


class PriceSource(StrEnum):
    NOMENCLATURE = "nomenclature"      # every item allowed into a price list
    STOCK = "stock"                    # only what is in stock


@dataclass(frozen=True)
class PriceListOptions:
    """What the price-list manager asks. `group_ids` None: every group; `legal_entity_id` None:
    the default one; `warehouse_id` None: the stock of every warehouse."""
    source: PriceSource = PriceSource.NOMENCLATURE
    legal_entity_id: int | None = None
    group_ids: tuple[int, ...] | None = None
    code_instead_of_article: bool = False
    stock: StockShown = StockShown.NONE
    per_package: bool = False
    picker_columns: bool = False
    warehouse_id: int | None = None


class PriceListRefused(ValueError):
    """str() says why no price list was made (no legal entity, a wrong file type)."""


def _entity(conn: Any, entity_id: int | None) -> tuple[Party, str]:
    if entity_id is None:
        entity, account = company_admin.default_supplier(conn)
    else:
        entity = company_admin.entity(conn, entity_id)
        listed = company_admin.accounts(conn, entity_id) if entity else []
        account = next((a for a in listed if a.is_default), listed[0] if listed else None)
    if entity is None:
        raise PriceListRefused("Нет юридического лица для шапки прайс-листа: заведите его в «Константах».")
    v, a = entity.values, (account.values if account else {})
    return (Party(v["full_name"] or v["short_name"], v["inn"], v["kpp"], v["legal_address"], v["phone"],
                  a.get("bank_name", ""), a.get("bik", ""), a.get("corr_account", ""), a.get("account_no", "")),
            v["email"])


def _stock_by_item(session: Session, warehouse_id: int | None) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for r in warehouse.stock(session, warehouse_id=warehouse_id):
        totals[r["item_id"]] += r["quantity"]
    return totals


def _stock_text(options: PriceListOptions, quantity: Decimal | None) -> str:
    if options.stock is StockShown.NONE or quantity is None:
        return ""
    if options.stock is StockShown.SIGNS:
        return stock_sign(quantity)
    return format_qty(quantity) if quantity > 0 else ""


def price_list(session: Session, options: PriceListOptions, today: date | None = None,
               now: datetime | None = None) -> PriceList:
    """The price list as it will be printed (nomenclature is no client data: no scope here)."""
    need_stock = options.source is PriceSource.STOCK or options.stock is not StockShown.NONE
    stock = _stock_by_item(session, options.warehouse_id) if need_stock else {}
    with session.db.read() as conn:
        entity, email = _entity(conn, options.legal_entity_id)
        groups = [GroupNode(g["id"], g["parent_id"], g["name"], g["sort_order"]) for g in nom_data.groups(conn)]
        wanted = None if options.group_ids is None else sorted(with_subgroups(groups, options.group_ids))
        by_group: dict[int | None, list[PriceRow]] = defaultdict(list)
        for it in data.price_items(conn, wanted):
            quantity = stock.get(it["id"])
            if options.source is PriceSource.STOCK and not (quantity and quantity > 0):
                continue
            ref = it["code"] if options.code_instead_of_article else it["article"]
            per_package = format_qty(it["per_package"]) if options.per_package and it["per_package"] else ""
            by_group[it["group_id"]].append(PriceRow(ref or "", it["name"], it["unit_name"] or "", it["sale_price"],
                                                     _stock_text(options, quantity), per_package))
    ordered = tuple(PriceSection(s.title, s.rows) for s in sections(groups, by_group))  # type: ignore[arg-type]
    stock_title = {StockShown.NONE: "", StockShown.QUANTITY: "Остаток", StockShown.SIGNS: "Наличие"}[options.stock]
    stamp = f"{session.user.full_name}, {(now or datetime.now()):%d.%m.%Y %H:%M}"
    return PriceList(entity, today or date.today(), ordered, "Код" if options.code_instead_of_article else "Артикул",
                     stock_title, options.per_package, options.picker_columns, email, stamp)


def export_price_list(session: Session, options: PriceListOptions, out: Path, today: date | None = None,
                      now: datetime | None = None) -> Path:
    """«Сформировать прайс-лист» into `out`: .pdf or .xlsx by its extension."""
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise PriceListRefused("Прайс-лист сохраняется в PDF или XLSX: укажите файл с расширением .pdf или .xlsx.")
    made = price_list(session, options, today, now)
    return render.to_pdf(made, out) if suffix == ".pdf" else render.to_xlsx(made, out)

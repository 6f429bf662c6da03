"""The nomenclature (SAL-1): a tree of groups read level by level and items read a window at
a time, so 100,000 items open as fast as a hundred; units, VAT rates, discount tiers and
special offers that price them (SAL-3)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, RowMapping, delete, exists, insert, or_, select, update

from crm_desktop.data.schema import (clients, discount_tiers, invoice_lines, nomenclature, nomenclature_groups,
                                     spec_lines, special_offers, specifications, units, vat_rates, wh_doc_lines)
from crm_desktop.data.versioned import KINDS, update_versioned

KINDS.update({nomenclature: "item", nomenclature_groups: "item_group"})
ITEM_FIELDS = ("group_id", "code", "article", "name", "manufacturer", "unit_id", "purchase_price", "markup",
               "sale_price", "vat_kind", "no_discount", "not_in_price", "is_service", "weight", "volume",
               "per_package", "notes", "certificate_no", "certificate_issuer", "certificate_valid_to")


def groups(conn: Connection) -> list[RowMapping]:
    """Every group (a few hundred at most) in price-list order."""
    g = nomenclature_groups.c
    return list(conn.execute(select(g.id, g.parent_id, g.name, g.sort_order, g.row_version)
                             .order_by(g.sort_order, g.name)).mappings())


def child_groups(conn: Connection, parent_id: int | None) -> list[RowMapping]:
    """One level of the tree, each group with whether it has subgroups (the tree's arrow)."""
    g = nomenclature_groups.c
    sub = nomenclature_groups.alias("sub")
    where = g.parent_id.is_(None) if parent_id is None else g.parent_id == parent_id
    stmt = (select(g.id, g.parent_id, g.name, g.sort_order, g.row_version,
                   exists(select(sub.c.id).where(sub.c.parent_id == g.id)).label("has_children"))
            .where(where).order_by(g.sort_order, g.name))
    return list(conn.execute(stmt).mappings())


def group_has_content(conn: Connection, group_id: int) -> bool:
    g, n = nomenclature_groups.c, nomenclature.c
    sub = conn.execute(select(g.id).where(g.parent_id == group_id).limit(1)).first()
    item = conn.execute(select(n.id).where(n.group_id == group_id).limit(1)).first()
    return sub is not None or item is not None


def insert_group(conn: Connection, values: Mapping[str, Any]) -> int:
    return conn.execute(insert(nomenclature_groups).values(**values).returning(nomenclature_groups.c.id)).scalar_one()


def update_group(conn: Connection, group_id: int, values: Mapping[str, Any], expected_version: int | None) -> None:
    update_versioned(conn, nomenclature_groups, group_id, values, expected_version)


def delete_group(conn: Connection, group_id: int) -> None:
    conn.execute(delete(nomenclature_groups).where(nomenclature_groups.c.id == group_id))


def _item_select():
    n, u = nomenclature.c, units.c
    return (select(n.id, n.row_version, *(n[f] for f in ITEM_FIELDS), u.name.label("unit_name"),
                   u.okei_code.label("unit_code"))
            .select_from(nomenclature.outerjoin(units, units.c.id == n.unit_id)))


def items_window(conn: Connection, group_id: int | None, after: tuple[str, int] | None, size: int,
                 text: str = "") -> list[RowMapping]:
    """Items of a group (None: of every group) by name, `size` after (name, id); `text`
    finds by the beginning of the name, and the first window starts with the items whose
    code or article is exactly `text`. Each is its own indexed query: one OR of the three
    would walk the whole name index for a rare code."""
    n = nomenclature.c
    stmt = _item_select()
    if group_id is not None:
        stmt = stmt.where(n.group_id == group_id)
    exact: list[RowMapping] = []
    if text:
        if after is None:
            exact = list(conn.execute(stmt.where(or_(n.code == text, n.article == text))
                                      .order_by(n.name, n.id).limit(size)).mappings())
        stmt = stmt.where(n.name.op("STARTING WITH")(text))      # indexed, unlike LIKE with a parameter
    if after is not None:
        stmt = stmt.where(n.name >= after[0], or_(n.name > after[0], n.id > after[1]))
    named = list(conn.execute(stmt.order_by(n.name, n.id).limit(size)).mappings())
    seen = {r["id"] for r in exact}
    return (exact + [r for r in named if r["id"] not in seen])[:max(size, len(exact))]


def item(conn: Connection, item_id: int) -> RowMapping | None:
    return conn.execute(_item_select().where(nomenclature.c.id == item_id)).mappings().first()


def items(conn: Connection, item_ids: Sequence[int]) -> dict[int, RowMapping]:
    if not item_ids:
        return {}
    rows = conn.execute(_item_select().where(nomenclature.c.id.in_(sorted(set(item_ids))))).mappings()
    return {r["id"]: r for r in rows}


def code_taken(conn: Connection, code: str, except_id: int | None) -> bool:
    stmt = select(nomenclature.c.id).where(nomenclature.c.code == code)
    if except_id is not None:
        stmt = stmt.where(nomenclature.c.id != except_id)
    return conn.execute(stmt.limit(1)).first() is not None


def insert_item(conn: Connection, values: Mapping[str, Any]) -> int:
    return conn.execute(insert(nomenclature).values(**values).returning(nomenclature.c.id)).scalar_one()


def update_item(conn: Connection, item_id: int, values: Mapping[str, Any], expected_version: int | None) -> None:
    update_versioned(conn, nomenclature, item_id, values, expected_version)


def item_used(conn: Connection, item_id: int) -> bool:
    """Whether a document line or a specification names the item (it cannot be deleted)."""
    return any(conn.execute(select(t.c.id).where(t.c.item_id == item_id).limit(1)).first() is not None
               for t in (invoice_lines, wh_doc_lines, spec_lines, specifications))


def delete_item(conn: Connection, item_id: int) -> None:
    conn.execute(delete(nomenclature).where(nomenclature.c.id == item_id))


def all_units(conn: Connection) -> list[RowMapping]:
    u = units.c
    return list(conn.execute(select(u.id, u.okei_code, u.name, u.full_name).order_by(u.sort_order, u.name)).mappings())


def all_vat_rates(conn: Connection) -> list[RowMapping]:
    v = vat_rates.c
    return list(conn.execute(select(v.kind, v.name, v.rate, v.valid_from, v.valid_to)
                             .order_by(v.kind, v.valid_from)).mappings())


def tiers(conn: Connection) -> list[RowMapping]:
    t = discount_tiers.c
    return list(conn.execute(select(t.id, t.min_sum, t.discount).order_by(t.min_sum)).mappings())


def replace_tiers(conn: Connection, rows: Sequence[tuple[Any, Any]]) -> None:
    conn.execute(delete(discount_tiers))
    if rows:
        conn.execute(insert(discount_tiers), [{"min_sum": s, "discount": d} for s, d in rows])


def offer_rows(conn: Connection, client_id: int) -> list[RowMapping]:
    """The client's special offer: (group or None for the base discount, discount)."""
    o, g = special_offers.c, nomenclature_groups.c
    stmt = (select(o.group_id, g.name.label("group_name"), o.discount)
            .select_from(special_offers.outerjoin(nomenclature_groups, g.id == o.group_id))
            .where(o.client_id == client_id).order_by(g.name))
    return list(conn.execute(stmt).mappings())


def offer_clients(conn: Connection) -> list[RowMapping]:
    """Clients with a special offer (visible to the viewer), by name."""
    o = special_offers.c
    stmt = (select(clients.c.id, clients.c.name).where(clients.c.id.in_(select(o.client_id).distinct()))
            .order_by(clients.c.name))
    return list(conn.execute(stmt).mappings())


def replace_offer(conn: Connection, client_id: int, rows: Sequence[tuple[int | None, Any]]) -> None:
    conn.execute(delete(special_offers).where(special_offers.c.client_id == client_id))
    if rows:
        conn.execute(insert(special_offers), [{"client_id": client_id, "group_id": g, "discount": d} for g, d in rows])


def group_ids_with_parents(conn: Connection) -> dict[int, int | None]:
    g = nomenclature_groups.c
    return dict(conn.execute(select(g.id, g.parent_id)).all())



def replace_vat_rates(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    conn.execute(delete(vat_rates))
    if rows:
        conn.execute(insert(vat_rates), list(rows))


def item_name(conn: Connection, item_id: int) -> str | None:
    return conn.execute(select(nomenclature.c.name).where(nomenclature.c.id == item_id)).scalar()


def set_prices(conn: Connection, item_id: int, purchase_price: Any, markup: Any, sale_price: Any) -> None:
    """A receipt's prices into the item's card ("с сохранением новых данных в справочнике")."""
    values = {"purchase_price": purchase_price}
    if markup is not None and sale_price is not None:
        values.update(markup=markup, sale_price=sale_price)
    conn.execute(update(nomenclature).where(nomenclature.c.id == item_id)
                 .values(**values, row_version=nomenclature.c.row_version + 1))

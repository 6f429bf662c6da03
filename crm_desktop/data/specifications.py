"""«Производственные спецификации» as stored (manual: "Выпуск продукции"): a product item and the
components one unit of it takes, each from its warehouse. A handful of rows per product; not
client data, so nothing is scoped."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import Connection, RowMapping, delete, insert, select

from crm_desktop.data.schema import nomenclature, spec_lines, specifications, units, warehouses
from crm_desktop.data.versioned import KINDS, update_versioned

KINDS.update({specifications: "spec"})


def spec_list(conn: Connection, item_id: int | None = None) -> list[RowMapping]:
    """Every specification (or those of one product) by name: id, name, product, its version."""
    s, n = specifications.c, nomenclature.c
    stmt = (select(s.id, s.name, s.item_id, s.row_version, n.name.label("item_name"))
            .select_from(specifications.join(nomenclature, n.id == s.item_id)).order_by(s.name, s.id))
    if item_id is not None:
        stmt = stmt.where(s.item_id == item_id)
    return list(conn.execute(stmt).mappings())


def spec_header(conn: Connection, spec_id: int) -> RowMapping | None:
    s, n = specifications.c, nomenclature.c
    return conn.execute(select(s.id, s.name, s.item_id, s.row_version, n.name.label("item_name"))
                        .select_from(specifications.join(nomenclature, n.id == s.item_id))
                        .where(s.id == spec_id)).mappings().first()


def spec_components(conn: Connection, spec_id: int) -> list[RowMapping]:
    """Components in the order entered, with the item's name and unit and the warehouse's name."""
    c, n = spec_lines.c, nomenclature.c
    stmt = (select(c.id, c.item_id, c.quantity, c.warehouse_id, n.name.label("item_name"),
                   units.c.name.label("unit_name"), warehouses.c.name.label("warehouse_name"))
            .select_from(spec_lines.join(nomenclature, n.id == c.item_id)
                         .outerjoin(units, units.c.id == n.unit_id)
                         .join(warehouses, warehouses.c.id == c.warehouse_id))
            .where(c.spec_id == spec_id).order_by(c.id))
    return list(conn.execute(stmt).mappings())


def save_spec(conn: Connection, spec_id: int | None, name: str, item_id: int, version: int | None,
              components: Sequence[tuple[int, Decimal, int]]) -> int:
    """Store the header (at the version loaded) and replace the components (item, quantity, warehouse)."""
    if spec_id is None:
        spec_id = conn.execute(insert(specifications).values(name=name, item_id=item_id)
                               .returning(specifications.c.id)).scalar_one()
    else:
        update_versioned(conn, specifications, spec_id, {"name": name, "item_id": item_id}, version)
        conn.execute(delete(spec_lines).where(spec_lines.c.spec_id == spec_id))
    for item, quantity, warehouse_id in components:
        conn.execute(insert(spec_lines).values(spec_id=spec_id, item_id=item, quantity=quantity,
                                               warehouse_id=warehouse_id))
    return spec_id


def delete_spec(conn: Connection, spec_id: int) -> bool:
    return conn.execute(delete(specifications).where(specifications.c.id == spec_id)).rowcount == 1

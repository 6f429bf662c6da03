"""What the price list and the price tags read of the nomenclature (ORD-2, WH-5): the items
allowed into a price list (not marked «Не включать в прайс-лист») with their unit and
«Количество в месте», a few hundred at a time by id so that 100,000 items stream without one
huge IN list; and the items of a tag print, in the order they were marked."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, RowMapping, select

from crm_desktop.data.schema import nomenclature, units

_CHUNK = 500


def _columns():
    n = nomenclature.c
    return (n.id, n.group_id, n.code, n.article, n.name, n.manufacturer, n.sale_price, n.per_package, n.is_service,
            units.c.name.label("unit_name"), units.c.okei_code.label("unit_code"))


def _from():
    return nomenclature.outerjoin(units, units.c.id == nomenclature.c.unit_id)


def price_items(conn: Connection, group_ids: Sequence[int | None] | None) -> Iterator[RowMapping]:
    """Items that go into a price list, of `group_ids` (None: of every group; a None inside
    the list: the items of no group), by name. The query streams: the caller walks it once."""
    n = nomenclature.c
    stmt = select(*_columns()).select_from(_from()).where(n.not_in_price == 0).order_by(n.name, n.id)
    if group_ids is None:
        yield from conn.execution_options(yield_per=2000).execute(stmt).mappings()
        return
    ids = sorted(g for g in set(group_ids) if g is not None)
    if None in group_ids:
        yield from conn.execute(stmt.where(n.group_id.is_(None))).mappings()
    for start in range(0, len(ids), _CHUNK):
        yield from conn.execute(stmt.where(n.group_id.in_(ids[start:start + _CHUNK]))).mappings()


def items_by_id(conn: Connection, item_ids: Sequence[int]) -> dict[int, RowMapping]:
    """The items of `item_ids` (a tag print, a receipt's lines) with unit and manufacturer."""
    wanted = sorted(set(item_ids))
    found: dict[int, RowMapping] = {}
    for start in range(0, len(wanted), _CHUNK):
        stmt = select(*_columns()).select_from(_from()).where(nomenclature.c.id.in_(wanted[start:start + _CHUNK]))
        found.update({r["id"]: r for r in conn.execute(stmt).mappings()})
    return found

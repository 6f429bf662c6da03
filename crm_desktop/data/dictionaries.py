"""Linear dictionaries behind the combo boxes: classifier values (typical, operative, custom),
event types, sales ladder, directions, regions and settlements (DIC-1)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, insert, select, update

from crm_desktop.data.schema import (cities, classifier_values, classifiers, directions, event_types,
                                     regions, sales_stages)


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    is_active: bool = True


@dataclass(frozen=True)
class _Plain:
    table: Table
    ordered: bool = True       # has SORT_ORDER
    has_active: bool = True


PLAIN = {"directions": _Plain(directions), "event_types": _Plain(event_types),
         "sales_stages": _Plain(sales_stages), "regions": _Plain(regions, False, False),
         "settlements": _Plain(cities, False, False)}


def classifier_id(conn: Connection, code: str) -> int | None:
    return conn.execute(select(classifiers.c.id).where(classifiers.c.code == code)).scalar_one_or_none()


def items(conn: Connection, name: str, include_inactive: bool = False,
          region_id: int | None = None) -> list[Item]:
    """Values of a dictionary in display order; `name` is a dictionary name of
    domain/client_fields.py or a classifier code."""
    if name in PLAIN:
        spec = PLAIN[name]
        t = spec.table
        active = t.c.is_active if spec.has_active else None
        stmt = select(t.c.id, t.c.name, active if active is not None else 1)
        if active is not None and not include_inactive:
            stmt = stmt.where(active == 1)
        if name == "settlements" and region_id is not None:
            stmt = stmt.where(t.c.region_id == region_id)
        stmt = stmt.order_by(t.c.sort_order, t.c.name) if spec.ordered else stmt.order_by(t.c.name)
    else:
        v = classifier_values
        stmt = (select(v.c.id, v.c.name, v.c.is_active).join(classifiers, classifiers.c.id == v.c.classifier_id)
                .where(classifiers.c.code == name).order_by(v.c.sort_order, v.c.name))
        if not include_inactive:
            stmt = stmt.where(v.c.is_active == 1)
    return [Item(r[0], r[1], bool(r[2])) for r in conn.execute(stmt)]


def _target(conn: Connection, name: str) -> tuple[Table, dict]:
    if name in PLAIN:
        return PLAIN[name].table, {}
    cid = classifier_id(conn, name)
    if cid is None:
        raise KeyError(name)
    return classifier_values, {"classifier_id": cid}


def add(conn: Connection, name: str, value: str, region_id: int | None = None) -> int:
    table, extra = _target(conn, name)
    if name == "settlements":
        extra = {"region_id": region_id}
    if "sort_order" in table.c:
        last = conn.execute(select(func.coalesce(func.max(table.c.sort_order), 0))
                            .where(*[table.c[k] == v for k, v in extra.items()])).scalar_one()
        extra = {**extra, "sort_order": last + 1}
    return conn.execute(insert(table).values(name=value, **extra).returning(table.c.id)).scalar_one()


def rename(conn: Connection, name: str, item_id: int, value: str) -> None:
    table, _ = _target(conn, name)
    conn.execute(update(table).where(table.c.id == item_id).values(name=value))


def set_active(conn: Connection, name: str, item_id: int, active: bool) -> None:
    table, _ = _target(conn, name)
    conn.execute(update(table).where(table.c.id == item_id).values(is_active=int(active)))


def reorder(conn: Connection, name: str, ids_in_order: list[int]) -> None:
    table, _ = _target(conn, name)
    for position, item_id in enumerate(ids_in_order):
        conn.execute(update(table).where(table.c.id == item_id).values(sort_order=position))


def exists(conn: Connection, name: str, value: str, region_id: int | None = None) -> bool:
    """Same name already there (names compare case- and accent-insensitively)."""
    table, extra = _target(conn, name)
    if name == "settlements":
        extra = {"region_id": region_id}
    stmt = select(func.count()).select_from(table).where(
        table.c.name == value, *[table.c[k] == v for k, v in extra.items()])
    return conn.execute(stmt).scalar_one() > 0

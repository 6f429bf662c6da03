"""Reference ids that generated clients point to (cities, classifier values, stages …)."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, select

from crm_desktop.data.schema import (cities, classifier_values, classifiers, directions, event_types,
                                     sales_stages, users)


def city_choices(conn: Connection, limit: int = 300) -> list[tuple[int, str, int, str | None]]:
    """The most populous cities (clients cluster where people live)."""
    stmt = (select(cities.c.id, cities.c.name, cities.c.region_id, cities.c.postal_code)
            .order_by(cities.c.population.desc().nulls_last()).limit(limit))
    return [tuple(row) for row in conn.execute(stmt)]


def classifier_value_ids(conn: Connection) -> dict[str, list[int]]:
    stmt = (select(classifiers.c.code, classifier_values.c.id)
            .join(classifier_values, classifier_values.c.classifier_id == classifiers.c.id)
            .order_by(classifier_values.c.sort_order))
    out: dict[str, list[int]] = defaultdict(list)
    for code, value_id in conn.execute(stmt):
        out[code].append(value_id)
    return dict(out)


def stage_ids(conn: Connection) -> list[int]:
    return list(conn.execute(select(sales_stages.c.id).order_by(sales_stages.c.sort_order)).scalars())


def event_type_ids(conn: Connection) -> list[int]:
    return list(conn.execute(select(event_types.c.id).order_by(event_types.c.sort_order)).scalars())


def direction_ids(conn: Connection) -> list[int]:
    """Active directions of our company (the generated clients are worked on along them)."""
    stmt = select(directions.c.id).where(directions.c.is_active == 1).order_by(directions.c.sort_order)
    return list(conn.execute(stmt).scalars())


def active_user_ids(conn: Connection) -> list[int]:
    stmt = select(users.c.id).where(users.c.is_disabled == 0, users.c.is_dismissed == 0).order_by(users.c.id)
    return list(conn.execute(stmt).scalars())

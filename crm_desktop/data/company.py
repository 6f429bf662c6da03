"""Our organisation: legal entities and bank accounts, departments and positions, users (ADM-1, ADM-4)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, insert, select

from crm_desktop.data.schema import (bank_accounts, departments, legal_entities, positions, roles,
                                     user_permissions, users)
from crm_desktop.domain.permissions import Permission


def _insert_returning_id(conn: Connection, table, values: Mapping[str, Any]) -> int:
    return conn.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()


def add_legal_entity(conn: Connection, **values: Any) -> int:
    return _insert_returning_id(conn, legal_entities, values)


def add_bank_account(conn: Connection, legal_entity_id: int, **values: Any) -> int:
    return _insert_returning_id(conn, bank_accounts, {"legal_entity_id": legal_entity_id, **values})


def add_department(conn: Connection, name: str, sort_order: int = 0) -> int:
    return _insert_returning_id(conn, departments, {"name": name, "sort_order": sort_order})


def add_position(conn: Connection, department_id: int, name: str, sort_order: int = 0) -> int:
    return _insert_returning_id(conn, positions, {"department_id": department_id, "name": name,
                                                  "sort_order": sort_order})


def role_ids(conn: Connection) -> dict[str, int]:
    return dict(conn.execute(select(roles.c.code, roles.c.id)).all())


def add_user(conn: Connection, extra_permissions: tuple[Permission, ...] = (), **values: Any) -> int:
    user_id = _insert_returning_id(conn, users, values)
    for permission in extra_permissions:
        conn.execute(insert(user_permissions).values(user_id=user_id, perm_code=permission.value))
    return user_id


def user_count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(users)).scalar_one()

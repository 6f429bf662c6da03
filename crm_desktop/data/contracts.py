"""Contract types with their templates, tariffs, and a contract's own text (SAL-7)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, delete, insert, select

from crm_desktop.data.schema import contract_types, contracts, tariffs as tariffs_table
from crm_desktop.data.versioned import KINDS, update_versioned

TABLES: dict[str, Table] = {"type": contract_types, "tariff": tariffs_table}
KINDS.update({contract_types: "contract_type", tariffs_table: "tariff"})


def types(conn: Connection) -> list[RowMapping]:
    t = contract_types.c
    return list(conn.execute(select(t.id, t.name).order_by(t.sort_order, t.name)).mappings())


def type_row(conn: Connection, type_id: int) -> RowMapping | None:
    return conn.execute(select(contract_types).where(contract_types.c.id == type_id)).mappings().first()


def type_used(conn: Connection, type_id: int) -> bool:
    return conn.execute(select(contracts.c.id).where(contracts.c.type_id == type_id).limit(1)).first() is not None


def tariffs(conn: Connection) -> list[RowMapping]:
    return list(conn.execute(select(tariffs_table).order_by(tariffs_table.c.name)).mappings())


def tariff_row(conn: Connection, tariff_id: int) -> RowMapping | None:
    return conn.execute(select(tariffs_table).where(tariffs_table.c.id == tariff_id)).mappings().first()


def insert_row(conn: Connection, kind: str, values: Mapping[str, Any]) -> int:
    table = TABLES[kind]
    return conn.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()


def update_row(conn: Connection, kind: str, row_id: int, values: Mapping[str, Any], expected_version: int | None) -> None:
    update_versioned(conn, TABLES[kind], row_id, values, expected_version)


def delete_row(conn: Connection, kind: str, row_id: int) -> None:
    table = TABLES[kind]
    conn.execute(delete(table).where(table.c.id == row_id))


def own_text(conn: Connection, contract_id: int) -> str | None:
    return conn.execute(select(contracts.c.body_html).where(contracts.c.id == contract_id)).scalar()


def own_docx(conn: Connection, contract_id: int) -> bytes | None:
    return conn.execute(select(contracts.c.body_docx).where(contracts.c.id == contract_id)).scalar()

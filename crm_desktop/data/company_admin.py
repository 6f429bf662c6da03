"""Constants and company structure as the administrator edits them: legal entities with bank
accounts and the default choice, departments → positions (ADM-4)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from crm_desktop.data.versioned import update_versioned
from crm_desktop.data.company import add_department, add_position
from crm_desktop.data.schema import bank_accounts, cash_desks, departments, legal_entities, positions, users

ENTITY_FIELDS = ("short_name", "full_name", "inn", "kpp", "ogrn", "okpo", "legal_address", "postal_address",
                 "phone", "email", "director", "chief_accountant")
ACCOUNT_FIELDS = ("bank_name", "bik", "corr_account", "account_no")


@dataclass(frozen=True)
class LegalEntity:
    id: int | None
    values: dict[str, str]          # ENTITY_FIELDS → text ("" for empty)
    vat_payer: bool = True
    is_default: bool = False
    row_version: int = 0


@dataclass(frozen=True)
class BankAccount:
    id: int | None
    legal_entity_id: int | None
    values: dict[str, str]          # ACCOUNT_FIELDS → text
    is_default: bool = False
    row_version: int = 0


@dataclass(frozen=True)
class Node:
    """A department or a position of the structure tree."""
    id: int
    name: str
    children: tuple[Node, ...] = ()


def _entity(r: Any) -> LegalEntity:
    m = r._mapping
    return LegalEntity(m["id"], {f: m[f] or "" for f in ENTITY_FIELDS}, bool(m["vat_payer"]),
                       bool(m["is_default"]), m["row_version"])


def entities(conn: Connection) -> list[LegalEntity]:
    stmt = select(legal_entities).order_by(legal_entities.c.short_name)
    return [_entity(r) for r in conn.execute(stmt)]


def entity(conn: Connection, entity_id: int) -> LegalEntity | None:
    row = conn.execute(select(legal_entities).where(legal_entities.c.id == entity_id)).first()
    return _entity(row) if row else None


def _entity_values(e: LegalEntity) -> dict[str, Any]:
    return {**{f: (e.values.get(f) or None) for f in ENTITY_FIELDS}, "vat_payer": int(e.vat_payer)}


def insert_entity(conn: Connection, e: LegalEntity) -> int:
    return conn.execute(legal_entities.insert().values(**_entity_values(e)).returning(legal_entities.c.id)).scalar_one()


def update_entity(conn: Connection, e: LegalEntity) -> None:
    update_versioned(conn, legal_entities, e.id, _entity_values(e), e.row_version)


def entity_cash_desks(conn: Connection, entity_id: int) -> list[str]:
    """Names of the cash desks working for a legal entity (it cannot be deleted then)."""
    stmt = select(cash_desks.c.name).where(cash_desks.c.legal_entity_id == entity_id).order_by(cash_desks.c.name)
    return list(conn.execute(stmt).scalars())


def delete_entity(conn: Connection, entity_id: int) -> None:
    conn.execute(delete(bank_accounts).where(bank_accounts.c.legal_entity_id == entity_id))
    conn.execute(delete(legal_entities).where(legal_entities.c.id == entity_id))


def set_default_entity(conn: Connection, entity_id: int) -> None:
    """One default legal entity: this one on, every other off."""
    conn.execute(update(legal_entities).where(legal_entities.c.id != entity_id, legal_entities.c.is_default == 1)
                 .values(is_default=0))
    conn.execute(update(legal_entities).where(legal_entities.c.id == entity_id).values(is_default=1))


def default_supplier(conn: Connection) -> tuple[LegalEntity | None, BankAccount | None]:
    """The legal entity and account a new document names: the defaults, else the first ones."""
    found = entities(conn)
    entity = next((e for e in found if e.is_default), found[0] if found else None)
    if entity is None:
        return None, None
    listed = accounts(conn, entity.id)
    return entity, next((a for a in listed if a.is_default), listed[0] if listed else None)


def _account(r: Any) -> BankAccount:
    m = r._mapping
    return BankAccount(m["id"], m["legal_entity_id"], {f: m[f] or "" for f in ACCOUNT_FIELDS},
                       bool(m["is_default"]), m["row_version"])


def accounts(conn: Connection, entity_id: int) -> list[BankAccount]:
    stmt = select(bank_accounts).where(bank_accounts.c.legal_entity_id == entity_id).order_by(bank_accounts.c.id)
    return [_account(r) for r in conn.execute(stmt)]


def _account_values(a: BankAccount) -> dict[str, Any]:
    return {f: (a.values.get(f) or None) for f in ACCOUNT_FIELDS}


def insert_account(conn: Connection, a: BankAccount) -> int:
    return conn.execute(bank_accounts.insert().values(legal_entity_id=a.legal_entity_id, **_account_values(a))
                        .returning(bank_accounts.c.id)).scalar_one()


def update_account(conn: Connection, a: BankAccount) -> None:
    update_versioned(conn, bank_accounts, a.id, _account_values(a), a.row_version)


def account_entity(conn: Connection, account_id: int) -> int | None:
    stmt = select(bank_accounts.c.legal_entity_id).where(bank_accounts.c.id == account_id)
    return conn.execute(stmt).scalar_one_or_none()


def delete_account(conn: Connection, account_id: int) -> None:
    conn.execute(delete(bank_accounts).where(bank_accounts.c.id == account_id))


def set_default_account(conn: Connection, entity_id: int, account_id: int) -> None:
    """One default account per legal entity."""
    t = bank_accounts
    conn.execute(update(t).where(t.c.legal_entity_id == entity_id, t.c.id != account_id, t.c.is_default == 1)
                 .values(is_default=0))
    conn.execute(update(t).where(t.c.id == account_id).values(is_default=1))


# -- structure: departments → positions ----------------------------------------------------

def structure(conn: Connection) -> list[Node]:
    kids: dict[int, list[Node]] = {}
    for pid, dept, name in conn.execute(select(positions.c.id, positions.c.department_id, positions.c.name)
                                        .order_by(positions.c.sort_order, positions.c.name)):
        kids.setdefault(dept, []).append(Node(pid, name))
    stmt = select(departments.c.id, departments.c.name).order_by(departments.c.sort_order, departments.c.name)
    return [Node(i, n, tuple(kids.get(i, ()))) for i, n in conn.execute(stmt)]


def next_order(conn: Connection, table, **where: Any) -> int:
    stmt = select(func.coalesce(func.max(table.c.sort_order), -1) + 1).where(
        *[table.c[k] == v for k, v in where.items()])
    return conn.execute(stmt).scalar_one()


def name_exists(conn: Connection, level: str, name: str, department_id: int | None, except_id: int | None) -> bool:
    """Names compare case-insensitively (UNICODE_CI_AI): departments company-wide, positions per department."""
    t = departments if level == "department" else positions
    stmt = select(func.count()).select_from(t).where(t.c.name == name)
    if level == "position":
        stmt = stmt.where(t.c.department_id == department_id)
    if except_id is not None:
        stmt = stmt.where(t.c.id != except_id)
    return conn.execute(stmt).scalar_one() > 0


def rename_node(conn: Connection, level: str, node_id: int, name: str) -> None:
    t = departments if level == "department" else positions
    conn.execute(update(t).where(t.c.id == node_id).values(name=name))


def users_of(conn: Connection, level: str, node_id: int) -> list[str]:
    """Full names of the users in a department or holding a position."""
    col = users.c.department_id if level == "department" else users.c.position_id
    return list(conn.execute(select(users.c.full_name).where(col == node_id).order_by(users.c.full_name)).scalars())


def delete_node(conn: Connection, level: str, node_id: int) -> None:
    if level == "department":
        conn.execute(delete(positions).where(positions.c.department_id == node_id))
        conn.execute(delete(departments).where(departments.c.id == node_id))
    else:
        conn.execute(delete(positions).where(positions.c.id == node_id))


def positions_of(conn: Connection, department_id: int) -> list[tuple[int, str]]:
    stmt = (select(positions.c.id, positions.c.name).where(positions.c.department_id == department_id)
            .order_by(positions.c.sort_order, positions.c.name))
    return [tuple(r) for r in conn.execute(stmt)]


def add_department_row(conn: Connection, name: str) -> int:
    return add_department(conn, name, next_order(conn, departments))


def add_position_row(conn: Connection, department_id: int, name: str) -> int:
    return add_position(conn, department_id, name, next_order(conn, positions, department_id=department_id))

"""Users as the administrator edits them: list, card, extra permissions, usage (ADM-1, ADM-2)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select

from crm_desktop.data.scope import ACROSS_ALL_CLIENTS
from crm_desktop.data.versioned import update_versioned
from crm_desktop.data.schema import (client_access, clients, departments, events, positions, role_permissions,
                                     roles, tasks, user_permissions, user_settings, users)
from crm_desktop.domain.permissions import Permission


@dataclass(frozen=True)
class UserListRow:
    id: int
    login: str
    full_name: str
    role: str
    department: str
    position: str
    is_disabled: bool
    is_dismissed: bool


@dataclass(frozen=True)
class UserRecord:
    id: int
    login: str
    full_name: str
    role: str
    department_id: int | None
    position_id: int | None
    invoice_prefix: str
    mobile_phone: str
    work_email: str
    is_disabled: bool
    is_dismissed: bool
    client_access: int
    extra_permissions: frozenset[Permission]
    row_version: int


def user_list(conn: Connection) -> list[UserListRow]:
    stmt = (select(users.c.id, users.c.login, users.c.full_name, roles.c.code,
                   func.coalesce(departments.c.name, ""), func.coalesce(positions.c.name, ""),
                   users.c.is_disabled, users.c.is_dismissed)
            .join(roles, roles.c.id == users.c.role_id)
            .outerjoin(departments, departments.c.id == users.c.department_id)
            .outerjoin(positions, positions.c.id == users.c.position_id)
            .order_by(users.c.full_name))
    return [UserListRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7])) for r in conn.execute(stmt)]


def load_user(conn: Connection, user_id: int) -> UserRecord | None:
    u = users.c
    row = conn.execute(select(u.id, u.login, u.full_name, roles.c.code, u.department_id, u.position_id,
                              u.invoice_prefix, u.mobile_phone, u.work_email, u.is_disabled, u.is_dismissed,
                              u.client_access, u.row_version)
                       .join(roles, roles.c.id == u.role_id).where(u.id == user_id)).first()
    if row is None:
        return None
    extra = frozenset(Permission(code) for code in conn.execute(
        select(user_permissions.c.perm_code).where(user_permissions.c.user_id == user_id)).scalars())
    return UserRecord(row[0], row[1], row[2], row[3], row[4], row[5], row[6] or "", row[7] or "",
                      row[8] or "", bool(row[9]), bool(row[10]), row[11], extra, row[12])


def login_taken(conn: Connection, login: str, except_id: int | None) -> bool:
    """LOGIN has the UNICODE_CI collation, so "Admin" and "admin" are the same login."""
    stmt = select(func.count()).select_from(users).where(users.c.login == login)
    if except_id is not None:
        stmt = stmt.where(users.c.id != except_id)
    return conn.execute(stmt).scalar_one() > 0


def insert_user(conn: Connection, values: dict[str, Any]) -> int:
    return conn.execute(insert(users).values(**values).returning(users.c.id)).scalar_one()


def update_user(conn: Connection, user_id: int, expected_version: int, values: dict[str, Any]) -> None:
    """ConcurrentEdit when the row is gone or has another ROW_VERSION (saved by someone else)."""
    update_versioned(conn, users, user_id, values, expected_version)


def set_extra_permissions(conn: Connection, user_id: int, extra: frozenset[Permission]) -> None:
    conn.execute(delete(user_permissions).where(user_permissions.c.user_id == user_id))
    for permission in extra:
        conn.execute(insert(user_permissions).values(user_id=user_id, perm_code=permission.value))


def role_id(conn: Connection, code: str) -> int:
    return conn.execute(select(roles.c.id).where(roles.c.code == code)).scalar_one()


def role_rights(conn: Connection) -> dict[str, frozenset[Permission]]:
    """Base rights of each role (role code → permissions)."""
    found: dict[str, set[Permission]] = {code: set() for code in conn.execute(select(roles.c.code)).scalars()}
    stmt = select(roles.c.code, role_permissions.c.perm_code).join(roles, roles.c.id == role_permissions.c.role_id)
    for role, code in conn.execute(stmt):
        found[role].add(Permission(code))
    return {k: frozenset(v) for k, v in found.items()}


def active_admin_ids(conn: Connection) -> frozenset[int]:
    stmt = (select(users.c.id).join(roles, roles.c.id == users.c.role_id)
            .where(roles.c.code == "admin", users.c.is_disabled == 0, users.c.is_dismissed == 0))
    return frozenset(conn.execute(stmt).scalars())


def usage(conn: Connection, user_id: int) -> dict[str, int]:
    """How many clients, events and tasks refer to the user (then the user is dismissed, not
    deleted), counted across every client: private ones of the user count too."""
    def count(table: Table, *columns: str) -> int:
        cond = [table.c[c] == user_id for c in columns]
        where = cond[0] if len(cond) == 1 else cond[0] | cond[1]
        stmt = select(func.count()).select_from(table).where(where).execution_options(**ACROSS_ALL_CLIENTS)
        return conn.execute(stmt).scalar_one()
    return {"clients": count(clients, "curator_id", "specialist_id"), "events": count(events, "user_id"),
            "tasks": count(tasks, "setter_id", "executor_id")}


def delete_user(conn: Connection, user_id: int) -> None:
    for table in (user_permissions, user_settings, client_access):
        conn.execute(delete(table).where(table.c.user_id == user_id))
    conn.execute(delete(users).where(users.c.id == user_id))



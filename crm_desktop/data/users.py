"""Users as the login and the access rules need them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, union

from crm_desktop.data.schema import role_permissions, roles, user_permissions, users
from crm_desktop.domain.permissions import Permission


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    full_name: str
    role: str
    client_access: int
    is_disabled: bool
    is_dismissed: bool
    password_hash: str


def _select():
    return (select(users.c.id, users.c.login, users.c.full_name, roles.c.code, users.c.client_access,
                   users.c.is_disabled, users.c.is_dismissed, users.c.password_hash)
            .join(roles, roles.c.id == users.c.role_id))


def _row(r) -> UserRow:
    return UserRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), r[7])


def by_login(conn: Connection, login: str) -> UserRow | None:
    """Logins compare case-insensitively (UNICODE_CI collation of LOGIN)."""
    row = conn.execute(_select().where(users.c.login == login)).first()
    return _row(row) if row else None


def login_choices(conn: Connection) -> list[tuple[str, str]]:
    """(login, full name) of the users who may log in, for the login dialog's list."""
    stmt = (select(users.c.login, users.c.full_name)
            .where(users.c.is_disabled == 0, users.c.is_dismissed == 0).order_by(users.c.full_name))
    return [tuple(r) for r in conn.execute(stmt)]


def all_users(conn: Connection) -> list[tuple[int, str]]:
    """(id, full name) of every user, for curator/specialist pickers."""
    stmt = select(users.c.id, users.c.full_name).order_by(users.c.full_name)
    return [tuple(r) for r in conn.execute(stmt)]


def permissions_of(conn: Connection, user_id: int) -> frozenset[Permission]:
    """Base rights of the user's role plus the user's extra permissions."""
    base = (select(role_permissions.c.perm_code)
            .join(users, users.c.role_id == role_permissions.c.role_id).where(users.c.id == user_id))
    extra = select(user_permissions.c.perm_code).where(user_permissions.c.user_id == user_id)
    return frozenset(Permission(code) for code in conn.execute(union(base, extra)).scalars())

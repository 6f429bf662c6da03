"""Users as the login and the access rules need them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, exists, or_, select, union, update

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


def _select():
    return (select(users.c.id, users.c.login, users.c.full_name, roles.c.code, users.c.client_access,
                   users.c.is_disabled, users.c.is_dismissed)
            .join(roles, roles.c.id == users.c.role_id))


def _row(r) -> UserRow:
    return UserRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]))


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


@dataclass(frozen=True)
class Account:
    """What a CRM user's Firebird account follows: login, role, may the user log in, does the
    user manage users (then Firebird must let them manage Firebird users too)."""
    login: str
    role: str
    active: bool
    manages_users: bool = False


def accounts(conn: Connection) -> list[Account]:
    manage = Permission.MANAGE_USERS.value
    by_role = exists(select(role_permissions.c.role_id).where(role_permissions.c.role_id == users.c.role_id,
                                                              role_permissions.c.perm_code == manage))
    by_user = exists(select(user_permissions.c.user_id).where(user_permissions.c.user_id == users.c.id,
                                                              user_permissions.c.perm_code == manage))
    stmt = (select(users.c.login, roles.c.code, users.c.is_disabled, users.c.is_dismissed, or_(by_role, by_user))
            .join(roles, roles.c.id == users.c.role_id).order_by(users.c.login))
    return [Account(r[0], r[1], not (r[2] or r[3]), bool(r[4]) or r[1] == "admin") for r in conn.execute(stmt)]


def set_must_change_password(conn: Connection, login: str, must: bool) -> None:
    conn.execute(update(users).where(users.c.login == login).values(must_change_password=int(must)))


def must_change_password(conn: Connection, user_id: int) -> bool:
    return bool(conn.execute(select(users.c.must_change_password).where(users.c.id == user_id)).scalar())


def password_hash(conn: Connection, login: str) -> str | None:
    """The program's own password check, embedded mode only (a CRM user on a server reads
    USERS through a view without this column)."""
    return conn.execute(select(users.c.password_hash).where(users.c.login == login)).scalar()


def set_password_hash(conn: Connection, login: str, hashed: str) -> None:
    conn.execute(update(users).where(users.c.login == login).values(password_hash=hashed))


@dataclass(frozen=True)
class Employee:
    """What documents print of their author: name, invoice prefix, work contacts."""
    id: int
    full_name: str
    invoice_prefix: str | None
    mobile_phone: str | None
    work_email: str | None


def by_id(conn: Connection, user_id: int | None) -> Employee | None:
    if user_id is None:
        return None
    row = conn.execute(select(users.c.id, users.c.full_name, users.c.invoice_prefix, users.c.mobile_phone,
                              users.c.work_email).where(users.c.id == user_id)).first()
    return Employee(*row) if row else None

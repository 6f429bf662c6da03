"""Login and the first-run wizard (PLAT-5)."""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.data import company, privileges
from crm_desktop.data import users as users_data
from crm_desktop.data.credentials import Credentials
from crm_desktop.data.database import Database
from crm_desktop.data.errors import WrongCredentials
from crm_desktop.domain.access import ClientAccess, Role, UserRights
from crm_desktop.domain.passwords import hash_password, verify_password
from crm_desktop.domain.requisites import validate_account, validate_bik, validate_inn, validate_kpp
from crm_desktop.services import accounts
from crm_desktop.services.session import CurrentUser, Session
from crm_desktop.services.startup import checked


class LoginFailed(Exception):
    """str() is the one sentence shown in the login dialog."""


def needs_first_run(db: Database) -> bool:
    with db.read() as conn:
        return company.user_count(conn) == 0


def login_choices(db: Database) -> list[tuple[str, str]]:
    with db.read() as conn:
        return users_data.login_choices(conn)


def open_as_user(address: str, login_name: str, password: str) -> Database:
    """A server database attached as the CRM user, in the SQL role of its CRM role: what the
    workstation works through (the database enforces the access rules). Firebird checks the
    password; the version is checked as for any workstation."""
    try:
        credentials = Credentials(privileges.fb_user(login_name.strip()), password)
    except privileges.BadLogin:
        raise LoginFailed("Пользователь не найден.") from None
    probe = Database(address, credentials, pool_size=0)
    try:
        con = probe.raw()
    except WrongCredentials:
        raise LoginFailed("Неверный логин или пароль, либо учётная запись отключена администратором.") from None
    try:
        role = privileges.role_of(con)
    finally:
        con.close()
        probe.dispose()
    if role is None:
        raise LoginFailed("У пользователя нет роли CRM в этой базе: администратору нужно выполнить "
                          f"«crm-admin users sync {address}».")
    return checked(Database(address, credentials, role=role))


def login(db: Database, login_name: str, password: str) -> Session:
    """Embedded: the program checks the password. On a server Firebird checks it: the session
    works through a database attached as the user (`db` may be the same, already attached
    so, or one attached otherwise, e.g. by the administrator's tools, which then disposes it
    with its own)."""
    if not db.address.embedded and not db.protected:
        db = db.adopt(open_as_user(str(db.address), login_name, password))
    with db.read() as conn:
        row = users_data.by_login(conn, login_name.strip())
        if row is None:
            raise LoginFailed("Пользователь не найден.")
        if not db.protected and not verify_password(users_data.password_hash(conn, row.login) or "", password):
            raise LoginFailed("Неверный пароль.")
        if row.is_dismissed:
            raise LoginFailed("Сотрудник уволен: вход запрещён.")
        if row.is_disabled:
            raise LoginFailed("Учётная запись отключена: обратитесь к администратору.")
        rights = UserRights(row.id, Role(row.role), ClientAccess(row.client_access),
                            users_data.permissions_of(conn, row.id))
    db.set_app_user(row.id)
    return Session(db, CurrentUser(row.id, row.login, row.full_name, rights))


def acting_as(db: Database, login_name: str) -> Session:
    """A session of a user on the owner's own attachment, for the administrator's tools that
    fill a database as its users would (the demo company's documents): whoever holds the
    owner's attachment may do anything already, so no password is asked."""
    with db.read() as conn:
        row = users_data.by_login(conn, login_name)
        if row is None:
            raise LoginFailed("Пользователь не найден.")
        rights = UserRights(row.id, Role(row.role), ClientAccess(row.client_access),
                            users_data.permissions_of(conn, row.id))
    db.set_app_user(row.id)
    return Session(db, CurrentUser(row.id, row.login, row.full_name, rights))


def login_to(address: str, login_name: str, password: str) -> Session:
    """Log in to a server database as its Firebird user (open_as_user); the session owns the
    attachment (dispose its db when done)."""
    db = open_as_user(address, login_name, password)
    try:
        return login(db, login_name, password)
    except BaseException:
        db.dispose()
        raise


def must_change_password(session: Session) -> bool:
    """The administrator issued a temporary password (crm-admin users sync)."""
    with session.db.read() as conn:
        return users_data.must_change_password(conn, session.user.id)


def password_problem(password: str, again: str) -> str | None:
    if len(password) < 6:
        return "Пароль должен быть не короче 6 символов."
    if password != again:
        return "Пароли не совпадают."
    return None


def change_own_password(session: Session, password: str, again: str) -> None:
    """The user's new password: Firebird's on a server, the program's hash in embedded mode."""
    problem = password_problem(password, again)
    if problem:
        raise ValueError(problem)
    if session.db.protected:
        accounts.change_own_password(session.db, password)
    with session.db.begin() as conn:
        if not session.db.protected:
            users_data.set_password_hash(conn, session.user.login, hash_password(password))
        users_data.set_must_change_password(conn, session.user.login, False)


@dataclass(frozen=True)
class FirstRun:
    """What the first-run wizard collects: our organisation and the first administrator."""
    org_short_name: str
    org_full_name: str
    inn: str
    kpp: str
    legal_address: str
    phone: str
    bank_name: str
    bik: str
    corr_account: str
    account: str
    admin_login: str
    admin_full_name: str
    admin_password: str
    admin_password_again: str


def validate_first_run(data: FirstRun) -> dict[str, str]:
    """field -> Russian message; empty when the wizard may finish."""
    errors: dict[str, str] = {}
    if not data.org_short_name.strip():
        errors["org_short_name"] = "Укажите наименование организации."
    for name, check in (("inn", validate_inn(data.inn)), ("kpp", validate_kpp(data.kpp)),
                        ("bik", validate_bik(data.bik))):
        if check:
            errors[name] = check
    if data.account and data.bik and not errors.get("bik"):
        problem = validate_account(data.account, data.bik)
        if problem:
            errors["account"] = problem
    if data.account and not data.bank_name.strip():
        errors["bank_name"] = "Укажите банк расчётного счёта."
    if not data.admin_login.strip():
        errors["admin_login"] = "Укажите логин администратора."
    if not data.admin_full_name.strip():
        errors["admin_full_name"] = "Укажите ФИО администратора."
    problem = password_problem(data.admin_password, data.admin_password_again)
    if problem:
        errors["admin_password" if len(data.admin_password) < 6 else "admin_password_again"] = problem
    return errors


def complete_first_run(db: Database, data: FirstRun) -> None:
    """Creates our organisation (with its bank account) and the first administrator in one
    transaction; refuses if users exist already."""
    errors = validate_first_run(data)
    if errors:
        raise ValueError(next(iter(errors.values())))
    with db.begin() as conn:
        if company.user_count(conn):
            raise ValueError("Мастер первого запуска уже пройден: в базе есть пользователи.")
        entity = company.add_legal_entity(
            conn, short_name=data.org_short_name.strip(), full_name=data.org_full_name.strip() or None,
            inn=data.inn or None, kpp=data.kpp or None, legal_address=data.legal_address or None,
            phone=data.phone or None, is_default=1)
        if data.account:
            company.add_bank_account(conn, entity, bank_name=data.bank_name.strip(), bik=data.bik,
                                     corr_account=data.corr_account or None, account_no=data.account,
                                     is_default=1)
        admin = users_data.Account(data.admin_login.strip(), "admin", True, manages_users=True)
        with accounts.following(db, None, admin, data.admin_password):
            company.add_user(conn, login=admin.login, password_hash=hash_password(data.admin_password),
                             full_name=data.admin_full_name.strip(), role_id=company.role_ids(conn)["admin"],
                             client_access=int(ClientAccess.FULL))

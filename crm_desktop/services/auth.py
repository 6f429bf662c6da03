"""Login and the first-run wizard (PLAT-5)."""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.data import company
from crm_desktop.data import users as users_data
from crm_desktop.data.database import Database
from crm_desktop.domain.access import ClientAccess, Role, UserRights
from crm_desktop.domain.passwords import hash_password, verify_password
from crm_desktop.domain.requisites import validate_account, validate_bik, validate_inn, validate_kpp
from crm_desktop.services.session import CurrentUser, Session


class LoginFailed(Exception):
    """str() is the one sentence shown in the login dialog."""


def needs_first_run(db: Database) -> bool:
    with db.read() as conn:
        return company.user_count(conn) == 0


def login_choices(db: Database) -> list[tuple[str, str]]:
    with db.read() as conn:
        return users_data.login_choices(conn)


def login(db: Database, login_name: str, password: str) -> Session:
    with db.read() as conn:
        row = users_data.by_login(conn, login_name.strip())
        if row is None:
            raise LoginFailed("Пользователь не найден.")
        if not verify_password(row.password_hash, password):
            raise LoginFailed("Неверный пароль.")
        if row.is_dismissed:
            raise LoginFailed("Сотрудник уволен: вход запрещён.")
        if row.is_disabled:
            raise LoginFailed("Учётная запись отключена: обратитесь к администратору.")
        rights = UserRights(row.id, Role(row.role), ClientAccess(row.client_access),
                            users_data.permissions_of(conn, row.id))
    db.set_app_user(row.id)
    return Session(db, CurrentUser(row.id, row.login, row.full_name, rights))


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
    if len(data.admin_password) < 6:
        errors["admin_password"] = "Пароль должен быть не короче 6 символов."
    elif data.admin_password != data.admin_password_again:
        errors["admin_password_again"] = "Пароли не совпадают."
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
        company.add_user(conn, login=data.admin_login.strip(), password_hash=hash_password(data.admin_password),
                         full_name=data.admin_full_name.strip(), role_id=company.role_ids(conn)["admin"],
                         client_access=int(ClientAccess.FULL))

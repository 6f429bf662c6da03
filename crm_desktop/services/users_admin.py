"""Users and their rights, for who holds Permission.MANAGE_USERS (manual: "Добавление пользователей",
"Карточка пользователя", "Разграничение доступа, права"; ADM-1, ADM-2, ADM-3)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from crm_desktop.data import admin_users as data
from crm_desktop.data import company_admin
from crm_desktop.data.admin_users import UserListRow
from crm_desktop.domain.access import ClientAccess, Role
from crm_desktop.domain.admin_rules import (AdminState, last_admin_problem, self_lockout_problem,
                                            validate_user_card)
from crm_desktop.domain.contacts import normalize_email
from crm_desktop.domain.passwords import hash_password
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import ValidationError
from crm_desktop.data.users import Account
from crm_desktop.services import accounts
from crm_desktop.services.session import Session


class UserInUse(ValueError):
    """The user has clients, events or tasks: dismiss instead of deleting."""


@dataclass(frozen=True)
class UserCard:
    id: int | None = None
    login: str = ""
    full_name: str = ""
    password: str | None = None        # a new password to set; None keeps the current one
    role: str = Role.MANAGER.value
    department_id: int | None = None
    position_id: int | None = None
    invoice_prefix: str = ""
    mobile_phone: str = ""
    work_email: str = ""
    is_disabled: bool = False
    is_dismissed: bool = False
    client_access: int = ClientAccess.OWN_ONLY.value
    extra_permissions: frozenset[Permission] = field(default_factory=frozenset)
    row_version: int = 0


@dataclass(frozen=True)
class RightsCatalog:
    """What the «Права» tab shows checked and fixed for each role: its base rights."""
    role_rights: dict[str, frozenset[Permission]]      # role code → base rights


def list_users(session: Session) -> list[UserListRow]:
    session.require(Permission.MANAGE_USERS)
    with session.db.read() as conn:
        return data.user_list(conn)


def rights_catalog(session: Session) -> RightsCatalog:
    session.require(Permission.MANAGE_USERS)
    with session.db.read() as conn:
        return RightsCatalog(data.role_rights(conn))


def load(session: Session, user_id: int) -> UserCard:
    session.require(Permission.MANAGE_USERS)
    with session.db.read() as conn:
        r = data.load_user(conn, user_id)
    if r is None:
        raise ValueError("Пользователь не найден: возможно, его удалил другой администратор.")
    return UserCard(r.id, r.login, r.full_name, None, r.role, r.department_id, r.position_id, r.invoice_prefix,
                    r.mobile_phone, r.work_email, r.is_disabled, r.is_dismissed, r.client_access,
                    r.extra_permissions, r.row_version)


def _check_admin_rules(session: Session, conn, user_id: int, after: AdminState | None) -> None:
    problem = last_admin_problem(data.active_admin_ids(conn), after, user_id)
    if after is not None:
        problem = problem or self_lockout_problem(session.user.id, after)
    if problem:
        raise ValueError(problem)


def save(session: Session, card: UserCard) -> UserCard:
    """Create or update a user in one transaction; returns the card as stored (new ID and version)."""
    session.require(Permission.MANAGE_USERS)
    login, full_name = card.login.strip(), " ".join(card.full_name.split())
    errors = validate_user_card(login, full_name, card.password, card.id is None, card.mobile_phone,
                                card.work_email, card.position_id, card.department_id)
    if errors:
        raise ValidationError(errors)
    with session.db.read() as conn:
        old = data.load_user(conn, card.id) if card.id is not None else None
        rights = data.role_rights(conn).get(card.role, frozenset()) | card.extra_permissions
    account = Account(login, card.role, not (card.is_disabled or card.is_dismissed),
                      card.role == Role.ADMIN.value or Permission.MANAGE_USERS in rights)
    old_login = old.login if old is not None else None
    # the account follows only when the user's row is saved (the inner transaction commits first)
    with accounts.following(session.db, old_login, account, card.password), session.db.begin() as conn:
        if data.login_taken(conn, login, card.id):
            raise ValueError(f"Логин «{login}» уже занят другим пользователем.")
        if card.position_id is not None and card.position_id not in dict(
                company_admin.positions_of(conn, card.department_id)):
            raise ValueError("Выбранная должность не относится к выбранному подразделению.")
        base = data.role_rights(conn).get(card.role, frozenset())
        values = {"login": login, "full_name": full_name, "role_id": data.role_id(conn, card.role),
                  "department_id": card.department_id, "position_id": card.position_id,
                  "invoice_prefix": card.invoice_prefix.strip() or None,
                  "mobile_phone": card.mobile_phone.strip() or None,
                  "work_email": normalize_email(card.work_email) if card.work_email.strip() else None,
                  "is_disabled": int(card.is_disabled), "is_dismissed": int(card.is_dismissed),
                  "client_access": int(card.client_access)}
        if card.password and not session.db.protected:   # on a server Firebird keeps passwords
            values["password_hash"] = hash_password(card.password)
        if card.id is None:
            user_id = data.insert_user(conn, values)
        else:
            after = AdminState(card.id, card.role == Role.ADMIN.value, card.is_disabled, card.is_dismissed)
            _check_admin_rules(session, conn, card.id, after)
            data.update_user(conn, card.id, card.row_version, values)
            user_id = card.id
        data.set_extra_permissions(conn, user_id, card.extra_permissions - base)
        stored = data.load_user(conn, user_id)
    return replace(card, id=user_id, password=None, login=login, full_name=full_name,
                   extra_permissions=stored.extra_permissions, row_version=stored.row_version)


def usage(session: Session, user_id: int) -> dict[str, int]:
    session.require(Permission.MANAGE_USERS)
    with session.db.read() as conn:
        return data.usage(conn, user_id)


def delete(session: Session, user_id: int) -> None:
    """Only a user without clients, events and tasks is deleted; otherwise UserInUse (dismiss instead)."""
    session.require(Permission.MANAGE_USERS)
    if user_id == session.user.id:
        raise ValueError("Нельзя удалить собственную учётную запись.")
    with session.db.read() as conn:
        record = data.load_user(conn, user_id)
    with accounts.following(session.db, record.login if record else None, None, None), session.db.begin() as conn:
        _check_admin_rules(session, conn, user_id, None)
        used = data.usage(conn, user_id)
        if any(used.values()):
            raise UserInUse(f"У пользователя есть клиенты ({used['clients']}), события ({used['events']}) "
                            f"и задачи ({used['tasks']}), поэтому удалить его нельзя. "
                            "Отметьте его как уволенного: история сохранится, а войти он не сможет.")
        data.delete_user(conn, user_id)


def dismiss(session: Session, user_id: int) -> None:
    """Mark a user dismissed (the alternative to deleting someone with history); the account is
    disabled too, as the manual asks of a leaving employee («Отключить учетную запись» and
    «Сотрудник уволен»)."""
    card = load(session, user_id)
    save(session, replace(card, is_dismissed=True, is_disabled=True))

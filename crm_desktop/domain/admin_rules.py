"""Rules of the administrator's screens (manual: "Добавление пользователей", "Разграничение
доступа, права", "Карточка пользователя"; ADM-1, ADM-2): the company always keeps one working
administrator, a user card is complete, an edit by a colleague is reported."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from crm_desktop.domain.contacts import validate_email, validate_phone
from crm_desktop.domain.validation import FieldError

MIN_PASSWORD = 4


@dataclass(frozen=True)
class AdminState:
    """What the rule needs to know about a user after the intended change."""
    user_id: int
    is_admin: bool
    is_disabled: bool
    is_dismissed: bool

    @property
    def is_active_admin(self) -> bool:
        return self.is_admin and not self.is_disabled and not self.is_dismissed


def last_admin_problem(active_admins: Collection[int], after: AdminState | None,
                       user_id: int) -> str | None:
    """The message refusing a change that would leave no active administrator, or None.
    `after` is the user's state after the change (None: the user is deleted)."""
    if after is not None and after.is_active_admin:
        return None
    if user_id in active_admins and len(active_admins) <= 1:
        return ("Это последний действующий администратор: в системе всегда должен оставаться хотя бы "
                "один администратор. Сначала назначьте администратором другого пользователя.")
    return None


def self_lockout_problem(acting_user_id: int, after: AdminState) -> str | None:
    """An administrator cannot switch off or demote their own account (they would lose access mid-work)."""
    if after.user_id != acting_user_id:
        return None
    if after.is_disabled or after.is_dismissed:
        return "Нельзя отключить или уволить собственную учётную запись."
    if not after.is_admin:
        return "Нельзя снять роль администратора с самого себя."
    return None


def validate_user_card(login: str, full_name: str, password: str | None, is_new: bool,
                       mobile_phone: str, work_email: str, position_id: int | None,
                       department_id: int | None) -> list[FieldError]:
    """Every problem of a user card at once (a new user must get a password)."""
    errors: list[FieldError] = []
    if not login.strip():
        errors.append(FieldError("login", "Укажите логин пользователя."))
    elif len(login.strip()) > 40 or any(c.isspace() for c in login.strip()):
        errors.append(FieldError("login", "Логин: не длиннее 40 символов и без пробелов."))
    if not full_name.strip():
        errors.append(FieldError("full_name", "Укажите ФИО пользователя."))
    if is_new and not password:
        errors.append(FieldError("password", "Задайте пароль новому пользователю."))
    if password and len(password) < MIN_PASSWORD:
        errors.append(FieldError("password", f"Пароль должен быть не короче {MIN_PASSWORD} символов."))
    if mobile_phone.strip() and (msg := validate_phone(mobile_phone, label="Мобильный телефон")):
        errors.append(FieldError("mobile_phone", msg))
    if work_email.strip() and (msg := validate_email(work_email, label="Рабочий e-mail")):
        errors.append(FieldError("work_email", msg))
    if position_id is not None and department_id is None:
        errors.append(FieldError("position_id", "Должность выбирается в подразделении: укажите подразделение."))
    return errors

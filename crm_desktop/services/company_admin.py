"""Constants (our legal entities and their bank accounts) and the company structure
(departments → positions), for who holds Permission.EDIT_DICTIONARIES (manual: "Константы",
"Структура предприятия"; ADM-4)."""
from __future__ import annotations

from dataclasses import replace

from crm_desktop.data import company_admin as data
from crm_desktop.data.company_admin import BankAccount, LegalEntity, Node
from crm_desktop.domain import requisites
from crm_desktop.domain.contacts import validate_email, validate_phone
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import FieldError, ValidationError, clean_name
from crm_desktop.services.session import Session

__all__ = ["BankAccount", "LegalEntity", "Node"]


def _clean(values: dict[str, str]) -> dict[str, str]:
    return {k: " ".join((v or "").split()) for k, v in values.items()}


# -- legal entities ------------------------------------------------------------------------

def entities(session: Session) -> list[LegalEntity]:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.read() as conn:
        return data.entities(conn)


def entity_errors(e: LegalEntity) -> list[FieldError]:
    v = e.values
    errors = [] if v.get("short_name") else [FieldError("short_name", "Укажите краткое наименование юридического лица.")]
    checks = [("inn", requisites.validate_inn), ("kpp", requisites.validate_kpp),
              ("ogrn", requisites.validate_ogrn), ("okpo", requisites.validate_okpo)]
    errors += [FieldError(f, msg) for f, check in checks if (msg := check(v.get(f, "")))]
    if msg := validate_phone(v.get("phone", "")):
        errors.append(FieldError("phone", msg))
    if msg := validate_email(v.get("email", "")):
        errors.append(FieldError("email", msg))
    return errors


def save_entity(session: Session, e: LegalEntity) -> LegalEntity:
    """Insert or update (optimistic locking); the first legal entity becomes the default one."""
    session.require(Permission.EDIT_DICTIONARIES)
    e = replace(e, values=_clean(e.values))
    if errors := entity_errors(e):
        raise ValidationError(errors)
    with session.db.begin() as conn:
        if e.id is None:
            new_id = data.insert_entity(conn, e)
            if not any(x.is_default for x in data.entities(conn)):
                data.set_default_entity(conn, new_id)
        else:
            data.update_entity(conn, e)
        return data.entity(conn, e.id if e.id is not None else new_id)


def delete_entity(session: Session, entity_id: int) -> None:
    """With its bank accounts; refused while cash desks work for it. The default role passes
    to another legal entity."""
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        if desks := data.entity_cash_desks(conn, entity_id):
            raise ValueError(f"Юридическое лицо указано в кассах: {', '.join(desks)}. Сначала измените кассы.")
        data.delete_entity(conn, entity_id)
        rest = data.entities(conn)
        if rest and not any(e.is_default for e in rest):
            data.set_default_entity(conn, rest[0].id)


def set_default_entity(session: Session, entity_id: int) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        data.set_default_entity(conn, entity_id)


# -- bank accounts -------------------------------------------------------------------------

def accounts(session: Session, entity_id: int) -> list[BankAccount]:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.read() as conn:
        return data.accounts(conn, entity_id)


def account_errors(a: BankAccount) -> list[FieldError]:
    v = a.values
    errors = [FieldError(f, msg) for f, msg in (("bank_name", "Укажите наименование банка."),
                                                 ("bik", "Укажите БИК банка."),
                                                 ("account_no", "Укажите номер расчётного счёта."))
              if not v.get(f)]
    if msg := requisites.validate_bik(v.get("bik", "")):
        errors.append(FieldError("bik", msg))
    elif v.get("bik"):
        if msg := requisites.validate_corr_account(v.get("corr_account", ""), v["bik"]):
            errors.append(FieldError("corr_account", msg))
        if msg := requisites.validate_account(v.get("account_no", ""), v["bik"]):
            errors.append(FieldError("account_no", msg))
    return errors


def save_account(session: Session, a: BankAccount) -> None:
    """Insert or update; the first account of a legal entity becomes its default one."""
    session.require(Permission.EDIT_DICTIONARIES)
    a = replace(a, values={k: v.replace(" ", "") if k != "bank_name" else v for k, v in _clean(a.values).items()})
    if errors := account_errors(a):
        raise ValidationError(errors)
    with session.db.begin() as conn:
        if a.id is None:
            new_id = data.insert_account(conn, a)
            if not any(x.is_default for x in data.accounts(conn, a.legal_entity_id)):
                data.set_default_account(conn, a.legal_entity_id, new_id)
        else:
            data.update_account(conn, a)


def delete_account(session: Session, account_id: int) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        data.delete_account(conn, account_id)


def set_default_account(session: Session, account_id: int) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        entity_id = data.account_entity(conn, account_id)
        if entity_id is None:
            raise ValueError("Расчётный счёт не найден: возможно, его удалили.")
        data.set_default_account(conn, entity_id, account_id)


# -- structure -----------------------------------------------------------------------------

def structure(session: Session) -> list[Node]:
    """Read by everyone (the user card and pickers show it); edited with Permission.EDIT_DICTIONARIES."""
    with session.db.read() as conn:
        return data.structure(conn)


def positions_of(session: Session, department_id: int) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return data.positions_of(conn, department_id)


def add_department(session: Session, name: str) -> int:
    session.require(Permission.EDIT_DICTIONARIES)
    name = clean_name(name)
    with session.db.begin() as conn:
        if data.name_exists(conn, "department", name, None, None):
            raise ValueError(f"Подразделение «{name}» уже есть.")
        return data.add_department_row(conn, name)


def add_position(session: Session, department_id: int, name: str) -> int:
    session.require(Permission.EDIT_DICTIONARIES)
    name = clean_name(name)
    with session.db.begin() as conn:
        if data.name_exists(conn, "position", name, department_id, None):
            raise ValueError(f"Должность «{name}» уже есть в этом подразделении.")
        return data.add_position_row(conn, department_id, name)


def rename(session: Session, level: str, node_id: int, name: str, department_id: int | None = None) -> None:
    """`level` is "department" or "position" (then `department_id` is the position's department)."""
    session.require(Permission.EDIT_DICTIONARIES)
    name = clean_name(name)
    with session.db.begin() as conn:
        if data.name_exists(conn, level, name, department_id, node_id):
            raise ValueError(f"«{name}» уже есть.")
        data.rename_node(conn, level, node_id, name)


def delete_node(session: Session, level: str, node_id: int) -> None:
    """A department or position that users refer to stays; the message says who uses it."""
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        used_by = data.users_of(conn, level, node_id)
        if used_by:
            what = "Подразделение указано" if level == "department" else "Должность указана"
            raise ValueError(f"{what} у пользователей: {', '.join(used_by)}. "
                             "Сначала измените их карточки.")
        data.delete_node(conn, level, node_id)

"""Reading and editing dictionaries; editing, also "on the fly" from any combo box, needs
Permission.EDIT_DICTIONARIES, which the administrator's role gives (manual: "Справочники", DIC-1)."""
from __future__ import annotations

from crm_desktop.data import dictionaries as data
from crm_desktop.data import users as users_data
from crm_desktop.data.dictionaries import Item
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import clean_name
from crm_desktop.services.session import Session

def items(session: Session, name: str, include_inactive: bool = False,
          region_id: int | None = None) -> list[Item]:
    with session.db.read() as conn:
        if name == "users":
            return [Item(i, n) for i, n in users_data.all_users(conn)]
        return data.items(conn, name, include_inactive, region_id)


def is_editable(name: str) -> bool:
    return name != "users"


def add(session: Session, name: str, value: str, region_id: int | None = None) -> Item:
    session.require(Permission.EDIT_DICTIONARIES)
    value = clean_name(value)
    if name == "settlements" and region_id is None:
        raise ValueError("Сначала выберите регион населённого пункта.")
    with session.db.begin() as conn:
        if data.exists(conn, name, value, region_id):
            raise ValueError(f"«{value}» уже есть в справочнике.")
        return Item(data.add(conn, name, value, region_id), value)


def rename(session: Session, name: str, item_id: int, value: str) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    value = clean_name(value)
    with session.db.begin() as conn:
        data.rename(conn, name, item_id, value)


def set_active(session: Session, name: str, item_id: int, active: bool) -> None:
    """Values are never deleted (clients and history refer to them); they are hidden instead."""
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        data.set_active(conn, name, item_id, active)


def reorder(session: Session, name: str, ids_in_order: list[int]) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        data.reorder(conn, name, ids_in_order)

"""Dictionaries: read by everyone, edited by whoever holds «Редактировать справочники…»: the
administrator, or another user the permission is ticked for (DIC-1)."""
from __future__ import annotations

import pytest

from crm_desktop.data import admin_users
from crm_desktop.domain.permissions import Permission
from crm_desktop.services import dictionaries
from crm_desktop.services.session import AccessDenied


def test_admin_adds_renames_hides_and_reorders(session_of) -> None:
    admin = session_of("admin")
    before = [i.name for i in dictionaries.items(admin, "client_statuses")]
    item = dictionaries.add(admin, "client_statuses", "  VIP   клиент ")
    assert item.name == "VIP клиент"
    assert [i.name for i in dictionaries.items(admin, "client_statuses")] == before + ["VIP клиент"]
    dictionaries.rename(admin, "client_statuses", item.id, "Ключевой клиент")
    dictionaries.set_active(admin, "client_statuses", item.id, False)
    assert "Ключевой клиент" not in [i.name for i in dictionaries.items(admin, "client_statuses")]
    assert "Ключевой клиент" in [i.name for i in dictionaries.items(admin, "client_statuses", True)]
    ids = [i.id for i in dictionaries.items(admin, "sales_stages")]
    dictionaries.reorder(admin, "sales_stages", list(reversed(ids)))
    assert [i.id for i in dictionaries.items(admin, "sales_stages")] == list(reversed(ids))


def test_duplicates_and_blanks_are_refused(session_of) -> None:
    admin = session_of("admin")
    with pytest.raises(ValueError, match="уже есть"):
        dictionaries.add(admin, "event_types", "входящий ЗВОНОК")
    with pytest.raises(ValueError, match="пуст"):
        dictionaries.add(admin, "directions", "   ")


def test_settlement_needs_its_region(session_of) -> None:
    admin = session_of("admin")
    region = next(r for r in dictionaries.items(admin, "regions") if r.name == "Нижегородская область")
    with pytest.raises(ValueError, match="регион"):
        dictionaries.add(admin, "settlements", "Новоселово")
    added = dictionaries.add(admin, "settlements", "Новоселово", region_id=region.id)
    assert added.id in [c.id for c in dictionaries.items(admin, "settlements", region_id=region.id)]


@pytest.mark.parametrize("who", ["supervisor", "manager", "specialist"])
def test_others_without_the_permission_only_read(session_of, who) -> None:
    session = session_of(who)
    assert dictionaries.items(session, "priorities")
    with pytest.raises(AccessDenied, match="Нет прав: «Редактировать справочники и настраивать систему»"):
        dictionaries.add(session, "priorities", "Сверхсрочный")


def test_manager_holding_the_permission_edits(db, users, session_of) -> None:
    with db.begin() as conn:
        admin_users.set_extra_permissions(conn, users["manager"], frozenset({Permission.EDIT_DICTIONARIES}))
    manager = session_of("manager")
    item = dictionaries.add(manager, "priorities", "Сверхсрочный")
    dictionaries.rename(manager, "priorities", item.id, "Горящий")
    assert "Горящий" in [i.name for i in dictionaries.items(manager, "priorities")]
    with pytest.raises(AccessDenied):
        dictionaries.add(session_of("manager2"), "priorities", "Срочнейший")

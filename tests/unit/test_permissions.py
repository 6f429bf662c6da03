"""One permission enum and who holds what (manual: "Разграничение доступа, права")."""
from __future__ import annotations

import pytest

from crm_desktop.domain.access import ClientAccess, Role, UserRights
from crm_desktop.domain.permissions import PERSONAL, Permission, refusal


def rights(role: Role, *held: Permission) -> UserRights:
    return UserRights(1, role, ClientAccess.OWN_ONLY, frozenset(held))


def test_every_permission_has_its_stored_code_and_a_russian_label() -> None:
    assert len({p.value for p in Permission}) == len(Permission)
    for permission in Permission:
        assert Permission(permission.value) is permission
        assert permission.label and any("а" <= ch <= "я" for ch in permission.label.lower())


def test_a_stored_code_is_not_a_permission_until_converted() -> None:
    assert Permission.EDIT_DICTIONARIES != "edit_dictionaries"
    with pytest.raises(ValueError):
        Permission("edit_everything")


def test_administrator_holds_every_permission_but_the_personal_ones_whatever_is_stored() -> None:
    admin = rights(Role.ADMIN)
    assert {p for p in Permission if admin.can(p)} == set(Permission) - PERSONAL
    assert rights(Role.ADMIN, Permission.PRIVATE_CLIENTS).can(Permission.PRIVATE_CLIENTS)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.MANAGER, Role.SPECIALIST])
def test_other_roles_hold_exactly_what_is_stored(role) -> None:
    held = rights(role, Permission.EDIT_DICTIONARIES)
    assert {p for p in Permission if held.can(p)} == {Permission.EDIT_DICTIONARIES}
    assert not any(rights(role).can(p) for p in Permission)


def test_journals_of_everyone_for_supervisors_administrators_and_the_permission() -> None:
    assert rights(Role.SUPERVISOR).sees_all_journals and rights(Role.ADMIN).sees_all_journals
    assert not rights(Role.MANAGER).sees_all_journals
    assert rights(Role.MANAGER, Permission.VIEW_ALL_JOURNALS).sees_all_journals


def test_refusal_names_the_permission_and_where_it_is_granted() -> None:
    text = refusal(Permission.EDIT_DICTIONARIES)
    assert text.startswith("Нет прав: «Редактировать справочники и настраивать систему»")
    assert "вкладка «Права»" in text

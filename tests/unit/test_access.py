"""Access rules of the manual for every role and mode (ADM-2, ADM-3)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.access import (ClientAccess, ClientFacts, Role, UserRights, can_delete, can_edit,
                                       can_make_private, can_open, can_see)
from crm_desktop.domain.permissions import Permission

ME, OTHER = 1, 2
MINE = ClientFacts(curator_id=ME, specialist_id=None, is_private=False)
THEIRS = ClientFacts(curator_id=OTHER, specialist_id=None, is_private=False)
THEIR_PRIVATE = ClientFacts(curator_id=OTHER, specialist_id=ME, is_private=True)
MY_PRIVATE = ClientFacts(curator_id=ME, specialist_id=None, is_private=True)
GRANTED = ClientFacts(curator_id=OTHER, specialist_id=None, is_private=False, granted=frozenset({ME}))


def rights(role: Role = Role.MANAGER, access: ClientAccess = ClientAccess.OWN_ONLY, perms=()) -> UserRights:
    return UserRights(ME, role, access, frozenset(perms))


@pytest.mark.parametrize("access, see, open_, edit_main, edit_other", [
    (ClientAccess.OWN_ONLY, False, False, False, False),
    (ClientAccess.SEE_ALL_OPEN_OWN, True, False, False, False),
    (ClientAccess.EDIT_ALL_BUT_MAIN, True, True, False, True),
    (ClientAccess.FULL, True, True, True, True),
])
def test_modes_on_a_colleagues_client(access, see, open_, edit_main, edit_other) -> None:
    r = rights(access=access)
    assert (can_see(r, THEIRS), can_open(r, THEIRS), can_edit(r, THEIRS, True),
            can_edit(r, THEIRS, False)) == (see, open_, edit_main, edit_other)


@pytest.mark.parametrize("access", list(ClientAccess))
def test_own_and_granted_clients_are_always_workable(access) -> None:
    for client in (MINE, GRANTED):
        assert can_edit(rights(access=access), client)


@pytest.mark.parametrize("role", list(Role))
def test_private_client_only_for_its_curator_even_admin(role) -> None:
    r = rights(role=role, access=ClientAccess.FULL)
    assert not can_see(r, THEIR_PRIVATE) and not can_open(r, THEIR_PRIVATE)
    assert can_see(r, MY_PRIVATE)


def test_admin_has_full_access_whatever_the_mode() -> None:
    admin = rights(Role.ADMIN, ClientAccess.OWN_ONLY)
    assert can_edit(admin, THEIRS) and can_delete(admin, THEIRS)


def test_delete_needs_the_permission() -> None:
    assert not can_delete(rights(access=ClientAccess.FULL), THEIRS)
    assert can_delete(rights(access=ClientAccess.FULL, perms=[Permission.DELETE_CLIENTS]), THEIRS)


def test_private_clients_need_the_ticked_permission_even_for_the_administrator() -> None:
    assert not can_make_private(rights(Role.ADMIN))
    assert can_make_private(rights(perms=[Permission.PRIVATE_CLIENTS]))


@given(st.sampled_from(list(Role)), st.sampled_from(list(ClientAccess)), st.booleans(),
       st.sampled_from([ME, OTHER, None]), st.sampled_from([ME, OTHER, None]))
def test_rights_are_monotonic(role, access, private, curator, specialist) -> None:
    client = ClientFacts(curator, specialist, private)
    r = rights(role, access)
    assert (not can_edit(r, client, False)) or can_open(r, client)
    assert (not can_open(r, client)) or can_see(r, client)
    assert (not can_edit(r, client, True)) or can_edit(r, client, False)

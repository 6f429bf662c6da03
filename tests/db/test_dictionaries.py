"""Dictionaries: read by everyone, edited by administrators only (DIC-1)."""
from __future__ import annotations

import pytest

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
def test_only_administrators_edit(session_of, who) -> None:
    session = session_of(who)
    assert dictionaries.items(session, "priorities")
    with pytest.raises(AccessDenied):
        dictionaries.add(session, "priorities", "Сверхсрочный")

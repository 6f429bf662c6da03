"""Which parts of the program are offered (domain/functionality.py): switched on in
«Параметры – Функционал» AND allowed by the licence's edition; production also needs the
«Корпоративная» edition; demo mode (no edition) allows what is switched on."""
from __future__ import annotations

import pytest

from crm_desktop.domain.editions import Edition
from crm_desktop.domain.functionality import Module, Switches, gate, production_gate, visible

ON, OFF = Switches(), Switches(warehouse=False, cash=False)


@pytest.mark.parametrize("edition, switches, warehouse, cash", [
    (None, ON, True, True),
    (Edition.ENTERPRISE, ON, True, True),
    (Edition.PROFESSIONAL, ON, True, True),
    (Edition.STANDARD, ON, False, True),           # the edition has no warehouse; cash is in every edition
    (Edition.ENTERPRISE, OFF, False, False),
    (None, Switches(warehouse=False), False, True),
    (Edition.STANDARD, Switches(cash=False), False, False),
])
def test_visible_is_switched_on_and_allowed_by_the_edition(edition, switches, warehouse, cash) -> None:
    assert visible(Module.WAREHOUSE, switches, edition) is warehouse
    assert visible(Module.CASH, switches, edition) is cash


def test_reasons_name_the_edition_first_then_the_switch() -> None:
    assert "недоступно в редакции «Стандарт»" in gate(Module.WAREHOUSE, OFF, Edition.STANDARD).reason
    assert gate(Module.CASH, OFF, None).reason == "Касса: отключено в «Настройка – Параметры – Функционал»."


def test_production_needs_the_warehouse_switched_on_and_the_enterprise_edition() -> None:
    assert production_gate(ON, Edition.ENTERPRISE).allowed and production_gate(ON, None).allowed
    assert not production_gate(ON, Edition.PROFESSIONAL).allowed
    assert not production_gate(Switches(warehouse=False), Edition.ENTERPRISE).allowed


def test_a_new_database_has_everything_switched_on() -> None:
    assert Switches() == Switches(warehouse=True, cash=True)

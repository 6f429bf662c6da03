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


# -- the manual's six blocks (ADM-9, «Настройка функционала») ----------------------------------
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from crm_desktop.domain.functionality import CARD_TABS, MODULE_TITLES, Module  # noqa: E402

ANY_SWITCHES = st.builds(Switches, *(st.booleans() for _ in Module))


def test_the_six_blocks_of_the_manual_each_with_a_title() -> None:
    assert [m.title for m in Module] == ["Учёт продаж", "Учёт работ/услуг", "Складской учёт", "Касса",
                                         "Вкладка «Безопасность» карточки клиента",
                                         "Вкладка «Отгрузочные реквизиты» карточки клиента"]
    assert set(MODULE_TITLES) == set(Module) and all(Switches().is_on(m) for m in Module)


@given(ANY_SWITCHES, st.sampled_from([None, *Edition]))
def test_a_part_is_offered_exactly_when_switched_on_and_in_the_edition(switches, edition) -> None:
    for module in Module:
        result = gate(module, switches, edition)
        if not switches.is_on(module):
            assert not result.allowed and result.reason
        if result.allowed:
            assert switches.is_on(module)
        assert visible(module, switches, edition) is result.allowed


@given(ANY_SWITCHES)
def test_hidden_card_tabs_are_those_switched_off(switches) -> None:
    assert switches.hidden_card_tabs() == {tab for module, tab in CARD_TABS.items() if not switches.is_on(module)}


def test_sales_works_and_the_card_tabs_are_in_every_edition_but_the_security_tab() -> None:
    for module in (Module.SALES, Module.WORKS, Module.SHIPPING_TAB):
        assert visible(module, Switches(), Edition.STANDARD)
    assert not visible(Module.SECURITY_TAB, Switches(), Edition.STANDARD)
    assert gate(Module.SALES, Switches(sales=False), None).reason == \
        "Учёт продаж: отключено в «Настройка – Параметры – Функционал»."

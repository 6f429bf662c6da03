"""«Настройка – Параметры – Функционал» (manual: "Для отключения функционала программы …
снимите или установите необходимые флажки"): office-wide switches of whole parts of the
program. A part is offered when it is switched on AND the licence's edition has it
(domain/editions.py); production needs the warehouse switched on and the «Корпоративная»
edition. Absent switches are on: a new or demo database has everything switched on."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.domain.editions import Capability, Edition, Gate, check


class Module(StrEnum):
    WAREHOUSE = "warehouse"
    CASH = "cash"

    @property
    def title(self) -> str:
        return MODULE_TITLES[self]


MODULE_TITLES = {Module.WAREHOUSE: "Складской учёт", Module.CASH: "Касса"}
# what the edition must allow for the part to be offered (None: every edition)
REQUIRES: dict[Module, Capability | None] = {Module.WAREHOUSE: Capability.WAREHOUSE, Module.CASH: None}


@dataclass(frozen=True)
class Switches:
    warehouse: bool = True
    cash: bool = True

    def is_on(self, module: Module) -> bool:
        return bool(getattr(self, module.value))


def gate(module: Module, switches: Switches, edition: Edition | None) -> Gate:
    """May `module` be offered? The edition's refusal first (it names the edition to buy), then
    the switch (it names where to switch the part on)."""
    needed = REQUIRES[module]
    if needed is not None:
        by_edition = check(needed, edition)
        if not by_edition.allowed:
            return by_edition
    if not switches.is_on(module):
        return Gate(False, f"{module.title}: отключено в «Настройка – Параметры – Функционал».")
    return Gate(True)


def visible(module: Module, switches: Switches, edition: Edition | None) -> bool:
    return gate(module, switches, edition).allowed


def production_gate(switches: Switches, edition: Edition | None) -> Gate:
    """Production is a part of the warehouse: it needs the warehouse and the production capability."""
    warehouse = gate(Module.WAREHOUSE, switches, edition)
    return warehouse if not warehouse.allowed else check(Capability.PRODUCTION, edition)

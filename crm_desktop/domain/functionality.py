"""«Настройка – Параметры – Функционал» (manual «Настройка функционала»: "Возможно быстро
отключить следующие блоки: Учет продаж; Учет работ/услуг; Складской учет; Кассовый учет;
Вкладку “Безопасность” карточки клиента; Вкладку “Отгрузочные реквизиты” карточки клиента"):
office-wide switches of whole parts of the program. A part is offered when it is switched on
AND the licence's edition has it (domain/editions.py); production needs the warehouse switched
on and the «Корпоративная» edition. Absent switches are on: a new or demo database has
everything switched on.

What a part covers in this program: sales — the sales documents (invoices, acts, VAT invoices,
payments, sales, contracts, orders), the «Продажа» menu, nomenclature, contract types and
tariffs, discounts and special offers, the sales reports; works/services — the «Работы» of the
card (services/sales_works.py: norm-hours, the legal entity paid), their journal and the
«Реализация услуг» report; the two card tabs — the tab only, its data stays stored."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.domain.editions import Capability, Edition, Gate, check


class Module(StrEnum):
    SALES = "sales"
    WORKS = "works"
    WAREHOUSE = "warehouse"
    CASH = "cash"
    SECURITY_TAB = "security_tab"
    SHIPPING_TAB = "shipping_tab"

    @property
    def title(self) -> str:
        return MODULE_TITLES[self]


MODULE_TITLES = {Module.SALES: "Учёт продаж", Module.WORKS: "Учёт работ/услуг",
                 Module.WAREHOUSE: "Складской учёт", Module.CASH: "Касса",
                 Module.SECURITY_TAB: "Вкладка «Безопасность» карточки клиента",
                 Module.SHIPPING_TAB: "Вкладка «Отгрузочные реквизиты» карточки клиента"}
# what the edition must allow for the part to be offered (None: every edition)
REQUIRES: dict[Module, Capability | None] = {
    Module.SALES: None, Module.WORKS: None, Module.WAREHOUSE: Capability.WAREHOUSE, Module.CASH: None,
    Module.SECURITY_TAB: Capability.SECURITY_TAB, Module.SHIPPING_TAB: None}
# the card tab (domain/client_fields.py) a switch hides
CARD_TABS = {Module.SECURITY_TAB: "security", Module.SHIPPING_TAB: "shipping"}


@dataclass(frozen=True)
class Switches:
    sales: bool = True
    works: bool = True
    warehouse: bool = True
    cash: bool = True
    security_tab: bool = True
    shipping_tab: bool = True

    def is_on(self, module: Module) -> bool:
        return bool(getattr(self, module.value))

    def hidden_card_tabs(self) -> frozenset[str]:
        """Names of the card tabs switched off (hidden; their fields are still saved)."""
        return frozenset(tab for module, tab in CARD_TABS.items() if not self.is_on(module))


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

"""The functionality switches of «Настройка – Параметры – Функционал» (domain/functionality.py):
stored office-wide in SETTINGS, as «Контроль балансов» is; only an administrator moves them."""
from __future__ import annotations

from crm_desktop.data import settings as settings_data
from crm_desktop.domain.editions import Gate
from crm_desktop.domain.functionality import Module, Switches, gate, production_gate
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["module_gate", "production", "set_switches", "switches"]

KEYS = {m: f"functionality.{m.value}" for m in Module}


def switches(session: Session) -> Switches:
    """The switches as stored; a switch never set is on."""
    with session.db.read() as conn:
        stored = settings_data.get_many(conn, "functionality.")
    return Switches(**{m.value: stored.get(KEYS[m]) != "0" for m in Module})


def set_switches(session: Session, chosen: Switches) -> None:
    """Store the switches: administrators only."""
    if not session.rights.is_admin:
        raise AccessDenied("Включать и отключать функционал программы может только администратор.")
    with session.db.begin() as conn:
        for module in Module:
            settings_data.put(conn, KEYS[module], "1" if chosen.is_on(module) else "0")


def module_gate(session: Session, module: Module) -> Gate:
    """May `module` be offered to this session: switched on and in its licence's edition."""
    return gate(module, switches(session), session.edition)


def production(session: Session) -> Gate:
    return production_gate(switches(session), session.edition)

"""What each edition of the licence allows (LIC-7) and when the TRA option is needed.

One place answers "may the current licence do X?"; the workstation hides or disables the
parts that answer no and shows the reason. Demo mode (no licence) allows everything: the
manual promises that nothing is blocked in demo mode.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Edition(StrEnum):
    STANDARD = "standard"
    PROFESSIONAL = "professional"
    ENTERPRISE = "enterprise"

    @property
    def title(self) -> str:
        return EDITION_TITLES[self]


EDITION_TITLES = {
    Edition.STANDARD: "Стандарт",
    Edition.PROFESSIONAL: "Профессиональная",
    Edition.ENTERPRISE: "Корпоративная",
}

TRA_OPTION = "tra"


class Capability(StrEnum):
    GROUP_PROCESSING = "group_processing"
    SECURITY_TAB = "security_tab"
    USER_FILTER_TEMPLATES = "user_filter_templates"
    CONFIGURATOR = "configurator"
    WAREHOUSE = "warehouse"
    BUSINESS_PROCESSES = "business_processes"
    EMAIL_PERSONALISATION = "email_personalisation"
    PRODUCTION = "production"


CAPABILITY_TITLES = {
    Capability.GROUP_PROCESSING: "Групповая обработка",
    Capability.SECURITY_TAB: "Вкладка «Безопасность»",
    Capability.USER_FILTER_TEMPLATES: "Пользовательские шаблоны фильтров",
    Capability.CONFIGURATOR: "Конфигуратор",
    Capability.WAREHOUSE: "Склад",
    Capability.BUSINESS_PROCESSES: "Бизнес-процессы",
    Capability.EMAIL_PERSONALISATION: "Персонализация e-mail рассылок",
    Capability.PRODUCTION: "Производство",
}

_PRO_AND_UP = frozenset({Edition.PROFESSIONAL, Edition.ENTERPRISE})

# Capabilities not listed are in every edition.
_ALLOWED_EDITIONS: dict[Capability, frozenset[Edition]] = {
    **{cap: _PRO_AND_UP for cap in Capability if cap is not Capability.PRODUCTION},
    Capability.PRODUCTION: frozenset({Edition.ENTERPRISE}),
}


@dataclass(frozen=True)
class Gate:
    allowed: bool
    reason: str = ""


def check(capability: Capability, edition: Edition | None) -> Gate:
    """May `capability` be used under `edition`? `None` means demo mode: everything works."""
    allowed = _ALLOWED_EDITIONS.get(capability, frozenset(Edition))
    if edition is None or edition in allowed:
        return Gate(True)
    needed = " или ".join(f"«{e.title}»" for e in Edition if e in allowed)
    return Gate(False, f"{CAPABILITY_TITLES[capability]}: недоступно в редакции «{edition.title}», "
                       f"нужна редакция {needed}.")


class Licence(Protocol):
    """What the demo-mode rule reads of the licence taken at login."""

    @property
    def is_demo(self) -> bool: ...


def demo_mode(licence: Licence | None) -> bool:
    """No licence taken (no licence server, or none asked) works as a demo licence does: one
    workstation at a time per database (LIC-6)."""
    return licence is None or licence.is_demo


_PRIVATE_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",
    "::1/128", "fc00::/7", "fe80::/10"))
_LAN_NAME_SUFFIXES = (".local", ".lan", ".home.arpa", ".internal", ".localdomain")


def is_private_host(host: str) -> bool:
    """True for loopback, RFC 1918 / ULA / link-local addresses and LAN-style names.

    No DNS here (domain code is pure): a single-label name ("server") or a name under a
    LAN-only suffix counts as private; any other dotted name is taken as outside the LAN.
    """
    name = _strip_port(host.strip().lower())
    try:
        addr = ipaddress.ip_address(name)
    except ValueError:
        return name == "localhost" or "." not in name or name.endswith(_LAN_NAME_SUFFIXES)
    return any(addr in net for net in _PRIVATE_NETWORKS if net.version == addr.version)


def _strip_port(host: str) -> str:
    """Accept Firebird-style "host/3050", "host:3050" and "[v6]:3050"."""
    host = host.split("/", 1)[0]
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


def needs_tra(is_terminal_session: bool, db_host: str) -> bool:
    """TRA is required in a terminal (RDP) session or for a database server outside the LAN."""
    return is_terminal_session or not is_private_host(db_host)


def tra_refusal(options: frozenset[str], is_terminal_session: bool, db_host: str) -> str | None:
    """The Russian reason to refuse login, or None when the licence allows this connection."""
    if TRA_OPTION in options or not needs_tra(is_terminal_session, db_host):
        return None
    where = ("в терминальной сессии" if is_terminal_session
             else f"к серверу базы данных вне локальной сети ({db_host})")
    return (f"Подключение {where} требует опции лицензии TRA (терминальный и удалённый доступ). "
            "Обратитесь к администратору за лицензией с опцией TRA.")

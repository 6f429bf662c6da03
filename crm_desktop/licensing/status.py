"""What the workstation knows about its licence: shown in the status bar and the
«О программе – Регистрационный ключ» window."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from crm_desktop.domain.editions import Edition

DEMO_MARK = "Демо-режим"


class Mode(StrEnum):
    LICENSED = "licensed"
    DEMO = "demo"


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    since: str


@dataclass(frozen=True)
class LicenceStatus:
    mode: Mode
    reason: str
    licensee: str | None = None
    serial: str | None = None
    edition: Edition | None = None
    seats: int | None = None
    options: frozenset[str] = field(default_factory=frozenset)
    issued: date | None = None
    expires: date | None = None
    status: str | None = None  # Russian status of the key on the server: «активна», «пассивна», …
    server: str | None = None  # "host:port" of the licence server that answered

    @property
    def is_demo(self) -> bool:
        return self.mode is Mode.DEMO

    @property
    def edition_for_gates(self) -> Edition | None:
        """What domain.editions.check expects: None in demo mode, where everything works."""
        return None if self.is_demo else self.edition

    @property
    def status_bar_text(self) -> str:
        if self.is_demo:
            return DEMO_MARK
        return f"Лицензия: {self.licensee}, редакция «{self.edition.title if self.edition else '?'}»"

    @classmethod
    def demo(cls, reason: str, licence: dict[str, Any] | None = None,
             server: str | None = None) -> LicenceStatus:
        return cls.from_info(Mode.DEMO, reason, licence or {}, server)

    @classmethod
    def from_info(cls, mode: Mode, reason: str, info: dict[str, Any], server: str | None) -> LicenceStatus:
        """Build from the server's licence description, tolerating missing or odd fields."""
        def text(name: str) -> str | None:
            value = info.get(name)
            return value if isinstance(value, str) else None

        def day(name: str) -> date | None:
            try:
                return date.fromisoformat(info[name]) if text(name) else None
            except ValueError:
                return None

        edition = text("edition")
        options = info.get("options")
        seats = info.get("seats")
        return cls(mode=mode, reason=reason, licensee=text("licensee"), serial=text("serial"),
                   edition=Edition(edition) if edition in set(Edition) else None,
                   seats=seats if isinstance(seats, int) else None,
                   options=frozenset(o for o in options if isinstance(o, str))
                   if isinstance(options, list) else frozenset(),
                   issued=day("issued"), expires=day("expires"), status=text("status_title"),
                   server=server)

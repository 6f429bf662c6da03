"""Click-to-call: what a click on a phone in the card starts, by the user's setting in
«Настройка — Параметры — Телефония» (issue 9, defect 8). A link (tel:, sip:, callto:) goes to
whatever program the system has for that scheme; a command line starts a program of the
user's choice with the number as an argument. The command is split into arguments here and
started without a shell, so a number (or anything else) can never become shell syntax.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass
from enum import Enum
from typing import Any

from crm_desktop.domain.contacts import DEFAULT_REGION, parse_phone, sip_uri, tel_uri

PLACEHOLDER = "{номер}"
_SIP_HOST_FORBIDDEN = set(" \t@;?/\\<>\"'")


class CallMode(Enum):
    TEL = "tel"
    SIP = "sip"
    CALLTO = "callto"
    COMMAND = "command"


class InvalidTelephonySetting(ValueError):
    """The setting cannot place a call; ``str()`` is the Russian message naming the fix."""


@dataclass(frozen=True)
class TelephonySetting:
    """All fields are kept whatever the mode, so switching modes back and forth in the dialog
    does not lose a command line typed earlier."""

    mode: CallMode = CallMode.TEL
    sip_domain: str = ""
    command: str = ""

    def stored(self) -> dict[str, str]:
        return {"mode": self.mode.value, "sip_domain": self.sip_domain, "command": self.command}

    @classmethod
    def from_stored(cls, raw: Any) -> TelephonySetting:
        """A missing or damaged stored value falls back to the default (tel:) field by field,
        so one bad field does not stop the user from calling."""
        if not isinstance(raw, dict):
            return cls()
        try:
            mode = CallMode(raw.get("mode"))
        except ValueError:
            mode = CallMode.TEL
        domain, command = raw.get("sip_domain"), raw.get("command")
        return cls(mode, domain if isinstance(domain, str) else "", command if isinstance(command, str) else "")


@dataclass(frozen=True)
class OpenUri:
    """A link for the system's handler of ``scheme``."""

    uri: str
    scheme: str


@dataclass(frozen=True)
class RunCommand:
    """A program (``argv[0]``) and its arguments, to be started directly, never via a shell."""

    argv: tuple[str, ...]


CallTarget = OpenUri | RunCommand


def split_command(command: str) -> list[str]:
    """Arguments of a command line as people write them on Windows and Linux: double or
    single quotes group a path with spaces, backslashes are path separators (not escapes)
    and ``#`` is an ordinary character."""
    lexer = shlex.shlex(command, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    lexer.escape = ""
    try:
        argv = list(lexer)
    except ValueError:
        raise InvalidTelephonySetting("Командная строка: не закрыта кавычка.") from None
    if not argv or not argv[0].strip():
        raise InvalidTelephonySetting("Командная строка: укажите программу, которая будет звонить.")
    if not any(PLACEHOLDER in arg for arg in argv[1:]):
        raise InvalidTelephonySetting(
            f"Командная строка: добавьте {PLACEHOLDER} туда, где программа ждёт номер телефона, "
            f"например: microsip.exe {PLACEHOLDER}")
    return argv


def _sip_host(domain: str) -> str | None:
    host = domain.strip()
    if not host:
        return None
    try:
        host.encode("idna")
    except UnicodeError:
        ok = False
    else:
        ok = not (_SIP_HOST_FORBIDDEN & set(host))
    if not ok:
        raise InvalidTelephonySetting(f"SIP-домен: «{host}» не похож на имя сервера, например pbx.office.local")
    return host


def validate(setting: TelephonySetting) -> None:
    """Raise ``InvalidTelephonySetting`` when the chosen mode cannot place a call; fields of
    the other modes are not checked (they are kept but not used)."""
    if setting.mode is CallMode.COMMAND:
        split_command(setting.command)
    elif setting.mode is CallMode.SIP:
        _sip_host(setting.sip_domain)


def call_target(phone: str, setting: TelephonySetting, region: str = DEFAULT_REGION) -> CallTarget:
    """What to start for a click on ``phone``. Raises ``InvalidPhone`` for a text that is not a
    number and ``InvalidTelephonySetting`` for a setting that cannot call. A command gets the
    number in E.164 (+78312331303); the extension goes only into tel: and sip: links, the
    schemes that have a syntax for it (RFC 3966 ;ext=)."""
    mode = setting.mode
    if mode is CallMode.TEL:
        return OpenUri(tel_uri(phone, region), "tel")
    if mode is CallMode.SIP:
        return OpenUri(sip_uri(phone, _sip_host(setting.sip_domain), region), "sip")
    number = parse_phone(phone, region).e164
    if mode is CallMode.CALLTO:
        return OpenUri(f"callto:{number}", "callto")
    return RunCommand(tuple(arg.replace(PLACEHOLDER, number) for arg in split_command(setting.command)))

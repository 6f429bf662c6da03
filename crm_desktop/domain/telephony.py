"""Click-to-call: what a click on a phone in the card starts, by the user's setting in
«Настройка — Параметры — Телефония» (issue 9, defect 8). A link (tel:, sip:, callto:) goes to
whatever program the system has for that scheme; a command line starts a program of the
user's choice with the number as an argument. The command is split into arguments here and
started without a shell, so a number (or anything else) can never become shell syntax.

After a call from a card (GRP-5, manual «Интеграция со Skype»: "После завершения разговора …
генерирует событие “Исход. звонок” и фиксирует в нем номер … и его длительность. Событие не
будет зарегистрировано, если абонент не снимет трубку, либо длительность разговора будет менее
заданного значения. Тип события … может быть изменено на любое другое"): the user confirms
the call took place and its duration; the event's type, the minimum duration and whether calls
are recorded at all are part of the same setting.
"""
from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from crm_desktop.domain.contacts import DEFAULT_REGION, parse_phone, sip_uri, tel_uri

PLACEHOLDER = "{номер}"
_SIP_HOST_FORBIDDEN = set(" \t@;?/\\<>\"'")
CALL_EVENT_TYPE = "Исходящий звонок"       # the seed dictionary's name (db/migrations/0001)
DEFAULT_MIN_DURATION = 5                    # seconds: shorter is a call nobody answered
MAX_MIN_DURATION = 3600
MAX_DURATION = 24 * 3600 - 1                # a call shorter than a day: "1439:59" at most


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
    record_calls: bool = True               # «Записывать звонок в историю»
    event_type_id: int | None = None        # None: «Исходящий звонок» of the dictionary
    min_duration: int = DEFAULT_MIN_DURATION   # seconds; a shorter call is not recorded

    def stored(self) -> dict[str, Any]:
        return {"mode": self.mode.value, "sip_domain": self.sip_domain, "command": self.command,
                "record_calls": self.record_calls, "event_type_id": self.event_type_id,
                "min_duration": self.min_duration}

    @classmethod
    def from_stored(cls, raw: Any) -> TelephonySetting:
        """A missing or damaged stored value falls back to the default (tel:) field by field,
        so one bad field does not stop the user from calling; a value stored before calls were
        recorded (mode, domain and command only) gets the defaults of the rest."""
        if not isinstance(raw, dict):
            return cls()
        try:
            mode = CallMode(raw.get("mode"))
        except ValueError:
            mode = CallMode.TEL
        domain, command = raw.get("sip_domain"), raw.get("command")
        record, type_id, minimum = raw.get("record_calls"), raw.get("event_type_id"), raw.get("min_duration")
        return cls(mode, domain if isinstance(domain, str) else "", command if isinstance(command, str) else "",
                   record if isinstance(record, bool) else True,
                   type_id if _is_int(type_id) and type_id > 0 else None,
                   minimum if _is_int(minimum) and 0 <= minimum <= MAX_MIN_DURATION else DEFAULT_MIN_DURATION)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


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
    if not 0 <= setting.min_duration <= MAX_MIN_DURATION:
        raise InvalidTelephonySetting(
            f"Минимальная длительность звонка: от 0 до {MAX_MIN_DURATION} секунд.")
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


# -- after the call: the event of the history ------------------------------------------------
class InvalidDuration(ValueError):
    """A duration typed that is not minutes:seconds; ``str()`` is the Russian message."""


_DURATION = re.compile(r"\s*(\d{1,4})\s*[:.]\s*(\d{1,2})\s*")


def format_duration(seconds: int) -> str:
    """Minutes and seconds as the call dialog shows them: 0:07, 2:35, 75:00."""
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def parse_duration(text: str) -> int:
    """Seconds of a duration typed as minutes:seconds ("2:35", "02.35", "0:07")."""
    match = _DURATION.fullmatch(text or "")
    if match is None:
        raise InvalidDuration("Длительность звонка: введите минуты и секунды через двоеточие, например 2:35.")
    minutes, seconds = int(match.group(1)), int(match.group(2))
    if seconds > 59:
        raise InvalidDuration("Длительность звонка: секунд не больше 59, например 2:35.")
    total = minutes * 60 + seconds
    if total > MAX_DURATION:
        raise InvalidDuration(f"Длительность звонка: не больше {format_duration(MAX_DURATION)}.")
    return total


def long_enough(duration: int, setting: TelephonySetting) -> bool:
    """Manual: the event is not registered when the talk was shorter than the set minimum."""
    return duration >= setting.min_duration


def shown_number(phone: str, region: str = DEFAULT_REGION) -> str:
    """The number as the history shows it: international (+7 831 233-13-03 доб. 12), or as
    typed where it is not a phone number (a Skype login, a SIP address)."""
    try:
        return parse_phone(phone, region).international
    except ValueError:
        return phone.strip()


def call_description(phone: str, duration: int, region: str = DEFAULT_REGION) -> str:
    """The event's text: the number called and how long the talk was."""
    return f"Исходящий звонок на {shown_number(phone, region)}, длительность {format_duration(duration)}"


def call_event_type(types: Sequence[tuple[int, str]], chosen: int | None) -> int | None:
    """The event type of a call among the dictionary's active (id, name): the one chosen in
    the setting while it exists, else «Исходящий звонок», else the first type of an outgoing
    call by its name («Исход. звонок»), else None (the dictionary lacks one)."""
    ids = [type_id for type_id, _name in types]
    if chosen is not None and chosen in ids:
        return chosen
    by_name = {name.strip().casefold(): type_id for type_id, name in reversed(types)}
    if CALL_EVENT_TYPE.casefold() in by_name:
        return by_name[CALL_EVENT_TYPE.casefold()]
    return next((type_id for type_id, name in types
                 if "звон" in name.casefold() and "исх" in name.casefold()), None)

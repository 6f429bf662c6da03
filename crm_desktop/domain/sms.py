"""SMS messages of the group processing (GRP-3, manual 001 «Рассылка SMS сообщений с помощью
групповой обработки»): how long a text is in SMS, which numbers can receive one, and what an
SMS provider must do.

A text that fits the GSM 03.38 alphabet goes as GSM-7: 160 characters in one SMS, 153 in each
part of a longer one (the rest of the part is the concatenation header); the characters of
the extension table (€ [ ] { } and the like) take two places. Anything else — Cyrillic above
all — goes as UCS-2: 70 characters in one SMS, 67 in each part of a longer one, counted in
UTF-16 code units (an emoji takes two). Numbers are parsed as the card parses them
(domain/contacts.parse_phone) and sent in E.164; a landline or a number with an extension
cannot receive an SMS."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import phonenumbers
from phonenumbers import PhoneNumberType

from crm_desktop.domain.contacts import InvalidPhone, parse_phone

GSM7, UCS2 = "GSM-7", "UCS-2"
SINGLE = {GSM7: 160, UCS2: 70}
PART = {GSM7: 153, UCS2: 67}
MAX_PARTS = 10            # longer texts are refused: providers cut or bill them unpredictably
SENDER_MAX = 11           # an alphanumeric sender name (3GPP TS 23.040)

# GSM 03.38 basic character set (the escape 0x1B excluded) and the extension table
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM_EXTENDED = frozenset("\f^{}\\[~]|€")
_NOT_MOBILE = {PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
               PhoneNumberType.SHARED_COST, PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL,
               PhoneNumberType.PAGER}
_SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,10}|\+?[0-9]{1,15}")


@dataclass(frozen=True)
class Length:
    """How a text goes: `chars` as the counter shows them, `units` as the network counts them
    (GSM-7 septets or UTF-16 code units), `parts` SMS billed."""
    chars: int
    units: int
    encoding: str
    parts: int

    def counter(self) -> str:
        """«N символов, M SMS» under the message field."""
        return f"{self.chars} {_plural(self.chars, 'символ', 'символа', 'символов')}, {self.parts} SMS"


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def is_gsm7(text: str) -> bool:
    return all(ch in _GSM_BASIC or ch in _GSM_EXTENDED for ch in text)


def length(text: str) -> Length:
    if is_gsm7(text):
        encoding, sizes = GSM7, [2 if ch in _GSM_EXTENDED else 1 for ch in text]
    else:
        encoding, sizes = UCS2, [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    units = sum(sizes)
    if units <= SINGLE[encoding]:
        return Length(len(text), units, encoding, 1 if units else 0)
    return Length(len(text), units, encoding, _split(sizes, PART[encoding]))


def _split(sizes: list[int], room: int) -> int:
    """Parts of a long message: a character of two units (an escaped GSM-7 one, a surrogate
    pair) is never cut between parts, so a part may end one unit short."""
    parts, used = 1, 0
    for size in sizes:
        if used + size > room:
            parts, used = parts + 1, 0
        used += size
    return parts


def text_problem(text: str) -> str:
    """"" for a text that can be sent, else one Russian sentence."""
    if not text.strip():
        return "Введите текст сообщения."
    n = length(text)
    if n.parts > MAX_PARTS:
        return (f"Сообщение займёт {n.parts} SMS, а можно не более {MAX_PARTS}: сократите текст "
                f"(сейчас {n.counter()}).")
    return ""


def sender_problem(sender: str) -> str:
    """"" for an empty sender (the provider's default) or a valid one, else one sentence."""
    if sender and not _SENDER.fullmatch(sender):
        return (f"Имя отправителя SMS — до {SENDER_MAX} латинских букв и цифр (или номер до 15 цифр), "
                "как его выдал SMS-провайдер.")
    return ""


def sms_number(stored: str) -> str:
    """The E.164 number an SMS goes to; ValueError with the reason in Russian otherwise."""
    try:
        phone = parse_phone(stored, label="Номер")
    except InvalidPhone as exc:
        raise ValueError(str(exc)) from None
    if phone.extension:
        raise ValueError(f"Номер с добавочным не принимает SMS «{stored.strip()}»")
    if phonenumbers.number_type(phonenumbers.parse(phone.e164)) in _NOT_MOBILE:
        raise ValueError(f"Номер не мобильный «{phone.display}»")
    return phone.e164


class SmsError(Exception):
    """A message the provider did not take; str() is one Russian sentence for the log."""


class SmsProvider(Protocol):
    """What the mailing needs of an SMS gateway: one message to one E.164 number from the
    account's sender name. Returns the provider's message id ("" when it gives none) or raises
    SmsError; anything else raised is a fault of the connection, reported the same way."""

    def send(self, phone: str, text: str) -> str: ...

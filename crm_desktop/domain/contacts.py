"""Phones and e-mail addresses of clients and contact persons: validation, the stored form,
the displayed form, click-to-call / click-to-mail URIs and the key for phone fragment search
(manual: "Расширенный поиск" by fragments of office, mobile and home phones and faxes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

DEFAULT_REGION = "RU"
_RU_NATIONAL_DIGITS = 10
_EXTENSION_LABEL = "доб."
_EMAIL_MAX = 254  # RFC 5321 path limit minus the angle brackets
_LOCAL_MAX = 64
_DOMAIN_MAX = 253
_LABEL_MAX = 63
# RFC 5322 atext plus any Unicode letter or digit (RFC 6531 allows UTF-8 mailboxes).
_LOCAL_RE = re.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*")
_LABEL_RE = re.compile(r"[^\W_](?:(?:[^\W_]|-)*[^\W_])?")
# RFC 6068 some-delims allowed unencoded in a mailto address; "%", "&", "?", "#", "=" are not.
_MAILTO_LOCAL_SAFE = "!$'*+"
_NOT_A_PHONE = "это не номер телефона"
_PARSE_ERRORS = {
    NumberParseException.INVALID_COUNTRY_CODE: "неизвестный код страны",
    NumberParseException.NOT_A_NUMBER: _NOT_A_PHONE,
    NumberParseException.TOO_SHORT_AFTER_IDD: "слишком короткий номер",
    NumberParseException.TOO_SHORT_NSN: "слишком короткий номер",
    NumberParseException.TOO_LONG: "слишком длинный номер",
}
_POSSIBILITY_ERRORS = {
    ValidationResult.INVALID_COUNTRY_CODE: "неизвестный код страны",
    ValidationResult.TOO_SHORT: "слишком короткий номер",
    ValidationResult.TOO_LONG: "слишком длинный номер",
    ValidationResult.INVALID_LENGTH: "неверное количество цифр",
}


class InvalidPhone(ValueError):
    """The text is not a dialable phone number; ``str()`` is the Russian message."""


class InvalidEmail(ValueError):
    """The text is not a usable e-mail address; ``str()`` is the Russian message."""


@dataclass(frozen=True)
class Phone:
    """A parsed phone. ``e164`` (+78312331303) is what is stored; the extension is kept apart
    because E.164 has none."""

    e164: str
    extension: str | None
    national: str  # 8 (831) 233-13-03 доб. 123
    international: str  # +7 831 233-13-03 доб. 123
    region: str | None  # ISO country of the number, None for non-geographic numbers

    @property
    def storage(self) -> str:
        """One-column stored form: E.164 with an RFC 3966 extension; ``parse_phone`` reads it."""
        return f"{self.e164};ext={self.extension}" if self.extension else self.e164

    @property
    def display(self) -> str:
        """Numbers of the home country in national form, foreign ones in international form."""
        return self.national if self.region == DEFAULT_REGION else self.international


def parse_phone(text: str, region: str = DEFAULT_REGION, *, label: str = "Телефон") -> Phone:
    """Parse a phone as people type it ("8 (831) 233-13-03", "+7 499 709-82-48",
    "… доб. 123") or as stored; raise ``InvalidPhone`` naming ``label`` and the problem."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        reason = _PARSE_ERRORS.get(exc.error_type, _NOT_A_PHONE)
        raise InvalidPhone(f"{label}: {reason} «{text.strip()}»") from None
    if not phonenumbers.is_valid_number(number):
        reason = _POSSIBILITY_ERRORS.get(phonenumbers.is_possible_number_with_reason(number),
                                         "такого номера нет в плане нумерации страны")
        raise InvalidPhone(f"{label}: {reason} «{text.strip()}»")
    extension = number.extension or None
    number.extension = None
    suffix = f" {_EXTENSION_LABEL} {extension}" if extension else ""
    return Phone(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        extension=extension,
        national=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL) + suffix,
        international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL) + suffix,
        region=phonenumbers.region_code_for_number(number),
    )


def validate_phone(text: str, region: str = DEFAULT_REGION, *,
                   label: str = "Телефон") -> str | None:
    """``None`` for an empty or valid phone, otherwise the Russian message."""
    if not text.strip():
        return None
    try:
        parse_phone(text, region, label=label)
    except InvalidPhone as exc:
        return str(exc)
    return None


def phone_search_key(text: str) -> str:
    """Digits used to find a phone by fragment. A Russian number becomes its 10 national digits
    ("8 (831) 233-13-03 доб. 5" and "+78312331303" → "8312331303") so neither the trunk prefix 8
    nor the country code 7 decides a match; other valid numbers keep their E.164 digits; a typed
    fragment keeps its digits, without a leading "+7"."""
    try:
        phone = parse_phone(text)
    except InvalidPhone:
        digits = "".join(ch for ch in text if ch.isdecimal())
        return digits[1:] if text.lstrip().startswith("+7") else digits
    return phone.e164[-_RU_NATIONAL_DIGITS:] if phone.e164.startswith("+7") else phone.e164[1:]


def tel_uri(phone: str, region: str = DEFAULT_REGION) -> str:
    """RFC 3966 URI for click-to-call: tel:+78312331303;ext=123."""
    return "tel:" + parse_phone(phone, region).storage


def sip_uri(phone: str, sip_domain: str | None = None, region: str = DEFAULT_REGION) -> str:
    """SIP URI for the softphone: sip:+78312331303@pbx.example;user=phone (RFC 3261 19.1.6).
    Without a domain the softphone dials through its own account: sip:+78312331303."""
    user = parse_phone(phone, region).storage
    if sip_domain is None:
        return f"sip:{user}"
    return f"sip:{user}@{sip_domain.strip().encode('idna').decode('ascii')};user=phone"


def parse_email(text: str, *, label: str = "E-mail") -> tuple[str, str]:
    """(mailbox, ASCII domain) of a plausible address; raise ``InvalidEmail`` with the reason."""
    email = text.strip()

    def invalid(reason: str) -> InvalidEmail:
        return InvalidEmail(f"{label}: {reason} «{email}»")

    if any(ch.isspace() for ch in email):
        raise invalid("адрес не должен содержать пробелов")
    local, at, domain = email.rpartition("@")
    if not at or not local or not domain:
        raise invalid("адрес должен иметь вид имя@домен.ru")
    if len(local) > _LOCAL_MAX:
        raise invalid(f"часть до @ длиннее {_LOCAL_MAX} символов")
    if not _LOCAL_RE.fullmatch(local):
        raise invalid("недопустимые символы или точки в части до @")
    labels = domain.rstrip(".").split(".")
    if len(labels) < 2:
        raise invalid("в домене нет точки (например, mail.ru)")
    if not all(_LABEL_RE.fullmatch(part) for part in labels) or labels[-1].isdecimal():
        raise invalid("недопустимое имя домена")
    if any(len(part) > _LABEL_MAX for part in labels):
        raise invalid("слишком длинное имя домена")
    try:  # IDNA also refuses Cyrillic labels whose punycode exceeds 63 characters
        ascii_domain = ".".join(labels).encode("idna").decode("ascii")
    except UnicodeError:
        raise invalid("недопустимое имя домена") from None
    if len(ascii_domain) > _DOMAIN_MAX:
        raise invalid("слишком длинное имя домена")
    if len(local) + 1 + len(ascii_domain) > _EMAIL_MAX:
        raise invalid(f"адрес длиннее {_EMAIL_MAX} символов")
    return local, ascii_domain


def validate_email(text: str, *, label: str = "E-mail") -> str | None:
    """Pragmatic check of local@domain.tld: no spaces, RFC 5321 length limits, Cyrillic (IDN)
    domains such as пример.рф accepted. ``None`` for an empty or valid address."""
    if not text.strip():
        return None
    try:
        parse_email(text, label=label)
    except InvalidEmail as exc:
        return str(exc)
    return None


def normalize_email(text: str) -> str:
    """Stored form: trimmed, domain lower-cased without the root dot (domains are
    case-insensitive, mailboxes are not)."""
    local, _, domain = text.strip().rpartition("@")
    return f"{local}@{domain.rstrip('.').lower()}"


def mailto_uri(email: str, subject: str | None = None) -> str:
    """RFC 6068 mailto URI: the mailbox percent-encoded as UTF-8, an IDN domain as punycode,
    the subject percent-encoded (spaces as %20, not +)."""
    local, ascii_domain = parse_email(email)
    uri = "mailto:" + quote(local, safe=_MAILTO_LOCAL_SAFE) + "@" + ascii_domain
    return f"{uri}?subject={quote(subject, safe='')}" if subject else uri


def reversed_digits(phone: str) -> str:
    """Digits of a phone, last first: PHONE_INDEX keeps these so that a search by the end of
    a number (what people remember: "…233-13-03") is an indexed STARTING WITH."""
    return "".join(ch for ch in reversed(phone) if ch.isdigit())[:20]

"""Manual activation (LIC-5): request code → vendor → activation code of 4×5 digits.

Twenty digits cannot carry an Ed25519 signature, so the activation code is a MAC instead:
HMAC-SHA256 over (serial, fingerprint) keyed by a per-licence secret, truncated to 66 bits.
The vendor derives that secret from its private key and the serial, and embeds it in the
key file at issue time (signed, so it cannot be swapped). The server verifies codes with it.

Honest limits: anyone who holds the key file and reads this source can compute a code for
any fingerprint, so the manual code binds a licence to a machine against ordinary misuse,
not against a determined attacker. What cannot be forged without the vendor's private key
is the licence itself (licensee, edition, seats, options, expiry) and online activations.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from licsrv.vendor_keys import private_key_secret

CODE_GROUPS, GROUP_DIGITS = 4, 5
_CODE_BITS = 66  # 2**66 < 10**20: every value fits in twenty digits


class CodeError(ValueError):
    """A request or activation code is malformed; str() is shown to users."""


def derive_activation_secret(vendor_key: Ed25519PrivateKey, serial: str) -> bytes:
    return hmac.new(private_key_secret(vendor_key), b"crm-manual-activation|" + serial.encode(),
                    hashlib.sha256).digest()


def _fp_short(fingerprint_digest: str) -> str:
    return fingerprint_digest[:16].upper()


def _check(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()[:2].upper()


def request_code(serial: str, fingerprint_digest: str) -> str:
    """E.g. "CRM-5-000042-1A2B-3C4D-5E6F-7081-9C": serial, fingerprint, typo check."""
    fp = _fp_short(fingerprint_digest)
    body = "-".join([serial, *(fp[i:i + 4] for i in range(0, 16, 4))])
    return f"{body}-{_check(body)}"


def parse_request_code(code: str) -> tuple[str, str]:
    """Return (serial, fingerprint part); a mistyped code is refused, not misanswered."""
    if not _encodable(code):
        raise CodeError("Код запроса введён с ошибкой")
    parts = re.sub(r"\s+", "", code).split("-")
    if len(parts) < 7:
        raise CodeError("Код запроса неполный")
    *serial_parts, a, b, c, d, check = parts
    fp = (a + b + c + d).upper()
    serial = "-".join(serial_parts)
    body = "-".join([serial, a.upper(), b.upper(), c.upper(), d.upper()])
    if not re.fullmatch(r"[0-9A-F]{16}", fp) or check.upper() != _check(body):
        raise CodeError("Код запроса введён с ошибкой")
    return serial, fp


def _encodable(text: str) -> bool:
    """False for lone surrogates (undecodable command-line bytes): they cannot be hashed."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def activation_code(secret: bytes, serial: str, fp_short: str) -> str:
    mac = hmac.new(secret, f"{serial}|{fp_short.upper()}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(mac[:9], "big") >> (72 - _CODE_BITS)
    digits = f"{number:0{CODE_GROUPS * GROUP_DIGITS}d}"
    return "-".join(digits[i:i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS))


def answer_request(vendor_key: Ed25519PrivateKey, code: str) -> str:
    """The vendor's side: turn a request code into the activation code."""
    serial, fp = parse_request_code(code)
    return activation_code(derive_activation_secret(vendor_key, serial), serial, fp)


def normalise_activation_code(code: str) -> str:
    """The code as 12345-12345-12345-12345 from what a person typed: spaces or dashes of any
    kind between, digits of any script (full-width, Arabic-Indic...) read as the digits they
    are, so a code typed on another keyboard layout is checked instead of crashing the check."""
    kept = [c for c in code if not (c.isspace() or unicodedata.category(c) == "Pd")]
    digit_count = CODE_GROUPS * GROUP_DIGITS
    if len(kept) != digit_count or not all(unicodedata.category(c) == "Nd" for c in kept):
        raise CodeError(f"Код активации — {CODE_GROUPS} группы по {GROUP_DIGITS} цифр")
    digits = "".join(str(unicodedata.decimal(c)) for c in kept)
    return "-".join(digits[i:i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS))


def code_matches(secret: bytes, serial: str, fingerprint_digest: str, code: str) -> bool:
    expected = activation_code(secret, serial, _fp_short(fingerprint_digest))
    return hmac.compare_digest(expected, normalise_activation_code(code))

"""Licence key files (LIC-2): who may use which product, edition, seats and options.

A key file is a signed JSON document. The vendor issues it; the licence server only reads
it. Activation data is kept in a separate file next to it, so the key file itself never
changes after issue and any edit makes it invalid.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from crm_desktop.domain.editions import Edition
from licsrv.signed_document import SignatureError, verify

KEY_FORMAT = "crm-licence/1"
KEY_SUFFIX = ".key"


@dataclass(frozen=True)
class LicenceKey:
    licensee: str
    serial: str
    product: str
    edition: Edition
    seats: int
    options: frozenset[str]
    issued: date
    expires: date | None
    activation_secret: bytes  # see manual_codes.py for what this does and does not protect

    @property
    def temporary(self) -> bool:
        return self.expires is not None

    def expired(self, today: date) -> bool:
        return self.expires is not None and today > self.expires

    def to_payload(self) -> dict[str, Any]:
        return {
            "licensee": self.licensee, "serial": self.serial, "product": self.product,
            "edition": self.edition.value, "seats": self.seats, "options": sorted(self.options),
            "issued": self.issued.isoformat(),
            "expires": self.expires.isoformat() if self.expires else None,
            "activation_secret": base64.b64encode(self.activation_secret).decode(),
        }

    @classmethod
    def from_payload(cls, p: dict[str, Any]) -> LicenceKey:
        """Parse a verified payload; a signed but nonsensical payload is still refused."""
        try:
            key = cls(
                licensee=_text(p["licensee"]), serial=_text(p["serial"]), product=_text(p["product"]),
                edition=Edition(p["edition"]), seats=int(p["seats"]),
                options=frozenset(_text(o) for o in p["options"]),
                issued=date.fromisoformat(p["issued"]),
                expires=date.fromisoformat(p["expires"]) if p["expires"] else None,
                activation_secret=base64.b64decode(p["activation_secret"], validate=True))
        except (KeyError, TypeError, ValueError) as exc:
            raise SignatureError(f"поле ключа повреждено ({exc})") from exc
        if key.seats < 1:
            raise SignatureError("число рабочих мест должно быть положительным")
        return key


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("ожидалась непустая строка")
    return value


def parse_key(text: str, public_key: Ed25519PublicKey) -> LicenceKey:
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise SignatureError("файл не является ключом лицензии (испорчен JSON)") from exc
    return LicenceKey.from_payload(verify(document, public_key, KEY_FORMAT))


def load_key(path: Path, public_key: Ed25519PublicKey) -> LicenceKey:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SignatureError(f"файл не читается ({exc})") from exc
    return parse_key(text, public_key)

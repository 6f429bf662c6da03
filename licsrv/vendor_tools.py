"""Vendor-only operations: issue key files (LIC-2). Run by the vendor with its private key."""
from __future__ import annotations

import json
import secrets
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crm_desktop.domain.editions import Edition
from licsrv.keyfile import KEY_FORMAT, LicenceKey
from licsrv.manual_codes import derive_activation_secret
from licsrv.signed_document import sign

DEFAULT_PRODUCT = "crm"


def new_serial(product: str) -> str:
    return f"{product.upper()}-{secrets.randbelow(10**6):06d}-{secrets.randbelow(10**4):04d}"


def issue_key(vendor_key: Ed25519PrivateKey, *, licensee: str, seats: int, edition: Edition,
              options: frozenset[str] = frozenset(), expires: date | None = None,
              product: str = DEFAULT_PRODUCT, serial: str | None = None,
              issued: date | None = None) -> tuple[LicenceKey, str]:
    """Return the licence and the text of its signed key file."""
    serial = serial or new_serial(product)
    key = LicenceKey(licensee=licensee, serial=serial, product=product, edition=edition,
                     seats=seats, options=options, issued=issued or date.today(), expires=expires,
                     activation_secret=derive_activation_secret(vendor_key, serial))
    document = sign(key.to_payload(), vendor_key, KEY_FORMAT)
    return key, json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def write_key(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

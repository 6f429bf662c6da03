"""Ed25519-signed JSON documents: the envelope shared by key files and online activations.

The signature covers a canonical JSON encoding of the payload, so any change to a value,
added field or removed field breaks it while whitespace in the file does not matter.
"""
from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


class SignatureError(ValueError):
    """The document is malformed or its signature does not match; str() is shown to users."""


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign(payload: dict[str, Any], key: Ed25519PrivateKey, kind: str) -> dict[str, Any]:
    signature = key.sign(kind.encode() + b"\n" + canonical(payload))
    return {"format": kind, "payload": payload, "signature": base64.b64encode(signature).decode()}


def verify(document: Any, key: Ed25519PublicKey, kind: str) -> dict[str, Any]:
    """Return the payload of a genuine document of `kind`; the kind is signed too, so an
    activation cannot be passed off as a key file or the other way round."""
    if not isinstance(document, dict) or document.get("format") != kind:
        raise SignatureError(f"неизвестный формат (ожидался {kind})")
    payload, signature = document.get("payload"), document.get("signature")
    if not isinstance(payload, dict) or not isinstance(signature, str):
        raise SignatureError("нет данных или подписи")
    try:
        key.verify(base64.b64decode(signature, validate=True), kind.encode() + b"\n" + canonical(payload))
    except (InvalidSignature, ValueError) as exc:
        raise SignatureError("подпись разработчика не совпадает: файл изменён или подделан") from exc
    return payload

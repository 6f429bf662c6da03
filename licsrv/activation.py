"""Activation records (LIC-4, LIC-5) and the status of a key file on this computer.

A record lives next to its key file (`name.key` → `name.act`) so the signed key file never
changes. It is re-checked against the current fingerprint every time the status is asked:
a changed CPU, board or disk turns the licence passive until it is activated again.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from licsrv.fingerprint import Fingerprint, changed_components
from licsrv.keyfile import LicenceKey, load_key
from licsrv.manual_codes import CodeError, code_matches, normalise_activation_code
from licsrv.signed_document import SignatureError, verify

ACTIVATION_FORMAT = "crm-activation/1"
ACTIVATION_SUFFIX = ".act"


class Status(StrEnum):
    PASSIVE = "passive"
    ACTIVE = "active"
    EXPIRED = "expired"
    INVALID = "invalid"

    @property
    def title(self) -> str:
        return {"passive": "пассивна", "active": "активна", "expired": "истекла",
                "invalid": "недействительна"}[self.value]


@dataclass(frozen=True)
class LicenceEntry:
    path: Path
    key: LicenceKey | None
    status: Status
    reason: str


def activation_path(key_path: Path) -> Path:
    return key_path.with_suffix(ACTIVATION_SUFFIX)


def evaluate(key_path: Path, public_key: Ed25519PublicKey, fingerprint: Fingerprint,
             today: date) -> LicenceEntry:
    try:
        key = load_key(key_path, public_key)
    except SignatureError as exc:
        return LicenceEntry(key_path, None, Status.INVALID, f"Ключ недействителен: {exc}.")
    if key.expired(today):
        return LicenceEntry(key_path, key, Status.EXPIRED,
                            f"Срок действия лицензии истёк {key.expires:%d.%m.%Y}.")
    problem = _activation_problem(key_path, key, public_key, fingerprint)
    if problem:
        return LicenceEntry(key_path, key, Status.PASSIVE, problem)
    return LicenceEntry(key_path, key, Status.ACTIVE, "Лицензия активирована на этом компьютере.")


def _activation_problem(key_path: Path, key: LicenceKey, public_key: Ed25519PublicKey,
                        fingerprint: Fingerprint) -> str | None:
    path = activation_path(key_path)
    if not path.exists():
        return "Лицензия не активирована."
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        bound, components = _bound_fingerprint(record, key, public_key)
    except (OSError, ValueError, KeyError, TypeError, CodeError) as exc:
        return f"Данные активации повреждены ({exc}); активируйте лицензию повторно."
    if bound is None:
        return "Данные активации не подходят к этому ключу; активируйте лицензию повторно."
    if bound != fingerprint.digest:
        changed = ", ".join(changed_components(components, fingerprint)) or "оборудование"
        return (f"Изменилось оборудование сервера лицензий ({changed}); "
                "лицензия переведена в пассивное состояние, требуется повторная активация.")
    return None


def _bound_fingerprint(record: dict[str, Any], key: LicenceKey,
                       public_key: Ed25519PublicKey) -> tuple[str | None, dict[str, str]]:
    """The fingerprint digest this record truly binds, or None if it binds nothing valid."""
    components = record.get("components") or {}
    if record["method"] == "online":
        payload = verify(record["activation"], public_key, ACTIVATION_FORMAT)
        ok = payload.get("serial") == key.serial
        return (payload["fingerprint"] if ok else None), payload.get("components", components)
    if record["method"] == "manual":
        # A manual code is tied to one fingerprint: check it against the one it names.
        digest = record["fingerprint"]
        ok = code_matches(key.activation_secret, key.serial, digest, record["code"])
        return (digest if ok else None), components
    raise ValueError(f"неизвестный способ активации {record['method']!r}")


def _write(key_path: Path, record: dict[str, Any]) -> None:
    target = activation_path(key_path)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, target)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def activate_manually(key_path: Path, key: LicenceKey, fingerprint: Fingerprint, code: str) -> None:
    """Store a manual activation; a wrong code raises CodeError and changes nothing."""
    if not code_matches(key.activation_secret, key.serial, fingerprint.digest, code):
        raise CodeError("Код активации неверен для этого ключа и этого компьютера")
    _write(key_path, {"method": "manual", "code": normalise_activation_code(code),
                      "fingerprint": fingerprint.digest, "components": fingerprint.component_hashes(),
                      "activated_at": _now()})


def store_online_activation(key_path: Path, key: LicenceKey, fingerprint: Fingerprint,
                            document: dict[str, Any], public_key: Ed25519PublicKey) -> None:
    """Keep an activation from the vendor service after checking it is for this key and host."""
    payload = verify(document, public_key, ACTIVATION_FORMAT)
    if payload.get("serial") != key.serial or payload.get("fingerprint") != fingerprint.digest:
        raise SignatureError("ответ сервиса активации относится к другому ключу или компьютеру")
    _write(key_path, {"method": "online", "activation": document, "activated_at": _now()})

"""Firebird credentials: explicit, else ISC_USER/ISC_PASSWORD, else the OS keyring; and the
keyring access itself, used for every password the program keeps (the mailbox's too).

Nothing is ever written to plain files; where no keyring backend exists (headless Linux, CI)
keyring raises and we simply have no stored password.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

KEYRING_SERVICE = "crm-desktop-firebird"
DEFAULT_USER = "SYSDBA"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str


def keyring_get(service: str, key: str) -> str | None:
    """The secret the OS keyring keeps under `service` and `key`; None when it keeps none."""
    try:
        import keyring
        return keyring.get_password(service, key)
    except Exception:  # no backend, locked store, D-Bus missing: all mean "not stored"
        return None


def keyring_set(service: str, values: dict[str, str]) -> bool:
    """Keep each key's secret in the OS keyring; False when no keyring backend is available."""
    try:
        import keyring
        for key, value in values.items():
            keyring.set_password(service, key, value)
        return True
    except Exception:
        return False


def _keyring_get(key: str) -> str | None:
    return keyring_get(KEYRING_SERVICE, key)


def store_password(address: str, user: str, password: str) -> bool:
    """Save in the OS keyring; False when no keyring backend is available."""
    return keyring_set(KEYRING_SERVICE, {f"{address}|{user}": password, f"{address}|user": user})


def resolve(address: str, user: str | None = None, password: str | None = None) -> Credentials:
    user = user or os.environ.get("ISC_USER") or _keyring_get(f"{address}|user") or DEFAULT_USER
    if password is None:
        password = os.environ.get("ISC_PASSWORD")
    if password is None:
        password = _keyring_get(f"{address}|{user}") or ""
    return Credentials(user=user, password=password)

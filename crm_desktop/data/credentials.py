"""Firebird credentials: explicit, else ISC_USER/ISC_PASSWORD, else the OS keyring.

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


def _keyring_get(key: str) -> str | None:
    try:
        import keyring
        return keyring.get_password(KEYRING_SERVICE, key)
    except Exception:  # no backend, locked store, D-Bus missing: all mean "not stored"
        return None


def store_password(address: str, user: str, password: str) -> bool:
    """Save in the OS keyring; False when no keyring backend is available."""
    try:
        import keyring
        keyring.set_password(KEYRING_SERVICE, f"{address}|{user}", password)
        keyring.set_password(KEYRING_SERVICE, f"{address}|user", user)
        return True
    except Exception:
        return False


def resolve(address: str, user: str | None = None, password: str | None = None) -> Credentials:
    user = user or os.environ.get("ISC_USER") or _keyring_get(f"{address}|user") or DEFAULT_USER
    if password is None:
        password = os.environ.get("ISC_PASSWORD")
    if password is None:
        password = _keyring_get(f"{address}|{user}") or ""
    return Credentials(user=user, password=password)

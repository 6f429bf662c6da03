"""OS keyrings for tests that must not depend on the machine's: one kept in memory, and none at
all (a headless computer, where keyring raises). Import the fixtures into a test module."""
from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def _with_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def memory_keyring() -> Iterator[KeyringBackend]:
    """A keyring kept in memory for the test: what the program stores is in its `kept`."""
    yield from _with_keyring(MemoryKeyring())


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    """A computer without a password store: storing fails, reading finds nothing."""
    yield from _with_keyring(fail.Keyring())

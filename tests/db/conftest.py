"""Fixtures of the database tests."""
from __future__ import annotations

import pytest

from crm_desktop.admin_cli import main


@pytest.fixture
def cli(backend, monkeypatch):
    """`crm-admin` in this process, with the test backend's credentials in the environment."""
    creds = backend.credentials()
    monkeypatch.setenv("ISC_USER", creds.user)
    monkeypatch.setenv("ISC_PASSWORD", creds.password)
    return lambda *args: main(list(args))

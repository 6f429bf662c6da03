"""Database addresses and where credentials come from (PLAT-1, PLAT-7)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.data import credentials
from crm_desktop.data.address import DbAddress, parse_address


@pytest.mark.parametrize("text, expected", [
    ("/srv/crm/base.fdb", DbAddress("/srv/crm/base.fdb")),
    ("C:\\CRM\\base.fdb", DbAddress("C:\\CRM\\base.fdb")),
    ("base.fdb", DbAddress("base.fdb")),
    ("server:/data/crm.fdb", DbAddress("/data/crm.fdb", "server", 3050)),
    ("192.168.1.5/3051:D:\\crm\\crm.fdb", DbAddress("D:\\crm\\crm.fdb", "192.168.1.5", 3051)),
    ("127.0.0.1:crm", DbAddress("crm", "127.0.0.1", 3050)),
])
def test_parse(text: str, expected: DbAddress) -> None:
    assert parse_address(text) == expected


def test_dsn_and_service_host() -> None:
    server = parse_address("srv/3051:/db/a.fdb")
    assert (server.dsn, server.service_host, str(server)) == ("srv/3051:/db/a.fdb", "srv/3051", "srv/3051:/db/a.fdb")
    embedded = parse_address("/tmp/a.fdb")
    assert (embedded.dsn, embedded.service_host, embedded.embedded) == ("/tmp/a.fdb", "", True)


@pytest.mark.parametrize("bad", ["", "   ", "srv/99999:/x.fdb"])
def test_bad_addresses_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_address(bad)


@given(st.from_regex(r"[a-z][a-z0-9.-]{1,20}", fullmatch=True), st.integers(1, 65535),
       st.from_regex(r"/[a-z0-9/_.]{1,30}", fullmatch=True))
def test_server_address_round_trips(host: str, port: int, path: str) -> None:
    address = DbAddress(path, host, port)
    assert parse_address(str(address)) == address


def test_credentials_precedence(monkeypatch) -> None:
    monkeypatch.setattr(credentials, "_keyring_get", lambda key: {"a|user": "KEYUSER", "a|KEYUSER": "kp",
                                                                  "a|ENVUSER": "kp2"}.get(key))
    monkeypatch.delenv("ISC_USER", raising=False)
    monkeypatch.delenv("ISC_PASSWORD", raising=False)
    assert credentials.resolve("a") == credentials.Credentials("KEYUSER", "kp")
    monkeypatch.setenv("ISC_USER", "ENVUSER")
    assert credentials.resolve("a") == credentials.Credentials("ENVUSER", "kp2")
    monkeypatch.setenv("ISC_PASSWORD", "envpass")
    assert credentials.resolve("a") == credentials.Credentials("ENVUSER", "envpass")
    assert credentials.resolve("a", "cli", "clipass") == credentials.Credentials("cli", "clipass")


def test_no_keyring_backend_means_nothing_stored(monkeypatch) -> None:
    import keyring
    from keyring.errors import NoKeyringError

    def fail(*_args):
        raise NoKeyringError("no backend")
    monkeypatch.setattr(keyring, "get_password", fail)
    monkeypatch.setattr(keyring, "set_password", fail)
    monkeypatch.delenv("ISC_USER", raising=False)
    monkeypatch.delenv("ISC_PASSWORD", raising=False)
    assert credentials.resolve("b") == credentials.Credentials("SYSDBA", "")
    assert credentials.store_password("b", "u", "p") is False

"""Fixtures for the licence server: a throw-away vendor key pair, a replaceable hardware
fingerprint, servers on 127.0.0.1 only, stopped after each test."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crm_desktop.domain.editions import Edition
from licsrv.fingerprint import Fingerprint
from licsrv.keyfile import LicenceKey
from licsrv.server import LicenceServer
from licsrv.service import LicenceService
from licsrv.vendor_keys import PUBKEY_ENV, generate_key_pair, load_private_key
from licsrv.vendor_service import VendorHttpServer, VendorService
from licsrv.vendor_tools import issue_key, write_key

HOME = Fingerprint(cpu="GenuineIntel i5-9400", board="ASUS PRIME-B360;MB-1234", disk="sda:WD-ABC123")


class FakeProvider:
    """Stands in for the hardware: tests swap components to simulate an upgrade."""

    def __init__(self, fingerprint: Fingerprint = HOME) -> None:
        self.fingerprint = fingerprint

    def read(self) -> Fingerprint:
        return self.fingerprint


@dataclass
class Vendor:
    private: Ed25519PrivateKey
    private_path: Path
    public_path: Path

    def issue(self, folder: Path, name: str = "optima5pro+tra.key", **overrides: Any) -> tuple[LicenceKey, Path]:
        params: dict[str, Any] = {"licensee": "ООО «Ромашка»", "seats": 2,
                                  "edition": Edition.PROFESSIONAL, "options": frozenset({"tra"})}
        params.update(overrides)
        key, text = issue_key(self.private, **params)
        path = folder / name
        write_key(path, text)
        return key, path


@pytest.fixture(scope="session")
def vendor_pair(tmp_path_factory: pytest.TempPathFactory) -> Vendor:
    private, public = generate_key_pair(tmp_path_factory.mktemp("vendor"))
    return Vendor(load_private_key(private), private, public)


@pytest.fixture
def vendor(vendor_pair: Vendor, monkeypatch: pytest.MonkeyPatch) -> Vendor:
    """The documented development override points the program at the throw-away key."""
    monkeypatch.setenv(PUBKEY_ENV, str(vendor_pair.public_path))
    return vendor_pair


@pytest.fixture
def keys_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "keys"
    folder.mkdir()
    return folder


@pytest.fixture
def hardware() -> FakeProvider:
    return FakeProvider()


@pytest.fixture
def make_service(vendor: Vendor, keys_dir: Path, hardware: FakeProvider) -> Callable[..., LicenceService]:
    def make(**kwargs: Any) -> LicenceService:
        kwargs.setdefault("today", lambda: date(2026, 11, 23))
        return LicenceService(keys_dir, hardware, **kwargs)
    return make


@pytest.fixture
def start_server() -> Iterator[Callable[..., LicenceServer]]:
    """Start licence servers on 127.0.0.1 (port 0 unless told); all stopped at teardown."""
    started: list[LicenceServer] = []

    def start(service: LicenceService, ports: tuple[int, ...] = (0,),
              peers: list[tuple[str, int]] | None = None, **kwargs: Any) -> LicenceServer:
        server = LicenceServer(service, "127.0.0.1", ports, peers=peers or [],
                               housekeeping_interval=kwargs.pop("housekeeping_interval", 0.05), **kwargs)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def activation_service(vendor: Vendor, tmp_path: Path) -> Iterator[VendorHttpServer]:
    folder = tmp_path / "vendor-service"
    folder.mkdir()
    httpd = VendorHttpServer(VendorService(vendor.private, folder), "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)

"""LIC-2: key files are signed by the vendor; any change makes them invalid, with a reason."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.domain.editions import Edition
from licsrv.activation import Status, evaluate
from licsrv.keyfile import load_key
from licsrv.signed_document import SignatureError
from licsrv.vendor_keys import PUBKEY_ENV, vendor_public_key

TODAY = date(2026, 11, 23)


def test_issued_key_carries_everything_the_licence_says(vendor, keys_dir):
    issued, path = vendor.issue(keys_dir, seats=5, edition=Edition.ENTERPRISE,
                                options=frozenset({"tra"}), expires=date(2027, 1, 31))
    key = load_key(path, vendor_public_key())
    assert (key.licensee, key.serial, key.edition, key.seats) == ("ООО «Ромашка»", issued.serial, Edition.ENTERPRISE, 5)
    assert key.options == {"tra"} and key.expires == date(2027, 1, 31) and key.temporary
    assert key.issued == date.today()


@pytest.mark.parametrize("change", [
    lambda d: d["payload"].__setitem__("seats", 50),
    lambda d: d["payload"].__setitem__("licensee", "ООО «Лютик»"),
    lambda d: d["payload"].__setitem__("options", []),
    lambda d: d["payload"].__setitem__("expires", None),
    lambda d: d["payload"].__setitem__("extra", 1),
    lambda d: d.__setitem__("signature", d["signature"][:-4] + "AAA="),
])
def test_any_change_to_a_key_file_makes_it_invalid(vendor, keys_dir, hardware, change):
    _, path = vendor.issue(keys_dir, expires=date(2027, 1, 1))
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    entry = evaluate(path, vendor_public_key(), hardware.fingerprint, TODAY)
    assert entry.status is Status.INVALID
    assert "изменён или подделан" in entry.reason


def test_whitespace_in_a_key_file_does_not_matter(vendor, keys_dir, hardware):
    _, path = vendor.issue(keys_dir)
    path.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
    assert evaluate(path, vendor_public_key(), hardware.fingerprint, TODAY).status is Status.PASSIVE


def test_garbage_file_is_invalid_with_a_reason(vendor, keys_dir, hardware):
    path = keys_dir / "broken.key"
    path.write_bytes(b"\xff\xfe not a key")
    entry = evaluate(path, vendor_public_key(), hardware.fingerprint, TODAY)
    assert entry.status is Status.INVALID and "не читается" in entry.reason


def test_built_in_vendor_key_rejects_keys_signed_by_someone_else(vendor, keys_dir, monkeypatch):
    _, path = vendor.issue(keys_dir)
    monkeypatch.delenv(PUBKEY_ENV)
    with pytest.raises(SignatureError):
        load_key(path, vendor_public_key())


def test_expired_temporary_licence_is_expired(vendor, keys_dir, hardware):
    _, path = vendor.issue(keys_dir, expires=date(2026, 11, 22))
    entry = evaluate(path, vendor_public_key(), hardware.fingerprint, TODAY)
    assert entry.status is Status.EXPIRED and "22.11.2026" in entry.reason


def test_no_private_key_in_the_repository():
    """The vendor keeps the private key offline; only the public one is built in."""
    root = Path(__file__).resolve().parents[2]
    marker = "-----BEGIN " + "PRIVATE KEY"
    for folder in ("licsrv", "crm_desktop", "tests"):
        for path in (root / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".pem", ".key", ".txt", ".json"}:
                assert marker not in path.read_text(encoding="utf-8", errors="ignore"), path

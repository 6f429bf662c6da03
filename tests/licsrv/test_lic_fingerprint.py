"""LIC-3: the licence is bound to CPU, board and disk; any change turns it passive."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from licsrv.activation import Status, activate_manually, evaluate
from licsrv.fingerprint import UNKNOWN, LinuxProvider
from licsrv.keyfile import load_key
from licsrv.manual_codes import answer_request, request_code
from licsrv.vendor_keys import vendor_public_key


def _fake_linux(root: Path, disk_serial: str = "WD-123") -> None:
    (root / "proc").mkdir(parents=True)
    (root / "proc/cpuinfo").write_text("processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: i5\n"
                                       "processor\t: 1\nvendor_id\t: GenuineIntel\nmodel name\t: i5\n")
    dmi = root / "sys/class/dmi/id"
    dmi.mkdir(parents=True)
    (dmi / "board_vendor").write_text("ASUS\n")
    (dmi / "board_serial").write_text("MB-42\n")
    for name in ("loop0", "sda"):
        (root / f"sys/block/{name}/device").mkdir(parents=True)
    (root / "sys/block/loop0/device/serial").write_text("LOOP")
    (root / "sys/block/sda/device/serial").write_text(disk_serial)


def test_linux_provider_reads_cpu_board_and_system_disk(tmp_path):
    _fake_linux(tmp_path)
    fp = LinuxProvider(tmp_path).read()
    assert fp.cpu == "vendor_id=GenuineIntel;model name=i5"
    assert fp.board == "ASUS;MB-42"
    assert fp.disk == "sda:WD-123"


def test_linux_provider_falls_back_when_nothing_is_readable(tmp_path):
    assert LinuxProvider(tmp_path).read().cpu == UNKNOWN


def test_new_disk_changes_the_fingerprint(tmp_path):
    _fake_linux(tmp_path / "a")
    _fake_linux(tmp_path / "b", disk_serial="SEAGATE-9")
    assert LinuxProvider(tmp_path / "a").read().digest != LinuxProvider(tmp_path / "b").read().digest


@pytest.mark.parametrize("component, title", [
    ("cpu", "процессор"), ("board", "системная плата"), ("disk", "системный диск")])
def test_changed_component_turns_activated_licence_passive(vendor, keys_dir, hardware, component, title):
    home = hardware.fingerprint
    _, path = vendor.issue(keys_dir)
    key = load_key(path, vendor_public_key())
    code = answer_request(vendor.private, request_code(key.serial, home.digest))
    activate_manually(path, key, home, code)
    today = date(2026, 11, 23)
    assert evaluate(path, vendor_public_key(), home, today).status is Status.ACTIVE

    upgraded = replace(home, **{component: "new part"})
    entry = evaluate(path, vendor_public_key(), upgraded, today)
    assert entry.status is Status.PASSIVE
    assert title in entry.reason and "повторная активация" in entry.reason

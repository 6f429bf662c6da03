"""LIC-4: automatic activation against the vendor service on 127.0.0.1."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from licsrv import cli
from licsrv.activation import Status, activation_path
from licsrv.online_activation import ActivationError
from licsrv.vendor_service import COUNTS_FILE


def test_automatic_activation_binds_the_key_to_this_computer(vendor, keys_dir, make_service,
                                                             activation_service):
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    service.activate_online(path, activation_service.url)
    assert service.views()[0].entry.status is Status.ACTIVE


def test_fourth_activation_in_a_year_is_refused_with_the_reason(vendor, keys_dir, make_service,
                                                                 hardware, activation_service):
    key, path = vendor.issue(keys_dir)
    service = make_service()
    for n in range(3):
        hardware.fingerprint = replace(hardware.fingerprint, disk=f"disk #{n}")
        service.refresh()
        service.activate_online(path, activation_service.url)
    hardware.fingerprint = replace(hardware.fingerprint, disk="disk #3")
    service.refresh()
    with pytest.raises(ActivationError, match="Превышено число автоматических активаций.*вручную"):
        service.activate_online(path, activation_service.url)
    assert service.views()[0].entry.status is Status.PASSIVE
    counts = json.loads((activation_service.service.ledger.path).read_text())
    assert len(counts[key.serial][str(date.today().year)]) == 3
    assert activation_service.service.ledger.path.name == COUNTS_FILE


def test_repeat_from_the_same_computer_is_not_counted(vendor, keys_dir, make_service, activation_service):
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    for _ in range(5):
        activation_path(path).unlink(missing_ok=True)
        service.activate_online(path, activation_service.url)
    assert service.views()[0].entry.status is Status.ACTIVE


def test_service_refuses_a_tampered_key(vendor, keys_dir, make_service, activation_service):
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    path.write_text(path.read_text(encoding="utf-8").replace('"seats": 2', '"seats": 20'), encoding="utf-8")
    with pytest.raises(ActivationError, match="не принят"):
        service.activate_online(path, activation_service.url)


def test_activation_signed_by_someone_else_does_not_count(vendor, keys_dir, make_service, tmp_path,
                                                          activation_service):
    """An .act file copied from another key or forged leaves the licence passive."""
    _, path = vendor.issue(keys_dir)
    _, other = vendor.issue(keys_dir, name="other.key")
    service = make_service()
    service.refresh()
    service.activate_online(other, activation_service.url)
    activation_path(path).write_text(activation_path(other).read_text(encoding="utf-8"), encoding="utf-8")
    views = {v.entry.path.name: v for v in service.refresh()}
    assert views["optima5pro+tra.key"].entry.status is Status.PASSIVE
    assert "не подходят" in views["optima5pro+tra.key"].entry.reason


def test_temporary_licence_activates_without_asking(vendor, keys_dir, make_service, activation_service):
    vendor.issue(keys_dir, name="trial.key", expires=date(2026, 12, 31))
    vendor.issue(keys_dir, name="permanent.key")
    service = make_service(activation_url=activation_service.url)
    statuses = {v.entry.path.name: v.entry.status for v in service.refresh()}
    assert statuses == {"trial.key": Status.ACTIVE, "permanent.key": Status.PASSIVE}


def test_unreachable_service_gives_a_clear_reason(vendor, keys_dir, make_service):
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    with pytest.raises(ActivationError, match="недоступен"):
        service.activate_online(path, "http://127.0.0.1:9")


def test_command_line_online_activation(vendor, keys_dir, hardware, monkeypatch, activation_service, capsys):
    monkeypatch.setattr(cli, "default_provider", lambda: hardware)
    _, path = vendor.issue(keys_dir)
    assert cli.main(["activate", str(path), "--online", activation_service.url]) == 0
    assert "активирована" in capsys.readouterr().out

"""LIC-5: request code → vendor tool → activation code of 4 groups of 5 digits."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from licsrv import cli
from licsrv.activation import Status, activation_path
from licsrv.manual_codes import CodeError, answer_request, parse_request_code


def test_round_trip_through_the_vendor_tool(vendor, keys_dir, make_service):
    key, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    request = service.request_code(path)
    assert parse_request_code(request)[0] == key.serial
    code = answer_request(vendor.private, request)
    assert re.fullmatch(r"\d{5}-\d{5}-\d{5}-\d{5}", code)
    service.activate_manually(path, code.replace("-", " "))
    assert service.views()[0].entry.status is Status.ACTIVE


def test_wrong_code_is_refused_and_nothing_changes(vendor, keys_dir, make_service):
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    good = answer_request(vendor.private, service.request_code(path))
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(CodeError):
        service.activate_manually(path, wrong)
    assert not activation_path(path).exists()
    assert service.views()[0].entry.status is Status.PASSIVE


def test_code_for_another_computer_does_not_activate_this_one(vendor, keys_dir, make_service, hardware):
    _, path = vendor.issue(keys_dir)
    home = hardware.fingerprint
    service = make_service()
    hardware.fingerprint = replace(home, cpu="another CPU")
    service.refresh()
    other_request = service.request_code(path)
    hardware.fingerprint = home
    service.refresh()
    with pytest.raises(CodeError):
        service.activate_manually(path, answer_request(vendor.private, other_request))


def test_mistyped_request_code_is_refused_by_the_vendor_tool(vendor, keys_dir, make_service):
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    request = service.request_code(path)
    typo = request[:-4] + ("0" if request[-4] != "0" else "1") + request[-3:]
    with pytest.raises(CodeError):
        answer_request(vendor.private, typo)


@pytest.mark.parametrize("code", ["1234-12345-12345-12345", "abcde-12345-12345-12345", ""])
def test_malformed_activation_code_is_explained(vendor, keys_dir, make_service, code):
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    with pytest.raises(CodeError, match="4 группы по 5 цифр"):
        service.activate_manually(path, code)


def test_command_line_round_trip(vendor, keys_dir, hardware, monkeypatch, capsys):
    monkeypatch.setattr(cli, "default_provider", lambda: hardware)
    _, path = vendor.issue(keys_dir)
    assert cli.main(["request-code", str(path)]) == 0
    request = capsys.readouterr().out.strip()
    assert cli.main(["vendor", "answer", "--private", str(vendor.private_path), request]) == 0
    code = capsys.readouterr().out.strip()
    assert cli.main(["activate", str(path), "--code", "00000-00000-00000-00000"]) == 1
    assert "неверен" in capsys.readouterr().err
    assert cli.main(["activate", str(path), "--code", code]) == 0
    assert activation_path(path).exists()

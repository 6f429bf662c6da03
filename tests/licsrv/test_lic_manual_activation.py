"""LIC-5: request code → vendor tool → activation code of 4 groups of 5 digits."""
from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licsrv import cli
from licsrv.activation import Status, activation_path
from licsrv.manual_codes import (CodeError, answer_request, code_matches, normalise_activation_code,
                                 parse_request_code)


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


def in_digits(code: str, zero: str, dash: str = "-") -> str:
    """The same code typed with another script's digits (`zero` is that script's 0)."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else dash for c in code)


@pytest.mark.parametrize("zero, dash", [("\u0660", "-"), ("\uff10", "\uff0d"), ("\u0966", " ")],
                         ids=["arabic-indic", "full-width", "devanagari"])
def test_code_typed_with_other_digits_is_checked_not_crashed(vendor, keys_dir, hardware, monkeypatch,
                                                              capsys, zero, dash):
    """Issue 8: `١٢٣٤٥-…` raised TypeError in the comparison. Digits of any script are
    read as digits: a wrong code is "неверен", the right one activates."""
    monkeypatch.setattr(cli, "default_provider", lambda: hardware)
    _, path = vendor.issue(keys_dir)
    assert cli.main(["request-code", str(path)]) == 0
    code = answer_request(vendor.private, capsys.readouterr().out.strip())
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert cli.main(["activate", str(path), "--code", in_digits(wrong, zero, dash)]) == 1
    assert "неверен" in capsys.readouterr().err and not activation_path(path).exists()
    assert cli.main(["activate", str(path), "--code", in_digits(code, zero, dash)]) == 0
    assert code in activation_path(path).read_text(encoding="utf-8")  # stored in ASCII digits


any_text = st.text(st.characters(exclude_categories=()), max_size=40)  # surrogates included
# Well-formed codes in any script's decimal digits, and near-codes: about twenty digits of
# several scripts, some not decimal (¹, ①), odd separators.
any_digits_code = st.lists(st.characters(categories=["Nd"]), min_size=20, max_size=20).map(
    lambda ds: "-".join("".join(ds[i:i + 5]) for i in range(0, 20, 5)))
code_like = st.lists(st.tuples(st.sampled_from(["0", "7", "\u0661", "\uff11", "\u0967", "\U0001d7ce",
                                                "\u00b9", "\u2460"]),
                               st.sampled_from(["", "", "-", " ", "\uff0d", "\u2013", "\u00a0", "a"])),
                     min_size=18, max_size=22).map(lambda pairs: "".join(d + s for d, s in pairs))
codes = any_text | any_digits_code | code_like


@settings(max_examples=300, deadline=None, database=None)
@given(text=codes)
def test_any_text_is_a_normalised_code_or_a_code_error(text):
    try:
        code = normalise_activation_code(text)
    except CodeError as exc:
        assert "4 группы по 5 цифр" in str(exc)
    else:
        assert re.fullmatch(r"[0-9]{5}(-[0-9]{5}){3}", code)
    try:
        assert code_matches(b"s" * 32, "CRM-000001-0001", "ab" * 32, text) in (True, False)
    except CodeError:
        pass
    try:
        serial, fp = parse_request_code(text)
    except CodeError:
        pass
    else:
        assert re.fullmatch(r"[0-9A-F]{16}", fp) and isinstance(serial, str)


@settings(max_examples=100, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=codes)
def test_activate_command_refuses_any_text_with_one_line(vendor, keys_dir, hardware, monkeypatch,
                                                         capsys, text):
    monkeypatch.setattr(cli, "default_provider", lambda: hardware)
    path = keys_dir / "any.key"
    if not path.exists():
        vendor.issue(keys_dir, name=path.name)
    assert cli.main(["activate", str(path), f"--code={text}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ("неверен" in err or "4 группы по 5 цифр" in err)
    assert not activation_path(path).exists()


def test_twenty_thousand_random_codes_are_all_refused(vendor, keys_dir, hardware):
    key, _ = vendor.issue(keys_dir)
    digest = hardware.fingerprint.digest
    rng = random.Random(20261123)
    codes = [f"{rng.randrange(10 ** 20):020d}" for _ in range(20_000)]
    assert not any(code_matches(key.activation_secret, key.serial, digest, c) for c in codes)

"""Click-to-call (issue 9, defect 8): a phone and the user's setting give a link or a program
with its arguments; the number never turns into extra arguments or shell syntax."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.contacts import InvalidPhone, parse_phone
from crm_desktop.domain.telephony import (PLACEHOLDER, CallMode, InvalidTelephonySetting, OpenUri, RunCommand,
                                          TelephonySetting, call_target, split_command, validate)

# Russian mobiles as typed (ASCII digits; the 930 block is not in the numbering plan)
RU_PHONES = st.from_regex(r"(\+7|8) ?\(?9[0-24-9][0-9]\)? ?[0-9]{3}[ -]?[0-9]{2}[ -]?[0-9]{2}", fullmatch=True)
# words of a command line: anything but quotes and whitespace (those are the syntax)
WORDS = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
                              blacklist_characters="\"'\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85"), min_size=1)
PATHS = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)


@pytest.mark.parametrize("mode, uri", [
    (CallMode.TEL, "tel:+78312331303;ext=12"),
    (CallMode.SIP, "sip:+78312331303;ext=12"),
    (CallMode.CALLTO, "callto:+78312331303"),
])
def test_links_by_mode(mode: CallMode, uri: str) -> None:
    assert call_target("8 (831) 233-13-03 доб. 12", TelephonySetting(mode)) == OpenUri(uri, mode.value)


def test_sip_link_with_the_pbx_domain() -> None:
    setting = TelephonySetting(CallMode.SIP, sip_domain=" pbx.office.local ")
    assert call_target("+7 499 709-82-48", setting).uri == "sip:+74997098248@pbx.office.local;user=phone"


def test_default_is_tel() -> None:
    assert call_target("+7 499 709-82-48", TelephonySetting()) == OpenUri("tel:+74997098248", "tel")


@pytest.mark.parametrize("command, argv", [
    ('"C:\\Program Files\\MicroSIP\\microsip.exe" {номер}',
     ("C:\\Program Files\\MicroSIP\\microsip.exe", "+74997098248")),
    ("linphone --call sip:{номер}@pbx.local #1", ("linphone", "--call", "sip:+74997098248@pbx.local", "#1")),
    ("'/opt/my phone/dial' -n {номер} -x {номер}", ("/opt/my phone/dial", "-n", "+74997098248", "-x", "+74997098248")),
])
def test_command_line_is_split_without_a_shell(command: str, argv: tuple[str, ...]) -> None:
    setting = TelephonySetting(CallMode.COMMAND, command=command)
    assert call_target("8 499 709-82-48 доб. 5", setting) == RunCommand(argv)


@pytest.mark.parametrize("command, message", [
    ("", "укажите программу"),
    ('"" {номер}', "укажите программу"),
    ("microsip.exe", PLACEHOLDER),
    ("{номер}", PLACEHOLDER),
    ('"C:\\Program Files\\x.exe {номер}', "кавычка"),
])
def test_unusable_command_lines_are_refused_with_the_fix(command: str, message: str) -> None:
    setting = TelephonySetting(CallMode.COMMAND, command=command)
    with pytest.raises(InvalidTelephonySetting, match=message):
        validate(setting)
    with pytest.raises(InvalidTelephonySetting):
        call_target("+7 499 709-82-48", setting)


@pytest.mark.parametrize("domain", ["pbx local", "user@pbx", "pbx;x", "a..b"])
def test_sip_domain_must_be_a_host(domain: str) -> None:
    with pytest.raises(InvalidTelephonySetting, match="SIP-домен"):
        validate(TelephonySetting(CallMode.SIP, sip_domain=domain))


def test_fields_of_other_modes_are_not_checked() -> None:
    validate(TelephonySetting(CallMode.TEL, sip_domain="a b", command="no placeholder"))


def test_not_a_phone_is_refused_in_every_mode() -> None:
    for mode in CallMode:
        with pytest.raises(InvalidPhone):
            call_target("12", TelephonySetting(mode, command=f"dial {PLACEHOLDER}"))


@given(RU_PHONES, PATHS, st.lists(WORDS, max_size=4))
def test_number_is_one_argument_where_the_placeholder_stands(phone: str, program: str, args: list[str]) -> None:
    command = " ".join([f'"{program}"', *args, PLACEHOLDER])
    argv = call_target(phone, TelephonySetting(CallMode.COMMAND, command=command)).argv
    assert argv == (program, *(a.replace(PLACEHOLDER, parse_phone(phone).e164) for a in args),
                    parse_phone(phone).e164)


@given(st.lists(WORDS, min_size=1, max_size=6))
def test_quoted_words_come_back_as_typed(words: list[str]) -> None:
    words = [*words, PLACEHOLDER]
    assert split_command(" ".join(f'"{w}"' if i % 2 else f"'{w}'" for i, w in enumerate(words))) == words


@given(RU_PHONES, st.sampled_from([CallMode.TEL, CallMode.SIP, CallMode.CALLTO]))
def test_links_carry_the_e164_number(phone: str, mode: CallMode) -> None:
    target = call_target(phone, TelephonySetting(mode))
    assert target.uri.startswith(f"{mode.value}:{parse_phone(phone).e164}")


@given(st.sampled_from(list(CallMode)), st.text(), st.text())
def test_stored_form_round_trips(mode: CallMode, domain: str, command: str) -> None:
    setting = TelephonySetting(mode, domain, command)
    assert TelephonySetting.from_stored(setting.stored()) == setting


@given(st.one_of(st.none(), st.integers(), st.text(),
                 st.dictionaries(st.sampled_from(["mode", "sip_domain", "command", "x"]),
                                 st.one_of(st.none(), st.integers(), st.text(), st.sampled_from(["sip", "command"])))))
def test_damaged_stored_value_falls_back_field_by_field(raw: object) -> None:
    setting = TelephonySetting.from_stored(raw)
    assert isinstance(setting.mode, CallMode)
    assert isinstance(setting.sip_domain, str) and isinstance(setting.command, str)

"""After a call from the card (GRP-5, manual «Интеграция со Skype»): the setting that says
whether and how a confirmed call is recorded survives any stored value, old or damaged; the
duration typed as minutes:seconds; the event's type found in the dictionary; the text of the
event with the number and the duration."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.telephony import (DEFAULT_MIN_DURATION, MAX_DURATION, MAX_MIN_DURATION, CallMode,
                                          InvalidDuration, InvalidTelephonySetting, TelephonySetting,
                                          call_description, call_event_type, format_duration, long_enough,
                                          parse_duration, validate)

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=8)
SETTINGS = st.builds(TelephonySetting, st.sampled_from(CallMode), st.text(), st.text(), st.booleans(),
                     st.none() | st.integers(1, 2**31), st.integers(0, MAX_MIN_DURATION))


def test_a_value_stored_before_calls_were_recorded_keeps_its_mode_and_gets_the_defaults() -> None:
    old = {"mode": "command", "sip_domain": "", "command": "microsip.exe {номер}"}
    setting = TelephonySetting.from_stored(old)
    assert setting == TelephonySetting(CallMode.COMMAND, command="microsip.exe {номер}")
    assert (setting.record_calls, setting.event_type_id, setting.min_duration) == (True, None, DEFAULT_MIN_DURATION)


@given(SETTINGS)
def test_stored_and_read_back_is_the_same_setting(setting: TelephonySetting) -> None:
    assert TelephonySetting.from_stored(setting.stored()) == setting


@given(st.dictionaries(st.sampled_from(["mode", "sip_domain", "command", "record_calls", "event_type_id",
                                        "min_duration", "other"]), JSON) | JSON)
def test_any_stored_value_gives_a_usable_setting(raw) -> None:
    setting = TelephonySetting.from_stored(raw)
    assert isinstance(setting.record_calls, bool)
    assert setting.event_type_id is None or (type(setting.event_type_id) is int and setting.event_type_id > 0)
    assert type(setting.min_duration) is int and 0 <= setting.min_duration <= MAX_MIN_DURATION


@pytest.mark.parametrize("raw", [{"min_duration": -1}, {"min_duration": True}, {"min_duration": "10"},
                                 {"min_duration": 10.0}, {"min_duration": MAX_MIN_DURATION + 1}])
def test_a_damaged_minimum_falls_back_to_the_default(raw) -> None:
    assert TelephonySetting.from_stored(raw).min_duration == DEFAULT_MIN_DURATION


@pytest.mark.parametrize("raw, expected", [({"record_calls": 0}, True), ({"record_calls": False}, False),
                                           ({"event_type_id": True}, None), ({"event_type_id": 0}, None),
                                           ({"event_type_id": "7"}, None), ({"event_type_id": 7}, 7)])
def test_damaged_flag_and_type_fall_back(raw, expected) -> None:
    setting = TelephonySetting.from_stored(raw)
    assert (setting.record_calls if "record_calls" in raw else setting.event_type_id) == expected


def test_minimum_out_of_range_is_refused() -> None:
    with pytest.raises(InvalidTelephonySetting, match="от 0 до 3600 секунд"):
        validate(TelephonySetting(min_duration=-1))
    validate(TelephonySetting(min_duration=MAX_MIN_DURATION))


@given(st.integers(0, MAX_DURATION))
def test_duration_shown_is_read_back(seconds: int) -> None:
    shown = format_duration(seconds)
    assert parse_duration(shown) == seconds
    minutes, secs = shown.split(":")
    assert len(secs) == 2 and int(minutes) * 60 + int(secs) == seconds


@pytest.mark.parametrize("text, seconds", [("2:35", 155), (" 02 : 35 ", 155), ("0:07", 7), ("2.35", 155),
                                           ("75:00", 4500), ("0:0", 0)])
def test_durations_as_people_type_them(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text, message", [("", "через двоеточие"), ("155", "через двоеточие"),
                                           ("2:3:5", "через двоеточие"), ("две минуты", "через двоеточие"),
                                           ("-1:00", "через двоеточие"), ("2:60", "не больше 59"),
                                           ("1440:00", "не больше 1439:59")])
def test_bad_durations_are_refused_with_the_fix(text: str, message: str) -> None:
    with pytest.raises(InvalidDuration, match=message):
        parse_duration(text)


@given(st.text(max_size=12))
def test_any_text_is_a_duration_or_a_clear_refusal(text: str) -> None:
    try:
        seconds = parse_duration(text)
    except InvalidDuration as exc:
        assert str(exc).startswith("Длительность звонка:")
    else:
        assert 0 <= seconds <= MAX_DURATION


@given(st.integers(0, MAX_DURATION), st.integers(0, MAX_MIN_DURATION))
def test_long_enough_is_at_least_the_minimum(duration: int, minimum: int) -> None:
    assert long_enough(duration, TelephonySetting(min_duration=minimum)) is (duration >= minimum)


TYPES = [(1, "Входящий звонок"), (2, "Исходящий звонок"), (3, "Встреча"), (4, "Отправлено письмо")]


@pytest.mark.parametrize("types, chosen, found", [
    (TYPES, None, 2),
    (TYPES, 3, 3),                                     # chosen in «Телефония»
    (TYPES, 99, 2),                                    # chosen, then deleted from the dictionary
    ([(1, "Входящий звонок"), (7, "Исход. звонок")], None, 7),
    ([(1, "Входящий звонок"), (7, " исходящий ЗВОНОК ")], None, 7),
    ([(1, "Входящий звонок"), (3, "Встреча")], None, None),
    ([], None, None),
])
def test_the_event_type_of_a_call(types, chosen, found) -> None:
    assert call_event_type(types, chosen) == found


def test_the_event_text_names_the_number_and_the_duration() -> None:
    assert call_description("8 (831) 233-13-03 доб. 12", 155) == \
        "Исходящий звонок на +7 831 233-13-03 доб. 12, длительность 2:35"
    assert call_description(" ivan.petrov ", 7) == "Исходящий звонок на ivan.petrov, длительность 0:07"

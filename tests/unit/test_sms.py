"""SMS length in parts (GSM-7 160/153, UCS-2 for Cyrillic 70/67), the counter under the message
field, numbers an SMS can go to, the sender name (GRP-3)."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.sms import (GSM7, MAX_PARTS, PART, SINGLE, UCS2, is_gsm7, length, sender_problem,
                                    sms_number, text_problem)


@pytest.mark.parametrize(("text", "encoding", "parts"), [
    ("", GSM7, 0), ("a" * 160, GSM7, 1), ("a" * 161, GSM7, 2), ("a" * 306, GSM7, 2), ("a" * 307, GSM7, 3),
    ("я" * 70, UCS2, 1), ("я" * 71, UCS2, 2), ("я" * 134, UCS2, 2), ("я" * 135, UCS2, 3),
    ("Hello, world! @£$", GSM7, 1), ("Привет", UCS2, 1), ("price 10€" + "a" * 150, GSM7, 1), ("price 10€" + "a" * 151, GSM7, 2),
])
def test_parts_by_encoding(text: str, encoding: str, parts: int) -> None:
    n = length(text)
    assert (n.encoding, n.parts, n.chars) == (encoding, parts, len(text))


def test_extension_characters_and_emoji_take_two_units_and_are_not_cut() -> None:
    assert length("€" * 80) == length("€" * 80).__class__(80, 160, GSM7, 1)
    assert length("€" * 81).parts == 2
    # 152 plain characters and a € would straddle the first part's end: it moves to the second
    assert length("a" * 152 + "€" + "a" * 152).parts == 3
    assert length("😀" * 35).units == 70 and length("😀" * 35).parts == 1
    assert length("a" * 66 + "😀" + "я" * 66).parts == 3      # the pair does not fit 1 unit left


def test_the_counter_under_the_message_field() -> None:
    assert length("Привет").counter() == "6 символов, 1 SMS"
    assert length("a").counter() == "1 символ, 1 SMS"
    assert length("ab").counter() == "2 символа, 1 SMS"
    assert length("я" * 71).counter() == "71 символ, 2 SMS"
    assert length("a" * 12).counter() == "12 символов, 1 SMS"


@given(st.text(max_size=1200))
def test_any_text_fits_its_parts(text: str) -> None:
    n = length(text)
    assert n.encoding == (GSM7 if is_gsm7(text) else UCS2)
    assert n.units >= n.chars
    if not text:
        assert n.parts == 0
    elif n.units <= SINGLE[n.encoding]:
        assert n.parts == 1
    else:
        # never fewer parts than the units need, at most one more per character of two units
        assert math.ceil(n.units / PART[n.encoding]) <= n.parts <= math.ceil(n.units / (PART[n.encoding] - 1))


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВ ,.!", max_size=700))
def test_cyrillic_goes_as_ucs2_70_and_67(rest: str) -> None:
    text = "Ж" + rest           # one Cyrillic letter makes the whole message UCS-2
    n = length(text)
    assert n.encoding == UCS2 and n.units == len(text)
    assert n.parts == (1 if len(text) <= 70 else math.ceil(len(text) / 67))


def test_what_text_can_be_sent() -> None:
    assert text_problem("  ") == "Введите текст сообщения."
    assert text_problem("Привет") == ""
    assert text_problem("я" * 67 * MAX_PARTS) == ""
    assert "сократите текст" in text_problem("я" * (67 * MAX_PARTS + 1))


@pytest.mark.parametrize(("stored", "e164"), [
    ("+79161234567", "+79161234567"), ("8 (916) 123-45-67", "+79161234567"), ("+1 202 555 0100", "+12025550100")])
def test_numbers_an_sms_goes_to(stored: str, e164: str) -> None:
    assert sms_number(stored) == e164


@pytest.mark.parametrize(("stored", "reason"), [
    ("8 (831) 233-13-03", "не мобильный"), ("+79161234567;ext=12", "добавочным"), ("abc", "не номер телефона"),
    ("+7 916", "короткий")])
def test_numbers_an_sms_cannot_go_to(stored: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        sms_number(stored)


def test_sender_names() -> None:
    assert sender_problem("") == "" and sender_problem("RegionSoft") == "" and sender_problem("+79161234567") == ""
    assert sender_problem("РегионСофт") != "" and sender_problem("TooLongSenderName") != ""

"""Phones and e-mail: what people type, what is stored and shown, and the clickable URIs."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.contacts import (
    InvalidEmail,
    InvalidPhone,
    mailto_uri,
    normalize_email,
    parse_email,
    parse_phone,
    phone_search_key,
    sip_uri,
    tel_uri,
    validate_email,
    validate_phone,
)

RU_PHONES = st.from_regex(r"(\+7|8) ?\(?9[0-9][0-9]\)? ?[0-9]{3}[ -]?[0-9][0-9][ -]?[0-9][0-9]", fullmatch=True)


@pytest.mark.parametrize("text, e164, national", [
    ("8 (831) 233-13-03", "+78312331303", "8 (831) 233-13-03"),
    ("+7 499 709-82-48", "+74997098248", "8 (499) 709-82-48"),
    ("84997098248", "+74997098248", "8 (499) 709-82-48"),
    ("(831) 233-13-03", "+78312331303", "8 (831) 233-13-03"),
    ("+7 (910) 123-45-67", "+79101234567", "8 (910) 123-45-67"),
])
def test_russian_phone_is_stored_as_e164_and_shown_nationally(text: str, e164: str,
                                                             national: str) -> None:
    phone = parse_phone(text)
    assert (phone.e164, phone.extension, phone.national) == (e164, None, national)
    assert phone.display == national
    assert phone.storage == e164


def test_extension_in_russian_is_kept_apart_from_the_number() -> None:
    phone = parse_phone("8 (831) 233-13-03 доб. 123")
    assert phone.e164 == "+78312331303"
    assert phone.extension == "123"
    assert phone.national == "8 (831) 233-13-03 доб. 123"
    assert phone.international == "+7 831 233-13-03 доб. 123"
    assert phone.storage == "+78312331303;ext=123"
    assert parse_phone(phone.storage) == phone


def test_foreign_phone_is_shown_internationally() -> None:
    phone = parse_phone("+44 20 7946 0958")
    assert phone.region == "GB"
    assert phone.display == "+44 20 7946 0958"


@pytest.mark.parametrize("text, reason", [
    ("123", "слишком короткий номер"),
    ("абв", "это не номер телефона"),
    ("+7 831 233-13-03-55", "неверное количество цифр"),
    ("8 (800) 1", "слишком короткий номер"),
])
def test_invalid_phone_message_names_the_field(text: str, reason: str) -> None:
    with pytest.raises(InvalidPhone) as err:
        parse_phone(text, label="Телефон мобильный")
    assert str(err.value) == f"Телефон мобильный: {reason} «{text}»"
    assert validate_phone(text, label="Факс") == f"Факс: {reason} «{text}»"


def test_empty_phone_is_left_to_the_required_check() -> None:
    assert validate_phone("  ") is None
    assert validate_phone("+7 499 709-82-48") is None


@pytest.mark.parametrize("text, key", [
    ("88312331303", "8312331303"),
    ("8 (831) 233-13-03", "8312331303"),
    ("+7 831 233-13-03", "8312331303"),
    ("+78312331303;ext=5", "8312331303"),
    ("8 (831) 233-13-03 доб. 77", "8312331303"),
    ("233-13", "23313"),  # a fragment keeps its digits
    ("+7 831", "831"),
    ("+44 20 7946 0958", "442079460958"),
])
def test_phone_search_key(text: str, key: str) -> None:
    assert phone_search_key(text) == key


@given(RU_PHONES)
def test_stored_and_typed_forms_agree(text: str) -> None:
    try:
        phone = parse_phone(text)
    except InvalidPhone:
        return
    assert parse_phone(phone.storage) == phone
    assert parse_phone(phone.national) == phone
    key = phone_search_key(text)
    assert len(key) == 10 and key == phone_search_key(phone.storage)
    assert key in "".join(ch for ch in phone.national if ch.isdecimal())


def test_tel_and_sip_uris() -> None:
    assert tel_uri("8 (831) 233-13-03") == "tel:+78312331303"
    assert tel_uri("8 (831) 233-13-03 доб. 12") == "tel:+78312331303;ext=12"
    assert sip_uri("+7 499 709-82-48") == "sip:+74997098248"
    assert sip_uri("+7 499 709-82-48", "pbx.office.local") == (
        "sip:+74997098248@pbx.office.local;user=phone")
    assert sip_uri("+7 499 709-82-48", "атс.рф") == (
        "sip:+74997098248@xn--80a8ac.xn--p1ai;user=phone")


def test_uri_of_invalid_phone_is_refused() -> None:
    with pytest.raises(InvalidPhone):
        tel_uri("12")
    with pytest.raises(InvalidPhone):
        sip_uri("12", "pbx.local")


@pytest.mark.parametrize("email", [
    "info@regionsoft.ru",
    "oksana@grants.ru",
    "first.last+crm@mail.example.com",
    "o'brien@example.org",
    "user@sub-domain.example.ru",
    "почта@пример.рф",
    "info@xn--e1afmkfd.xn--p1ai",
    "a" * 64 + "@example.ru",
])
def test_valid_emails(email: str) -> None:
    assert validate_email(email) is None


@pytest.mark.parametrize("email, reason", [
    ("info @regionsoft.ru", "адрес не должен содержать пробелов"),
    ("info.regionsoft.ru", "адрес должен иметь вид имя@домен.ru"),
    ("@regionsoft.ru", "адрес должен иметь вид имя@домен.ru"),
    ("info@", "адрес должен иметь вид имя@домен.ru"),
    ("info@localhost", "в домене нет точки (например, mail.ru)"),
    (".info@regionsoft.ru", "недопустимые символы или точки в части до @"),
    ("in..fo@regionsoft.ru", "недопустимые символы или точки в части до @"),
    ("in(fo@regionsoft.ru", "недопустимые символы или точки в части до @"),
    ("info@-regionsoft.ru", "недопустимое имя домена"),
    ("info@region_soft.ru", "недопустимое имя домена"),
    ("info@regionsoft..ru", "недопустимое имя домена"),
    ("info@10.0.0.1", "недопустимое имя домена"),
    ("a" * 65 + "@example.ru", "часть до @ длиннее 64 символов"),
    ("info@" + "a" * 64 + ".ru", "слишком длинное имя домена"),
])
def test_invalid_emails(email: str, reason: str) -> None:
    assert validate_email(email, label="E-mail общий") == f"E-mail общий: {reason} «{email}»"


def test_empty_email_is_left_to_the_required_check() -> None:
    assert validate_email(" ") is None


def test_whole_address_length_limit() -> None:
    domain = ".".join(["d" * 60] * 4) + ".ru"  # 246 characters
    assert validate_email("a" * 7 + "@" + domain) is None  # 254 characters
    assert "адрес длиннее 254 символов" in (validate_email("a" * 8 + "@" + domain) or "")


def test_normalize_email_lowercases_the_domain_only() -> None:
    assert normalize_email("  Ivan.Petrov@Mail.RU. ") == "Ivan.Petrov@mail.ru"


def test_mailto_uri_encodes_address_and_subject() -> None:
    assert mailto_uri("info@regionsoft.ru") == "mailto:info@regionsoft.ru"
    assert mailto_uri("a+b@regionsoft.ru", "Счёт № 5 & акт?") == (
        "mailto:a+b@regionsoft.ru?subject=%D0%A1%D1%87%D1%91%D1%82%20%E2%84%96%205%20%26%20"
        "%D0%B0%D0%BA%D1%82%3F")
    assert mailto_uri("почта@пример.рф") == (
        "mailto:%D0%BF%D0%BE%D1%87%D1%82%D0%B0@xn--e1afmkfd.xn--p1ai")
    assert mailto_uri("100%&x=1@ex.ru") == "mailto:100%25%26x%3D1@ex.ru"


def test_mailto_of_invalid_address_is_refused() -> None:
    with pytest.raises(InvalidEmail):
        mailto_uri("not an address")


@given(st.from_regex(r"[a-zA-Zа-я0-9!#$%&'*+/=?^_`{|}~-]{1,20}", fullmatch=True),
       st.text(max_size=30))
def test_mailto_round_trips(local: str, subject: str) -> None:
    email = f"{local}@пример.рф"
    uri = mailto_uri(email, subject)
    address, _, query = uri.removeprefix("mailto:").partition("?subject=")
    assert not set(address + query) & set(" ?&#=\"<>")
    assert unquote(address) == f"{local}@xn--e1afmkfd.xn--p1ai"
    assert unquote(query) == subject
    assert parse_email(email) == (local, "xn--e1afmkfd.xn--p1ai")

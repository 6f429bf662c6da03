"""Requisites: real published values, typical mistakes, and properties of the check digits."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.requisites import (
    make_account,
    make_bik,
    make_corr_account,
    make_inn10,
    make_inn12,
    make_kpp,
    make_ogrn,
    make_ogrnip,
    make_okpo,
    validate_account,
    validate_bik,
    validate_corr_account,
    validate_inn,
    validate_kpp,
    validate_ogrn,
    validate_okpo,
)

# Published requisites of PJSC Sberbank (Moscow) and other well-known banks.
SBER_INN, SBER_KPP, SBER_OGRN, SBER_OKPO = "7707083893", "773601001", "1027700132195", "00032537"
SBER_BIK, SBER_CORR = "044525225", "30101810400000000225"
SBER_ACCOUNT = "40702810938000000001"
# Account of the Moscow Treasury at a Bank of Russia settlement centre (BIK ends in 000):
# keyed with "0" + BIK digits 5-6, not with the last three digits.
RKC_BIK, RKC_ACCOUNT = "044525000", "40101810045250010041"

randoms = st.randoms(use_true_random=False)


def single_digit_changes(value: str) -> Iterator[tuple[int, str]]:
    """Every value that differs from ``value`` in exactly one digit, with the position."""
    for i, digit in enumerate(value):
        for other in "0123456789":
            if other != digit:
                yield i, value[:i] + other + value[i + 1:]


def surviving_changes(value: str, validate: Callable[[str], str | None]) -> list[tuple[int, str]]:
    return [(i, v) for i, v in single_digit_changes(value) if validate(v) is None]


@pytest.mark.parametrize("validate, value", [
    (validate_inn, SBER_INN),
    (validate_inn, "7736050003"),  # Gazprom
    (validate_inn, "500100732259"),  # person
    (validate_kpp, SBER_KPP),
    (validate_kpp, "7736AB001"),  # letters in the reason code
    (validate_ogrn, SBER_OGRN),
    (validate_ogrn, "1027700070518"),  # Gazprom
    (validate_ogrn, "304500116000157"),  # OGRNIP
    (validate_okpo, SBER_OKPO),
    (validate_bik, SBER_BIK),
    (validate_inn, f"  {SBER_INN} "),  # pasted with blanks
])
def test_known_valid_values(validate: Callable[[str], str | None], value: str) -> None:
    assert validate(value) is None


@pytest.mark.parametrize("validate", [validate_inn, validate_kpp, validate_ogrn, validate_okpo,
                                      validate_bik])
def test_empty_value_is_left_to_the_required_check(validate: Callable[[str], str | None]) -> None:
    assert validate("") is None
    assert validate("   ") is None


@pytest.mark.parametrize("validate, value, expected", [
    (validate_inn, "770708389", "ИНН должен содержать 10 цифр (организация) или 12"),
    (validate_inn, "77070838931", "ИНН должен содержать 10 цифр"),
    (validate_inn, "77070838 93", "ИНН должен содержать 10 цифр"),
    (validate_inn, "770708389X", "ИНН должен содержать 10 цифр"),
    (validate_inn, "770708389\u0663", "ИНН должен содержать 10 цифр"),  # Arabic-Indic digit 3
    (validate_inn, "7707083894", "Неверная контрольная цифра ИНН"),
    (validate_inn, "7707038893", "Неверная контрольная цифра ИНН"),  # transposed digits
    (validate_inn, "500100732258", "Неверная контрольная цифра ИНН"),
    (validate_inn, "500100732269", "Неверная контрольная цифра ИНН"),
    (validate_kpp, "77360100", "КПП должен содержать 9 символов"),
    (validate_kpp, "7736ab001", "Неверный формат КПП"),
    (validate_kpp, "A73601001", "Неверный формат КПП"),
    (validate_ogrn, "102770013219", "ОГРН должен содержать 13 цифр"),
    (validate_ogrn, "1027700132194", "Неверная контрольная цифра ОГРН"),
    (validate_ogrn, "304500116000158", "Неверная контрольная цифра ОГРНИП"),
    (validate_okpo, "0003253", "ОКПО должен содержать 8 цифр"),
    (validate_okpo, "00032538", "Неверная контрольная цифра кода ОКПО"),
    (validate_bik, "04452522", "БИК должен содержать 9 цифр"),
    (validate_bik, "054525225", "БИК российского банка начинается с 04"),
])
def test_known_invalid_values(validate: Callable[[str], str | None], value: str,
                              expected: str) -> None:
    message = validate(value)
    assert message is not None and expected in message


@pytest.mark.parametrize("okpo", [
    "00002003",  # weights 1-7: 2*5 = 10, retry with 3-9: 2*7 = 14 -> 3
    "00002810",  # 2*5+8*6+1*7 = 65 -> 10, then 2*7+8*8+1*9 = 87 -> 10 -> 0
    "0000010437",  # 1*6+4*8+3*9 = 65 -> 10, then 1*8+4*10+3*1 = 51 -> 7 (weights wrap to 1)
])
def test_okpo_second_pass(okpo: str) -> None:
    assert validate_okpo(okpo) is None
    assert validate_okpo(okpo[:-1] + str((int(okpo[-1]) + 1) % 10)) is not None


def test_real_bank_accounts_agree_with_their_bik() -> None:
    assert validate_account(SBER_ACCOUNT, SBER_BIK) is None
    assert validate_corr_account(SBER_CORR, SBER_BIK) is None
    assert validate_corr_account("30101810145250000974", "044525974") is None  # T-Bank
    assert validate_corr_account("30101810200000000593", "044525593") is None  # Alfa-Bank
    assert validate_account(RKC_ACCOUNT, RKC_BIK) is None


def test_account_of_another_bank_is_rejected() -> None:
    message = validate_account(SBER_ACCOUNT, "044525593")
    assert message == "Расчётный счёт не соответствует БИК 044525593: проверьте номер счёта и БИК"
    assert validate_account(RKC_ACCOUNT, SBER_BIK) is not None


@pytest.mark.parametrize("account, bik, expected", [
    ("4070281093800000000", SBER_BIK, "Расчётный счёт должен содержать 20 цифр"),
    ("4070281093800000000A", SBER_BIK, "Расчётный счёт должен содержать 20 цифр"),
    (SBER_ACCOUNT, "", "укажите правильный БИК"),
    (SBER_ACCOUNT, "12345", "укажите правильный БИК"),
])
def test_account_format_and_missing_bik(account: str, bik: str, expected: str) -> None:
    message = validate_account(account, bik)
    assert message is not None and expected in message


def test_correspondent_account_must_start_with_301() -> None:
    assert validate_corr_account(SBER_ACCOUNT, SBER_BIK) == (
        "Корреспондентский счёт должен начинаться с 301")
    assert validate_corr_account("", SBER_BIK) is None


def test_correspondent_account_generator_reproduces_a_real_one() -> None:
    assert make_corr_account(SBER_BIK) == SBER_CORR


@given(randoms)
def test_generated_values_validate(rng: random.Random) -> None:
    inn10, inn12, bik = make_inn10(rng), make_inn12(rng), make_bik(rng)
    kpp = make_kpp(rng, inn10)
    assert [len(inn10), len(inn12), len(kpp)] == [10, 12, 9]
    assert validate_inn(inn10) is None and validate_inn(inn12) is None
    assert validate_kpp(kpp) is None and kpp[:4] == inn10[:4]
    assert validate_ogrn(make_ogrn(rng)) is None and validate_ogrn(make_ogrnip(rng)) is None
    assert validate_okpo(make_okpo(rng)) is None
    assert validate_bik(bik) is None
    assert validate_account(make_account(rng, bik), bik) is None
    assert validate_corr_account(make_corr_account(bik), bik) is None


# The official mod-11 rules cannot tell the remainders 10 and 0 apart (both give check digit
# 0), so a single wrong digit slips through only when the check digit is 0, and then at most
# one wrong digit per position. A wrong check digit itself is always caught.

@given(randoms)
def test_single_wrong_digit_breaks_inn10(rng: random.Random) -> None:
    inn = make_inn10(rng)
    survivors = surviving_changes(inn, validate_inn)
    assert all(i < 9 for i, _ in survivors)
    assert len({i for i, _ in survivors}) == len(survivors)
    if inn[-1] != "0":
        assert survivors == []


@given(randoms)
def test_single_wrong_digit_breaks_inn12(rng: random.Random) -> None:
    inn = make_inn12(rng)
    survivors = surviving_changes(inn, validate_inn)
    assert all(i < 10 for i, _ in survivors)
    if inn[10] != "0":
        assert survivors == []


@given(randoms)
def test_single_wrong_digit_breaks_ogrn(rng: random.Random) -> None:
    ogrn = make_ogrn(rng)
    survivors = surviving_changes(ogrn, validate_ogrn)
    assert all(i < 12 for i, _ in survivors)
    if ogrn[-1] != "0":
        assert survivors == []


@given(randoms)
def test_single_wrong_digit_breaks_ogrnip(rng: random.Random) -> None:
    # mod 13 then mod 10: remainders 10, 11, 12 share check digits 0, 1, 2 with 0, 1, 2
    ogrnip = make_ogrnip(rng)
    survivors = surviving_changes(ogrnip, validate_ogrn)
    assert all(i < 14 for i, _ in survivors)
    if ogrnip[-1] not in "012":
        assert survivors == []


@given(randoms)
def test_single_wrong_digit_always_breaks_an_account(rng: random.Random) -> None:
    # weights 7, 1, 3 are coprime with 10: every single-digit error changes the key
    bik = make_bik(rng)
    account = make_account(rng, bik)
    assert surviving_changes(account, lambda a: validate_account(a, bik)) == []
    assert surviving_changes(make_corr_account(bik),
                             lambda a: validate_corr_account(a, bik)) == []
    # another bank in the same region; settlement centres (…000-…002) are keyed differently
    other_banks = [b for i, b in single_digit_changes(bik) if i >= 6 and b[-3:] > "002"]
    assert all(validate_account(account, b) is not None for b in other_banks)


def test_mod11_weakness_is_real() -> None:
    """Why the properties above allow an exception: these two INNs differ in one digit and
    both pass the official check (remainders 10 and 0)."""
    assert validate_inn("3198259790") is None
    assert validate_inn("9198259790") is None

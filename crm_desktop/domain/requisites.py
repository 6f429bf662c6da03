"""Russian company requisites: format and check-digit rules, and generators of valid values.

Every ``validate_*`` returns ``None`` for a valid (or empty) value and otherwise a Russian
message that names the requisite and what is wrong. Whether a requisite is required is decided
by the field metadata (``client_fields``), not here. The ``make_*`` functions build valid
values from a ``random.Random`` for test and demo data.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_ACCOUNT_WEIGHTS = (7, 1, 3)
_KPP_RE = re.compile(r"\d{4}[\dA-Z]{2}\d{3}")
# Reason codes used by generated KPPs: 01 the organisation itself, 43 a branch, 50 a largest
# taxpayer.
_KPP_REASONS = ("01", "43", "50")
# First two digits of a Russian BIK ("country code" of the Bank of Russia directory).
_BIK_RUSSIA = "04"
# Bank of Russia settlement centres have BIKs ending in these digits; their accounts are keyed
# with "0" + BIK digits 5-6 instead of the last three BIK digits (Bank of Russia rules, 2-П).
_RKC_BIK_SUFFIXES = ("000", "001", "002")
_CORR_ACCOUNT_PREFIX = "301"


def _clean(value: str) -> str:
    """Strip the blanks people paste around codes; inner blanks stay and fail the digit test."""
    return value.strip()


def _is_digits(value: str, *lengths: int) -> bool:
    """ASCII digits only (str.isdecimal would also take Arabic or Devanagari digits)."""
    return value.isascii() and value.isdecimal() and len(value) in lengths


def _weighted_check(digits: str, weights: Sequence[int]) -> int:
    """Official INN rule: weighted sum mod 11, a remainder of 10 becomes 0."""
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10


def _inn10_check(first9: str) -> str:
    return str(_weighted_check(first9, _INN10_WEIGHTS))


def _inn12_checks(first10: str) -> str:
    c11 = str(_weighted_check(first10, _INN12_WEIGHTS_11))
    c12 = str(_weighted_check(first10 + c11, _INN12_WEIGHTS_12))
    return c11 + c12


def _ogrn_check(body: str) -> str:
    """OGRN: the first 12 digits as a number mod 11, then mod 10; OGRNIP: 14 digits mod 13."""
    modulus = 11 if len(body) == 12 else 13
    return str(int(body) % modulus % 10)


def _okpo_check(body: str) -> str:
    """OKPO (ОК 007): weights 1, 2, …, 10 repeating; on remainder 10 retry from weight 3;
    a second 10 gives 0."""
    for start in (1, 3):
        rest = sum(int(d) * ((start + i - 1) % 10 + 1) for i, d in enumerate(body)) % 11
        if rest < 10:
            return str(rest)
    return "0"


def _account_key_bik_part(bik: str, correspondent: bool) -> str:
    """Bank of Russia key: corr. accounts and accounts at settlement centres use
    "0" + BIK digits 5-6, accounts at credit institutions the last three BIK digits."""
    if correspondent or bik[-3:] in _RKC_BIK_SUFFIXES:
        return "0" + bik[4:6]
    return bik[-3:]


def _account_key_ok(bik: str, account: str, correspondent: bool) -> bool:
    key = _account_key_bik_part(bik, correspondent) + account
    return sum(int(d) * _ACCOUNT_WEIGHTS[i % 3] for i, d in enumerate(key)) % 10 == 0


def validate_inn(value: str) -> str | None:
    """INN of an organisation (10 digits) or of a person / sole trader (12 digits)."""
    inn = _clean(value)
    if not inn:
        return None
    if not _is_digits(inn, 10, 12):
        return "ИНН должен содержать 10 цифр (организация) или 12 (физическое лицо)"
    expected = _inn10_check(inn[:9]) if len(inn) == 10 else _inn12_checks(inn[:10])
    if inn[-len(expected):] != expected:
        return "Неверная контрольная цифра ИНН: проверьте, не пропущена и не переставлена ли цифра"
    return None


def validate_kpp(value: str) -> str | None:
    """KPP: 4 digits of the tax office, 2 digits or capital letters of the reason, 3 digits."""
    kpp = _clean(value)
    if not kpp:
        return None
    if len(kpp) != 9:
        return "КПП должен содержать 9 символов"
    if not _KPP_RE.fullmatch(kpp):
        return ("Неверный формат КПП: первые 4 и последние 3 символа — цифры, "
                "5-й и 6-й — цифры или заглавные латинские буквы")
    return None


def validate_ogrn(value: str) -> str | None:
    """OGRN of an organisation (13 digits) or OGRNIP of a sole trader (15 digits)."""
    ogrn = _clean(value)
    if not ogrn:
        return None
    if not _is_digits(ogrn, 13, 15):
        return "ОГРН должен содержать 13 цифр (организация) или 15 (ОГРНИП предпринимателя)"
    if ogrn[-1] != _ogrn_check(ogrn[:-1]):
        name = "ОГРН" if len(ogrn) == 13 else "ОГРНИП"
        return f"Неверная контрольная цифра {name}"
    return None


def validate_okpo(value: str) -> str | None:
    """OKPO: 8 digits for organisations, 10 for sole traders, last digit is the check digit."""
    okpo = _clean(value)
    if not okpo:
        return None
    if not _is_digits(okpo, 8, 10):
        return "Код ОКПО должен содержать 8 цифр (организация) или 10 (предприниматель)"
    if okpo[-1] != _okpo_check(okpo[:-1]):
        return "Неверная контрольная цифра кода ОКПО"
    return None


def validate_bik(value: str) -> str | None:
    """BIK: 9 digits; Russian banks start with 04."""
    bik = _clean(value)
    if not bik:
        return None
    if not _is_digits(bik, 9):
        return "БИК должен содержать 9 цифр"
    if not bik.startswith(_BIK_RUSSIA):
        return f"БИК российского банка начинается с {_BIK_RUSSIA}"
    return None


def _validate_account(value: str, bik: str, correspondent: bool) -> str | None:
    name = "Корреспондентский счёт" if correspondent else "Расчётный счёт"
    account = _clean(value)
    if not account:
        return None
    if not _is_digits(account, 20):
        return f"{name} должен содержать 20 цифр"
    if correspondent and not account.startswith(_CORR_ACCOUNT_PREFIX):
        return f"{name} должен начинаться с {_CORR_ACCOUNT_PREFIX}"
    bik = _clean(bik)
    if not bik or validate_bik(bik) is not None:
        return f"{name} проверяется вместе с БИК: укажите правильный БИК банка"
    # a bank's correspondent account also ends with the last three digits of its BIK
    tail_ok = not correspondent or account[-3:] == bik[-3:]
    if not (tail_ok and _account_key_ok(bik, account, correspondent)):
        return f"{name} не соответствует БИК {bik}: проверьте номер счёта и БИК"
    return None


def validate_account(value: str, bik: str) -> str | None:
    """Settlement account: 20 digits whose control key (weights 7, 1, 3) agrees with the BIK."""
    return _validate_account(value, bik, correspondent=False)


def validate_corr_account(value: str, bik: str) -> str | None:
    """Correspondent account: 20 digits starting 301, keyed with "0" + BIK digits 5-6 and
    ending with the last three BIK digits."""
    return _validate_account(value, bik, correspondent=True)


def _random_digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _region(rng: random.Random) -> str:
    """Two-digit region code 01-99 (00 is not a region)."""
    return f"{rng.randint(1, 99):02d}"


def make_inn10(rng: random.Random) -> str:
    """Valid organisation INN: region, tax office, serial number, check digit."""
    body = _region(rng) + _random_digits(rng, 7)
    return body + _inn10_check(body)


def make_inn12(rng: random.Random) -> str:
    """Valid INN of a person: region, tax office, serial number, two check digits."""
    body = _region(rng) + _random_digits(rng, 8)
    return body + _inn12_checks(body)


def make_ogrn(rng: random.Random) -> str:
    """Valid OGRN: sign 1 or 5, year, region, serial number, check digit."""
    body = rng.choice("15") + f"{rng.randint(2, 25):02d}" + _region(rng) + _random_digits(rng, 7)
    return body + _ogrn_check(body)


def make_ogrnip(rng: random.Random) -> str:
    """Valid OGRNIP: sign 3, year, region, serial number, check digit."""
    body = "3" + f"{rng.randint(4, 25):02d}" + _region(rng) + _random_digits(rng, 9)
    return body + _ogrn_check(body)


def make_okpo(rng: random.Random) -> str:
    """Valid 8-digit OKPO of an organisation."""
    body = _random_digits(rng, 7)
    return body + _okpo_check(body)


def make_kpp(rng: random.Random, inn: str) -> str:
    """KPP matching the tax office of ``inn`` (its first 4 digits) with a common reason code."""
    return inn[:4] + rng.choice(_KPP_REASONS) + f"{rng.randint(1, 20):03d}"


def make_bik(rng: random.Random) -> str:
    """BIK of a Russian credit institution: 04, region, division, bank number 050-999."""
    return _BIK_RUSSIA + _region(rng) + _random_digits(rng, 2) + f"{rng.randint(50, 999):03d}"


def _complete_account(head: str, tail: str, bik: str, correspondent: bool) -> str:
    """Choose the control digit (position 9) so that the Bank of Russia key holds."""
    for check in "0123456789":
        account = head + check + tail
        if _account_key_ok(bik, account, correspondent):
            return account
    raise AssertionError("weight 3 at the control position always yields a digit")


def make_account(rng: random.Random, bik: str) -> str:
    """Valid rouble settlement account of a company (40702 810) at the bank ``bik``."""
    return _complete_account("40702810", _random_digits(rng, 11), bik, correspondent=False)


def make_corr_account(bik: str) -> str:
    """Correspondent account of the bank ``bik``: 30101 810, check digit, zeros, BIK tail."""
    return _complete_account("30101810", "00000000" + bik[-3:], bik, correspondent=True)

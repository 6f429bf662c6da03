"""A person's full name in the genitive case, for messages such as «Новая задача от Сидорова
Алексея Михайловича» (the nominative «от Сидоров Алексей Михайлович» reads as an error).

pymorphy3 knows Russian first names, patronymics and most surnames and gives the gender; a
surname it does not know (users are sometimes entered as «Менеджеров Михаил») is declined by
the rules of Russian surnames: -ов/-ин and -ский take the adjective endings, -ых/-ко do not
change."""
from __future__ import annotations

from functools import lru_cache

import pymorphy3

SURNAME, NAME, PATRONYMIC = "Surn", "Name", "Patr"
MASC, FEMN = "masc", "femn"

# surname endings by the rules of Russian grammar: (nominative, genitive)
_SURNAME_RULES = {
    MASC: (("ский", "ского"), ("цкий", "цкого"), ("ий", "его"), ("ый", "ого"), ("ой", "ого"),
           ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына")),
    FEMN: (("ская", "ской"), ("цкая", "цкой"), ("ая", "ой"), ("яя", "ей"),
           ("ова", "овой"), ("ева", "евой"), ("ёва", "ёвой"), ("ина", "иной"), ("ына", "ыной")),
}
_PATRONYMIC_RULES = {MASC: (("ич", "ича"),), FEMN: (("на", "ны"),)}
_VOWELS = "аеёиоуыэюя"


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    """Loading the dictionaries takes a moment and megabytes: once per process."""
    return pymorphy3.MorphAnalyzer()


def _parses(word: str, role: str) -> list[pymorphy3.analyzer.Parse]:
    return [p for p in _morph().parse(word) if role in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"]


def _is_patronymic(word: str) -> bool:
    return bool(_parses(word, PATRONYMIC)) or word.lower().endswith(("вич", "вна", "ична", "ьич"))


def _roles(words: list[str]) -> list[str]:
    """Which word is what: patronymics are recognised; of the rest, the word that can only be a
    first name is the first name, else the second one (our order: surname, name, patronymic)."""
    roles = [PATRONYMIC if i > 0 and _is_patronymic(w) else "" for i, w in enumerate(words)]
    rest = [i for i, role in enumerate(roles) if not role]
    only_names = [i for i in rest if _parses(words[i], NAME) and not _parses(words[i], SURNAME)]
    name = only_names[0] if only_names else (rest[1] if len(rest) > 1 else None)
    return [role or (NAME if i == name else SURNAME) for i, role in enumerate(roles)]


def gender(full_name: str) -> str:
    """MASC or FEMN: by the patronymic, else the first name, else the surname's ending."""
    words = full_name.split()
    roles = _roles(words)
    for wanted in (PATRONYMIC, NAME):
        for word, role in zip(words, roles):
            if role == wanted:
                found = {p.tag.gender for p in _parses(word, role)} & {MASC, FEMN}
                if len(found) == 1:
                    return found.pop()
                if role == PATRONYMIC:
                    return FEMN if word.lower().endswith("на") else MASC
    surname = next((w for w, r in zip(words, roles) if r == SURNAME), "").lower()
    return FEMN if surname.endswith(("ова", "ева", "ёва", "ина", "ына", "ая")) else MASC


def _by_rules(word: str, role: str, sex: str) -> str:
    lower = word.lower()
    rules = _PATRONYMIC_RULES if role == PATRONYMIC else _SURNAME_RULES
    for ending, replacement in rules[sex]:
        if lower.endswith(ending):
            return lower[:-len(ending)] + replacement
    if role == SURNAME and sex == MASC and lower[-1:].isalpha() and lower[-1] not in _VOWELS + "йь" \
            and not lower.endswith(("их", "ых")):
        return lower + "а"          # Шмидт → Шмидта; Белых, Шевченко, Дюма do not change
    return lower


def _declined(word: str, role: str, sex: str) -> str:
    for kind in (role, "NOUN") if role == NAME else (role,):
        # an unknown first name is declined as any noun of its gender («Админ» → «Админа»)
        for parse in _parses(word, kind):
            fits = parse.tag.gender == sex or "ms-f" in parse.tag      # Саша, Женя: either gender
            if fits and (form := parse.inflect({"gent"})) is not None:
                return form.word
    if role == NAME:
        return word.lower()
    return _by_rules(word, role, sex)


def _cased(declined: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return declined.upper()
    return declined.capitalize() if original[:1].isupper() else declined


def genitive(full_name: str) -> str:
    """«Сидоров Алексей Михайлович» → «Сидорова Алексея Михайловича», «Петрова Анна» →
    «Петровой Анны»; each part of a double surname is declined («Римского-Корсакова»)."""
    words = full_name.split()
    if not words:
        return ""
    sex, roles = gender(full_name), _roles(words)
    return " ".join("-".join(_cased(_declined(part, role, sex), part) for part in word.split("-"))
                    for word, role in zip(words, roles))

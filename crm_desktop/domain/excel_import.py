"""Rows of a client list imported from Microsoft Excel (manual: "Импорт данных из Microsoft
Excel"; ADM-7): the columns A–N in the manual's order, what a cell of each may hold, the header
row that names them, and the check of one row — each problem one Russian sentence naming the
column, so a bad row is shown with its reason and never stops the others.

Step 2 of the manual («Автообработка») is `autocorrect`: spaces collapsed, phones in the
national form, e-mails in their stored form, the contact's full name split into surname, first
name and patronymic by pymorphy3 (domain/name_cases.py) and written capitalised."""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import lru_cache

from crm_desktop.domain import name_cases
from crm_desktop.domain.client_names import person_name
from crm_desktop.domain.contacts import InvalidEmail, InvalidPhone, normalize_email, parse_email, parse_phone


@dataclass(frozen=True)
class Column:
    """One column of the layout: its letter, the manual's title, other titles a header may use,
    the longest text the database keeps, and whether a number typed in Excel is a fair value."""
    letter: str
    key: str
    title: str
    limit: int | None
    numbers: bool = True
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("A", "full_name", "Полное наименование", 500),
    Column("B", "name", "Короткое наименование", 250, aliases=("Наименование", "Краткое наименование")),
    Column("C", "region", "Регион", 100, numbers=False),
    Column("D", "city", "Город", 100, numbers=False, aliases=("Населённый пункт",)),
    Column("E", "district", "Район", 100, numbers=False),
    Column("F", "postcode", "Почтовый индекс", 6, aliases=("Индекс",)),
    Column("G", "address", "Адрес", 300),
    Column("H", "phone", "Телефон", 40),
    Column("I", "fax", "Факс", 40),
    Column("J", "email", "E-mail общий", 120, numbers=False, aliases=("E-mail", "Email", "Электронная почта")),
    Column("K", "website", "Web site", 200, numbers=False, aliases=("Сайт", "Веб-сайт", "Website")),
    Column("L", "notes", "Примечание", None, aliases=("Примечания", "Заметки")),
    Column("M", "contact", "ФИО контактного лица", 150, numbers=False, aliases=("Контактное лицо",)),
    Column("N", "contact_email", "E-mail контактного лица", 120, numbers=False),
)
WIDTH = len(COLUMNS)
INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
PERSON_PART_LIMIT = 60          # CONTACTS.SURNAME, FIRST_NAME, PATRONYMIC
PHONE_KEY_DIGITS = 10           # a Russian number's national digits

_TYPE_NAMES = ((bool, "флажок (ИСТИНА/ЛОЖЬ)"), (datetime, "дата и время"), (date, "дата"), (time, "время"),
               (int, "число"), (float, "число"))


def _key(title: str) -> str:
    """A title as compared: letters and digits only, lower case, ё as е."""
    return "".join(ch for ch in title.lower().replace("ё", "е") if ch.isalnum())


_TITLES = [{_key(t) for t in (c.title, *c.aliases)} for c in COLUMNS]


# -- cells -----------------------------------------------------------------------------------

def cell_text(value: object) -> str:
    """A cell as text: whole numbers without «.0» (a phone or postcode typed as a number), dates
    as ДД.ММ.ГГГГ, flags as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ИСТИНА" if value else "ЛОЖЬ"
    if isinstance(value, float):
        return str(int(value)) if math.isfinite(value) and value.is_integer() and abs(value) < 1e18 else str(value)
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M") if value.time() != time() else value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _type_name(value: object) -> str | None:
    return next((name for kind, name in _TYPE_NAMES if isinstance(value, kind)), None)


@dataclass(frozen=True)
class SourceRow:
    """One row of the sheet: its number in Excel, the 14 cells as text, and the cells whose Excel
    type does not suit their column (column index → what was there: «дата», «число» …). A cell
    the user edits in the table loses its mark."""
    number: int
    cells: tuple[str, ...]
    wrong_types: tuple[tuple[int, str], ...] = ()

    def with_cell(self, index: int, text: str) -> SourceRow:
        cells = list(self.cells)
        cells[index] = text
        return SourceRow(self.number, tuple(cells), tuple((i, t) for i, t in self.wrong_types if i != index))


def source_row(number: int, values: Sequence[object]) -> SourceRow:
    """A sheet row (openpyxl values, any length) as a SourceRow; cells beyond N are not read."""
    values = list(values[:WIDTH]) + [None] * (WIDTH - min(len(values), WIDTH))
    wrong = []
    for i, (column, value) in enumerate(zip(COLUMNS, values)):
        name = _type_name(value)
        if name is None or column.key == "notes":
            continue
        if isinstance(value, (bool, date, time)) or not column.numbers:
            wrong.append((i, name))
    return SourceRow(number, tuple(cell_text(v) for v in values), tuple(wrong))


def is_blank(values: Sequence[object]) -> bool:
    return all(cell_text(v).strip() == "" for v in values)


def header_problem(values: Sequence[object]) -> str | None:
    """None when the first row names the columns A–N as the manual does (any case, other
    spacing or punctuation, the usual other names); else the one sentence that says what the
    file must look like and where it differs."""
    cells = [cell_text(v).strip() for v in values]
    extra = [i for i, text in enumerate(cells) if text and i >= WIDTH]
    expected = ", ".join(f"{c.letter} «{c.title}»" for c in COLUMNS)
    head = ("Файл не похож на список клиентов для импорта: в первой строке должны быть заголовки колонок "
            f"{expected}")
    if not any(cells):
        return head + ", а первая строка пуста."
    for i, column in enumerate(COLUMNS):
        text = cells[i] if i < len(cells) else ""
        if _key(text) not in _TITLES[i]:
            found = f"«{text}»" if text else "пусто"
            return head + f", а в колонке {column.letter} — {found}."
    if extra:
        letter = _letter(extra[0])
        return head + f", а в файле есть и колонка {letter} «{cells[extra[0]]}»."
    return None


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- names -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonName:
    surname: str
    first_name: str
    patronymic: str


_PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "ьич", "инична")


@lru_cache(maxsize=4096)
def split_person(full_name: str, auto: bool = True) -> PersonName:
    """«Гришина Оксана Викторовна» → surname, first name, patronymic. With `auto` the words are
    recognised by pymorphy3 (so «Оксана Викторовна Гришина» splits as well); without it they are
    taken in the order surname, first name, patronymic. Words past the third stay with the
    surname (double names written apart)."""
    words = full_name.split()
    if not words:
        return PersonName("", "", "")
    if not auto or (len(words) == 3 and words[2].lower().endswith(_PATRONYMIC_ENDINGS)):
        # the usual order, the patronymic known by its ending: no dictionary needed (pymorphy3
        # takes a few milliseconds a word, a minute for a list of ten thousand)
        surname = " ".join([words[0], *words[3:]])
        return PersonName(surname, words[1] if len(words) > 1 else "", words[2] if len(words) > 2 else "")
    parts: dict[str, list[str]] = {name_cases.SURNAME: [], name_cases.NAME: [], name_cases.PATRONYMIC: []}
    # the same recognition as the genitive's (name_cases); a public name for it is the lead's call
    for word, role in zip(words, name_cases._roles(words)):  # noqa: SLF001
        parts[role].append(word)
    return PersonName(*(" ".join(parts[r]) for r in (name_cases.SURNAME, name_cases.NAME, name_cases.PATRONYMIC)))


def _capitalised(word: str) -> str:
    """«гришина-петрова» → «Гришина-Петрова»; a word written in mixed case is left as typed."""
    if word.islower() or word.isupper():
        return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    return word


# -- the check of a row ----------------------------------------------------------------------

@dataclass(frozen=True)
class Draft:
    """A row as it will be stored: the client's texts by column key (empty ones left out), the
    phones in national form, the contact person split."""
    values: dict[str, str]
    contact: PersonName | None
    # the last ten digits of each phone (a Russian number's national ones: what
    # contacts.phone_search_key gives), for the search of duplicates by IX_PHONE_INDEX_DIGITS
    phone_keys: tuple[str, ...] = ()

    def get(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass(frozen=True)
class Checked:
    row: SourceRow
    draft: Draft | None
    errors: tuple[str, ...] = ()
    duplicate: str | None = None      # «совпадает с клиентом …», found against the database

    @property
    def ok(self) -> bool:
        return not self.errors


def _label(index: int) -> str:
    column = COLUMNS[index]
    return f"Колонка {column.letter} «{column.title}»"


# control characters (but tab and line breaks) and lone surrogates: the database keeps neither
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _bad_character(text: str) -> str | None:
    found = _BAD_CHARACTER.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def _clean(row: SourceRow, errors: list[str]) -> dict[str, str]:
    """The cells trimmed (spaces collapsed, line breaks kept only in the notes), with a reason
    for a wrong type, a character the database cannot keep or a text too long."""
    wrong = dict(row.wrong_types)
    values = {}
    for i, column in enumerate(COLUMNS):
        raw = row.cells[i] if i < len(row.cells) else ""
        if i in wrong:
            errors.append(f"{_label(i)}: в ячейке {wrong[i]}, а нужен текст «{raw}»"[:300])
            continue
        bad = _bad_character(raw)
        if bad:
            errors.append(f"{_label(i)}: недопустимый символ {bad}")
            continue
        text = "\n".join(" ".join(line.split()) for line in raw.strip().splitlines()).strip() \
            if column.key == "notes" else " ".join(raw.split())
        if column.limit is not None and len(text) > column.limit:
            errors.append(f"{_label(i)}: не больше {column.limit} символов, а в ячейке {len(text)}")
            continue
        if text:
            values[column.key] = text
    return values


def _normalised(values: dict[str, str], errors: list[str]) -> list[str]:
    """Phones in national form and e-mails in the stored form, in place; a bad one is an error.
    Returns the phones' keys (Draft.phone_keys)."""
    keys = []
    for key in ("phone", "fax"):
        if key in values:
            try:
                phone = parse_phone(values[key], label=_label(INDEX[key]))
            except InvalidPhone as exc:
                errors.append(str(exc))
                continue
            values[key] = phone.display
            keys.append(phone.e164[-PHONE_KEY_DIGITS:])
    for key in ("email", "contact_email"):
        if key in values:
            try:
                parse_email(values[key], label=_label(INDEX[key]))
                values[key] = normalize_email(values[key])
            except InvalidEmail as exc:
                errors.append(str(exc))
    if "postcode" in values:
        postcode = values["postcode"]
        if not (len(postcode) == 6 and postcode.isascii() and postcode.isdigit()):
            errors.append(f"{_label(INDEX['postcode'])}: нужно 6 цифр, а в ячейке «{postcode}»")
    return keys


def check_row(row: SourceRow, split_names: bool = True) -> Checked:
    """The row as a Draft, or every reason it cannot be imported; never raises."""
    errors: list[str] = []
    values = _clean(row, errors)
    if "name" not in values and "full_name" not in values and not any(
            e.startswith((_label(0), _label(1))) for e in errors):
        errors.append("Не заполнено наименование клиента (колонки A и B)")
    values.setdefault("name", values.get("full_name", "")[:COLUMNS[INDEX["name"]].limit or 0])
    phone_keys = _normalised(values, errors)
    contact = None
    if "contact" in values:
        contact = split_person(values["contact"], split_names)
        for part, title in ((contact.surname, "фамилия"), (contact.first_name, "имя"), (contact.patronymic, "отчество")):
            if len(part) > PERSON_PART_LIMIT:
                errors.append(f"{_label(INDEX['contact'])}: {title} длиннее {PERSON_PART_LIMIT} символов")
    elif "contact_email" in values:
        errors.append(f"{_label(INDEX['contact_email'])}: адрес есть, а ФИО контактного лица (колонка M) не заполнено")
    if errors:
        return Checked(row, None, tuple(errors))
    return Checked(row, Draft(values, contact, tuple(phone_keys)))


def check_rows(rows: Iterable[SourceRow], split_names: bool = True) -> list[Checked]:
    return [check_row(row, split_names) for row in rows]


@dataclass(frozen=True)
class AutoOptions:
    """Step 2's check boxes: split and capitalise the contact's full name; add to the notes
    where the client came from (`source`: «файла clients.xlsx 07.12.2026»)."""
    names: bool = True
    note: bool = True
    source: str = ""


def import_note(source: str) -> str:
    return f"Импортирован из {source}" if source else "Импортирован из Microsoft Excel"


def autocorrect(row: SourceRow, options: AutoOptions = AutoOptions()) -> SourceRow:
    """Step 2 on one row: what `check_row` would store, written back into the cells so the user
    sees and may edit it; a cell it cannot correct is left as it was."""
    errors: list[str] = []
    values = _clean(row, errors)
    fixed = {k: v for k, v in values.items() if k not in ("phone", "fax", "email", "contact_email", "postcode")}
    for key in ("phone", "fax", "email", "contact_email", "postcode"):
        if key in values:
            probe = {key: values[key]}
            problems: list[str] = []
            _normalised(probe, problems)
            fixed[key] = values[key] if problems else probe[key]
    if options.names and "contact" in fixed:
        person = split_person(fixed["contact"])
        fixed["contact"] = person_name(*(" ".join(_capitalised(w) for w in part.split())
                                         for part in (person.surname, person.first_name, person.patronymic)))
    if options.note:
        note = import_note(options.source)
        if note not in fixed.get("notes", ""):
            fixed["notes"] = "\n".join(p for p in (fixed.get("notes", ""), note) if p)
    cells = list(row.cells)
    for key, text in fixed.items():
        cells[INDEX[key]] = text
    return replace(row, cells=tuple(cells))


# -- duplicates and places -------------------------------------------------------------------

def name_key(name: str) -> str:
    """A name as the database's UNICODE_CI_AI collation compares it: case and accents (ё, й)
    ignored, spaces collapsed."""
    decomposed = unicodedata.normalize("NFD", " ".join(name.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass
class Places:
    """Regions and settlements of the dictionaries, found by the texts of columns C and D:
    «Хакасия Респ.» finds «Республика Хакасия», «г. Абакан» finds «Абакан»."""
    regions: dict[str, int] = field(default_factory=dict)          # region key → id
    cities: dict[tuple[int, str], int] = field(default_factory=dict)  # (region id, city key) → id
    city_regions: dict[str, set[int]] = field(default_factory=dict)   # city key → region ids

    @classmethod
    def of(cls, regions: Iterable[tuple[int, str]], cities: Iterable[tuple[int, int, str]]) -> Places:
        places = cls()
        for region_id, name in regions:
            places.regions.setdefault(region_key(name), region_id)
        for city_id, region_id, name in cities:
            key = city_key(name)
            places.cities.setdefault((region_id, key), city_id)
            places.city_regions.setdefault(key, set()).add(region_id)
        return places

    def find(self, region: str, city: str) -> tuple[int | None, int | None]:
        """(region id, city id) of the texts; a city without a region is found when the
        dictionary has one settlement of that name; what is not found is None."""
        region_id = self.regions.get(region_key(region)) if region.strip() else None
        key = city_key(city)
        if not key:
            return region_id, None
        if region_id is None:
            candidates = self.city_regions.get(key, set())
            if len(candidates) != 1 or region.strip():
                return region_id, None
            region_id = next(iter(candidates))
        return region_id, self.cities.get((region_id, key))


_REGION_WORDS = {"респ", "республика", "обл", "область", "край", "ао", "аобл", "автономный", "автономная",
                 "округ", "г", "город"}
_CITY_WORDS = {"г", "город", "пгт", "п", "пос", "поселок", "с", "село", "д", "деревня", "ст", "станица", "рп"}


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() or ch == "-" else " " for ch in name_key(text)).split()


def region_key(name: str) -> str:
    return " ".join(sorted(w for w in _words(name) if w not in _REGION_WORDS))


def city_key(name: str) -> str:
    words = _words(name)
    while len(words) > 1 and words[0] in _CITY_WORDS:
        words = words[1:]
    return " ".join(words)

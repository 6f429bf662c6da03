"""«Администрирование – Импорт из MS Excel» (manual: "Импорт данных из Microsoft Excel"; ADM-7),
administrators only, in the manual's three steps:

1. `load` reads the first sheet of an .xlsx (openpyxl, read-only) into rows of the A–N layout;
   a file that is not one (damaged, another format, no header row naming the columns, no
   clients) gives one sentence and no rows;
2. `prepare` («Автообработка», optional) corrects what it can (domain.excel_import.autocorrect),
   checks every row and marks the rows that repeat an existing client or an earlier row;
3. `run` checks again, and in ONE transaction inserts the clients with the status, priority and
   curator chosen: rows with errors refuse the whole import unless the user ticked «Пропустить
   строки с ошибками», duplicates are left out unless asked for, and a failure or a cancel
   (the progress callback raising) before the commit leaves nothing.

Imported clients are ordinary ones: not private, curated by an active user, so who sees and
edits them follows the usual rules (data/scope.py)."""
from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.data import dictionaries
from crm_desktop.data import excel_import as data
from crm_desktop.data.reassign import usable
from crm_desktop.domain.contacts import reversed_digits
from crm_desktop.domain.excel_import import (PHONE_KEY_DIGITS, WIDTH, AutoOptions, Checked, Places, SourceRow,
                                             autocorrect, check_row, header_problem, is_blank, name_key,
                                             source_row)
from crm_desktop.services.session import AccessDenied, Session

REFUSAL = "Импорт из MS Excel доступен только администратору."
MAX_ROWS = 100_000
Progress = Callable[[int, int, str], Any]
_COMPANY = 1                    # CLIENTS.CLIENT_KIND of an organisation


def _require_admin(session: Session) -> None:
    if not session.rights.is_admin:
        raise AccessDenied(REFUSAL)


def _tick(progress: Progress | None, done: int, total: int, text: str) -> None:
    if progress is not None:
        progress(done, total, text)


# -- step 1: the file ------------------------------------------------------------------------

@dataclass(frozen=True)
class Loaded:
    rows: list[SourceRow]
    source: str                 # «файла clients.xlsx 07.12.2026», for the note of step 2


# what a damaged package or sheet makes openpyxl (zipfile, its XML parser) raise
_DAMAGED = (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, EOFError, OSError, AttributeError,
            SyntaxError)


def _unreadable(path: Path) -> ValueError:
    return ValueError(f"Файл «{path.name}» не удалось прочитать как книгу Excel (.xlsx): он повреждён "
                      "или это файл другого формата.")


def _open_sheet(path: Path) -> Any:
    import openpyxl        # a moment to import: only when a file is read
    from openpyxl.utils.exceptions import InvalidFileException

    if path.suffix.lower() == ".xls":
        raise ValueError("Файлы .xls (Excel 97–2003) не читаются: откройте файл в Excel или LibreOffice "
                         "и сохраните его как «Книга Excel (.xlsx)».")
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ValueError(f"Файл «{path.name}» не открывается: {exc.strerror or exc}.") from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValueError(f"Файл «{path.name}» — книга Excel 97–2003 (.xls), она не читается: сохраните её "
                         "в Excel или LibreOffice как «Книга Excel (.xlsx)».")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, *_DAMAGED) as exc:
        raise _unreadable(path) from exc
    if not book.worksheets:
        book.close()
        raise ValueError(f"В файле «{path.name}» нет ни одного листа.")
    return book


def load(path: str | Path, progress: Progress | None = None) -> Loaded:
    """Step 1: the rows of the file's first sheet, below its header row; blank rows skipped."""
    path = Path(path)
    book = _open_sheet(path)
    rows: list[SourceRow] = []
    header: tuple[Any, ...] | None = None
    problem = None
    try:
        sheet = book.worksheets[0]
        total = sheet.max_row or 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if header is None:
                if is_blank(values):
                    continue        # blank lines above the header
                problem = header_problem(values)
                if problem:
                    break
                header = values
                continue
            if not is_blank(values[:WIDTH]):
                if len(rows) == MAX_ROWS:
                    problem = (f"В файле больше {MAX_ROWS:,} клиентов".replace(",", " ")
                               + ": разделите его на части и импортируйте их по очереди.")
                    break
                rows.append(source_row(number, values))
            if number % 500 == 0:
                _tick(progress, number, total, f"Прочитано строк: {number}")
    except _DAMAGED as exc:
        raise _unreadable(path) from exc
    finally:
        book.close()
    if problem:
        raise ValueError(problem)
    if header is None:
        raise ValueError(f"В файле «{path.name}» нет данных: первый лист пуст.")
    if not rows:
        raise ValueError(f"В файле «{path.name}» только строка заголовков: клиентов для импорта нет.")
    return Loaded(rows, f"файла {path.name} {date.today():%d.%m.%Y}")


# -- step 2: autocorrection, checks and duplicates -------------------------------------------

def _mark_duplicates(conn: Any, checked: list[Checked]) -> list[Checked]:
    """Each good row that repeats an existing client the user sees (same name as the database
    compares names, or a phone with the same last ten digits) or an earlier row of the file."""
    drafts = [(i, c.draft) for i, c in enumerate(checked) if c.draft is not None]
    by_name = {name_key(stored): client for stored, client in data.clients_named(conn, [d.get("name") for _, d in drafts])}
    phone_keys = {i: [k for k in d.phone_keys if len(k) == PHONE_KEY_DIGITS] for i, d in drafts}
    by_phone = dict(data.clients_by_phone(conn, [k for keys in phone_keys.values() for k in keys]))
    seen_name: dict[str, int] = {}
    seen_phone: dict[str, int] = {}
    result = list(checked)
    for i, draft in drafts:
        number = checked[i].row.number
        key = name_key(draft.get("name"))
        keys = phone_keys[i]
        reason = None
        if key in by_name:
            found = by_name[key]
            reason = f"Такой клиент уже есть: код {found.code}, «{found.name}» (то же наименование)"
        elif (hit := next((by_phone[k] for k in keys if k in by_phone), None)) is not None:
            reason = f"Такой клиент уже есть: код {hit.code}, «{hit.name}» (тот же телефон)"
        elif key in seen_name:
            reason = f"Повторяет строку {seen_name[key]} файла (то же наименование)"
        elif (row := next((seen_phone[k] for k in keys if k in seen_phone), None)) is not None:
            reason = f"Повторяет строку {row} файла (тот же телефон)"
        seen_name.setdefault(key, number)
        for k in keys:
            seen_phone.setdefault(k, number)
        if reason:
            result[i] = replace(checked[i], duplicate=reason)
    return result


def _checked(rows: Sequence[SourceRow], split_names: bool, progress: Progress | None) -> list[Checked]:
    result = []
    for n, row in enumerate(rows, start=1):
        result.append(check_row(row, split_names))
        if n % 500 == 0:
            _tick(progress, n, len(rows), f"Проверено строк: {n} из {len(rows)}")
    return result


def prepare(session: Session, rows: Sequence[SourceRow], auto: AutoOptions | None = None,
            progress: Progress | None = None) -> list[Checked]:
    """Step 2 with `auto` (the rows corrected first), or a check of the rows as they are: each
    row's reasons and the duplicates found."""
    _require_admin(session)
    if auto is not None:
        corrected = []
        for n, row in enumerate(rows, start=1):
            corrected.append(autocorrect(row, auto))
            if n % 500 == 0:
                _tick(progress, n, len(rows), f"Обработано строк: {n} из {len(rows)}")
        rows = corrected
    checked = _checked(rows, auto is None or auto.names, progress)
    with session.db.read() as conn:
        return _mark_duplicates(conn, checked)


# -- step 3: the import ----------------------------------------------------------------------

@dataclass(frozen=True)
class Choices:
    """What step 3 offers: (id, name) of statuses, priorities and possible curators."""
    statuses: list[tuple[int, str]]
    priorities: list[tuple[int, str]]
    curators: list[tuple[int, str]]


def choices(session: Session) -> Choices:
    _require_admin(session)
    with session.db.read() as conn:
        return Choices([(i.id, i.name) for i in dictionaries.items(conn, "client_statuses")],
                       [(i.id, i.name) for i in dictionaries.items(conn, "priorities")],
                       data.working_users(conn))


@dataclass(frozen=True)
class Settings:
    """Step 3: status, priority and curator of every imported client; whether rows with errors
    are skipped (else they refuse the import) and duplicates imported (else skipped); how the
    contact's full name is split (step 2's «Автообработка ФИО»)."""
    status_id: int | None
    priority_id: int | None
    curator_id: int
    skip_errors: bool = False
    import_duplicates: bool = False
    split_names: bool = True


@dataclass(frozen=True)
class Result:
    imported: int
    skipped_errors: int
    skipped_duplicates: int
    codes: tuple[int, int] | None          # lowest and highest code given


def _plural(n: int, forms: tuple[str, str, str]) -> str:
    from crm_desktop.domain.amount_words import plural_form
    return f"{n} {plural_form(n, forms)}"


def _refuse_errors(bad: list[Checked]) -> ValueError:
    first = bad[0]
    return ValueError(f"Ошибки в {_plural(len(bad), ('строке', 'строках', 'строках'))} (первая — строка "
                      f"{first.row.number}: {first.errors[0]}). Исправьте их в таблице или отметьте "
                      "«Пропустить строки с ошибками».")


def _check_settings(conn: Any, settings: Settings) -> None:
    if not usable(conn, settings.curator_id):
        raise ValueError("Куратором может быть только работающий пользователь: выберите другого.")
    for value, name, what in ((settings.status_id, "client_statuses", "Статус"),
                              (settings.priority_id, "priorities", "Приоритет")):
        if value is not None and value not in {i.id for i in dictionaries.items(conn, name)}:
            raise ValueError(f"{what} не найден в справочнике: выберите его снова.")


def _new_rows(good: list[Checked], settings: Settings, places: Places, first_client: int, first_contact: int
              ) -> tuple[list[data.NewClient], list[data.NewContact], list[data.NewPhone], list[data.NewAddress]]:
    """The rows to insert; the general e-mail (J) and the contact person's (N) become subscribed
    mailing addresses, the contact's own under that person, so a mailing greets them by name."""
    new_clients, new_contacts, phones, addresses = [], [], [], []
    contact_id = first_contact
    for n, checked in enumerate(good):
        draft, client_id = checked.draft, first_client + n
        assert draft is not None
        region_id, city_id = places.find(draft.get("region"), draft.get("city"))
        text = {k: draft.get(k) or None for k in ("full_name", "city", "district", "postcode", "address", "phone",
                                                  "fax", "email", "website", "contact", "notes")}
        new_clients.append(data.NewClient(
            client_id, _COMPANY, draft.get("name"), text["full_name"], region_id, city_id, text["city"],
            text["district"], text["postcode"], text["address"], text["phone"], text["fax"], text["email"],
            text["website"], text["contact"], text["notes"], settings.curator_id, settings.status_id,
            settings.priority_id))
        phones += [data.NewPhone(client_id, None, digits) for k in ("phone", "fax")
                   if (digits := reversed_digits(draft.get(k)))]
        general, personal = text["email"], draft.get("contact_email") or None
        person_id = contact_id if draft.contact is not None else None
        if general and general != personal:
            addresses.append(data.NewAddress(client_id, general, None))
        if personal:
            addresses.append(data.NewAddress(client_id, personal, person_id))
        if draft.contact is not None:
            person = draft.contact
            new_contacts.append(data.NewContact(contact_id, client_id, person.surname or draft.get("contact")[:60],
                                                person.first_name or None, person.patronymic or None, personal, 1))
            contact_id += 1
    return new_clients, new_contacts, phones, addresses


def run(session: Session, rows: Sequence[SourceRow], settings: Settings, progress: Progress | None = None) -> Result:
    """Step 3: check the rows again and import them in one transaction (see the module's text).
    `progress` is called between batches; whatever it raises (a cancel) undoes the import."""
    _require_admin(session)
    checked = _checked(rows, settings.split_names, progress)
    bad = [c for c in checked if not c.ok]
    if bad and not settings.skip_errors:
        raise _refuse_errors(bad)
    with session.db.begin() as conn:
        _check_settings(conn, settings)
        checked = _mark_duplicates(conn, [c for c in checked if c.ok])
        good = [c for c in checked if settings.import_duplicates or c.duplicate is None]
        if not good:
            raise ValueError("Импортировать нечего: все строки с ошибками или повторяют уже имеющихся клиентов.")
        first_client, first_contact = data.reserve(conn, len(good), sum(c.draft is not None and c.draft.contact
                                                                        is not None for c in good))
        places = Places.of(*data.places(conn))
        new_clients, new_contacts, phones, addresses = _new_rows(good, settings, places, first_client, first_contact)
        total = len(new_clients)
        _tick(progress, 0, total, "Запись клиентов в базу данных")
        data.insert(conn, new_clients, new_contacts, phones, addresses,
                    lambda done: _tick(progress, done, total, f"Записано клиентов: {done} из {total}"))
        codes = data.codes(conn, first_client, first_client + total - 1)
    return Result(total, len(bad), len(checked) - len(good), codes)

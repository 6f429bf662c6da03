"""ADM-7 «Импорт из MS Excel» on a real Firebird: real .xlsx files written with openpyxl, the
import in one transaction, duplicates against existing clients, rows with errors and files
that are not a client list."""
from __future__ import annotations

import os
import time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, insert, select

from crm_desktop.data import dictionaries
from crm_desktop.data.schema import client_emails, client_stage_history, clients, contacts, phone_index
from crm_desktop.domain.contacts import reversed_digits
from crm_desktop.domain.excel_import import COLUMNS, AutoOptions
from crm_desktop.services import clients as client_service
from crm_desktop.services import excel_import
from crm_desktop.services.session import AccessDenied

HEADER = [c.title for c in COLUMNS]
ARSENAL = ['ООО "Арсенал-Сервис"', "Арсенал-Сервис", "Хакасия Респ.", "Абакан", "Московский", 600301,
           "ул. Т. Шевченко, 62а, офис 301", "(3902) 235-588", "(3902) 231-453", "info@grants.ru", "www.grants.ru",
           "Клиент Смирнова", "Гришина Оксана Викторовна", "oksana@grants.ru"]


def write_xlsx(path: Path, rows: list[list], header: list | None = HEADER) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Клиенты")
    if header is not None:
        sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def generated(n: int) -> list[list]:
    return [[f'ООО "Фирма {i}"', f"Фирма {i}", "Московская обл.", "Подольск", "", f"{142100 + i % 100}",
             f"ул. Ленина, {i}", f"8 (4967) {i // 10000 % 10}{i % 10000:04d}-0", "", f"office{i}@firma{i}.ru", "",
             "", f"Иванов{'а' if i % 2 else ''} {'Мария' if i % 2 else 'Пётр'} Сергеев{'на' if i % 2 else 'ич'}",
             f"boss{i}@firma{i}.ru"] for i in range(n)]


def count(db, table=clients) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def settings(db, users, **kw) -> excel_import.Settings:
    with db.read() as conn:
        status = dictionaries.items(conn, "client_statuses")[0].id
        priority = dictionaries.items(conn, "priorities")[1].id
    return excel_import.Settings(status, priority, kw.pop("curator", users["manager"]), **kw)


def test_the_manuals_example_lands_as_a_client_with_its_contact(db, users, session_of, tmp_path) -> None:
    admin = session_of("admin")
    loaded = excel_import.load(write_xlsx(tmp_path / "a.xlsx", [ARSENAL]))
    assert loaded.source.startswith("файла a.xlsx ")
    prepared = excel_import.prepare(admin, loaded.rows, AutoOptions(source=loaded.source))
    assert [c.errors for c in prepared] == [()] and prepared[0].duplicate is None
    result = excel_import.run(admin, [c.row for c in prepared], settings(db, users))
    assert result.imported == 1 and result.skipped_errors == result.skipped_duplicates == 0
    with db.read() as conn:
        row = conn.execute(select(clients).where(clients.c.name == "Арсенал-Сервис")).mappings().one()
        person = conn.execute(select(contacts).where(contacts.c.client_id == row["id"])).mappings().one()
        stages = conn.execute(select(func.count()).select_from(client_stage_history)).scalar_one()
        digits = {r[0] for r in conn.execute(select(phone_index.c.digits_rev).where(phone_index.c.client_id == row["id"]))}
    assert result.codes == (row["code"], row["code"])
    assert row["full_name"] == 'ООО "Арсенал-Сервис"' and row["city"] == "Абакан" and row["region_id"] is not None
    assert row["city_id"] is not None and row["postcode"] == "600301" and row["district"] == "Московский"
    assert row["phone"].startswith("8 (") and row["email"] == "info@grants.ru" and row["website"] == "www.grants.ru"
    assert row["notes"] == f"Клиент Смирнова\nИмпортирован из {loaded.source}"
    assert row["curator_id"] == users["manager"] and row["is_private"] == 0 and row["created_by"] == users["admin"]
    assert (person["surname"], person["first_name"], person["patronymic"]) == ("Гришина", "Оксана", "Викторовна")
    assert person["email"] == "oksana@grants.ru" and person["is_main"] == 1
    assert digits == {reversed_digits(row["phone"]), reversed_digits(row["fax"])} and stages == 0
    # an ordinary client: its curator opens the card, another manager per the access mode
    card = client_service.load_card(session_of("manager"), row["id"])
    assert card.values["status_id"] is not None and card.values["priority_id"] is not None
    # both e-mails are subscribed mailing addresses; the contact's under the contact person
    with db.read() as conn:
        mailing_rows = {(r[0], r[1], r[2]) for r in conn.execute(
            select(client_emails.c.email, client_emails.c.contact_person_id, client_emails.c.subscribed)
            .where(client_emails.c.client_id == row["id"]))}
    assert mailing_rows == {("info@grants.ru", None, 1), ("oksana@grants.ru", person["id"], 1)}


def test_ten_thousand_rows_in_one_transaction(db, users, session_of, tmp_path) -> None:
    path = write_xlsx(tmp_path / "big.xlsx", generated(10_000))
    admin = session_of("admin")
    started = time.perf_counter()
    loaded = excel_import.load(path)
    read = time.perf_counter()
    prepared = excel_import.prepare(admin, loaded.rows, AutoOptions(source=loaded.source))
    checked = time.perf_counter()
    steps = []
    result = excel_import.run(admin, [c.row for c in prepared], settings(db, users),
                              lambda done, total, text: steps.append((done, total)))
    ended = time.perf_counter()
    print(f"\n10 000 rows ({os.environ.get('CRM_TEST_SERVER') and 'server' or 'embedded'}): read "
          f"{read - started:.1f} s, step 2 {checked - read:.1f} s, step 3 {ended - checked:.1f} s")
    assert result.imported == 10_000 and count(db) == 10_000 and count(db, contacts) == 10_000
    assert steps[-1] == (10_000, 10_000)
    with db.read() as conn:
        codes = conn.execute(select(func.min(clients.c.code), func.max(clients.c.code))).one()
    assert tuple(codes) == result.codes and codes[1] - codes[0] == 9_999


def test_duplicates_are_found_and_left_out_unless_asked(db, users, session_of, tmp_path) -> None:
    with db.begin() as conn:
        old = conn.execute(insert(clients).values(name="Старый клиент", curator_id=users["manager"])
                           .returning(clients.c.id)).scalar_one()
        conn.execute(insert(phone_index).values(client_id=old, digits_rev=reversed_digits("+7 495 111-22-33")))
        conn.execute(insert(clients).values(name="арсенал-сервис", curator_id=users["manager"]))
    rows = [ARSENAL,
            ["", "Новый с тем же телефоном", "", "", "", "", "", "8 (495) 111-22-33", "", "", "", "", "", ""],
            ["", "Совсем новый", "", "", "", "", "", "", "", "", "", "", "", ""],
            ["", "Совсем Новый", "", "", "", "", "", "", "", "", "", "", "", ""]]
    admin = session_of("admin")
    loaded = excel_import.load(write_xlsx(tmp_path / "d.xlsx", rows))
    prepared = excel_import.prepare(admin, loaded.rows)
    duplicates = [c.duplicate for c in prepared]
    assert duplicates[0] and "то же наименование" in duplicates[0]
    assert duplicates[1] and "тот же телефон" in duplicates[1] and "Старый клиент" in duplicates[1]
    assert duplicates[2] is None and duplicates[3] == "Повторяет строку 4 файла (то же наименование)"
    result = excel_import.run(admin, loaded.rows, settings(db, users))
    assert (result.imported, result.skipped_duplicates) == (1, 3) and count(db) == 3
    result = excel_import.run(admin, loaded.rows, settings(db, users, import_duplicates=True))
    assert result.imported == 4 and count(db) == 7


def test_rows_with_errors_refuse_the_import_unless_skipped(db, users, session_of, tmp_path) -> None:
    rows = [ARSENAL,
            ["", "", "", "", "", "", "", "", "", "", "", "", "", ""] + ["x"],           # past N: not read
            ["", "Без телефона", "", "", "", "", "", "12", "", "", "", "", "", ""],
            ["", "Плохая почта", "", "", "", "", "", "", "", "a@b", "", "", "", ""]]
    admin = session_of("admin")
    loaded = excel_import.load(write_xlsx(tmp_path / "e.xlsx", rows, HEADER))
    prepared = excel_import.prepare(admin, loaded.rows)
    assert [bool(c.errors) for c in prepared] == [False, True, True]
    assert "Колонка H «Телефон»" in prepared[1].errors[0] and "Колонка J «E-mail общий»" in prepared[2].errors[0]
    with pytest.raises(ValueError, match="Ошибки в 2 строках .*строка 4.*Пропустить строки с ошибками"):
        excel_import.run(admin, loaded.rows, settings(db, users))
    assert count(db) == 0
    result = excel_import.run(admin, loaded.rows, settings(db, users, skip_errors=True))
    assert (result.imported, result.skipped_errors) == (1, 2) and count(db) == 1


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(os.urandom(5000)), "не удалось прочитать как книгу Excel"),
    (lambda p: write_xlsx(p, [ARSENAL], ["Name", "Phone", "City"]), "в колонке A — «Name»"),
    (lambda p: write_xlsx(p, [], None), "первый лист пуст"),
    (lambda p: write_xlsx(p, []), "только строка заголовков"),
    (lambda p: write_xlsx(p, [ARSENAL], [*HEADER, "Лишняя"]), "колонка O «Лишняя»"),
])
def test_a_file_that_is_not_a_client_list_imports_nothing(db, tmp_path, make, message) -> None:
    path = tmp_path / "bad.xlsx"
    make(path)
    with pytest.raises(ValueError, match=message):
        excel_import.load(path)
    assert count(db) == 0


def test_xls_is_refused_in_one_sentence(tmp_path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(500))
    with pytest.raises(ValueError, match=r"\.xls .*сохраните его как «Книга Excel \(\.xlsx\)»"):
        excel_import.load(path)
    disguised = tmp_path / "old.xlsx"
    disguised.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(500))
    with pytest.raises(ValueError, match="Excel 97–2003"):
        excel_import.load(disguised)


def test_a_failure_or_cancel_mid_insert_leaves_nothing(db, users, session_of, tmp_path) -> None:
    admin = session_of("admin")
    loaded = excel_import.load(write_xlsx(tmp_path / "f.xlsx", generated(1_200)))

    class Stop(Exception):
        pass

    def stop_after_first_batch(done: int, total: int, text: str) -> None:
        if done >= 500:
            raise Stop

    with pytest.raises(Stop):
        excel_import.run(admin, loaded.rows, settings(db, users), stop_after_first_batch)
    assert count(db) == 0 and count(db, contacts) == 0 and count(db, phone_index) == 0

    def cancel_at_the_end(done: int, total: int, text: str) -> None:
        if done == total == 1_200:
            raise Stop            # the last report comes before the commit
    with pytest.raises(Stop):
        excel_import.run(admin, loaded.rows, settings(db, users), cancel_at_the_end)
    assert count(db) == 0


def test_administrators_only_and_curator_must_work(db, users, session_of, tmp_path) -> None:
    loaded = excel_import.load(write_xlsx(tmp_path / "g.xlsx", [ARSENAL]))
    for who in ("supervisor", "manager"):
        session = session_of(who)
        for call in (lambda: excel_import.prepare(session, loaded.rows), lambda: excel_import.choices(session),
                     lambda: excel_import.run(session, loaded.rows, settings(db, users))):
            with pytest.raises(AccessDenied, match="только администратору"):
                call()
    admin = session_of("admin")
    from crm_desktop.data.schema import users as users_table
    with db.begin() as conn:
        conn.execute(users_table.update().where(users_table.c.id == users["manager2"]).values(is_dismissed=1))
    with pytest.raises(ValueError, match="работающий пользователь"):
        excel_import.run(admin, loaded.rows, settings(db, users, curator=users["manager2"]))
    assert count(db) == 0
    offered = excel_import.choices(admin)
    assert offered.statuses and offered.priorities and users["manager"] in dict(offered.curators)
    assert users["manager2"] not in dict(offered.curators)          # dismissed: not offered

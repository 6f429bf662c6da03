"""Issue 15's «done when», through the services: the administrator imports a customer list from
Excel for a manager; the manager selects the hundred clients, mails each a personalised HTML
letter through a real SMTP server, sets follow-up tasks spread over the afternoon and prints
their envelopes; the manager leaves, and the administrator hands the clients — a private one
too — to a colleague (manuals: «Импорт данных из Microsoft Excel», «Групповая обработка»,
«Персонифицированная рассылка E-Mail», «Печать почтовых конвертов», «Смена
куратора/специалиста»)."""
from __future__ import annotations

from datetime import datetime, timedelta

import openpyxl
from pypdf import PdfReader
from sqlalchemy import insert, select, update

from crm_desktop.data.company_admin import LegalEntity
from crm_desktop.data.schema import clients, tasks, user_permissions, users as users_table
from crm_desktop.domain.excel_import import COLUMNS, AutoOptions
from crm_desktop.services import (company_admin, dictionaries, envelopes, excel_import, group_processing, mailing,
                                  reassign, register)
from tests.db.mail_setup import smtp_server  # noqa: F401 - the fixture

AFTERNOON = datetime(2026, 12, 8, 14, 0)        # a Tuesday
N = 100


def _customer_list(path) -> None:
    """The manual's A–N layout: every other contact a woman, every client with an index."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([column.title for column in COLUMNS])
    for i in range(N):
        woman = i % 2 == 1
        sheet.append([f'ООО "Лидер {i}"', f"Лидер {i}", "Новосибирская обл.", "Новосибирск", "",
                      f"{630000 + i}", f"ул. Ленина, {i + 1}", f"8 (383) 2{i:02d}-00-{i % 90 + 10}", "",
                      f"office{i}@leader{i}.ru", "", "",
                      f"{'Петрова Мария Сергеевна' if woman else 'Петров Иван Сергеевич'}", f"boss{i}@leader{i}.ru"])
    book.save(path)


def test_a_hundred_clients_from_excel_mailed_planned_enveloped_and_handed_over(
        db, users, session_of, tmp_path, smtp_server) -> None:  # noqa: F811
    inbox, port = smtp_server
    admin = session_of("admin")
    # the administrator: our legal entity (the envelopes' sender), the manager's right
    entity = company_admin.save_entity(admin, LegalEntity(None, {
        "short_name": "ООО «Вектор»", "full_name": "ООО «Вектор»", "inn": "", "kpp": "", "ogrn": "", "okpo": "",
        "legal_address": "630099, г. Новосибирск, ул. Советская, д. 5", "postal_address": "", "phone": "",
        "email": "", "director": "", "chief_accountant": ""}))
    company_admin.set_default_entity(admin, entity.id)
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=users["manager"], perm_code="group_processing"))

    # 1. the customer list from Excel, for the manager, in one transaction
    _customer_list(tmp_path / "клиенты.xlsx")
    loaded = excel_import.load(tmp_path / "клиенты.xlsx")
    prepared = excel_import.prepare(admin, loaded.rows, AutoOptions(source=loaded.source))
    assert all(c.ok and c.duplicate is None for c in prepared)
    status = dictionaries.items(admin, "client_statuses")[0].id
    imported = excel_import.run(admin, [c.row for c in prepared],
                                excel_import.Settings(status, None, users["manager"]))
    assert imported.imported == N

    # 2. the manager selects the hundred (the register's filtered list) and mails them
    manager = session_of("manager")
    chosen = [r.id for r in register.Register(manager).first(500)]
    assert len(chosen) == N
    mailing.save_mailbox_settings(manager, mailing.MailboxSettings(
        host="127.0.0.1", port=port, security="none", address="sidorov@vector.ru", display_name="Сидоров"))
    letter = mailing.Letter("Предложение для [КОМПАНИЯ]",
                            "<p>[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!</p><p>Приглашаем на семинар.</p>", as_html=True)
    sent = mailing.send(manager, chosen, letter)
    assert len(sent.sent) == 2 * N and not sent.failed          # the office's and the contact's address
    (to_boss,) = inbox.to("boss1@leader1.ru")
    assert to_boss["Subject"] == "Предложение для Лидер 1"
    assert "<p>Уважаемая Мария Сергеевна!</p>" in to_boss.get_body(("html",)).get_content()
    (to_man,) = inbox.to("boss0@leader0.ru")
    assert "Уважаемый Иван Сергеевич!" in to_man.get_body(("plain",)).get_content()

    # 3. follow-up calls spread over the afternoon, two minutes each, one transaction per client
    plan = group_processing.Plan(task=group_processing.TaskPlan(
        users["manager"], "Перезвонить после письма", AFTERNOON, duration_min=2, spread=True))
    outcome = group_processing.run(manager, chosen, plan)
    assert len(outcome.done) == N and not outcome.skipped and not outcome.not_done
    with db.read() as conn:
        starts = sorted(r[0] for r in conn.execute(select(tasks.c.start_at).where(tasks.c.client_id.in_(chosen))))
    assert starts == [AFTERNOON + timedelta(minutes=2 * i) for i in range(N)]      # 14:00 … 17:18

    # 4. their envelopes
    printed = envelopes.envelopes(manager, chosen, "DL", tmp_path / "конверты.pdf")
    pages = PdfReader(printed.path).pages
    assert printed.printed == N and len(pages) == N and not printed.skipped
    first = " ".join(pages[0].extract_text().split())
    assert "ООО «Вектор»" in first and "630099" in first

    # 5. the manager leaves: dismissed, and the clients — a private one too — go to a colleague
    with db.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == chosen[0]).values(is_private=1))
        conn.execute(update(users_table).where(users_table.c.id == users["manager"])
                     .values(is_dismissed=1, is_disabled=1))
    counts = reassign.apply(admin, reassign.Change(old_curator=users["manager"], new_curator=users["manager2"]))
    assert counts.curator == N and counts.private_moved == 1
    colleague = [r.id for r in register.Register(session_of("manager2")).first(500)]
    assert sorted(colleague) == sorted(chosen)

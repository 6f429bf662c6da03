"""Personalised mail (GRP-2) through a real SMTP server (aiosmtpd on 127.0.0.1): the received
MIME messages, the subscription and exclusion flags, a refused recipient, the events in the
clients' history, a cancelled run and a 500-client mailing."""
from __future__ import annotations

from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, insert, select

from crm_desktop.data.schema import client_emails, clients, contacts, event_types, events
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.services import mailing
from tests.db.mail_setup import (REFUSED, Inbox, free_port, make_client, make_contact, make_email,  # noqa: F401
                                 smtp_server)


@pytest.fixture
def manager(session_of, smtp_server):
    session = session_of("manager")
    mailing.save_mailbox_settings(session, mailing.MailboxSettings(
        host="127.0.0.1", port=smtp_server[1], security="none", address="manager@example.ru",
        display_name="Менеджер Продаж"))
    return session


def _events(db, client_id: int) -> list[tuple[str, str, int | None]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(
            select(event_types.c.name, events.c.description, events.c.contact_id)
            .select_from(events.join(event_types, event_types.c.id == events.c.event_type_id))
            .where(events.c.client_id == client_id))]


def test_a_personalised_html_letter_goes_to_subscribed_addresses_only(db, users, manager, smtp_server, tmp_path: Path) -> None:
    inbox, _ = smtp_server
    me, other = users["manager"], users["manager2"]
    with db.begin() as conn:
        romashka = make_client(conn, 101, 'ООО "Ромашка & K"', me)
        anna = make_contact(conn, romashka, "Иванова", "Анна", "Петровна", "Уважаемая")
        make_email(conn, romashka, "anna@example.ru", anna)
        make_email(conn, romashka, "unsubscribed@example.ru", anna, subscribed=0)
        excluded = make_client(conn, 102, "ЗАО Исключённое", me, no_email_mailing=1)
        make_email(conn, excluded, "excluded@example.ru")
        silent = make_client(conn, 103, "ИП Без почты", me)
        private = make_client(conn, 104, "Чужой приватный", other, is_private=1)
        make_email(conn, private, "private@example.ru")
        general = make_client(conn, 105, "ООО Общий адрес", me)
        make_email(conn, general, "info@example.ru")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\nlogo")
    price = tmp_path / "Прайс.pdf"
    price.write_bytes(b"%PDF-1.4 price")
    letter = mailing.Letter(
        subject="[ИМЯ], предложение для [КОМПАНИЯ]",
        body='<html><body><p>[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!</p><p>Для [КОМПАНИЯ] [СКИДКА].</p>'
             '<img src="logo.png" alt="logo"><img src="http://example.ru/banner.png"></body></html>',
        as_html=True, attachments=(price,), base_dir=tmp_path)

    result = mailing.send(manager, [romashka, excluded, silent, private, general], letter)

    assert sorted(d.email for d in result.sent) == ["anna@example.ru", "info@example.ru"]
    assert not result.failed and not result.cancelled
    assert {(s.client_id, s.reason) for s in result.skipped} == {
        (excluded, "исключён из E-Mail рассылки"), (silent, "нет адресов, подписанных на рассылку"),
        (private, "клиент не найден или нет доступа")}
    assert "Чужой приватный" not in "\n".join(result.log())
    assert result.unknown_macros == ("[СКИДКА]",)
    assert sorted(a for rcpt, _ in inbox.messages for a in rcpt) == ["anna@example.ru", "info@example.ru"]

    [msg] = inbox.to("anna@example.ru")
    assert msg["Subject"] == 'Анна, предложение для ООО "Ромашка & K"'
    assert msg["From"].addresses[0].display_name == "Менеджер Продаж"
    assert msg["From"].addresses[0].addr_spec == "manager@example.ru"
    assert msg["To"].addresses[0].display_name == "Иванова Анна Петровна"
    html = msg.get_body(("html",)).get_content()
    assert "<p>Уважаемая Анна Петровна!</p>" in html
    assert "Для ООО &quot;Ромашка &amp; K&quot; [СКИДКА]." in html or 'Для ООО "Ромашка &amp; K" [СКИДКА].' in html
    assert 'src="http://example.ru/banner.png"' in html and 'src="logo.png"' not in html
    text = msg.get_body(("plain",)).get_content()
    assert "Уважаемая Анна Петровна!" in text and "<p>" not in text
    [image] = [p for p in msg.walk() if p.get_content_maintype() == "image"]
    assert image.get_content() == b"\x89PNG\r\n\x1a\nlogo"
    assert f'src="cid:{image["Content-ID"].strip("<>")}"' in html
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == "Прайс.pdf" and attachment.get_content() == b"%PDF-1.4 price"

    [general_msg] = inbox.to("info@example.ru")
    assert "<p>Добрый день!</p>" in general_msg.get_body(("html",)).get_content()

    assert _events(db, romashka) == [("Отправлено письмо", 'Письмо «Анна, предложение для ООО "Ромашка & K"» '
                                                           "на anna@example.ru", anna)]
    assert len(_events(db, general)) == 1
    assert _events(db, excluded) == [] and _events(db, private) == []


def test_a_refused_recipient_is_reported_and_the_others_are_sent(db, users, manager, smtp_server) -> None:
    inbox, _ = smtp_server
    ids = []
    with db.begin() as conn:
        for i, address in enumerate(("first@example.ru", REFUSED, "third@example.ru")):
            ids.append(make_client(conn, 200 + i, f"Клиент {i}", users["manager"]))
            make_email(conn, ids[-1], address, make_contact(conn, ids[-1], "Петров", "Пётр", "Петрович"))
    result = mailing.send(manager, ids, mailing.Letter("Новости", "[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!\nНовости."))
    assert [d.email for d in result.sent] == ["first@example.ru", "third@example.ru"]
    [failed] = result.failed
    assert failed.email == REFUSED and "550" in failed.error and "отклонил" in failed.error
    assert [m.get_body(("plain",)).get_content().splitlines()[0] for _, m in inbox.messages] == \
        ["Уважаемый Пётр Петрович!"] * 2
    assert [len(_events(db, cid)) for cid in ids] == [1, 0, 1]
    assert any("не отправлено" in line and REFUSED in line for line in result.log())


def test_a_cancelled_run_says_who_got_the_letter(db, users, manager, smtp_server) -> None:
    inbox, _ = smtp_server
    with db.begin() as conn:
        ids = [make_client(conn, 300 + i, f"Клиент {i}", users["manager"]) for i in range(5)]
        for i, cid in enumerate(ids):
            make_email(conn, cid, f"c{i}@example.ru")

    def progress(done: int, total: int, text: str) -> None:
        if done == 2:
            raise RuntimeError("cancelled")

    result = mailing.send(manager, ids, mailing.Letter("Тема", "Текст"), progress=progress)
    assert result.cancelled
    assert [d.email for d in result.sent] == ["c0@example.ru", "c1@example.ru"]
    assert [e for _, _, e in result.not_reached] == ["c2@example.ru", "c3@example.ru", "c4@example.ru"]
    assert len(inbox.messages) == 2
    assert [len(_events(db, cid)) for cid in ids] == [1, 1, 0, 0, 0]


def test_mailbox_settings_and_refusals_before_sending(db, users, session_of, manager, smtp_server) -> None:
    settings = mailing.mailbox_settings(manager)
    assert settings.display_name == "Менеджер Продаж" and settings.security == "none"
    assert mailing.mailbox_settings(session_of("manager2")) == mailing.MailboxSettings()
    with pytest.raises(ValueError, match="SMTP-сервер"):
        mailing.send(session_of("manager2"), [1], mailing.Letter("Тема", "Текст"))
    with pytest.raises(ValueError, match="E-Mail почтового ящика"):
        mailing.save_mailbox_settings(manager, mailing.MailboxSettings(host="h", address="нет"))
    with pytest.raises(ValueError, match=str(GROUP_LIMIT)):
        mailing.send(manager, list(range(1, GROUP_LIMIT + 2)), mailing.Letter("Тема", "Текст"))
    with pytest.raises(ValueError, match="вложение"):
        mailing.send(manager, [1], mailing.Letter("Тема", "Текст", attachments=(Path("/nonexistent/x.pdf"),)))
    assert smtp_server[0].messages == []


def test_five_hundred_clients_through_the_real_server(db, users, manager, smtp_server) -> None:
    inbox, _ = smtp_server
    n = GROUP_LIMIT
    with db.begin() as conn:
        first = conn.execute(select(func.coalesce(func.max(clients.c.code), 0))).scalar_one() + 1
        conn.execute(insert(clients), [dict(code=first + i, name=f"Клиент {i:03}", curator_id=users["manager"])
                                       for i in range(n)])
        ids = list(conn.execute(select(clients.c.id).where(clients.c.code >= first).order_by(clients.c.code))
                   .scalars())
        conn.execute(insert(contacts), [dict(client_id=cid, surname="Сидоров", first_name=f"Иван{i}",
                                             patronymic="Ильич") for i, cid in enumerate(ids)])
        people = {r[0]: r[1] for r in conn.execute(select(contacts.c.client_id, contacts.c.id)
                                                   .where(contacts.c.client_id.in_(ids)))}
        conn.execute(insert(client_emails), [dict(client_id=cid, email=f"client{i}@example.ru",
                                                  contact_person_id=people[cid]) for i, cid in enumerate(ids)])
    seen: list[int] = []
    result = mailing.send(manager, ids, mailing.Letter("Для [КОМПАНИЯ]", "[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!"),
                          progress=lambda done, total, text: seen.append(done))
    assert len(result.sent) == n and not result.failed and not result.skipped
    assert len(inbox.messages) == n
    assert {m["Subject"] for _, m in inbox.messages} == {f"Для Клиент {i:03}" for i in range(n)}
    assert inbox.to("client7@example.ru")[0].get_content().strip() == "Уважаемый Иван7 Ильич!"
    assert seen[-1] == n
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(events).where(events.c.client_id.in_(ids))).scalar_one() == n


def test_the_mailbox_login_with_the_password_given(db, users, session_of) -> None:
    """A mailbox with a login: the password passed in (the keyring's stand-in) logs in."""
    from aiosmtpd.smtp import AuthResult, LoginPassword

    inbox = Inbox()
    logins: list[bytes] = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        ok = isinstance(auth_data, LoginPassword) and auth_data.password in (b"secret", "secret")
        logins.append(auth_data.login if isinstance(auth_data.login, bytes) else auth_data.login.encode())
        return AuthResult(success=ok)

    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), authenticator=authenticator,
                            auth_require_tls=False)
    controller.start()
    try:
        session = session_of("manager")
        mailing.save_mailbox_settings(session, mailing.MailboxSettings(
            host="127.0.0.1", port=controller.port, address="manager@example.ru", login="manager"))
        with db.begin() as conn:
            cid = make_client(conn, 401, "ООО Логин", users["manager"])
            make_email(conn, cid, "login@example.ru")
        letter = mailing.Letter("Тема", "Текст")
        result = mailing.send(session, [cid], letter, password="secret")
        assert [d.email for d in result.sent] == ["login@example.ru"] and len(inbox.messages) == 1
        assert logins == [b"manager"] and len(_events(db, cid)) == 1
    finally:
        controller.stop()


def test_checking_a_mailbox_connects_or_says_why_not(smtp_server) -> None:
    port = smtp_server[1]
    mailing.check_mailbox(mailing.MailboxSettings(host="127.0.0.1", port=port, address="m@example.ru"))
    closed = free_port()
    with pytest.raises(ValueError, match=f"Не удалось подключиться к почтовому серверу 127.0.0.1:{closed}"):
        mailing.check_mailbox(mailing.MailboxSettings(host="127.0.0.1", port=closed, address="m@example.ru"))

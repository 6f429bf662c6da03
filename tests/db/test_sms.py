"""SMS of the group processing (GRP-3) through a real HTTP gateway on 127.0.0.1 (http.server in
a thread): the JSON requests it receives, the subscription and exclusion flags, another
manager's private client, an error reply for one number, the events in the clients' history,
a cancelled run, the settings and «Проверить»."""
from __future__ import annotations

import socket

import pytest
from sqlalchemy import insert

from crm_desktop.data.schema import event_types
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.services import sms
from tests.db.sms_setup import (REFUSED, SLOW, events_of, gateway, make_client, make_contact,  # noqa: F401
                                make_phone, no_sms_type, self_signed, serving, sms_type)


@pytest.fixture
def manager(session_of, gateway, sms_type):
    session = session_of("manager")
    sms.save_sms_settings(session, sms.SmsSettings(url=gateway[1], login="manager", sender="RegionSoft"),
                          password="secret")
    return session


def test_subscribed_numbers_of_the_clients_one_may_open_get_one_message_each(db, users, manager, gateway) -> None:
    state, url = gateway
    me, other = users["manager"], users["manager2"]
    with db.begin() as conn:
        romashka = make_client(conn, 101, 'ООО "Ромашка"', me)
        anna = make_contact(conn, romashka, "Иванова", "Анна", "Петровна", "Уважаемая")
        make_phone(conn, romashka, "+79161234567", anna)
        make_phone(conn, romashka, "8 (916) 123-45-67", anna)            # the same number again: one message
        make_phone(conn, romashka, "+79167654321", anna, subscribed=0)
        excluded = make_client(conn, 102, "ЗАО Исключённое", me, no_sms_mailing=1)
        make_phone(conn, excluded, "+79162222222")
        silent = make_client(conn, 103, "ИП Без телефона", me)
        private = make_client(conn, 104, "Чужой приватный", other, is_private=1)
        make_phone(conn, private, "+79163333333")
        landline = make_client(conn, 105, "ООО Городской", me)
        make_phone(conn, landline, "+78312331303")
        general = make_client(conn, 106, "ООО Общий номер", me)
        make_phone(conn, general, "+7 916 444-44-44")

    result = sms.send(manager, [romashka, excluded, silent, private, landline, general],
                      "[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]! Скидка для [КОМПАНИЯ] [ДО]")

    assert sorted(state.sent) == ["+79161234567", "+79164444444"]
    assert sorted(d.phone for d in result.sent) == ["+79161234567", "+79164444444"]
    assert state.to("+79161234567") == ['Уважаемая Анна Петровна! Скидка для ООО "Ромашка" [ДО]']
    assert state.to("+79164444444") == ["Добрый день! Скидка для ООО Общий номер [ДО]"]
    request = state.requests[0]
    assert (request["login"], request["password"], request["sender"], request["action"]) == \
        ("manager", "secret", "RegionSoft", "send")
    assert set(state.paths) == {"/api/send"}
    [bad] = result.failed
    assert bad.client_id == landline and "не мобильный" in bad.error
    assert {(s.client_id, s.reason) for s in result.skipped} == {
        (excluded, "исключён из SMS-рассылки"), (silent, "нет номеров, подписанных на SMS-рассылку"),
        (private, "клиент не найден или нет доступа")}
    assert result.unknown_macros == ("[ДО]",)
    log = "\n".join(result.log())
    assert "Чужой приватный" not in log and "+79163333333" not in log
    assert 'ООО "Ромашка" <+79161234567>: SMS отправлено' in log
    assert result.log()[-1] == "Отправлено SMS: 2 (частей: 2), ошибок: 1, пропущено клиентов: 3"

    assert events_of(db, romashka) == [("Отправлено SMS", 'SMS на +79161234567: «Уважаемая Анна Петровна! Скидка '
                                                        'для ООО "Ромашка" [ДО]»', anna)]
    assert len(events_of(db, general)) == 1
    assert events_of(db, excluded) == [] and events_of(db, private) == [] and events_of(db, landline) == []


def test_an_error_reply_for_one_number_and_the_run_goes_on(db, users, manager, gateway) -> None:
    state, _ = gateway
    with db.begin() as conn:
        ids = [make_client(conn, 200 + i, f"Клиент {i}", users["manager"]) for i in range(3)]
        for cid, phone in zip(ids, ("+79161110001", REFUSED, "+79161110003")):
            make_phone(conn, cid, phone)
    result = sms.send(manager, ids, "Новости")
    assert state.sent == ["+79161110001", REFUSED, "+79161110003"]
    assert [d.phone for d in result.sent] == ["+79161110001", "+79161110003"]
    [failed] = result.failed
    assert failed.phone == REFUSED and failed.error == "SMS-сервис ответил ошибкой 400: Номер в стоп-листе."
    assert [len(events_of(db, cid)) for cid in ids] == [1, 0, 1]
    assert f"Клиент 1 <{REFUSED}>: SMS не отправлено — SMS-сервис ответил ошибкой 400: Номер в стоп-листе." \
        in result.log()


def test_a_gateway_that_does_not_answer_in_time(db, users, session_of, gateway, sms_type) -> None:
    state, url = gateway
    with db.begin() as conn:
        ids = [make_client(conn, 250 + i, f"Клиент {i}", users["manager"]) for i in range(2)]
        make_phone(conn, ids[0], SLOW)
        make_phone(conn, ids[1], "+79161110002")
    provider = sms.HttpSmsProvider(sms.SmsSettings(url, "manager"), "secret", timeout=0.5)
    result = sms.send(session_of("manager"), ids, "Текст", provider=provider)
    state.release.set()
    assert [d.error for d in result.deliveries] == ["SMS-сервис не ответил за 0.5 с.", ""]


def test_a_cancelled_run_says_who_got_the_message(db, users, manager, gateway) -> None:
    state, _ = gateway
    with db.begin() as conn:
        ids = [make_client(conn, 300 + i, f"Клиент {i}", users["manager"]) for i in range(5)]
        for i, cid in enumerate(ids):
            make_phone(conn, cid, f"+7916555000{i}")

    def progress(done: int, total: int, text: str) -> None:
        assert total == 5
        if done == 2:
            raise RuntimeError("cancelled")

    result = sms.send(manager, ids, "Текст", progress=progress)
    assert result.cancelled
    assert [d.phone for d in result.sent] == ["+79165550000", "+79165550001"]
    assert [p for _, _, p in result.not_reached] == ["+79165550002", "+79165550003", "+79165550004"]
    assert state.sent == ["+79165550000", "+79165550001"]
    assert [len(events_of(db, cid)) for cid in ids] == [1, 1, 0, 0, 0]
    assert result.log()[-1].endswith("(рассылка отменена)")
    assert "Клиент 4 <+79165550004>: SMS не отправлено — рассылка отменена" in result.log()


def test_settings_and_refusals_before_sending(db, users, session_of, manager, gateway) -> None:
    state, url = gateway
    assert sms.sms_settings(manager) == sms.SmsSettings(url, "manager", "RegionSoft")
    assert sms.account_password(manager) == "secret"
    other = session_of("manager2")
    assert sms.sms_settings(other) == sms.SmsSettings()
    with pytest.raises(ValueError, match="адрес SMS-сервиса"):
        sms.send(other, [1], "Текст")
    with pytest.raises(ValueError, match="http:// или https://"):
        sms.save_sms_settings(manager, sms.SmsSettings("ftp://x", "l"))
    with pytest.raises(ValueError, match="Имя отправителя"):
        sms.save_sms_settings(manager, sms.SmsSettings(url, "l", "РегионСофт"))
    with pytest.raises(ValueError, match=str(GROUP_LIMIT)):
        sms.send(manager, list(range(1, GROUP_LIMIT + 2)), "Текст")
    with pytest.raises(ValueError, match="Введите текст"):
        sms.send(manager, [1], "   ")
    sms.save_sms_settings(other, sms.SmsSettings(url + "?other", "nobody"))
    with pytest.raises(ValueError, match="Пароль SMS-аккаунта не сохранён"):
        sms.send(other, [1], "Текст")
    assert state.requests == []


def test_without_an_sms_event_type_nothing_is_sent(db, users, session_of, gateway, no_sms_type) -> None:
    state, url = gateway
    session = session_of("manager")
    assert "«Отправлено SMS»" in sms.event_type_problem(session)
    with db.begin() as conn:
        cid = make_client(conn, 401, "ООО Тип", users["manager"])
        make_phone(conn, cid, "+79161230000")
    provider = sms.HttpSmsProvider(sms.SmsSettings(url, "manager"), "secret")
    with pytest.raises(ValueError, match="Типы событий"):
        sms.send(session, [cid], "Текст", provider=provider)
    with db.begin() as conn:          # a type named by the office's own words is taken
        conn.execute(insert(event_types).values(name="СМС клиенту"))
    assert sms.event_type_problem(session) == ""
    assert len(sms.send(session, [cid], "Текст", provider=provider).sent) == 1
    assert events_of(db, cid)[0][0] == "СМС клиенту" and state.sent == ["+79161230000"]


def test_checking_an_account_shows_the_balance_or_says_why_not(gateway) -> None:
    _, url = gateway
    assert sms.check_account(sms.SmsSettings(url, "manager"), "secret") == "125.5"
    with pytest.raises(ValueError, match="ошибкой 401: Неверный логин или пароль"):
        sms.check_account(sms.SmsSettings(url, "manager"), "wrong")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    with pytest.raises(ValueError) as refused:
        sms.check_account(sms.SmsSettings(f"http://127.0.0.1:{closed}/", "manager"), "secret")
    assert str(refused.value) == (f"Не удалось подключиться к SMS-сервису http://127.0.0.1:{closed}/: "
                                  "сервис не принимает соединения по этому адресу.")


def test_an_https_gateway_and_one_whose_certificate_is_not_trusted(db, users, session_of, sms_type, tmp_path) -> None:
    server_tls, trusting = self_signed(tmp_path)
    with db.begin() as conn:
        cid = make_client(conn, 501, "ООО Защищённое", users["manager"])
        make_phone(conn, cid, "+79161112233")
    session = session_of("manager")
    with serving(server_tls) as (state, url):
        assert url.startswith("https://")
        settings = sms.SmsSettings(url, "manager")
        result = sms.send(session, [cid], "Текст", provider=sms.HttpSmsProvider(settings, "secret", context=trusting))
        assert [d.phone for d in result.sent] == ["+79161112233"] and state.sent == ["+79161112233"]
        refused = sms.send(session, [cid], "Текст", provider=sms.HttpSmsProvider(settings, "secret"))
    [failed] = refused.failed
    assert failed.error.startswith(f"Не удалось подключиться к SMS-сервису {url}: не удалось установить "
                                   "защищённое соединение (CERTIFICATE_VERIFY_FAILED)")
    assert state.sent == ["+79161112233"] and len(events_of(db, cid)) == 1

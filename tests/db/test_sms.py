"""SMS of the group processing (GRP-3) through a real HTTP gateway on 127.0.0.1 (http.server in
a thread): the JSON requests it receives, the subscription and exclusion flags, another
manager's private client, an error reply for one number, the events in the clients' history,
a cancelled run, the settings and «Проверить»."""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import insert, select

from crm_desktop.data.schema import client_sms_phones, clients, contacts, event_types, events
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.services import sms

REFUSED = "+79160000000"
SLOW = "+79169999999"


class Gateway:
    """What the SMS gateway received; REFUSED gets a 400 with an error, SLOW no answer in time."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.paths: list[str] = []
        self.release = threading.Event()

    def answer(self, request: dict) -> tuple[int, dict]:
        if request.get("password") != "secret":
            return 401, {"error": "Неверный логин или пароль"}
        if request.get("action") == "balance":
            return 200, {"balance": 125.5}
        if request.get("phone") == REFUSED:
            return 400, {"error": "Номер в стоп-листе"}
        if request.get("phone") == SLOW:
            self.release.wait(5)
        return 200, {"id": f"msg{len(self.requests)}"}

    def to(self, phone: str) -> list[str]:
        return [r["text"] for r in self.requests if r.get("action") == "send" and r.get("phone") == phone]

    @property
    def sent(self) -> list[str]:
        return [r["phone"] for r in self.requests if r.get("action") == "send"]


@pytest.fixture
def gateway():
    state = Gateway()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            assert self.headers["Content-Type"].startswith("application/json")
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
            state.requests.append(request)
            state.paths.append(self.path)
            status, body = state.answer(request)
            raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            try:
                self.wfile.write(raw)
            except OSError:            # the client gave up waiting (the timeout test)
                pass

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/api/send"
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def sms_type(db) -> int:
    """The stock dictionary has no «Отправлено SMS»: the administrator adds it."""
    with db.begin() as conn:
        return conn.execute(insert(event_types).values(name="Отправлено SMS").returning(event_types.c.id)).scalar_one()


@pytest.fixture
def manager(session_of, gateway, sms_type):
    session = session_of("manager")
    sms.save_sms_settings(session, sms.SmsSettings(url=gateway[1], login="manager", sender="RegionSoft"),
                          password="secret")
    return session


def _client(conn, code: int, name: str, curator: int, **values) -> int:
    return conn.execute(insert(clients).values(code=code, name=name, curator_id=curator, **values)
                        .returning(clients.c.id)).scalar_one()


def _contact(conn, client_id: int, surname: str, first: str, patronymic: str, salutation: str = "") -> int:
    return conn.execute(insert(contacts).values(client_id=client_id, surname=surname, first_name=first,
                                                patronymic=patronymic, salutation=salutation or None)
                        .returning(contacts.c.id)).scalar_one()


def _phone(conn, client_id: int, phone: str, contact_id: int | None = None, subscribed: int = 1) -> None:
    conn.execute(insert(client_sms_phones).values(client_id=client_id, phone=phone, contact_person_id=contact_id,
                                                  subscribed=subscribed))


def _events(db, client_id: int) -> list[tuple[str, str, int | None]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(
            select(event_types.c.name, events.c.description, events.c.contact_id)
            .select_from(events.join(event_types, event_types.c.id == events.c.event_type_id))
            .where(events.c.client_id == client_id))]


def test_subscribed_numbers_of_the_clients_one_may_open_get_one_message_each(db, users, manager, gateway) -> None:
    state, url = gateway
    me, other = users["manager"], users["manager2"]
    with db.begin() as conn:
        romashka = _client(conn, 101, 'ООО "Ромашка"', me)
        anna = _contact(conn, romashka, "Иванова", "Анна", "Петровна", "Уважаемая")
        _phone(conn, romashka, "+79161234567", anna)
        _phone(conn, romashka, "8 (916) 123-45-67", anna)            # the same number again: one message
        _phone(conn, romashka, "+79167654321", anna, subscribed=0)
        excluded = _client(conn, 102, "ЗАО Исключённое", me, no_sms_mailing=1)
        _phone(conn, excluded, "+79162222222")
        silent = _client(conn, 103, "ИП Без телефона", me)
        private = _client(conn, 104, "Чужой приватный", other, is_private=1)
        _phone(conn, private, "+79163333333")
        landline = _client(conn, 105, "ООО Городской", me)
        _phone(conn, landline, "+78312331303")
        general = _client(conn, 106, "ООО Общий номер", me)
        _phone(conn, general, "+7 916 444-44-44")

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

    assert _events(db, romashka) == [("Отправлено SMS", 'SMS на +79161234567: «Уважаемая Анна Петровна! Скидка '
                                                        'для ООО "Ромашка" [ДО]»', anna)]
    assert len(_events(db, general)) == 1
    assert _events(db, excluded) == [] and _events(db, private) == [] and _events(db, landline) == []


def test_an_error_reply_for_one_number_and_the_run_goes_on(db, users, manager, gateway) -> None:
    state, _ = gateway
    with db.begin() as conn:
        ids = [_client(conn, 200 + i, f"Клиент {i}", users["manager"]) for i in range(3)]
        for cid, phone in zip(ids, ("+79161110001", REFUSED, "+79161110003")):
            _phone(conn, cid, phone)
    result = sms.send(manager, ids, "Новости")
    assert state.sent == ["+79161110001", REFUSED, "+79161110003"]
    assert [d.phone for d in result.sent] == ["+79161110001", "+79161110003"]
    [failed] = result.failed
    assert failed.phone == REFUSED and failed.error == "SMS-сервис ответил ошибкой 400: Номер в стоп-листе."
    assert [len(_events(db, cid)) for cid in ids] == [1, 0, 1]
    assert f"Клиент 1 <{REFUSED}>: SMS не отправлено — SMS-сервис ответил ошибкой 400: Номер в стоп-листе." \
        in result.log()


def test_a_gateway_that_does_not_answer_in_time(db, users, session_of, gateway, sms_type) -> None:
    state, url = gateway
    with db.begin() as conn:
        ids = [_client(conn, 250 + i, f"Клиент {i}", users["manager"]) for i in range(2)]
        _phone(conn, ids[0], SLOW)
        _phone(conn, ids[1], "+79161110002")
    provider = sms.HttpSmsProvider(sms.SmsSettings(url, "manager"), "secret", timeout=0.5)
    result = sms.send(session_of("manager"), ids, "Текст", provider=provider)
    state.release.set()
    assert [d.error for d in result.deliveries] == ["SMS-сервис не ответил за 0.5 с.", ""]


def test_a_cancelled_run_says_who_got_the_message(db, users, manager, gateway) -> None:
    state, _ = gateway
    with db.begin() as conn:
        ids = [_client(conn, 300 + i, f"Клиент {i}", users["manager"]) for i in range(5)]
        for i, cid in enumerate(ids):
            _phone(conn, cid, f"+7916555000{i}")

    def progress(done: int, total: int, text: str) -> None:
        assert total == 5
        if done == 2:
            raise RuntimeError("cancelled")

    result = sms.send(manager, ids, "Текст", progress=progress)
    assert result.cancelled
    assert [d.phone for d in result.sent] == ["+79165550000", "+79165550001"]
    assert [p for _, _, p in result.not_reached] == ["+79165550002", "+79165550003", "+79165550004"]
    assert state.sent == ["+79165550000", "+79165550001"]
    assert [len(_events(db, cid)) for cid in ids] == [1, 1, 0, 0, 0]
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


def test_without_an_sms_event_type_nothing_is_sent(db, users, session_of, gateway) -> None:
    state, url = gateway
    session = session_of("manager")
    assert "«Отправлено SMS»" in sms.event_type_problem(session)
    with db.begin() as conn:
        cid = _client(conn, 401, "ООО Тип", users["manager"])
        _phone(conn, cid, "+79161230000")
    provider = sms.HttpSmsProvider(sms.SmsSettings(url, "manager"), "secret")
    with pytest.raises(ValueError, match="Типы событий"):
        sms.send(session, [cid], "Текст", provider=provider)
    with db.begin() as conn:          # a type named by the office's own words is taken
        conn.execute(insert(event_types).values(name="СМС клиенту"))
    assert sms.event_type_problem(session) == ""
    assert len(sms.send(session, [cid], "Текст", provider=provider).sent) == 1
    assert _events(db, cid)[0][0] == "СМС клиенту" and state.sent == ["+79161230000"]


def test_checking_an_account_shows_the_balance_or_says_why_not(gateway) -> None:
    _, url = gateway
    assert sms.check_account(sms.SmsSettings(url, "manager"), "secret") == "125.5"
    with pytest.raises(ValueError, match="ошибкой 401: Неверный логин или пароль"):
        sms.check_account(sms.SmsSettings(url, "manager"), "wrong")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    with pytest.raises(ValueError, match=f"Не удалось подключиться к SMS-сервису http://127.0.0.1:{closed}/"):
        sms.check_account(sms.SmsSettings(f"http://127.0.0.1:{closed}/", "manager"), "secret")

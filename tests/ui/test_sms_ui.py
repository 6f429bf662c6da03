"""The SMS windows (GRP-3): the «SMS» tab of group processing — the live counter, what it refuses
before a run, its job sending through a real HTTP gateway on 127.0.0.1 and a cancel that says
who got the message, the password asked where the computer keeps none — and «Настройка —
Параметры — SMS»: saved and read back, the password kept in the keyring and never shown,
«Проверить» with the balance."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_desktop.services import sms
from crm_desktop.ui.group_processing.sms_tab import SmsTab
from crm_desktop.ui.main.sms_settings_page import SmsSettingsPage
from crm_desktop.ui.ops import run_op
from tests.db.sms_setup import (REFUSED, events_of, gateway, make_client, make_contact, make_phone,  # noqa: F401
                                no_sms_type, sms_type)
from tests.keyrings import memory_keyring, no_keyring  # noqa: F401 - the fixtures


@pytest.fixture(autouse=True)
def no_remembered_passwords(monkeypatch):
    """Each test starts as a freshly started program: no password kept in memory."""
    monkeypatch.setattr(sms, "_PASSWORDS", {})


def clients_with_numbers(db, users) -> list[int]:
    ids = []
    with db.begin() as conn:
        for i, (company, surname, first, patronymic, phone) in enumerate((
                ("ООО Альфа", "Иванов", "Владимир", "Сергеевич", "+79161110000"),
                ("ООО Бета", "Петрова", "Анна", "Ивановна", REFUSED),
                ("ООО Гамма", "Сидоров", "Пётр", "Ильич", "+79161110002"))):
            cid = make_client(conn, 600 + i, company, users["manager"])
            make_phone(conn, cid, phone, make_contact(conn, cid, surname, first, patronymic))
            ids.append(cid)
    return ids


def test_the_counter_and_what_the_tab_refuses_before_a_run(db, users, session_of, qtbot, gateway, no_sms_type) -> None:
    state, url = gateway
    session = session_of("manager")
    tab = SmsTab(session)
    qtbot.addWidget(tab)
    assert tab.title == "SMS" and not tab.active() and not tab.ui.messageBox.isEnabled()
    qtbot.mouseClick(tab.ui.sendCheck, Qt.MouseButton.LeftButton)
    assert tab.active() and tab.ui.messageBox.isEnabled()
    assert tab.problem() == "SMS-аккаунт не настроен: укажите его в «Настройка — Параметры — SMS»."
    assert "не настроен" in tab.ui.accountLabel.text()

    sms.save_sms_settings(session, sms.SmsSettings(url, "manager", "RegionSoft"), password="secret")
    assert tab.problem() == "Введите текст сообщения."
    assert tab.ui.accountLabel.text() == "SMS уйдут с аккаунта manager, отправитель «RegionSoft» через 127.0.0.1."
    assert tab.ui.counterLabel.text() == "0 символов, 0 SMS"

    qtbot.keyClicks(tab.ui.textEdit, "Hi")
    assert tab.ui.counterLabel.text() == "2 символа, 1 SMS"
    tab.ui.textEdit.insertPlainText("Привет")   # QTest types Latin keys only
    assert tab.ui.counterLabel.text() == "8 символов, 1 SMS"
    assert tab.ui.encodingLabel.text().startswith("кириллица")
    tab.ui.textEdit.setPlainText("Hello " + "a" * 155)
    assert tab.ui.counterLabel.text() == "161 символ, 2 SMS" and tab.ui.encodingLabel.text().startswith("латиница")
    tab.ui.textEdit.setPlainText("я" * 71)
    assert tab.ui.counterLabel.text() == "71 символ, 2 SMS"
    tab.ui.textEdit.setPlainText("я" * 700)
    assert "сократите текст" in tab.problem() and "сократите текст" in tab.ui.infoLabel.text()

    tab.ui.textEdit.clear()
    tab.insert_macro("ИМЯ")
    tab.ui.textEdit.insertPlainText(", скидка [ДО] пятницы")
    assert tab.text() == "[ИМЯ], скидка [ДО] пятницы"
    assert tab.ui.infoLabel.text() == "Неизвестные макросы останутся как есть: [ДО]."
    assert "«Отправлено SMS»" in tab.problem()          # the administrator removed the event type
    assert state.requests == []


def test_the_job_sends_each_number_its_message(db, users, session_of, qtbot, finished, gateway, sms_type) -> None:
    state, url = gateway
    session = session_of("manager")
    sms.save_sms_settings(session, sms.SmsSettings(url, "manager", "RegionSoft"), password="secret")
    ids = clients_with_numbers(db, users)
    tab = SmsTab(session)
    qtbot.addWidget(tab)
    tab.ui.sendCheck.setChecked(True)
    tab.ui.textEdit.setPlainText("[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]! Ждём вас в [КОМПАНИЯ].")
    assert tab.problem() == ""
    run = tab.job()
    tab.ui.textEdit.setPlainText("changed after the start")      # the job took the text as it was
    steps: list[tuple[int, int]] = []
    job = run_op(tab, lambda progress: run(ids, progress), on_progress=lambda d, t, _: steps.append((d, t)))
    lines = finished(job)
    assert state.to("+79161110000") == ["Уважаемый Владимир Сергеевич! Ждём вас в ООО Альфа."]
    assert state.to("+79161110002") == ["Уважаемый Пётр Ильич! Ждём вас в ООО Гамма."]
    assert lines[0] == "Рассылка SMS:"
    assert "ООО Альфа <+79161110000>: SMS отправлено" in lines
    assert f"ООО Бета <{REFUSED}>: SMS не отправлено — SMS-сервис ответил ошибкой 400: Номер в стоп-листе." in lines
    assert lines[-1] == "Отправлено SMS: 2 (частей: 2), ошибок: 1, пропущено клиентов: 0"
    assert [len(events_of(db, cid)) for cid in ids] == [1, 0, 1]
    qtbot.waitUntil(lambda: (3, 3) in steps)


def test_a_cancelled_job_says_who_got_the_message(db, users, session_of, qtbot, gateway, sms_type) -> None:
    state, url = gateway
    session = session_of("manager")
    sms.save_sms_settings(session, sms.SmsSettings(url, "manager"), password="secret")
    ids = clients_with_numbers(db, users)
    tab = SmsTab(session)
    qtbot.addWidget(tab)
    tab.ui.textEdit.setPlainText("Текст")

    def progress(done: int, total: int, text: str) -> None:
        if done == 1:
            raise RuntimeError("cancelled")

    lines = tab.job()(ids, progress)
    assert state.sent == ["+79161110000"]
    assert lines[1:] == ["ООО Альфа <+79161110000>: SMS отправлено",
                         f"ООО Бета <{REFUSED}>: SMS не отправлено — рассылка отменена",
                         "ООО Гамма <+79161110002>: SMS не отправлено — рассылка отменена",
                         "Отправлено SMS: 1 (частей: 1), ошибок: 0, пропущено клиентов: 0 (рассылка отменена)"]


def test_without_a_kept_password_the_tab_asks_for_it(db, users, session_of, qtbot, gateway, sms_type) -> None:
    state, url = gateway
    session = session_of("manager")
    sms.save_sms_settings(session, sms.SmsSettings(url, "manager"))
    ids = clients_with_numbers(db, users)[:1]
    tab = SmsTab(session)
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.sendCheck.setChecked(True)
    tab.ui.textEdit.setPlainText("Текст")
    assert tab.ui.passwordEdit.isVisible()
    assert tab.problem() == "Введите пароль SMS-аккаунта: на этом компьютере он не сохранён."
    qtbot.keyClicks(tab.ui.passwordEdit, "secret")
    assert tab.problem() == ""
    assert tab.job()(ids, lambda *_: None)[1] == "ООО Альфа <+79161110000>: SMS отправлено"
    assert state.requests[0]["password"] == "secret"


def test_a_job_whose_gateway_is_gone_says_so_per_number(db, users, session_of, qtbot, sms_type) -> None:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    session = session_of("manager")
    sms.save_sms_settings(session, sms.SmsSettings(f"http://127.0.0.1:{closed}/", "manager"), password="x")
    ids = clients_with_numbers(db, users)
    tab = SmsTab(session)
    qtbot.addWidget(tab)
    tab.ui.textEdit.setPlainText("Текст")
    lines = tab.job()(ids, lambda *_: None)
    assert all(f"Не удалось подключиться к SMS-сервису http://127.0.0.1:{closed}/" in line for line in lines[1:4])
    assert lines[-1] == "Отправлено SMS: 0 (частей: 0), ошибок: 3, пропущено клиентов: 0"


def test_the_settings_page_saves_and_reads_back_without_showing_the_password(db, users, session_of, qtbot,
                                                                              memory_keyring, gateway) -> None:
    _, url = gateway
    session = session_of("manager")
    page = SmsSettingsPage(session)
    qtbot.addWidget(page)
    assert page.title == "SMS" and page.problem() == ""          # nothing typed, nothing to store
    page.save()
    assert sms.sms_settings(session) == sms.SmsSettings()
    qtbot.keyClicks(page.ui.urlEdit, "sms.example.ru")
    assert page.problem().startswith("Адрес SMS-сервиса должен начинаться с http:// или https://")
    page.ui.urlEdit.setText(url)
    assert page.problem() == "Укажите логин SMS-аккаунта («Настройка — Параметры — SMS»)."
    qtbot.keyClicks(page.ui.loginEdit, "manager")
    page.ui.senderEdit.setText("Регион")
    assert page.problem().startswith("Имя отправителя SMS")
    page.ui.senderEdit.setText("RegionSoft")
    qtbot.keyClicks(page.ui.passwordEdit, "secret")
    assert page.problem() == ""
    page.save()
    assert sms.sms_settings(session) == sms.SmsSettings(url, "manager", "RegionSoft")
    assert [v for (service, _), v in memory_keyring.kept.items() if service == "crm-desktop-sms"] == ["secret"]

    again = SmsSettingsPage(session)
    qtbot.addWidget(again)
    assert (again.ui.urlEdit.text(), again.ui.loginEdit.text(), again.ui.senderEdit.text()) == \
        (url, "manager", "RegionSoft")
    assert again.ui.passwordEdit.text() == "" and "сохранён" in again.ui.passwordEdit.placeholderText()
    assert sms.sms_settings(session_of("manager2")) == sms.SmsSettings()

    for edit in (again.ui.urlEdit, again.ui.loginEdit, again.ui.senderEdit):      # every field emptied
        edit.clear()
    assert again.problem() == ""
    again.save()
    assert sms.sms_settings(session) == sms.SmsSettings()


def test_a_password_the_computer_cannot_keep_is_said(db, users, session_of, qtbot, boxes, gateway,
                                                    no_keyring) -> None:
    session = session_of("manager")
    page = SmsSettingsPage(session)
    qtbot.addWidget(page)
    page.ui.urlEdit.setText(gateway[1])
    page.ui.loginEdit.setText("manager")
    page.ui.passwordEdit.setText("secret")
    page.save()
    assert boxes.texts("information") == ["Пароль SMS-аккаунта не сохранён: на этом компьютере нет хранилища "
                                          "паролей. Он запомнен до выхода из программы."]
    assert sms.account_password(session) == "secret"


def test_checking_the_account_from_the_page(db, users, session_of, qtbot, finished, gateway) -> None:
    _, url = gateway
    page = SmsSettingsPage(session_of("manager"))
    qtbot.addWidget(page)
    page.ui.urlEdit.setText(url)
    page.ui.loginEdit.setText("manager")
    qtbot.mouseClick(page.ui.checkButton, Qt.MouseButton.LeftButton)
    assert page.ui.checkResultLabel.text() == "Введите пароль SMS-аккаунта." and page.job is None
    page.ui.passwordEdit.setText("secret")
    qtbot.mouseClick(page.ui.checkButton, Qt.MouseButton.LeftButton)
    finished(page.job)
    assert page.ui.checkResultLabel.text() == "Вход выполнен, баланс: 125.5."
    page.ui.passwordEdit.setText("wrong")
    qtbot.mouseClick(page.ui.checkButton, Qt.MouseButton.LeftButton)
    finished(page.job)
    assert page.ui.checkResultLabel.text() == "SMS-сервис ответил ошибкой 401: Неверный логин или пароль."
    assert page.ui.checkButton.isEnabled()

"""The mail windows (GRP-2): the «E-Mail» tab of group processing — what it refuses before a run,
its job sending personalised HTML letters through a real SMTP server (aiosmtpd on 127.0.0.1)
and a cancel that says who got the letter — and «Настройка — Параметры — Настройки почты»:
saved and read back, the password kept in the keyring and never shown, «Проверить»."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from crm_desktop.data import mail as mail_data
from crm_desktop.services import mailing
from crm_desktop.ui.group_processing.mail_tab import MailTab
from crm_desktop.ui.main.mail_settings_page import MailSettingsPage
from crm_desktop.ui.ops import run_op
from tests.db.mail_setup import Inbox, free_port, make_client, make_contact, make_email, smtp_server  # noqa: F401
from tests.keyrings import memory_keyring, no_keyring  # noqa: F401 - the fixtures

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" \
      b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"


def mailbox(session, port: int, **values) -> None:
    mailing.save_mailbox_settings(session, mailing.MailboxSettings(
        host="127.0.0.1", port=port, address="manager@example.ru", display_name="Менеджер Продаж", **values))


def three_clients(db, users) -> list[int]:
    people = [("ООО Альфа", "Иванов", "Владимир", "Сергеевич", ""),
              ("ООО Бета", "Петрова", "Анна", "Ивановна", ""),
              ("ООО Гамма", "Сидоров", "Пётр", "Ильич", "Дорогой")]
    ids = []
    with db.begin() as conn:
        for i, (company, surname, first, patronymic, salutation) in enumerate(people):
            cid = make_client(conn, 500 + i, company, users["manager"])
            make_email(conn, cid, f"c{i}@example.ru", make_contact(conn, cid, surname, first, patronymic, salutation))
            ids.append(cid)
    return ids


def make_tab(qtbot, session) -> MailTab:
    tab = MailTab(session)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()            # focus moves inside it, as the user clicks about
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def test_the_tab_says_what_is_missing_before_a_run(db, users, session_of, qtbot, smtp_server, tmp_path,
                                                    no_keyring) -> None:
    session = session_of("manager")
    tab = make_tab(qtbot, session)
    assert tab.title == "E-Mail" and not tab.active() and not tab.ui.letterBox.isEnabled()
    assert "не настроен" in tab.ui.mailboxLabel.text() and "Настройки почты" in tab.ui.mailboxLabel.text()
    assert tab.problem() == ("Почтовый ящик не настроен: укажите его в "
                             "«Настройка — Параметры — Настройки почты».")
    tab.ui.sendCheck.click()
    assert tab.active() and tab.ui.letterBox.isEnabled()

    mailbox(session, smtp_server[1])           # set up meanwhile: the tab reads it again
    assert tab.problem() == "Укажите тему письма."
    assert tab.ui.mailboxLabel.text() == "Письма уйдут с ящика Менеджер Продаж <manager@example.ru> через " \
                                         f"127.0.0.1:{smtp_server[1]}."
    tab.ui.subjectEdit.setFocus()
    qtbot.keyClicks(tab.ui.subjectEdit, "Offer: ")
    tab.insert_macro("КОМПАНИЯ")               # the subject was edited last: the macro goes there
    assert tab.ui.subjectEdit.text() == "Offer: [КОМПАНИЯ]"
    assert tab.problem() == "Введите текст письма."
    tab.ui.bodyEdit.setFocus()
    tab.insert_macro("ОБРАЩЕНИЕ")
    assert tab.ui.bodyEdit.toPlainText() == "[ОБРАЩЕНИЕ]"
    assert tab.problem() == ""

    tab.add_attachments([tmp_path / "нет такого.pdf"])
    assert tab.problem() == f"Файл-вложение «{tmp_path / 'нет такого.pdf'}» не найден."
    tab.ui.attachmentsList.item(0).setSelected(True)
    qtbot.mouseClick(tab.ui.removeAttachmentButton, Qt.MouseButton.LeftButton)
    assert tab.attachments() == [] and tab.problem() == ""

    tab.ui.bodyEdit.setPlainText('<p>[ОБРАЩЕНИЕ]</p><img src="logo.png"> [СКИДКА]')
    assert "похож на HTML" in tab.ui.infoLabel.text() and "[СКИДКА]" in tab.ui.infoLabel.text()
    tab.ui.htmlCheck.setChecked(True)
    assert tab.problem().startswith("Картинка письма «logo.png» не найдена")
    assert "Картинки внутри письма (CID): logo.png" in tab.ui.infoLabel.text()

    mailbox(session, smtp_server[1], login="manager")    # no keyring here: the password is asked for
    tab.ui.bodyEdit.setPlainText("<p>[ОБРАЩЕНИЕ]</p>")
    assert tab.problem() == "Введите пароль почтового ящика: на этом компьютере он не сохранён."
    assert tab.ui.passwordEdit.isVisible()
    tab.ui.passwordEdit.setText("secret")
    assert tab.problem() == ""


def test_a_template_with_an_image_is_previewed_for_a_sample_person(db, users, session_of, qtbot, smtp_server,
                                                                   tmp_path) -> None:
    session = session_of("manager")
    mailbox(session, smtp_server[1])
    (tmp_path / "logo.png").write_bytes(PNG)
    template = tmp_path / "письмо.html"
    template.write_text('<html><body><p>[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!</p><img src="logo.png"></body></html>',
                        encoding="cp1251")
    tab = make_tab(qtbot, session)
    tab.ui.sendCheck.setChecked(True)
    tab.ui.subjectEdit.setText("Предложение")
    assert tab.load_template(template)
    assert tab.ui.htmlCheck.isChecked() and tab.letter().base_dir == tmp_path
    assert tab.problem() == ""
    tab.ui.bodyTabs.setCurrentWidget(tab.ui.previewTab)
    assert "Уважаемый Владимир Сергеевич!" in tab.ui.previewBrowser.toPlainText()
    assert "Иванов Владимир Сергеевич" in tab.ui.previewHint.text()
    shown = tab.ui.previewBrowser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("logo.png"))
    assert bytes(shown) == PNG                       # the template's picture, found beside it
    assert not tab.load_template(tmp_path / "нет.html") and "Не удаётся прочитать шаблон" in tab.ui.infoLabel.text()


def test_the_job_mails_each_client_a_personalised_html_letter(db, users, session_of, qtbot, finished, smtp_server,
                                                              tmp_path) -> None:
    inbox, port = smtp_server
    session = session_of("manager")
    mailbox(session, port)
    ids = three_clients(db, users)
    image = tmp_path / "logo.png"
    image.write_bytes(PNG)
    price = tmp_path / "Прайс.pdf"
    price.write_bytes(b"%PDF-1.4 price")
    tab = make_tab(qtbot, session)
    tab.ui.sendCheck.setChecked(True)
    tab.ui.subjectEdit.setText("Предложение для [КОМПАНИЯ]")
    tab.ui.bodyEdit.setPlainText("<p>[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!</p>")
    tab.insert_image(image)
    tab.add_attachments([price])
    assert tab.ui.htmlCheck.isChecked() and tab.problem() == ""

    run = tab.job()
    tab.ui.subjectEdit.setText("changed after the start")      # the job took the letter as it was
    steps: list[tuple[int, int]] = []
    job = run_op(tab, lambda progress: run(ids, progress), on_progress=lambda d, t, _: steps.append((d, t)))
    lines = finished(job)

    assert lines[0] == "Рассылка E-Mail:"
    assert "ООО Альфа <c0@example.ru>: отправлено" in lines and "ООО Гамма <c2@example.ru>: отправлено" in lines
    assert lines[-1] == "Отправлено писем: 3, ошибок: 0, пропущено клиентов: 0"
    assert len(inbox.messages) == 3
    greeting = {0: "Уважаемый Владимир Сергеевич!", 1: "Уважаемая Анна Ивановна!", 2: "Дорогой Пётр Ильич!"}
    for i, company in enumerate(("ООО Альфа", "ООО Бета", "ООО Гамма")):
        [msg] = inbox.to(f"c{i}@example.ru")
        assert msg["Subject"] == f"Предложение для {company}"
        assert msg["From"].addresses[0].display_name == "Менеджер Продаж"
        html = msg.get_body(("html",)).get_content()
        assert f"<p>{greeting[i]}</p>" in html
        [picture] = [p for p in msg.walk() if p.get_content_maintype() == "image"]
        assert picture.get_content() == PNG and f'src="cid:{picture["Content-ID"].strip("<>")}"' in html
        [attachment] = list(msg.iter_attachments())
        assert attachment.get_filename() == "Прайс.pdf"
    qtbot.waitUntil(lambda: (3, 3) in steps)


def test_a_cancelled_job_says_who_got_the_letter(db, users, session_of, qtbot, smtp_server) -> None:
    inbox, port = smtp_server
    session = session_of("manager")
    mailbox(session, port)
    ids = three_clients(db, users)
    tab = make_tab(qtbot, session)
    tab.ui.sendCheck.setChecked(True)
    tab.ui.subjectEdit.setText("Новости")
    tab.ui.bodyEdit.setPlainText("[ОБРАЩЕНИЕ] [ИМЯ]!")

    def progress(done: int, total: int, text: str) -> None:
        if done == 1:
            raise RuntimeError("«Отмена»")       # the window's runner raises Cancelled here

    lines = tab.job()(ids, progress)
    assert lines == ["Рассылка E-Mail:", "ООО Альфа <c0@example.ru>: отправлено",
                     "ООО Бета <c1@example.ru>: не отправлено — рассылка отменена",
                     "ООО Гамма <c2@example.ru>: не отправлено — рассылка отменена",
                     "Отправлено писем: 1, ошибок: 0, пропущено клиентов: 0 (рассылка отменена)"]
    assert [rcpt for rcpt, _ in inbox.messages] == [["c0@example.ru"]]


def test_a_job_whose_server_is_gone_says_so_in_one_line(db, users, session_of, qtbot) -> None:
    session = session_of("manager")
    closed = free_port()
    mailbox(session, closed)
    ids = three_clients(db, users)
    tab = make_tab(qtbot, session)
    tab.ui.subjectEdit.setText("Тема")
    tab.ui.bodyEdit.setPlainText("Текст")
    lines = tab.job()(ids, lambda *_: None)
    assert lines[0] == "Рассылка E-Mail:" and len(lines) == 2
    assert lines[1].startswith(f"Не удалось подключиться к почтовому серверу 127.0.0.1:{closed}")


# -- «Настройки почты» -------------------------------------------------------------------------
def make_page(qtbot, session) -> MailSettingsPage:
    page = MailSettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_settings_page_saves_and_reads_back_without_showing_the_password(db, users, session_of, qtbot,
                                                                             memory_keyring) -> None:
    session = session_of("manager")
    page = make_page(qtbot, session)
    assert page.problem() == "" and page.ui.portSpin.value() == 25    # nothing set up, nothing typed
    qtbot.keyClicks(page.ui.hostEdit, "smtp.example.ru")
    assert page.problem() == "Укажите E-Mail почтового ящика, например manager@example.ru."
    page.ui.securityCombo.setCurrentIndex(page.ui.securityCombo.findData("ssl"))
    assert page.ui.portSpin.value() == 465           # the usual port follows the security
    qtbot.keyClicks(page.ui.addressEdit, "manager@example.ru")
    page.ui.displayNameEdit.setText("Менеджер Продаж")
    assert not page.ui.passwordEdit.isEnabled()
    qtbot.keyClicks(page.ui.loginEdit, "manager")
    qtbot.keyClicks(page.ui.passwordEdit, "s3cret")
    assert page.problem() == ""
    page.save()

    assert mailing.mailbox_settings(session) == mailing.MailboxSettings(
        "smtp.example.ru", 465, "ssl", "manager@example.ru", "Менеджер Продаж", "manager")
    assert mail_data.mailbox_password(users["manager"], "manager@example.ru") == "s3cret"
    again = make_page(qtbot, session)
    assert again.ui.hostEdit.text() == "smtp.example.ru" and again.ui.securityCombo.currentData() == "ssl"
    assert again.ui.portSpin.value() == 465 and again.ui.loginEdit.text() == "manager"
    assert again.ui.passwordEdit.text() == "" and "сохранён" in again.ui.passwordEdit.placeholderText()
    again.ui.addressEdit.setText("sales@example.ru")     # the password left empty is kept, for the new address
    again.save()
    assert mail_data.mailbox_password(users["manager"], "sales@example.ru") == "s3cret"
    assert mailing.mailbox_settings(session).address == "sales@example.ru"


def test_a_password_the_computer_cannot_keep_is_said(db, users, session_of, qtbot, boxes, no_keyring) -> None:
    page = make_page(qtbot, session_of("manager"))
    page.ui.hostEdit.setText("smtp.example.ru")
    page.ui.addressEdit.setText("manager@example.ru")
    page.ui.loginEdit.setText("manager")
    page.ui.passwordEdit.setText("s3cret")
    page.save()
    assert boxes.texts("information") == ["Пароль почтового ящика не сохранён: на этом компьютере нет хранилища "
                                          "паролей. Его нужно будет ввести при рассылке."]


def test_checking_the_mailbox_from_the_page(db, users, session_of, qtbot, finished, smtp_server) -> None:
    page = make_page(qtbot, session_of("manager"))
    page.ui.hostEdit.setText("127.0.0.1")
    page.ui.portSpin.setValue(smtp_server[1])
    page.ui.addressEdit.setText("manager@example.ru")
    qtbot.mouseClick(page.ui.checkButton, Qt.MouseButton.LeftButton)
    finished(page.job)
    assert page.ui.checkResultLabel.text() == f"Почтовый сервер 127.0.0.1:{smtp_server[1]} доступен."
    assert page.ui.checkButton.isEnabled()

    closed = free_port()
    page.ui.portSpin.setValue(closed)
    qtbot.mouseClick(page.ui.checkButton, Qt.MouseButton.LeftButton)
    finished(page.job)
    assert page.ui.checkResultLabel.text() == (f"Не удалось подключиться к почтовому серверу 127.0.0.1:{closed}: "
                                               "сервер не принимает соединения на этом порту.")
    page.ui.portSpin.setValue(smtp_server[1])
    page.ui.securityCombo.setCurrentIndex(page.ui.securityCombo.findData("starttls"))
    qtbot.mouseClick(page.ui.checkButton, Qt.MouseButton.LeftButton)
    finished(page.job)
    assert page.ui.checkResultLabel.text().endswith("сервер не поддерживает STARTTLS, выберите другую защиту соединения.")
    assert mailing.mailbox_settings(page._session) == mailing.MailboxSettings()     # checking saves nothing


def test_the_password_saved_on_the_page_logs_the_tab_in(db, users, session_of, qtbot, memory_keyring) -> None:
    """Settings page → keyring → the tab's job logs in to a server that asks for the password."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        return AuthResult(success=isinstance(auth_data, LoginPassword) and auth_data.password in (b"s3cret", "s3cret"))

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), authenticator=authenticator,
                            auth_require_tls=False)
    controller.start()
    try:
        session = session_of("manager")
        page = make_page(qtbot, session)
        page.ui.hostEdit.setText("127.0.0.1")
        page.ui.portSpin.setValue(controller.port)
        page.ui.addressEdit.setText("manager@example.ru")
        page.ui.loginEdit.setText("manager")
        page.ui.passwordEdit.setText("s3cret")
        assert page.problem() == ""
        page.save()
        ids = three_clients(db, users)
        tab = make_tab(qtbot, session)
        tab.ui.sendCheck.setChecked(True)
        tab.ui.subjectEdit.setText("Тема")
        tab.ui.bodyEdit.setPlainText("[ОБРАЩЕНИЕ] [ИМЯ]!")
        assert not tab.ui.passwordEdit.isVisible() and tab.problem() == ""
        lines = tab.job()(ids, lambda *_: None)
        assert lines[-1] == "Отправлено писем: 3, ошибок: 0, пропущено клиентов: 0"
        assert len(inbox.messages) == 3
    finally:
        controller.stop()

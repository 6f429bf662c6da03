"""Macros of a personalised letter and the MIME message built from it (GRP-2)."""
from __future__ import annotations

import email
from email import policy

from crm_desktop.domain.mail_merge import Addressee, fill, unknown_macros
from crm_desktop.domain.mail_message import Part, build, html_to_text, local_images, local_path

PERSON = Addressee("v@example.ru", "ООО «Ромашка»", "Петров", "Владимир", "Сергеевич", "Уважаемый", True)


def test_the_manuals_example() -> None:
    assert fill("[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]!", PERSON).text == "Уважаемый Владимир Сергеевич!"


def test_every_macro_and_case_of_the_name() -> None:
    merged = fill("[фамилия] [Имя], [КОМПАНИЯ]", PERSON)
    assert merged.text == "Петров Владимир, ООО «Ромашка»"
    assert merged.unknown == ()


def test_salutation_by_gender_when_the_card_has_none() -> None:
    she = Addressee("a@example.ru", "ИП", "Иванова", "Анна", "Петровна", "", True)
    he = Addressee("b@example.ru", "ИП", "Сидоров", "Алексей", "Михайлович", "", True)
    assert fill("[ОБРАЩЕНИЕ] [ИМЯ]!", she).text == "Уважаемая Анна!"
    assert fill("[ОБРАЩЕНИЕ] [ИМЯ]!", he).text == "Уважаемый Алексей!"


def test_an_address_without_a_contact_person_is_not_personalised() -> None:
    nobody = Addressee("c@example.ru", "ЗАО Альфа")
    assert fill("[ОБРАЩЕНИЕ] [ИМЯ] [ОТЧЕСТВО]! Для [КОМПАНИЯ].", nobody).text == "Добрый день! Для ЗАО Альфа."


def test_an_unknown_macro_is_left_and_reported() -> None:
    merged = fill("[ОБРАЩЕНИЕ] [ИМЯ]! Ваш менеджер [МЕНЕДЖЕР], [ИМЯ].", PERSON)
    assert merged.text == "Уважаемый Владимир! Ваш менеджер [МЕНЕДЖЕР], Владимир."
    assert merged.unknown == ("[МЕНЕДЖЕР]",)
    assert unknown_macros("[x] [ИМЯ] [x]") == ()            # one letter is not a macro name
    assert unknown_macros("[Дата] [ДАТА]") == ("[Дата]", "[ДАТА]")


def test_values_are_escaped_in_html_only() -> None:
    odd = Addressee("d@example.ru", 'ООО "Рога & <копыта>"')
    assert fill("<b>[КОМПАНИЯ]</b>", odd, as_html=True).text == '<b>ООО "Рога &amp; &lt;копыта&gt;"</b>'
    assert fill("[КОМПАНИЯ]", odd).text == 'ООО "Рога & <копыта>"'


def _parsed(msg) -> email.message.EmailMessage:
    return email.message_from_bytes(msg.as_bytes(), policy=policy.default)


def test_a_text_letter_with_utf8_headers_and_an_attachment() -> None:
    msg = _parsed(build("Отдел продаж", "sales@example.ru", "v@example.ru", "Предложение для вас",
                        "Уважаемый Владимир!", False, (Part("прайс.pdf", b"%PDF-1.4"),), recipient_name="Петров"))
    assert msg["Subject"] == "Предложение для вас"
    assert msg["From"].addresses[0].display_name == "Отдел продаж"
    assert msg["To"].addresses[0].addr_spec == "v@example.ru"
    assert msg.get_body(("plain",)).get_content().strip() == "Уважаемый Владимир!"
    [att] = list(msg.iter_attachments())
    assert att.get_filename() == "прайс.pdf" and att.get_content() == b"%PDF-1.4"


def test_an_html_letter_embeds_local_images_by_cid_and_keeps_web_links() -> None:
    body = ('<html><head><style>p{}</style></head><body><p>Привет, <b>мир</b></p>'
            '<img src="file:///tmp/logo.png"><img src="http://example.ru/a.png"><img src="logo.png"></body></html>')
    assert local_images(body) == ["file:///tmp/logo.png", "logo.png"]
    images = {"file:///tmp/logo.png": Part("logo.png", b"\x89PNG1"), "logo.png": Part("logo.png", b"\x89PNG2")}
    msg = _parsed(build("", "s@example.ru", "v@example.ru", "Тема", body, True, (), images))
    html = msg.get_body(("html",)).get_content()
    assert "file:" not in html and "http://example.ru/a.png" in html
    text = msg.get_body(("plain",)).get_content()
    assert "Привет, мир" in text and "p{}" not in text
    related = [p for p in msg.walk() if p.get_content_maintype() == "image"]
    assert [p.get_content() for p in related] == [b"\x89PNG1", b"\x89PNG2"]
    for part in related:
        assert f'src="cid:{part["Content-ID"].strip("<>")}"' in html


def test_local_paths_and_text_rendering() -> None:
    assert local_path("file:///tmp/a%20b.png") == "/tmp/a b.png"
    assert local_path("file:///C:/x.png") == "C:/x.png"
    assert local_images('<img src="cid:a"><img src="data:image/png;base64,AA"><img src="C:\\x.png">') == ["C:\\x.png"]
    assert local_images('<img src=""><img src="//cdn.example.ru/a.png"><IMG SRC="b.gif">') == ["b.gif"]
    assert html_to_text("<p>a</p><p>b<br>c</p>") == "a\n\nb\nc\n"

"""Print forms rendered to PDF and read back as text: the requisites, numbers, sums and the
amount in words a buyer's accountant checks are on the page."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.reporting.documents import Line, Party, PrintDocument
from crm_desktop.reporting.pdf_forms import long_date, money, quantity, render

SUPPLIER = Party(name="ООО «Альфа & Омега Софт»", inn="7701234567", kpp="770101001",
                 address="123456, г. Москва, ул. Большая Никитская, д. 12, стр. 3, офис 405",
                 phone="+7 495 123-45-67", bank_name="ПАО «Сбербанк России», г. Москва",
                 bik="044525225", corr_account="30101810400000000225",
                 account_no="40702810938000012345", director="Иванов И. И.",
                 chief_accountant="Петрова А. С.")
BUYER = Party(name="ИП Сидоров Пётр Петрович", inn="500100732259", kpp="",
              address="141000, Московская обл., г. Мытищи, Олимпийский пр-т, д. 7")
VAT = Decimal(22)


def _line(no: int, name: str, qty: str, price: str, discount: str = "0") -> Line:
    """A line with VAT 22 % inside the price, rounded to kopecks."""
    amount = (Decimal(qty) * Decimal(price) * (100 - Decimal(discount)) / 100).quantize(Decimal("0.01"))
    vat = (amount * VAT / (100 + VAT)).quantize(Decimal("0.01"))
    return Line(no=no, name=name, unit="шт", unit_code="796", quantity=Decimal(qty),
                price=Decimal(price), discount=Decimal(discount), amount=amount, vat_rate=VAT,
                vat_amount=vat, total=amount)


def _document(kind: str, lines: list[Line]) -> PrintDocument:
    amount = sum((ln.amount for ln in lines), Decimal(0))
    return PrintDocument(kind=kind, number="АМ-422", date=date(2026, 12, 1), supplier=SUPPLIER,
                         buyer=BUYER, lines=tuple(lines), amount=amount,
                         vat=sum((ln.vat_amount for ln in lines), Decimal(0)), total=amount,
                         vat_on_top=False, attention="Главному бухгалтеру",
                         basis="Договор № 17 от 01.09.2026", payment_doc="№ 815 от 02.12.2026",
                         shipment_doc="№ АМ-422 от 01.12.2026", generated_by="Анна Смирнова, 01.12.2026 10:42")


THREE = [_line(1, "Лицензия «CRM Офис» на одно рабочее место, бессрочная, с обновлениями на 12 "
                  "месяцев и технической поддержкой по телефону и электронной почте", "3", "12500"),
         _line(2, "Настройка обмена с 1С:Бухгалтерия 8.3", "1.5", "4000", "10"),
         _line(3, "Обучение пользователей", "2", "1234.56")]


def _text(path: Path) -> list[str]:
    """Text of every page with no-break spaces as plain ones and line breaks joined."""
    return [" ".join(p.extract_text().replace("\u00a0", " ").split()) for p in PdfReader(path).pages]


def test_formats() -> None:
    assert money(Decimal("1234.5")) == "1\u00a0234,50"
    assert money(Decimal("-1000000")) == "-1\u00a0000\u00a0000,00"
    assert money(Decimal("0.005")) == "0,01"
    assert quantity(Decimal("1.500")) == "1,5"
    assert quantity(Decimal("100")) == "100"
    assert long_date(date(2026, 12, 1)) == "1 декабря 2026 г."


@pytest.mark.parametrize("kind", ["invoice", "act", "vat-invoice"])
def test_three_line_document_shows_requisites_and_sums(kind: str, tmp_path: Path) -> None:
    doc = _document(kind, THREE)
    path = tmp_path / f"{kind}.pdf"
    render(doc, path)
    pages = _text(path)
    text = " ".join(pages)
    assert len(pages) == 1
    assert doc.total == Decimal("45369.12") and doc.vat == Decimal("8181.32")
    for expected in ["АМ-422", "1 декабря 2026 г.", "ООО «Альфа & Омега Софт»",
                     "ИП Сидоров Пётр Петрович", "7701234567", "770101001", "500100732259",
                     "37 500,00", "5 400,00", "2 469,12", "45 369,12", "8 181,32",
                     "Иванов И. И.", "Сформировано: Анна Смирнова"]:
        assert expected in text, expected
    words = "Сорок пять тысяч триста шестьдесят девять рублей 12 копеек"
    if kind == "invoice":
        for expected in ["Счёт на оплату № АМ-422 от 1 декабря 2026 г.", "044525225",
                         "30101810400000000225", "40702810938000012345", "ПАО «Сбербанк России»",
                         "Вниманию: Главному бухгалтеру", "В том числе НДС (22 %): 8 181,32",
                         "Всего к оплате: 45 369,12",
                         "Всего наименований 3, на сумму 45 369,12 руб.", words,
                         "12 500,00", "10 5 400,00",
                         "Руководитель", "Бухгалтер", "Петрова А. С."]:
            assert expected in text, expected
    elif kind == "act":
        for expected in ["Акт № АМ-422 от 1 декабря 2026 г.", "Основание: Договор № 17",
                         "Всего оказано услуг 3, на сумму 45 369,12 руб.", words,
                         "претензий по объему, качеству и срокам", "ИСПОЛНИТЕЛЬ", "ЗАКАЗЧИК",
                         "12 500,00"]:
            assert expected in text, expected
    else:
        for expected in ["СЧЁТ-ФАКТУРА № АМ-422 от 1 декабря 2026 г.", "7701234567/770101001",
                         "Российский рубль, 643", "(2б)", "(6б)", "(8)", "1а", "10а", "без акциза",
                         "22%", "796", "10 245,90 30 737,70", "Петрова А. С.", "№ 815 от 02.12.2026", "Всего к оплате (9) 37 187,80 Х 8 181,32 45 369,12",
                         "Главный бухгалтер или иное уполномоченное лицо"]:
            assert expected in text, expected


def test_vat_on_top_and_without_vat(tmp_path: Path) -> None:
    on_top = replace(_document("invoice", THREE[:1]), amount=Decimal("37500"), vat=Decimal("8250"),
                     total=Decimal("45750"), vat_on_top=True)
    render(on_top, tmp_path / "on_top.pdf")
    text = " ".join(_text(tmp_path / "on_top.pdf"))
    assert "НДС (22 %): 8 250,00" in text and "В том числе" not in text
    assert "Всего к оплате: 45 750,00" in text

    free = [replace(ln, vat_rate=None, vat_amount=Decimal(0)) for ln in THREE]
    for kind in ("invoice", "vat-invoice"):
        doc = replace(_document(kind, free), vat=Decimal(0))
        render(doc, tmp_path / f"{kind}.pdf")
        text = " ".join(_text(tmp_path / f"{kind}.pdf"))
        assert ("Без НДС" if kind == "invoice" else "без НДС") in text


@pytest.mark.parametrize(("kind", "heading"), [("invoice", "Товары (работы, услуги)"),
                                               ("act", "Наименование работ, услуг"),
                                               ("vat-invoice", "Код вида товара")])
def test_sixty_lines_span_pages_with_the_header_repeated(kind: str, heading: str, tmp_path: Path) -> None:
    lines = [_line(i, f"Позиция номер {i} с достаточно длинным наименованием товара, чтобы оно "
                      f"переносилось внутри ячейки таблицы", "1", "100") for i in range(1, 61)]
    render(_document(kind, lines), tmp_path / "long.pdf")
    pages = _text(tmp_path / "long.pdf")
    assert len(pages) >= 2
    assert all(heading in page for page in pages[:-1])
    assert "Позиция номер 60" in " ".join(pages) and "Страница 2" in pages[1]


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="неизвестный вид"):
        render(_document("waybill", THREE), tmp_path / "x.pdf")


def test_entrepreneur_signs_the_vat_invoice_in_the_entrepreneurs_row(tmp_path: Path) -> None:
    seller = replace(BUYER, director="Сидоров П. П.")
    render(replace(_document("vat-invoice", THREE), supplier=seller), tmp_path / "ip.pdf")
    text = " ".join(_text(tmp_path / "ip.pdf"))
    assert "500100732259" in text
    assert text.index("Индивидуальный предприниматель") < text.index("Сидоров П. П.")

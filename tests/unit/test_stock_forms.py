"""The warehouse print forms from plain models, without a database: VAT on top and «без НДС»
as a reader sees them, an entrepreneur's УПД, long names wrapped rather than cut, a sheet of
price tags and an empty price list."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pypdf import PdfReader

from crm_desktop.reporting import pdf_kit, price_list, price_tags, stock_forms, torg12, upd
from crm_desktop.reporting.documents import Party
from crm_desktop.reporting.stock_documents import PriceList, PriceTag, StockDocument, StockLine

D = Decimal
OURS = Party("ИП Сидоров Пётр Петрович", "500100732259", "", "г. Мытищи, Олимпийский пр-т, д. 7",
             director="Сидоров П. П.")
BUYER = Party("ООО «Альфа & Омега <Софт>»", "7701234567", "770101001", "г. Москва")
LONG = "Картридж лазерный совместимый для принтеров серии LaserJet Pro M404/M428, ресурс 10 000 страниц, чёрный"


def _doc(vat_on_top: bool, rate: Decimal | None) -> StockDocument:
    if rate is None:
        lines = (StockLine(1, "K-1", "", LONG, "шт", "796", D(2), D("1500.00"), D("1500.00"), D("3000.00"), None,
                           D(0), D("3000.00")),)
        return StockDocument("expense", "7", datetime(2026, 12, 3, 9), OURS, OURS, BUYER, "Склад", lines,
                             D("3000.00"), D(0), D("3000.00"), vat_on_top)
    lines = (StockLine(1, "K-1", "", LONG, "шт", "796", D(2), D("1500.00"), D("1500.00"), D("3000.00"), rate,
                       D("600.00"), D("3600.00")),)
    return StockDocument("expense", "7", datetime(2026, 12, 3, 9), OURS, OURS, BUYER, "Склад", lines,
                         D("3000.00"), D("600.00"), D("3600.00"), vat_on_top)


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()).replace("\u00a0", " ") for p in PdfReader(path).pages)


def test_vat_on_top_in_torg12_upd_and_the_sales_receipt(tmp_path) -> None:
    doc = _doc(True, D(20))
    text = _text(pdf_kit.render([torg12.torg12(doc)], tmp_path / "t.pdf"))
    assert "1 500,00 3 000,00 20 600,00 3 600,00" in text and "Три тысячи шестьсот рублей 00 копеек" in text
    assert "ООО «Альфа & Омега <Софт>»" in text and "ресурс 10 000 страниц, чёрный" in text
    text = _text(pdf_kit.render([upd.upd(doc)], tmp_path / "u.pdf"))
    assert "Всего к оплате (9) 3 000,00 Х 600,00 3 600,00" in text
    # an entrepreneur (12-digit INN) signs in the entrepreneur's row, not as head of an organisation
    assert "уполномоченное лицо (подпись) (ф.и.о.) Главный бухгалтер" in text
    assert "Индивидуальный предприниматель или иное уполномоченное лицо Сидоров П. П." in text
    text = _text(pdf_kit.render([stock_forms.sales_receipt(doc)], tmp_path / "s.pdf"))
    assert "Сумма: 3 000,00 НДС: 600,00 Итого: 3 600,00" in text


def test_without_vat(tmp_path) -> None:
    doc = _doc(False, None)
    text = _text(pdf_kit.render([torg12.torg12(doc)], tmp_path / "t.pdf"))
    assert "1 500,00 3 000,00 без НДС -- 3 000,00" in text
    text = _text(pdf_kit.render([upd.upd(doc)], tmp_path / "u.pdf"))
    assert "без НДС без НДС 3 000,00" in text and "Всего к оплате (9) 3 000,00 Х без НДС 3 000,00" in text
    text = _text(pdf_kit.render([stock_forms.expense(doc)], tmp_path / "e.pdf"))
    assert "Без НДС —" in text and "Всего: 3 000,00" in text


def test_a_name_too_long_for_a_tag_is_set_smaller_and_then_cut(tmp_path) -> None:
    tags = [PriceTag("K-1", "", LONG * 3, "HP", D("1234567.89"), "шт", "ИП Сидоров", date(2026, 12, 3))] * 25
    out = pdf_kit.render([price_tags.price_tags(tags)], tmp_path / "tags.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    text = _text(out)
    assert text.count("1 234 567,89 руб. / шт") == 25 and "…" in text


def test_an_empty_price_list_says_why(tmp_path) -> None:
    made = PriceList(OURS, date(2026, 12, 3), ())
    assert "Нет позиций для прайс-листа" in _text(price_list.to_pdf(made, tmp_path / "p.pdf"))

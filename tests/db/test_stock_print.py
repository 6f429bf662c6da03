"""Warehouse and cash print forms on Firebird (issue 12: WH-4, WH-5, ORD-2, КО-1/КО-2): a receipt
and an expense made through services.warehouse, printed to PDF and read back as text — what a
reader sees: titles, requisites, numbers, the stored totals and the amount in words; «Подбор…»
as one PDF in the selection form's order; «Возвратная накладная», «Накладная на выпуск
продукции», «Сведения о сертификатах», «Счёт на предоплату», «Складская накладная» and the
expense's «Счёт-фактура»; price tags; the price list as
PDF and XLSX read back with openpyxl; `crm --print` of the new kinds; another manager's
document refused."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from crm_desktop.domain.cash import CashKind
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.price_list import StockShown
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import cash, nomenclature, warehouse
from crm_desktop.services.price_lists import PriceListOptions, PriceSource, export_price_list
from crm_desktop.services.stock_printing import StockPrintRefused, print_selection, print_stock, price_tags
from crm_desktop.services.warehouse import StockDocNotFound
from crm_desktop.ui.app import run
from tests.conftest import PASSWORD
from tests.db.sales_setup import make_shop

D = Decimal
T0 = datetime(2026, 12, 1, 10, 0)
VAT = D(20)


def text_of(path, page: int | None = None) -> str:
    """The PDF's text as a reader sees it: whitespace and no-break spaces as single spaces."""
    reader = PdfReader(path)
    pages = reader.pages if page is None else [reader.pages[page]]
    return " ".join(" ".join(p.extract_text().split()).replace("\u00a0", " ") for p in pages)


@pytest.fixture
def stock(db, users, session_of):
    """A posted receipt of paper and staplers (VAT 20 % inside the prices) and a posted expense
    of 3 packs of paper at 350.00 and 2 staplers at 1 234.56 to «ООО «Аудит»»."""
    shop = make_shop(db, session_of, users)
    manager = session_of("manager")
    paper, stapler = shop.items["paper"], shop.items["stapler"]
    draft = warehouse.new_draft(manager, Kind.RECEIPT, now=T0)
    draft.client_id = shop.clients["ООО «Аудит»"]
    draft.lines = [StockLine(paper, "paper", "шт", D(10), D("245.00"), VAT).with_sale_price(D("350.00")),
                   StockLine(stapler, "stapler", "шт", D(5), D("864.19"), VAT).with_sale_price(D("1234.56"))]
    receipt = warehouse.post(manager, warehouse.save(manager, draft).id, now=T0)
    draft = warehouse.new_draft(manager, Kind.EXPENSE, now=T0 + timedelta(hours=2))
    draft.client_id = shop.clients["ООО «Аудит»"]
    draft.lines = [StockLine(paper, "paper", "шт", D(3), D("350.00"), VAT, incoming=False),
                   StockLine(stapler, "stapler", "шт", D(2), D("1234.56"), VAT, incoming=False)]
    expense = warehouse.post(manager, warehouse.save(manager, draft).id, now=T0 + timedelta(hours=2))
    return shop, manager, receipt, expense


def test_torg12_prints_the_stored_lines_totals_and_words(stock, tmp_path) -> None:
    shop, manager, _, expense = stock
    out = print_stock(manager, "torg12", expense.id, tmp_path / "torg12.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    text = text_of(out)
    assert "Унифицированная форма № ТОРГ-12" in text and "0330212" in text
    assert "ТОВАРНАЯ НАКЛАДНАЯ" in text and f"{expense.doc_no} 01.12.2026" in text
    assert "Грузополучатель ООО «Аудит», ИНН 7705000001, КПП 770501001" in text
    assert "Поставщик Общество с ограниченной ответственностью «Ромашка», ИНН 7707083893" in text
    assert "Бумага А4 «Снегурочка», 500 л." in text and "P-001" in text and "Степлер №24" in text
    # line 1: 3 × 350.00 with VAT inside: 875.00 net, 175.00 VAT, 1 050.00; line 2: 2 057.60 / 411.52 / 2 469.12
    assert "291,67 875,00 20 175,00 1 050,00" in text
    assert "1 028,80 2 057,60 20 411,52 2 469,12" in text
    assert "Всего по накладной" in text and "2 932,60 Х 586,52 3 519,12" in text
    assert "Всего отпущено два наименований на сумму Три тысячи пятьсот девятнадцать рублей 12 копеек" in text
    assert "содержит два порядковых номеров записей" in text
    assert "Иванов Иван Иванович" in text and "Петрова Анна Сергеевна" in text and "Менеджеров Михаил" in text


def test_upd_has_status_requisites_columns_and_the_transfer_part(stock, tmp_path) -> None:
    shop, manager, _, expense = stock
    out = print_stock(manager, "upd", expense.id, tmp_path / "upd.pdf")
    text = text_of(out)
    assert "Универсальный передаточный документ" in text and "Статус: 1" in text
    assert f"Счет-фактура № {expense.doc_no} от 1 декабря 2026 г. (1)" in text and "Исправление № -- от -- (1а)" in text
    assert "ИНН/КПП продавца: 7707083893/773601001 (2б)" in text
    assert "ИНН/КПП покупателя: 7705000001/770501001 (6б)" in text
    assert "Российский рубль, 643 (7)" in text
    assert f"№ п/п 1–2 № {expense.doc_no} от 01.12.2026 (5а)" in text
    assert "А 1 1а 1б 2 2а 3 4 5 6 7 8 9 10 10а 11 12 12а 13" in text
    assert "P-001 1 Бумага А4 «Снегурочка», 500 л." in text and "796 шт 3 291,67 875,00 без акциза 20% 175,00 1 050,00" in text
    assert "Всего к оплате (9) 2 932,60 Х 586,52 3 519,12" in text
    assert "Руководитель организации или иное уполномоченное лицо" in text and "Иванов Иван Иванович" in text
    for tag in ("[8]", "[9]", "[10]", "[11]", "[12]", "[13]", "[14]", "[15]", "[16]", "[17]", "[18]", "[19]"):
        assert tag in text
    assert "«01» декабря 2026 г." in text and "ООО «Аудит», ИНН/КПП 7705000001/770501001" in text


def test_waybills_and_sales_receipt(stock, tmp_path) -> None:
    shop, manager, receipt, expense = stock
    text = text_of(print_stock(manager, "receipt", receipt.id, tmp_path / "r.pdf"))
    assert f"Приходная накладная № {receipt.doc_no} от 1 декабря 2026 г." in text
    assert "Поставщик: ООО «Аудит»" in text and "Склад:" in text
    # 10 × 245.00 = 2 450.00 (VAT 408.33), 5 × 864.19 = 4 320.95 (VAT 720.16)
    assert "2 450,00 20% 408,33" in text and "4 320,95 20% 720,16" in text
    assert "Итого: 6 770,95 В том числе НДС: 1 128,49 Всего: 6 770,95" in text
    assert "Шесть тысяч семьсот семьдесят рублей 95 копеек" in text and "Сдал" in text and "Принял" in text

    text = text_of(print_stock(manager, "expense", expense.id, tmp_path / "e.pdf"))
    assert f"Расходная накладная № {expense.doc_no}" in text and "Получатель: ООО «Аудит»" in text
    assert "Всего наименований 2, на сумму 3 519,12 руб." in text and "Отпустил" in text

    text = text_of(print_stock(manager, "sales-receipt", expense.id, tmp_path / "s.pdf"))
    assert f"Товарный чек № {expense.doc_no} от 1 декабря 2026 г." in text
    assert "Общество с ограниченной ответственностью «Ромашка»" in text and "ИНН 7707083893" in text
    assert "Итого: 3 519,12 В том числе НДС: 586,52" in text
    assert "Три тысячи пятьсот девятнадцать рублей 12 копеек" in text and "Продавец" in text

    with pytest.raises(StockPrintRefused, match="Расходная накладная"):
        print_stock(manager, "torg12", receipt.id, tmp_path / "x.pdf")
    with pytest.raises(StockPrintRefused, match=r"\.pdf"):
        print_stock(manager, "torg12", expense.id, tmp_path / "x.docx")


def test_cash_orders_ko1_and_ko2(stock, tmp_path) -> None:
    shop, manager, _, expense = stock
    pko = cash.new_order(manager, CashKind.RECEIPT, now=T0 + timedelta(hours=3))
    pko.amount, pko.client_id, pko.wh_doc_id = D("3519.12"), shop.clients["ООО «Аудит»"], expense.id
    pko.basis = f"Оплата по расходной накладной № {expense.doc_no}"
    pko = cash.post(manager, cash.save(manager, pko).id)
    rko = cash.new_order(manager, CashKind.EXPENSE, now=T0 + timedelta(hours=4))
    rko.amount, rko.person, rko.basis = D("1000.50"), "Петров Пётр Петрович", "Подотчёт на хозяйственные расходы"
    rko = cash.save(manager, rko)

    text = text_of(print_stock(manager, "cash-in", pko.id, tmp_path / "pko.pdf"))
    assert "Унифицированная форма № КО-1" in text and "0310001" in text and "ПРИХОДНЫЙ КАССОВЫЙ ОРДЕР" in text
    assert f"{pko.doc_no} 01.12.2026" in text and "3 519,12" in text and "Принято от ООО «Аудит»" in text
    assert "Три тысячи пятьсот девятнадцать рублей 12 копеек" in text
    assert f"КВИТАНЦИЯ к приходному кассовому ордеру № {pko.doc_no}" in text and "3519 руб. 12 коп." in text
    assert "Петрова Анна Сергеевна" in text and "Менеджеров Михаил" in text

    text = text_of(print_stock(manager, "cash-out", rko.id, tmp_path / "rko.pdf"))
    assert "Унифицированная форма № КО-2" in text and "0310002" in text and "РАСХОДНЫЙ КАССОВЫЙ ОРДЕР" in text
    assert "Выдать Петров Пётр Петрович" in text and "Подотчёт на хозяйственные расходы" in text
    assert "Одна тысяча рублей 50 копеек" in text and "1 000,50" in text and "Иванов Иван Иванович" in text
    with pytest.raises(StockPrintRefused, match="cash-in"):
        print_stock(manager, "cash-out", pko.id, tmp_path / "x.pdf")


def test_selection_prints_the_chosen_forms_in_the_form_order_as_one_pdf(stock, tmp_path) -> None:
    shop, manager, _, expense = stock
    out = print_selection(manager, expense.id, ["cash-in", "upd", "expense"], tmp_path / "sel.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    first, second, third = (text_of(out, i) for i in range(3))
    assert f"Расходная накладная № {expense.doc_no}" in first and "Универсальный" not in first
    assert reader.pages[0].mediabox.height > reader.pages[0].mediabox.width
    assert "Универсальный передаточный документ" in second and reader.pages[1].mediabox.width > reader.pages[1].mediabox.height
    # no cash order was entered for the expense: a ПКО filled from it, without a number yet
    assert "ПРИХОДНЫЙ КАССОВЫЙ ОРДЕР" in third and "Принято от ООО «Аудит»" in third
    assert f"Оплата по расходной накладной № {expense.doc_no} от 01.12.2026" in third and "3 519,12" in third
    with pytest.raises(StockPrintRefused, match="хотя бы один"):
        print_selection(manager, expense.id, [], tmp_path / "none.pdf")


def test_price_tags_of_a_receipt_and_of_marked_items(stock, session_of, tmp_path) -> None:
    shop, manager, receipt, _ = stock
    text = text_of(price_tags(manager, tmp_path / "tags.pdf", receipt_id=receipt.id, today=date(2026, 12, 2)))
    assert text.count("ООО «Ромашка»") == 2 and text.count("02.12.2026") == 2
    assert "Бумага А4 «Снегурочка», 500 л." in text and "Код: P-001 Арт.: SN-A4" in text
    assert "350,00 руб. / шт" in text and "1 234,56 руб. / шт" in text
    admin = session_of("admin")
    extra = []
    for n in range(22):
        card = nomenclature.new_item(shop.groups["Бумага"])
        card.values.update(name=f"Папка-регистратор №{n + 1}", sale_price=D("99.90") + n, code=f"F-{n + 1:03d}",
                           manufacturer="Erich Krause")
        extra.append(nomenclature.save_item(admin, card).id)
    marked = [shop.items[k] for k in ("paper", "stapler", "setup", "fixed")] + extra + [shop.items["paper"]]
    out = price_tags(manager, tmp_path / "many.pdf", item_ids=marked)
    assert len(PdfReader(out).pages) == 2        # 26 tags (paper marked twice prints once): 24 + 2
    first, second = text_of(out, 0), text_of(out, 1)
    assert "4 500,00 руб. / ч" in first and "10 000,00 руб." in first and "Производитель: Erich Krause" in first
    assert "Папка-регистратор №22" in second and "120,90 руб." in second and "Бумага А4" not in second
    with pytest.raises(StockPrintRefused, match="приходной накладной"):
        print_stock(manager, "price-tags", stock[3].id, tmp_path / "x.pdf")


def test_price_list_from_stock_and_nomenclature_as_xlsx_and_pdf(stock, db, session_of, tmp_path) -> None:
    shop, manager, _, _ = stock
    admin = session_of("admin")
    hidden = nomenclature.new_item(shop.groups["Бумага"])
    hidden.values.update(name="Бумага снятая с продажи", sale_price=D("10.00"), not_in_price=1)
    nomenclature.save_item(admin, hidden)
    paper = nomenclature.item(admin, shop.items["paper"])
    paper.values["per_package"] = D(5)
    nomenclature.save_item(admin, paper)

    options = PriceListOptions(PriceSource.STOCK, code_instead_of_article=True, stock=StockShown.SIGNS,
                               per_package=True, picker_columns=True)
    book = load_workbook(export_price_list(manager, options, tmp_path / "stock.xlsx", today=date(2026, 12, 2)))
    sheet = book.active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Общество с ограниченной ответственностью «Ромашка»"
    assert rows[1][0] == "ИНН 7707083893, КПП 773601001"
    assert any(r[0] == "Прайс-лист на 2 декабря 2026 г." for r in rows)
    head = next(r for r in rows if r[0] == "Код")
    assert list(head[:6]) == ["Код", "Наименование", "Ед.", "Цена, руб.", "Наличие", "Кол-во в месте"]
    assert len([c for c in head if c is None]) == 5          # five columns for the picker
    body = [r for r in rows[rows.index(head) + 1:] if r[0] or r[1]]
    # sections in price-list order: «Бумага» (the stapler), its subgroup «Бумага / Офисная» (the paper)
    assert [r[0] for r in body][:4] == ["Бумага", None, "Бумага / Офисная", "P-001"]
    assert body[1][1] == "Степлер №24" and body[1][4] == "+" and body[1][3] == 1234.56
    assert body[3][1] == "Бумага А4 «Снегурочка», 500 л." and body[3][4] == "+" and body[3][5] == "5"
    price_cell = next(c for c in sheet["D"] if c.value == 1234.56)
    assert price_cell.number_format == "#,##0.00"
    names = {r[1] for r in body}
    assert "Настройка CRM" not in names and "Бумага снятая с продажи" not in names     # not in stock / excluded

    whole = PriceListOptions(PriceSource.NOMENCLATURE, group_ids=(shop.groups["Услуги"],),
                             stock=StockShown.QUANTITY)
    text = text_of(export_price_list(manager, whole, tmp_path / "services.pdf", today=date(2026, 12, 2)))
    assert "Прайс-лист на 2 декабря 2026 г." in text and "Артикул Наименование Ед. Цена, руб. Остаток" in text
    assert "Услуги" in text and "Настройка CRM ч 4 500,00" in text and "10 000,00" in text
    assert "Степлер" not in text and "ИНН 7707083893, КПП 773601001" in text
    whole_stock = PriceListOptions(stock=StockShown.QUANTITY)
    text = text_of(export_price_list(manager, whole_stock, tmp_path / "all.pdf"))
    assert "Бумага А4 «Снегурочка», 500 л. шт 350,00 7" in text and "Степлер №24 шт 1 234,56 3" in text


def test_others_documents_are_refused_and_the_command_line_prints(stock, db, backend, session_of, tmp_path, capsys,
                                                                  monkeypatch) -> None:
    shop, manager, receipt, expense = stock
    with pytest.raises(StockDocNotFound, match="недоступен"):
        print_stock(session_of("manager2"), "torg12", expense.id, tmp_path / "x.pdf")
    creds = backend.credentials()
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    if db.address.embedded:             # embedded: the file is opened with the owner's account
        monkeypatch.setenv("ISC_USER", creds.user)
        monkeypatch.setenv("ISC_PASSWORD", creds.password)
    else:                               # server: the user attaches as its own Firebird account
        monkeypatch.delenv("ISC_USER", raising=False)
        monkeypatch.delenv("ISC_PASSWORD", raising=False)

    def crm(who: str, target: str, out) -> int:
        return run(["--db", str(db.address), "--user", who, "--print", target, "--out", str(out)])
    for kind, doc in (("torg12", expense), ("upd", expense), ("sales-receipt", expense), ("expense", expense),
                      ("receipt", receipt), ("price-tags", receipt), ("certificates", expense),
                      ("prepayment-invoice", expense), ("warehouse-waybill", expense),
                      ("expense-vat-invoice", expense)):
        out = tmp_path / f"{kind}.pdf"
        assert crm("manager", f"{kind}:{doc.id}", out) == 0, capsys.readouterr().err
        assert PdfReader(out).pages and capsys.readouterr().out.strip().endswith(f"{kind}.pdf")
    assert "ТОВАРНАЯ НАКЛАДНАЯ" in text_of(tmp_path / "torg12.pdf")
    assert "Счёт на предоплату" in text_of(tmp_path / "prepayment-invoice.pdf")
    assert "Складская накладная" in text_of(tmp_path / "warehouse-waybill.pdf")
    assert "СЧЁТ-ФАКТУРА" in text_of(tmp_path / "expense-vat-invoice.pdf")
    assert crm("manager2", f"upd:{expense.id}", tmp_path / "no.pdf") == 2
    error = capsys.readouterr().err
    assert error.startswith("Ошибка: Складской документ") and "недоступен" in error and error.count("\n") == 1
    assert not (tmp_path / "no.pdf").exists()
    assert crm("manager", f"torg12:{receipt.id}", tmp_path / "no.pdf") == 2
    assert "печатается из документа вида «Расходная накладная»" in capsys.readouterr().err
    assert crm("manager", "bill:1", tmp_path / "no.pdf") == 2
    assert "torg12, upd, sales-receipt, cash-in, cash-out, price-tags, return, production" in capsys.readouterr().err


def test_return_and_production_waybills(stock, session_of, tmp_path) -> None:
    """«Возвратная накладная» of a return entered on the expense, «Накладная на выпуск
    продукции» with the products' cost and each component's warehouse and cost."""
    shop, manager, _, expense = stock
    ret = warehouse.save(manager, warehouse.enter_return(manager, expense.id, now=T0 + timedelta(hours=3)))
    ret = warehouse.post(manager, ret.id, now=T0 + timedelta(hours=3))
    text = text_of(print_stock(manager, "return", ret.id, tmp_path / "return.pdf"))
    assert f"Возвратная накладная № {ret.doc_no} от 1 декабря 2026 г." in text
    assert "Покупатель: ООО «Аудит», ИНН 7705000001" in text
    assert "Получатель: Общество с ограниченной ответственностью «Ромашка»" in text
    assert f"Основание: Расходная накладная № {expense.doc_no} от 01.12.2026" in text
    assert "1 050,00 20% 175,00" in text and "2 469,12 20% 411,52" in text
    assert "Три тысячи пятьсот девятнадцать рублей 12 копеек" in text and "Сдал" in text and "Принял" in text

    admin = session_of("admin")
    parts_store = warehouse.save_warehouse(admin, None, "Склад комплектующих")
    draft = warehouse.new_draft(manager, Kind.RECEIPT, now=T0 + timedelta(hours=4))
    draft.client_id, draft.warehouse_id = shop.clients["ООО «Аудит»"], parts_store
    draft.lines = [StockLine(shop.items["stapler"], "stapler", "шт", D(4), D("100.00"))]
    warehouse.post(manager, warehouse.save(manager, draft).id, now=T0 + timedelta(hours=4))
    draft = warehouse.new_draft(manager, Kind.PRODUCTION, now=T0 + timedelta(hours=5))
    draft.lines = [StockLine(shop.items["fixed"], "kit", "шт", D(2), D(0)),
                   StockLine(shop.items["paper"], "paper", "шт", D(2), D(0), incoming=False, base_index=0),
                   StockLine(shop.items["stapler"], "stapler", "шт", D(4), D(0), incoming=False, base_index=0,
                             warehouse_id=parts_store)]
    made = warehouse.save(manager, draft)
    text = text_of(print_stock(manager, "production", made.id, tmp_path / "draft.pdf"))
    assert "Документ не проведён: себестоимость определится при проведении." in text
    made = warehouse.post(manager, made.id, now=T0 + timedelta(hours=5))
    out = print_stock(manager, "production", made.id, tmp_path / "production.pdf")
    assert len(PdfReader(out).pages) == 1
    text = text_of(out)
    assert f"Накладная на выпуск продукции № {made.doc_no} от 1 декабря 2026 г." in text
    assert "Организация: Общество с ограниченной ответственностью «Ромашка»" in text
    assert "Выпущенная продукция" in text and "Списанные комплектующие" in text
    # paper: 2 × 204.167 (2 450.00 without 408.33 VAT for 10) from the main warehouse; staplers 4 × 100.00
    assert "1 Лицензия CRM (фиксированная цена) шт 2 808,33" in text
    assert "Итого себестоимость продукции: 808,33" in text
    assert "1 P-001 Бумага А4 «Снегурочка», 500 л. шт 2 Основной склад 1 408,33" in text
    assert "2 Степлер №24 шт 4 Склад комплектующих 1 400,00" in text
    assert "Итого списано комплектующих: 808,33" in text and "не проведён" not in text
    assert "Выпуск оформил" in text and "Менеджеров Михаил" in text
    with pytest.raises(StockPrintRefused, match="Выпуск продукции"):
        print_stock(manager, "production", expense.id, tmp_path / "x.pdf")
    with pytest.raises(StockPrintRefused, match="production"):
        print_stock(manager, "expense", made.id, tmp_path / "x.pdf")


def test_certificates_and_prepayment_invoice_of_an_expense(stock, session_of, tmp_path) -> None:
    """«Сведения о сертификатах» from the items' certificates (an item without one shows «—»)
    and «Счёт на предоплату» with our bank requisites, both in «Подбор…» and `--print`."""
    shop, manager, _, expense = stock
    admin = session_of("admin")
    paper = nomenclature.item(admin, shop.items["paper"])
    paper.values.update(certificate_no=" РОСС RU.АЯ46.Н12345 ", certificate_issuer="ОС «Тест-С.-Петербург»",
                        certificate_valid_to=date(2027, 6, 30))
    nomenclature.save_item(admin, paper)
    text = text_of(print_stock(manager, "certificates", expense.id, tmp_path / "cert.pdf"))
    assert "Сведения о сертификатах" in text
    assert f"к расходной накладной № {expense.doc_no} от 1 декабря 2026 г." in text
    assert "Покупатель: ООО «Аудит»" in text
    assert "№ Наименование товара Кол-во Номер сертификата Кем выдан Действителен до" in text
    assert "1 Бумага А4 «Снегурочка», 500 л. 3 шт РОСС RU.АЯ46.Н12345 ОС «Тест-С.-Петербург» 30.06.2027" in text
    assert "2 Степлер №24 2 шт — — —" in text

    text = text_of(print_stock(manager, "prepayment-invoice", expense.id, tmp_path / "prepay.pdf"))
    assert f"Счёт на предоплату № {expense.doc_no} от 1 декабря 2026 г." in text
    assert "ПАО Сбербанк" in text and "044525225" in text and "40702810938000012345" in text
    assert "Покупатель: ООО «Аудит», ИНН 7705000001" in text
    assert f"Основание: Расходная накладная № {expense.doc_no} от 01.12.2026" in text
    assert "Степлер №24 2 шт 1 234,56 2 469,12" in text
    assert "Итого: 3 519,12 В том числе НДС (20 %): 586,52 Всего к оплате: 3 519,12" in text
    assert "Всего наименований 2, на сумму 3 519,12 руб." in text
    assert "Три тысячи пятьсот девятнадцать рублей 12 копеек" in text

    out = print_selection(manager, expense.id, ["prepayment-invoice", "expense", "certificates"], tmp_path / "sel.pdf")
    assert len(PdfReader(out).pages) == 3
    assert "Расходная накладная" in text_of(out, 0)
    assert "Сведения о сертификатах" in text_of(out, 1) and "Счёт на предоплату" in text_of(out, 2)
    with pytest.raises(StockPrintRefused, match="расходной накладной"):
        print_stock(manager, "certificates", stock[2].id, tmp_path / "x.pdf")


def test_warehouse_waybill_and_vat_invoice_of_an_expense(stock, tmp_path) -> None:
    """«Складская накладная» (quantities, no prices, the storekeeper's signatures) and the
    expense's «Счёт-фактура» in the sales счёт-фактура form, both by `print_stock` and in
    «Подбор…» in the manual's order."""
    shop, manager, receipt, expense = stock
    out = print_stock(manager, "warehouse-waybill", expense.id, tmp_path / "store.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and reader.pages[0].mediabox.height > reader.pages[0].mediabox.width
    text = text_of(out)
    assert f"Складская накладная № {expense.doc_no} от 1 декабря 2026 г." in text
    assert "Склад: Основной склад" in text and "Получатель: ООО «Аудит», ИНН 7705000001" in text
    assert "№ Код Наименование Ед. Кол-во" in text
    assert "1 P-001 Бумага А4 «Снегурочка», 500 л. шт 3" in text and "2 Степлер №24 шт 2" in text
    assert "Итого количество: 5" in text and "Всего наименований 2, общее количество 5" in text
    assert "Отпустил" in text and "Получил" in text and "Менеджеров Михаил" in text
    for price in ("350,00", "1 234,56", "3 519,12", "НДС"):
        assert price not in text

    out = print_stock(manager, "expense-vat-invoice", expense.id, tmp_path / "sf.pdf")
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    text = text_of(out)
    assert "к постановлению Правительства Российской Федерации от 26 декабря 2011 г. № 1137" in text
    assert f"СЧЁТ-ФАКТУРА № {expense.doc_no} от 1 декабря 2026 г. (1)" in text
    assert "Продавец: Общество с ограниченной ответственностью «Ромашка» (2)" in text
    assert "ИНН/КПП продавца: 7707083893/773601001 (2б)" in text
    assert "ИНН/КПП покупателя: 7705000001/770501001 (6б)" in text
    assert f"№ п/п 1–2; Расходная накладная № {expense.doc_no} от 01.12.2026 (5а)" in text
    assert "Бумага А4 «Снегурочка», 500 л. -- 796 шт 3 291,67 875,00 без акциза 20% 175,00 1 050,00" in text
    assert "Всего к оплате (9) 2 932,60 Х 586,52 3 519,12" in text
    assert "Иванов Иван Иванович" in text and "Петрова Анна Сергеевна" in text
    with pytest.raises(StockPrintRefused, match="Расходная накладная"):
        print_stock(manager, "expense-vat-invoice", receipt.id, tmp_path / "x.pdf")
    with pytest.raises(StockPrintRefused, match="Расходная накладная"):
        print_stock(manager, "warehouse-waybill", receipt.id, tmp_path / "x.pdf")

    out = print_selection(manager, expense.id, ["cash-in", "expense-vat-invoice", "torg12", "warehouse-waybill",
                                                "expense"], tmp_path / "sel.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 5
    titles = [text_of(out, i) for i in range(5)]
    assert f"Расходная накладная № {expense.doc_no}" in titles[0]
    assert "Складская накладная" in titles[1] and "ТОВАРНАЯ НАКЛАДНАЯ" in titles[2]
    assert "СЧЁТ-ФАКТУРА" in titles[3] and "Универсальный" not in titles[3]
    assert reader.pages[3].mediabox.width > reader.pages[3].mediabox.height
    assert "ПРИХОДНЫЙ КАССОВЫЙ ОРДЕР" in titles[4]

"""From a quote to a contract, walked through the services (issue 11): a client with a special
offer gets an invoice from the nomenclature (the offer applied and announced), it is printed
with our bank requisites and the amount in words, paid in two parts, an act and a VAT invoice
are entered from it, and a contract is printed from its type's template with every variable
filled (manual: "Счета", "Система спец. предложений", "Контроль частичной оплаты счетов",
"Управление договорами")."""
from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import docx
from pypdf import PdfReader

from crm_desktop.domain.contract_vars import PLACEHOLDER
from crm_desktop.domain.documents import PaymentState
from crm_desktop.services import contracts, documents, nomenclature, printing
from tests.db.sales_setup import make_shop

D = Decimal
DAY = date(2026, 12, 1)


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_special_offer_invoice_two_payments_act_vat_invoice_contract(db, users, session_of, tmp_path) -> None:
    shop = make_shop(db, session_of, users)
    admin, manager = session_of("admin"), session_of("manager")
    client = shop.clients["ООО «Аудит»"]
    nomenclature.save_special_offer(admin, client, [(shop.groups["Бумага"], D("10")), (None, D("5"))])

    # the invoice: 20 packs of paper (group «Бумага» → 10 %), 4 hours of set-up (the rest → 5 %)
    draft = documents.new_draft(manager, "invoice", client, today=DAY)
    draft.lines = [documents.line_from_item(manager, shop.items["paper"], DAY, D("20")),
                   documents.line_from_item(manager, shop.items["setup"], DAY, D("4"))]
    draft.attention = "Смирновой Елене Андреевне"
    announced = documents.refresh(manager, draft)
    assert announced.banner == "ДЕЙСТВУЕТ СПЕЦПРЕДЛОЖЕНИЕ"
    assert [(p.price, p.amount) for p in announced.lines] == [(D("315.00"), D("6300.00")),
                                                               (D("4275.00"), D("17100.00"))]
    invoice = documents.save(manager, draft)
    assert invoice.doc_no == "АМ-1" and invoice.special_offer
    priced = invoice.priced()
    # VAT 22 % inside: 6 300,00 → 1 136,07; 17 100,00 → 3 083,61; the footer is their sum
    assert [p.vat_amount for p in priced] == [D("1136.07"), D("3083.61")]
    assert sum(p.total for p in priced) == D("23400.00")

    invoice_pdf = printing.print_document(manager, "invoice", invoice.id, tmp_path / "invoice.pdf")
    text = _pdf_text(invoice_pdf)
    for expected in ("Счёт на оплату № АМ-1 от 1 декабря 2026 г.", "ПАО Сбербанк", "044525225",
                     "30101810400000000225", "40702810938000012345", "7707083893", "773601001",
                     "ООО «Аудит»", "Смирновой Елене Андреевне", "Бумага А4 «Снегурочка», 500 л.", "Настройка CRM",
                     "6 300,00", "17 100,00", "23 400,00", "4 219,68",
                     "Двадцать три тысячи четыреста рублей 00 копеек", "Иванов Иван Иванович"):
        assert expected in text.replace("\u00a0", " "), expected

    # two partial payments: part paid, then paid with 100,00 over — the client's advance
    first = documents.new_payment(manager, invoice.id, today=DAY)
    first.amount = D("10000.00")
    assert documents.save_payment(manager, first).describe() == "Оплачен частично, осталось 13\u00a0400,00 руб."
    second = documents.new_payment(manager, invoice.id, today=date(2026, 12, 3))
    second.amount, second.pay_kind, second.doc_no = D("13500.00"), 1, "ПКО-17"
    settled = documents.save_payment(manager, second)
    assert (settled.state, settled.remainder, settled.advance) == (PaymentState.PAID, D("0.00"), D("100.00"))

    # act and VAT invoice entered from the invoice
    act = documents.save(manager, documents.enter_from_invoice(manager, invoice.id, "act", today=date(2026, 12, 4)))
    vat = documents.save(manager, documents.enter_from_invoice(manager, invoice.id, "vat-invoice",
                                                               today=date(2026, 12, 4)))
    assert (act.doc_no, vat.doc_no, vat.act_id) == ("1", "1", act.id)
    assert "ПКО-17 от 03.12.2026" in vat.payment_doc
    act_text = _pdf_text(printing.print_document(manager, "act", act.id, tmp_path / "act.pdf")).replace("\u00a0", " ")
    assert "Акт № 1 от 4 декабря 2026 г." in act_text and "Основание: Счёт № АМ-1 от 01.12.2026" in act_text
    assert "23 400,00" in act_text and "Двадцать три тысячи четыреста рублей 00 копеек" in act_text
    vat_text = _pdf_text(printing.print_document(manager, "vat-invoice", vat.id, tmp_path / "vat.pdf"))
    vat_text = vat_text.replace("\u00a0", " ")
    for expected in ("СЧЁТ-ФАКТУРА № 1 от 4 декабря 2026 г.", "7707083893/773601001", "7705000001/770501001",
                     "Российский рубль, 643", "Акт № 1 от 04.12.2026", "5 163,93", "1 136,07", "23 400,00",
                     "4 219,68"):
        assert expected in vat_text, expected

    # the contract from the supply template, numbered automatically, every variable filled
    card = contracts.new_contract(manager, client, today=DAY)
    card.type_id = next(i for i, name in contracts.contract_types(manager) if "поставки" in name)
    card.amount, card.vat_amount, card.params[0] = D("23400.00"), D("4219.68"), "5"
    contract = contracts.save(manager, card)
    assert contract.doc_no == "1" and contract.sign_person == "Иванова Ивана Ивановича"
    values = contracts.variables(manager, contract.id)
    assert values["SummaStr"] == "Двадцать три тысячи четыреста рублей 00 копеек"
    assert values["SummaNDSStr"] == "Четыре тысячи двести девятнадцать рублей 68 копеек"
    assert (values["DogNo"], values["DateSign"], values["Bik"], values["BankCity"]) == (
        "1", "01.12.2026", "044525225", "Москва")
    contract_text = _pdf_text(contracts.render(manager, contract.id, tmp_path / "contract.pdf")).replace("\u00a0", " ")
    for expected in ("ДОГОВОР ПОСТАВКИ № 1", "ООО «Аудит»", "23 400,00", "Двадцать три тысячи четыреста рублей",
                     "в течение 5 банковских дней", "в лице Иванова Ивана Ивановича", "40702810938000012345"):
        assert expected in contract_text, expected
    assert not PLACEHOLDER.search(contract_text)
    word = docx.Document(io.BytesIO(contracts.render(manager, contract.id, tmp_path / "contract.docx").read_bytes()))
    word_text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells)
    assert "ДОГОВОР ПОСТАВКИ № 1" in word_text.upper() and "23 400,00" in word_text.replace("\u00a0", " ")
    assert not re.search(r"\[[A-Za-z]+\]", word_text)

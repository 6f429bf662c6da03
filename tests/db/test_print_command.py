"""`crm --db DB --user U --print KIND:ID --out F` (issue 11, part 10): the print form rendered
with that user's rights, without a window; one sentence and a non-zero exit when the document
is missing, not the user's, or asked wrongly."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import docx
import pytest
from pypdf import PdfReader

from crm_desktop.services import contracts, documents
from crm_desktop.ui.app import run
from tests.conftest import PASSWORD
from tests.db.sales_setup import make_shop

DAY = date(2026, 12, 1)


@pytest.fixture
def printed(db, users, session_of, backend, monkeypatch):
    shop = make_shop(db, session_of, users)
    manager = session_of("manager")
    draft = documents.new_draft(manager, "invoice", shop.clients["ООО «Аудит»"], today=DAY)
    draft.lines = [documents.line_from_item(manager, shop.items["stapler"], DAY, Decimal(2))]
    invoice = documents.save(manager, draft)
    contract = contracts.save(manager, contracts.new_contract(manager, shop.clients["ООО «Аудит»"], today=DAY))
    creds = backend.credentials()
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    if db.address.embedded:             # embedded: the file is opened with the owner's account
        monkeypatch.setenv("ISC_USER", creds.user)
        monkeypatch.setenv("ISC_PASSWORD", creds.password)
    else:                               # server: the user attaches as its own Firebird account
        monkeypatch.delenv("ISC_USER", raising=False)
        monkeypatch.delenv("ISC_PASSWORD", raising=False)

    def crm(*args: str) -> int:
        return run(["--db", str(db.address), *args])
    return crm, invoice, contract


def test_invoice_and_contract_print_to_files(printed, tmp_path, capsys) -> None:
    crm, invoice, contract = printed
    out = tmp_path / "invoice.pdf"
    assert crm("--user", "manager", "--print", f"invoice:{invoice.id}", "--out", str(out)) == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().split()).replace("\u00a0", " ")
    assert "Счёт на оплату № АМ-1 от 1 декабря 2026 г." in text and "2 469,12" in text
    assert "Две тысячи четыреста шестьдесят девять рублей 12 копеек" in text
    word = tmp_path / "contract.docx"
    assert crm("--user", "manager", "--print", f"contract:{contract.id}", "--out", str(word)) == 0
    assert "ООО «Аудит»" in "\n".join(p.text for p in docx.Document(word).paragraphs)
    assert capsys.readouterr().out.strip().endswith("contract.docx")


def test_someone_elses_or_missing_document_is_refused_in_one_sentence(printed, tmp_path, capsys) -> None:
    crm, invoice, _ = printed
    out = tmp_path / "x.pdf"
    assert crm("--user", "manager2", "--print", f"invoice:{invoice.id}", "--out", str(out)) == 2
    assert not out.exists()
    error = capsys.readouterr().err
    assert error.startswith("Ошибка: Счёт № ") and "недоступен" in error and error.count("\n") == 1
    assert crm("--user", "manager", "--print", "invoice:999999", "--out", str(out)) == 2
    assert crm("--user", "manager", "--print", "bill:1", "--out", str(out)) == 2
    assert "invoice, act, vat-invoice, contract" in capsys.readouterr().err
    assert crm("--user", "manager", "--print", f"invoice:{invoice.id}", "--out", str(tmp_path / "x.docx")) == 2
    assert "печатается в PDF" in capsys.readouterr().err

"""Print forms of the sales documents (SAL-2, SAL-6, SAL-7) and of orders (ORD-1: заказ-наряд
"order", заказ-счёт "order-invoice") as the GUI's «Печать» and
`crm --print KIND:ID --out F` make them: the stored document (with the user's access rules)
→ reporting.documents.PrintDocument → PDF; contracts as PDF or DOCX. The warehouse and cash
forms (накладные, возвратная и складская накладные, выпуск продукции, ТОРГ-12, УПД, товарный
чек, счёт-фактура расходной накладной, сведения о сертификатах, счёт на предоплату, ПКО/РКО,
ценники) are services/stock_printing's;
KINDS lists every kind `--print` knows, in one place."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from crm_desktop.data import company_admin, documents as data
from crm_desktop.domain.documents import KIND_TITLES
from crm_desktop.domain.money import VatMode
from crm_desktop.reporting.documents import Line, Party, PrintDocument
from crm_desktop.services import contracts
from crm_desktop.services.documents import DocumentNotFound
from crm_desktop.services.session import Session

SALES_KINDS = ("invoice", "act", "vat-invoice", "contract", "order", "order-invoice")
# a print kind → the stored document kind it is printed from, where the two differ
SOURCES = {"order-invoice": "order"}
STOCK_KINDS = ("receipt", "expense", "torg12", "upd", "sales-receipt", "cash-in", "cash-out", "price-tags", "return",
               "production", "prepayment-invoice", "certificates", "warehouse-waybill", "expense-vat-invoice")
KINDS = SALES_KINDS + STOCK_KINDS


class PrintRefused(ValueError):
    """A document that cannot be printed as asked; str() says why in one sentence."""


def our_party(conn: Any, entity_id: int, account_id: int | None = None) -> Party:
    """One of our legal entities as a document prints it, with the given bank account or its
    default one."""
    entity = company_admin.entity(conn, entity_id)
    if entity is None:
        raise PrintRefused("Юридическое лицо документа удалено: укажите другое в карточке документа.")
    v = entity.values
    account = data.bank_account(conn, account_id)
    if account is None:                     # an act or VAT invoice names no account: the entity's default
        listed = company_admin.accounts(conn, entity_id)
        chosen = next((a for a in listed if a.is_default), listed[0] if listed else None)
        account = chosen.values if chosen else {}
    return Party(v["full_name"] or v["short_name"], v["inn"], v["kpp"], v["legal_address"], v["phone"],
                 account.get("bank_name") or "", account.get("bik") or "", account.get("corr_account") or "",
                 account.get("account_no") or "", v["director"], v["chief_accountant"])


def buyer(conn: Any, client_id: int) -> Party:
    """A client as a document prints it (DocumentNotFound when the viewer may not see it)."""
    c = data.client_requisites(conn, client_id)
    if c is None:
        raise DocumentNotFound("Клиент документа вам недоступен.")
    return Party(c["full_name"] or c["name"], c["inn"] or "", c["kpp"] or "",
                 c["legal_address"] or c["address"] or "", c["phone"] or "", c["bank_name"] or "", c["bik"] or "",
                 c["corr_account"] or "", c["account"] or "", c["director"] or "")


def print_model(session: Session, kind: str, doc_id: int, now: datetime | None = None) -> PrintDocument:
    """The print form's content, exactly as stored: sums are never recomputed here."""
    source = SOURCES.get(kind, kind)
    with session.db.read() as conn:
        head = data.header(conn, source, doc_id)
        if head is None:
            raise DocumentNotFound(f"{KIND_TITLES[source]} № {doc_id} не найден(а) или вам недоступен(а).")
        rows = data.lines(conn, source, doc_id)
        supplier = our_party(conn, head["legal_entity_id"], head.get("bank_account_id"))
        client = buyer(conn, head["client_id"])
        basis = shipment = ""
        if head.get("invoice_id"):
            invoice = data.header(conn, "invoice", head["invoice_id"])
            if invoice is not None:
                basis = f"Счёт № {invoice['doc_no']} от {invoice['doc_date']:%d.%m.%Y}"
        if head.get("act_id"):
            act = data.header(conn, "act", head["act_id"])
            if act is not None:
                shipment = f"Акт № {act['doc_no']} от {act['doc_date']:%d.%m.%Y}"
    lines = tuple(Line(r["line_no"], r["name"], r["unit_name"] or "", r["unit_code"] or "", r["quantity"], r["price"],
                       r["discount"], r["amount"], r["vat_rate"], r["vat_amount"], r["total"]) for r in rows)
    stamp = f"{session.user.full_name}, {(now or datetime.now()):%d.%m.%Y %H:%M}"
    return PrintDocument(kind, head["doc_no"], head["doc_date"], supplier, client, lines, head["amount"],
                         head["vat_amount"], head["total"], head["vat_mode"] == VatMode.ON_TOP,
                         attention=head.get("attention") or "", basis=basis,
                         payment_doc=head.get("payment_doc") or "", shipment_doc=shipment,
                         notes=head.get("notes") or "", generated_by=stamp,
                         due_date=head.get("due_date") if source == "order" else None,
                         manager=head.get("manager_name") or "")


def print_document(session: Session, kind: str, doc_id: int, out: Path) -> Path:
    """Render a document to `out` (.pdf; contracts also .docx) with the user's rights."""
    if kind not in KINDS:
        raise PrintRefused(f"Неизвестный вид документа «{kind}»: можно {', '.join(KINDS)}.")
    if kind in STOCK_KINDS:
        from crm_desktop.services.stock_printing import print_stock     # ReportLab loads when printing
        return print_stock(session, kind, doc_id, out)
    suffix = out.suffix.lower()
    if kind == "contract":
        contracts.render(session, doc_id, out)
        return out
    if suffix != ".pdf":
        raise PrintRefused(f"{KIND_TITLES[SOURCES.get(kind, kind)]} печатается в PDF: укажите файл с расширением .pdf.")
    from crm_desktop.reporting.pdf_forms import render
    render(print_model(session, kind, doc_id), out)
    return out

"""Print forms of the warehouse and the cash desk (WH-4, WH-5; manual «Формирование первичных
документов», «Печать ценников»): the stored document, read with the user's access rules,
becomes a reporting.stock_documents model and then PDF. Sums are never recomputed here: lines
and totals are printed as stored; only the unit price without VAT the unified forms ask for is
derived (domain.stock_print.net_price).

«Подбор…» of an expense prints the chosen forms into one PDF, in the order of the selection
form whatever order they were ticked in: among them «Складская накладная» (the storekeeper's
copy: quantities, no prices), «Счёт-фактура» (the sales счёт-фактура form with the expense as
its shipment document), «Сведения о сертификатах» (the items' certificates from the
nomenclature) and «Счёт на предоплату» (the expense's lines as an invoice with our bank
requisites). A return prints «Возвратная накладная», a production
«Накладная на выпуск продукции» with the costs posting found."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.data import cash_print, company_admin, documents as doc_data, nomenclature as nom_data
from crm_desktop.data import price_list as item_data
from crm_desktop.data import warehouse as wh_data
from crm_desktop.domain.cash import CashKind
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import VatMode
from crm_desktop.domain.stock_print import net_price
from crm_desktop.reporting import cash_forms, pdf_kit, price_tags as tag_forms, stock_forms, torg12, upd
from crm_desktop.reporting.documents import Party
from crm_desktop.reporting.stock_documents import (CashOrder, CertificateList, CertificateRow, PriceTag,
                                                   ProductionDocument, ProductionLine, StockDocument, StockLine)
from crm_desktop.services import cash
from crm_desktop.services.session import Session
from crm_desktop.services.warehouse import StockDocNotFound

# kind of `crm --print` → the warehouse document kind it prints
DOC_KINDS: dict[str, Kind] = {"receipt": Kind.RECEIPT, "expense": Kind.EXPENSE, "torg12": Kind.EXPENSE,
                              "upd": Kind.EXPENSE, "sales-receipt": Kind.EXPENSE, "return": Kind.RETURN,
                              "production": Kind.PRODUCTION, "certificates": Kind.EXPENSE,
                              "prepayment-invoice": Kind.EXPENSE, "warehouse-waybill": Kind.EXPENSE,
                              "expense-vat-invoice": Kind.EXPENSE}
CASH_KINDS: dict[str, CashKind] = {"cash-in": CashKind.RECEIPT, "cash-out": CashKind.EXPENSE}
# «Подбор…»: the forms of an expense in the order of the selection form
SELECTION: dict[str, str] = {"expense": "Расходная накладная", "warehouse-waybill": "Складская накладная",
                             "sales-receipt": "Товарный чек", "torg12": "Товарная накладная (ТОРГ-12)",
                             "expense-vat-invoice": "Счёт-фактура",
                             "upd": "Универсальный передаточный документ (счёт-фактура)",
                             "certificates": "Сведения о сертификатах", "prepayment-invoice": "Счёт на предоплату",
                             "cash-in": "Приходный кассовый ордер"}
_LAYOUTS: dict[str, Callable[[StockDocument], pdf_kit.Part]] = {
    "receipt": stock_forms.receipt, "expense": stock_forms.expense, "torg12": torg12.torg12, "upd": upd.upd,
    "sales-receipt": stock_forms.sales_receipt, "return": stock_forms.return_waybill,
    "prepayment-invoice": stock_forms.prepayment_invoice, "warehouse-waybill": stock_forms.warehouse_waybill,
    "expense-vat-invoice": stock_forms.vat_invoice}


class StockPrintRefused(ValueError):
    """A print asked of the wrong document (a ТОРГ-12 of a receipt, a РКО form of a ПКО);
    str() says what to print instead."""


def _stamp(session: Session, now: datetime | None) -> str:
    return f"{session.user.full_name}, {(now or datetime.now()):%d.%m.%Y %H:%M}"


def _missing(doc_id: int) -> StockDocNotFound:
    return StockDocNotFound(f"Складской документ № {doc_id} не найден или вам недоступен: он удалён или "
                            "относится к клиенту, который вам недоступен.")


# ---------------------------------------------------------------- parties

def _entity(conn: Any, entity_id: int) -> tuple[Party, str, str]:
    """Our legal entity as a party with its default account; its ОКПО and short name."""
    entity = company_admin.entity(conn, entity_id)
    if entity is None:
        raise StockPrintRefused("Юридическое лицо документа удалено: укажите другое в документе.")
    v = entity.values
    listed = company_admin.accounts(conn, entity_id)
    account = next((a for a in listed if a.is_default), listed[0] if listed else None)
    a = account.values if account else {}
    party = Party(v["full_name"] or v["short_name"], v["inn"], v["kpp"], v["legal_address"], v["phone"],
                  a.get("bank_name", ""), a.get("bik", ""), a.get("corr_account", ""), a.get("account_no", ""),
                  v["director"], v["chief_accountant"])
    return party, v["okpo"], v["short_name"]


def _client(conn: Any, client_id: int | None) -> Party:
    if client_id is None:
        return Party("")
    c = doc_data.client_requisites(conn, client_id)
    if c is None:
        raise StockDocNotFound("Контрагент документа вам недоступен.")
    return Party(c["full_name"] or c["name"], c["inn"] or "", c["kpp"] or "",
                 c["legal_address"] or c["address"] or "", c["phone"] or "", c["bank_name"] or "", c["bik"] or "",
                 c["corr_account"] or "", c["account"] or "", c["director"] or "")


# ---------------------------------------------------------------- warehouse documents

def _line(r: Any, item: Any, vat_on_top: bool) -> StockLine:
    rate = r["vat_rate"]
    return StockLine(r["line_no"], r["item_code"] or "", r["item_article"] or "", r["item_name"],
                     r["unit_name"] or "", (item["unit_code"] or "") if item else "", r["quantity"], r["price"],
                     net_price(r["price"], r["quantity"], r["total"], r["vat_amount"], vat_on_top, rate is not None),
                     r["amount"], rate, r["vat_amount"], r["total"],
                     (item["per_package"] or None) if item else None, (item["manufacturer"] or "") if item else "")


def stock_document(session: Session, doc_id: int, now: datetime | None = None) -> StockDocument:
    """A receipt or an expense as stored, with its parties: for a receipt the client supplies
    and our legal entity receives, for an expense the other way round."""
    return _stock_document(session, doc_id, now)[0]


def _stock_document(session: Session, doc_id: int, now: datetime | None) -> tuple[StockDocument, int]:
    """The document and the id of its legal entity."""
    with session.db.read() as conn:
        head = wh_data.header(conn, doc_id)
        if head is None:
            raise _missing(doc_id)
        kind = Kind(head["doc_kind"])
        if kind is Kind.PRODUCTION:
            raise StockPrintRefused(f"{kind.label} № {head['doc_no']}: печатается накладная на выпуск "
                                    "продукции (production).")
        rows = wh_data.lines(conn, doc_id)
        items = item_data.items_by_id(conn, [r["item_id"] for r in rows])
        ours, okpo, _ = _entity(conn, head["legal_entity_id"])
        other = _client(conn, head["client_id"])
        basis = _basis(conn, head["base_doc_id"]) if kind is Kind.RETURN else ""
    vat_on_top = head["vat_mode"] == VatMode.ON_TOP
    lines = tuple(_line(r, items.get(r["item_id"]), vat_on_top) for r in rows)
    receipt = kind in (Kind.RECEIPT, Kind.RETURN)        # the goods come to us
    doc = StockDocument(kind.value, head["doc_no"], head["doc_time"], ours, other if receipt else ours,
                        ours if receipt else other, head["warehouse_name"] or "", lines, head["amount"],
                        head["vat_amount"], head["total"], vat_on_top, manager=head["manager_name"] or "",
                        basis=basis, notes=head["notes"] or "", okpo_supplier="" if receipt else okpo,
                        okpo_buyer=okpo if receipt else "", generated_by=_stamp(session, now))
    return doc, head["legal_entity_id"]


def _basis(conn: Any, base_doc_id: int | None) -> str:
    """A return's basis: the expense it returns goods of."""
    base = wh_data.header(conn, base_doc_id) if base_doc_id is not None else None
    if base is None:
        return ""
    return f"{Kind(base['doc_kind']).label} № {base['doc_no']} от {base['doc_time']:%d.%m.%Y}"


def _production_document(session: Session, doc_id: int, now: datetime | None = None) -> ProductionDocument:
    """A production as stored: products numbered in order, each component with the product it
    went into, its warehouse and the cost posting wrote off (None while unposted)."""
    with session.db.read() as conn:
        head = wh_data.header(conn, doc_id)
        if head is None:
            raise _missing(doc_id)
        if head["doc_kind"] != Kind.PRODUCTION.value:
            raise StockPrintRefused(f"Накладная на выпуск продукции печатается из документа вида «Выпуск "
                                    f"продукции», а № {head['doc_no']} — {Kind(head['doc_kind']).label.lower()}.")
        rows = wh_data.lines(conn, doc_id)
        stores = dict(wh_data.warehouse_list(conn, False))
        ours, _, _ = _entity(conn, head["legal_entity_id"])
    posted = bool(head["posted"])

    def line(n: int, r: Any, product_no: int | None) -> ProductionLine:
        return ProductionLine(n, r["item_code"] or "", r["item_name"], r["unit_name"] or "", r["quantity"],
                              stores.get(r["warehouse_id"] or head["warehouse_id"], ""),
                              r["cost"] if posted else None, product_no)
    made = [r for r in rows if r["incoming"]]
    numbers = {r["id"]: n for n, r in enumerate(made, start=1)}
    products = tuple(line(n, r, None) for n, r in enumerate(made, start=1))
    components = tuple(line(n, r, numbers.get(r["base_line_id"]))
                       for n, r in enumerate((r for r in rows if not r["incoming"]), start=1))
    return ProductionDocument(head["doc_no"], head["doc_time"], ours, head["warehouse_name"] or "", products,
                              components, posted, head["manager_name"] or "", head["notes"] or "",
                              _stamp(session, now))


def _certificate_list(session: Session, expense_id: int, now: datetime | None = None) -> CertificateList:
    """«Сведения о сертификатах»: each line of the expense with its item's certificate."""
    doc = stock_document(session, expense_id, now)
    if doc.kind != Kind.EXPENSE.value:
        raise StockPrintRefused(f"Сведения о сертификатах печатаются из расходной накладной, а № {doc.number} — "
                                f"{Kind(doc.kind).label.lower()}.")
    with session.db.read() as conn:
        rows = wh_data.lines(conn, expense_id)
        items = nom_data.items(conn, [r["item_id"] for r in rows])
    found = []
    for n, r in enumerate(rows, start=1):
        item = items.get(r["item_id"])
        number = (item["certificate_no"] or "") if item else ""
        found.append(CertificateRow(n, r["item_name"], r["unit_name"] or "", r["quantity"], number,
                                    (item["certificate_issuer"] or "") if item and number else "",
                                    item["certificate_valid_to"] if item and number else None))
    return CertificateList(doc.number, doc.moment, doc.ours, doc.buyer, tuple(found), doc.manager,
                           doc.generated_by)


def _require_kind(doc: StockDocument, print_kind: str) -> None:
    wanted = DOC_KINDS[print_kind]
    if doc.kind != wanted.value:
        raise StockPrintRefused(f"Документ № {doc.number} — {Kind(doc.kind).label.lower()}, а «{print_kind}» "
                                f"печатается из документа вида «{wanted.label}».")


# ---------------------------------------------------------------- cash orders

def _cash_model(session: Session, incoming: bool, number: str, day: date, amount: Decimal, entity_id: int,
                person: str, basis: str, cashier: str, notes: str = "", desk: str = "",
                now: datetime | None = None) -> CashOrder:
    with session.db.read() as conn:
        ours, okpo, _ = _entity(conn, entity_id)
    return CashOrder(incoming, number, day, amount, ours.name, okpo, person, basis, ours.director,
                     ours.chief_accountant, cashier, notes, desk, _stamp(session, now))


def cash_order(session: Session, order_id: int, now: datetime | None = None) -> CashOrder:
    """A stored ПКО or РКО (services/cash.load applies the access rules)."""
    order = cash.load(session, order_id)
    assert order.amount is not None and order.legal_entity_id is not None
    return _cash_model(session, order.kind is CashKind.RECEIPT, order.doc_no, order.doc_time.date(), order.amount,
                       order.legal_entity_id, order.person or order.client_name, order.basis, order.manager_name,
                       order.notes, order.desk_name, now)


def _expense_cash_orders(session: Session, expense_id: int, now: datetime | None) -> list[CashOrder]:
    """The ПКО entered for an expense; without one, a ПКО form filled from the expense (its
    total, buyer and number as the basis) for the cashier to number and sign."""
    with session.db.read() as conn:
        ids = cash_print.orders_of_stock_doc(conn, expense_id, int(CashKind.RECEIPT))
    if ids:
        return [cash_order(session, i, now) for i in ids]
    doc, entity_id = _stock_document(session, expense_id, now)
    basis = f"Оплата по расходной накладной № {doc.number} от {doc.day:%d.%m.%Y}"
    return [_cash_model(session, True, "", doc.day, doc.total, entity_id, doc.buyer.name, basis, doc.manager,
                        now=now)]


# ---------------------------------------------------------------- price tags

def _tags_of_receipt(session: Session, receipt_id: int, today: date) -> list[PriceTag]:
    """A tag per line of the receipt: its sale price as the receipt set it, else the item's."""
    with session.db.read() as conn:
        head = wh_data.header(conn, receipt_id)
        if head is None:
            raise _missing(receipt_id)
        if head["doc_kind"] != Kind.RECEIPT.value:
            raise StockPrintRefused(f"Ценники печатаются из приходной накладной, а № {head['doc_no']} — "
                                    f"{Kind(head['doc_kind']).label.lower()}.")
        rows = wh_data.lines(conn, receipt_id)
        items = item_data.items_by_id(conn, [r["item_id"] for r in rows])
        _, _, short = _entity(conn, head["legal_entity_id"])
    tags = []
    for r in rows:
        item = items.get(r["item_id"])
        price = r["sale_price"] if r["sale_price"] is not None else (item["sale_price"] if item else r["price"])
        tags.append(PriceTag(r["item_code"] or "", r["item_article"] or "", r["item_name"],
                             (item["manufacturer"] or "") if item else "", price, r["unit_name"] or "", short, today))
    return tags


def _tags_of_items(session: Session, item_ids: Sequence[int], today: date) -> list[PriceTag]:
    """Tags of items marked in the nomenclature, in the order marked, with our default legal
    entity's name."""
    with session.db.read() as conn:
        items = item_data.items_by_id(conn, item_ids)
        entity, _ = company_admin.default_supplier(conn)
    short = entity.values["short_name"] if entity else ""
    return [PriceTag(it["code"] or "", it["article"] or "", it["name"], it["manufacturer"] or "", it["sale_price"],
                     it["unit_name"] or "", short, today)
            for it in (items.get(i) for i in dict.fromkeys(item_ids)) if it is not None]


def price_tags(session: Session, out: Path, item_ids: Sequence[int] | None = None, receipt_id: int | None = None,
               today: date | None = None, now: datetime | None = None) -> Path:
    """«Ценники…» of a receipt (`receipt_id`) or of marked items (`item_ids`) to a PDF."""
    day = today or date.today()
    if (receipt_id is None) == (item_ids is None):
        raise ValueError("Ценники: укажите либо приходную накладную, либо отмеченные позиции.")
    tags = _tags_of_receipt(session, receipt_id, day) if receipt_id is not None else \
        _tags_of_items(session, item_ids or (), day)
    if not tags:
        raise StockPrintRefused("Нет позиций для ценников: отметьте позиции номенклатуры (Пробел).")
    return pdf_kit.render([tag_forms.price_tags(tags)], _pdf(out), _stamp(session, now), "Ценники")


# ---------------------------------------------------------------- entry points

def _pdf(out: Path) -> Path:
    if out.suffix.lower() != ".pdf":
        raise StockPrintRefused("Печатная форма сохраняется в PDF: укажите файл с расширением .pdf.")
    return out


def _parts(session: Session, kind: str, doc_id: int, now: datetime | None) -> list[pdf_kit.Part]:
    if kind == "production":
        return [stock_forms.production(_production_document(session, doc_id, now))]
    if kind == "certificates":
        return [stock_forms.certificates(_certificate_list(session, doc_id, now))]
    if kind in DOC_KINDS:
        doc = stock_document(session, doc_id, now)
        _require_kind(doc, kind)
        return [_LAYOUTS[kind](doc)]
    if kind in CASH_KINDS:
        order = cash_order(session, doc_id, now)
        if order.incoming != (CASH_KINDS[kind] is CashKind.RECEIPT):
            other = "cash-in" if order.incoming else "cash-out"
            raise StockPrintRefused(f"Кассовый ордер № {order.number} — {'приходный' if order.incoming else 'расходный'}:"
                                    f" печатайте его как {other}.")
        return [cash_forms.cash_order(order)]
    raise StockPrintRefused(f"Неизвестный вид печатной формы «{kind}»: можно "
                            f"{', '.join([*DOC_KINDS, *CASH_KINDS, 'price-tags'])}.")


def print_stock(session: Session, kind: str, doc_id: int, out: Path, now: datetime | None = None) -> Path:
    """`crm --print KIND:ID` of a warehouse or cash form (services/printing.STOCK_KINDS);
    price-tags:ID are the tags of receipt ID."""
    if kind == "price-tags":
        return price_tags(session, out, receipt_id=doc_id, now=now)
    parts = _parts(session, kind, doc_id, now)
    return pdf_kit.render(parts, _pdf(out), _stamp(session, now), kind)


def print_selection(session: Session, expense_id: int, kinds: Iterable[str], out: Path,
                    now: datetime | None = None) -> Path:
    """«Подбор…»: the chosen forms of one expense (SELECTION keys) as one PDF, in the order of
    the selection form."""
    chosen = set(kinds)
    unknown = chosen - set(SELECTION)
    if unknown:
        raise StockPrintRefused(f"В подборе нет форм {', '.join(sorted(unknown))}: можно {', '.join(SELECTION)}.")
    if not chosen:
        raise StockPrintRefused("Отметьте в подборе хотя бы один документ.")
    doc = stock_document(session, expense_id, now)
    if doc.kind != Kind.EXPENSE.value:
        raise StockPrintRefused(f"Подбор документов делается из расходной накладной, а № {doc.number} — "
                                f"{Kind(doc.kind).label.lower()}.")
    parts: list[pdf_kit.Part] = []
    for kind in SELECTION:
        if kind not in chosen:
            continue
        if kind == "cash-in":
            parts += [cash_forms.cash_order(o) for o in _expense_cash_orders(session, expense_id, now)]
        elif kind == "certificates":
            parts.append(stock_forms.certificates(_certificate_list(session, expense_id, now)))
        else:
            parts.append(_LAYOUTS[kind](doc))
    return pdf_kit.render(parts, _pdf(out), doc.generated_by, f"Расходная накладная {doc.number}")

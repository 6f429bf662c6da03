"""Use cases of invoices, acts, VAT invoices (SAL-2, SAL-3, SAL-6, SAL-8) and orders (ORD-1; what
only orders do is services/orders.py's) and of the payments of invoices (SAL-4). One transaction each; the access scope decides which documents a user
reads (his own and those of the clients he may open); prices are always recomputed here by
domain/pricing.py, so what is stored and printed follows one rounding rule whatever the form
sent."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from crm_desktop.data import company_admin, documents as data, nomenclature as nom_data, settings as settings_data
from crm_desktop.data import warehouse as wh_data
from crm_desktop.data.documents import JournalQuery, NumberBusy
from crm_desktop.data.users import by_id as user_by_id
from crm_desktop.domain.documents import (KIND_TITLES, BalanceExceeded, DocLine, Draft, Settlement, check_balance,
                                          document_errors, numbered)
from crm_desktop.domain.money import VatMode, q2
from crm_desktop.domain.pricing import Repricing, apply_offer, reprice, totals
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import nomenclature
from crm_desktop.services.clients import require_client
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["BalanceExceeded", "DocumentNotFound", "account_choices", "default_supplier_id", "employee_name",
           "load_payment", "supplier_choices", "JournalQuery", "JournalRow", "Payment", "balance_control",
           "delete", "delete_payment", "enter_from_invoice", "journal", "line_from_item", "load", "new_draft",
           "payments", "refresh", "save", "save_payment", "set_balance_control", "settlement"]

BALANCE_KEY = "balance_control"
NUMBER_ATTEMPTS = 5
PREFIXED = {"invoice"}      # the manual's "Счет № АМ-422": the user's prefix is for invoices
OFFER_KINDS = {"invoice", "order"}     # priced by the client's special offer («цены как в счетах»)


class DocumentNotFound(LookupError):
    """str() says the document is gone or not the user's to open."""


def _missing(kind: str) -> DocumentNotFound:
    return DocumentNotFound(f"{KIND_TITLES[kind]} не найден(а): документ удалён или относится к клиенту, "
                            "который вам недоступен.")


def new_draft(session: Session, kind: str, client_id: int, today: date | None = None) -> Draft:
    """A new document of the card: supplier = the default legal entity and its default account;
    an order ships from the first warehouse of the list."""
    require_client(session, client_id)
    with session.db.read() as conn:
        default, account = company_admin.default_supplier(conn)
        offer = nom_data.offer_rows(conn, client_id)
        stores = wh_data.warehouse_list(conn, True) if kind == "order" else []
    return Draft(kind, client_id, default.id if default else None, today or date.today(),
                 bank_account_id=account.id if account else None, manager_id=session.user.id,
                 special_offer=bool(offer), warehouse_id=stores[0][0] if stores else None)


def supplier_choices(session: Session) -> list[tuple[int, str]]:
    """(id, short name) of our legal entities for «Получатель» of a document: every user who
    enters documents reads them (editing them stays with «Настройки – Константы»)."""
    with session.db.read() as conn:
        return [(e.id, e.values["short_name"] or e.values["full_name"] or "—") for e in company_admin.entities(conn)]


def account_choices(session: Session, entity_id: int) -> list[tuple[int, str, bool]]:
    """(id, "account, bank", is default) of a legal entity's accounts for «Расч. счёт»."""
    with session.db.read() as conn:
        return [(a.id, f"{a.values['account_no']}, {a.values['bank_name']}", a.is_default)
                for a in company_admin.accounts(conn, entity_id)]


def default_supplier_id(session: Session) -> int | None:
    """The legal entity a new document names (Настройки – Константы: the default one)."""
    with session.db.read() as conn:
        entity, _ = company_admin.default_supplier(conn)
    return entity.id if entity else None


def employee_name(session: Session, user_id: int | None) -> str:
    """The name of a document's manager or responsible, for its card."""
    with session.db.read() as conn:
        found = user_by_id(conn, user_id)
    return found.full_name if found else ""


def _draft(kind: str, head: Any, lines: Sequence[Any]) -> Draft:
    return Draft(kind, head["client_id"], head["legal_entity_id"], head["doc_date"], id=head["id"],
                 bank_account_id=head.get("bank_account_id"), doc_no=head["doc_no"], due_date=head.get("due_date"),
                 manager_id=head["manager_id"], attention=head.get("attention") or "",
                 vat_mode=VatMode(head["vat_mode"]), discount=head.get("discount"),
                 special_offer=bool(head.get("special_offer")), invoice_id=head.get("invoice_id"),
                 act_id=head.get("act_id"), payment_doc=head.get("payment_doc") or "", notes=head["notes"] or "",
                 lines=[DocLine(r["item_id"], r["name"], r["unit_name"] or "", r["unit_code"] or "", r["quantity"],
                                r["base_price"], r["discount"], r["vat_rate"], bool(r["no_discount"]))
                        for r in lines],
                 row_version=head["row_version"], client_name=head["client_name"],
                 warehouse_id=head.get("warehouse_id"), status=head.get("status") or 1,
                 order_id=head.get("order_id"))


def load(session: Session, kind: str, doc_id: int) -> Draft:
    with session.db.read() as conn:
        head = data.header(conn, kind, doc_id)
        if head is None:
            raise _missing(kind)
        draft = _draft(kind, head, data.lines(conn, kind, doc_id))
        if kind == "order":          # not stored: an order is priced by the offer the client has now
            draft.special_offer = bool(nom_data.offer_rows(conn, draft.client_id))
        return draft


def line_from_item(session: Session, item_id: int, doc_date: date, quantity: Decimal = Decimal(1)) -> DocLine:
    """A line for an item picked from the nomenclature (Ins in the lines table)."""
    card = nomenclature.item(session, item_id)
    if card is None:
        raise ValidationError([FieldError("lines", "Позиция номенклатуры не найдена: возможно, её удалили.")])
    v = card.values
    rate = nomenclature.vat_rate(nomenclature.vat_rates(session), v["vat_kind"], doc_date)
    parents = nomenclature.group_parents(session)
    return DocLine(item_id, v["name"], card.unit_name, card.unit_code, quantity, v["sale_price"], Decimal("0.00"),
                   rate, bool(v["no_discount"]), nomenclature.group_path(parents, v["group_id"]))


def _with_paths(session: Session, lines: Sequence[DocLine]) -> list[DocLine]:
    """Lines as the pricing rules need them: the item's group path, and for items whose
    price is fixed or offered the nomenclature's base price (the form cannot move it)."""
    ids = [line.item_id for line in lines if line.item_id is not None]
    with session.db.read() as conn:
        found = nom_data.items(conn, ids)
        parents = nom_data.group_ids_with_parents(conn)
    result = []
    for line in lines:
        row = found.get(line.item_id) if line.item_id is not None else None
        if row is not None:
            line = replace(line, group_path=nomenclature.group_path(parents, row["group_id"]),
                           no_discount=bool(row["no_discount"]))
            if line.no_discount:
                line = replace(line, base_price=row["sale_price"])
        result.append(line)
    return result


def refresh(session: Session, draft: Draft, operative: Decimal | None = None) -> Repricing:
    """"Обновить": the special offer if the client has one, else the standard discount of the
    tiers (suggested; the manager's own `operative` wins), else the operative discount."""
    offer = nomenclature.special_offer(session, draft.client_id)
    tiers = nomenclature.discount_tiers(session)
    lines = _with_paths(session, draft.lines)
    if offer is not None:
        lines = _offer_base_prices(session, lines)
    return reprice([line.pricing() for line in lines], draft.vat_mode, offer, tiers, operative)


def _offer_base_prices(session: Session, lines: list[DocLine]) -> list[DocLine]:
    ids = [line.item_id for line in lines if line.item_id is not None]
    with session.db.read() as conn:
        found = nom_data.items(conn, ids)
    return [replace(line, base_price=found[line.item_id]["sale_price"]) if line.item_id in found else line
            for line in lines]


def _priced_lines(session: Session, draft: Draft) -> tuple[list[DocLine], bool]:
    """The lines to store: under a special offer the offer's discounts on the nomenclature's
    prices (the manager changes quantities only), otherwise as entered; fixed-price items at
    their base price."""
    lines = _with_paths(session, draft.lines)
    offer = nomenclature.special_offer(session, draft.client_id) if draft.kind in OFFER_KINDS else None
    if offer is None:
        return lines, False
    lines = _offer_base_prices(session, lines)
    offered = apply_offer([line.pricing() for line in lines], offer)
    return [replace(line, discount=p.discount) for line, p in zip(lines, offered)], True


def _line_rows(draft: Draft) -> list[dict[str, Any]]:
    rows = []
    for n, (line, p) in enumerate(zip(draft.lines, draft.priced()), 1):
        rows.append({"line_no": n, "item_id": line.item_id, "name": " ".join(line.name.split())[:250],
                     "unit_name": line.unit_name or None, "unit_code": line.unit_code or None,
                     "quantity": line.quantity, "base_price": q2(line.base_price), "discount": p.discount,
                     "price": p.price, "amount": p.amount, "vat_rate": p.vat_rate, "vat_amount": p.vat_amount,
                     "total": p.total, "no_discount": int(line.no_discount)})
    return rows


def _header(draft: Draft) -> dict[str, Any]:
    sums = totals(draft.priced())
    values: dict[str, Any] = {"client_id": draft.client_id, "legal_entity_id": draft.legal_entity_id,
                              "doc_date": draft.doc_date, "manager_id": draft.manager_id,
                              "vat_mode": int(draft.vat_mode), "amount": sums.amount, "vat_amount": sums.vat,
                              "total": sums.total, "notes": draft.notes.strip() or None}
    if draft.kind == "invoice":
        values.update(bank_account_id=draft.bank_account_id, due_date=draft.due_date,
                      attention=draft.attention.strip() or None, discount=draft.discount,
                      special_offer=int(draft.special_offer), order_id=draft.order_id)
    elif draft.kind == "order":
        values.update(due_date=draft.due_date, warehouse_id=draft.warehouse_id, status=int(draft.status))
    else:
        values["invoice_id"] = draft.invoice_id
    if draft.kind == "vat-invoice":
        values.update(act_id=draft.act_id, payment_doc=draft.payment_doc.strip() or None)
    return values


def balance_control(session: Session) -> bool:
    with session.db.read() as conn:
        return settings_data.get(conn, BALANCE_KEY) != "0"


def set_balance_control(session: Session, enabled: bool) -> None:
    """"Настройки – Параметры – Функционал – Контроль балансов": administrators only."""
    if not session.rights.is_admin:
        raise AccessDenied("Включать и отключать контроль балансов может только администратор.")
    with session.db.begin() as conn:
        settings_data.put(conn, BALANCE_KEY, "1" if enabled else "0")


def _check_balance(session: Session, conn: Any, draft: Draft, total: Decimal) -> None:
    if draft.kind != "act" or settings_data.get(conn, BALANCE_KEY) == "0":
        return
    shipped, paid, limit = data.client_balance(conn, draft.client_id)
    before = Decimal(0)
    if draft.id is not None:
        head = data.header(conn, "act", draft.id)
        before = head["total"] if head is not None else Decimal(0)
    check_balance(shipped - before - paid, total, limit)


def save(session: Session, draft: Draft) -> Draft:
    """Store a document; a new one gets the next number of its legal entity and year (the
    user's prefix on invoices). ValidationError, BalanceExceeded or ConcurrentEdit leave the
    database as it was and the form as the user left it."""
    lines, offered = _priced_lines(session, draft)
    draft = replace(draft, lines=lines, special_offer=offered if draft.kind in OFFER_KINDS else draft.special_offer)
    errors = document_errors(draft)
    if errors:
        raise ValidationError(errors)
    if draft.id is not None:
        stored = load(session, draft.kind, draft.id)          # still there and still the user's to change
        if stored.client_id != draft.client_id:
            require_client(session, draft.client_id)
    else:
        require_client(session, draft.client_id)
    values, rows = _header(draft), _line_rows(draft)
    for attempt in range(NUMBER_ATTEMPTS):
        try:
            with session.db.begin() as conn:
                _check_balance(session, conn, draft, values["total"])
                if draft.id is None:
                    doc_id = data.insert_document(conn, draft.kind, {**values, **_number(session, conn, draft)})
                else:
                    data.update_document(conn, draft.kind, draft.id, values, draft.row_version or None)
                    doc_id = draft.id
                data.replace_lines(conn, draft.kind, doc_id, rows)
            break
        except NumberBusy:
            if attempt == NUMBER_ATTEMPTS - 1:
                raise ValidationError([FieldError("doc_no", "Номер документа сейчас занимает другой пользователь: "
                                                            "сохраните ещё раз.")]) from None
    return load(session, draft.kind, doc_id)


def _number(session: Session, conn: Any, draft: Draft) -> dict[str, Any]:
    year = draft.doc_date.year
    number = data.next_number(conn, draft.kind, draft.legal_entity_id, year)
    prefix = None
    if draft.kind in PREFIXED:
        author = user_by_id(conn, draft.manager_id or session.user.id)
        prefix = author.invoice_prefix if author else None
    return {"doc_year": year, "number_no": number, "doc_no": numbered(prefix, number)}


def delete(session: Session, kind: str, doc_id: int) -> None:
    """Delete a document the user may open; an invoice with payments, acts or VAT invoices
    keeps them and says so instead."""
    load(session, kind, doc_id)
    with session.db.begin() as conn:
        if kind == "invoice":
            found = [KIND_TITLES[k] for k in ("act", "vat-invoice") if data.based_on(conn, k, doc_id)]
            if data.invoice_payments(conn, doc_id):
                found.append("Оплаты")
            if found:
                raise ValidationError([FieldError("invoice", "У счёта есть связанные документы ("
                                                             + ", ".join(found) + "): сначала удалите их.")])
        if not data.delete_document(conn, kind, doc_id):
            raise _missing(kind)


def enter_from_invoice(session: Session, invoice_id: int, kind: str, today: date | None = None) -> Draft:
    """"Ввести на основании": an act or a VAT invoice with the invoice's supplier, client and
    lines, dated today; not stored until saved."""
    invoice = load(session, "invoice", invoice_id)
    draft = replace(invoice, kind=kind, id=None, doc_no="", doc_date=today or date.today(), row_version=0,
                    invoice_id=invoice_id, manager_id=session.user.id, due_date=None, attention="",
                    special_offer=False, notes="", order_id=None)
    if kind == "vat-invoice":
        with session.db.read() as conn:
            paid = data.invoice_payments(conn, invoice_id)
            acts = data.based_on(conn, "act", invoice_id)
        draft.payment_doc = ", ".join((f"№ {p['doc_no']} " if p["doc_no"] else "") + f"от {p['pay_date']:%d.%m.%Y}"
                                      for p in paid)[:100]
        draft.act_id = acts[-1]["id"] if acts else None
    return draft


# -- payments -------------------------------------------------------------------------------------
@dataclass
class Payment:
    id: int | None
    client_id: int
    legal_entity_id: int | None
    pay_date: date
    amount: Decimal
    pay_kind: int = 2                     # 1 cash, 2 bank
    invoice_id: int | None = None
    doc_no: str = ""
    payer: str = ""
    notes: str = ""
    row_version: int = 0


PAY_KINDS = {1: "Наличные", 2: "Безналичные"}


def _payment(r: Any) -> Payment:
    return Payment(r["id"], r["client_id"], r["legal_entity_id"], r["pay_date"], r["amount"], r["pay_kind"],
                   r["invoice_id"], r["doc_no"] or "", r["payer"] or "", r["notes"] or "", r["row_version"])


def payments(session: Session, invoice_id: int) -> list[Payment]:
    with session.db.read() as conn:
        return [_payment(r) for r in data.invoice_payments(conn, invoice_id)]


def load_payment(session: Session, payment_id: int) -> Payment:
    """A payment as stored (one of the payments journal, with or without an invoice)."""
    return _payment(_payment_row(session, payment_id))


def settlement(session: Session, invoice_id: int) -> Settlement:
    """What the invoice card and the journal show: paid, part paid or unpaid, and the rest."""
    invoice = load(session, "invoice", invoice_id)
    with session.db.read() as conn:
        paid = data.payments_total(conn, invoice_id)
    return Settlement(totals(invoice.priced()).total, Decimal(paid))


def new_payment(session: Session, invoice_id: int, today: date | None = None) -> Payment:
    """A payment of the invoice's remainder, by bank, to the invoice's legal entity."""
    invoice = load(session, "invoice", invoice_id)
    rest = settlement(session, invoice_id).remainder
    return Payment(None, invoice.client_id, invoice.legal_entity_id, today or date.today(), rest,
                   invoice_id=invoice_id, payer=invoice.client_name)


def save_payment(session: Session, payment: Payment) -> Settlement | None:
    """Record or change a payment; returns the invoice's settlement afterwards (None for a
    payment without an invoice, which is all advance)."""
    errors = []
    if payment.amount is None or payment.amount <= 0:
        errors.append(FieldError("amount", "Сумма оплаты должна быть больше нуля."))
    if payment.legal_entity_id is None:
        errors.append(FieldError("legal_entity_id", "Укажите юридическое лицо — получателя оплаты."))
    if payment.pay_kind not in PAY_KINDS:
        errors.append(FieldError("pay_kind", "Выберите вид оплаты: наличные или безналичные."))
    if errors:
        raise ValidationError(errors)
    if payment.id is not None:
        _payment_row(session, payment.id)
    require_client(session, payment.client_id)
    if payment.invoice_id is not None:
        invoice = load(session, "invoice", payment.invoice_id)
        if invoice.client_id != payment.client_id:
            raise ValidationError([FieldError("invoice_id", "Счёт выставлен другому клиенту.")])
    values = {"client_id": payment.client_id, "invoice_id": payment.invoice_id,
              "legal_entity_id": payment.legal_entity_id, "pay_kind": payment.pay_kind, "pay_date": payment.pay_date,
              "amount": q2(payment.amount), "doc_no": payment.doc_no.strip() or None,
              "payer": payment.payer.strip() or None, "notes": payment.notes.strip() or None,
              "manager_id": session.user.id}
    with session.db.begin() as conn:
        if payment.id is None:
            data.insert_document(conn, "payment", values)
        else:
            values.pop("manager_id")
            data.update_document(conn, "payment", payment.id, values, payment.row_version or None)
    return settlement(session, payment.invoice_id) if payment.invoice_id is not None else None


def _payment_row(session: Session, payment_id: int) -> Any:
    with session.db.read() as conn:
        row = data.header(conn, "payment", payment_id)
    if row is None:
        raise DocumentNotFound("Оплата не найдена: она удалена или относится к клиенту, который вам недоступен.")
    return row


def delete_payment(session: Session, payment_id: int) -> None:
    _payment_row(session, payment_id)
    with session.db.begin() as conn:
        data.delete_document(conn, "payment", payment_id)


# -- journals -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class JournalRow:
    """One row of a document journal; `fields` holds what the kind has (doc_no, total, paid …)."""
    id: int
    doc_date: date
    client_id: int
    client_name: str
    manager_name: str
    fields: dict[str, Any]

    @property
    def key(self) -> tuple[date, int]:
        return self.doc_date, self.id


def journal(session: Session, kind: str, query: JournalQuery, after: tuple[date, int] | None = None,
            size: int = 100) -> list[JournalRow]:
    """A window of a journal, newest first, with what the user may see."""
    with session.db.read() as conn:
        rows = data.journal_window(conn, kind, query, after, size)
    skip = {"id", "doc_date", "client_id", "client_name", "manager_name"}
    return [JournalRow(r["id"], r["doc_date"], r["client_id"], r["client_name"], r["manager_name"] or "",
                       {k: v for k, v in r.items() if k not in skip}) for r in rows]


def paid_sums(session: Session, invoice_ids: Sequence[int]) -> dict[int, Decimal]:
    """Paid per invoice for a journal window (one query for the window, not one per row)."""
    with session.db.read() as conn:
        return data.paid_by_invoice(conn, invoice_ids)

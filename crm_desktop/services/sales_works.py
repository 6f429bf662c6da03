"""The card's «Продажи» and «Работы» (SAL-5): what was sold or done for a client, its payment
and who is responsible; works carry norm-hours for the labour analysis and the legal entity
that receives the payment."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from crm_desktop.data import documents as data
from crm_desktop.domain.money import q2, q3
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.clients import require_client
from crm_desktop.services.documents import DocumentNotFound
from crm_desktop.services.session import Session

ZERO = Decimal("0.00")


@dataclass
class Sale:
    id: int | None
    client_id: int
    sale_date: date
    product: str = ""
    item_id: int | None = None
    quantity: Decimal = Decimal(1)
    amount: Decimal = ZERO
    paid: Decimal = ZERO
    pay_date: date | None = None
    manager_id: int | None = None
    notes: str = ""
    row_version: int = 0


@dataclass
class Work:
    id: int | None
    client_id: int
    work_date: date
    description: str = ""
    norm_hours: Decimal = ZERO
    amount: Decimal = ZERO
    paid: Decimal = ZERO
    pay_date: date | None = None
    legal_entity_id: int | None = None
    manager_id: int | None = None
    notes: str = ""
    row_version: int = 0


def _money_errors(record: Sale | Work) -> list[FieldError]:
    errors = []
    if record.amount < 0:
        errors.append(FieldError("amount", "Сумма не может быть отрицательной."))
    if record.paid < 0:
        errors.append(FieldError("paid", "Оплачено не может быть отрицательным."))
    if record.paid > 0 and record.pay_date is None:
        errors.append(FieldError("pay_date", "Укажите дату оплаты."))
    return errors


def sale_errors(sale: Sale) -> list[FieldError]:
    errors = []
    if not sale.product.strip():
        errors.append(FieldError("product", "Укажите проданный товар."))
    if sale.quantity <= 0:
        errors.append(FieldError("quantity", "Количество должно быть больше нуля."))
    return errors + _money_errors(sale)


def work_errors(work: Work) -> list[FieldError]:
    errors = []
    if not work.description.strip():
        errors.append(FieldError("description", "Опишите выполненные работы."))
    if work.norm_hours < 0:
        errors.append(FieldError("norm_hours", "Нормо-часы не могут быть отрицательными."))
    return errors + _money_errors(work)


def _store(session: Session, kind: str, record_id: int | None, values: dict[str, Any], version: int) -> int:
    if record_id is not None:
        _row(session, kind, record_id)
    require_client(session, values["client_id"])
    with session.db.begin() as conn:
        if record_id is None:
            return data.insert_document(conn, kind, values)
        data.update_document(conn, kind, record_id, values, version or None)
        return record_id


def save_sale(session: Session, sale: Sale) -> Sale:
    if errors := sale_errors(sale):
        raise ValidationError(errors)
    values = {"client_id": sale.client_id, "sale_date": sale.sale_date, "item_id": sale.item_id,
              "product": " ".join(sale.product.split())[:250], "quantity": q3(sale.quantity),
              "amount": q2(sale.amount), "paid": q2(sale.paid), "pay_date": sale.pay_date,
              "manager_id": sale.manager_id or session.user.id, "notes": sale.notes.strip() or None}
    return load_sale(session, _store(session, "sale", sale.id, values, sale.row_version))


def save_work(session: Session, work: Work) -> Work:
    if errors := work_errors(work):
        raise ValidationError(errors)
    values = {"client_id": work.client_id, "work_date": work.work_date, "description": work.description.strip(),
              "norm_hours": q2(work.norm_hours), "amount": q2(work.amount), "paid": q2(work.paid),
              "pay_date": work.pay_date, "legal_entity_id": work.legal_entity_id,
              "manager_id": work.manager_id or session.user.id, "notes": work.notes.strip() or None}
    return load_work(session, _store(session, "work", work.id, values, work.row_version))


def _row(session: Session, kind: str, record_id: int) -> Any:
    with session.db.read() as conn:
        row = data.header(conn, kind, record_id)
    if row is None:
        raise DocumentNotFound("Запись не найдена: она удалена или относится к клиенту, который вам недоступен.")
    return row


def load_sale(session: Session, sale_id: int) -> Sale:
    r = _row(session, "sale", sale_id)
    return Sale(r["id"], r["client_id"], r["sale_date"], r["product"], r["item_id"], r["quantity"], r["amount"],
                r["paid"], r["pay_date"], r["manager_id"], r["notes"] or "", r["row_version"])


def load_work(session: Session, work_id: int) -> Work:
    r = _row(session, "work", work_id)
    return Work(r["id"], r["client_id"], r["work_date"], r["description"], r["norm_hours"], r["amount"], r["paid"],
                r["pay_date"], r["legal_entity_id"], r["manager_id"], r["notes"] or "", r["row_version"])


def delete_record(session: Session, kind: str, record_id: int) -> None:
    """Delete a sale or a work record the user may open."""
    _row(session, kind, record_id)
    with session.db.begin() as conn:
        data.delete_document(conn, kind, record_id)

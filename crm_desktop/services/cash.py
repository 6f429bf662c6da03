"""Use cases of cash accounting (manual: "Кассовый учет"; CASH-1): the cash desks, the ПКО and
РКО of «Журнал движения денежных средств», their posting into the balances per desk × legal
entity, and «Кассовый отчёт».

Posting takes the balance row of the order's desk and legal entity first (data/cash.py), then
reads the balance it holds: an РКО that takes more than that is refused naming the desk and the
figures, and so is unposting a ПКО whose money was spent. A lock wait that ran out or an update
conflict is retried; the user never sees Firebird's words."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from crm_desktop.data import cash as data, company_admin
from crm_desktop.data.cash import JournalQuery, RegisterBusy
from crm_desktop.data.documents import NumberBusy
from crm_desktop.data.errors import DatabaseBusy
from crm_desktop.domain.cash import (CashKind, CashOrder, CashReport, errors as order_errors, report_rows,
                                     shortage_message, unpost_message)
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.clients import require_client
from crm_desktop.services.session import Session

__all__ = ["CashOrderNotFound", "Desk", "JournalQuery", "JournalRow", "PostingRefused"]

ATTEMPTS = 8
T = TypeVar("T")


class CashOrderNotFound(LookupError):
    """str() says the order is gone or not the user's to open."""


class PostingRefused(ValueError):
    """str() is the Russian reason an order was not posted, unposted, changed or deleted."""


@dataclass(frozen=True)
class Desk:
    id: int
    name: str
    legal_entity_id: int | None
    active: bool


@dataclass(frozen=True)
class JournalRow:
    """A row of «Журнал движения денежных средств»; `key` is what the next window starts after."""
    id: int
    kind: CashKind
    doc_no: str
    doc_time: datetime
    desk_name: str
    legal_entity_name: str
    client_name: str
    person: str
    basis: str
    amount: Decimal
    posted: bool
    manager_name: str

    @property
    def key(self) -> tuple[datetime, int]:
        return self.doc_time, self.id


def _missing() -> CashOrderNotFound:
    return CashOrderNotFound("Кассовый ордер не найден: он удалён или относится к клиенту, который вам недоступен.")


def _busy() -> PostingRefused:
    return PostingRefused("Эту кассу сейчас проводит другой пользователь: повторите через несколько секунд.")


def _retrying(work: Callable[[], T]) -> T:
    """`work` again after a lock wait that ran out or an update conflict: the other posting
    committed meanwhile, and what it changed is read afresh."""
    for attempt in range(ATTEMPTS):
        try:
            return work()
        except (RegisterBusy, NumberBusy, DatabaseBusy):
            pass
        time.sleep(0.05 * (attempt + 1))
    raise _busy()


# ---------------------------------------------------------------- cash desks («Касса – Кассы»)

def desks(session: Session, active_only: bool = True) -> list[Desk]:
    with session.db.read() as conn:
        return [Desk(r["id"], r["name"], r["legal_entity_id"], bool(r["is_active"]))
                for r in data.desk_list(conn, active_only)]


def save_desk(session: Session, desk_id: int | None, name: str) -> int:
    """Add a desk (`desk_id` None) or rename one; two desks of one name are refused, since the
    journal and the report tell desks apart by name."""
    session.require(Permission.EDIT_DICTIONARIES)
    name = " ".join(name.split())
    if not name:
        raise ValidationError([FieldError("name", "Введите название кассы.")])
    if len(name) > 100:
        raise ValidationError([FieldError("name", "Название кассы не длиннее 100 символов.")])
    with session.db.begin() as conn:
        same = data.desk_named(conn, name)
        if same is not None and same != desk_id:
            raise ValidationError([FieldError("name", f"Касса «{name}» уже есть: выберите другое название.")])
        return data.save_desk(conn, desk_id, name)


# ---------------------------------------------------------------- orders

def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def new_order(session: Session, kind: CashKind, now: datetime | None = None) -> CashOrder:
    """A blank ПКО or РКО: the default legal entity, the oldest active desk («Основная касса»
    of a new database; its own legal entity when it has one), now, the user as the manager."""
    with session.db.read() as conn:
        entity, _ = company_admin.default_supplier(conn)
        listed = data.desk_list(conn, True)
    desk = min(listed, key=lambda r: r["id"]) if listed else None
    entity_id = (desk["legal_entity_id"] if desk and desk["legal_entity_id"] else None) or (entity.id if entity else None)
    return CashOrder(kind, desk["id"] if desk else None, entity_id, _now(now), manager_id=session.user.id)


def _order(r: Any) -> CashOrder:
    return CashOrder(CashKind(r["kind"]), r["desk_id"], r["legal_entity_id"], r["doc_time"], Decimal(r["amount"]),
                     r["client_id"], r["person"] or "", r["basis"] or "", r["notes"] or "", r["manager_id"],
                     r["wh_doc_id"], r["id"], r["doc_no"], r["row_version"], bool(r["posted"]),
                     r["client_name"] or "", r["desk_name"] or "", r["legal_entity_name"] or "",
                     r["manager_name"] or "", r["order_id"])


def load(session: Session, order_id: int) -> CashOrder:
    with session.db.read() as conn:
        row = data.order(conn, order_id)
    if row is None:
        raise _missing()
    return _order(row)


def save(session: Session, order: CashOrder) -> CashOrder:
    """Store the order; a new one, or one moved to another legal entity or year, takes the next
    number of its series. A posted order is refused: unpost it first. Another user's save in
    between is a ConcurrentEdit naming them; the card keeps the input."""
    problems = order_errors(order)
    if problems:
        raise ValidationError(problems)
    if order.client_id is not None:
        require_client(session, order.client_id)
    before = load(session, order.id) if order.id is not None else None
    if before is not None and before.posted:
        raise PostingRefused("Проведённый кассовый ордер не изменяется: сначала отмените его проведение.")
    values = {"kind": int(order.kind), "series": order.kind.series, "desk_id": order.desk_id,
              "legal_entity_id": order.legal_entity_id, "client_id": order.client_id, "doc_time": order.doc_time,
              "amount": order.amount, "person": order.person.strip() or None, "basis": order.basis.strip() or None,
              "manager_id": order.manager_id or session.user.id, "wh_doc_id": order.wh_doc_id,
              "notes": order.notes.strip() or None, "order_id": order.order_id}

    def work() -> int:
        with session.db.begin() as conn:
            if before is None:
                return data.insert_order(conn, values)
            renumber = (before.legal_entity_id, before.doc_time.year) != (order.legal_entity_id, order.doc_time.year)
            data.update_order(conn, before.id, values, order.row_version or None, renumber)  # type: ignore[arg-type]
            return before.id  # type: ignore[return-value]
    return load(session, _retrying(work))


def delete(session: Session, order_id: int) -> None:
    """Delete an unposted order (the journal asks first)."""
    order = load(session, order_id)
    if order.posted:
        raise PostingRefused("Проведённый кассовый ордер не удаляется: сначала отмените его проведение.")
    with session.db.begin() as conn:
        if not data.delete_order(conn, order_id):
            if data.order(conn, order_id) is None:
                raise _missing()
            raise PostingRefused("Кассовый ордер только что провёл другой пользователь: он не удалён.")


def _names(conn: Any, order: CashOrder) -> tuple[str, str]:
    desk = next((r["name"] for r in data.desk_list(conn, False) if r["id"] == order.desk_id), str(order.desk_id))
    return desk, data.entity_names(conn).get(order.legal_entity_id, "")  # type: ignore[arg-type]


def _change_posting(session: Session, order_id: int, posting: bool) -> CashOrder:
    """Post (or unpost) under the lock of the balance row of the order's desk and legal entity."""
    load(session, order_id)

    def work() -> None:
        with session.db.begin() as conn:
            row = data.order(conn, order_id)
            if row is None:
                raise _missing()
            order = _order(row)
            if order.posted == posting:
                raise PostingRefused("Кассовый ордер уже проведён." if posting else "Кассовый ордер не проведён.")
            balance = data.lock_balance(conn, order.desk_id, order.legal_entity_id)  # type: ignore[arg-type]
            amount = order.amount or Decimal(0)
            takes = (order.kind is CashKind.EXPENSE) == posting
            if takes and amount > balance:
                desk, entity = _names(conn, order)
                if posting:
                    raise PostingRefused(shortage_message(desk, entity, amount, balance))
                raise PostingRefused(unpost_message(desk, entity, amount, balance))
            if not data.set_posted(conn, order_id, posting, order.row_version):
                raise RegisterBusy()          # saved, posted or unposted meanwhile: read it again
            data.add_to_balance(conn, order.desk_id, order.legal_entity_id,  # type: ignore[arg-type]
                                amount * order.kind.sign * (1 if posting else -1))
            if posting:
                data.record_move(conn, order_id, order.desk_id, order.legal_entity_id,  # type: ignore[arg-type]
                                 order.doc_time, amount * order.kind.sign)
            else:
                data.erase_move(conn, order_id)
    _retrying(work)
    return load(session, order_id)


def post(session: Session, order_id: int) -> CashOrder:
    """«Провести»: a ПКО adds its amount to the desk's balance for its legal entity, an РКО takes
    it away and is refused (PostingRefused naming the desk, needed and available) when it
    would take more than there is."""
    return _change_posting(session, order_id, True)


def unpost(session: Session, order_id: int) -> CashOrder:
    """«Отменить проведение»: the amount goes back out of (or into) the balance; a ПКО whose
    money was already paid out is refused."""
    return _change_posting(session, order_id, False)


def journal(session: Session, query: JournalQuery, after: tuple[datetime, int] | None = None,
            size: int = 200) -> list[JournalRow]:
    """A window of «Журнал движения денежных средств», newest first, the orders the user may see."""
    with session.db.read() as conn:
        rows = data.journal_window(conn, query, after, size)
    return [JournalRow(r["id"], CashKind(r["kind"]), r["doc_no"], r["doc_time"], r["desk_name"] or "",
                       r["legal_entity_name"] or "", r["client_name"] or "", r["person"] or "", r["basis"] or "",
                       Decimal(r["amount"]), bool(r["posted"]), r["manager_name"] or "") for r in rows]


def legal_entities(session: Session) -> list[tuple[int, str]]:
    """(id, short name) of our legal entities for the card and the journal's filter."""
    with session.db.read() as conn:
        return sorted(data.entity_names(conn).items(), key=lambda e: e[1].lower())


# ---------------------------------------------------------------- «Кассовый отчёт»

def report(session: Session, date_from: date, date_to: date) -> CashReport:
    """The money of every desk × legal entity now, and the period's opening balance, receipts,
    expenses and closing balance from the register of posted orders (CASH_MOVES: a desk's
    money is not any client's data, so every reader gets the same figures); «Кассовый отчёт»
    of the report pipeline (services/reports/cash.py) shows it."""
    if date_to < date_from:
        raise ValidationError([FieldError("date_to", "Конец периода раньше его начала.")])
    start = datetime.combine(date_from, datetime.min.time())
    end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
    with session.db.read() as conn:
        now_rows = data.balances(conn)
        opening = data.posted_before(conn, start)
        moved = data.turnover(conn, start, end)
        names = {r["id"]: r["name"] for r in data.desk_list(conn, False)}
        entities = data.entity_names(conn)
    rows = report_rows({(d, e): a for d, e, a in now_rows}, {(d, e): a for d, e, a in opening},
                       {(d, e, CashKind(k)): a for d, e, k, a in moved}, names, entities)
    return CashReport(date_from, date_to, rows)


def register_matches_orders(session: Session) -> bool:
    """Whether CASH_BALANCES equals what the posted orders give (a check for the administrator
    and the tests; counts across every client)."""
    with session.db.read() as conn:
        stored = {(d, e): a for d, e, a in data.balances(conn) if a}
        computed = {(d, e): a for d, e, a in data.posted_sums(conn) if a}
        moved = {(d, e): a for d, e, a in data.posted_before(conn, datetime.max) if a}
    return stored == computed == moved

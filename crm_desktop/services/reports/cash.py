"""The «Касса» reports (manual, «Отчеты»: “Кассовый отчет”, “Отчет по движению денежных
средств”, “Кассовая книга”) from the cash orders and the register of posted orders (CASH-1).

A desk's money is the company's: the cash report's figures and the cash book's balances come
from the register (CASH_MOVES), the same for every reader. The orders themselves are client
data: the flow report and the cash book's lines list only the orders the reader may open, and
the flow report's «Менеджер» is the reader unless they see every employee's reports. Where the
cash book's day holds orders the reader may not open, one line carries their sums, so the day's
total and balances still add up."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import groupby
from typing import Any

from crm_desktop.data import cash as cash_data, report_cash
from crm_desktop.data.report_cash import DayTotals, OrderFilter
from crm_desktop.domain.cash import ZERO, CashKind
from crm_desktop.domain.money import format_money
from crm_desktop.domain.report_params import ParamError
from crm_desktop.services import cash
from crm_desktop.services.reports import Params, Rows, Text, builder, choice_source
from crm_desktop.services.session import Session


@choice_source("cash_desks")
def desk_choices(session: Session) -> list[tuple[str, str]]:
    with session.db.read() as conn:
        return [(str(r["id"]), r["name"]) for r in cash_data.desk_list(conn, False)]


def _id(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


def _period(params: Params) -> tuple[datetime, datetime]:
    """The period's first moment and the moment after its last day."""
    start = datetime.combine(params["date_from"], datetime.min.time())
    return start, datetime.combine(params["date_to"] + timedelta(days=1), datetime.min.time())


# ---------------------------------------------------------------- «Кассовый отчёт»

@builder("cash-report")
def cash_report(session: Session, params: Params) -> Iterator[Any]:
    """Every desk × legal entity that held or moved money: the period's opening balance,
    receipts, expenses and closing balance, and the money there is now (services/cash.report)."""
    rows = cash.report(session, params["date_from"], params["date_to"]).rows
    yield Rows("main", [{"desk": r.desk_name, "entity": r.legal_entity_name, "opening": r.opening,
                         "receipts": r.receipts, "expenses": r.expenses, "closing": r.closing, "now": r.now}
                        for r in rows])
    if not rows:
        yield Text(["Движений и остатков денег в кассах нет."])
    yield Text(["«Остаток сейчас» — деньги в кассе с учётом ордеров после конца периода."])


# ---------------------------------------------------------------- «Отчёт по движению денежных средств»

def _flow_row(r: Any) -> dict[str, Any]:
    receipt = r["kind"] == CashKind.RECEIPT
    return {"desk": r["desk_name"], "date": r["doc_time"].date(), "number": r["doc_no"],
            "kind": CashKind(r["kind"]).short, "counterparty": r["client_name"] or r["person"] or "",
            "basis": r["basis"] or "", "entity": r["legal_entity_name"], "manager": r["manager_name"] or "",
            "receipt": Decimal(r["amount"]) if receipt else None,
            "expense": None if receipt else Decimal(r["amount"])}


@builder("cash-flow")
def cash_flow(session: Session, params: Params) -> Iterator[Any]:
    """The posted orders of the period by desk and time, filtered by legal entity, desk,
    manager and counterparty, with each desk's and the whole period's receipts and expenses."""
    start, end = _period(params)
    f = OrderFilter(start, end, _id(params.get("desk")), _id(params.get("entity")), params.get("user"),
                    params.get("client"))
    with session.db.read() as conn:
        yield Rows("main", map(_flow_row, report_cash.flow_rows(conn, f)))


# ---------------------------------------------------------------- «Кассовая книга» (КО-4)

def _only(found: list[Any], what: str) -> Any:
    if len(found) != 1:
        raise ParamError(what)
    return found[0]


def _book_keys(conn: Any, params: Params) -> tuple[Any, int, str]:
    """The desk row, the legal entity and its name of the book: as given, else the only
    active desk and the desk's own legal entity, else the only one whose money it moved, else
    the only legal entity; more than one is a question to the user."""
    desks = cash_data.desk_list(conn, False)
    entities = cash_data.entity_names(conn)
    desk_id = _id(params.get("desk"))
    if desk_id is None:
        active = [d for d in desks if d["is_active"]]
        names = ", ".join(f"«{d['name']}»" for d in active) or "нет ни одной"
        desk = _only(active, f"Укажите кассу: кассовая книга ведётся по одной кассе, а действующих касс не одна "
                             f"({names}).")
    else:
        desk = _only([d for d in desks if d["id"] == desk_id], f"Кассы с кодом {desk_id} нет.")
    entity_id = _id(params.get("entity"))
    if entity_id is None:
        candidates = ([desk["legal_entity_id"]] if desk["legal_entity_id"] else
                      report_cash.entities_of_desk(conn, desk["id"]) or sorted(entities))
        names = ", ".join(sorted(f"«{entities.get(e, e)}»" for e in candidates)) or "нет ни одного"
        entity_id = _only(candidates, f"Укажите юр. лицо: кассовая книга ведётся по одному юр. лицу, а в кассе "
                                      f"«{desk['name']}» их не одно ({names}).")
    return desk, entity_id, entities.get(entity_id, "")


def _day_lines(orders: Iterator[Any], day: DayTotals) -> Iterator[dict[str, Any]]:
    """A day's orders as the book's lines; the orders the reader may not open (the register
    has them, the scoped list not) as one line of their sums."""
    receipts = expenses = ZERO
    seen_in = seen_out = 0
    for r in orders:
        kind = CashKind(r["kind"])
        amount = Decimal(r["amount"])
        if kind is CashKind.RECEIPT:
            receipts, seen_in = receipts + amount, seen_in + 1
        else:
            expenses, seen_out = expenses + amount, seen_out + 1
        yield {"number": f"{kind.short} № {r['doc_no']}", "person": r["person"] or "", "account": "",
               "receipt": amount if kind is CashKind.RECEIPT else None,
               "expense": None if kind is CashKind.RECEIPT else amount}
    hidden = (day.receipt_count - seen_in) + (day.expense_count - seen_out)
    if hidden:
        yield {"number": "", "person": f"Ордера по клиентам, недоступным вам: {hidden}", "account": "",
               "receipt": (day.receipts - receipts) or None, "expense": (day.expenses - expenses) or None}


@builder("cash-book")
def cash_book(session: Session, params: Params) -> Iterator[Any]:
    """The cash book in the form КО-4: a sheet per day the desk's money moved for the legal
    entity — «Касса за» the day and the sheet's number from the start of the year, the balance
    at the start of the day, the orders (number, from whom or to whom, the correspondent
    account, receipt, expense), «Итого за день», the balance at the end of the day, of it for
    wages (none are paid from the desk here) and how many receipt and expense orders the
    accountant takes. The balances come from the register, so each day ends where the next
    begins and the last ends at the cash report's closing balance."""
    start, end = _period(params)
    date_from: date = params["date_from"]
    with session.db.read() as conn:
        desk, entity_id, entity_name = _book_keys(conn, params)
        balance = report_cash.moved_before(conn, desk["id"], entity_id, start)
        days = report_cash.day_totals(conn, desk["id"], entity_id, start, end)
        sheet = report_cash.days_with_moves(conn, desk["id"], entity_id, datetime(date_from.year, 1, 1), start)
        yield Text([f"Организация: {entity_name}", f"Касса: {desk['name']}"])
        opening, receipts, expenses = balance, ZERO, ZERO
        if not days:
            yield Text([f"За период кассовых операций не было. Остаток: {format_money(balance)} руб."])
        orders = groupby(report_cash.book_orders(conn, OrderFilter(start, end, desk["id"], entity_id)),
                         key=lambda r: r["doc_time"].date())
        pending = next(orders, None)
        year = date_from.year
        for day in days:
            if day.day.year != year:
                year, sheet = day.day.year, 0
            sheet += 1
            yield Text([f"КАССА за {day.day:%d.%m.%Y}, лист {sheet}"], bold=True)
            yield Text([f"Остаток на начало дня: {format_money(balance)}"])
            while pending is not None and pending[0] < day.day:      # an order the register lacks
                pending = next(orders, None)
            lines = pending[1] if pending is not None and pending[0] == day.day else iter(())
            yield Rows("day", _day_lines(lines, day))
            if pending is not None and pending[0] == day.day:
                pending = next(orders, None)
            balance += day.receipts - day.expenses
            receipts, expenses = receipts + day.receipts, expenses + day.expenses
            yield Text([f"Остаток на конец дня: {format_money(balance)}",
                        "в том числе на выплату заработной платы: 0,00",
                        f"Кассир ______________   Записи в кассовой книге проверил и документы в количестве "
                        f"{day.receipt_count} приходных и {day.expense_count} расходных получил "
                        "бухгалтер ______________"])
        if days:
            yield Text([f"Итого за период с {date_from:%d.%m.%Y} по {params['date_to']:%d.%m.%Y}: "
                        f"остаток на начало {format_money(opening)}, приход {format_money(receipts)}, "
                        f"расход {format_money(expenses)}, остаток на конец {format_money(balance)}.",
                        f"Листов за период: {len(days)}."], bold=True)

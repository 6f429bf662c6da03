"""The «Продажи» reports (REP-3; manual «Отчеты»): the best-selling products, the registered
sales of goods and of works, the money received for them, invoices and their payments, debts
by invoices, the settlements with clients and the act of reconciliation with one client.

«Registered sales» are the client card's «Продажи» (goods, with the nomenclature group of the
item sold) and «Работы» (works and services, with the legal entity receiving the payment); the
settlements count what the balance control counts: shipped by acts, paid by payments
(data/documents.client_balance). The employee of a report is the document's manager
(data/report_sales.py); without «Видеть журналы и отчёты по всем сотрудникам» the engine makes
it the reader, so a manager's report holds his own documents only."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from heapq import merge
from typing import Any

from crm_desktop.data import company_admin, documents as doc_data
from crm_desktop.data import report_sales as data
from crm_desktop.data.report_sales import SalesFilter
from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.domain.money import format_money
from crm_desktop.domain.report_params import ParamError
from crm_desktop.services import documents
from crm_desktop.services.reports import ChartData, Params, Rows, Text, builder, choice_source, with_subgroups
from crm_desktop.services.session import Session

TOP = 10                      # products on the «Сводный отчет по продажам» chart
HUNDRED = Decimal(100)
ZERO = Decimal("0.00")
KINDS = {"goods": "Товары", "services": "Услуги"}


# ---------------------------------------------------------------- lists of the parameters

@choice_source("sales_paid")
def paid_states(session: Session) -> list[tuple[str, str]]:
    return [("paid", "Оплаченные полностью"), ("unpaid", "Не оплаченные полностью")]


@choice_source("sales_kinds")
def sale_kinds(session: Session) -> list[tuple[str, str]]:
    return list(KINDS.items())


@choice_source("goods_sales_grouping")
def goods_grouping(session: Session) -> list[tuple[str, str]]:
    return [("client", "По клиентам"), ("manager", "По сотрудникам"), ("group", "По группам товаров")]


@choice_source("services_sales_grouping")
def services_grouping(session: Session) -> list[tuple[str, str]]:
    return [("client", "По клиентам"), ("manager", "По сотрудникам"), ("recipient", "По получателям платежа")]


# ---------------------------------------------------------------- parameters → filter

def _filter(session: Session, params: Params) -> SalesFilter:
    recipient = params.get("recipient")
    return SalesFilter(params.get("date_from"), params.get("date_to"), params.get("user"), params.get("client"),
                       int(recipient) if recipient else None, with_subgroups(session, params.get("group")),
                       params.get("paid"), params.get("text") or "")


def _debt(amount: Decimal, paid: Decimal) -> Decimal:
    return max(amount - paid, ZERO)


def _share(amount: Decimal, total: Decimal) -> Decimal | None:
    return (amount * HUNDRED / total).quantize(Decimal("0.01")) if total else None


# ---------------------------------------------------------------- registered sales

@builder("sales-summary")
def sales_summary(session: Session, params: Params) -> Iterator[Any]:
    """«Сводный отчет по продажам»: products by sum sold, with their share of the whole."""
    f = _filter(session, params)
    with session.db.read() as conn:
        total = data.sales_total(conn, f)
        top = list(data.product_totals(conn, f, limit=TOP))
        if top:
            yield ChartData("top", [r["product"] for r in top], [[float(r["amount"]) for r in top]], ["Сумма, руб."])
        yield Rows("products", ({"product": r["product"], "group": r["group"], "quantity": r["quantity"],
                                 "amount": r["amount"], "share": _share(r["amount"], total)}
                                for r in data.product_totals(conn, f)))


def _registered(session: Session, params: Params, read: Any) -> Iterator[Rows]:
    """The sales or the works themselves, with what is left to pay, in the table of the
    grouping chosen (each table of the template groups by its own column)."""
    f = _filter(session, params)
    order = params.get("grouping", "client")
    with session.db.read() as conn:
        yield Rows(f"by_{order}", ({**r, "debt": _debt(r["amount"], r["paid"])} for r in read(conn, f, order)))


@builder("goods-sales")
def goods_sales(session: Session, params: Params) -> Iterator[Any]:
    """«Реализация товаров»: the sales of goods by client, employee or goods group, with totals."""
    return _registered(session, params, data.goods_rows)


@builder("services-sales")
def services_sales(session: Session, params: Params) -> Iterator[Any]:
    """«Реализация услуг»: the works and services by client, employee or recipient, with totals."""
    return _registered(session, params, data.works_rows)


@builder("payment-by-sales")
def payment_by_sales(session: Session, params: Params) -> Iterator[Any]:
    """«Оплата (по продажам)»: money received for registered sales, goods then services."""
    f = _filter(session, params)
    kind = params.get("kind")

    def rows(conn: Any) -> Iterator[dict[str, Any]]:
        if kind in (None, "goods"):
            yield from ({**r, "kind": KINDS["goods"]} for r in data.sale_payments(conn, f))
        if kind in (None, "services"):
            yield from ({**r, "kind": KINDS["services"]} for r in data.work_payments(conn, f))
    with session.db.read() as conn:
        yield Rows("payments", rows(conn))


# ---------------------------------------------------------------- invoices

@builder("payment-by-invoices")
def payment_by_invoices(session: Session, params: Params) -> Iterator[Any]:
    """«Оплата (по счетам)»: the payments of the period, invoice by invoice."""
    f = _filter(session, params)
    kinds = documents.PAY_KINDS
    with session.db.read() as conn:
        yield Rows("payments", ({**r, "invoice": f"№ {r['invoice_no']} от {r['invoice_date']:%d.%m.%Y}",
                                 "pay_kind": kinds.get(r["pay_kind"], "")}
                                for r in data.invoice_payments(conn, f, params.get("invoice") or "")))


@builder("receivables")
def receivables(session: Session, params: Params) -> Iterator[Any]:
    """«Оплата частичная (по счетам)»: invoices of the period not paid in full by its last day,
    with the debt and the days past the payment term then."""
    f = _filter(session, params)
    as_of = f.date_to or date.today()

    def row(r: Any) -> dict[str, Any]:
        overdue = (as_of - r["due_date"]).days if r["due_date"] is not None and r["due_date"] < as_of else None
        return {**r, "debt": r["total"] - r["paid"], "overdue": overdue}
    with session.db.read() as conn:
        yield Rows("invoices", (row(r) for r in data.unpaid_invoices(conn, f, as_of)))


# ---------------------------------------------------------------- settlements

@builder("settlements")
def settlements(session: Session, params: Params) -> Iterator[Any]:
    """«Сводная ведомость расчетов»: per client the balance at the period's start, shipped and
    paid within it and the balance at its end (positive: the client owes, negative: advance)."""
    f = _filter(session, params)

    def row(r: Any) -> dict[str, Any]:
        opening = r.get("shipped_before", ZERO) - r.get("paid_before", ZERO)
        return {"client": r["client"], "opening": opening, "shipped": r["shipped"], "paid": r["paid"],
                "closing": opening + r["shipped"] - r["paid"]}
    with session.db.read() as conn:
        yield Rows("clients", (row(r) for r in data.settlement_rows(conn, f)))


def _document(r: Any) -> tuple[date, int, dict[str, Any]]:
    if "pay_kind" in r:
        number = f"№ {r['doc_no']} " if r["doc_no"] else ""
        kind = documents.PAY_KINDS.get(r["pay_kind"], "").lower()
        return r["date"], 1, {"date": r["date"], "document": f"Оплата {number}({kind})", "credit": r["amount"]}
    return r["date"], 0, {"date": r["date"], "document": f"Акт № {r['doc_no']} от {r['date']:%d.%m.%Y}",
                          "debit": r["total"]}


def _debt_words(balance: Decimal, ours: str, theirs: str) -> str:
    if balance == 0:
        return "задолженность отсутствует"
    return f"задолженность в пользу {ours if balance > 0 else theirs} {format_money(abs(balance))} руб."


@builder("reconciliation")
def reconciliation(session: Session, params: Params) -> Iterable[Any]:
    """«Акт сверки»: the client's acts (debit) and payments (credit) with our legal entity over
    the period, between the opening and the closing balance, with room to sign."""
    f = _filter(session, params)
    client_id = params["client"]            # required: the engine asks for it
    with session.db.read() as conn:
        entity_id = f.legal_entity_id
        if entity_id is None:
            default, _ = company_admin.default_supplier(conn)
            if default is None:
                raise ParamError("Укажите юр. лицо: юр. лицо по умолчанию не назначено (Настройки – Константы).")
            entity_id = default.id
        entity = company_admin.entity(conn, entity_id)
        client = doc_data.client_requisites(conn, client_id)
        f = SalesFilter(f.date_from, f.date_to, f.manager_id, client_id, entity_id)
        shipped, paid = data.reconciliation_opening(conn, client_id, f)
        docs = list(merge((_document(r) for r in data.reconciliation_acts(conn, client_id, f)),
                          (_document(r) for r in data.reconciliation_payments(conn, client_id, f)),
                          key=lambda d: d[:2]))
    if entity is None or client is None:
        raise ParamError("Юр. лицо или клиент не найдены: возможно, их удалили.")
    ours = entity.values["short_name"] or entity.values["full_name"]
    theirs = client["name"]
    period = " ".join(part for part in (f"с {f.date_from:%d.%m.%Y}" if f.date_from else "",
                                        f"по {f.date_to:%d.%m.%Y}" if f.date_to else "") if part) or "всё время"
    opening = shipped - paid
    yield Text([f"Акт сверки взаимных расчетов за период {period} между {ours} и {theirs}"], bold=True)
    start = f"на {f.date_from:%d.%m.%Y}" if f.date_from else "начальное"
    yield Text([f"По данным {ours}, руб.", f"Сальдо {start}: {_debt_words(opening, ours, theirs)}"])
    yield Rows("documents", (d[2] for d in docs))
    closing = opening + sum((d[2].get("debit", ZERO) for d in docs), ZERO) - sum(
        (d[2].get("credit", ZERO) for d in docs), ZERO)
    end = f"На {f.date_to:%d.%m.%Y}" if f.date_to else "На конец периода"
    if closing == 0:
        result = f"{end} задолженность отсутствует."
    else:
        result = (f"{end} задолженность в пользу {ours if closing > 0 else theirs} составляет "
                  f"{format_money(abs(closing))} руб. ({rubles_in_words(abs(closing))}).")
    yield Text([f"Сальдо конечное: {_debt_words(closing, ours, theirs)}", result])
    yield Text([f"От {ours}:", _signature(entity.values["director"]), "",
                f"От {theirs}:", _signature(client["director"] or client["sign_person"])])


def _signature(name: str | None) -> str:
    """A line to sign on, with the signer's name where the card has it."""
    return f"____________________ / {name} /" if name else "____________________ / ____________________ /"

"""«Отчёты – Склад» (manual «Отчеты»): «Складские остатки», «Складские остатки на дату»,
«Оборотно-сальдовая ведомость», «Отчет о движениях товара» and the two margin reports.

The balances and the turnover are the warehouse's figures, the same for every reader (they
read the registers, which are not client data). The movements and margins are documents:
each reader sees the documents the access scope lets through, and without «Видеть журналы и
отчёты по всем сотрудникам» only their own (the `user` parameter, forced by the engine).

Cost is FIFO cost: what is left of the batches at their unit costs for the stock now, the
cost the moves carried for stock at a date and turnovers, what a sale's moves wrote off for
margins (a return brings its cost back, so it is a negative line)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from crm_desktop.data import report_stock as data
from crm_desktop.data.warehouse import warehouse_list
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.money import format_money, q2
from crm_desktop.services.reports import Params, Rows, Text, builder, choice_source, with_subgroups
from crm_desktop.services.session import Session
from crm_desktop.services.warehouse import day_end

ZERO = Decimal(0)


# ---------------------------------------------------------------- lists the parameters pick from

@choice_source("stock_warehouses")
def _warehouses(session: Session) -> list[tuple[str, str]]:
    with session.db.read() as conn:
        return [(str(i), name) for i, name in warehouse_list(conn, False)]


def _stock_filter(session: Session, params: Params) -> data.StockFilter:
    def chosen(name: str) -> int | None:
        value = params.get(name)
        return int(value) if value else None
    group = chosen("group")
    return data.StockFilter(chosen("warehouse"), chosen("legal_entity"),
                            with_subgroups(session, group),
                            params.get("item", ""))


def _doc_filter(params: Params) -> data.DocFilter:
    return data.DocFilter(params["date_from"], params["date_to"], params.get("user"), params.get("client"))


def _document(kind: str, number: str) -> str:
    return f"{Kind(kind).label} № {number}"


# ---------------------------------------------------------------- balances and turnover

def _balance(r: Mapping[str, Any]) -> dict[str, Any]:
    quantity, reserved = r["quantity"], r["reserved"]
    return {"item": r["item"], "code": r["code"], "unit": r["unit"], "warehouse": r["warehouse"],
            "entity": r["entity"], "quantity": quantity, "reserved": reserved,
            "free": max(quantity - reserved, ZERO), "cost": q2(Decimal(r["cost"]))}


@builder("stock-balances")
def stock_balances(session: Session, params: Params) -> Iterator[Any]:
    """Stock now by item, warehouse and legal entity, with what reservations hold."""
    f = _stock_filter(session, params)
    with session.db.read() as conn:
        yield Rows("main", map(_balance, data.balances_now(conn, f, params.now, params.get("nonzero", False))))


def _at_date(r: Mapping[str, Any]) -> dict[str, Any]:
    return {k: r[k] for k in ("item", "code", "unit", "warehouse", "entity", "quantity", "cost")}


@builder("stock-at-date")
def stock_at_date(session: Session, params: Params) -> Iterator[Any]:
    """Stock at the end of the day from the month totals and the moves of its month."""
    f = _stock_filter(session, params)
    with session.db.read() as conn:
        yield Rows("main", map(_at_date, data.balances_at(conn, f, day_end(params["date"]),
                                                          params.get("nonzero", False))))


def _turnover(r: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: r[k] for k in ("item", "code", "unit", "warehouse", "entity")}
    row.update(open_qty=r["oq"], open_sum=r["oc"], in_qty=r["iq"], in_sum=r["ic"], out_qty=r["xq"],
               out_sum=r["xc"], close_qty=r["oq"] + r["iq"] - r["xq"], close_sum=r["oc"] + r["ic"] - r["xc"])
    return row


@builder("turnover")
def turnover(session: Session, params: Params) -> Iterator[Any]:
    f = _stock_filter(session, params)
    with session.db.read() as conn:
        yield Rows("main", map(_turnover, data.turnover(conn, f, params["date_from"], params["date_to"])))


# ---------------------------------------------------------------- documents: movements and margins

def _movement(r: Mapping[str, Any]) -> dict[str, Any]:
    incoming = bool(r["incoming"])
    return {"time": r["doc_time"], "document": _document(r["doc_kind"], r["doc_no"]), "item": r["item"],
            "unit": r["unit"], "warehouse": r["warehouse"], "incoming": r["quantity"] if incoming else None,
            "outgoing": None if incoming else r["quantity"], "client": r["client"], "manager": r["manager"]}


@builder("goods-movement")
def goods_movement(session: Session, params: Params) -> Iterator[Any]:
    f = _stock_filter(session, params)
    with session.db.read() as conn:
        yield Rows("main", map(_movement, data.movements(conn, f, _doc_filter(params))))


def margin_percent(margin: Decimal, amount: Decimal) -> Decimal | None:
    """The margin's share of the sale (without VAT), in percent; none without a sale."""
    return q2(margin * 100 / amount) if amount else None


class _Sums:
    """What the margin rows came to, counted as they stream past (for the closing line)."""

    def __init__(self) -> None:
        self.amount = self.cost = ZERO

    def rows(self, rows: Iterable[Mapping[str, Any]], extra: Any) -> Iterator[dict[str, Any]]:
        for r in rows:
            amount, cost = q2(Decimal(r["amount"])), q2(Decimal(r["cost"] or 0))
            self.amount += amount
            self.cost += cost
            yield {**extra(r), "quantity": r["quantity"], "amount": amount, "cost": cost, "margin": amount - cost,
                   "margin_pct": margin_percent(amount - cost, amount)}

    def text(self) -> Text:
        margin = self.amount - self.cost
        share = margin_percent(margin, self.amount)
        tail = f" ({share:.1f} % от продаж)".replace(".", ",") if share is not None else ""
        return Text([f"Продажи без НДС: {format_money(self.amount)}, себестоимость: {format_money(self.cost)}, "
                     f"маржа: {format_money(margin)}{tail}."])


def _sold_line(r: Mapping[str, Any]) -> dict[str, Any]:
    return {"time": r["doc_time"], "document": _document(r["doc_kind"], r["doc_no"]), "item": r["item"],
            "unit": r["unit"], "client": r["client"], "manager": r["manager"]}


def _margins(session: Session, params: Params, read: Any, shape: Any) -> Iterator[Any]:
    """The rows `read` gives (data.margin_lines or margin_by_client) as `shape` names them,
    with margin and share, then the line that sums them up."""
    f, sums = _stock_filter(session, params), _Sums()
    with session.db.read() as conn:
        yield Rows("main", sums.rows(read(conn, f, _doc_filter(params)), shape))
    yield sums.text()


@builder("margin")
def margin(session: Session, params: Params) -> Iterator[Any]:
    return _margins(session, params, data.margin_lines, _sold_line)


def _client_item(r: Mapping[str, Any]) -> dict[str, Any]:
    return {"client": r["client"], "item": r["item"], "unit": r["unit"]}


@builder("margin-summary")
def margin_summary(session: Session, params: Params) -> Iterator[Any]:
    return _margins(session, params, data.margin_by_client, _client_item)

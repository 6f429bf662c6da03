"""The «Статистика» reports (manual: «Отчеты»): «Персональная статистика» — the activity of
users over a period (clients, events, tasks, invoices) with charts; «Статистика по событиям» —
events by type, per user, with a pie of the types; «Статистика по оборотам юр. лиц» — how the
invoiced and paid sums fall on our legal entities, per manager.

A reader without «Видеть журналы и отчёты по всем сотрудникам» gets only their own figures:
the engine sets `user` to them (services/reports.resolve) and every statement here filters by
it. Every statement runs through the session, so counts cover the clients the reader may see."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crm_desktop.data import report_statistics as data
from crm_desktop.data import users as user_data
from crm_desktop.data.cash import entity_names
from crm_desktop.services.reports import ChartData, Params, Rows, Text, builder
from crm_desktop.services.session import Session

ZERO = Decimal("0.00")
NO_USER = "(не указан)"


def share(part: Decimal | int, whole: Decimal | int) -> Decimal:
    """`part` as per cent of `whole`, to a tenth as the reports print it (0 of nothing)."""
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _asked(params: Params) -> tuple[datetime, datetime, int | None]:
    """The period as [its first midnight, the midnight after its last day) and the user
    (None: everybody)."""
    start, end = params["date_from"], params["date_to"] + timedelta(days=1)
    return datetime.combine(start, time()), datetime.combine(end, time()), params.get("user")


# ------------------------------------------------------------------ «Персональная статистика»

COUNTS = ("clients_new", "clients_curated", "events", "tasks_set", "tasks_done", "tasks_overdue")


def personal_rows(session: Session, params: Params, now: datetime | None = None) -> list[dict[str, Any]]:
    """One row per user: counts of the period, invoices and their sum. Few rows (one per
    user), each figure one GROUP BY; users without a figure show zeros."""
    start, end, user_id = _asked(params)
    now = now or datetime.now()
    with session.db.read() as conn:
        figures: dict[str, dict[int, Any]] = {
            "clients_new": data.clients_registered(conn, start, end, user_id),
            "clients_curated": data.clients_curated(conn, user_id),
            "events": data.events_registered(conn, start, end, user_id),
            "tasks_set": data.tasks_set(conn, start, end, user_id),
            "tasks_done": data.tasks_done(conn, start, end, user_id),
            # a deadline still ahead is not missed yet
            "tasks_overdue": data.tasks_overdue(conn, start, min(end, now), user_id),
        }
        invoiced = data.invoices_issued(conn, start.date(), end.date(), user_id)
        with_figures = {uid for per_user in (*figures.values(), invoiced) for uid in per_user}
        listed = data.users_listed(conn, user_id, with_figures)
    rows = []
    for uid, name in listed:
        row: dict[str, Any] = {"user": name}
        row.update({key: figures[key].get(uid, 0) for key in COUNTS})
        row["invoices"], row["invoiced"] = invoiced.get(uid, (0, ZERO))
        rows.append(row)
    return rows


@builder("personal-stats")
def personal_stats(session: Session, params: Params) -> Iterator[Any]:
    rows = personal_rows(session, params)
    if not rows:
        yield Text(["За период нет данных."])
        return
    labels = [r["user"] for r in rows]
    yield ChartData("activity", labels,
                    [[r[k] for r in rows] for k in ("clients_new", "events", "tasks_done")],
                    ["Зарегистрировано клиентов", "Событий", "Выполнено задач"])
    yield ChartData("tasks", labels,
                    [[r[k] for r in rows] for k in ("tasks_set", "tasks_done", "tasks_overdue")],
                    ["Поставлено", "Выполнено", "Просрочено"])
    yield Rows("main", rows)


# ------------------------------------------------------------------ «Статистика по событиям»

@builder("event-stats")
def event_stats(session: Session, params: Params) -> Iterator[Any]:
    start, end, user_id = _asked(params)
    with session.db.read() as conn:
        types = data.events_by_type(conn, start, end, user_id)
        if not types:
            yield Text(["За период событий нет."])
            return
        total = sum(n for _, n in types)
        yield ChartData("types", [name for name, _ in types], [[n for _, n in types]], ["Событий"])
        yield Rows("types", ({"type": name, "count": n, "share": share(n, total)} for name, n in types))
        yield Rows("by_user", _per_user_rows(list(data.events_by_user_and_type(conn, start, end, user_id))))


def _per_user_rows(found: list[tuple[str | None, int | None, str, int]]) -> Iterator[dict[str, Any]]:
    """The rows of the per-user table; a type's share is of that user's events."""
    totals: dict[int | None, int] = {}
    for _, uid, _, n in found:
        totals[uid] = totals.get(uid, 0) + n
    for name, uid, type_name, n in found:
        yield {"user": name or NO_USER, "type": type_name, "count": n, "share": share(n, totals[uid])}


# ------------------------------------------------------------------ «Статистика по оборотам юр. лиц»

@builder("turnover-by-entity")
def turnover_by_entity(session: Session, params: Params) -> Iterator[Any]:
    start, end, user_id = _asked(params)
    with session.db.read() as conn:
        invoiced = data.turnover_by_entity(conn, start.date(), end.date(), user_id)
        paid = data.paid_by_entity(conn, start.date(), end.date(), user_id)
        entities = entity_names(conn)
        people = dict(user_data.all_users(conn))
    if not invoiced and not paid:
        yield Text(["За период нет ни счетов, ни оплат."])
        return
    rows = []
    for entity_id, manager_id in set(invoiced) | set(paid):
        count, amount = invoiced.get((entity_id, manager_id), (0, ZERO))
        rows.append({"entity": entities.get(entity_id, ""), "user": people.get(manager_id, NO_USER),
                     "invoices": count, "invoiced": amount, "paid": paid.get((entity_id, manager_id), ZERO)})
    rows.sort(key=lambda r: (r["entity"], r["user"] == NO_USER, r["user"]))
    whole = sum(r["invoiced"] for r in rows)
    per_entity: dict[str, dict[str, Any]] = {}
    for r in rows:
        r["share"] = share(r["invoiced"], whole)
        e = per_entity.setdefault(r["entity"], {"entity": r["entity"], "invoices": 0, "invoiced": ZERO, "paid": ZERO})
        for key in ("invoices", "invoiced", "paid"):
            e[key] += r[key]
    summary = sorted(per_entity.values(), key=lambda e: (-e["invoiced"], e["entity"]))
    for e in summary:
        e["share"] = share(e["invoiced"], whole)
    yield ChartData("entities", [e["entity"] for e in summary], [[float(e["invoiced"]) for e in summary]],
                    ["Сумма счетов"])
    yield Rows("entities", summary)
    yield Rows("main", rows)

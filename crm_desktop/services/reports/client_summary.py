"""«Сводная информация по клиенту», opened from the client's card: the main data and requisites
as text, then the contact persons, the newest events, the open tasks and the invoices with what
was paid against them. Everything is read through the reader's session, so a document the
reader may not open is left out like everywhere else."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from crm_desktop.data import report_operative as data
from crm_desktop.data.client_card import kind_of
from crm_desktop.domain.client_fields import ClientKind, field
from crm_desktop.domain.client_names import person_name
from crm_desktop.domain.report_params import ParamError
from crm_desktop.domain.tasks import STATUS_TITLES, deadline
from crm_desktop.services.reports import Params, Rows, Text, builder
from crm_desktop.services.reports.operative import phones
from crm_desktop.services.session import Session

LAST_EVENTS = 20
# the card's fields in the order the summary lists them (labels from domain/client_fields)
MAIN_LINES = ("full_name", "inn", "kpp", "ogrn", "birthday", "legal_address", "actual_address", "address", "phone",
              "phone2", "mobile_phone", "fax", "email", "website", "director", "main_contact", "curator_id",
              "specialist_id", "status_id", "stage_id", "next_contact_date")
# dictionary fields: the column of data.client_main holding the value's name
NAMED = {"curator_id": "curator", "specialist_id": "specialist", "status_id": "status", "stage_id": "stage"}


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return " ".join(str(value).split())


def main_lines(main: Any) -> list[str]:
    """«Label: value» of the filled fields; the postal address is put together from its parts."""
    values = dict(main)
    values["address"] = ", ".join(str(v).strip() for v in (main["postcode"], main["city"], main["address"])
                                  if v and str(v).strip())
    lines = []
    for name in MAIN_LINES:
        value = values.get(NAMED.get(name, name))
        if value not in (None, ""):
            lines.append(f"{field(name).label}: {_shown(value)}")
    return lines


@builder("client-summary")
def client_summary(session: Session, params: Params) -> Iterator[Rows | Text]:
    client_id = params.get("client")
    if client_id is None:
        raise ParamError("Укажите «Клиент»: сводная информация открывается из карточки клиента.")
    with session.db.read() as conn:
        main = data.client_main(conn, client_id)
        if main is None:
            raise ParamError("Клиент не найден или вам недоступен.")
        kind = "Физическое лицо" if kind_of(main["client_kind"]) is ClientKind.INDIVIDUAL else "Предприятие"
        private = ", приватный" if main["is_private"] else ""
        yield Text([f"{main['name']} (код {main['code']})"], bold=True)
        yield Text([f"{kind}{private}", *main_lines(main)])
        contacts = data.client_contacts(conn, client_id)
        yield Rows("contacts", ({"name": person_name(s, f, p), "position": job, "phones": phones(office, mobile, home),
                                 "email": email, "birthday": born}
                                for s, f, p, job, office, mobile, home, email, born in contacts))
        last = data.last_events(conn, client_id, LAST_EVENTS)
        yield Rows("events", ({"event_at": at, "type": type_name, "user": user, "comment": comment or "",
                               "result": result} for at, type_name, user, comment, result in last))
        yield Rows("tasks", ({"start_at": start, "deadline": deadline(start, duration, due), "executor": executor,
                              "body": body or "", "status": STATUS_TITLES.get(status, str(status))}
                             for start, due, duration, executor, body, status in data.open_tasks(conn, client_id)))
        yield Rows("invoices", ({"doc_no": no, "doc_date": day, "due_date": due, "manager": manager, "total": total,
                                 "paid": paid, "debt": max(total - paid, 0)}
                                for no, day, due, total, paid, manager in data.client_invoices(conn, client_id)))

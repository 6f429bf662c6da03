"""The rows `crm-admin generate` bulk-loads for the demo database and the benchmarks: one named
tuple per table, its fields that table's columns in order, and where each goes. The generator
(services/sample_data.py) fills them by field name and knows no table or column."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from crm_desktop.data.bulk import BulkLoader


class Client(NamedTuple):
    id: int
    code: int
    client_kind: int
    name: str
    full_name: str
    region_id: int
    city_id: int
    city: str
    postcode: str | None
    address: str
    phone: str
    email: str
    curator_id: int
    status_id: int
    company_size_id: int | None
    info_source_id: int
    priority_id: int
    activity_type_id: int | None
    stage_id: int
    inn: str
    kpp: str | None
    ogrn: str | None
    surname: str | None
    first_name: str | None
    patronymic: str | None
    birthday: date | None
    needs_attention: int
    next_contact_date: date | None
    no_email_mailing: int
    prospects_id: int | None
    last_reaction_id: int | None
    created_by: int


class ClientDirection(NamedTuple):
    client_id: int
    direction_id: int


class Contact(NamedTuple):
    id: int
    client_id: int
    surname: str
    first_name: str
    patronymic: str
    job_title: str
    phone_office: str
    phone_mobile: str
    email: str
    salutation: str
    birthday: date
    gender: str
    is_main: int


class Phone(NamedTuple):
    """A PHONE_INDEX entry: a client's (contact None) or a contact's number, digits reversed."""
    client_id: int
    contact_id: int | None
    digits_rev: str


class Event(NamedTuple):
    client_id: int
    event_type_id: int
    event_at: datetime
    user_id: int
    contact_id: int | None
    description: str
    result: str | None
    stage_id: int


class Task(NamedTuple):
    task_kind: int
    client_id: int
    setter_id: int
    executor_id: int
    set_at: datetime
    importance: int
    start_at: datetime
    due_at: datetime
    duration_min: int
    body: str
    requires_report: int
    status: int


@dataclass
class Batch:
    clients: list[Client] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    directions: list[ClientDirection] = field(default_factory=list)


def reserve(loader: BulkLoader, clients: int, contacts: int) -> tuple[int, int, int]:
    """The first client ID, client code and contact ID of consecutive ranges that long."""
    return (loader.reserve_ids("CLIENTS", clients), loader.reserve_client_codes(clients),
            loader.reserve_ids("CONTACTS", contacts))


def store(loader: BulkLoader, batch: Batch) -> None:
    """Insert a batch, parents first; the caller commits it."""
    for table, rows, kind in (("CLIENTS", batch.clients, Client), ("CONTACTS", batch.contacts, Contact),
                              ("PHONE_INDEX", batch.phones, Phone), ("EVENTS", batch.events, Event),
                              ("TASKS", batch.tasks, Task), ("CLIENT_DIRECTIONS", batch.directions, ClientDirection)):
        loader.insert(table, [name.upper() for name in kind._fields], rows)


class Invoice(NamedTuple):
    id: int
    client_id: int
    legal_entity_id: int
    doc_year: int
    number_no: int
    doc_no: str
    doc_date: date
    manager_id: int
    amount: Decimal
    vat_amount: Decimal
    total: Decimal


class InvoiceLine(NamedTuple):
    invoice_id: int
    line_no: int
    name: str
    unit_name: str
    unit_code: str
    quantity: Decimal
    base_price: Decimal
    price: Decimal
    amount: Decimal
    vat_rate: Decimal
    vat_amount: Decimal
    total: Decimal


@dataclass
class InvoiceBatch:
    invoices: list[Invoice] = field(default_factory=list)
    lines: list[InvoiceLine] = field(default_factory=list)


def reserve_invoices(loader: BulkLoader, count: int) -> int:
    """The first of `count` consecutive invoice IDs."""
    return loader.reserve_ids("INVOICES", count)


def store_invoices(loader: BulkLoader, batch: InvoiceBatch) -> None:
    for table, rows, kind in (("INVOICES", batch.invoices, Invoice), ("INVOICE_LINES", batch.lines, InvoiceLine)):
        loader.insert(table, [name.upper() for name in kind._fields], rows)

"""Rows of generated warehouse history for `crm-admin generate --movements N` (benchmarks of
re-posting and stock at a date): items, documents with lines and what they posted, bulk-loaded
in whole batches like the generated clients."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from crm_desktop.data.bulk import BulkLoader


class Item(NamedTuple):
    id: int
    code: str
    name: str
    unit_id: int | None
    purchase_price: Decimal
    sale_price: Decimal


class Doc(NamedTuple):
    id: int
    doc_kind: str
    legal_entity_id: int
    warehouse_id: int
    client_id: int | None
    doc_year: int
    number_no: int
    doc_no: str
    doc_time: datetime
    amount: Decimal
    total: Decimal


class DocLine(NamedTuple):
    id: int
    doc_id: int
    line_no: int
    item_id: int
    warehouse_id: int
    incoming: int
    quantity: Decimal
    price: Decimal
    amount: Decimal
    total: Decimal


class Posting(NamedTuple):
    doc_id: int
    doc_kind: str
    doc_time: datetime
    legal_entity_id: int


class PostingLine(NamedTuple):
    """A line as posted but not yet replayed: a batch starts with nothing left and no moves
    (the re-post that follows gives it both)."""
    line_id: int
    doc_id: int
    doc_time: datetime
    item_id: int
    warehouse_id: int
    legal_entity_id: int
    incoming: int
    quantity: Decimal
    cost: Decimal | None
    remaining: Decimal | None


@dataclass
class Batch:
    docs: list[Doc] = field(default_factory=list)
    lines: list[DocLine] = field(default_factory=list)
    postings: list[Posting] = field(default_factory=list)
    posting_lines: list[PostingLine] = field(default_factory=list)


def reserve(loader: BulkLoader, items: int, docs: int, lines: int) -> tuple[int, int, int]:
    """The first IDs of `items` items, `docs` documents and `lines` lines."""
    return (loader.reserve_ids("NOMENCLATURE", items), loader.reserve_ids("WH_DOCS", docs),
            loader.reserve_ids("WH_DOC_LINES", lines))


def store_items(loader: BulkLoader, items: list[Item]) -> None:
    loader.insert("NOMENCLATURE", [n.upper() for n in Item._fields], items)


def store(loader: BulkLoader, batch: Batch) -> None:
    for table, rows, kind in (("WH_DOCS", batch.docs, Doc), ("WH_DOC_LINES", batch.lines, DocLine),
                              ("WH_POSTINGS", batch.postings, Posting),
                              ("WH_POSTING_LINES", batch.posting_lines, PostingLine)):
        loader.insert(table, [n.upper() for n in kind._fields], rows)

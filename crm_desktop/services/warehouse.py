"""Use cases of the warehouse (WH-1 … WH-3, WH-7): documents of the movement journal, posting
and unposting under the per-item lock, reservations, re-posting, stock now and at a date.

Posting: the balance rows of every (item, warehouse, legal entity) the document touches are
locked first (data/warehouse.lock_keys), then the stock at the document's moment is checked
against what it writes off, and the FIFO ledger (domain/fifo.py) computes the moves. Two
workstations posting the last units of one item: the second waits for the first and then finds
the units gone. An update conflict is retried; the user never sees Firebird's words."""
from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_desktop.data import company_admin, nomenclature as nom_data, repost as repost_data, warehouse as data
from crm_desktop.data.errors import DatabaseBusy
from crm_desktop.data.warehouse import JournalQuery, NumberBusy, RegisterBusy
from crm_desktop.domain.fifo import Document, Key, Kind, Ledger, Move, OverReturn, Shortage, signatures
from crm_desktop.domain.money import VatMode
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.stock_docs import (StockDraft, StockLine, document_totals, errors as draft_errors, priced_line,
                                           reserve_problem, shortage_message, to_posting)
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.clients import require_client
from crm_desktop.data.database import Database, ScopedDatabase
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["JournalQuery", "PostingRefused", "RepostResult", "StockDocNotFound"]

ATTEMPTS = 8
REPOST_CHUNK = 100_000      # lines per committed chunk of a re-post


class StockDocNotFound(LookupError):
    """str() says the document is gone or not the user's to open."""


class PostingRefused(ValueError):
    """str() is one Russian sentence: why the document was not posted (unposted, reserved)."""


def _missing() -> StockDocNotFound:
    return StockDocNotFound("Складской документ не найден: он удалён или относится к клиенту, который вам недоступен.")


def _busy() -> PostingRefused:
    return PostingRefused("Остатки этих позиций сейчас проводит другой пользователь: повторите через несколько секунд.")


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _retrying(work: Callable[[], Any]) -> Any:
    """`work` again after a lock wait that ran out or an update conflict (the other posting
    committed meanwhile: what it changed is read afresh)."""
    for attempt in range(ATTEMPTS):
        try:
            with data.conflicts_as_busy():
                return work()
        except (RegisterBusy, NumberBusy, DatabaseBusy):     # DatabaseBusy: a conflict Database.begin() said
            pass
        if attempt == ATTEMPTS - 1:
            raise _busy()
        time.sleep(0.05 * (attempt + 1))
    raise _busy()


# ---------------------------------------------------------------- dictionaries

def warehouses(session: Session, active_only: bool = True) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return data.warehouse_list(conn, active_only)


def save_warehouse(session: Session, warehouse_id: int | None, name: str) -> int:
    session.require(Permission.EDIT_DICTIONARIES)
    name = " ".join(name.split())
    if not name:
        raise ValidationError([FieldError("name", "Введите название склада.")])
    with session.db.begin() as conn:
        return data.save_warehouse(conn, warehouse_id, name)


# ---------------------------------------------------------------- documents

def new_draft(session: Session, kind: Kind, now: datetime | None = None) -> StockDraft:
    with session.db.read() as conn:
        entity, _ = company_admin.default_supplier(conn)
        stores = data.warehouse_list(conn, True)
    return StockDraft(kind, entity.id if entity else None, stores[0][0] if stores else None, _now(now),
                      manager_id=session.user.id)


def _draft(head: Any, rows: Sequence[Any]) -> StockDraft:
    lines = [StockLine(r["item_id"], r["item_name"], r["unit_name"] or "", r["quantity"], r["price"], r["vat_rate"],
                       r["markup"], r["sale_price"], r["warehouse_id"], bool(r["incoming"]), r["base_line_id"],
                       line_id=r["id"], cost=r["cost"]) for r in rows]
    index = {ln.line_id: i for i, ln in enumerate(lines)}
    lines = [replace(ln, base_index=index.get(ln.base_line_id)) if head["doc_kind"] == Kind.PRODUCTION.value else ln
             for ln in lines]
    return StockDraft(Kind(head["doc_kind"]), head["legal_entity_id"], head["warehouse_id"], head["doc_time"],
                      head["client_id"], head["manager_id"], VatMode(head["vat_mode"]), head["notes"] or "", lines,
                      head["id"], head["doc_no"], head["row_version"], bool(head["posted"]), head["reserved_until"],
                      head["client_name"] or "", head["base_doc_id"], head["order_id"])


def load(session: Session, doc_id: int) -> StockDraft:
    with session.db.read() as conn:
        head = data.header(conn, doc_id)
        if head is None:
            raise _missing()
        return _draft(head, data.lines(conn, doc_id))


def _line_rows(draft: StockDraft) -> list[dict[str, Any]]:
    rows = []
    for n, ln in enumerate(draft.lines, start=1):
        p = priced_line(ln, draft.vat_mode)
        rows.append({"line_no": n, "item_id": ln.item_id, "warehouse_id": ln.warehouse_id or draft.warehouse_id,
                     "incoming": int(ln.incoming), "quantity": ln.quantity, "price": ln.price, "markup": ln.markup,
                     "sale_price": ln.sale_price, "amount": p.amount, "vat_rate": ln.vat_rate,
                     "vat_amount": p.vat_amount, "total": p.total, "base_line_id": ln.base_line_id,
                     "base_index": ln.base_index})
    return rows


def save(session: Session, draft: StockDraft, store_prices: bool = False) -> StockDraft:
    """Store the document (a new one is numbered); a posted one is refused: unpost it first.
    `store_prices`: a receipt's purchase prices, mark-ups and sale prices go to the
    nomenclature too (the manual's "с сохранением новых данных в справочнике")."""
    problems = draft_errors(draft)
    if problems:
        raise ValidationError(problems)
    if draft.client_id is not None:
        require_client(session, draft.client_id)
    if draft.id is not None and load(session, draft.id).posted:
        raise PostingRefused("Проведённый документ не изменяется: сначала отмените его проведение.")
    sums = document_totals(draft)
    values = {"doc_kind": draft.kind.value, "legal_entity_id": draft.legal_entity_id,
              "warehouse_id": draft.warehouse_id, "client_id": draft.client_id, "doc_time": draft.doc_time,
              "manager_id": draft.manager_id or session.user.id, "base_doc_id": draft.base_doc_id,
              "vat_mode": int(draft.vat_mode), "amount": sums.amount, "vat_amount": sums.vat, "total": sums.total,
              "notes": draft.notes or None, "order_id": draft.order_id}
    rows = _line_rows(draft)

    def work() -> int:
        with session.db.begin() as conn:
            if draft.id is None:
                doc_id = data.insert_doc(conn, values, session.user.id)
            else:
                data.update_doc(conn, draft.id, values, draft.row_version or None)
                doc_id = draft.id
            data.replace_lines(conn, doc_id, rows)
            if store_prices and draft.kind is Kind.RECEIPT:
                session.require(Permission.EDIT_NOMENCLATURE)
                for ln in draft.lines:
                    nom_data.set_prices(conn, ln.item_id, ln.price, ln.markup, ln.sale_price)
            return doc_id
    return load(session, _retrying(work))


def delete(session: Session, doc_id: int) -> None:
    draft = load(session, doc_id)
    if draft.posted:
        raise PostingRefused("Проведённый документ не удаляется: сначала отмените его проведение.")
    with session.db.begin() as conn:
        data.release(conn, doc_id)
        if not data.delete_doc(conn, doc_id):
            raise _missing()


def _names(session: Session, conn: Any, item_id: int, warehouse_id: int) -> tuple[str, str]:
    item = nom_data.item_name(conn, item_id) or f"позиция {item_id}"
    store = dict(data.warehouse_list(conn, False)).get(warehouse_id, str(warehouse_id))
    return item, store


def _check_stock(session: Session, conn: Any, doc: Document, now: datetime) -> bool:
    """Refuse a write-off the stock at the document's moment cannot cover, counting what later
    documents take and what live reservations of other documents hold. True when back-dated."""
    needed: dict[Key, Decimal] = {}
    for line in doc.lines:
        if not line.incoming:
            key = doc.key(line)
            needed[key] = needed.get(key, Decimal(0)) + line.quantity
    keys = {doc.key(line) for line in doc.lines}
    held = data.reserved(conn, needed, now, doc.doc_id)
    for key, quantity in sorted(needed.items()):
        balance = data.stock_at(conn, key, doc.moment)
        lowest, running = balance, balance
        for change in data.later_changes(conn, key, doc.moment):
            running += change
            lowest = min(lowest, running)
        available = min(balance, lowest) - held.get(key, Decimal(0))
        if quantity > available:
            item, store = _names(session, conn, key[0], key[1])
            raise PostingRefused(shortage_message(item, store, quantity, max(available, Decimal(0)), doc.moment))
    return data.has_later_moves(conn, keys, doc.moment, doc.doc_id)


def _ledger_for(conn: Any, doc: Document) -> Ledger:
    keys = {doc.key(line) for line in doc.lines}
    returned = [line.base_line_id for line in doc.lines if doc.kind is Kind.RETURN and line.base_line_id]
    taken = data.taken_by(conn, returned)
    batches = data.open_batches(conn, keys)
    have = {b.line_id for b in batches}
    batches += data.batches_by_id(conn, [t[1] for t in taken if t[1] not in have])
    return Ledger.of(batches, taken)


def _apply(conn: Any, doc: Document, ledger: Ledger, moves: list[Move]) -> None:
    """The registers after `moves` of `doc`: posting rows (its batches with what is left of
    them), what is left of the batches it took from or gave back to, moves, balances, totals."""
    own = {ln.line_id for ln in doc.lines if ln.line_id in ledger.batches
           and ledger.batches[ln.line_id].doc_id == doc.doc_id}
    data.record_posting(conn, doc, {b: ledger.batches[b] for b in own}, signatures(moves))
    data.set_remaining(conn, [ledger.batches[b] for b in sorted({m.batch_id for m in moves} - own)])
    data.write_moves(conn, moves)
    data.add_to_totals(conn, moves)


def post(session: Session, doc_id: int, now: datetime | None = None) -> StockDraft:
    """Post the document: its moves go into the registers, its reservation ends. PostingRefused
    says why not (stock short at its moment, a re-post under way, already posted)."""
    draft = load(session, doc_id)
    if draft.posted:
        raise PostingRefused("Документ уже проведён.")
    doc = to_posting(draft)
    moment = _now(now)

    def work() -> None:
        with session.db.begin() as conn:
            _refuse_during_repost(conn)
            data.lock_keys(conn, {doc.key(line) for line in doc.lines})
            if data.posted_document(conn, doc.doc_id) is not None:
                raise PostingRefused("Документ уже проведён другим пользователем.")
            back_dated = _check_stock(session, conn, doc, moment)
            ledger = _ledger_for(conn, doc)
            try:
                moves = ledger.post(doc)
            except Shortage as exc:
                item, store = _names(session, conn, exc.item_id, exc.warehouse_id)
                raise PostingRefused(shortage_message(item, store, exc.needed, exc.available, doc.moment)) from None
            except OverReturn as exc:
                raise PostingRefused(f"Возвращается больше, чем отгружено по расходной накладной: "
                                     f"{exc.returning:f} при доступных к возврату {exc.returnable:f}.") from None
            _apply(conn, doc, ledger, moves)
            data.release(conn, doc.doc_id)
            if back_dated:
                data.mark_actuality(conn, doc.moment)
    _retrying(work)
    return load(session, doc_id)


def unpost(session: Session, doc_id: int) -> StockDraft:
    """Take the document's moves out of the registers; a back-dated one (later documents of its
    items exist) marks the actuality point, from which a re-post puts the later ones right."""
    load(session, doc_id)

    def work() -> None:
        with session.db.begin() as conn:
            _refuse_during_repost(conn)
            doc = data.posted_document(conn, doc_id)
            if doc is None:
                raise PostingRefused("Документ не проведён.")
            keys = {doc.key(line) for line in doc.lines}
            data.lock_keys(conn, keys)
            moves = data.moves_of(conn, doc_id)
            own = {line.line_id for line in doc.lines}
            given_back: dict[int, Decimal] = {}
            for m in moves:
                if m.batch_id not in own:
                    given_back[m.batch_id] = given_back.get(m.batch_id, Decimal(0)) - m.quantity
            data.add_to_remaining(conn, given_back)
            data.erase_posting(conn, doc_id)
            data.add_to_totals(conn, [replace(m, quantity=-m.quantity, cost=-m.cost) for m in moves])
            if data.has_later_moves(conn, keys, doc.moment, doc_id):
                data.mark_actuality(conn, doc.moment)
    _retrying(work)
    return load(session, doc_id)


def _refuse_during_repost(conn: Any) -> None:
    if data.state(conn)["repost_from"] is not None:
        raise PostingRefused("Идёт перепроведение складских документов: проведите документ после его окончания "
                             "(если оно прервано, администратор продолжит его: «Администрирование – "
                             "Перепроведение документов»).")


def reserve(session: Session, doc_id: int, until: datetime, now: datetime | None = None) -> StockDraft:
    """"Поставить в резерв" an unposted expense: its goods are held for other documents until
    `until` (1 hour to 1 month), or until it is posted or released."""
    draft = load(session, doc_id)
    moment = _now(now)
    if draft.kind is not Kind.EXPENSE or draft.posted:
        raise PostingRefused("В резерв ставится непроведённая расходная накладная.")
    problem = reserve_problem(until, moment)
    if problem:
        raise PostingRefused(problem)
    doc = to_posting(draft)

    def work() -> None:
        with session.db.begin() as conn:
            needed = {doc.key(line) for line in doc.lines if not line.incoming}
            data.lock_keys(conn, needed)
            _check_stock(session, conn, replace(doc, moment=max(doc.moment, moment)), moment)
            data.reserve(conn, doc, until)
    _retrying(work)
    return load(session, doc_id)


def release(session: Session, doc_id: int) -> StockDraft:
    load(session, doc_id)
    with session.db.begin() as conn:
        data.release(conn, doc_id)
    return load(session, doc_id)


def release_expired(session: Session, now: datetime | None = None) -> int:
    """Reservations whose time is up (the application server's job; they stop counting anyway)."""
    with session.db.begin() as conn:
        return data.release_expired(conn, _now(now))


def enter_return(session: Session, expense_id: int, now: datetime | None = None) -> StockDraft:
    """A return from the buyer on the basis of a posted expense: its lines, each returning its line."""
    expense = load(session, expense_id)
    if expense.kind is not Kind.EXPENSE or not expense.posted:
        raise PostingRefused("Возврат вводится на основании проведённой расходной накладной.")
    lines = [replace(ln, incoming=True, base_line_id=ln.line_id, line_id=None, cost=None) for ln in expense.lines]
    return replace(new_draft(session, Kind.RETURN, now), legal_entity_id=expense.legal_entity_id,
                   warehouse_id=expense.warehouse_id, client_id=expense.client_id, client_name=expense.client_name,
                   vat_mode=expense.vat_mode, lines=lines, base_doc_id=expense_id)


# ---------------------------------------------------------------- re-posting

@dataclass(frozen=True)
class Collision:
    doc_id: int
    kind: Kind
    moment: datetime
    reason: str


@dataclass(frozen=True)
class RepostResult:
    documents: int
    lines: int
    collided: list[Collision]
    seconds: float


def repost(session: Session, full: bool = False, progress: Callable[[int, int], None] | None = None,
           now: datetime | None = None, chunk: int = REPOST_CHUNK) -> RepostResult:
    """Re-post from the actuality point (or in full): an interrupted re-post continues where
    it stopped. Documents that collide (not enough stock any more) are left unposted and listed."""
    if not session.rights.is_admin:
        raise AccessDenied("Перепроведение складских документов запускает администратор.")
    return repost_registers(session.db, session.user.id, full, progress, now, chunk)


def repost_registers(db: Database | ScopedDatabase, user_id: int | None, full: bool = False,
                     progress: Callable[[int, int], None] | None = None, now: datetime | None = None,
                     chunk: int = REPOST_CHUNK) -> RepostResult:
    """The re-post itself (also what `crm-admin generate --movements` builds its registers with):
    the registers are not client data, every posted document is replayed whoever runs it."""
    started = time.perf_counter()
    with db.begin() as conn:
        point = repost_data.resume_point(conn)
        if point is None:
            actual = data.state(conn)["actual_from"]
            point = repost_data.first_point(conn) if full else ((actual, 0) if actual is not None else None)
            if point is None:
                repost_data.finish(conn)
                return RepostResult(0, 0, [], time.perf_counter() - started)
            repost_data.begin(conn, point, user_id, _now(now))
    with db.read() as conn:
        first = repost_data.first_point(conn)
        batches = repost_data.batches_at(conn, point) if first is not None and first < point else []
        taken = repost_data.taken_before(conn, repost_data.returned_lines_from(conn, point), point)
        have = {b.line_id for b in batches}
        batches += data.batches_by_id(conn, [t[1] for t in taken if t[1] not in have])
        total = repost_data.postings_from(conn, point)
    ledger = Ledger.of(batches, taken)
    collided: list[Collision] = []
    done_docs = done_lines = 0
    replaced: list[int] = []
    new_moves: list[Move] = []
    new_signatures: dict[int, int] = {}
    unit_costs: dict[int, Decimal] = {}
    chunk_collided: list[Document] = []
    last = point

    def flush() -> None:
        with db.begin() as wconn:
            repost_data.write_chunk(wconn, replaced, new_moves, new_signatures, unit_costs, chunk_collided, last)
        for pending in (replaced, new_moves, chunk_collided):
            pending.clear()
        new_signatures.clear()
        unit_costs.clear()

    with db.read() as rconn:
        for doc, stored in repost_data.documents_from(rconn, point):
            try:
                moves = ledger.post(doc)
            except (Shortage, OverReturn) as exc:
                collided.append(Collision(doc.doc_id, doc.kind, doc.moment, _collision_reason(exc)))
                chunk_collided.append(doc)
                moves = []
            else:
                by_line = signatures(moves)
                for line in doc.lines:
                    if by_line.get(line.line_id) != stored[line.line_id].signature:
                        replaced.append(line.line_id)
                        new_signatures[line.line_id] = by_line[line.line_id]
                        new_moves.extend(m for m in moves if m.line_id == line.line_id)
                    batch = ledger.batches.get(line.line_id)
                    if batch is not None and batch.doc_id == doc.doc_id and batch.unit_cost != stored[line.line_id].unit_cost:
                        unit_costs[line.line_id] = batch.unit_cost
            done_docs += 1
            done_lines += len(doc.lines)
            last = (doc.moment, doc.doc_id)
            if done_lines % chunk < len(doc.lines):
                flush()
                if progress:
                    progress(done_docs, total)
    flush()
    with db.begin() as conn:
        repost_data.finish(conn)
    if progress:
        progress(done_docs, total)
    return RepostResult(done_docs, done_lines, collided, time.perf_counter() - started)


def _collision_reason(exc: Exception) -> str:
    if isinstance(exc, Shortage):
        return f"не хватает товара (код позиции {exc.item_id}): нужно {exc.needed:f}, было {exc.available:f}"
    assert isinstance(exc, OverReturn)
    return f"возврат больше отгруженного: {exc.returning:f} из {exc.returnable:f}"


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class StockState:
    actual_from: datetime | None
    repost_running: bool


def stock_state(session: Session) -> StockState:
    with session.db.read() as conn:
        st = data.state(conn)
    return StockState(st["actual_from"], st["repost_from"] is not None)


def journal(session: Session, query: JournalQuery, after: tuple[datetime, int] | None = None,
            size: int = 200) -> list[dict[str, Any]]:
    """A window of "Журнал движения материалов", newest first; `stale` marks a posted document
    at or after the actuality point (its yellow indicator)."""
    with session.db.read() as conn:
        actual = data.state(conn)["actual_from"]
        rows = data.journal_window(conn, query, after, size)
    return [{**r, "stale": bool(r["posted"]) and actual is not None and r["doc_time"] >= actual} for r in rows]


def stock(session: Session, moment: datetime | None = None, warehouse_id: int | None = None,
          legal_entity_id: int | None = None) -> list[dict[str, Any]]:
    """"Складские остатки" now, or at `moment`."""
    with session.db.read() as conn:
        return [dict(r) for r in data.stock_list(conn, moment, warehouse_id, legal_entity_id)]


def available(session: Session, item_ids: Iterable[int], warehouse_id: int, legal_entity_id: int,
              now: datetime | None = None, except_docs: Collection[int] = ()) -> dict[int, Decimal]:
    """What of each item is free to promise now in the warehouse for the legal entity: the
    balance less what live reservations of other documents hold (expired ones no longer hold
    anything, manual "Резервирование товара"; `except_docs`: documents whose reservations are
    the caller's own), never below zero. Reads the balance rows of these items only."""
    items = sorted(set(item_ids))
    if not items:
        return {}
    keys = [(item, warehouse_id, legal_entity_id) for item in items]
    with session.db.read() as conn:
        held = data.balances(conn, items, warehouse_id, legal_entity_id)
        taken = data.reserved(conn, keys, _now(now), except_docs)
    return {item: max(held.get(item, Decimal(0)) - taken[key], Decimal(0)) for item, key in zip(items, keys)}


def item_history(session: Session, item_id: int) -> list[dict[str, Any]]:
    """"Справка о движениях" of an item (WH-7)."""
    with session.db.read() as conn:
        return [dict(r) for r in data.item_moves(conn, item_id)]


def day_end(day: date) -> datetime:
    """Stock "at a date" is at its end."""
    return datetime(day.year, day.month, day.day, 23, 59, 59)

"""Re-posting the warehouse registers (WH-3) in few round trips: roll the registers back to a
point with set-based statements, stream the postings after it in time order, let the FIFO
ledger replay them, write each chunk's moves and batches as EXECUTE BLOCKs with the point
reached in WH_STATE, and rebuild the month totals and balances from the moves at the end.

A chunk commits with its cursor, so a re-post that dies (kill, power) has consistent registers
up to the cursor and is resumed by re-posting from it; until it ends, postings are refused
(WH_STATE.REPOST_FROM is set)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text

from crm_desktop.data.warehouse import period_of, set_remaining, write_moves, write_new_batches
from crm_desktop.domain.fifo import Batch, Document, Kind, Line, Move

Point = tuple[datetime, int]      # (document time, document id): documents from it on are replayed

_AFTER = "(({a}.DOC_TIME > :t) OR ({a}.DOC_TIME = :t AND {a}.DOC_ID >= :d))"


def _after(alias: str) -> str:
    return _AFTER.format(a=alias)


def begin(conn: Connection, point: Point | None, user_id: int, now: datetime) -> None:
    """Mark the re-post as under way (postings wait for its end) from `point` (None: in full)."""
    conn.execute(text("UPDATE WH_STATE SET REPOST_FROM = :t, REPOST_DONE_TO = :t, REPOST_DONE_ID = :d, "
                      "REPOST_BY = :u, REPOST_STARTED = :n WHERE ID = 1"),
                 {"t": point[0] if point else datetime(1900, 1, 1), "d": point[1] if point else 0, "u": user_id,
                  "n": now})


def resume_point(conn: Connection) -> Point | None:
    """Where an interrupted re-post stopped (None: none is under way)."""
    row = conn.execute(text("SELECT REPOST_FROM, REPOST_DONE_TO, REPOST_DONE_ID FROM WH_STATE WHERE ID = 1")).first()
    if row is None or row[0] is None:
        return None
    return row[1], row[2]


def first_point(conn: Connection) -> Point:
    row = conn.execute(text("SELECT FIRST 1 DOC_TIME, DOC_ID FROM WH_POSTINGS ORDER BY DOC_TIME, DOC_ID")).first()
    return (row[0], row[1]) if row else (datetime(1900, 1, 1), 0)


def roll_back(conn: Connection, point: Point) -> None:
    """The registers as they were before the documents from `point` on were posted."""
    args = {"t": point[0], "d": point[1]}
    # batches older than the point get back what later documents took (read from the moves
    # after the point: few for a recent point, none to update when all goes)
    taken = conn.execute(text(
        "SELECT m.BATCH_ID, SUM(m.QUANTITY) FROM WH_MOVES m JOIN WH_BATCHES b ON b.LINE_ID = m.BATCH_ID "
        f"WHERE {_after('m')} AND NOT {_after('b')} GROUP BY m.BATCH_ID"), args).all()
    if taken:
        conn.execute(text("UPDATE WH_BATCHES SET REMAINING = REMAINING - :q WHERE LINE_ID = :b"),
                     [{"b": b, "q": q} for b, q in taken])
    conn.execute(text(f"DELETE FROM WH_BATCHES b WHERE {_after('b')}"), args)
    conn.execute(text(f"DELETE FROM WH_MOVES m WHERE {_after('m')}"), args)


def documents_from(conn: Connection, point: Point) -> Iterator[Document]:
    """The posted documents from `point` on, in time order, with their lines (one stream)."""
    rows = conn.execution_options(yield_per=20_000).execute(text(
        "SELECT p.DOC_ID, p.DOC_KIND, p.DOC_TIME, p.LEGAL_ENTITY_ID, l.LINE_ID, l.ITEM_ID, l.WAREHOUSE_ID, "
        "l.INCOMING, l.QUANTITY, l.COST, l.BASE_LINE_ID FROM WH_POSTINGS p "
        f"JOIN WH_POSTING_LINES l ON l.DOC_ID = p.DOC_ID WHERE {_after('p')} "
        "ORDER BY p.DOC_TIME, p.DOC_ID, l.LINE_ID"), {"t": point[0], "d": point[1]})
    head: Any = None
    lines: list[Line] = []
    for r in rows:
        if head is not None and r[0] != head[0]:
            yield Document(head[0], Kind(head[1]), head[2], head[3], tuple(lines))
            lines = []
        head = r
        lines.append(Line(r[4], r[5], r[6], r[8], bool(r[7]), r[9], r[10]))
    if head is not None:
        yield Document(head[0], Kind(head[1]), head[2], head[3], tuple(lines))


def postings_from(conn: Connection, point: Point) -> int:
    """How many documents a re-post from `point` replays (for its progress bar)."""
    return conn.execute(text(f"SELECT COUNT(*) FROM WH_POSTINGS p WHERE {_after('p')}"),
                        {"t": point[0], "d": point[1]}).scalar_one()


def returned_lines_from(conn: Connection, point: Point) -> list[int]:
    """Expense lines before `point` that returns from `point` on refill."""
    return [r[0] for r in conn.execute(text(
        "SELECT DISTINCT l.BASE_LINE_ID FROM WH_POSTINGS p JOIN WH_POSTING_LINES l ON l.DOC_ID = p.DOC_ID "
        f"WHERE p.DOC_KIND = 'return' AND l.BASE_LINE_ID IS NOT NULL AND {_after('p')}"),
        {"t": point[0], "d": point[1]})]


def write_chunk(conn: Connection, moves: list[Move], new_batches: Iterable[Batch], changed: Iterable[Batch],
                collided: Iterable[int], done: Point) -> None:
    """One chunk of a re-post with the point it reached, in the caller's transaction."""
    write_moves(conn, moves)
    write_new_batches(conn, new_batches)
    set_remaining(conn, changed)
    for doc_id in collided:
        conn.execute(text("DELETE FROM WH_POSTING_LINES WHERE DOC_ID = :d"), {"d": doc_id})
        conn.execute(text("DELETE FROM WH_POSTINGS WHERE DOC_ID = :d"), {"d": doc_id})
    conn.execute(text("UPDATE WH_STATE SET REPOST_DONE_TO = :t, REPOST_DONE_ID = :d WHERE ID = 1"),
                 {"t": done[0], "d": done[1] + 1})


def finish(conn: Connection, point: Point) -> None:
    """Month totals from the point's month on and every balance again from the moves; the
    registers are actual."""
    month = period_of(point[0])
    conn.execute(text("DELETE FROM WH_TOTALS WHERE PERIOD >= :p"), {"p": month})
    conn.execute(text(
        "INSERT INTO WH_TOTALS (ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, PERIOD, QUANTITY, COST) "
        "SELECT ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, PERIOD, SUM(QUANTITY), SUM(COST) FROM WH_MOVES "
        "WHERE PERIOD >= :p GROUP BY ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, PERIOD"), {"p": month})
    conn.execute(text("DELETE FROM WH_BALANCES"))
    conn.execute(text(
        "INSERT INTO WH_BALANCES (ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, QUANTITY, COST) "
        "SELECT ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, SUM(QUANTITY), SUM(COST) FROM WH_TOTALS "
        "GROUP BY ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID"))
    conn.execute(text("UPDATE WH_STATE SET ACTUAL_FROM = NULL, REPOST_FROM = NULL, REPOST_DONE_TO = NULL, "
                      "REPOST_DONE_ID = NULL, REPOST_BY = NULL, REPOST_STARTED = NULL WHERE ID = 1"))


def recomputed_balances(conn: Connection) -> dict[tuple[int, int, int], tuple[Decimal, Decimal]]:
    """(quantity, cost) per key summed from every move: what WH_BALANCES must equal."""
    return {(r[0], r[1], r[2]): (Decimal(r[3]), Decimal(r[4])) for r in conn.execute(text(
        "SELECT ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, SUM(QUANTITY), SUM(COST) FROM WH_MOVES "
        "GROUP BY ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID HAVING SUM(QUANTITY) <> 0 OR SUM(COST) <> 0"))}


def stored_balances(conn: Connection) -> dict[tuple[int, int, int], tuple[Decimal, Decimal]]:
    return {(r[0], r[1], r[2]): (Decimal(r[3]), Decimal(r[4])) for r in conn.execute(text(
        "SELECT ITEM_ID, WAREHOUSE_ID, LEGAL_ENTITY_ID, QUANTITY, COST FROM WH_BALANCES "
        "WHERE QUANTITY <> 0 OR COST <> 0"))}



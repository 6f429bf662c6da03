"""Re-posting the warehouse registers (WH-3) in few round trips: the postings from a point on
are read in one stream, the FIFO ledger replays them from the state the batches were in at the
point, and only the lines whose moves came out different (their SIGNATURE) are rewritten: old
moves out, new moves in, what is left of each batch, the month totals and the balances changed
by the difference. A full re-post is the same from the first document.

Each chunk commits a consistent state (every register equals the sum of the moves) together with
the point reached in WH_STATE, so a re-post that dies (kill, power) is resumed by re-posting from
that point; until it ends, postings are refused (WH_STATE.REPOST_FROM is set)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text

from crm_desktop.data.warehouse import (add_to_remaining, add_to_totals, batches_by_id, delete_moves_of_lines,
                                        moves_of_lines, write_moves)
from crm_desktop.domain.fifo import Batch, Document, Kind, Line, Move

Point = tuple[datetime, int]      # (document time, document id): documents from it on are replayed
_AFTER = "(({a}.DOC_TIME > :t) OR ({a}.DOC_TIME = :t AND {a}.DOC_ID >= :d))"


def _after(alias: str) -> str:
    return _AFTER.format(a=alias)


def _args(point: Point) -> dict[str, Any]:
    return {"t": point[0], "d": point[1]}


def begin(conn: Connection, point: Point, user_id: int | None, now: datetime) -> None:
    """Mark the re-post as under way from `point` (postings wait for its end)."""
    conn.execute(text("UPDATE WH_STATE SET REPOST_FROM = :t, REPOST_DONE_TO = :t, REPOST_DONE_ID = :d, "
                      "REPOST_BY = :u, REPOST_STARTED = :n WHERE ID = 1"), {**_args(point), "u": user_id, "n": now})


def resume_point(conn: Connection) -> Point | None:
    """Where an interrupted re-post stopped (None: none is under way)."""
    row = conn.execute(text("SELECT REPOST_FROM, REPOST_DONE_TO, REPOST_DONE_ID FROM WH_STATE WHERE ID = 1")).first()
    if row is None or row[0] is None:
        return None
    return row[1], row[2]


def first_point(conn: Connection) -> Point | None:
    row = conn.execute(text("SELECT FIRST 1 DOC_TIME, DOC_ID FROM WH_POSTINGS ORDER BY DOC_TIME, DOC_ID")).first()
    return (row[0], row[1]) if row else None


def postings_from(conn: Connection, point: Point) -> int:
    """How many documents a re-post from `point` replays (for its progress bar)."""
    return conn.execute(text(f"SELECT COUNT(*) FROM WH_POSTINGS p WHERE {_after('p')}"), _args(point)).scalar_one()


def batches_at(conn: Connection, point: Point) -> list[Batch]:
    """Batches older than `point` with what was left of them at the point: what is left now,
    plus what the moves from the point on took (minus what they gave back)."""
    args = _args(point)
    later = dict(conn.execute(text(
        "SELECT m.BATCH_ID, SUM(m.QUANTITY) FROM WH_MOVES m JOIN WH_POSTING_LINES b ON b.LINE_ID = m.BATCH_ID "
        f"WHERE {_after('m')} AND NOT {_after('b')} GROUP BY m.BATCH_ID"), args).all())
    rows = conn.execution_options(yield_per=20_000).execute(text(     # one text a row: see _PACKED_STREAM
        "SELECT LINE_ID || '|' || DOC_ID || '|' || ITEM_ID || '|' || WAREHOUSE_ID || '|' || LEGAL_ENTITY_ID || '|' || "
        "DOC_TIME || '|' || QUANTITY || '|' || REMAINING || '|' || UNIT_COST "
        f"FROM WH_POSTING_LINES b WHERE b.REMAINING > 0 AND NOT {_after('b')}"), args)
    found: dict[int, Batch] = {}
    for (row,) in rows:
        f = row.split("|")
        found[int(f[0])] = Batch(int(f[0]), int(f[1]), (int(f[2]), int(f[3]), int(f[4])), datetime.fromisoformat(f[5]),
                                 Decimal(f[6]), Decimal(f[7]), Decimal(f[8]))
    for batch in batches_by_id(conn, [b for b in later if b not in found]):
        found[batch.line_id] = batch
    for batch in found.values():
        batch.remaining -= later.get(batch.line_id, Decimal(0))
    return list(found.values())


def returned_lines_from(conn: Connection, point: Point) -> list[int]:
    """Expense lines that returns from `point` on refill."""
    return [r[0] for r in conn.execute(text(
        "SELECT DISTINCT l.BASE_LINE_ID FROM WH_POSTINGS p JOIN WH_POSTING_LINES l ON l.DOC_ID = p.DOC_ID "
        f"WHERE p.DOC_KIND = 'return' AND l.BASE_LINE_ID IS NOT NULL AND {_after('p')}"), _args(point))]


def taken_before(conn: Connection, line_ids: Iterable[int], point: Point) -> list[tuple[int, int, Decimal]]:
    """(outgoing line, batch, quantity it took less what returns gave back) by moves before `point`."""
    out: list[tuple[int, int, Decimal]] = []
    for line_id in sorted(set(line_ids)):
        rows = conn.execute(text(
            "SELECT m.BATCH_ID, SUM(m.QUANTITY) FROM WH_MOVES m WHERE (m.LINE_ID = :l OR m.LINE_ID IN "
            "(SELECT LINE_ID FROM WH_POSTING_LINES WHERE BASE_LINE_ID = :l)) "
            f"AND NOT {_after('m')} GROUP BY m.BATCH_ID ORDER BY MIN(m.ID)"), {**_args(point), "l": line_id})
        out.extend((line_id, batch, -quantity) for batch, quantity in rows)
    return out


@dataclass(frozen=True, slots=True)
class Stored:
    """What the registers hold of a posted line: its moves' signature, and of a batch what one
    unit costs."""
    signature: int | None
    unit_cost: Decimal | None


_LINES_PER_ROW = 16
# The stream of a re-post: the engine puts 16 posting lines, each as one text, into one row, so
# the driver, which spends as long on a row as the engine on reading it, converts a million lines
# as 62,500 rows (measured at 1,000,000 lines: 14.9 s row by row, 6.5 s so; one text of 64 lines
# was slower, 13 s, as PSQL copies the growing text at each concatenation)
_COLUMNS = range(_LINES_PER_ROW)
_PACKED_STREAM = f"""EXECUTE BLOCK (T TIMESTAMP = ?, D INTEGER = ?)
RETURNS ({", ".join(f"L{i} VARCHAR(400) CHARACTER SET ASCII" for i in _COLUMNS)}) AS
DECLARE ONE VARCHAR(400) CHARACTER SET ASCII;
DECLARE N INTEGER = 0;
BEGIN
  FOR SELECT p.DOC_ID || '|' || p.DOC_KIND || '|' || p.DOC_TIME || '|' || p.LEGAL_ENTITY_ID || '|' ||
      l.LINE_ID || '|' || l.ITEM_ID || '|' || l.WAREHOUSE_ID || '|' || l.INCOMING || '|' || l.QUANTITY || '|' ||
      COALESCE(l.COST, '') || '|' || COALESCE(l.BASE_LINE_ID, '') || '|' || COALESCE(l.SIGNATURE, '') || '|' ||
      COALESCE(l.UNIT_COST, '')
    FROM WH_POSTINGS p JOIN WH_POSTING_LINES l ON l.DOC_ID = p.DOC_ID
    WHERE p.DOC_TIME > :T OR (p.DOC_TIME = :T AND p.DOC_ID >= :D)
    ORDER BY p.DOC_TIME, p.DOC_ID, l.LINE_ID INTO :ONE
  DO BEGIN
{chr(10).join(f"    IF (N = {i}) THEN L{i} = ONE;" for i in _COLUMNS)}
    N = N + 1;
    IF (N = {_LINES_PER_ROW}) THEN BEGIN
      SUSPEND;
      {" ".join(f"L{i} = NULL;" for i in _COLUMNS)}
      N = 0;
    END
  END
  IF (N > 0) THEN SUSPEND;
END"""


def _lines_from(conn: Connection, point: Point) -> Iterator[list[str]]:
    for row in conn.execution_options(yield_per=4_000).exec_driver_sql(_PACKED_STREAM, point):
        for line in row:
            if line is None:
                break
            yield line.split("|")


def documents_from(conn: Connection, point: Point) -> Iterator[tuple[Document, dict[int, Stored]]]:
    """The posted documents from `point` on, in time order, with their lines, and what the
    registers hold of each line (one packed stream)."""
    head: list[str] | None = None
    lines: list[Line] = []
    stored: dict[int, Stored] = {}
    for f in _lines_from(conn, point):
        if head is not None and f[0] != head[0]:
            yield _document(head, lines), stored
            lines, stored = [], {}
        head = f
        line_id = int(f[4])
        lines.append(Line(line_id, int(f[5]), int(f[6]), Decimal(f[8]), f[7] == "1",
                          Decimal(f[9]) if f[9] else None, int(f[10]) if f[10] else None))
        stored[line_id] = Stored(int(f[11]) if f[11] else None, Decimal(f[12]) if f[12] else None)
    if head is not None:
        yield _document(head, lines), stored


def _document(head: list[str], lines: list[Line]) -> Document:
    return Document(int(head[0]), Kind(head[1]), datetime.fromisoformat(head[2]), int(head[3]), tuple(lines))


def write_chunk(conn: Connection, replaced: Sequence[int], moves: list[Move], signatures: dict[int, int],
                unit_costs: dict[int, Decimal], collided: Sequence[Document], done: Point) -> None:
    """One chunk of a re-post, in the caller's transaction: the moves of `replaced` lines (and of
    the collided documents' lines) out and `moves` in, batches, totals and balances changed by
    the difference, the collided documents unposted, and the point reached."""
    gone = [ln.line_id for doc in collided for ln in doc.lines]
    old = moves_of_lines(conn, [*replaced, *gone])
    delete_moves_of_lines(conn, [*replaced, *gone])
    write_moves(conn, moves)
    change: dict[int, Decimal] = {}
    for m in old:
        change[m.batch_id] = change.get(m.batch_id, Decimal(0)) - m.quantity
    for m in moves:
        change[m.batch_id] = change.get(m.batch_id, Decimal(0)) + m.quantity
    add_to_remaining(conn, change)
    add_to_totals(conn, [*(_negated(m) for m in old), *moves])
    if signatures:
        conn.execute(text("UPDATE WH_POSTING_LINES SET SIGNATURE = :s WHERE LINE_ID = :l"),
                     [{"l": line, "s": sig} for line, sig in signatures.items()])
    if unit_costs:
        conn.execute(text("UPDATE WH_POSTING_LINES SET UNIT_COST = :c WHERE LINE_ID = :l"),
                     [{"l": line, "c": cost} for line, cost in unit_costs.items()])
    for doc in collided:
        conn.execute(text("DELETE FROM WH_POSTING_LINES WHERE DOC_ID = :d"), {"d": doc.doc_id})
        conn.execute(text("DELETE FROM WH_POSTINGS WHERE DOC_ID = :d"), {"d": doc.doc_id})
    conn.execute(text("UPDATE WH_STATE SET REPOST_DONE_TO = :t, REPOST_DONE_ID = :d WHERE ID = 1"),
                 {"t": done[0], "d": done[1] + 1})


def _negated(m: Move) -> Move:
    return Move(m.doc_id, m.line_id, m.batch_id, m.key, m.moment, -m.quantity, -m.cost)


def finish(conn: Connection) -> None:
    """The registers are actual again."""
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


def remaining_mismatches(conn: Connection) -> int:
    """Batches whose REMAINING is not the sum of their moves (0 when the registers are right)."""
    return conn.execute(text(
        "SELECT COUNT(*) FROM WH_POSTING_LINES b WHERE b.REMAINING IS NOT NULL AND b.REMAINING <> "
        "(SELECT COALESCE(SUM(m.QUANTITY), 0) FROM WH_MOVES m WHERE m.BATCH_ID = b.LINE_ID)")).scalar_one()

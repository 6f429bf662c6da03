"""The FIFO stock ledger (manual: "Складской учет", "Перепроведение складских документов";
WH-1 … WH-3): batches are the incoming lines, a write-off takes the oldest remaining batches
first, a return puts the goods back into the batches they were sold from (their cost and age
kept), production's product costs what its components cost when written off.

One engine for both paths: posting one document replays it on the batches the database holds
for its items, and re-posting replays every document in time order on an empty (or rolled back)
ledger, so a re-post cannot disagree with the postings it replaces.
"""
from __future__ import annotations

import zlib
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from crm_desktop.domain.money import q2, q3

ZERO = Decimal(0)
UNIT_COST = Decimal("0.0001")

# (item, warehouse, legal entity): stock is kept and checked per this key
Key = tuple[int, int, int]


def unit_cost(cost: Decimal, quantity: Decimal) -> Decimal:
    """The cost of one unit to the database's four places."""
    return (cost / quantity).quantize(UNIT_COST, rounding=ROUND_HALF_UP) if quantity else ZERO


class Kind(StrEnum):
    """The warehouse documents of the "Журнал движения материалов"."""
    RECEIPT = "receipt"
    EXPENSE = "expense"
    RETURN = "return"
    PRODUCTION = "production"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {Kind.RECEIPT: "Приходная накладная", Kind.EXPENSE: "Расходная накладная",
           Kind.RETURN: "Возвратная накладная", Kind.PRODUCTION: "Выпуск продукции"}


@dataclass(frozen=True)
class Line:
    """A line as the ledger needs it. `incoming` lines make a batch (receipt, product) or refill
    the batches of `base_line_id` (return); outgoing lines are written off. `cost` is the
    incoming cost of a receipt line (None: from the components or the sold batches);
    `base_line_id` of a component is the product line it goes into."""
    line_id: int
    item_id: int
    warehouse_id: int
    quantity: Decimal
    incoming: bool
    cost: Decimal | None = None
    base_line_id: int | None = None


@dataclass(frozen=True)
class Document:
    doc_id: int
    kind: Kind
    moment: datetime
    legal_entity_id: int
    lines: tuple[Line, ...]

    def key(self, line: Line) -> Key:
        return (line.item_id, line.warehouse_id, self.legal_entity_id)


@dataclass(slots=True)
class Batch:
    line_id: int
    doc_id: int
    key: Key
    moment: datetime
    quantity: Decimal
    remaining: Decimal
    unit_cost: Decimal


@dataclass(frozen=True, slots=True)
class Move:
    """One change of one batch: + incoming, − written off."""
    doc_id: int
    line_id: int
    batch_id: int
    key: Key
    moment: datetime
    quantity: Decimal
    cost: Decimal


class Shortage(Exception):
    """A write-off needs more than the stock holds: nothing of the document was applied."""

    def __init__(self, item_id: int, warehouse_id: int, needed: Decimal, available: Decimal) -> None:
        super().__init__(item_id, warehouse_id, needed, available)
        self.item_id, self.warehouse_id, self.needed, self.available = item_id, warehouse_id, needed, available


class OverReturn(Exception):
    """A return of more than its expense line wrote off (less what was returned already)."""

    def __init__(self, line_id: int, returning: Decimal, returnable: Decimal) -> None:
        super().__init__(line_id, returning, returnable)
        self.line_id, self.returning, self.returnable = line_id, returning, returnable


@dataclass
class Ledger:
    """Batches by key in FIFO order, and what each outgoing line took (for returns)."""
    batches: dict[int, Batch] = field(default_factory=dict)
    # outgoing line -> [batch id, quantity taken and not returned], in the order taken
    taken: dict[int, list[list]] = field(default_factory=dict)
    _open: dict[Key, deque[Batch]] = field(default_factory=lambda: defaultdict(deque))
    # what the open batches of each key hold together (kept, not summed: a key may have
    # thousands of batches)
    _left: dict[Key, Decimal] = field(default_factory=dict)

    @classmethod
    def of(cls, batches: Iterable[Batch], taken: Iterable[tuple[int, int, Decimal]] = ()) -> Ledger:
        """A ledger holding `batches` and the (outgoing line, batch, net quantity) it took."""
        ledger = cls()
        for batch in sorted(batches, key=lambda b: (b.moment, b.line_id)):
            ledger.batches[batch.line_id] = batch
            if batch.remaining > 0:
                ledger._open[batch.key].append(batch)
                ledger._left[batch.key] = ledger._left.get(batch.key, ZERO) + batch.remaining
        for line_id, batch_id, quantity in taken:
            ledger.taken.setdefault(line_id, []).append([batch_id, quantity])
        return ledger

    def available(self, key: Key) -> Decimal:
        return self._left.get(key, ZERO)

    def open_batches(self) -> Iterator[Batch]:
        for queue in self._open.values():
            yield from queue

    def post(self, doc: Document) -> list[Move]:
        """The moves of `doc`, applied to the ledger; Shortage or OverReturn leaves it as it was."""
        self._check(doc)
        moves: list[Move] = []
        component_cost: dict[int, Decimal] = defaultdict(lambda: ZERO)
        for line in doc.lines:
            if not line.incoming:
                taken = self._write_off(doc, line)
                moves.extend(taken)
                if line.base_line_id is not None:
                    component_cost[line.base_line_id] -= sum((m.cost for m in taken), ZERO)
        for line in doc.lines:
            if line.incoming and line.base_line_id is not None and doc.kind is Kind.RETURN:
                moves.extend(self._give_back(doc, line))
            elif line.incoming:
                cost = line.cost if line.cost is not None else component_cost[line.line_id]
                moves.append(self._receive(doc, line, q2(cost)))
        return moves

    def _check(self, doc: Document) -> None:
        needed: dict[Key, Decimal] = defaultdict(lambda: ZERO)
        returning: dict[int, Decimal] = defaultdict(lambda: ZERO)
        for line in doc.lines:
            if not line.incoming:
                needed[doc.key(line)] += line.quantity
            elif doc.kind is Kind.RETURN and line.base_line_id is not None:
                returning[line.base_line_id] += line.quantity
        for line_id, quantity in returning.items():
            returnable = sum((t[1] for t in self.taken.get(line_id, ())), ZERO)
            if quantity > returnable:
                raise OverReturn(line_id, quantity, returnable)
        for key, quantity in needed.items():
            available = self.available(key)
            if quantity > available:
                raise Shortage(key[0], key[1], quantity, available)

    def _write_off(self, doc: Document, line: Line) -> list[Move]:
        key = doc.key(line)
        queue = self._open[key]
        self._left[key] -= line.quantity
        left, moves, taken = line.quantity, [], self.taken.setdefault(line.line_id, [])
        while left > 0:
            batch = queue[0]
            part = min(left, batch.remaining)
            batch.remaining -= part
            left -= part
            if batch.remaining == 0:
                queue.popleft()
            taken.append([batch.line_id, part])
            moves.append(Move(doc.doc_id, line.line_id, batch.line_id, batch.key, doc.moment, -part,
                              -q2(part * batch.unit_cost)))
        return moves

    def _receive(self, doc: Document, line: Line, cost: Decimal) -> Move:
        key = doc.key(line)
        batch = Batch(line.line_id, doc.doc_id, key, doc.moment, line.quantity, line.quantity,
                      unit_cost(cost, line.quantity))
        self.batches[batch.line_id] = batch
        self._insert_open(batch)
        self._left[key] = self._left.get(key, ZERO) + line.quantity
        return Move(doc.doc_id, line.line_id, line.line_id, key, doc.moment, line.quantity, cost)

    def _give_back(self, doc: Document, line: Line) -> list[Move]:
        """Back into the batches the expense line took, the last taken first."""
        left, moves = line.quantity, []
        for entry in reversed(self.taken[line.base_line_id]):
            if left == 0:
                break
            part = min(left, entry[1])
            if part == 0:
                continue
            entry[1] -= part
            left -= part
            batch = self.batches[entry[0]]
            was_empty = batch.remaining == 0
            batch.remaining += part
            self._left[batch.key] = self._left.get(batch.key, ZERO) + part
            if was_empty:
                self._insert_open(batch)
            moves.append(Move(doc.doc_id, line.line_id, batch.line_id, batch.key, doc.moment, part,
                              q2(part * batch.unit_cost)))
        return moves

    def _insert_open(self, batch: Batch) -> None:
        """Into its key's queue at its FIFO place (the end, unless it is older than the last)."""
        queue = self._open[batch.key]
        order = (batch.moment, batch.line_id)
        if not queue or (queue[-1].moment, queue[-1].line_id) < order:
            queue.append(batch)
            return
        index = next(i for i, b in enumerate(queue) if (b.moment, b.line_id) > order)
        queue.insert(index, batch)


def replay(documents: Iterable[Document], ledger: Ledger | None = None
           ) -> tuple[Ledger, list[Move], list[tuple[Document, Exception]]]:
    """Post `documents` in the order given (time order) on `ledger` (an empty one by default):
    the ledger after, the moves, and the documents that collided (left unposted) with why."""
    ledger = ledger if ledger is not None else Ledger()
    moves: list[Move] = []
    collided: list[tuple[Document, Exception]] = []
    for doc in documents:
        try:
            moves.extend(ledger.post(doc))
        except (Shortage, OverReturn) as exc:
            collided.append((doc, exc))
    return ledger, moves, collided


def balances(moves: Iterable[Move]) -> dict[Key, tuple[Decimal, Decimal]]:
    """(quantity, cost) per key, the accumulation register recomputed from moves."""
    out: dict[Key, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for m in moves:
        total = out[m.key]
        total[0] += m.quantity
        total[1] += m.cost
    return {k: (q3(v[0]), q2(v[1])) for k, v in out.items()}


def signatures(moves: Iterable[Move]) -> dict[int, int]:
    """Line → a 31-bit sum of its moves (batch, quantity, cost): a re-post compares it with the
    stored one and rewrites only the lines whose moves came out different."""
    parts: dict[int, list[str]] = defaultdict(list)
    for m in moves:
        parts[m.line_id].append(f"{m.batch_id}:{q3(m.quantity)}:{q2(m.cost)}")
    return {line: zlib.crc32(";".join(p).encode()) & 0x7FFFFFFF for line, p in parts.items()}

"""The FIFO ledger: oldest batches first, refusals that change nothing, returns into the sold
batches, production cost, and any sequence of documents ending with the registers a replay
from scratch gives."""
from __future__ import annotations

import copy
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.fifo import Document, Kind, Ledger, Line, OverReturn, Shortage, balances, replay

D = Decimal
T0 = datetime(2026, 1, 1, 9, 0)
LE, WH, PARTS = 1, 1, 2


def receipt(doc_id: int, day: int, *lines: tuple[int, str, str]) -> Document:
    return Document(doc_id, Kind.RECEIPT, T0 + timedelta(days=day), LE, tuple(
        Line(doc_id * 100 + i, item, WH, D(qty), True, cost=D(cost)) for i, (item, qty, cost) in enumerate(lines)))


def expense(doc_id: int, day: int, *lines: tuple[int, str]) -> Document:
    return Document(doc_id, Kind.EXPENSE, T0 + timedelta(days=day), LE, tuple(
        Line(doc_id * 100 + i, item, WH, D(qty), False) for i, (item, qty) in enumerate(lines)))


def test_expense_takes_the_oldest_batch_first_and_costs_it() -> None:
    ledger = Ledger()
    ledger.post(receipt(1, 0, (7, "10", "1000")))     # 100 a unit
    ledger.post(receipt(2, 1, (7, "10", "1500")))     # 150 a unit
    moves = ledger.post(expense(3, 2, (7, "12")))
    assert [(m.batch_id, m.quantity, m.cost) for m in moves] == [(100, D(-10), D("-1000.00")),
                                                                (200, D(-2), D("-300.00"))]
    assert ledger.available((7, WH, LE)) == D(8)


def test_a_shortage_names_item_needed_and_available_and_changes_nothing() -> None:
    ledger = Ledger()
    ledger.post(receipt(1, 0, (7, "5", "500"), (8, "1", "10")))
    before = copy.deepcopy(ledger.batches)
    with pytest.raises(Shortage) as err:
        ledger.post(expense(2, 1, (8, "1"), (7, "3"), (7, "3")))
    assert (err.value.item_id, err.value.needed, err.value.available) == (7, D(6), D(5))
    assert ledger.batches == before


def test_a_return_refills_the_batches_sold_from_keeping_their_cost() -> None:
    ledger = Ledger()
    ledger.post(receipt(1, 0, (7, "2", "200")))
    ledger.post(receipt(2, 1, (7, "5", "1000")))
    ledger.post(expense(3, 2, (7, "4")))         # 2 of batch 100, 2 of batch 200
    ret = Document(4, Kind.RETURN, T0 + timedelta(days=3), LE, (Line(400, 7, WH, D(3), True, base_line_id=300),))
    moves = ledger.post(ret)
    assert [(m.batch_id, m.quantity, m.cost) for m in moves] == [(200, D(2), D("400.00")), (100, D(1), D("100.00"))]
    # the returned unit of the older batch goes out first again
    again = ledger.post(expense(5, 4, (7, "1")))
    assert [(m.batch_id, m.cost) for m in again] == [(100, D("-100.00"))]
    with pytest.raises(OverReturn):
        ledger.post(Document(6, Kind.RETURN, T0 + timedelta(days=5), LE,
                             (Line(600, 7, WH, D(2), True, base_line_id=300),)))


def test_the_bicycle_of_the_manual() -> None:
    """Frame, handlebar, 2 wheels, 2 pedals; 10 of each received; 3 bicycles produced."""
    frame, bar, wheel, pedal, bike = 1, 2, 3, 4, 5
    ledger = Ledger()
    ledger.post(Document(1, Kind.RECEIPT, T0, LE, tuple(
        Line(100 + i, item, PARTS, D(10), True, cost=D(10) * price)
        for i, (item, price) in enumerate([(frame, 5000), (bar, 700), (wheel, 1200), (pedal, 300)]))))
    product = Line(200, bike, WH, D(3), True)
    components = tuple(Line(201 + i, item, PARTS, D(3) * per, False, base_line_id=200)
                       for i, (item, per) in enumerate([(frame, 1), (bar, 1), (wheel, 2), (pedal, 2)]))
    moves = ledger.post(Document(2, Kind.PRODUCTION, T0 + timedelta(hours=1), LE, (product, *components)))
    made = next(m for m in moves if m.line_id == 200)
    assert made.cost == D(3) * (5000 + 700 + 2 * 1200 + 2 * 300)
    assert ledger.batches[200].unit_cost == D("8700.0000")
    left = {k[0]: v[0] for k, v in balances(moves).items()}
    assert left == {frame: D(-3), bar: D(-3), wheel: D(-6), pedal: D(-6), bike: D(3)}
    assert [ledger.available((i, PARTS, LE)) for i in (frame, bar, wheel, pedal)] == [D(7), D(7), D(4), D(4)]


# any sequence of receipts, expenses and returns, posted one by one on a ledger rebuilt from
# what the database would hold after each, equals one replay from scratch
_doc = st.tuples(st.sampled_from(["r", "e", "x"]), st.integers(1, 3), st.integers(1, 9), st.integers(1, 400))


@settings(max_examples=150, deadline=None)
@given(st.lists(_doc, max_size=40))
def test_incremental_postings_equal_a_replay(steps: list[tuple[str, int, int, int]]) -> None:
    ledger, posted, moves = Ledger(), [], []
    sold: list[int] = []
    for n, (what, item, qty, price) in enumerate(steps, start=1):
        day = n
        if what == "r":
            doc = receipt(n, day, (item, str(qty), str(price)))
        elif what == "e":
            doc = expense(n, day, (item, str(qty)))
        else:
            if not sold:
                continue
            doc = Document(n, Kind.RETURN, T0 + timedelta(days=day), LE,
                           (Line(n * 100, item, WH, D(1), True, base_line_id=sold[qty % len(sold)]),))
        stored = Ledger.of(copy.deepcopy(list(ledger.batches.values())),
                           [(line, b, q) for line, parts in ledger.taken.items() for b, q in parts])
        try:
            moves.extend(stored.post(doc))
        except (Shortage, OverReturn):
            continue
        ledger = stored
        posted.append(doc)
        if what == "e":
            sold.append(n * 100)
    again, replayed, collided = replay(posted)
    assert not collided
    assert balances(replayed) == balances(moves)
    assert {b.line_id: b.remaining for b in again.batches.values()} == \
        {b.line_id: b.remaining for b in ledger.batches.values()}
    for key, (quantity, _) in balances(moves).items():
        assert quantity >= 0 and quantity == ledger.available(key)

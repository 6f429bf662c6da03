"""Bulk loading for the demo and benchmark generators, and for any future bulk operation
(imports, re-posting, exchange): one transaction per batch, so a load that dies leaves whole
batches only, and several attachments inserting batches side by side.

Rows go as EXECUTE BLOCKs of INSERTs with the values written as literals, not by executemany:
fdb converts each parameter in Python (ctypes buffers per value), half of executemany's three
quarters of `crm-admin generate`'s time in a profile (issue 9). Writing literals costs a fraction
of that, and the engine takes a block no longer than the same rows one statement each (CPU of
inserting a generated client with its contacts and phones: 580–670 µs by executemany, 410–450 µs
in blocks). Only values with an exact, safe literal form are written so (integers, strings with
quotes doubled, dates, timestamps, decimals); a row with anything else goes as parameters.

A big load switches the plain indexes of the big tables off and rebuilds them once at the end:
inserting 60 000 clients with their contacts and phones took 1.7 times longer with them on. A
load that dies (SIGKILL, power loss) cannot switch them back on, and every search over them
would quietly become a full scan (issue 8). So a loader marks its attachment as a bulk load
(health.BULK_LOAD_MARK), and an index found off while no load runs was left by a dead one: the
next load switches it on, `crm-admin check` reports it and `crm-admin repair` switches it on.
"""
from __future__ import annotations

import queue
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import fdb

from crm_desktop.data import health
from crm_desktop.data.database import Database, translate
from crm_desktop.data.errors import DatabaseError
from crm_desktop.data.migrations import generator_name

BULK_TABLES = ("CLIENTS", "CONTACTS", "PHONE_INDEX", "EVENTS", "TASKS")
# One statement: at most 64 KB of text (Firebird before 3.0, and fdb's API at any version, which
# passes the length in 16 bits) and 256 contexts, one per INSERT; blocks of 50 measured cheapest
# (of 25 to 250: the engine spends a little more per row on bigger ones).
BLOCK_BYTES = 65_535
BLOCK_STATEMENTS = 50
_BLOCK_HEAD, _BLOCK_TAIL = b"EXECUTE BLOCK AS BEGIN\n", b"\nEND"

Item = TypeVar("Item")


class _NoLiteral(Exception):
    """A value this module does not write as a literal: its row goes as parameters."""


def _string(value: str) -> str:
    if "\0" in value:     # Firebird 3 and 5 take it in a literal, but nothing documents that
        raise _NoLiteral
    return "'" + value.replace("'", "''") + "'"


def _timestamp(value: datetime) -> str:
    # Firebird keeps 1/10000 s and rejects more digits; the time zone is dropped, as fdb does
    return "'%04d-%02d-%02d %02d:%02d:%02d.%04d'" % (value.year, value.month, value.day, value.hour,
                                                   value.minute, value.second, value.microsecond // 100)


def _decimal(value: Decimal) -> str:
    """Money and quantities: the exact digits (no exponent), as NUMERIC takes them."""
    if not value.is_finite():
        raise _NoLiteral
    return f"{value:f}"


_LITERALS: dict[type, Callable[[Any], str]] = {
    type(None): lambda _: "NULL",
    int: str,
    str: _string,
    date: lambda value: f"'{value.isoformat()}'",
    datetime: _timestamp,
    Decimal: _decimal,
}


def _literal(value: object) -> str:
    """The SQL literal of a value, by its exact type (bool, a subclass of int, is not one)."""
    try:
        write = _LITERALS[type(value)]
    except KeyError:
        raise _NoLiteral from None
    return write(value)


def _blocks(statements: Iterable[bytes]) -> Iterator[bytes]:
    """EXECUTE BLOCKs of the statements, each within Firebird's limits."""
    block: list[bytes] = []
    size = len(_BLOCK_HEAD) + len(_BLOCK_TAIL)
    for statement in statements:
        if block and (size + len(statement) + 1 > BLOCK_BYTES or len(block) == BLOCK_STATEMENTS):
            yield _BLOCK_HEAD + b"\n".join(block) + _BLOCK_TAIL
            block, size = [], len(_BLOCK_HEAD) + len(_BLOCK_TAIL)
        block.append(statement)
        size += len(statement) + 1
    if block:
        yield _BLOCK_HEAD + b"\n".join(block) + _BLOCK_TAIL


def insert_blocks(table: str, columns: Sequence[str], rows: Iterable[Sequence]
                  ) -> tuple[list[bytes], list[Sequence], str]:
    """(EXECUTE BLOCKs inserting the rows written as literals, the rows that go as parameters,
    the parameterised INSERT for those): the one way rows are inserted in bulk."""
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES (".encode()
    limit = BLOCK_BYTES - len(_BLOCK_HEAD) - len(_BLOCK_TAIL) - 1
    statements: list[bytes] = []
    by_parameters: list[Sequence] = []
    for row in rows:
        try:
            statement = head + ", ".join([_literal(value) for value in row]).encode() + b");"
        except _NoLiteral:
            by_parameters.append(row)
            continue
        if len(statement) > limit:
            by_parameters.append(row)
        else:
            statements.append(statement)
    marks = ", ".join("?" * len(columns))
    return list(_blocks(statements)), by_parameters, f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _report(done: Iterable[Future[Item]], committed: Callable[[Item], None], failures: bool = True) -> None:
    """Pass the committed items on, then raise the first failure among the others."""
    failed = [future.exception() for future in done if future.exception() is not None]
    for future in done:
        if future.exception() is None:
            committed(future.result())
    if failed and failures:
        raise failed[0]


class BulkLoader:
    """One attachment, marked as a bulk load of `purpose`, one transaction per batch."""

    def __init__(self, db: Database, purpose: str) -> None:
        self.db, self.purpose = db, purpose
        self.con: fdb.Connection = db.raw()
        self.cur = self.con.cursor()
        health.mark_bulk_load(self.con, purpose)

    def reserve_ids(self, table: str, count: int) -> int:
        """First of `count` consecutive IDs taken from the table's generator."""
        self.cur.execute(f"SELECT GEN_ID({generator_name(table)}, {int(count)}) FROM RDB$DATABASE")
        return self.cur.fetchone()[0] - count + 1

    def reserve_client_codes(self, count: int) -> int:
        self.cur.execute(f"SELECT GEN_ID(GEN_CLIENT_CODE, {int(count)}) FROM RDB$DATABASE")
        return self.cur.fetchone()[0] - count + 1

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Rows into the current transaction, in blocks of literals; rows with a value that has no
        literal form here, or too long for a block, as parameters."""
        blocks, by_parameters, insert = insert_blocks(table, columns, rows)
        try:
            for block in blocks:
                self.con.execute_immediate(block)
            if by_parameters:
                self.cur.executemany(insert, by_parameters)
        except fdb.DatabaseError as exc:
            raise translate(exc, self.db.address, self.db.credentials.user) from None

    def load(self, items: Iterable[Item], insert: Callable[[BulkLoader, Item], None], connections: int,
             committed: Callable[[Item], None]) -> None:
        """Each item inserted by `insert` and committed in a transaction of its own, on this
        attachment and `connections - 1` more marked as it; `committed` is called in this thread
        with each item whose transaction committed. The engine's work, most of a load once its
        values are literals, runs on as many cores: Firebird serves several attachments at once,
        embedded too (in one process: a second process cannot open an embedded file). Stopped by
        an error, here or in an attachment, it rolls back what failed, lets the items being
        inserted finish (and reports them) and closes the other attachments before it raises."""
        helpers: list[BulkLoader] = []
        idle: queue.SimpleQueue[BulkLoader] = queue.SimpleQueue()

        def run(item: Item) -> Item:
            loader = idle.get()
            try:
                insert(loader, item)
                loader.commit()
            except BaseException:
                loader.rollback()
                raise
            finally:
                idle.put(loader)
            return item

        try:
            helpers += [BulkLoader(self.db, self.purpose) for _ in range(connections - 1)]
            for loader in (self, *helpers):
                idle.put(loader)
            # as many items under way as attachments, so none waits in the pool's queue
            with ThreadPoolExecutor(connections, thread_name_prefix=f"bulk-{self.purpose}") as pool:
                running: set[Future[Item]] = set()
                try:
                    for item in items:
                        if len(running) == connections:
                            done, running = wait(running, return_when=FIRST_COMPLETED)
                            _report(done, committed)
                        running.add(pool.submit(run, item))
                except BaseException:
                    # the items under way end as they would, and what they commit is reported too
                    _report(wait(running).done, committed, failures=False)
                    raise
                _report(wait(running).done, committed)
        finally:
            for helper in helpers:
                helper.close()

    def rollback(self) -> None:
        """Drop the current transaction; quietly, as it runs when something else went wrong."""
        try:
            self.con.rollback()
        except fdb.DatabaseError:
            pass

    def commit(self) -> None:
        try:
            self.con.commit()
        except fdb.DatabaseError as exc:
            raise translate(exc, self.db.address, self.db.credentials.user) from None

    def indexes_off(self) -> None:
        """Switch off the plain (non-key, non-unique) indexes of the bulk tables, all at once."""
        names = ", ".join(f"'{t}'" for t in BULK_TABLES)
        self.cur.execute(
            "SELECT TRIM(I.RDB$INDEX_NAME) FROM RDB$INDICES I "
            "LEFT JOIN RDB$RELATION_CONSTRAINTS C ON C.RDB$INDEX_NAME = I.RDB$INDEX_NAME "
            f"WHERE I.RDB$RELATION_NAME IN ({names}) AND C.RDB$CONSTRAINT_NAME IS NULL "
            "AND COALESCE(I.RDB$UNIQUE_FLAG, 0) = 0 AND COALESCE(I.RDB$INDEX_INACTIVE, 0) = 0")
        health.deactivate_indexes(self.con, [row[0] for row in self.cur.fetchall()])

    def left_off(self) -> list[str]:
        """Indexes of the bulk tables that are off while no other bulk load runs: a load that
        died left them so. Empty while another load runs, as its indexes are off on purpose."""
        if health.running_bulk_loads(self.con):
            return []
        return [index.name for index in health.inactive_indexes(self.con, BULK_TABLES)]

    def indexes_on(self) -> None:
        """Switch on (rebuilding) every index of the bulk tables that is off, unless another
        load is running: the last load to finish switches them on."""
        if health.running_bulk_loads(self.con):
            return
        failed = health.activate_indexes(self.con, health.inactive_indexes(self.con, BULK_TABLES))
        if failed:
            reasons = "; ".join(f"{name}: {reason}" for name, reason in failed.items())
            raise DatabaseError(f"Индексы не включены ({reasons}): исправьте данные и выполните "
                                "crm-admin repair.")

    def recompute_statistics(self) -> None:
        health.recompute_statistics(self.con, BULK_TABLES)

    def abandon(self) -> bool:
        """After a failed load: drop the unfinished batch and try to switch the indexes on; False
        if they may have stayed off. The failure may be this very connection (Firebird's client
        shuts its connections down on Ctrl+C and SIGTERM), so errors are dropped: the next load
        or `crm-admin repair` switches the indexes on then."""
        try:
            self.con.rollback()
            self.indexes_on()
        except (fdb.DatabaseError, DatabaseError):
            return False
        return True

    def close(self) -> None:
        try:
            self.con.close()
        except fdb.DatabaseError:
            pass  # already shut down with the client library (Ctrl+C, SIGTERM): nothing left to close

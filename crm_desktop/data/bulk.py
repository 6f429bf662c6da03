"""Bulk loading for the demo and benchmark generators, and for any future bulk operation
(imports, re-posting, exchange): raw fdb executemany in big batches, one transaction per batch,
so a load that dies leaves whole batches only.

A big load switches the plain indexes of the big tables off and rebuilds them once at the end:
inserting 60 000 clients with their contacts and phones took 1.7 times longer with them on. A
load that dies (SIGKILL, power loss) cannot switch them back on, and every search over them
would quietly become a full scan (issue 8). So a loader marks its attachment as a bulk load
(health.BULK_LOAD_MARK), and an index found off while no load runs was left by a dead one: the
next load switches it on, `crm-admin check` reports it and `crm-admin repair` switches it on.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import fdb

from crm_desktop.data import health
from crm_desktop.data.database import Database, translate
from crm_desktop.data.errors import DatabaseError
from crm_desktop.data.migrations import generator_name

BULK_TABLES = ("CLIENTS", "CONTACTS", "PHONE_INDEX", "EVENTS", "TASKS")


class BulkLoader:
    """One attachment, marked as a bulk load of `purpose`, one transaction per batch."""

    def __init__(self, db: Database, purpose: str) -> None:
        self.db = db
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
        rows = list(rows)
        if rows:
            marks = ", ".join("?" * len(columns))
            try:
                self.cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            except fdb.DatabaseError as exc:
                raise translate(exc, self.db.address, self.db.credentials.user) from None

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

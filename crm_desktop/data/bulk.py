"""Bulk loading for the demo and benchmark generators: raw fdb executemany in big batches.

Indexes of the big tables are switched off during the load and rebuilt once at the end,
which is what makes a million clients a matter of minutes.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import fdb

from crm_desktop.data.database import Database
from crm_desktop.data.migrations import generator_name

BULK_TABLES = ("CLIENTS", "CONTACTS", "PHONE_INDEX", "EVENTS", "TASKS")


class BulkLoader:
    """One attachment, one transaction per batch."""

    def __init__(self, db: Database) -> None:
        self.con: fdb.Connection = db.raw()
        self.cur = self.con.cursor()

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
            self.cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def commit(self) -> None:
        self.con.commit()

    def _user_indexes(self) -> list[str]:
        names = ", ".join(f"'{t}'" for t in BULK_TABLES)
        self.cur.execute(
            "SELECT TRIM(I.RDB$INDEX_NAME) FROM RDB$INDICES I "
            "LEFT JOIN RDB$RELATION_CONSTRAINTS C ON C.RDB$INDEX_NAME = I.RDB$INDEX_NAME "
            f"WHERE I.RDB$RELATION_NAME IN ({names}) AND C.RDB$CONSTRAINT_NAME IS NULL "
            "AND COALESCE(I.RDB$UNIQUE_FLAG, 0) = 0 AND COALESCE(I.RDB$INDEX_INACTIVE, 0) = 0")
        return [row[0] for row in self.cur.fetchall()]

    def indexes_off(self) -> list[str]:
        """Deactivate the plain (non-key, non-unique) indexes of the bulk tables."""
        names = self._user_indexes()
        for name in names:
            self.cur.execute(f"ALTER INDEX {name} INACTIVE")
        self.con.commit()
        return names

    def indexes_on(self, names: Sequence[str]) -> None:
        for name in names:
            self.cur.execute(f"ALTER INDEX {name} ACTIVE")
            self.con.commit()
        for table in BULK_TABLES:
            self.cur.execute(
                "SELECT TRIM(RDB$INDEX_NAME) FROM RDB$INDICES WHERE RDB$RELATION_NAME = ?", (table,))
            for (name,) in self.cur.fetchall():
                self.cur.execute(f"SET STATISTICS INDEX {name}")
        self.con.commit()

    def close(self) -> None:
        self.con.close()

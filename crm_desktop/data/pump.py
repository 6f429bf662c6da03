"""Copying the rows of a CRM database into a new one on another engine or Firebird version
(PLAT-8, `crm-admin copy`).

A gbak file restores only on the same or a newer Firebird, so the way from the embedded
Firebird 5 to an office's Firebird 3 or 2.5 server is a copy of the rows. The target gets its
metadata from the migrations at the source's version (DDL every supported engine accepts, see
services/admin.copy); here its seed rows are deleted and every table is copied from one
read-only snapshot of the source, parents before children. The target's triggers are off
while rows arrive: the audit triggers would stamp new CREATED_AT and ROW_VERSION values and
the derived-data triggers would write rows that are copied anyway; rows keep their IDs, and
generators are set to the source's values afterwards. A reference to the same table (or a
cycle of references) is filled in by an UPDATE once all rows are there. The copy is verified
by the row count of every table and the value of every generator.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import fdb

from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError

# a read-only snapshot: every table is read as of one moment while workstations keep working
_SNAPSHOT_RO = fdb.bs([fdb.isc_tpb_version3, fdb.isc_tpb_read, fdb.isc_tpb_concurrency])

_TABLES = ("SELECT TRIM(RDB$RELATION_NAME) FROM RDB$RELATIONS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 "
           "AND RDB$VIEW_BLR IS NULL AND COALESCE(RDB$RELATION_TYPE, 0) = 0 AND RDB$EXTERNAL_FILE IS NULL")
_COLUMNS = ("SELECT TRIM(RF.RDB$RELATION_NAME), TRIM(RF.RDB$FIELD_NAME) FROM RDB$RELATION_FIELDS RF "
            "JOIN RDB$FIELDS F ON F.RDB$FIELD_NAME = RF.RDB$FIELD_SOURCE "
            "WHERE COALESCE(RF.RDB$SYSTEM_FLAG, 0) = 0 AND F.RDB$COMPUTED_BLR IS NULL "
            "ORDER BY RF.RDB$RELATION_NAME, RF.RDB$FIELD_POSITION")
_PRIMARY_KEYS = ("SELECT TRIM(C.RDB$RELATION_NAME), TRIM(S.RDB$FIELD_NAME) FROM RDB$RELATION_CONSTRAINTS C "
                 "JOIN RDB$INDEX_SEGMENTS S ON S.RDB$INDEX_NAME = C.RDB$INDEX_NAME "
                 "WHERE C.RDB$CONSTRAINT_TYPE = 'PRIMARY KEY' ORDER BY C.RDB$RELATION_NAME, S.RDB$FIELD_POSITION")
_FOREIGN_KEYS = ("SELECT TRIM(C.RDB$RELATION_NAME), TRIM(S.RDB$FIELD_NAME), TRIM(P.RDB$RELATION_NAME) "
                 "FROM RDB$RELATION_CONSTRAINTS C "
                 "JOIN RDB$REF_CONSTRAINTS R ON R.RDB$CONSTRAINT_NAME = C.RDB$CONSTRAINT_NAME "
                 "JOIN RDB$RELATION_CONSTRAINTS P ON P.RDB$CONSTRAINT_NAME = R.RDB$CONST_NAME_UQ "
                 "JOIN RDB$INDEX_SEGMENTS S ON S.RDB$INDEX_NAME = C.RDB$INDEX_NAME "
                 "WHERE C.RDB$CONSTRAINT_TYPE = 'FOREIGN KEY'")
_GENERATORS = "SELECT TRIM(RDB$GENERATOR_NAME) FROM RDB$GENERATORS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0"
_ACTIVE_TRIGGERS = ("SELECT TRIM(RDB$TRIGGER_NAME) FROM RDB$TRIGGERS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 "
                    "AND RDB$RELATION_NAME IS NOT NULL AND COALESCE(RDB$TRIGGER_INACTIVE, 0) = 0 "
                    "AND RDB$TRIGGER_NAME NOT IN (SELECT RDB$TRIGGER_NAME FROM RDB$CHECK_CONSTRAINTS)")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Table:
    name: str
    columns: list[str]
    key: list[str]
    rows: int = 0
    parents: set[str] = field(default_factory=set)
    deferred: list[str] = field(default_factory=list)   # references filled in after all inserts


@dataclass(frozen=True)
class Progress:
    table: str
    number: int          # of the table, from 1
    tables: int
    done: int            # rows of this table copied so far
    total: int
    all_done: int        # rows of all tables
    all_total: int


@dataclass(frozen=True)
class PumpResult:
    rows: dict[str, int]
    generators: dict[str, int]


class Pump:
    """One copy from `source` into `target`, a database with the same metadata (same version)."""

    def __init__(self, source: Database, target: Database, batch: int = 2000) -> None:
        self.batch = batch
        self.src = source.raw(_SNAPSHOT_RO)
        self.dst = target.raw()
        self.src_cur, self.dst_cur = self.src.cursor(), self.dst.cursor()

    def close(self) -> None:
        for con in (self.src, self.dst):
            try:
                con.close()
            except fdb.DatabaseError:
                pass

    def run(self, on_progress: Callable[[Progress], None] = lambda p: None) -> PumpResult:
        tables = self._plan()
        generators = self._read(_GENERATORS)          # read after the snapshot began: never below its IDs
        source_values = {g: self._scalar(self.src_cur, f"SELECT GEN_ID({_q(g)}, 0) FROM RDB$DATABASE")
                         for (g,) in generators}
        triggers = [name for (name,) in self._read(_ACTIVE_TRIGGERS, self.dst_cur)]
        self._ddl(f"ALTER TRIGGER {_q(name)} INACTIVE" for name in triggers)
        self._clear(tables)
        all_total, all_done = sum(t.rows for t in tables), 0
        for number, table in enumerate(tables, start=1):
            for done in self._copy(table):
                on_progress(Progress(table.name, number, len(tables), done, table.rows,
                                     all_done + done, all_total))
            all_done += table.rows
        self._fill_deferred(tables)
        self._set_generators(source_values)
        self._ddl(f"ALTER TRIGGER {_q(name)} ACTIVE" for name in triggers)
        return self._verified(tables, source_values)

    # -- metadata ----------------------------------------------------------------------------
    def _read(self, sql: str, cur: fdb.Cursor | None = None) -> list[tuple]:
        cur = cur or self.src_cur
        cur.execute(sql)
        return cur.fetchall()

    @staticmethod
    def _scalar(cur: fdb.Cursor, sql: str) -> int:
        cur.execute(sql)
        return cur.fetchone()[0]

    def _plan(self) -> list[Table]:
        """The source's tables in dependency order, checked against the target's metadata."""
        tables = {name: Table(name, [], []) for (name,) in self._read(_TABLES)}
        for table, column in self._read(_COLUMNS):
            if table in tables:
                tables[table].columns.append(column)
        self._require_same_metadata(tables)
        for table, column in self._read(_PRIMARY_KEYS):
            if table in tables:
                tables[table].key.append(column)
        references = [(child, column, parent) for child, column, parent in self._read(_FOREIGN_KEYS)
                      if child in tables]
        for child, column, parent in references:
            if child == parent:
                tables[child].deferred.append(column)
            else:
                tables[child].parents.add(parent)
        ordered = _dependency_order(tables, references)
        for table in ordered:
            if table.deferred and not table.key:
                raise DatabaseError(f"Таблица {table.name} ссылается сама на себя, но не имеет первичного "
                                    "ключа: такую базу скопировать нельзя, добавьте таблице первичный ключ.")
            table.rows = self._scalar(self.src_cur, f"SELECT COUNT(*) FROM {_q(table.name)}")
        return ordered

    def _require_same_metadata(self, tables: dict[str, Table]) -> None:
        theirs: dict[str, list[str]] = defaultdict(list)
        for table, column in self._read(_COLUMNS, self.dst_cur):
            theirs[table].append(column)
        for table in tables.values():
            if set(table.columns) - set(theirs.get(table.name, [])):
                raise DatabaseError(f"Таблица {table.name} исходной базы отличается от таблицы, созданной "
                                    "обновлениями той же версии: копирование невозможно, проверьте исходную "
                                    "базу командой crm-admin check.")

    # -- data --------------------------------------------------------------------------------
    def _ddl(self, statements: Iterable[str]) -> None:
        for sql in statements:
            self.dst_cur.execute(sql)
        self.dst.commit()

    def _clear(self, tables: list[Table]) -> None:
        """The seed rows the migrations wrote go: the source's rows replace them."""
        for table in reversed(tables):
            for column in table.deferred:
                self.dst_cur.execute(f"UPDATE {_q(table.name)} SET {_q(column)} = NULL")
            self.dst_cur.execute(f"DELETE FROM {_q(table.name)}")
        self.dst.commit()

    def _copy(self, table: Table) -> Iterable[int]:
        """Insert the table's rows batch by batch; yields the rows done after each batch."""
        columns = ", ".join(_q(c) for c in table.columns)
        insert = (f"INSERT INTO {_q(table.name)} ({columns}) "
                  f"VALUES ({', '.join('?' * len(table.columns))})")
        nulled = [table.columns.index(c) for c in table.deferred]
        reader = self.src.cursor()
        reader.execute(f"SELECT {columns} FROM {_q(table.name)}")
        done = 0
        while rows := reader.fetchmany(self.batch):
            if nulled:
                rows = [[None if i in nulled else v for i, v in enumerate(row)] for row in rows]
            self.dst_cur.executemany(insert, rows)
            self.dst.commit()
            done += len(rows)
            yield done
        reader.close()
        if not done:
            yield done

    def _fill_deferred(self, tables: list[Table]) -> None:
        for table in tables:
            for column in table.deferred:
                where = " AND ".join(f"{_q(k)} = ?" for k in table.key)
                keys = ", ".join(_q(k) for k in table.key)
                self.src_cur.execute(f"SELECT {_q(column)}, {keys} FROM {_q(table.name)} "
                                     f"WHERE {_q(column)} IS NOT NULL")
                update = f"UPDATE {_q(table.name)} SET {_q(column)} = ? WHERE {where}"
                while rows := self.src_cur.fetchmany(self.batch):
                    self.dst_cur.executemany(update, rows)
                    self.dst.commit()

    def _set_generators(self, values: dict[str, int]) -> None:
        """GEN_ID(g, step) moves a generator alike on 2.5 … 5 (SET GENERATOR and RESTART WITH
        differ between versions by one)."""
        for name, value in values.items():
            current = self._scalar(self.dst_cur, f"SELECT GEN_ID({_q(name)}, 0) FROM RDB$DATABASE")
            self.dst_cur.execute(f"SELECT GEN_ID({_q(name)}, {int(value - current)}) FROM RDB$DATABASE")
            self.dst_cur.fetchall()
        self.dst.commit()

    def _verified(self, tables: list[Table], generators: dict[str, int]) -> PumpResult:
        rows = {}
        for table in tables:
            rows[table.name] = self._scalar(self.dst_cur, f"SELECT COUNT(*) FROM {_q(table.name)}")
            if rows[table.name] != table.rows:
                raise DatabaseError(f"В таблице {table.name} копии {rows[table.name]} строк вместо "
                                    f"{table.rows}: копия удалена, повторите копирование.")
        values = {}
        for name, expected in generators.items():
            values[name] = self._scalar(self.dst_cur, f"SELECT GEN_ID({_q(name)}, 0) FROM RDB$DATABASE")
            if values[name] != expected:
                raise DatabaseError(f"Генератор {name} копии равен {values[name]} вместо {expected}: "
                                    "копия удалена, повторите копирование.")
        self.dst.commit()
        return PumpResult(rows, values)


def _dependency_order(tables: dict[str, Table], references: list[tuple]) -> list[Table]:
    """Parents before children; a cycle of references between tables is broken by filling
    the references of one of its tables afterwards (they must then allow NULL)."""
    waiting = {name: set(t.parents) & tables.keys() for name, t in tables.items()}
    ordered: list[Table] = []
    while waiting:
        ready = sorted(name for name, parents in waiting.items() if not parents)
        if not ready:
            name = min(waiting, key=lambda n: (len(waiting[n]), n))
            tables[name].deferred.extend(c for child, c, parent in references
                                         if child == name and parent in waiting[name])
            ready = [name]
        for name in ready:
            ordered.append(tables[name])
            del waiting[name]
        for parents in waiting.values():
            parents.difference_update(ready)
    return ordered

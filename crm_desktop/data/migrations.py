"""Migration runner: db/migrations/NNNN_name.sql moves the database from N-1 to N (PLAT-4).

A step runs in two commits because Firebird makes new objects usable only after the DDL
commits: first the step's DDL (its .sql DDL statements plus generated ID generators and audit
triggers for the tables its .py lists in AUDITED), then its data (DML of the .sql, `data(con)`
of the .py) together with the DB_VERSION row. So the version row lands only with the data;
a step that fails in its data part leaves DDL behind, which the admin service undoes by
restoring the pre-upgrade backup (services/admin.py).

Around the steps the runner drops the access views and afterwards makes the roles, views and
grants of data/privileges.py afresh, so every table a step adds gets its privileges.
"""
from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import fdb

from crm_desktop.data import privileges
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError, NotACrmDatabase, WrongDatabaseVersion

MIGRATIONS_DIR = Path(os.environ.get("CRM_MIGRATIONS",
                                     Path(__file__).resolve().parents[2] / "db" / "migrations"))
_STEP_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_DDL = re.compile(r"^\s*(CREATE|ALTER|DROP|RECREATE|COMMENT|GRANT|REVOKE|DECLARE)\b", re.I)


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    sql_path: Path

    @property
    def py_path(self) -> Path:
        return self.sql_path.with_suffix(".py")

    def module(self) -> ModuleType | None:
        if not self.py_path.exists():
            return None
        spec = importlib.util.spec_from_file_location(f"crm_migration_{self.version:04d}", self.py_path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def statements(self) -> tuple[list[str], list[str]]:
        """(DDL, DML) of the step, DDL including generated audit objects."""
        ddl, dml = [], []
        for stmt in split_sql(self.sql_path.read_text(encoding="utf-8")):
            (ddl if _DDL.match(stmt) else dml).append(stmt)
        module = self.module()
        for table in getattr(module, "AUDITED", []):
            ddl.extend(audit_ddl(table))
        return ddl, dml


def discover(directory: Path = MIGRATIONS_DIR) -> list[Step]:
    steps = []
    for path in sorted(directory.glob("*.sql")):
        match = _STEP_FILE.match(path.name)
        if match is None:
            raise DatabaseError(f"Неверное имя файла миграции: {path.name} (нужно NNNN_name.sql).")
        steps.append(Step(int(match[1]), match[2], path))
    for expected, step in enumerate(steps, start=1):
        if step.version != expected:
            raise DatabaseError(f"Пропущен шаг миграции {expected:04d} в {directory}.")
    return steps


def latest_version(directory: Path = MIGRATIONS_DIR) -> int:
    return len(discover(directory))


def split_sql(text: str) -> list[str]:
    """Statements of a script: `--` comments dropped, isql's SET TERM honoured for PSQL bodies."""
    terminator, statements, current = ";", [], []
    for line in text.splitlines():
        stripped = line.strip()
        set_term = re.match(r"^SET\s+TERM\s+(\S+)\s*\S*\s*$", stripped, re.I)
        if set_term and not current:
            terminator = set_term[1]
            continue
        if stripped.startswith("--") or (not stripped and not current):
            continue
        current.append(line)
        if stripped.endswith(terminator):
            stmt = "\n".join(current).rstrip()[: -len(terminator)].strip()
            if stmt:
                statements.append(stmt)
            current = []
    if "".join(current).strip():
        raise DatabaseError(f"Незавершённый оператор в конце скрипта: {' '.join(current)[:80]}")
    return statements


def generator_name(table: str) -> str:
    """The ID generator of a business table (names are limited to 31 characters)."""
    return f"GEN_{table}"[:31]


def audit_ddl(table: str) -> list[str]:
    """ID generator and triggers that stamp the common columns of a business table.

    created/changed by come from the attachment's CRM_USER_ID context (Database.set_app_user);
    a new row counts as changed at its creation (the register sorts by "Дата измен.");
    ROW_VERSION grows by one on every update, which is what optimistic locking compares.
    """
    gen, short = generator_name(table), table[:24]
    who = "CAST(RDB$GET_CONTEXT('USER_SESSION', 'CRM_USER_ID') AS INTEGER)"
    return [
        f"CREATE SEQUENCE {gen}",
        f"""CREATE TRIGGER {short}_BI FOR {table} ACTIVE BEFORE INSERT POSITION 0 AS
BEGIN
  IF (NEW.ID IS NULL) THEN NEW.ID = NEXT VALUE FOR {gen};
  NEW.CREATED_AT = CURRENT_TIMESTAMP;
  NEW.CHANGED_AT = NEW.CREATED_AT;
  IF (NEW.CREATED_BY IS NULL) THEN NEW.CREATED_BY = {who};
  NEW.CHANGED_BY = NEW.CREATED_BY;
  NEW.ROW_VERSION = 1;
END""",
        f"""CREATE TRIGGER {short}_BU FOR {table} ACTIVE BEFORE UPDATE POSITION 0 AS
BEGIN
  NEW.CREATED_AT = OLD.CREATED_AT;
  NEW.CREATED_BY = OLD.CREATED_BY;
  NEW.CHANGED_AT = CURRENT_TIMESTAMP;
  NEW.CHANGED_BY = COALESCE({who}, NEW.CHANGED_BY);
  NEW.ROW_VERSION = OLD.ROW_VERSION + 1;
END""",
    ]


def current_version(db: Database) -> int:
    """Version of the database; NotACrmDatabase if it has no DB_VERSION table."""
    con = db.raw(fdb.ISOLATION_LEVEL_READ_COMMITED_RO)
    try:
        cur = con.cursor()
        cur.execute("SELECT COUNT(*) FROM RDB$RELATIONS WHERE RDB$RELATION_NAME = 'DB_VERSION'")
        if cur.fetchone()[0] == 0:
            raise NotACrmDatabase(str(db.address))
        cur.execute("SELECT COALESCE(MAX(VERSION_NO), 0) FROM DB_VERSION")
        return cur.fetchone()[0]
    finally:
        con.close()


def require_version(db: Database, expected: int | None = None) -> int:
    """The workstation's gate: refuse a database of another version, naming the fix."""
    expected = latest_version() if expected is None else expected
    found = current_version(db)
    if found != expected:
        raise WrongDatabaseVersion(str(db.address), found, expected)
    return found


def apply_step(db: Database, step: Step) -> None:
    ddl, dml = step.statements()
    con = db.raw()
    try:
        cur = con.cursor()
        for stmt in ddl:
            cur.execute(stmt)
        con.commit()
        for stmt in dml:
            cur.execute(stmt)
        module = step.module()
        if module is not None and hasattr(module, "data"):
            module.data(con)
        cur.execute("INSERT INTO DB_VERSION (VERSION_NO, NAME) VALUES (?, ?)", (step.version, step.name))
        con.commit()
    except Exception:
        con.rollback()
        raise
    finally:
        con.close()


def migrate(db: Database, target: int, directory: Path = MIGRATIONS_DIR,
            on_step: Callable[[Step], None] = lambda step: None, start: int | None = None) -> int:
    """Apply steps start+1 … target one at a time; returns the version reached.

    `start` is the current version (0 for a database without schema)."""
    steps = discover(directory)
    if not 0 <= target <= len(steps):
        raise DatabaseError(f"Версии {target} нет: последняя версия {len(steps)}.")
    version = current_version(db) if start is None else start
    if target < version:
        raise DatabaseError(f"База данных уже в версии {version}; понижение версии до {target} невозможно.")
    if version < target:
        drop_access_views(db)
    for step in steps[version:target]:
        on_step(step)
        apply_step(db, step)
        version = step.version
    if has_declared_schema(version):
        sync_privileges(db)
    return version


def has_declared_schema(version: int) -> bool:
    """At this version the tables are those of data/schema.py (the product's latest; a test's
    extra steps come after it), so the access views can be made from it."""
    return version >= latest_version(MIGRATIONS_DIR)


def _with_owner(db: Database, work: Callable[[fdb.Connection], None]) -> None:
    con = db.raw()
    try:
        work(con)
    finally:
        con.close()


def drop_access_views(db: Database) -> None:
    """Before steps change the tables under them (sync_privileges makes them again)."""
    _with_owner(db, privileges.drop_views)


def sync_privileges(db: Database) -> None:
    """Roles, access views and grants as data/privileges.py declares them."""
    _with_owner(db, privileges.apply)

"""What makes a database wrong or slow without any error, for `crm-admin check` and `repair`.

Two things do (issue 8). An index left switched off: a bulk load switches the plain indexes of
the big tables off for its duration (data/bulk.py), and one killed half way cannot switch them
back on, so every search and register over those columns quietly becomes a full scan. And
damaged pages or records, which Firebird's own validation finds: the walk of `gfix -v -full`,
run online through the services API, so it works embedded and on a server while people work.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import fdb

from crm_desktop.data import fbclient
from crm_desktop.data.address import DbAddress
from crm_desktop.data.credentials import Credentials
from crm_desktop.data.database import Database, translate
from crm_desktop.data.errors import DatabaseError
from crm_desktop.data.paths import service_path

# USER_SESSION context variable of an attachment doing a bulk load; other attachments see it in
# MON$CONTEXT_VARIABLES, which tells a load still running from one that died
BULK_LOAD_MARK = "CRM_BULK_LOAD"


@dataclass(frozen=True)
class Index:
    name: str
    table: str


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def mark_bulk_load(con: fdb.Connection, purpose: str) -> None:
    """Say in this attachment what it loads; the mark dies with the attachment, however it ends."""
    cur = con.cursor()
    cur.execute("SELECT RDB$SET_CONTEXT('USER_SESSION', ?, ?) FROM RDB$DATABASE", (BULK_LOAD_MARK, purpose))
    cur.fetchall()
    con.commit()


def running_bulk_loads(con: fdb.Connection) -> list[str]:
    """What other attachments are loading in bulk now. The monitoring tables show every
    attachment to SYSDBA and the database owner, only one's own to other users."""
    con.commit()  # the monitoring tables are a snapshot taken once per transaction
    cur = con.cursor()
    cur.execute("SELECT MON$VARIABLE_VALUE FROM MON$CONTEXT_VARIABLES "
                "WHERE MON$VARIABLE_NAME = ? AND MON$ATTACHMENT_ID <> CURRENT_CONNECTION", (BULK_LOAD_MARK,))
    loads = [row[0] for row in cur.fetchall()]
    con.commit()
    return loads


def inactive_indexes(con: fdb.Connection, tables: Sequence[str] = ()) -> list[Index]:
    """Indexes switched off, of `tables` or of the whole database. The program switches indexes
    off only for a bulk load, so any found while no load runs were left by one that died."""
    sql = ("SELECT TRIM(RDB$INDEX_NAME), TRIM(RDB$RELATION_NAME) FROM RDB$INDICES "
           "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 AND COALESCE(RDB$INDEX_INACTIVE, 0) <> 0")
    if tables:
        sql += f" AND RDB$RELATION_NAME IN ({', '.join('?' * len(tables))})"
    cur = con.cursor()
    cur.execute(sql + " ORDER BY 2, 1", tuple(tables))
    found = [Index(name, table) for name, table in cur.fetchall()]
    con.commit()
    return found


def deactivate_indexes(con: fdb.Connection, names: Sequence[str]) -> None:
    """All in one transaction: either every index is off or none is."""
    cur = con.cursor()
    for name in names:
        cur.execute(f"ALTER INDEX {_quoted(name)} INACTIVE")
    con.commit()


def activate_indexes(con: fdb.Connection, indexes: Sequence[Index],
                     before_each: Callable[[Index], None] = lambda _: None) -> dict[str, str]:
    """Switch indexes on, each in its own transaction: Firebird rebuilds an index from its table
    when the statement commits (after the table's open writers finish), and one that cannot be
    rebuilt (a unique index over duplicate rows) must not keep the others off. Returns the
    failed ones with Firebird's reason."""
    failed: dict[str, str] = {}
    cur = con.cursor()
    for index in indexes:
        before_each(index)
        try:
            cur.execute(f"ALTER INDEX {_quoted(index.name)} ACTIVE")
            con.commit()
        except fdb.DatabaseError as exc:
            con.rollback()
            failed[index.name] = _reason(exc)
    return failed


def _reason(exc: fdb.DatabaseError) -> str:
    """Firebird's own lines of a driver error, without fdb's preamble and the SQLCODE."""
    lines = [line[2:].strip() for line in str(exc.args[0]).splitlines()
             if line.startswith("- ") and not line.startswith("- SQLCODE")]
    return "; ".join(lines) or " ".join(str(exc).split())


def recompute_statistics(con: fdb.Connection, tables: Sequence[str] = ()) -> int:
    """SET STATISTICS for every active index (of `tables`): the optimizer picks plans by the
    selectivity stored at an index's last rebuild, which a big load makes stale."""
    sql = ("SELECT TRIM(RDB$INDEX_NAME) FROM RDB$INDICES "
           "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 AND COALESCE(RDB$INDEX_INACTIVE, 0) = 0")
    if tables:
        sql += f" AND RDB$RELATION_NAME IN ({', '.join('?' * len(tables))})"
    cur = con.cursor()
    cur.execute(sql, tuple(tables))
    names = [row[0] for row in cur.fetchall()]
    for name in names:
        cur.execute(f"SET STATISTICS INDEX {_quoted(name)}")
    con.commit()
    return len(names)


@dataclass(frozen=True)
class IndexState:
    inactive: list[Index]
    loads: list[str]          # bulk loads running in other attachments


def index_state(db: Database) -> IndexState:
    con = db.raw()
    try:
        return IndexState(inactive_indexes(con), running_bulk_loads(con))
    finally:
        con.close()


@dataclass(frozen=True)
class Finding:
    table: str | None         # None: outside any table (page inventory, transactions)
    text: str                 # Firebird's message, e.g. "Error: Page 214 wrong type (…)"
    index: int | None = None  # RDB$INDEX_ID within the table, when the finding is about an index


@dataclass(frozen=True)
class Validation:
    tables: int
    findings: list[Finding]


_STAMP = re.compile(r"^\d\d:\d\d:\d\d\.\d\d ")
_TABLE = re.compile(r"^Relation \d+ \((?P<name>.+)\)(?P<summary> is ok| : \d+ ERRORS found)?$")
_PROGRESS = re.compile(r"^(Validation (started|finished)$|process pointer page|Index \d+ \(.*\)$)")
_ABOUT_INDEX = re.compile(r"^(?:Error|Warning): Index (\d+) ")


def _services(address: DbAddress, credentials: Credentials) -> fdb.services.Connection:
    fbclient.load_client()
    try:
        # the embedded engine ignores the password, but fdb insists on one being given
        return fdb.services.connect(host=address.service_host, user=credentials.user,
                                    password=credentials.password or ("embedded" if address.embedded else ""))
    except fdb.DatabaseError as exc:
        raise translate(exc, address, credentials.user) from None


def validate(address: DbAddress, credentials: Credentials, lock_timeout: int = 10) -> Validation:
    """Firebird's online validation of every table: pages, records, back versions, blobs and
    indexes, as `gfix -v -full` walks them. Every line of its log that is not progress is a
    finding, so a message this code has never seen is reported rather than lost; a table
    another attachment holds longer than `lock_timeout` seconds is one too (not validated)."""
    svc = _services(address, credentials)
    try:
        svc.validate(service_path(address.path), lock_timeout=lock_timeout)
        lines = svc.readlines()
    except fdb.DatabaseError as exc:
        # damage bad enough to stop the validation ("internal consistency check") is a finding
        message = str(exc.args[0] if exc.args else exc)
        stopped = [" ".join(line.strip(" -").split()) for line in message.splitlines()[1:]]
        text = "; ".join(line for line in stopped if line and not line.startswith("SQLCODE"))
        return Validation(0, [Finding(None, text or " ".join(message.split()))])
    finally:
        svc.close()
    table: str | None = None
    tables, findings = 0, []
    for raw in lines:
        line = _STAMP.sub("", raw).strip()
        if not line or _PROGRESS.match(line):
            continue
        match = _TABLE.match(line)
        if match is None:
            about = _ABOUT_INDEX.match(line)
            findings.append(Finding(table, line, int(about[1]) if about and table else None))
        elif match["summary"] is None:
            table, tables = match["name"], tables + 1
        else:
            table = None
    return Validation(tables, findings)


def is_page_hint(finding: Finding) -> bool:
    """A pointer page whose free-space bits lag behind its data page: an engine killed while
    several attachments filled one table can leave it so (issue 9). Inserts find their space
    all the same; validation warns until the bits are rewritten (fix_page_hints)."""
    return finding.text.startswith("Warning: Pointer page ")


_VALIDATION_SUMMARY = 335740952   # "Summary of validation errors": what it found (and fixed what it could)


def fix_page_hints(address: DbAddress, credentials: Credentials) -> None:
    """Rewrite the free-space bits of pointer pages by Firebird's offline validation (`gfix -v
    -full`: it also releases pages and record fragments nothing points to, and leaves damaged
    records alone). Online validation only reports them. It needs the database to itself."""
    svc = _services(address, credentials)
    try:
        svc.repair(service_path(address.path), read_only_validation=0, validate_database=1,
                   validate_record_fragments=1)
        svc.wait()
    except fdb.DatabaseError as exc:
        if "secondary server attachments cannot validate" in str(exc):
            raise DatabaseError(f"К базе {address} подключены другие программы или пользователи, а отметки "
                                "страниц исправляются только без них: повторите crm-admin repair, когда все "
                                "отключатся.") from None
        if len(exc.args) < 3 or exc.args[2] != _VALIDATION_SUMMARY:
            raise translate(exc, address, credentials.user) from None
    finally:
        svc.close()


def _damaged_indexes(con: fdb.Connection, findings: Sequence[Finding]) -> list[Index]:
    """The indexes the findings are about. A SIGKILLed embedded engine can leave a B-tree page
    split half done ("orphan child page", "misses node"): harmless to queries, reported by
    validation, gone once the index is rebuilt."""
    wanted = {(f.table, f.index) for f in findings if f.index is not None}
    cur = con.cursor()
    cur.execute("SELECT TRIM(RDB$RELATION_NAME), RDB$INDEX_ID, TRIM(RDB$INDEX_NAME) FROM RDB$INDICES "
                "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 AND COALESCE(RDB$INDEX_INACTIVE, 0) = 0")
    damaged = [Index(name, table) for table, number, name in cur.fetchall() if (table, number) in wanted]
    con.commit()
    return sorted(damaged, key=lambda i: (i.table, i.name))


@dataclass(frozen=True)
class IndexRepair:
    activated: list[Index]    # were off
    rebuilt: list[Index]      # were damaged
    failed: dict[str, str]    # index name -> Firebird's reason
    statistics: int           # indexes whose statistics were recomputed
    loads: list[str]          # bulk loads running: their indexes are left to them


def repair_indexes(db: Database, before_each: Callable[[Index], None] = lambda _: None) -> IndexRepair:
    """Switch on every index left off, rebuild every index validation finds damaged (ALTER INDEX
    ACTIVE rebuilds an active index too, constraint ones included) and recompute all statistics;
    unless a bulk load is running: it keeps its indexes off on purpose and switches them on
    itself at the end."""
    con = db.raw()
    try:
        loads = running_bulk_loads(con)
        if loads:
            return IndexRepair([], [], {}, 0, loads)
        off = inactive_indexes(con)
        damaged = _damaged_indexes(con, validate(db.address, db.credentials).findings)
        failed = activate_indexes(con, off + damaged, before_each)
        return IndexRepair([i for i in off if i.name not in failed], [i for i in damaged if i.name not in failed],
                           failed, recompute_statistics(con), [])
    finally:
        con.close()

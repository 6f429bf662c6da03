"""One Firebird database: SQLAlchemy engines for work and for reading lists, raw fdb access.

Writes run in read-committed transactions (short, optimistic locking on top) that wait at
most LOCK_TIMEOUT seconds for a row another transaction holds. Reads run in short read-only
snapshot transactions: a row and its BLOBs (notes, task texts) come from one moment, so a
colleague who rewrites them meanwhile cannot make the read fail with "BLOB not found" (a
read-committed reader does not protect the old versions from garbage collection). Nothing
keeps a read transaction open while a person looks at the screen.

A workstation on a server attaches as the logged-in CRM user with the SQL role of its CRM role
(`role`); its engines then compile every statement against the access views of
data/privileges.py instead of the tables they stand for, so the database enforces the access
rules and the data layer's code stays the same.
"""
from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import fdb
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool, QueuePool

from crm_desktop.data import fbclient, privileges, scope
from crm_desktop.data.address import DbAddress, parse_address
from crm_desktop.data.credentials import Credentials, resolve
from crm_desktop.data.scope import Viewer
from crm_desktop.data.versioned import is_conflict
from crm_desktop.data.errors import (ConnectionLost, DatabaseBusy, DatabaseError, DatabaseExists,
                                     DatabaseFileMissing, DatabaseInUse, ServerUnreachable, WrongCredentials)

PAGE_SIZE = 8192
LOCK_TIMEOUT = 10          # seconds a write waits for a row locked by another transaction
_APP_USER = "crm_app_user_id"   # pool record info: the CRM_USER_ID its attachment holds


def _tpb(write: bool, lock_timeout: int = LOCK_TIMEOUT) -> bytes:
    tpb = fdb.TPB()
    if write:
        tpb.access_mode = fdb.isc_tpb_write
        tpb.isolation_level = (fdb.isc_tpb_read_committed, fdb.isc_tpb_rec_version)
        tpb.lock_resolution = fdb.isc_tpb_wait
        tpb.lock_timeout = lock_timeout
    else:
        tpb.access_mode = fdb.isc_tpb_read
        tpb.isolation_level = fdb.isc_tpb_concurrency
    return tpb.render()


SNAPSHOT_READ_TPB = _tpb(write=False)
# gdscodes of the failures a user can fix
_GDS_IO_ERROR = 335544344
_GDS_NETWORK = 335544721
_GDS_LOGIN = 335544472
_GDS_UNAVAILABLE = 335544375
_GDS_NO_PERMISSION = 335544352
_GDS_CONNECTION_LOST = {335544726, 335544727, 335544856, 335544528}   # read/write lost, shutdown
_GDS_CONSTRAINT = {335544665, 335544466, 335544558, 335544347}       # unique, foreign key, check, not null


def _firebird_lines(message: str) -> str:
    """Firebird's own words from a driver message: the "- …" lines without the SQLCODE and
    the statement SQLAlchemy appends."""
    lines = [line[2:].strip() for line in message.splitlines() if line.startswith("- ")]
    said = [line for line in lines
            if line and not line.startswith(("SQLCODE", "SQL error code", "Dynamic SQL Error", "At line"))]
    return "; ".join(said) if said else " ".join(message.split("[SQL:")[0].split())


def translate(exc: Exception, address: DbAddress, user: str) -> DatabaseError:
    """Turn a driver error (plain fdb or wrapped by SQLAlchemy) into the one sentence the user
    needs (PLAT-7): what happened and what to do, never Firebird's text alone."""
    if isinstance(exc, DatabaseError):
        return exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    message = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    gdscode = exc.args[2] if isinstance(exc, fdb.DatabaseError) and len(exc.args) > 2 else None
    if is_conflict(exc):
        return DatabaseBusy()
    if gdscode in _GDS_CONNECTION_LOST or "Error reading data from the connection" in message \
            or "Error writing data to the connection" in message or "connection shutdown" in message:
        return ConnectionLost(str(address))
    if gdscode == _GDS_NO_PERMISSION or "no permission for" in message:
        return DatabaseError("База данных не разрешает вашей учётной записи это действие: обратитесь "
                             f"к администратору CRM ({_firebird_lines(message)}).")
    if gdscode in _GDS_CONSTRAINT or "violation of" in message:
        return DatabaseError("Запись не сохранена: она противоречит другим данным (повтор уникального "
                             "значения или ссылка на удалённую запись). Обновите окно и повторите "
                             f"действие ({_firebird_lines(message)}).")
    if gdscode == _GDS_LOGIN or "user name and password are not defined" in message:
        return WrongCredentials(user)
    if gdscode == _GDS_NETWORK or "Unable to complete network request" in message:
        return ServerUnreachable(address.host or "localhost", address.port)
    if '"lock" operation' in message or "already opened with engine instance" in message:
        return DatabaseInUse(str(address))
    if gdscode == _GDS_IO_ERROR or "I/O error" in message or "denied by server administrator" in message:
        return _path_problem(message, address)
    if "No such file or directory" in message:
        return DatabaseFileMissing(str(address))
    return DatabaseError(f"Ошибка базы данных {address}: {_firebird_lines(message)}. Повторите "
                         "действие; если ошибка повторится, сообщите администратору.")


def folder_of(path: str) -> str:
    """The folder of a database path on this machine or on a server (which may be Windows)."""
    cut = max(path.rfind("/"), path.rfind("\\"))
    return path[:cut] if cut > 0 else path[:cut + 1] or "."


def _path_problem(message: str, address: DbAddress) -> DatabaseError:
    """An I/O failure names what is wrong with the path: the file is already there, its
    folder is missing, the engine may not write there, or the server does not allow it."""
    where = "" if address.embedded else f" на сервере {address.host}"
    folder = folder_of(address.path)
    creating = "O_CREAT" in message
    if creating and "File exists" in message:
        return DatabaseExists(str(address))
    if creating and "No such file or directory" in message:
        return DatabaseError(f"Папка {folder}{where} не существует: создайте её или укажите другой путь.")
    if "Permission denied" in message:
        who = "вашей учётной записи" if address.embedded else "учётной записи сервера Firebird"
        thing = f"папку {folder}" if creating else f"файл {address.path}"
        return DatabaseError(f"Нет прав на {thing}{where}: дайте {who} права на чтение и запись "
                             "или выберите другую папку.")
    if "denied by server administrator" in message:
        return DatabaseError(f"Сервер {address.host} не разрешает базы данных в папке {folder}: "
                             "выберите папку из параметра DatabaseAccess в firebird.conf сервера.")
    return DatabaseFileMissing(str(address))


def _session_setup(con: fdb.Connection) -> None:
    # Firebird 4+ returns TIME ZONE types that fdb cannot read; ask for the legacy ones.
    if con.engine_version >= 4.0:
        cur = con.cursor()
        cur.execute("SET BIND OF TIME ZONE TO LEGACY")
        cur.execute("SET BIND OF INT128 TO LEGACY")
        cur.execute("SET BIND OF DECFLOAT TO LEGACY")
        cur.close()


def _through_views(dialect: Any) -> None:
    """Make `dialect` (one engine's) name the access view wherever a statement names a table
    that has one: FROM and UPDATE/DELETE targets as `VIEW TABLE` (so columns qualified by the
    table's name still resolve), an aliased table as the view, INSERT INTO the view."""
    base_compiler, base_preparer = dialect.statement_compiler, type(dialect.identifier_preparer)

    class ViewCompiler(base_compiler):  # type: ignore[misc, valid-type]
        def visit_table(self, table: Any, asfrom: bool = False, iscrud: bool = False,
                        ashint: bool = False, **kw: Any) -> str:
            view = privileges.VIEW_OF.get(table.name)
            if view is None or not (asfrom or ashint) or kw.get("ambiguous_table_name_map"):
                return super().visit_table(table, asfrom=asfrom, iscrud=iscrud, ashint=ashint, **kw)
            enclosing = kw.get("enclosing_alias")
            if enclosing is not None and enclosing.element is table:
                return view
            return f"{view} {self.preparer.quote(table.name)}"

        def returning_clause(self, stmt: Any, returning_cols: Any, **kw: Any) -> str:
            # INSERT INTO a view takes no alias: its RETURNING names columns unqualified
            clause = super().returning_clause(stmt, returning_cols, **kw)
            if stmt.is_insert and stmt.table.name in privileges.VIEW_OF:
                clause = re.sub(rf"\b{re.escape(self.preparer.quote(stmt.table.name))}\.", "", clause)
            return clause

    class ViewPreparer(base_preparer):  # type: ignore[misc, valid-type]
        def format_table(self, table: Any, use_schema: bool = True, name: str | None = None) -> str:
            return super().format_table(table, use_schema, name or privileges.VIEW_OF.get(table.name))

    dialect.statement_compiler = ViewCompiler
    dialect.identifier_preparer = ViewPreparer(dialect)


class Database:
    """Entry point of the data layer for one database address; with `role`, attached as a CRM
    user (credentials) holding that SQL role and reading client data through the views."""

    def __init__(self, address: DbAddress | str, credentials: Credentials | None = None,
                 pool_size: int = 4, lock_timeout: int = LOCK_TIMEOUT, role: str | None = None) -> None:
        self.address = parse_address(address) if isinstance(address, str) else address
        self.credentials = credentials or resolve(str(self.address))
        self.role = role
        self._app_user_id: int | None = None
        self._adopted: list[Database] = []
        fbclient.load_client()
        self.engine = self._engine(_tpb(write=True, lock_timeout=lock_timeout), pool_size)
        self.reader = self._engine(SNAPSHOT_READ_TPB, pool_size)

    # -- connections -------------------------------------------------------------------------
    @property
    def protected(self) -> bool:
        """Attached as a CRM user: the database enforces the access rules."""
        return self.role is not None

    def raw(self, tpb: bytes | None = None, role: str | None = None) -> fdb.Connection:
        """A plain fdb connection (bulk loads, events, services of the admin tool); `role`
        instead of the database's own (RDB$ADMIN for managing users)."""
        if self.address.embedded and not os.path.exists(self.address.path):
            raise DatabaseFileMissing(str(self.address))
        try:
            con = fdb.connect(dsn=self.address.dsn, user=self.credentials.user,
                              password=self.credentials.password, charset="UTF8", role=role or self.role)
        except fdb.DatabaseError as exc:
            raise translate(exc, self.address, self.credentials.user) from None
        _session_setup(con)
        if tpb is not None:    # the main transaction was made at connect: it needs the TPB too
            con.commit()
            con.default_tpb = con.main_transaction.default_tpb = tpb
        return con

    def _engine(self, tpb: bytes, pool_size: int) -> Engine:
        engine = create_engine("firebird+fdb://", creator=lambda: self.raw(tpb),
                               poolclass=QueuePool if pool_size else NullPool,
                               **({"pool_size": pool_size, "max_overflow": 8} if pool_size else {}))

        @event.listens_for(engine, "checkout")
        def _mark_app_user(dbapi_con: Any, record: Any, _proxy: Any) -> None:
            # audit triggers read the application user from the attachment's context; the
            # context lives as long as the attachment, so it is sent only when this pooled
            # connection does not hold the user yet (record.info is emptied on reconnect)
            if self._app_user_id is not None and record.info.get(_APP_USER) != self._app_user_id:
                cur = dbapi_con.cursor()
                cur.execute("SELECT RDB$SET_CONTEXT('USER_SESSION', 'CRM_USER_ID', ?) "
                            "FROM RDB$DATABASE", (str(self._app_user_id),))
                cur.fetchall()
                cur.close()
                record.info[_APP_USER] = self._app_user_id

        if self.protected:
            # the access views apply the scope's own conditions keyed on CURRENT_USER; scoping
            # again would read CLIENTS through its view inside the condition and lose the rows
            # a task's or document's parties see although the client is hidden from them
            _through_views(engine.dialect)
        else:
            event.listen(engine, "before_execute", scope.before_execute, retval=True)
        return engine

    def set_app_user(self, user_id: int | None) -> None:
        """Who is working: stamped into created_by/changed_by by the audit triggers."""
        self._app_user_id = user_id

    @contextmanager
    def begin(self, viewer: Viewer | None = None) -> Iterator[Connection]:
        """One short read-write transaction; with a viewer, its SELECTs see what the viewer
        may see (data/scope.py). An update conflict no versioned update caught becomes one
        sentence instead of Firebird's, as does any other driver error (translate)."""
        try:
            with self.engine.begin() as conn:
                if viewer is not None:
                    conn.execution_options(**{scope.VIEWER: viewer})
                yield conn
        except (DBAPIError, fdb.DatabaseError) as exc:
            raise translate(exc, self.address, self.credentials.user) from exc

    @contextmanager
    def read(self, viewer: Viewer | None = None) -> Iterator[Connection]:
        """One read-only snapshot transaction for lists and lookups (scoped as begin)."""
        try:
            with self.reader.connect() as conn:
                if viewer is not None:
                    conn.execution_options(**{scope.VIEWER: viewer})
                yield conn
                conn.rollback()
        except (DBAPIError, fdb.DatabaseError) as exc:
            raise translate(exc, self.address, self.credentials.user) from exc

    def use_password(self, password: str) -> None:
        """Attach with this password from now on (the user changed it)."""
        self.credentials = Credentials(self.credentials.user, password)

    def adopt(self, other: Database) -> Database:
        """Dispose `other` with this database (a user's attachment opened from the
        administrator's)."""
        self._adopted.append(other)
        return other

    def dispose(self) -> None:
        for other in self._adopted:
            other.dispose()
        self.engine.dispose()
        self.reader.dispose()

    # -- facts -------------------------------------------------------------------------------
    def server_version(self) -> str:
        with self.read() as conn:
            return conn.execute(text(
                "SELECT RDB$GET_CONTEXT('SYSTEM', 'ENGINE_VERSION') FROM RDB$DATABASE")).scalar_one()


class ScopedDatabase:
    """The database as one user's session sees it: every transaction carries the viewer, so
    the access scope is applied to every query of client data (ARCHITECTURE: Access)."""

    def __init__(self, base: Database, viewer: Viewer) -> None:
        self.base, self.viewer = base, viewer

    def begin(self) -> contextlib.AbstractContextManager[Connection]:
        return self.base.begin(self.viewer)

    def read(self) -> contextlib.AbstractContextManager[Connection]:
        return self.base.read(self.viewer)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)


def _literal(value: str) -> str:
    """A string literal of CREATE DATABASE, which takes no parameters (a path may hold a quote)."""
    return "'" + value.replace("'", "''") + "'"


def create_database(address: DbAddress | str, credentials: Credentials | None = None) -> None:
    """Create an empty UTF8 database file (no schema)."""
    address = parse_address(address) if isinstance(address, str) else address
    credentials = credentials or resolve(str(address))
    fbclient.load_client()
    if address.embedded and os.path.exists(address.path):
        raise DatabaseExists(str(address))
    sql = (f"CREATE DATABASE {_literal(address.dsn)} USER {_literal(credentials.user)} "
           f"PASSWORD {_literal(credentials.password)} PAGE_SIZE {PAGE_SIZE} DEFAULT CHARACTER SET UTF8")
    try:
        con = fdb.create_database(sql=sql, charset="UTF8")
    except fdb.DatabaseError as exc:
        raise translate(exc, address, credentials.user) from None
    con.close()


def drop_database(address: DbAddress | str, credentials: Credentials | None = None) -> None:
    db = Database(address, credentials, pool_size=0)
    con = db.raw()
    con.drop_database()

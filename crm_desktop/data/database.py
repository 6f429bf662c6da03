"""One Firebird database: SQLAlchemy engines for work and for reading lists, raw fdb access.

Writes run in read-committed transactions (short, optimistic locking on top); lists read in
read-only read-committed transactions, which Firebird never counts as "oldest active", so a
register left open on a screen does not hold back garbage collection.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import fdb
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.pool import NullPool, QueuePool

from crm_desktop.data import fbclient
from crm_desktop.data.address import DbAddress, parse_address
from crm_desktop.data.credentials import Credentials, resolve
from crm_desktop.data.errors import (DatabaseError, DatabaseExists, DatabaseFileMissing, DatabaseInUse,
                                     ServerUnreachable, WrongCredentials)

PAGE_SIZE = 8192
# gdscodes of the failures a user can fix
_GDS_IO_ERROR = 335544344
_GDS_NETWORK = 335544721
_GDS_LOGIN = 335544472
_GDS_UNAVAILABLE = 335544375


def translate(exc: Exception, address: DbAddress, user: str) -> DatabaseError:
    """Turn a driver error into the one sentence the user needs (PLAT-7)."""
    if isinstance(exc, DatabaseError):
        return exc
    message = str(exc)
    gdscode = exc.args[2] if isinstance(exc, fdb.DatabaseError) and len(exc.args) > 2 else None
    if gdscode == _GDS_LOGIN or "user name and password are not defined" in message:
        return WrongCredentials(user)
    if gdscode == _GDS_NETWORK or "Unable to complete network request" in message:
        return ServerUnreachable(address.host or "localhost", address.port)
    if '"lock" operation' in message or "already opened with engine instance" in message:
        return DatabaseInUse(str(address))
    if gdscode == _GDS_IO_ERROR or "No such file or directory" in message:
        return DatabaseFileMissing(str(address))
    first_line = " ".join(message.split())
    return DatabaseError(f"Ошибка базы данных {address}: {first_line}")


def _session_setup(con: fdb.Connection) -> None:
    # Firebird 4+ returns TIME ZONE types that fdb cannot read; ask for the legacy ones.
    if con.engine_version >= 4.0:
        cur = con.cursor()
        cur.execute("SET BIND OF TIME ZONE TO LEGACY")
        cur.execute("SET BIND OF INT128 TO LEGACY")
        cur.execute("SET BIND OF DECFLOAT TO LEGACY")
        cur.close()


class Database:
    """Entry point of the data layer for one database address."""

    def __init__(self, address: DbAddress | str, credentials: Credentials | None = None,
                 pool_size: int = 4) -> None:
        self.address = parse_address(address) if isinstance(address, str) else address
        self.credentials = credentials or resolve(str(self.address))
        self._app_user_id: int | None = None
        fbclient.load_client()
        self.engine = self._engine(fdb.ISOLATION_LEVEL_READ_COMMITED, pool_size)
        self.reader = self._engine(fdb.ISOLATION_LEVEL_READ_COMMITED_RO, pool_size)

    # -- connections -------------------------------------------------------------------------
    def raw(self, tpb: bytes | None = None) -> fdb.Connection:
        """A plain fdb connection (bulk loads, events, services of the admin tool)."""
        if self.address.embedded and not os.path.exists(self.address.path):
            raise DatabaseFileMissing(str(self.address))
        try:
            con = fdb.connect(dsn=self.address.dsn, user=self.credentials.user,
                              password=self.credentials.password, charset="UTF8")
        except fdb.DatabaseError as exc:
            raise translate(exc, self.address, self.credentials.user) from None
        _session_setup(con)
        if tpb is not None:
            con.default_tpb = tpb
        return con

    def _engine(self, tpb: bytes, pool_size: int) -> Engine:
        engine = create_engine("firebird+fdb://", creator=lambda: self.raw(tpb),
                               poolclass=QueuePool if pool_size else NullPool,
                               **({"pool_size": pool_size, "max_overflow": 8} if pool_size else {}))

        @event.listens_for(engine, "checkout")
        def _mark_app_user(dbapi_con: Any, _record: Any, _proxy: Any) -> None:
            # audit triggers read the application user from the attachment's context
            if self._app_user_id is not None:
                cur = dbapi_con.cursor()
                cur.execute("SELECT RDB$SET_CONTEXT('USER_SESSION', 'CRM_USER_ID', ?) "
                            "FROM RDB$DATABASE", (str(self._app_user_id),))
                cur.fetchall()
                cur.close()
        return engine

    def set_app_user(self, user_id: int | None) -> None:
        """Who is working: stamped into created_by/changed_by by the audit triggers."""
        self._app_user_id = user_id

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One short read-write transaction."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read-only transaction for lists and lookups."""
        with self.reader.connect() as conn:
            yield conn
            conn.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
        self.reader.dispose()

    # -- facts -------------------------------------------------------------------------------
    def server_version(self) -> str:
        with self.read() as conn:
            return conn.execute(text(
                "SELECT RDB$GET_CONTEXT('SYSTEM', 'ENGINE_VERSION') FROM RDB$DATABASE")).scalar_one()


def create_database(address: DbAddress | str, credentials: Credentials | None = None) -> None:
    """Create an empty UTF8 database file (no schema)."""
    address = parse_address(address) if isinstance(address, str) else address
    credentials = credentials or resolve(str(address))
    fbclient.load_client()
    if address.embedded and os.path.exists(address.path):
        raise DatabaseExists(str(address))
    sql = (f"CREATE DATABASE '{address.dsn}' USER '{credentials.user}' "
           f"PASSWORD '{credentials.password}' PAGE_SIZE {PAGE_SIZE} DEFAULT CHARACTER SET UTF8")
    try:
        con = fdb.create_database(sql=sql, charset="UTF8")
    except fdb.DatabaseError as exc:
        if "already exists" in str(exc) or "I/O error during \"open O_CREAT\"" in str(exc):
            raise DatabaseExists(str(address)) from None
        raise translate(exc, address, credentials.user) from None
    con.close()


def drop_database(address: DbAddress | str, credentials: Credentials | None = None) -> None:
    db = Database(address, credentials, pool_size=0)
    con = db.raw()
    con.drop_database()

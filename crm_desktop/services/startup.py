"""Opening an info-base and taking a licence seat: the non-visual half of the workstation's
start-up (PLAT-2, PLAT-7, LIC-6; manual: «Первый запуск», «Авторизация»)."""
from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.data import migrations
from crm_desktop.data.address import parse_address
from crm_desktop.data.credentials import Credentials, resolve
from crm_desktop.data.database import Database
from crm_desktop.data.errors import (ClientLibraryMissing, DatabaseError, NotACrmDatabase, WrongCredentials,
                                     WrongDatabaseVersion)
from crm_desktop.licensing import LicenceStatus, SeatSession
from crm_desktop.licensing.wire import DEFAULT_PORTS
from crm_desktop.services.infobases import InfoBase

# what the start-up screens hold and tell apart, so the UI needs nothing of crm_desktop.data:
# the opened database, credentials typed again, the errors that change the connection dialog
__all__ = ["ClientLibraryMissing", "Credentials", "Database", "NotACrmDatabase", "WrongCredentials",
           "WrongDatabaseVersion"]

# where the licence server listens; tests point it at a port nobody listens on
LICENCE_PORTS: Sequence[int] = DEFAULT_PORTS
LICENCE_TIMEOUT = 1.0

# the manual's list of reasons when the database cannot be reached («Авторизация»)
LIKELY_CAUSES = (
    "Ошибка в параметрах подключения (наиболее вероятная причина): проверьте сервер и путь "
    "к базе в списке информационных баз.",
    "Передачу данных блокирует брандмауэр или файрвол: разрешите порт сервера Firebird "
    "(по умолчанию 3050) или настройте исключение.",
    "Неверно установлены серверная и (или) клиентская части Firebird: переустановите Firebird.",
)


def open_database(address: str, user: str | None = None, password: str | None = None) -> Database:
    """Connect and check the version; a user or password not given comes from ISC_USER /
    ISC_PASSWORD or the keyring (data/credentials.py). Raises a DatabaseError subclass whose
    text says what to do (WrongDatabaseVersion, ServerUnreachable, DatabaseFileMissing,
    WrongCredentials, ClientLibraryMissing, NotACrmDatabase). Nothing stays open on failure."""
    try:
        db = Database(address, resolve(address, user, password))
    except ValueError as exc:  # a malformed address
        raise DatabaseError(str(exc)) from None
    return checked(db)


def checked(db: Database) -> Database:
    """`db` once its version is the program's; disposed when not."""
    try:
        migrations.require_version(db)
    except BaseException:
        db.dispose()
        raise
    return db


def is_server(address: str) -> bool:
    """A database on a Firebird server (users attach as their own Firebird users)."""
    try:
        return not parse_address(address).embedded
    except ValueError:
        return False


def admin_command(error: Exception, address: str) -> str | None:
    """The crm-admin command that fixes `error`, for the administrator to copy."""
    if isinstance(error, WrongDatabaseVersion) and error.found < error.expected:
        return f"crm-admin upgrade {address}"
    if isinstance(error, NotACrmDatabase):
        return f"crm-admin create {address}"
    return None


def seat_for(base: InfoBase, login: str) -> SeatSession:
    """A seat on the info-base's licence server for this user (not yet taken)."""
    return SeatSession(base.licence_host, user=login, db_host=base.db_host,
                       ports=LICENCE_PORTS, timeout=LICENCE_TIMEOUT)


def take_seat(base: InfoBase, login: str) -> tuple[SeatSession, LicenceStatus]:
    """Take a seat after a successful login: licensed, or demo mode when no server answers
    (never blocks the login). Raises licensing.LoginRefused (no free seats, TRA needed)."""
    seat = seat_for(base, login)
    status = seat.start()
    return seat, status

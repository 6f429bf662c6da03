"""Backup and restore through Firebird's services API, in gbak's format (PLAT-6).

The backup streams to a file on the machine running the tool (local_backup), so an
administrator backs up a LAN server's database to their own disk; the engine takes a
snapshot, so it is consistent while workstations keep working. A backup file carries gbak's
format number, and an engine reads only formats up to its own: Firebird 4 and 5 write
format 11, which a Firebird 3 server refuses ("Expected backup version 1..10"), so such a
database moves to an older server with `crm-admin copy` (data/pump.py), not with a backup.

A restore never touches its target before the restored copy has proved itself: gbak writes a
new database (or a temporary one beside the target), which must open, have a readable
DB_VERSION and pass validation (gfix -v -n, through the services API so it works embedded and
on a server); only then does it become the target. Whatever fails, the target is left as it
was and what the restore made is removed.

Paths go to the services API as bytes in this machine's file-system encoding, the same bytes
fdb.connect sends: fdb refuses a non-ASCII str there ("база данных.fdb" raised TypeError),
and the client library passes bytes on as the system character set.
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import fdb

from crm_desktop.data import fbclient, health, migrations
from crm_desktop.data.address import DbAddress
from crm_desktop.data.credentials import Credentials
from crm_desktop.data.database import Database, drop_database, translate
from crm_desktop.data.paths import service_path
from crm_desktop.data.errors import (
    DatabaseError,
    DatabaseExists,
    DatabaseFileMissing,
    DatabaseInUse,
    NotACrmDatabase,
    ServerUnreachable,
    WrongCredentials,
)

# gbak's backup format number → the oldest Firebird that reads it
OLDEST_READER = {9: 2.5, 10: 3.0, 11: 4.0}
_REC_BURP, _ATT_BACKUP_FORMAT = 0, 2          # the first record and attribute of every gbak file


@contextmanager
def _services(address: DbAddress, credentials: Credentials) -> Iterator[fdb.services.Connection]:
    fbclient.load_client()
    try:
        # the embedded engine ignores the password, but fdb insists on one being given
        password = credentials.password or ("embedded" if address.embedded else "")
        svc = fdb.services.connect(host=address.service_host, user=credentials.user, password=password)
    except fdb.DatabaseError as exc:
        raise translate(exc, address, credentials.user) from None
    try:
        yield svc
    finally:
        try:
            svc.close()
        except fdb.DatabaseError:
            pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    gbak_format: int | None
    engine_version: float        # of the engine that wrote it: older majors cannot restore it


def gbak_format(path: Path) -> int | None:
    """The format number in a gbak file's header, None when the file is no gbak backup."""
    with open(path, "rb") as stream:
        head = stream.read(8)
    if len(head) < 4 or head[0] != _REC_BURP or head[1] != _ATT_BACKUP_FORMAT or not 0 < head[2] <= 4:
        return None
    return int.from_bytes(head[3:3 + head[2]], "little")


def backup(address: DbAddress, credentials: Credentials, target: Path) -> BackupFile:
    if address.embedded and not Path(address.path).exists():
        raise DatabaseFileMissing(str(address))
    partial = target.with_name(target.name + ".part")
    with _services(address, credentials) as svc:
        try:
            with open(partial, "wb") as stream:
                svc.local_backup(service_path(address.path), stream)
        except BaseException as exc:
            partial.unlink(missing_ok=True)
            if isinstance(exc, fdb.DatabaseError):
                raise translate(exc, address, credentials.user) from None
            raise
        engine = svc.engine_version
    partial.replace(target)
    return BackupFile(target, gbak_format(target), engine)


def validate(address: DbAddress, credentials: Credentials) -> str | None:
    """What Firebird's validation (data/health.py, the one used by `crm-admin check`) finds
    in a database, in one line, or None for a clean one."""
    found = [f.text for f in health.validate(address, credentials).findings]
    return "; ".join(" ".join(f.split()) for f in found)[:500] or None


# -- restore ---------------------------------------------------------------------------------

def restore(source: Path, address: DbAddress, credentials: Credentials, replace: bool = False) -> None:
    """Restore `source` into `address`, which must not exist unless `replace`.

    Embedded, gbak restores into a temporary file beside the target, which is checked and then
    renamed over the target (the old file kept as `*.before-restore` until the new one opens).
    On a server there is no rename over the services API. A new target has nothing to
    protect, so it is restored under its own name, checked, and dropped if anything fails
    (a half-made database still attaches and drops). An existing one is replaced in steps:
    restore into a temporary database beside it and check it, so a bad backup never reaches
    the target; back the old database up into `<target name>.before-restore.fbk` beside the
    backup file; restore the now proven backup over the target and open it; only then drop
    the temporary database and the saved copy. If that last restore fails, the saved copy is
    restored back. This costs a second restore, which is the price of never having the only
    good copy of the office's data in a half-written file. Replacing refuses while anyone
    else is attached, since gbak would drop the database under them."""
    if not source.is_file():
        raise DatabaseError(f"Файл резервной копии не найден: {source}.")
    found = gbak_format(source)
    if found is None:
        raise DatabaseError(f"{source} не является резервной копией Firebird: укажите файл, "
                            "сделанный командой crm-admin backup или программой gbak.")
    _require_readable(source, found, address, credentials)
    exists = _exists(address, credentials)
    if exists and not replace:
        raise DatabaseExists(str(address))
    job = _Restore(source, address, credentials, exists)
    if address.embedded:
        job.swap_file()
    elif exists:
        job.replace_on_server()
    else:
        job.into_new(address)


def _require_readable(source: Path, found: int, address: DbAddress, credentials: Credentials) -> None:
    with _services(address, credentials) as svc:
        engine = svc.engine_version
    readable = max((fmt for fmt, oldest in OLDEST_READER.items() if oldest <= engine), default=0)
    if engine < max(OLDEST_READER.values()) and found > readable:
        oldest = OLDEST_READER.get(found, max(OLDEST_READER.values()))
        raise DatabaseError(
            f"Резервную копию {source} сделал Firebird {oldest} или новее (формат gbak {found}), а "
            f"сервер {address.host} работает на Firebird {engine}, который её не прочитает: перенесите "
            f"базу на этот сервер командой crm-admin copy.")


class _TargetBusy(DatabaseError):
    """gbak could not drop the target for the replace: someone attached, nothing changed."""


def _exists(address: DbAddress, credentials: Credentials) -> bool:
    """Whether the target exists; an embedded file is looked at without opening it, so a
    restore that fails leaves even its bytes untouched."""
    if address.embedded:
        return Path(address.path).exists()
    try:
        Database(address, credentials, pool_size=0).raw().close()
    except DatabaseFileMissing:
        return False
    except (WrongCredentials, ServerUnreachable):
        raise
    except DatabaseError as exc:
        raise DatabaseError(f"База данных {address} не открывается ({str(exc).rstrip('.')}), поэтому её "
                            "нельзя сохранить перед заменой: восстановите копию под новым именем.") from None
    return True


def _require_unused(address: DbAddress, credentials: Credentials) -> None:
    """Nobody else may have the target open when it is replaced. An embedded file that does
    not open at all (damaged) is not in use: replacing it is the point."""
    try:
        con = Database(address, credentials, pool_size=0).raw()
    except (DatabaseInUse, WrongCredentials, ServerUnreachable):
        raise
    except DatabaseError:
        if address.embedded:
            return
        raise
    try:
        cur = con.cursor()
        cur.execute("SELECT COUNT(*) FROM MON$ATTACHMENTS "
                    "WHERE MON$ATTACHMENT_ID <> CURRENT_CONNECTION AND MON$SYSTEM_FLAG = 0")
        others = cur.fetchone()[0]
    finally:
        con.close()
    if others:
        raise _TargetBusy(f"База данных {address} открыта другими подключениями ({others}): закройте "
                          "программу на рабочих местах и повторите восстановление.")


def _beside(address: DbAddress, suffix: str) -> DbAddress:
    return DbAddress(f"{address.path}.{suffix}-{secrets.token_hex(4)}", address.host, address.port)


class _Restore:
    """One restore of `source` into `target` (see restore for the order of the steps)."""

    def __init__(self, source: Path, target: DbAddress, credentials: Credentials, exists: bool) -> None:
        self.source, self.target, self.credentials, self.exists = source, target, credentials, exists
        self.outcome = f"база данных {target} не изменена" if exists else f"база данных {target} не создана"

    def into_new(self, address: DbAddress) -> None:
        """gbak into a database that does not exist yet, then the checks; a failure drops it."""
        try:
            with _services(address, self.credentials) as svc, open(self.source, "rb") as stream:
                svc.local_restore(stream, (service_path(address.path),))
            self._verify(address)
        except fdb.DatabaseError as exc:
            if "already exists" in str(exc):      # made by someone else meanwhile: not ours to drop
                raise DatabaseExists(str(self.target)) from None
            self._discard(address)
            raise self._gbak_error(exc) from None
        except BaseException:
            self._discard(address)
            raise

    def swap_file(self) -> None:
        target = Path(self.target.path)
        before = target.with_name(target.name + ".before-restore")
        if self.exists and before.exists():
            raise DatabaseError(f"Рядом с базой лежит {before} от прерванного восстановления: "
                                "проверьте его, переименуйте или удалите и повторите.")
        temp = _beside(self.target, "restore")
        self.into_new(temp)
        old_moved = new_placed = False
        try:
            if self.exists:
                _require_unused(self.target, self.credentials)
                os.replace(target, before)
                old_moved = True
            elif target.exists():
                raise DatabaseExists(str(self.target))
            os.replace(temp.path, target)
            new_placed = True
            self._opens(self.target)
        except BaseException:
            if new_placed:
                target.unlink()
            else:
                self._discard(temp)
            if old_moved:
                os.replace(before, target)
            raise
        before.unlink(missing_ok=True)

    def replace_on_server(self) -> None:
        name = self.target.path.replace("\\", "/").rsplit("/", 1)[-1]
        saved = self.source.with_name(f"{name}.before-restore.fbk")
        if saved.exists():
            raise DatabaseError(f"Рядом с резервной копией лежит {saved} от прерванного восстановления: "
                                "проверьте его, переименуйте или удалите и повторите.")
        temp = _beside(self.target, "restore")
        self.into_new(temp)
        try:
            _require_unused(self.target, self.credentials)
            self._save_old(saved)
            try:
                self._gbak_over(self.source)
                self._opens(self.target)
            except _TargetBusy:
                saved.unlink(missing_ok=True)
                raise
            except BaseException:
                self._put_back(saved)
                raise
        finally:
            self._discard(temp)
        saved.unlink(missing_ok=True)

    def _save_old(self, saved: Path) -> None:
        try:
            backup(self.target, self.credentials, saved)
        except (DatabaseError, OSError) as exc:
            detail = f"{saved}: {exc.strerror}" if isinstance(exc, OSError) else str(exc).rstrip(".")
            raise DatabaseError(f"Текущую базу {self.target} не удалось сохранить перед заменой ({detail}): "
                                "база не изменена, восстановите копию под новым именем.") from None

    def _gbak_over(self, source: Path) -> None:
        try:
            with _services(self.target, self.credentials) as svc, open(source, "rb") as stream:
                svc.local_restore(stream, (service_path(self.target.path),), replace=1)
        except fdb.DatabaseError as exc:
            raise self._gbak_error(exc) from None

    def _put_back(self, saved: Path) -> None:
        try:
            self._gbak_over(saved)
        except DatabaseError:
            raise DatabaseError(f"Восстановление прервано, и прежнюю базу вернуть не удалось: она "
                                f"сохранена в {saved}, восстановите её командой crm-admin restore "
                                f"{saved} {self.target} --replace.") from None
        saved.unlink(missing_ok=True)

    def _verify(self, address: DbAddress) -> None:
        self._opens(address)
        problems = validate(address, self.credentials)
        if problems:
            raise DatabaseError(f"База из резервной копии {self.source} не прошла проверку ({problems}): "
                                f"возьмите другую копию, {self.outcome}.")

    def _opens(self, address: DbAddress) -> int:
        db = Database(address, self.credentials, pool_size=0)
        try:
            return migrations.current_version(db)
        except NotACrmDatabase:
            raise DatabaseError(f"{self.source} — резервная копия не базы CRM (в ней нет таблицы "
                                f"DB_VERSION): укажите другой файл, {self.outcome}.") from None
        finally:
            db.dispose()

    def _gbak_error(self, exc: fdb.DatabaseError) -> DatabaseError:
        message = str(exc)
        if "could not drop database" in message:
            return _TargetBusy(f"База данных {self.target} открыта другими подключениями: закройте "
                               "программу на рабочих местах и повторите восстановление.")
        if "Expected backup version" in message:
            return DatabaseError(f"Резервную копию {self.source} сделал более новый Firebird: перенесите "
                                 f"базу командой crm-admin copy, {self.outcome}.")
        if "expected backup" in message or "not a valid backup" in message:
            return DatabaseError(f"{self.source} не является резервной копией Firebird: укажите файл, "
                                 f"сделанный командой crm-admin backup или программой gbak; {self.outcome}.")
        if "reading from backup file" in message or "end of file" in message.lower():
            return DatabaseError(f"Резервная копия {self.source} обрезана или повреждена: возьмите "
                                 f"другую копию, {self.outcome}.")
        return translate(exc, self.target, self.credentials.user)

    def _discard(self, address: DbAddress) -> None:
        """Remove a database this restore made; a half-made one still attaches and drops."""
        if address.embedded:
            Path(address.path).unlink(missing_ok=True)
            return
        try:
            drop_database(address, self.credentials)
        except DatabaseError:
            pass

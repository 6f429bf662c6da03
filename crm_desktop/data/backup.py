"""Backup and restore through Firebird's services API, in gbak's format (PLAT-6).

The backup streams to a file on the machine running the tool (local_backup), so an
administrator backs up a LAN server's database to their own disk; the engine takes a
snapshot, so it is consistent while workstations keep working.
"""
from __future__ import annotations

from pathlib import Path

import fdb

from crm_desktop.data import fbclient
from crm_desktop.data.address import DbAddress
from crm_desktop.data.credentials import Credentials
from crm_desktop.data.database import translate
from crm_desktop.data.errors import DatabaseError, DatabaseExists


def _services(address: DbAddress, credentials: Credentials) -> fdb.services.Connection:
    fbclient.load_client()
    try:
        # the embedded engine ignores the password, but fdb insists on one being given
        password = credentials.password or ("embedded" if address.embedded else "")
        return fdb.services.connect(host=address.service_host, user=credentials.user,
                                    password=password)
    except fdb.DatabaseError as exc:
        raise translate(exc, address, credentials.user) from None


def backup(address: DbAddress, credentials: Credentials, target: Path) -> Path:
    if address.embedded and not Path(address.path).exists():
        raise translate(FileNotFoundError("No such file or directory"), address, credentials.user)
    svc = _services(address, credentials)
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb") as stream:
            svc.local_backup(address.path, stream)
    except fdb.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise translate(exc, address, credentials.user) from None
    finally:
        svc.close()
    partial.replace(target)
    return target


def restore(source: Path, address: DbAddress, credentials: Credentials, replace: bool = False) -> None:
    if not source.is_file():
        raise DatabaseError(f"Файл резервной копии не найден: {source}.")
    if address.embedded and Path(address.path).exists() and not replace:
        raise DatabaseExists(str(address))
    svc = _services(address, credentials)
    try:
        with open(source, "rb") as stream:
            svc.local_restore(stream, address.path, replace=1 if replace else 0)
    except fdb.DatabaseError as exc:
        message = str(exc)
        if "already exists" in message:
            raise DatabaseExists(str(address)) from None
        if "expected backup" in message or "not a valid" in message or "backup file" in message.lower():
            raise DatabaseError(f"{source} не является резервной копией Firebird.") from None
        raise translate(exc, address, credentials.user) from None
    finally:
        svc.close()

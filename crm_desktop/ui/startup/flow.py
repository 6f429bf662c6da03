"""The workstation's start-up, step by step as in the manual («Первый запуск» … «Авторизация»):
info-base list → connect (diagnostics, back to the list) → first-run wizard on a database
without users → login → licence seat. The main window calls `run_startup()`."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.licensing import LicenceStatus, SeatSession
from crm_desktop.services import workstations
from crm_desktop.services.auth import needs_first_run
from crm_desktop.services.infobases import InfoBase, InfoBaseList
from crm_desktop.services.session import Session
from crm_desktop.services.startup import Credentials, Database, WrongCredentials, open_database, take_seat
from crm_desktop.ui.ops import call
from crm_desktop.ui.startup.connection_error_dialog import ConnectionErrorDialog
from crm_desktop.ui.startup.first_run_wizard import FirstRunWizard
from crm_desktop.ui.startup.infobase_dialog import InfoBaseDialog
from crm_desktop.ui.startup.login_dialog import LoginDialog
from crm_desktop.ui.termination import terminate_cancels_dialogs

Accepted = QDialog.DialogCode.Accepted


@dataclass
class StartupResult:
    """What the main window works with; keep it for the app's life and `close()` it at exit.

    `seat.on_change` may be set to hear about a lost seat (called from the heartbeat thread)."""
    session: Session
    seat: SeatSession | None
    licence: LicenceStatus
    infobase: InfoBase

    workstation_id: int | None = None

    def close(self) -> None:
        """Leave the list of working workstations, release the licence seat and the database."""
        if self.workstation_id is not None:
            call(None, lambda: workstations.leave(self.session, self.workstation_id))
        if self.seat is not None:
            self.seat.close()
        self.session.db.dispose()


def run_startup(parent: QWidget | None = None, *, infobase_name: str | None = None) -> StartupResult | None:
    """None when the user cancels the info-base list or SIGTERM comes. The list is skipped when
    `infobase_name` names a known info-base or when there is only one; a failed connection and
    «Отмена» at login return to it, so another info-base can always be chosen or added."""
    bases = InfoBaseList()
    base = bases.find(infobase_name) if infobase_name else (bases.bases[0] if len(bases) == 1 else None)
    passwords: dict[str, str] = {}
    with terminate_cancels_dialogs() as terminated:
        while not terminated():
            if base is None:
                dialog = InfoBaseDialog(bases, infobase_name, parent)
                if dialog.exec() != Accepted or dialog.chosen is None:
                    return None
                base = dialog.chosen
                passwords.update(dialog.passwords)
            if base.host is None:
                db = _connect(parent, bases, base, passwords.get(base.name))
                if db is not None:
                    result = _sign_in(parent, bases, base, db)
                    if result is not None:
                        return result
                    db.dispose()
            else:
                result = _sign_in_server(parent, bases, base, passwords.get(base.name))
                if result is not None:
                    return result
            infobase_name, base = base.name, None
    return None


def _connect(parent: QWidget | None, bases: InfoBaseList, base: InfoBase, password: str | None) -> Database | None:
    """Open the database; on failure explain (PLAT-7) and retry until the user goes back."""
    credentials = base.credentials(password)
    while True:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return open_database(base.address, credentials.user, credentials.password)
        except Exception as exc:  # noqa: BLE001 - every failure is explained in the dialog
            error = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = ConnectionErrorDialog(error, base.address, credentials, parent)
        if dialog.exec() != Accepted:
            return None
        if isinstance(error, WrongCredentials):
            credentials = _retyped(bases, base, dialog)


def _retyped(bases: InfoBaseList, base: InfoBase, dialog: ConnectionErrorDialog) -> Credentials:
    """Credentials typed in the error dialog: a changed user goes to the list, the password
    to the keyring when asked (and possible)."""
    credentials = dialog.credentials()
    if credentials.user and credentials.user != base.user:
        call(dialog, lambda: bases.edit(base.name, replace(base, user=credentials.user)))
    if dialog.save_password:
        replace(base, user=credentials.user).save_password(credentials.password)
    return credentials


def _first_run(parent: QWidget | None, db: Database) -> str | None:
    """The wizard on a database without users: the first administrator's login, "" when the
    database has users, None when the wizard was cancelled."""
    if not call(parent, lambda: needs_first_run(db)):
        return ""
    wizard = FirstRunWizard(db, parent)
    return wizard.entered().admin_login.strip() if wizard.exec() == Accepted else None


def _sign_in(parent: QWidget | None, bases: InfoBaseList, base: InfoBase, db: Database) -> StartupResult | None:
    admin = _first_run(parent, db)
    if admin is None:
        return None
    dialog = LoginDialog(db, infobase_name=base.name, last_login=admin or base.last_login,
                         take_seat=partial(take_seat, base), parent=parent)
    return _finish(parent, bases, base, dialog)


def _sign_in_server(parent: QWidget | None, bases: InfoBaseList, base: InfoBase,
                    password: str | None) -> StartupResult | None:
    """A server database: every user attaches as their own Firebird user at login. Only a
    workstation given the server administrator's password (info-base settings, keyring or
    ISC_PASSWORD) first opens it as that administrator, for the first-run wizard of a new
    database; the attachment closes before anybody logs in."""
    admin = ""
    credentials = base.credentials(password)
    if credentials.password:
        db = _connect(parent, bases, base, password)
        if db is None:
            return None
        try:
            admin = _first_run(parent, db)
        finally:
            db.dispose()
        if admin is None:
            return None
    dialog = LoginDialog(None, infobase_name=base.name, last_login=admin or base.last_login,
                         take_seat=partial(take_seat, base), parent=parent, server_address=base.address,
                         recent_logins=([admin] if admin else []) + base.logins)
    return _finish(parent, bases, base, dialog)


def _finish(parent: QWidget | None, bases: InfoBaseList, base: InfoBase, dialog: LoginDialog) -> StartupResult | None:
    if dialog.exec() != Accepted or dialog.session is None or dialog.licence is None:
        return None
    call(parent, lambda: bases.remember_login(base.name, dialog.session.user.login))
    return StartupResult(dialog.session, dialog.seat, dialog.licence, bases.find(base.name) or base,
                         dialog.workstation_id)

"""Авторизация (PLAT-5): pick the user from the list («ФИО (логин)») or type the login, enter
the password, «Вход». Failures are one sentence under the password field; after a successful
login the licence seat is taken (LIC-6) and a refusal (no free seats, TRA) keeps the user out.

On a server the workstation holds no account that could read the database before login (every
CRM user is a Firebird user and Firebird checks the password), so the list holds the logins that
signed in on this workstation and any other login may be typed; an embedded database is read
as before. A temporary password is changed right after login."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crm_desktop.domain.editions import demo_mode
from crm_desktop.licensing import LicenceStatus, LoginRefused, SeatSession
from crm_desktop.services import workstations
from crm_desktop.services.auth import LoginFailed, login, login_choices, login_to, must_change_password
from crm_desktop.services.session import Session
from crm_desktop.services.startup import Database
from crm_desktop.ui.forms.startup.login_dialog_ui import Ui_LoginDialog
from crm_desktop.ui.ops import call, show_error

TakeSeat = Callable[[str], tuple[SeatSession, LicenceStatus]]


def refusal_text(refused: LoginRefused) -> str:
    """The server's reason plus who holds the seats, so the user knows whom to ask."""
    lines = [refused.reason]
    if refused.holders:
        lines.append("Рабочие места заняты:")
        lines += [f"• {h.user} ({h.host})" + (f", с {h.since}" if h.since else "") for h in refused.holders]
    return "\n".join(lines)


@contextmanager
def _waiting() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class LoginDialog(QDialog):
    """After exec() == Accepted: `session`, and with `take_seat` also `seat` and `licence`."""

    def __init__(self, db: Database | None, *, infobase_name: str = "", last_login: str = "",
                 take_seat: TakeSeat | None = None, parent: QWidget | None = None,
                 server_address: str = "", recent_logins: Sequence[str] = ()) -> None:
        """`db` for an embedded database; a server database is given by `server_address` and
        attached as the user at login (`recent_logins` fill the list)."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._db, self._take_seat, self._address = db, take_seat, server_address
        self._pending: Session | None = None     # a server login's own attachment until accepted
        self.session: Session | None = None
        self.seat: SeatSession | None = None
        self.licence: LicenceStatus | None = None
        self.workstation_id: int | None = None
        self.ui.infobaseLabel.setText(self.tr("Информационная база: {0}").format(infobase_name))
        self.ui.infobaseLabel.setVisible(bool(infobase_name))
        if db is not None:
            for user_login, full_name in call(self, lambda: login_choices(db)) or []:
                self.ui.userCombo.addItem(f"{full_name} ({user_login})", user_login)
        else:
            for user_login in recent_logins or ([last_login] if last_login else []):
                self.ui.userCombo.addItem(user_login, user_login)
            self.ui.userCombo.setEditable(True)
            self.ui.userCombo.setToolTip(self.tr("Логин можно ввести: список хранит входы на этом компьютере"))
        last = self.ui.userCombo.findData(last_login) if last_login else -1
        self.ui.userCombo.setCurrentIndex(max(last, 0) if self.ui.userCombo.count() else -1)
        self.ui.errorLabel.hide()
        self.ui.loginButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.passwordEdit.textEdited.connect(lambda _text: self.ui.errorLabel.hide())
        self.ui.userCombo.currentTextChanged.connect(lambda _text: self.ui.errorLabel.hide())
        self.ui.passwordEdit.setFocus()

    def typed_login(self) -> str:
        """The login of the chosen line, or what was typed when it matches no line."""
        text = self.ui.userCombo.currentText().strip()
        index = self.ui.userCombo.findText(text, Qt.MatchFlag.MatchExactly)
        return self.ui.userCombo.itemData(index) if index >= 0 else text

    def _fail(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()

    def accept(self) -> None:
        user_login = self.typed_login()
        if not user_login:
            self._fail(self.tr("Выберите пользователя."))
            return
        try:
            self.session, self.seat, self.licence = self._sign_in(user_login)
        except LoginFailed as exc:
            self._fail(str(exc))
            return
        except (LoginRefused, workstations.WorkstationRefused) as exc:
            self._leave()
            text = refusal_text(exc) if isinstance(exc, LoginRefused) else str(exc)
            QMessageBox.warning(self, self.tr("Вход невозможен"), text)
            return
        except Exception as exc:  # noqa: BLE001 - a lost connection must reach the user
            self._leave()
            show_error(self, exc)
            return
        super().accept()

    def _leave(self) -> None:
        """A refused login leaves no trace: the user's own attachment (server) goes."""
        if self._db is not None:
            self._db.set_app_user(None)
        if self._pending is not None:
            self._pending.db.dispose()
            self._pending = None

    def _sign_in(self, user_login: str) -> tuple[Session, SeatSession | None, LicenceStatus | None]:
        password = self.ui.passwordEdit.text()
        with _waiting():
            session = (login(self._db, user_login, password) if self._db is not None
                       else login_to(self._address, user_login, password))
        self._pending = session if self._db is None else None
        if must_change_password(session) and not self._new_password(session):
            self._leave()
            raise LoginFailed(self.tr("Вход отменён: временный пароль нужно сменить."))
        with _waiting():
            seat, licence = self._take_seat(session.user.login) if self._take_seat else (None, None)
            session.edition = licence.edition_for_gates if licence else None
            try:
                self.workstation_id = workstations.enter(session, demo=demo_mode(licence))
            except Exception:
                if seat is not None:
                    seat.close()
                raise
        return session, seat, licence

    def _new_password(self, session: Session) -> bool:
        """The temporary password an administrator issued is replaced before work starts."""
        from crm_desktop.ui.startup.new_password_dialog import NewPasswordDialog
        return NewPasswordDialog(session, self).exec() == QDialog.DialogCode.Accepted

"""«Настройка — Параметры — Настройки почты» (GRP-2; manual 001 «Рассылка E-Mail с помощью
групповой обработки»): the user's own mailbox — SMTP server, port, security, address, display
name, login and password. The password goes to the OS keyring through the service and is never
shown back: an empty field keeps the stored one. «Проверить» connects and logs in with the values
as typed, off the GUI thread, and says the outcome under the button.

The parameters dialog holds the page: problem() before its OK, then save()."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services import mailing
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.main.mail_settings_page_ui import Ui_MailSettingsPage
from crm_desktop.ui.ops import Job, error_text, run_op


class MailSettingsPage(QWidget):
    title = "Настройки почты"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MailSettingsPage()
        self.ui.setupUi(self)
        self._session = session
        self.job: Job | None = None
        for key in mailing.SECURITY:
            self.ui.securityCombo.addItem(self.tr(mailing.SECURITY_NAMES[key]), key)
        self._stored = mailing.mailbox_settings(session)
        self._bind(self._stored)
        self._security = self._stored.security
        self.ui.securityCombo.currentIndexChanged.connect(self._security_changed)
        self.ui.loginEdit.textChanged.connect(self._login_changed)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.checkResultLabel.hide()
        self._login_changed()

    def _bind(self, s: mailing.MailboxSettings) -> None:
        self.ui.hostEdit.setText(s.host)
        self.ui.portSpin.setValue(s.port)
        self.ui.securityCombo.setCurrentIndex(max(0, self.ui.securityCombo.findData(s.security)))
        self.ui.addressEdit.setText(s.address)
        self.ui.displayNameEdit.setText(s.display_name)
        self.ui.loginEdit.setText(s.login)
        self.ui.passwordEdit.clear()

    def settings(self) -> mailing.MailboxSettings:
        """The mailbox as typed."""
        return mailing.MailboxSettings(
            host=self.ui.hostEdit.text().strip(), port=self.ui.portSpin.value(),
            security=self.ui.securityCombo.currentData() or "none", address=self.ui.addressEdit.text().strip(),
            display_name=self.ui.displayNameEdit.text().strip(), login=self.ui.loginEdit.text().strip())

    def _password(self) -> str | None:
        """The password typed; None keeps the stored one."""
        return self.ui.passwordEdit.text() or None

    def _security_changed(self) -> None:
        """The usual port of the new security, unless the user had typed another one."""
        security = self.ui.securityCombo.currentData()
        if self.ui.portSpin.value() == mailing.DEFAULT_PORTS.get(self._security):
            self.ui.portSpin.setValue(mailing.DEFAULT_PORTS[security])
        self._security = security

    def _login_changed(self) -> None:
        has_login = bool(self.ui.loginEdit.text().strip())
        self.ui.passwordEdit.setEnabled(has_login)
        kept = has_login and self._stored.login and not mailing.password_missing(self._stored, self._session.user.id)
        self.ui.passwordEdit.setPlaceholderText(
            self.tr("сохранён; оставьте пустым, чтобы не менять") if kept else "")

    # -- the parameters dialog's interface -------------------------------------------------
    def _untouched(self, settings: mailing.MailboxSettings) -> bool:
        """No mailbox before and none typed: nothing to check or store."""
        empty = not (settings.host or settings.address or settings.display_name or settings.login)
        return empty and self._stored == mailing.MailboxSettings() and not self._password()

    def problem(self) -> str:
        """"" when the page can be saved; else one Russian sentence."""
        settings = self.settings()
        if self._untouched(settings):
            return ""
        try:
            mailing.validate_settings(settings)
        except ValueError as exc:
            return str(exc)
        return ""

    def save(self) -> None:
        """Stores the mailbox when it changed or a password was typed (the dialog's OK, after
        problem() said nothing); ValueError from the service if it refuses."""
        settings, password = self.settings(), self._password()
        if self._untouched(settings) or (settings == self._stored and password is None):
            return
        kept = mailing.save_mailbox_settings(self._session, settings, password)
        self._stored = settings
        self.ui.passwordEdit.clear()
        self._login_changed()
        if not kept and settings.login:
            QMessageBox.information(self, self.tr("Настройки почты"), self.tr(
                "Пароль почтового ящика не сохранён: на этом компьютере нет хранилища паролей. "
                "Его нужно будет ввести при рассылке."))

    # -- «Проверить» -----------------------------------------------------------------------
    def check(self) -> None:
        if self.job is not None and not self.job.done:
            return
        settings = self.settings()
        password = self._password()
        user_id = self._session.user.id
        self.ui.checkButton.setEnabled(False)
        self._report(self.tr("Проверка: подключение к %1:%2…").replace("%1", settings.host)
                     .replace("%2", str(settings.port)))
        self.job = run_op(self, lambda: mailing.check_mailbox(settings, password, user_id=user_id),
                          lambda _: self._checked(""), lambda exc: self._checked(error_text(exc)))

    def _checked(self, failure: str) -> None:
        self.ui.checkButton.setEnabled(True)
        s = self.settings()
        self._report(failure or self.tr("Почтовый сервер %1:%2 доступен%3.").replace("%1", s.host)
                     .replace("%2", str(s.port)).replace("%3", self.tr(", вход выполнен") if s.login else ""))

    def _report(self, text: str) -> None:
        self.ui.checkResultLabel.setText(text)
        self.ui.checkResultLabel.show()

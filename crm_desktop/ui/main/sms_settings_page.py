"""«Настройка — Параметры — SMS» (GRP-3; manual 001 «Рассылка SMS сообщений с помощью групповой
обработки»: «Введите логин и пароль Вашего SMS-аккаунта»): the user's own SMS account — the
provider's address, login, password and sender name. The password goes to the OS keyring
through the service and is never shown back: an empty field keeps the stored one. «Проверить»
logs in with the values as typed and asks the balance, off the GUI thread, and says the
outcome under the button.

The parameters dialog holds the page: problem() before its OK, then save()."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services import sms
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.main.sms_settings_page_ui import Ui_SmsSettingsPage
from crm_desktop.ui.ops import Job, error_text, run_op


class SmsSettingsPage(QWidget):
    title = "SMS"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SmsSettingsPage()
        self.ui.setupUi(self)
        self._session = session
        self.job: Job | None = None
        self._stored = sms.sms_settings(session)
        self.ui.urlEdit.setText(self._stored.url)
        self.ui.loginEdit.setText(self._stored.login)
        self.ui.senderEdit.setText(self._stored.sender)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.checkResultLabel.hide()
        self._show_kept()

    def settings(self) -> sms.SmsSettings:
        """The account as typed."""
        return sms.SmsSettings(self.ui.urlEdit.text().strip(), self.ui.loginEdit.text().strip(),
                               self.ui.senderEdit.text().strip())

    def _password(self) -> str | None:
        """The password typed; None keeps the stored one."""
        return self.ui.passwordEdit.text() or None

    def _show_kept(self) -> None:
        kept = bool(self._stored.url) and sms.account_password(self._session, self._stored) is not None
        self.ui.passwordEdit.setPlaceholderText(self.tr("сохранён; оставьте пустым, чтобы не менять") if kept else "")

    # -- the parameters dialog's interface -------------------------------------------------
    def _untouched(self, settings: sms.SmsSettings) -> bool:
        """No account before and none typed: nothing to check or store."""
        return settings == sms.SmsSettings() == self._stored and not self._password()

    def problem(self) -> str:
        """"" when the page can be saved (every field emptied removes the account); else one
        Russian sentence."""
        settings = self.settings()
        return "" if settings == sms.SmsSettings() else sms.settings_problem(settings)

    def save(self) -> None:
        """Stores the account when it changed or a password was typed (the dialog's OK, after
        problem() said nothing); ValueError from the service if it refuses."""
        settings, password = self.settings(), self._password()
        if self._untouched(settings) or (settings == self._stored and password is None):
            return
        kept = sms.save_sms_settings(self._session, settings, password)
        self._stored = settings
        self.ui.passwordEdit.clear()
        self._show_kept()
        if not kept:
            QMessageBox.information(self, self.tr("SMS"), self.tr(
                "Пароль SMS-аккаунта не сохранён: на этом компьютере нет хранилища паролей. "
                "Он запомнен до выхода из программы."))

    # -- «Проверить» -----------------------------------------------------------------------
    def check(self) -> None:
        if self.job is not None and not self.job.done:
            return
        settings = self.settings()
        password = self._password()
        if password is None and settings.url == self._stored.url and settings.login == self._stored.login:
            password = sms.account_password(self._session, self._stored)
        if password is None:
            self._report(self.tr("Введите пароль SMS-аккаунта."))
            self.ui.passwordEdit.setFocus()
            return
        self.ui.checkButton.setEnabled(False)
        self._report(self.tr("Проверка: вход в SMS-аккаунт…"))
        self.job = run_op(self, lambda: sms.check_account(settings, password),
                          self._checked, lambda exc: self._checked(None, error_text(exc)))

    def _checked(self, balance: str | None, failure: str = "") -> None:
        self.ui.checkButton.setEnabled(True)
        if failure:
            self._report(failure)
        else:
            self._report(self.tr("Вход выполнен") + (self.tr(", баланс: %1.").replace("%1", balance)
                                                     if balance else "."))

    def _report(self, text: str) -> None:
        self.ui.checkResultLabel.setText(text)
        self.ui.checkResultLabel.show()

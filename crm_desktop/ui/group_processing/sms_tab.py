"""The «SMS» tab of group processing (GRP-3; manual 001 «Рассылка SMS сообщений с помощью
групповой обработки»): «Отправить SMS», «Текст сообщения» with the macros of mail ([ОБРАЩЕНИЕ]
[ИМЯ] …, from the number's contact person), a live counter «N символов, M SMS» (Cyrillic goes
70 characters to an SMS, Latin 160), the account the messages leave from («Настройка —
Параметры — SMS»), and its password where this computer keeps none.
The group processing window asks problem() before the run and runs job()'s function in its
worker (the channel interface of the window: notes channel_iface)."""
from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.mail_merge import MACROS, unknown_macros
from crm_desktop.domain.sms import UCS2, length, text_problem
from crm_desktop.services import sms
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.group_processing.sms_tab_ui import Ui_SmsTab
from crm_desktop.ui.group_processing.channel_tab import ChannelTab, Job, channel_job
from crm_desktop.ui.ops import error_text

SETTINGS_PLACE = "«Настройка — Параметры — SMS»"


class SmsTab(ChannelTab):
    title = "SMS"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SmsTab()
        self.ui.setupUi(self)
        self._session = session
        self._settings = sms.SmsSettings()
        self.setup_macros()
        self.ui.sendCheck.toggled.connect(self.ui.messageBox.setEnabled)
        self.ui.messageBox.setEnabled(False)
        self.ui.textEdit.textChanged.connect(self._text_changed)
        self.refresh_account()
        self._text_changed()

    # -- the channel interface -------------------------------------------------------------
    def problem(self) -> str:
        """What sms.send would refuse before sending anything, as one sentence; "" if none."""
        self.refresh_account()
        if not self._settings.url.strip():
            return self.tr("SMS-аккаунт не настроен: укажите его в %1.").replace("%1", SETTINGS_PLACE)
        problem = sms.settings_problem(self._settings) or text_problem(self.text())
        if problem:
            return problem
        if self._needs_password and not self.ui.passwordEdit.text():
            return self.tr("Введите пароль SMS-аккаунта: на этом компьютере он не сохранён.")
        try:
            return sms.event_type_problem(self._session)
        except Exception as exc:  # noqa: BLE001 - a database failure is the answer too
            return error_text(exc)

    def job(self) -> Job:
        """The SMS run as the widgets stand now, for the window's worker: it touches no widget."""
        session, text, password = self._session, self.text(), self.password()
        return channel_job(self.tr("Рассылка SMS:"),       # the account or the text may refuse before the first SMS
                           lambda ids, progress: sms.send(session, ids, text, progress=progress, password=password))

    # -- the message -----------------------------------------------------------------------
    def text(self) -> str:
        return self.ui.textEdit.toPlainText().strip()

    def insert_macro(self, name: str) -> None:
        self.ui.textEdit.insertPlainText(f"[{name}]")
        self.ui.textEdit.setFocus()

    def _text_changed(self) -> None:
        text = self.text()
        n = length(text)
        self.ui.counterLabel.setText(n.counter())
        self.ui.encodingLabel.setText(self.tr("кириллица: 70 символов в SMS, 67 в части длинного")
                                      if n.encoding == UCS2 else self.tr("латиница: 160 символов в SMS, 153 в части"))
        notes = []
        unknown = unknown_macros(text)
        if unknown:
            notes.append(self.tr("Неизвестные макросы останутся как есть: %1.").replace("%1", ", ".join(unknown)))
        elif any(f"[{m}]" in text.upper() for m in MACROS):
            notes.append(self.tr("Макросы заменяются данными получателя: у каждого своя длина сообщения."))
        if text and text_problem(text):
            notes.append(text_problem(text))
        self.ui.infoLabel.setText(" ".join(notes))
        self.ui.infoLabel.setVisible(bool(notes))

    # -- the account -----------------------------------------------------------------------
    def refresh_account(self) -> None:
        """The account line, read again (the user may have set it up meanwhile)."""
        self._settings = s = sms.sms_settings(self._session)
        if not s.url.strip():
            self.show_account(self.ui.accountLabel,
                              self.tr("SMS-аккаунт не настроен — %1.").replace("%1", SETTINGS_PLACE), False)
        else:
            host = urlsplit(s.url).hostname or s.url
            sender = self.tr(", отправитель «%1»").replace("%1", s.sender) if s.sender else ""
            self.show_account(self.ui.accountLabel, self.tr("SMS уйдут с аккаунта %1%2 через %3.")
                              .replace("%1", s.login).replace("%2", sender).replace("%3", host),
                              sms.account_password(self._session, s) is None)

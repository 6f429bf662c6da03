"""What the «E-Mail» and «SMS» tabs of group processing share (GRP-2, GRP-3): «Отправить …»
switching the tab on, the menu «Макрос» of mail merge, the account line read again whenever
the tab is shown, the password asked where this computer keeps none, and the job the group
processing window runs in its worker (the channel interface of the window: notes channel_iface)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from crm_desktop.domain.mail_merge import COMPANY, MACROS, NAME, PATRONYMIC, SALUTATION, SURNAME
from crm_desktop.ui.ops import error_text

Progress = Callable[[int, int, str], Any]
Job = Callable[[list[int], Progress], list[str]]

MACRO_HINTS = {
    SALUTATION: "обращение из карточки контактного лица («Уважаемый»)",
    NAME: "имя контактного лица",
    PATRONYMIC: "отчество контактного лица",
    SURNAME: "фамилия контактного лица",
    COMPANY: "название клиента",
}


def channel_job(heading: str, send: Callable[[list[int], Progress], Any]) -> Job:
    """The window's job of a channel: `send(client_ids, progress)` returns the run's result; its
    log under `heading`, or the one sentence why nothing was sent (ValueError before the first)."""
    def run(client_ids: list[int], progress: Progress) -> list[str]:
        try:
            result = send(client_ids, progress)
        except ValueError as exc:
            return [heading, error_text(exc)]
        return [heading, *result.log()]
    return run


class ChannelTab(QWidget):
    """The base of a channel's tab; its form has sendCheck, macroButton, passwordLabel and
    passwordEdit. A subclass reads its account in refresh_account() and says it with
    show_account()."""

    ui: Any
    _needs_password = False

    def setup_macros(self) -> None:
        menu = QMenu(self.ui.macroButton)
        for name in MACROS:
            action = menu.addAction(f"[{name}] — {self.tr(MACRO_HINTS.get(name, ''))}")
            action.triggered.connect(lambda _=False, n=name: self.insert_macro(n))
        self.ui.macroButton.setMenu(menu)

    def insert_macro(self, name: str) -> None:
        raise NotImplementedError

    def active(self) -> bool:
        return self.ui.sendCheck.isChecked()

    def password(self) -> str | None:
        """The password typed for the run where the computer keeps none; None: the kept one."""
        return self.ui.passwordEdit.text() if self._needs_password else None

    def show_account(self, label: QLabel, text: str, needs_password: bool) -> None:
        label.setText(text)
        self._needs_password = needs_password
        self.ui.passwordLabel.setVisible(needs_password)
        self.ui.passwordEdit.setVisible(needs_password)

    def refresh_account(self) -> None:
        """The account line, read again (the user may have set it up meanwhile)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_account()
        super().showEvent(event)

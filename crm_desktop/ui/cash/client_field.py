"""«Контрагент» of a cash order: a line where typing offers the clients the user may see (by
code or a part of the name); empty means "no counterparty" (cash from a person, a cash
withdrawal). The text is resolved to one client when the order is saved."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from crm_desktop.services.session import Session
from crm_desktop.services.tasks import find_clients


class ClientField(QObject):
    """`picked(name)` when a client is chosen from the list."""
    picked = Signal(str)

    def __init__(self, session: Session, edit: QLineEdit, client_id: int | None, name: str) -> None:
        super().__init__(edit)
        self._session, self._edit = session, edit
        self._chosen: tuple[str, int | None, str] = (name, client_id, name)     # (text shown, id, name)
        self._choices: dict[str, tuple[int, str]] = {}
        self._completer = QCompleter([], edit)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._picked)
        edit.setCompleter(self._completer)
        edit.setText(name)
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        try:
            found = find_clients(self._session, text)
        except Exception:  # noqa: BLE001 - an offer that failed is no offer; saving says why
            return
        self._choices = {f"{c.name} ({c.code})": (c.id, c.name) for c in found}
        self._completer.model().setStringList(list(self._choices))  # type: ignore[attr-defined]

    def _picked(self, text: str) -> None:
        if text in self._choices:
            client_id, name = self._choices[text]
            self._chosen = (text, client_id, name)
            self.picked.emit(name)

    def resolve(self) -> tuple[int | None, str]:
        """(client id, name) for the text in the field; ValueError names a text that matches no
        visible client, or several."""
        text = self._edit.text().strip()
        if not text:
            return None, ""
        if text == self._chosen[0]:
            return self._chosen[1], self._chosen[2]
        found = find_clients(self._session, text)
        exact = [c for c in found if f"{c.name} ({c.code})" == text or c.name == text or str(c.code) == text]
        if len(exact) == 1 or len(found) == 1:
            client = (exact or found)[0]
            self._chosen = (text, client.id, client.name)
            return client.id, client.name
        if not found:
            raise ValueError(f"Контрагент «{text}» не найден среди доступных вам клиентов.")
        raise ValueError(f"Под «{text}» подходят несколько клиентов: выберите одного из списка.")

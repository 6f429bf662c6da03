"""The client card windows, as the main window calls them (manual: "Карточка клиента":
Ins enters a new client, Enter or a double click opens one)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.services import clients
from crm_desktop.services.session import Session
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.changes import CLIENT, announce
from crm_desktop.ui.ops import call

__all__ = ["ClientDialog", "ask_kind", "card_dialog", "delete_client", "new_client", "open_client"]


def open_client(parent: QWidget | None, session: Session, client_id: int) -> None:
    """Open the card; what it saves is announced on the change bus."""
    card = call(parent, lambda: clients.load_card(session, client_id), "Карточка клиента")
    if card is not None:
        ClientDialog(session, card, parent).exec()


def card_dialog(parent: QWidget | None, session: Session, client_id: int) -> ClientDialog:
    """The card as a window that is not run modally (crm --open client:CODE --screenshot)."""
    return ClientDialog(session, clients.load_card(session, client_id), parent)


def ask_kind(parent: QWidget | None) -> ClientKind | None:
    box = QMessageBox(QMessageBox.Icon.Question, "Новый клиент", "Какого клиента ввести?",
                      QMessageBox.StandardButton.Cancel, parent)
    company = box.addButton("Предприятие", QMessageBox.ButtonRole.AcceptRole)
    person = box.addButton("Физическое лицо", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(company)
    box.exec()
    return {company: ClientKind.COMPANY, person: ClientKind.INDIVIDUAL}.get(box.clickedButton())


def new_client(parent: QWidget | None, session: Session, kind: ClientKind | None = None) -> int | None:
    """An empty card of the chosen kind; returns the new client's id once saved."""
    kind = kind or ask_kind(parent)
    if kind is None:
        return None
    card = call(parent, lambda: clients.new_card(session, kind), "Новый клиент")
    if card is None:
        return None
    dialog = ClientDialog(session, card, parent)
    return dialog.client_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def delete_client(parent: QWidget | None, session: Session, client_id: int) -> None:
    """Ask, then delete the client with its whole history."""
    name = call(parent, lambda: clients.client_title(session, client_id), "Удаление клиента")
    if name is None:
        return
    answer = QMessageBox.question(parent, "Удаление клиента", f"Удалить клиента «{name}» со всей историей?",
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes and \
            call(parent, lambda: clients.delete_client(session, client_id) or True, "Удаление клиента"):
        announce(CLIENT, [client_id])

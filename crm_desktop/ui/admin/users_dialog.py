"""«Администрирование – Пользователи»: the list of users; Ins adds, Enter opens the card,
Del deletes (a user with clients, events or tasks is dismissed instead) (ADM-1)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.domain.access import ROLE_TITLES, Role
from crm_desktop.services import users_admin
from crm_desktop.services.session import Session
from crm_desktop.services.users_admin import UserCard, UserInUse
from crm_desktop.ui.admin import prompts
from crm_desktop.ui.admin.user_card_dialog import UserCardDialog
from crm_desktop.ui.forms.admin.users_ui import Ui_UsersDialog
from crm_desktop.ui.ops import call, show_error

COLUMNS = ["Логин", "ФИО", "Роль", "Подразделение", "Должность", "Состояние"]


def state_text(disabled: bool, dismissed: bool) -> str:
    return ", ".join(t for t, on in (("уволен", dismissed), ("отключён", disabled)) if on) or "работает"


class UsersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self._session = session
        self._rows = []
        table = self.ui.usersTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _: self.open_current())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.openButton.clicked.connect(self.open_current)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.showDismissedCheck.toggled.connect(lambda _: self._fill())
        for key, slot in ((Qt.Key.Key_Insert, self.add), (Qt.Key.Key_Return, self.open_current),
                          (Qt.Key.Key_Enter, self.open_current), (Qt.Key.Key_Delete, self.delete_current)):
            QShortcut(QKeySequence(key), table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._rows = call(self, lambda: users_admin.list_users(self._session)) or []
        self._fill(select_id)

    def _fill(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else self.current_id()
        rows = [r for r in self._rows if self.ui.showDismissedCheck.isChecked() or not r.is_dismissed]
        table = self.ui.usersTable
        table.setRowCount(len(rows))
        grey = QBrush(QColor("#888888"))
        for i, r in enumerate(rows):
            values = [r.login, r.full_name, ROLE_TITLES[Role(r.role)], r.department, r.position,
                      state_text(r.is_disabled, r.is_dismissed)]
            for j, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, r.id)
                if r.is_disabled or r.is_dismissed:
                    cell.setForeground(grey)
                table.setItem(i, j, cell)
            if r.id == select_id:
                table.selectRow(i)
        if table.currentRow() < 0 and rows:
            table.selectRow(0)
        self.ui.countLabel.setText(f"Пользователей: {len(rows)}")

    def current_id(self) -> int | None:
        item = self.ui.usersTable.item(self.ui.usersTable.currentRow(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _edit(self, card: UserCard) -> None:
        catalog = call(self, lambda: users_admin.rights_catalog(self._session))
        if catalog is None:
            return
        dialog = UserCardDialog(self._session, card, catalog, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(dialog.saved.id)

    def add(self) -> None:
        self._edit(UserCard())

    def open_current(self) -> None:
        user_id = self.current_id()
        if user_id is None:
            return
        card = call(self, lambda: users_admin.load(self._session, user_id))
        if card is not None:
            self._edit(card)

    def delete_current(self) -> None:
        user_id = self.current_id()
        row = next((r for r in self._rows if r.id == user_id), None)
        if row is None or not prompts.confirm(self, "Удаление пользователя",
                                              f"Удалить пользователя «{row.full_name}» ({row.login})?"):
            return
        try:
            users_admin.delete(self._session, user_id)
        except UserInUse as exc:
            if prompts.confirm(self, "Удаление невозможно", f"{exc}\n\nОтметить пользователя как уволенного?"):
                call(self, lambda: users_admin.dismiss(self._session, user_id))
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user
            show_error(self, exc, "Удаление невозможно")
        self.reload()

"""A list with "Добавить (Ins) / Открыть (Enter) / Удалить (Del)", by buttons, keys and the
context menu, used for the records of a card tab (contact persons, bank accounts, mailing
addresses) and for the card's journals."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QTableWidgetItem, QWidget

from crm_desktop.ui.forms.card.journal_ui import Ui_Journal
from crm_desktop.ui.widgets.windows import menu_at_row


def confirm_delete(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.tr("Удаление"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class Journal(QWidget):
    """Rows of text in columns; the owner reacts to add/open/remove of the current row."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None,
                 on_add: Callable[[], None] | None = None, on_open: Callable[[int], None] | None = None,
                 on_delete: Callable[[int], None] | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_Journal()
        self.ui.setupUi(self)
        table = self.ui.table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.noteLabel.setText(note)
        self.ui.noteLabel.setVisible(bool(note))
        self._actions = {"add": on_add, "open": on_open, "delete": on_delete}
        for name, button in (("add", self.ui.addButton), ("open", self.ui.openButton),
                             ("delete", self.ui.deleteButton)):
            button.setVisible(self._actions[name] is not None)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.openButton.clicked.connect(self.open_current)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        table.doubleClicked.connect(lambda _: self.open_current())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)
        for key, slot in ((Qt.Key.Key_Insert, self.add), (Qt.Key.Key_Return, self.open_current),
                          (Qt.Key.Key_Enter, self.open_current), (Qt.Key.Key_Delete, self.delete_current)):
            QShortcut(QKeySequence(key), table, slot, context=Qt.ShortcutContext.WidgetShortcut)

    def set_rows(self, rows: Sequence[Sequence[str]], greyed: Sequence[bool] = ()) -> None:
        table = self.ui.table
        keep = table.currentRow()
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if r < len(greyed) and greyed[r]:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        if rows:
            table.selectRow(min(max(keep, 0), len(rows) - 1))

    def set_editable(self, editable: bool) -> None:
        self.ui.addButton.setEnabled(editable)
        self.ui.deleteButton.setEnabled(editable)

    def current_row(self) -> int:
        return self.ui.table.currentRow()

    def menu(self) -> QMenu:
        """The commands the buttons offer, with their keys; unavailable ones greyed."""
        menu = QMenu(self)
        row = self.current_row()
        for name, text, slot, enabled in (
                ("add", self.tr("Добавить\tIns"), self.add, self.ui.addButton.isEnabled()),
                ("open", self.tr("Открыть\tEnter"), self.open_current, self.ui.openButton.isEnabled() and row >= 0),
                ("delete", self.tr("Удалить\tDel"), self.delete_current, self.ui.deleteButton.isEnabled() and row >= 0)):
            if self._actions[name] is not None:
                menu.addAction(text, slot).setEnabled(enabled)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        menu_at_row(self.ui.table, self.menu(), pos)

    def add(self) -> None:
        if self._actions["add"] and self.ui.addButton.isEnabled():
            self._actions["add"]()

    def open_current(self) -> None:
        row = self.current_row()
        if self._actions["open"] and row >= 0:
            self._actions["open"](row)

    def delete_current(self) -> None:
        row = self.current_row()
        if self._actions["delete"] and row >= 0 and self.ui.deleteButton.isEnabled():
            self._actions["delete"](row)

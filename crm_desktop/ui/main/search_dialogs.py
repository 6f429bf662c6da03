"""Ctrl+F incremental search and Shift+F extended search of the register (REG-5). Each moves
out of the way of the row it found, given where that row is (`row_area`)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services.register import Register, extended_search
from crm_desktop.ui.forms.main.extended_search_dialog_ui import Ui_ExtendedSearchDialog
from crm_desktop.ui.forms.main.find_dialog_ui import Ui_FindDialog
from crm_desktop.ui.ops import call
from crm_desktop.ui.widgets.placement import keep_clear_of

MoveTo = Callable[[int | None, int], None]   # (row, client id): put the register's cursor there
                                            # (row None: not known yet, the view is being measured)
RowArea = Callable[[], QRect]           # where the register's current row is on the screen


class FindDialog(QDialog):
    """"Найти запись": the register's cursor follows the best match while the user types;
    Enter or Esc closes and leaves the cursor on the client found."""

    def __init__(self, register: Register, move_to: MoveTo, parent: QWidget | None = None,
                 row_area: RowArea | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindDialog()
        self.ui.setupUi(self)
        self._register, self._move_to, self._row_area = register, move_to, row_area
        self.found: int | None = None
        # coalesce fast typing into one query per pause, so each keystroke stays cheap
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.search_now)
        self.ui.textEdit.textChanged.connect(lambda _: self._timer.start())
        self.ui.textEdit.returnPressed.connect(self.accept)

    def done(self, result: int) -> None:
        """Enter typed before the pause still lands on the client it asks for, and no search
        runs after the dialog is gone (its register may be closed by then)."""
        if self._timer.isActive():
            self._timer.stop()
            if result == QDialog.DialogCode.Accepted:
                self.search_now()
        super().done(result)

    def search_now(self) -> None:
        self._timer.stop()              # a search run now answers the keystrokes waiting for one
        text = self.ui.textEdit.text().strip()
        if not text:
            self.ui.statusLabel.clear()
            return
        match = call(self, lambda: self._register.name_search(text))
        if match is None:
            self.ui.statusLabel.setText(self.tr("Клиентов нет"))
            return
        client_id, row = match
        self.found = client_id
        self._move_to(row, client_id)
        if self._row_area is not None:
            keep_clear_of(self, self._row_area())
        self.ui.statusLabel.setText("" if row is None else self.tr("Строка %1").replace("%1", str(row + 1)))


class ExtendedSearchDialog(QDialog):
    """"Расширенный поиск" by a fragment of the name or of a phone, "Далее >>" for the next."""

    def __init__(self, register: Register, move_to: MoveTo, parent: QWidget | None = None,
                 row_area: RowArea | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExtendedSearchDialog()
        self.ui.setupUi(self)
        self._register, self._move_to, self._row_area = register, move_to, row_area
        self._last: int | None = None
        self.ui.startButton.clicked.connect(lambda: self._search(None))
        self.ui.nextButton.clicked.connect(lambda: self._search(self._last))
        self.ui.closeButton.clicked.connect(self.accept)
        for edit in (self.ui.nameEdit, self.ui.phoneEdit):
            edit.textChanged.connect(self._criteria_changed)
        self.setWindowModality(Qt.WindowModality.NonModal)

    def _criteria_changed(self) -> None:
        self._last = None
        self.ui.nextButton.setEnabled(False)

    def _search(self, after: int | None) -> None:
        name, phone = self.ui.nameEdit.text(), self.ui.phoneEdit.text()
        found = call(self, lambda: extended_search(self._register, name, phone, after))
        if found is None:
            if after is None or self._last is not None:
                self.ui.resultLabel.setText(self.tr("Больше совпадений нет.") if after else self.tr("Ничего не найдено."))
            self.ui.nextButton.setEnabled(False)
            return
        client_id, title, row = found
        self._last = client_id
        self._move_to(row, client_id)
        if self._row_area is not None:
            keep_clear_of(self, self._row_area())
        self.ui.resultLabel.setText(self.tr("Найден: %1").replace("%1", title))
        self.ui.nextButton.setEnabled(True)

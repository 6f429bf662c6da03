"""Values of one linear dictionary: add (Ins), rename (F2), hide/show, move up/down (manual:
"Справочники"; DIC-1). Values are never deleted: clients and history refer to them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from crm_desktop.services import dictionaries
from crm_desktop.services.dictionaries import Item
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import prompts
from crm_desktop.ui.forms.admin.values_editor_ui import Ui_ValuesEditor
from crm_desktop.ui.ops import call

# these dictionaries are sorted by name and have no "hidden" flag (the address classifier)
ALPHABETICAL = {"regions", "settlements"}
HIDDEN_MARK = " (скрыто)"


class ValuesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ValuesEditor()
        self.ui.setupUi(self)
        self._session: Session | None = None
        self._name: str | None = None
        self._region_id: int | None = None
        self._all: list[Item] = []
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.hideButton.clicked.connect(self.toggle_hidden)
        self.ui.upButton.clicked.connect(lambda: self.move(-1))
        self.ui.downButton.clicked.connect(lambda: self.move(1))
        self.ui.showHiddenCheck.toggled.connect(lambda _: self._fill())
        self.ui.valuesList.currentItemChanged.connect(lambda *_: self._update_buttons())
        for keys, slot in ((Qt.Key.Key_Insert, self.add), (Qt.Key.Key_F2, self.rename),
                           (QKeySequence("Ctrl+Up"), lambda: self.move(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move(1))):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def bind(self, session: Session, name: str | None, region_id: int | None = None) -> None:
        """Show dictionary `name` (None: nothing); settlements need their region."""
        self._session, self._name, self._region_id = session, name, region_id
        fixed = name in ALPHABETICAL
        for widget in (self.ui.hideButton, self.ui.upButton, self.ui.downButton, self.ui.showHiddenCheck):
            widget.setVisible(not fixed)
        self.ui.valuesList.clear()          # another dictionary: nothing to keep selected
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._all = []
        if self._name is not None and (self._name != "settlements" or self._region_id is not None):
            self._all = call(self, lambda: dictionaries.items(self._session, self._name, True, self._region_id)) or []
        self._fill(select_id)

    def _fill(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        lst = self.ui.valuesList
        lst.clear()
        grey = QBrush(QColor("#888888"))
        for item in self._all:
            if not item.is_active and not self.ui.showHiddenCheck.isChecked():
                continue
            row = QListWidgetItem(item.name + ("" if item.is_active else HIDDEN_MARK))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            if not item.is_active:
                row.setForeground(grey)
            lst.addItem(row)
            if item.id == current:
                lst.setCurrentItem(row)
        if lst.currentRow() < 0 and lst.count():
            lst.setCurrentRow(0)
        self._update_buttons()

    def current_id(self) -> int | None:
        row = self.ui.valuesList.currentItem()
        return None if row is None else row.data(Qt.ItemDataRole.UserRole)

    def _current(self) -> Item | None:
        return next((i for i in self._all if i.id == self.current_id()), None)

    def visible_names(self) -> list[str]:
        return [self.ui.valuesList.item(i).text() for i in range(self.ui.valuesList.count())]

    def _update_buttons(self) -> None:
        bound = self._name is not None and (self._name != "settlements" or self._region_id is not None)
        item = self._current() if bound else None
        self.ui.addButton.setEnabled(bound)
        for widget in (self.ui.renameButton, self.ui.hideButton, self.ui.upButton, self.ui.downButton):
            widget.setEnabled(item is not None)
        self.ui.hideButton.setText("Показать" if item is not None and not item.is_active else "Скрыть")

    def add(self) -> None:
        if not self.ui.addButton.isEnabled():
            return
        text = prompts.ask_text(self, "Новое значение", "Название:")
        if text is None:
            return
        added = call(self, lambda: dictionaries.add(self._session, self._name, text, self._region_id))
        if added is not None:
            self.reload(added.id)

    def rename(self) -> None:
        item = self._current()
        if item is None:
            return
        text = prompts.ask_text(self, "Переименование", "Новое название:", item.name)
        if text is None or text == item.name:
            return
        if call(self, lambda: dictionaries.rename(self._session, self._name, item.id, text)) is not False:
            self.reload(item.id)

    def toggle_hidden(self) -> None:
        item = self._current()
        if item is None or self._name in ALPHABETICAL:
            return
        call(self, lambda: dictionaries.set_active(self._session, self._name, item.id, not item.is_active))
        self.reload(item.id)

    def move(self, step: int) -> None:
        """Move the current value past its visible neighbour; hidden values keep their places."""
        item = self._current()
        if item is None or self._name in ALPHABETICAL:
            return
        visible = [self.ui.valuesList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ui.valuesList.count())]
        at = visible.index(item.id)
        if not 0 <= at + step < len(visible):
            return
        ids = [i.id for i in self._all]
        neighbour = ids.index(visible[at + step])
        ids.remove(item.id)
        ids.insert(neighbour, item.id)
        call(self, lambda: dictionaries.reorder(self._session, self._name, ids))
        self.reload(item.id)

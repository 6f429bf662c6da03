"""Choosing values of a dictionary in any form. Whoever may edit dictionaries (the administrator,
or a user with Permission.EDIT_DICTIONARIES) edits one "on the fly" from the field itself
(manual: "Карточка пользователя", note on editing dictionaries; DIC-1): the "…" button or the
context menu item "Редактировать справочник"."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QListWidget,
                               QListWidgetItem, QToolButton, QWidget)

from crm_desktop.domain.permissions import Permission
from crm_desktop.services import dictionaries
from crm_desktop.services.dictionaries import Item
from crm_desktop.services.session import Session
from crm_desktop.ui.ops import call

EDIT_ACTION = "Редактировать справочник"
TITLES = {"regions": "Регионы", "settlements": "Населённые пункты", "directions": "Направления",
          "event_types": "Типы событий", "sales_stages": "Этапы лестницы продаж"}


def _load(parent: QWidget, session: Session, name: str, region_id: int | None) -> list[Item]:
    if name == "settlements" and region_id is None:
        return []
    return call(parent, lambda: dictionaries.items(session, name, True, region_id)) or []


class DictionaryCombo(QWidget):
    """One value of a dictionary: an empty choice first, type-ahead by any part of the name.
    Hidden values are offered only when the record already has them. ``items`` replaces the
    dictionary with a fixed list (e.g. the contact persons of the open card)."""

    changed = Signal()

    def __init__(self, session: Session, dictionary_name: str, parent: QWidget | None = None,
                 items: Sequence[Item] | None = None, region_id: int | None = None) -> None:
        super().__init__(parent)
        self._session, self._name, self._region_id = session, dictionary_name, region_id
        self._fixed = items is not None
        self._items: list[Item] = list(items or ())
        self._value: int | None = None
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.edit_button = QToolButton(self)
        self.edit_button.setText("…")
        self.edit_button.setToolTip(self.tr(EDIT_ACTION))
        self.edit_button.clicked.connect(self.edit_dictionary)
        self.edit_button.setVisible(self.can_edit_dictionary())
        self.combo.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.combo.customContextMenuRequested.connect(self._menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.edit_button)
        self.setFocusProxy(self.combo)
        self.reload()

    # -- values -------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self._fixed:
            self._items = _load(self, self._session, self._name, self._region_id)
        self._fill()

    def _fill(self) -> None:
        value = self._value
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("", None)
        for item in self._items:
            if item.is_active or item.id == value:
                self.combo.addItem(item.name, item.id)
        self.combo.blockSignals(False)
        self.set_value(value)

    def item_names(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(1, self.combo.count())]

    def value(self) -> int | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.currentIndex()
        if index > 0 and self.combo.itemText(index) == text:
            return self.combo.itemData(index)
        found = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.combo.itemData(found) if found > 0 else None

    def text(self) -> str:
        return self.combo.currentText()

    def set_value(self, item_id: int | None) -> None:
        self._value = item_id
        index = self.combo.findData(item_id) if item_id is not None else 0
        if index < 0 and any(i.id == item_id for i in self._items):
            self._fill()            # a hidden value the record still has
            return
        self.combo.setCurrentIndex(max(index, 0))
        if item_id is not None and index < 0:
            self.combo.setEditText("")

    def set_region(self, region_id: int | None) -> None:
        """Settlements are listed within the chosen region."""
        if region_id != self._region_id:
            self._region_id = region_id
            self._value = self.value()
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)
        self.edit_button.setVisible(self.can_edit_dictionary() and not read_only)

    # -- editing "on the fly" ---------------------------------------------------------------
    def can_edit_dictionary(self) -> bool:
        return (not self._fixed and self._session.can(Permission.EDIT_DICTIONARIES)
                and dictionaries.is_editable(self._name))

    def _menu(self, pos) -> None:
        menu = self.combo.lineEdit().createStandardContextMenu()
        if self.can_edit_dictionary() and self.combo.isEnabled():
            menu.addSeparator()
            menu.addAction(self.tr(EDIT_ACTION), self.edit_dictionary)
        menu.exec(self.combo.mapToGlobal(pos))

    def editor_dialog(self) -> QWidget:
        """The dictionary's own editor (the same one as in "Справочники")."""
        from crm_desktop.ui.admin.single_dictionary_dialog import SingleDictionaryDialog
        dialog = SingleDictionaryDialog(self._session, self._name, TITLES.get(self._name, self.tr("Справочник")),
                                        self)
        if self._region_id is not None:
            dialog.editor.bind(self._session, self._name, self._region_id)
        return dialog

    def edit_dictionary(self) -> None:
        """Open the editor; afterwards the list is refreshed and a value added there is chosen."""
        if not self.can_edit_dictionary():
            return
        before = {i.id for i in self._items}
        self._value = self.value()
        dialog = self.editor_dialog()
        dialog.exec()
        chosen = dialog.editor.current_id()
        self.reload()
        if chosen is not None and chosen not in before:
            self.set_value(chosen)


class DictionaryListPicker(QListWidget):
    """Several values of a dictionary as a list of check boxes (DICTIONARY_SET fields such as
    directions and the users allowed to work with a client)."""

    changed = Signal()

    def __init__(self, session: Session, dictionary_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._name = session, dictionary_name
        self._items = _load(self, session, dictionary_name, None)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMaximumHeight(110)
        self.itemChanged.connect(lambda _: self.changed.emit())
        self.set_value(set())

    def set_value(self, ids: Iterable[int] | None) -> None:
        chosen = set(ids or ())
        self.blockSignals(True)
        self.clear()
        for item in self._items:
            if not item.is_active and item.id not in chosen:
                continue
            row = QListWidgetItem(item.name)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in chosen else Qt.CheckState.Unchecked)
            self.addItem(row)
        self.blockSignals(False)

    def value(self) -> set[int]:
        return {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() is Qt.CheckState.Checked}

    def check(self, name: str, on: bool = True) -> None:
        """Tick a value by its name (keyboard users and tests)."""
        for i in range(self.count()):
            if self.item(i).text() == name:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_read_only(self, read_only: bool) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.NoItemFlags if read_only else Qt.ItemFlag.ItemIsUserCheckable)
        for i in range(self.count()):
            self.item(i).setFlags(flags)

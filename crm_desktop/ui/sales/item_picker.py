"""The nomenclature browser (SAL-1): the group tree, read a level at a time as nodes open, and
the items of the chosen group in windows fetched as the user scrolls, so a nomenclature of
100,000 items opens at once. The dictionary window and the item chooser of documents share it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHeaderView, QLineEdit, QSplitter, QTableView, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from crm_desktop.domain.money import format_money
from crm_desktop.domain.vat import KIND_LABELS
from crm_desktop.services import nomenclature
from crm_desktop.services.nomenclature import Item
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.sales.item_picker_ui import Ui_ItemPicker
from crm_desktop.ui.keys import ENTER

Index = QModelIndex | QPersistentModelIndex
GroupIdRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2
GroupRole = Qt.ItemDataRole.UserRole + 3       # the Group as read (rename needs its version)
LoadedRole = Qt.ItemDataRole.UserRole + 4      # the node's children are read
SEARCH_DELAY_MS = 250        # one query per pause in typing, not per key


def group_choices(session: Session) -> list[tuple[int, str]]:
    """Every group with its path ("Бумага / Офисная") in price-list order, for the combos of the
    item card and of special offers; read level by level, as groups are a few hundred at most."""
    choices: list[tuple[int, str]] = []

    def walk(parent_id: int | None, prefix: str) -> None:
        for group in nomenclature.child_groups(session, parent_id):
            choices.append((group.id, prefix + group.name))
            if group.has_children:
                walk(group.id, f"{prefix}{group.name} / ")
    walk(None, "")
    return choices


class ItemsModel(QAbstractTableModel):
    """Items of one group (or of all) matching a search, by name; each window is read after
    the (name, id) of the last row held, never by offset."""

    HEADERS = ("Наименование", "Код", "Артикул", "Ед. изм.", "Цена", "НДС", "Скидка")

    def __init__(self, session: Session, window: int = nomenclature.PAGE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._window = session, window
        self._rows: list[Item] = []
        self._group_id: int | None = None
        self._text = ""
        self._more = False

    def set_query(self, group_id: int | None, text: str) -> None:
        self._group_id, self._text = group_id, text
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = nomenclature.items(self._session, self._group_id, None, self._window, self._text)
        self._more = len(self._rows) == self._window
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or not self._rows:
            return
        last = self._rows[-1]
        rows = nomenclature.items(self._session, self._group_id, (last.values["name"], last.id), self._window,
                                  self._text)
        self._more = len(rows) == self._window
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def item_at(self, row: int) -> Item | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == ItemIdRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return self._display(item, column)          # a long name is cut in the column
            if column == 6 and item.values.get("no_discount"):
                return self.tr("Скидки и спецпредложения на эту позицию не действуют")
        return None

    def _display(self, item: Item, column: int) -> str:
        v = item.values
        if column == 0:
            return v["name"] + (self.tr(" (услуга)") if v.get("is_service") else "")
        if column == 4:
            return format_money(v["sale_price"])
        if column == 5:
            return self.tr(KIND_LABELS.get(v["vat_kind"], v["vat_kind"]))
        if column == 6:
            return self.tr("запрещена") if v.get("no_discount") else ""     # under the header «Скидка»
        return {1: v.get("code"), 2: v.get("article"), 3: item.unit_name}[column] or ""


class NomenclatureBrowser(QWidget):
    """Group tree on the left, the search line and the items on the right. Enter or a double
    click on an item emits `item_activated`; the owner decides whether that opens or chooses."""

    item_activated = Signal(int)
    group_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, window: int = nomenclature.PAGE) -> None:
        super().__init__(parent)
        self._session = session
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Поиск: начало наименования, код или артикул"))
        self.search.setClearButtonEnabled(True)
        self.model = ItemsModel(session, window, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 80), (3, 60), (4, 90), (5, 105), (6, 80)):
            self.table.setColumnWidth(column, width)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.table)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 810])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.tree.itemExpanded.connect(self._load_children)
        self.tree.currentItemChanged.connect(lambda *_: self._group_chosen())
        self.table.doubleClicked.connect(lambda _index: self.activate())
        self.activate_action = QAction(self.tr("Открыть"), self)
        self.activate_action.setShortcuts(list(ENTER))
        self.activate_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.activate_action.triggered.connect(self.activate)
        self.table.addAction(self.activate_action)
        self.search.addAction(self.activate_action)
        down = QAction(self)
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self.table.setFocus)
        self.search.addAction(down)
        self.reload_groups()

    # -- groups --------------------------------------------------------------------------------
    def reload_groups(self, select: int | None = None) -> None:
        """Read the top level again (after a group was added, renamed or deleted); the tree
        opens down to `select` when given, else keeps the group chosen where it still exists."""
        keep = select if select is not None else self.current_group_id()
        path = list(reversed(nomenclature.group_path(nomenclature.group_parents(self._session), keep)))
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("Все группы")])
        root.setData(0, GroupIdRole, None)
        self.tree.addTopLevelItem(root)
        self._fill(root, None)
        root.setExpanded(True)
        current = root
        for group_id in path:
            child = self._child(current, group_id)
            if child is None:
                break
            current = child
            if group_id != path[-1]:
                current.setExpanded(True)
        self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        self._group_chosen()

    def _fill(self, node: QTreeWidgetItem, parent_id: int | None) -> None:
        for group in nomenclature.child_groups(self._session, parent_id):
            child = QTreeWidgetItem([group.name])
            child.setData(0, GroupIdRole, group.id)
            child.setData(0, GroupRole, group)
            child.setToolTip(0, group.name)
            if group.has_children:
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            node.addChild(child)
        node.setData(0, LoadedRole, True)

    def _load_children(self, node: QTreeWidgetItem) -> None:
        if not node.data(0, LoadedRole):
            self._fill(node, node.data(0, GroupIdRole))
        if node.childCount() == 0:
            node.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def _child(self, node: QTreeWidgetItem, group_id: int) -> QTreeWidgetItem | None:
        self._load_children(node)
        return next((node.child(i) for i in range(node.childCount()) if node.child(i).data(0, GroupIdRole) == group_id),
                    None)

    def current_group_id(self) -> int | None:
        node = self.tree.currentItem()
        return None if node is None else node.data(0, GroupIdRole)

    def current_group(self) -> nomenclature.Group | None:
        """The group chosen in the tree; None for «Все группы»."""
        node = self.tree.currentItem()
        return None if node is None else node.data(0, GroupRole)

    def _group_chosen(self) -> None:
        self.model.set_query(self.current_group_id(), self.search.text())
        self.select_row(0)
        self.group_changed.emit()

    # -- items ---------------------------------------------------------------------------------
    def apply_search(self) -> None:
        """Read the items for the search line now (also what Enter does before choosing)."""
        self._search_timer.stop()
        self.model.set_query(self.current_group_id(), self.search.text())
        self.select_row(0)

    def reload_items(self, select: int | None = None) -> None:
        self.model.reload()
        row = self.model.row_of(select) if select is not None else None
        self.select_row(row if row is not None else 0)

    def select_row(self, row: int) -> None:
        if self.model.rowCount():
            index = self.model.index(min(row, self.model.rowCount() - 1), 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def current_item_id(self) -> int | None:
        item = self.model.item_at(self.table.currentIndex().row())
        return None if item is None else item.id

    def current_item(self) -> Item | None:
        return self.model.item_at(self.table.currentIndex().row())

    def activate(self) -> None:
        if self._search_timer.isActive():
            self.apply_search()
        item_id = self.current_item_id()
        if item_id is not None:
            self.item_activated.emit(item_id)


class ItemPicker(QDialog):
    """The modal chooser of a nomenclature item for documents: Enter or a double click
    chooses, Esc cancels."""

    def __init__(self, session: Session, parent: QWidget | None = None, window: int = nomenclature.PAGE) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemPicker()
        self.ui.setupUi(self)
        self._chosen: int | None = None
        self.browser = NomenclatureBrowser(session, self, window)
        self.ui.browserLayout.addWidget(self.browser)
        self.ui.chooseButton.clicked.connect(self.browser.activate)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.browser.item_activated.connect(self._choose)
        self.browser.search.setFocus()

    def _choose(self, item_id: int) -> None:
        self._chosen = item_id
        self.accept()

    def chosen_id(self) -> int | None:
        return self._chosen if self.result() == QDialog.DialogCode.Accepted else None


def pick_item(parent: QWidget, session: Session) -> int | None:
    """The id of the item the user chose, None when cancelled."""
    picker = ItemPicker(session, parent)
    picker.exec()
    return picker.chosen_id()

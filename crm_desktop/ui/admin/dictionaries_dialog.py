"""«Справочники»: every editable dictionary on the left, its values on the right (DIC-1)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services import classifiers, dictionaries
from crm_desktop.services.session import Session
from crm_desktop.ui.admin.values_editor import ValuesEditor
from crm_desktop.ui.forms.admin.dictionaries_ui import Ui_DictionariesDialog
from crm_desktop.ui.ops import call


def host(container: QWidget, widget: QWidget) -> QWidget:
    """Put a widget built in code into an empty container of a .ui form."""
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return widget


class DictionariesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DictionariesDialog()
        self.ui.setupUi(self)
        self._session = session
        self.editor = host(self.ui.editorHost, ValuesEditor())
        self.ui.splitter.setSizes([300, 560])
        font = self.ui.titleLabel.font()
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.dictionaryTree.currentItemChanged.connect(lambda *_: self._show())
        self.ui.regionCombo.currentIndexChanged.connect(lambda _: self._show())
        self._fill_tree()
        self._show()

    def _fill_tree(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in call(self, lambda: classifiers.dictionary_catalog(self._session)) or []:
            if entry.group not in groups:
                groups[entry.group] = QTreeWidgetItem(self.ui.dictionaryTree, [entry.group])
                groups[entry.group].setFlags(Qt.ItemFlag.ItemIsEnabled)
            leaf = QTreeWidgetItem(groups[entry.group], [entry.title])
            leaf.setData(0, Qt.ItemDataRole.UserRole, entry.name)
        self.ui.dictionaryTree.expandAll()

    def select(self, name: str) -> None:
        """Make dictionary `name` current (also for callers opening one dictionary directly)."""
        tree = self.ui.dictionaryTree
        for g in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(g)
            for i in range(group.childCount()):
                if group.child(i).data(0, Qt.ItemDataRole.UserRole) == name:
                    tree.setCurrentItem(group.child(i))
                    return

    def current_name(self) -> str | None:
        item = self.ui.dictionaryTree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _show(self) -> None:
        name = self.current_name()
        item = self.ui.dictionaryTree.currentItem()
        self.ui.titleLabel.setText(item.text(0) if name else "Выберите справочник слева")
        by_region = name == "settlements"
        self.ui.regionLabel.setVisible(by_region)
        self.ui.regionCombo.setVisible(by_region)
        if by_region and self.ui.regionCombo.count() == 0:
            self.ui.regionCombo.blockSignals(True)
            for region in call(self, lambda: dictionaries.items(self._session, "regions")) or []:
                self.ui.regionCombo.addItem(region.name, region.id)
            self.ui.regionCombo.blockSignals(False)
        region_id = self.ui.regionCombo.currentData() if by_region else None
        self.editor.bind(self._session, name, region_id)

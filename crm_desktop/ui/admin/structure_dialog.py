"""«Структура предприятия»: the two-level tree departments → positions; add, rename, delete
with confirmation; a department or position in use by users stays (manual: "Структура
предприятия"; ADM-4)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from crm_desktop.services import company_admin
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import prompts
from crm_desktop.ui.forms.admin.structure_ui import Ui_StructureDialog
from crm_desktop.ui.ops import call

LEVEL = Qt.ItemDataRole.UserRole + 1


class StructureDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StructureDialog()
        self.ui.setupUi(self)
        self._session = session
        ui = self.ui
        ui.addDepartmentButton.clicked.connect(self.add_department)
        ui.addPositionButton.clicked.connect(self.add_position)
        ui.renameButton.clicked.connect(self.rename)
        ui.deleteButton.clicked.connect(self.delete)
        ui.closeButton.clicked.connect(self.reject)
        ui.structureTree.currentItemChanged.connect(lambda *_: self._update_buttons())
        for key, slot in ((Qt.Key.Key_Insert, self.add_here), (Qt.Key.Key_F2, self.rename),
                          (Qt.Key.Key_Delete, self.delete)):
            QShortcut(QKeySequence(key), ui.structureTree, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    def reload(self, select: tuple[str, int] | None = None) -> None:
        tree = self.ui.structureTree
        tree.clear()
        for dept in call(self, lambda: company_admin.structure(self._session)) or []:
            node = QTreeWidgetItem(tree, [dept.name])
            node.setData(0, Qt.ItemDataRole.UserRole, dept.id)
            node.setData(0, LEVEL, "department")
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            if select == ("department", dept.id):
                tree.setCurrentItem(node)
            for pos in dept.children:
                leaf = QTreeWidgetItem(node, [pos.name])
                leaf.setData(0, Qt.ItemDataRole.UserRole, pos.id)
                leaf.setData(0, LEVEL, "position")
                if select == ("position", pos.id):
                    tree.setCurrentItem(leaf)
        tree.expandAll()
        self._update_buttons()

    def _current(self) -> tuple[str, int, QTreeWidgetItem] | None:
        item = self.ui.structureTree.currentItem()
        return None if item is None else (item.data(0, LEVEL), item.data(0, Qt.ItemDataRole.UserRole), item)

    def _department_id(self) -> int | None:
        current = self._current()
        if current is None:
            return None
        level, node_id, item = current
        return node_id if level == "department" else item.parent().data(0, Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        has = self._current() is not None
        for button in (self.ui.addPositionButton, self.ui.renameButton, self.ui.deleteButton):
            button.setEnabled(has)

    def add_here(self) -> None:
        """Ins: a position inside the current department, or a department when nothing is chosen."""
        self.add_position() if self._current() else self.add_department()

    def add_department(self) -> None:
        name = prompts.ask_text(self, "Новое подразделение", "Название подразделения:")
        if name is not None:
            new_id = call(self, lambda: company_admin.add_department(self._session, name))
            self.reload(("department", new_id) if new_id else None)

    def add_position(self) -> None:
        dept = self._department_id()
        if dept is None:
            return
        name = prompts.ask_text(self, "Новая должность", "Название должности:")
        if name is not None:
            new_id = call(self, lambda: company_admin.add_position(self._session, dept, name))
            self.reload(("position", new_id) if new_id else None)

    def rename(self) -> None:
        current = self._current()
        if current is None:
            return
        level, node_id, item = current
        name = prompts.ask_text(self, "Переименование", "Новое название:", item.text(0))
        if name is not None and name != item.text(0):
            call(self, lambda: company_admin.rename(self._session, level, node_id, name, self._department_id()))
            self.reload((level, node_id))

    def delete(self) -> None:
        current = self._current()
        if current is None:
            return
        level, node_id, item = current
        what = (f"подразделение «{item.text(0)}» со всеми его должностями" if level == "department"
                else f"должность «{item.text(0)}»")
        if prompts.confirm(self, "Удаление", f"Удалить {what}?"):
            call(self, lambda: company_admin.delete_node(self._session, level, node_id), "Удаление невозможно")
            self.reload((level, node_id))       # a refused one stays selected

"""Choice and order of the register's columns (REG-6)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from crm_desktop.domain.register_columns import BY_KEY, DEFAULT_LAYOUT
from crm_desktop.ui.forms.main.columns_dialog_ui import Ui_ColumnsDialog

KeyRole = Qt.ItemDataRole.UserRole


class ColumnsDialog(QDialog):
    def __init__(self, visible: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ColumnsDialog()
        self.ui.setupUi(self)
        self._fill(visible)
        self.ui.upButton.clicked.connect(lambda: self._move(-1))
        self.ui.downButton.clicked.connect(lambda: self._move(1))
        self.ui.resetButton.clicked.connect(lambda: self._fill(DEFAULT_LAYOUT))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _fill(self, visible: list[str]) -> None:
        self.ui.columnList.clear()
        for key in visible + [k for k in DEFAULT_LAYOUT if k not in visible]:
            item = QListWidgetItem(BY_KEY[key].caption)
            item.setData(KeyRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in visible else Qt.CheckState.Unchecked)
            self.ui.columnList.addItem(item)
        self.ui.columnList.setCurrentRow(0)

    def _move(self, step: int) -> None:
        lst = self.ui.columnList
        row = lst.currentRow()
        if 0 <= row + step < lst.count():
            lst.insertItem(row + step, lst.takeItem(row))
            lst.setCurrentRow(row + step)

    def chosen(self) -> list[str]:
        lst = self.ui.columnList
        return [lst.item(i).data(KeyRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self.chosen():
            self.ui.hintLabel.setText(self.tr("Оставьте видимой хотя бы одну колонку."))
            return
        super().accept()

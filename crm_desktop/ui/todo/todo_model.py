"""The dock's list model: the user's to-dos in display order. It only shows and asks; the
dock turns the requests (complete, reopen, reorder, progress) into service calls."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.domain.todos import Todo

TODO_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-crm-todo-ids"
Index = QModelIndex | QPersistentModelIndex


def status_text(todo: Todo) -> str:
    """What the dock writes under a completed to-do (TODO-3)."""
    if todo.is_completed:
        return QCoreApplication.translate("TodoDock", "Завершено в %1").replace("%1", f"{todo.completed_at:%H:%M}")
    return f"{todo.progress} %"


class TodoModel(QAbstractListModel):
    completion_requested = Signal(int, bool)     # to-do id, completed
    reorder_requested = Signal(list)             # ids of unfinished to-dos in the new order

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._todos: list[Todo] = []
        self.draggable = False                   # the user orders by position

    # -- contents ------------------------------------------------------------------------------
    def set_todos(self, todos: list[Todo]) -> None:
        self.beginResetModel()
        self._todos = list(todos)
        self.endResetModel()

    def todo(self, row: int) -> Todo:
        return self._todos[row]

    def row_of(self, todo_id: int | None) -> int | None:
        return next((row for row, t in enumerate(self._todos) if t.id == todo_id), None)

    def preview_progress(self, row: int, progress: int) -> None:
        """Show a progress being dragged before it is saved."""
        self._todos[row] = replace(self._todos[row], progress=progress)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    # -- QAbstractListModel --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._todos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        todo = self._todos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return todo.body.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{todo.body}\n{status_text(todo)}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if todo.is_completed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and todo.is_important:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and todo.is_completed:
            return QBrush(QColor("#8a8a8a"))
        if role == TODO_ROLE:
            return todo
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.completion_requested.emit(self._todos[index.row()].id, checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.draggable else Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                 | Qt.ItemFlag.ItemNeverHasChildren)
        if self.draggable and not self._todos[index.row()].is_completed:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop (TODO-3: ordering by position) ------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = ",".join(str(self._todos[i.row()].id) for i in sorted(indexes, key=QModelIndex.row))
        mime.setData(MIME_TYPE, QByteArray(ids.encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Dropped on an item: before it; between items: at `row`; below the list: at the end
        of the unfinished ones. Asks the dock to store the new order."""
        if not self.draggable or not data.hasFormat(MIME_TYPE) or action != Qt.DropAction.MoveAction:
            return False
        moved = [int(i) for i in bytes(data.data(MIME_TYPE)).decode().split(",") if i]
        target = parent.row() if parent.isValid() else row
        open_ = [t for t in self._todos if not t.is_completed]
        if target < 0 or target > len(open_):
            target = len(open_)
        before = [t.id for t in open_[:target] if t.id not in moved]
        after = [t.id for t in open_[target:] if t.id not in moved]
        order = before + [i for i in moved if any(t.id == i for t in open_)] + after
        if order == [t.id for t in open_]:
            return False
        self.reorder_requested.emit(order)
        return True

"""The one table model of the document journals (invoices and the other sales journals, the
cash journal, the warehouse journal): windows of rows read on demand by the key of the last row
held — never by offset, so a journal of years of documents opens with its first window only.
First read, re-read, the next window and a failed read behave the same in every journal; a
journal declares its columns and how a row shows in them."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Loader = Callable[[Any, int], Sequence[R]]     # (key of the last row held or None, size) -> the next rows
MONEY = Qt.AlignmentFlag.AlignRight            # sums and quantities
MARK = Qt.AlignmentFlag.AlignHCenter           # a mark or a short code, never cut
Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Column:
    """A journal column: its title, how a row shows in it (`text`; a journal may pass more than
    the row), its alignment (None: left), the header's tooltip, and the width it opens with
    until the user sets his own — a typical value (`sample`) or a number of characters."""
    title: str
    text: Callable[..., str]
    align: Qt.AlignmentFlag | None = None
    tip: str = ""
    sample: str = "000000000000"
    chars: int = 12

    @property
    def money(self) -> bool:
        return self.align == MONEY


class KeysetModel(QAbstractTableModel, Generic[R]):
    """Rows read `size` at a time by `load(after_key, size)`, `key(row)` naming where the next
    window starts; a window shorter than `size` is the last. A failed read goes to `on_error`
    once (the window shows it) and the rows read so far stay; without `on_error` it is raised."""

    def __init__(self, columns: Sequence[Column], load: Loader[R], key: Callable[[R], Any], size: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._load, self._key, self._size = load, key, size
        self._rows: list[R] = []
        self._more = False
        self.on_error: Callable[[Exception], None] | None = None

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the first window again (F5, after a document was saved, posted or deleted)."""
        self.beginResetModel()
        self._rows, self._more = [], False
        try:
            self._on_reset()
            self._append(self._window(None))
        finally:
            self.endResetModel()

    def _on_reset(self) -> None:
        """What a journal reads again besides its rows (before the first window)."""

    def report(self, exc: Exception) -> None:
        if self.on_error is None:
            raise exc
        self.on_error(exc)

    def _window(self, after: Any) -> list[R]:
        try:
            return list(self._load(after, self._size))
        except Exception as exc:  # noqa: BLE001 - shown by the window; the rows read so far stay
            self.report(exc)
            return []

    def _append(self, rows: Sequence[R]) -> None:
        self._rows.extend(rows)
        self._more = len(rows) == self._size

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or not self._more or not self._rows:
            return
        rows = self._window(self._key(self._rows[-1]))
        if not rows:
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    # -- how a row shows (a journal overrides what it shows differently) -----------------------
    def text(self, row: R, column: Column) -> str:
        return column.text(row)

    def tooltip(self, row: R, number: int) -> str | None:
        return None

    def decoration(self, row: R, number: int) -> Any:
        return None

    def foreground(self, row: R) -> Any:
        return None

    def role_data(self, row: R, number: int, role: int) -> Any:
        """A journal's own roles (the row's id, its indicator)."""
        return None

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Role.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Role.DisplayRole:
            return self.tr(self.columns[section].title)
        if role == Role.ToolTipRole and self.columns[section].tip:
            return self.tr(self.columns[section].tip)
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, number = self._rows[index.row()], index.column()
        column = self.columns[number]
        if role == Role.DisplayRole:
            return self.text(row, column)
        if role == Role.TextAlignmentRole:
            return None if column.align is None else int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ToolTipRole:
            return self.tooltip(row, number)
        if role == Role.DecorationRole:
            return self.decoration(row, number)
        if role == Role.ForegroundRole:
            return self.foreground(row)
        return self.role_data(row, number, role)

    def row(self, number: int) -> R:
        return self._rows[number]

    def column_titles(self) -> list[str]:
        return [c.title for c in self.columns]

    def column_chars(self) -> list[int]:
        return [c.chars for c in self.columns]

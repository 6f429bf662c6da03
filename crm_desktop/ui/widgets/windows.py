"""What every non-modal window and journal table does alike: one window of a kind per parent
(brought forward when open), the context menu on the row under the mouse, and column widths
kept per user (the saved ones where there are any, else what fits)."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QPoint
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

W = TypeVar("W", bound=QWidget)


def bring_up(parent: QWidget | None, kind: type[W], name: str, make: Callable[[], W],
             again: Callable[[W], None] | None = None) -> W:
    """The open window of `kind` named `name` under `parent` (after `again` on it), else a new
    one from `make`; shown, raised and activated."""
    existing = parent.findChild(kind, name) if parent is not None else None
    if isinstance(existing, kind):
        window = existing
        if again is not None:
            again(window)
    else:
        window = make()
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def journal_table(table: QTableView, model: QAbstractItemModel, open_row: Callable[[], None],
                  show_menu: Callable[[QPoint], None]) -> None:
    """A journal's table: whole rows selected, no row numbers, compact rows, columns the user
    sizes (the last one stretched), a double click opens, a right click shows the menu."""
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.doubleClicked.connect(lambda _index: open_row())
    table.customContextMenuRequested.connect(show_menu)


def menu_at_row(table: QTableView, menu: QMenu, pos: QPoint) -> None:
    """Right click: the row under the mouse becomes current, then the menu opens (an empty
    menu does not)."""
    row = table.rowAt(pos.y())
    if row >= 0:
        table.selectRow(row)
    if menu.actions():
        menu.exec(table.viewport().mapToGlobal(pos))


def column_widths(table: QTableView, keys: Sequence[str]) -> dict[str, int]:
    """The widths to save, by the columns' keys."""
    return {key: table.columnWidth(i) for i, key in enumerate(keys)}


def apply_column_widths(table: QTableView, keys: Sequence[str], saved: Mapping[str, int],
                        defaults: Sequence[int]) -> None:
    """Saved widths where there are any, else the column's default."""
    for i, (key, default) in enumerate(zip(keys, defaults)):
        table.setColumnWidth(i, int(saved.get(key, default)))

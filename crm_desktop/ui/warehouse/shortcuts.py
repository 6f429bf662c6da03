"""Keys bound to one widget. PySide6 drops the `context` keyword of QShortcut(key, parent, slot,
context=…): the shortcut stays a WindowShortcut, so Enter typed in a filter field would also
open the table's current row. Here the context is set after construction."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Context = Qt.ShortcutContext


def bind(widget: QWidget, keys: QKeySequence | str | Iterable[QKeySequence], slot: Callable[[], Any],
         context: Context = Context.WidgetShortcut) -> list[QShortcut]:
    """`slot` on each of `keys` while `widget` (by default: it alone) has the focus."""
    sequences = [QKeySequence(keys)] if isinstance(keys, (str, QKeySequence)) else list(keys)
    made = []
    for key in sequences:
        shortcut = QShortcut(key, widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made

"""Qt sizes an input dialog to its label and field only, so the window manager cuts a longer
title ("Сохра… аблон"). Every QInputDialog of the program, the static getText/getItem ones
included, opens at least as wide as its title and a comfortable field need."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QInputDialog

MIN_WIDTH = 360          # a name or a short phrase fits in the field without scrolling
TITLE_BAR_ROOM = 160     # the window icon and the title bar's three buttons


def width_for(dialog: QInputDialog) -> int:
    return max(MIN_WIDTH, dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_ROOM)


class _FitTitle(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QInputDialog):
            watched.setMinimumWidth(width_for(watched))
        return False


_FIT = _FitTitle()


def fit_input_dialogs(app: QApplication) -> QObject:
    """Install for the whole application (again is harmless); returns the event filter."""
    app.installEventFilter(_FIT)
    return _FIT

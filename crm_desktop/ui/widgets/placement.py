"""Placing a small window beside what it talks about: the search dialogs move the register's
cursor to the client found, and a dialog centred over the register would hide that very row."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GAP = 8


def keep_clear_of(window: QWidget, area: QRect) -> None:
    """Move the top-level `window` vertically off `area` (global coordinates): just below it
    when the screen has room there, else just above, else to the side with more room."""
    frame = window.frameGeometry()
    if area.isEmpty() or not frame.intersects(area):
        return
    screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    below, above = area.bottom() + 1 + GAP, area.top() - GAP - frame.height()
    if below + frame.height() <= screen.bottom() + 1:
        top = below
    elif above >= screen.top():
        top = above
    else:
        top = below if screen.bottom() - area.bottom() >= area.top() - screen.top() else above
    window.move(frame.left(), top)

"""Keys as the manual and its users name them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

# Both Enter keys act alike. A menu shows an action's first key, and Qt names the main one
# "Return", which nobody on a Russian keyboard calls it; the keypad key is named "Enter".
ENTER = (QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_Return))

"""The register's table view: the manual's keys (Ins, Enter, Del, Space) act on the current
client even where the item view would otherwise consume them for its own keyboard search."""
from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QTableView


class RegisterTable(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.key_actions: dict[int, QAction] = {}

    def bind(self, action: QAction) -> None:
        """Route the action's own keys to it when the table has the focus."""
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                self.key_actions[sequence[0].toCombined()] = action

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # the keypad's Enter comes with the keypad modifier, which no shortcut names
        pressed = event.keyCombination()
        modifiers = pressed.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self.key_actions.get(QKeyCombination(modifiers, pressed.key()).toCombined())
        if action is not None and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

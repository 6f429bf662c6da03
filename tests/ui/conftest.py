"""GUI tests run offscreen (set in tests/conftest.py before Qt is imported)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def boxes(monkeypatch):
    """Records message boxes instead of showing them; `boxes.answer` is what "the user" clicks
    (Yes, No, Save, Discard, Cancel …), also in boxes the program builds and exec()s itself."""
    class Recorder(list):
        answer = QMessageBox.StandardButton.Yes

    shown = Recorder()

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return shown.answer
        return box
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    kinds = {QMessageBox.Icon.Question: "question", QMessageBox.Icon.Warning: "warning",
             QMessageBox.Icon.Critical: "critical"}

    def exec_box(box: QMessageBox) -> int:
        """A box built by the program (custom captions, e.g. Сохранить / Не сохранять / Отмена)."""
        shown.append((kinds.get(box.icon(), "information"), box.windowTitle(), box.text()))
        return shown.answer
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return shown

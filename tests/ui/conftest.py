"""GUI tests run offscreen (set in tests/conftest.py before Qt is imported)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def boxes(monkeypatch):
    """Records message boxes instead of showing them; `boxes.answer` is what "the user" clicks."""
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
    return shown

"""GUI tests run offscreen (set in tests/conftest.py before Qt is imported)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

Button, Role = QMessageBox.StandardButton, QMessageBox.ButtonRole
# the role of a button the program adds with its own caption («Да», «Сохранить» …) that
# a standard answer clicks
ROLE_OF = {Button.Yes: Role.YesRole, Button.No: Role.NoRole, Button.Ok: Role.AcceptRole,
           Button.Save: Role.AcceptRole, Button.Open: Role.AcceptRole, Button.Cancel: Role.RejectRole,
           Button.Close: Role.RejectRole, Button.Discard: Role.DestructiveRole}


class Boxes(list):
    """The message boxes shown, as (kind, title, text): kind is warning, information,
    critical or question."""
    answer = Button.Yes

    def __init__(self) -> None:
        super().__init__()
        self.replies: dict[str, QMessageBox.StandardButton] = {}
        self.warnings: list[str] = []          # the texts of the warnings, as they come

    def append(self, box: tuple[str, str, str]) -> None:
        super().append(box)
        if box[0] == "warning":
            self.warnings.append(box[2])

    def reply(self, text: str) -> QMessageBox.StandardButton:
        """What "the user" clicks: replies[part] for a text containing part, else answer."""
        return next((button for part, button in self.replies.items() if part in text), self.answer)

    def texts(self, *kinds: str) -> list[str]:
        """The texts shown, of the given kinds (all when none is given)."""
        return [text for kind, _title, text in self if not kinds or kind in kinds]


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    """Records message boxes instead of showing them; `boxes.answer` is what "the user" clicks
    (Yes, No, Save, Discard, Cancel …), `boxes.replies` answers boxes by a part of their text,
    also in boxes the program builds and exec()s itself (there the button is clicked, so
    clickedButton() names it, also a button with the program's own caption)."""
    shown = Boxes()

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return shown.reply(text)
        return box
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    kinds = {QMessageBox.Icon.Question: "question", QMessageBox.Icon.Warning: "warning",
             QMessageBox.Icon.Critical: "critical"}

    def exec_box(box: QMessageBox) -> int:
        """A box built by the program (custom captions, e.g. Сохранить / Не сохранять / Отмена)."""
        shown.append((kinds.get(box.icon(), "information"), box.windowTitle(), box.text()))
        answer = shown.reply(box.text())
        button = box.button(answer) or next(
            (b for b in box.buttons() if box.buttonRole(b) == ROLE_OF.get(answer)), None)
        if button is not None:
            button.click()
        return answer
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return shown


@pytest.fixture
def finished(qtbot):
    """Waits until a job of the runner (ui/ops.py) has delivered its outcome on the GUI thread;
    returns the job's result."""
    def wait(job):
        qtbot.waitUntil(lambda: job.done, timeout=5000)
        return job.result
    return wait


@pytest.fixture
def announced():
    """The changes announced on the change bus (ui/changes.py) during the test, as (kind, ids)."""
    from crm_desktop.ui.changes import bus
    heard: list[tuple[str, tuple]] = []

    def hear(kind: str, ids: tuple) -> None:
        heard.append((kind, ids))
    bus().changed.connect(hear)
    yield heard
    bus().changed.disconnect(hear)

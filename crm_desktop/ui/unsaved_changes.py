"""Leaving a form with unsaved input asks «Сохранить / Не сохранять / Отмена», so that typed
work is never lost without a word and never saved without the user's consent."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton
UNSAVED = "Есть несохранённые изменения. Сохранить их?"


def ask_to_save(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel (also for Esc and the window's close button)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Save | Button.Discard | Button.Cancel, parent)
    for button, caption in ((Button.Save, "Сохранить"), (Button.Discard, "Не сохранять"), (Button.Cancel, "Отмена")):
        box.button(button).setText(caption)
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    return Button(box.exec())


def may_leave(parent: QWidget | None, title: str, text: str, dirty: bool, save: Callable[[], bool]) -> bool:
    """Whether the form may be closed or left now: nothing unsaved, the user dropped it, or
    `save()` succeeded (it shows its own errors and returns False, and the form stays)."""
    if not dirty:
        return True
    answer = ask_to_save(parent, title, text)
    if answer == Button.Save:
        return save()
    return answer == Button.Discard


def may_close(form: QDialog, title: str, dirty: bool, text: str = UNSAVED) -> bool:
    """For a form whose accept() saves and closes (or stays, showing what is wrong), asked from
    its reject(): «Сохранить» runs accept(), «Не сохранять» lets reject() close, «Отмена» stays."""
    if not dirty:
        return True
    answer = ask_to_save(form, title, text)
    if answer == Button.Save:
        form.accept()
    return answer == Button.Discard

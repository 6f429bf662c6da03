"""A wizard page whose Next/Finish stays disabled until its check passes (the first-run
wizard's pages are promoted to it in forms/startup/first_run_wizard.ui)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizardPage


class ValidatedPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: Callable[[], bool] = lambda: True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.check()

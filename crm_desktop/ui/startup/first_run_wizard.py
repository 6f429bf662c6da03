"""Мастер первого запуска (PLAT-5): on a database without users, our organisation, its bank
account (optional) and the first administrator. Each page shows the service's messages next to
the fields the user has touched; Next/Finish stay disabled until the page is valid."""
from __future__ import annotations

from dataclasses import fields
from functools import partial

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizard

from crm_desktop.services.auth import FirstRun, complete_first_run, validate_first_run
from crm_desktop.services.startup import Database
from crm_desktop.ui.forms.startup.first_run_wizard_ui import Ui_FirstRunWizard
from crm_desktop.ui.ops import call

PAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "orgPage": ("org_short_name", "org_full_name", "inn", "kpp", "legal_address", "phone"),
    "bankPage": ("bank_name", "bik", "corr_account", "account"),
    "adminPage": ("admin_login", "admin_full_name", "admin_password", "admin_password_again"),
}


def _widget_stem(field: str) -> str:
    """FirstRun field → object name stem in the .ui: org_short_name → orgShortName."""
    head, *rest = field.split("_")
    return head + "".join(part.title() for part in rest)


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._db = db
        self._touched: set[str] = set()
        names = [f.name for f in fields(FirstRun)]
        self.edits: dict[str, QLineEdit] = {n: getattr(self.ui, _widget_stem(n) + "Edit") for n in names}
        self.error_labels: dict[str, QLabel] = {n: getattr(self.ui, _widget_stem(n) + "Error") for n in names}
        for page_name, page_fields in PAGE_FIELDS.items():
            getattr(self.ui, page_name).check = partial(self._page_valid, page_fields)
        for name, edit in self.edits.items():
            edit.textEdited.connect(partial(self._edited, name))
        for button, text in ((QWizard.WizardButton.BackButton, "< &Назад"),
                             (QWizard.WizardButton.NextButton, "&Далее >"),
                             (QWizard.WizardButton.FinishButton, "&Готово"),
                             (QWizard.WizardButton.CancelButton, "Отмена")):
            self.setButtonText(button, self.tr(text))
        self._show_errors({})

    def entered(self) -> FirstRun:
        return FirstRun(**{name: edit.text() for name, edit in self.edits.items()})

    def _edited(self, name: str, _text: str = "") -> None:
        self._touched.add(name)
        self._show_errors(validate_first_run(self.entered()))
        self.currentPage().completeChanged.emit()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.error_labels.items():
            message = errors.get(name, "") if name in self._touched else ""
            label.setText(message)
            label.setVisible(bool(message))

    def _page_valid(self, page_fields: tuple[str, ...]) -> bool:
        errors = validate_first_run(self.entered())
        return not any(name in errors for name in page_fields)

    def accept(self) -> None:
        """Finish: organisation and administrator land in one transaction; on failure the
        wizard stays open with everything typed."""
        if call(self, lambda: complete_first_run(self._db, self.entered()) or True,
                self.tr("Мастер первого запуска")):
            super().accept()

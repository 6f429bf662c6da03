"""Card of a custom classifier: name, hint, label, type, «Активировать признак-классификатор»,
and the values of a dictionary-type one right there (manual: "Создание дополнительного
классификатора"; DIC-3)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.custom_classifiers import DICTIONARY_KINDS, KIND_TITLES, ValueKind
from crm_desktop.services import classifiers
from crm_desktop.services.classifiers import ClassifierCard
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import field_marks
from crm_desktop.ui.admin.dictionaries_dialog import host
from crm_desktop.ui.admin.values_editor import ValuesEditor
from crm_desktop.ui.forms.admin.classifier_card_ui import Ui_ClassifierCardDialog


class ClassifierCardDialog(QDialog):
    def __init__(self, session: Session, card: ClassifierCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClassifierCardDialog()
        self.ui.setupUi(self)
        self._session, self.card = session, card
        self.saved = False
        for kind, title in KIND_TITLES.items():
            self.ui.kindCombo.addItem(title, int(kind))
        self.values = host(self.ui.valuesHost, ValuesEditor())
        self.fields = {"name": self.ui.nameEdit, "hint": self.ui.hintEdit, "label": self.ui.labelEdit}
        self.ui.nameEdit.setText(card.name)
        self.ui.hintEdit.setText(card.hint)
        self.ui.labelEdit.setText(card.label)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(int(card.value_kind)))
        self.ui.activeCheck.setChecked(card.is_active)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _: self._show_values())
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.saveButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._show_values()

    def _show_values(self) -> None:
        """Values belong to dictionary types; a new classifier gets them after its first save."""
        kind = ValueKind(self.ui.kindCombo.currentData())
        self.ui.valuesBox.setVisible(kind in DICTIONARY_KINDS)
        stored = self.card.id is not None
        self.ui.valuesHint.setVisible(not stored)
        self.values.setEnabled(stored)
        self.values.bind(self._session, self.card.code if stored else None)
        self.setWindowTitle(f"Признак-классификатор: {self.card.name}" if stored else "Новый признак-классификатор")

    def collect(self) -> ClassifierCard:
        return replace(self.card, name=self.ui.nameEdit.text(), hint=self.ui.hintEdit.text(),
                       label=self.ui.labelEdit.text(), value_kind=ValueKind(self.ui.kindCombo.currentData()),
                       is_active=self.ui.activeCheck.isChecked())

    def apply(self) -> bool:
        card = self.collect()
        stored = field_marks.save(self, self.fields, lambda: classifiers.save(self._session, card))
        if stored is None:
            return False
        self.card, self.saved = stored, True
        self._show_values()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

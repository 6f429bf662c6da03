"""One linear dictionary in its own window, e.g. «Направления деятельности» (manual:
"Направления деятельности"; ADM-4)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services.session import Session
from crm_desktop.ui.admin.dictionaries_dialog import host
from crm_desktop.ui.admin.values_editor import ValuesEditor
from crm_desktop.ui.forms.admin.single_dictionary_ui import Ui_SingleDictionaryDialog

HINTS = {"directions": "Направления деятельности вашей фирмы (торговля, услуги, сервис, «Техника BOSCH»…): "
                       "по ним классифицируют и отбирают клиентов в отчётах и фильтрах."}


class SingleDictionaryDialog(QDialog):
    def __init__(self, session: Session, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SingleDictionaryDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.hintLabel.setText(HINTS.get(name, ""))
        self.ui.hintLabel.setVisible(name in HINTS)
        self.editor = host(self.ui.editorHost, ValuesEditor())
        self.editor.bind(session, name)
        self.ui.closeButton.clicked.connect(self.reject)

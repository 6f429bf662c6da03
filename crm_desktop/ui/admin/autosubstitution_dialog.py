"""«Автоподстановка»: the region and city a new client gets (manual: "Автоподстановка"; ADM-10)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services import autosubstitution, dictionaries
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.admin.autosubstitution_ui import Ui_AutoSubstitutionDialog
from crm_desktop.ui.ops import call

NONE_TEXT = "— не подставлять —"


class AutoSubstitutionDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AutoSubstitutionDialog()
        self.ui.setupUi(self)
        self._session = session
        current = call(self, lambda: autosubstitution.defaults(session)) or autosubstitution.AutoDefaults()
        self.ui.regionCombo.addItem(NONE_TEXT, None)
        for region in call(self, lambda: dictionaries.items(session, "regions")) or []:
            self.ui.regionCombo.addItem(region.name, region.id)
        self.ui.regionCombo.setCurrentIndex(max(0, self.ui.regionCombo.findData(current.region_id)))
        self._fill_cities(current.city_id)
        self.ui.regionCombo.currentIndexChanged.connect(lambda _: self._fill_cities(None))
        self.ui.saveButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)

    def _fill_cities(self, selected: int | None) -> None:
        combo = self.ui.cityCombo
        combo.clear()
        combo.addItem(NONE_TEXT, None)
        region_id = self.ui.regionCombo.currentData()
        if region_id is not None:
            for city in call(self, lambda: dictionaries.items(self._session, "settlements",
                                                              region_id=region_id)) or []:
                combo.addItem(city.name, city.id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.setEnabled(region_id is not None)

    def accept(self) -> None:
        region_id, city_id = self.ui.regionCombo.currentData(), self.ui.cityCombo.currentData()
        if call(self, lambda: autosubstitution.save_defaults(self._session, region_id, city_id) or True):
            super().accept()

"""Активные пользователи (ADM-5): who works with the database now, from where (computer and
IP address; a workstation on an embedded database has no network address: «локально»)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.services import workstations
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.admin.active_users_ui import Ui_ActiveUsersDialog
from crm_desktop.ui.ops import call


class ActiveUsersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ActiveUsersDialog()
        self.ui.setupUi(self)
        self._session = session
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        rows = call(self, lambda: workstations.active(self._session)) or []
        table = self.ui.table
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = (row.user, f"{row.started_at:%d.%m.%Y %H:%M}", row.host or "", row.ip or self.tr("локально"),
                     row.terminal or "",
                     self.tr("демо-режим") if row.is_demo else self.tr("по лицензии"))
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(text))
        self.ui.countLabel.setText(self.tr("Рабочих мест: %1").replace("%1", str(len(rows))))

"""«Администрирование – Настройка профилей воронки продаж» (OPS-2): profiles (types of sale)
with their stages in order, each stage counting a stage of the sales ladder; whoever may not
edit dictionaries sees them read-only with the reason."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QMessageBox,
                               QTableWidgetItem, QWidget)

from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.services import funnel
from crm_desktop.services.funnel import ProfileRow, StageRow
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.sales_ops.funnel_profiles_dialog_ui import Ui_FunnelProfilesDialog
from crm_desktop.ui.ops import call
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Настройка профилей воронки продаж"
IdRole = Qt.ItemDataRole.UserRole


class FunnelProfilesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_FunnelProfilesDialog()
        self.ui.setupUi(self)
        self.setObjectName("funnelProfilesDialog")
        self.setWindowTitle(self.tr(TITLE))
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        ui.buttonBox.rejected.connect(self.reject)
        ui.stageTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.stageTable.verticalHeader().setVisible(False)
        self.ladder = call(self, lambda: funnel.sales_ladder(session), self.tr(TITLE)) or []
        self.profiles: list[ProfileRow] = []
        self.editable = session.can(Permission.EDIT_DICTIONARIES)
        for w in (ui.addProfileButton, ui.deleteProfileButton, ui.addStageButton, ui.removeStageButton, ui.upButton,
                  ui.downButton, ui.saveButton, ui.nameEdit, ui.activeCheck, ui.stageTable):
            w.setEnabled(self.editable)
        if not self.editable:
            ui.noteLabel.setText(refusal(Permission.EDIT_DICTIONARIES))
            ui.noteLabel.setVisible(True)
        ui.profileList.currentRowChanged.connect(self._show)
        ui.addProfileButton.clicked.connect(self.add_profile)
        ui.deleteProfileButton.clicked.connect(self.delete_profile)
        ui.addStageButton.clicked.connect(lambda: self._add_stage(StageRow(None, "", None), edit=True))
        ui.removeStageButton.clicked.connect(lambda: ui.stageTable.removeRow(ui.stageTable.currentRow()))
        ui.upButton.clicked.connect(lambda: self._shift(-1))
        ui.downButton.clicked.connect(lambda: self._shift(1))
        ui.saveButton.clicked.connect(self.save)
        self.reload()

    def reload(self, current: int | None = None) -> None:
        self.profiles = call(self, lambda: funnel.profiles(self.session), self.tr(TITLE)) or []
        listed = self.ui.profileList
        listed.blockSignals(True)
        listed.clear()
        for p in self.profiles:
            item = QListWidgetItem(p.name if p.is_active else self.tr("%1 (не используется)").replace("%1", p.name))
            item.setData(IdRole, p.id)
            listed.addItem(item)
        listed.blockSignals(False)
        row = next((n for n, p in enumerate(self.profiles) if p.id == current), 0 if self.profiles else -1)
        listed.setCurrentRow(row)
        self._show(row)

    def _show(self, row: int) -> None:
        profile = self.profiles[row] if 0 <= row < len(self.profiles) else ProfileRow(None, "", True, ())
        self.current_id = profile.id
        self.ui.nameEdit.setText(profile.name)
        self.ui.activeCheck.setChecked(profile.is_active)
        self.ui.stageTable.setRowCount(0)
        for stage in profile.stages:
            self._add_stage(stage)

    def _add_stage(self, stage: StageRow, edit: bool = False) -> None:
        table = self.ui.stageTable
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(stage.name)
        name.setData(IdRole, stage.id)
        table.setItem(row, 0, name)
        combo = QComboBox()
        combo.addItem(self.tr("(не выбран)"), None)
        for stage_id, title in self.ladder:
            combo.addItem(title, stage_id)
        combo.setCurrentIndex(max(0, combo.findData(stage.sales_stage_id)) if stage.sales_stage_id else 0)
        combo.setEnabled(self.editable)
        table.setCellWidget(row, 1, combo)
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(name)

    def _stage_rows(self) -> list[StageRow]:
        table = self.ui.stageTable
        return [StageRow(table.item(r, 0).data(IdRole), table.item(r, 0).text(), table.cellWidget(r, 1).currentData())
                for r in range(table.rowCount())]

    def _shift(self, step: int) -> None:
        table, row = self.ui.stageTable, self.ui.stageTable.currentRow()
        stages = self._stage_rows()
        if not 0 <= row < len(stages) or not 0 <= row + step < len(stages):
            return
        stages[row], stages[row + step] = stages[row + step], stages[row]
        table.setRowCount(0)
        for stage in stages:
            self._add_stage(stage)
        table.setCurrentCell(row + step, 0)

    def add_profile(self) -> None:
        self.ui.profileList.clearSelection()
        self._show(-1)
        self.ui.nameEdit.setFocus()

    def current_profile(self) -> ProfileRow:
        return ProfileRow(self.current_id, self.ui.nameEdit.text(), self.ui.activeCheck.isChecked(),
                          tuple(self._stage_rows()))

    def save(self) -> int | None:
        profile = self.current_profile()
        saved = call(self, lambda: funnel.save_profile(self.session, profile), self.tr(TITLE))
        if saved is not None:
            self.reload(saved)
        return saved

    def delete_profile(self) -> None:
        if self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr(TITLE), self.tr("Удалить профиль «%1»?")
                                      .replace("%1", self.ui.nameEdit.text()))
        if answer == QMessageBox.StandardButton.Yes:
            profile_id = self.current_id
            call(self, lambda: funnel.delete_profile(self.session, profile_id), self.tr(TITLE))
            self.reload()


def open_funnel_profiles(parent: QWidget | None, session: Session) -> FunnelProfilesDialog:
    return bring_up(parent, FunnelProfilesDialog, "funnelProfilesDialog", lambda: FunnelProfilesDialog(session, parent))

"""The card of a topic or a case of the collective planner (PLN-3): name, responsible, start,
due date, percent done, report and "Делегирование разрешено". A topic has no percent of its
own (it is rolled up from its cases) and keeps notes instead of a report."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.services import planners
from crm_desktop.services.planners import Case, Topic
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import PLANNER, TASK, announce
from crm_desktop.ui.forms.planners.case_dialog_ui import Ui_CaseDialog
from crm_desktop.ui.ops import show_error
from crm_desktop.ui.unsaved_changes import may_close


def announce_plan_change(ids: Iterable[int]) -> None:
    """Topics or cases changed, and with them maybe the tasks their cases carry."""
    announce(PLANNER, ids)
    announce(TASK)


class CaseDialog(QDialog):
    def __init__(self, session: Session, record: Topic | Case, users: list[tuple[int, str]],
                 place: str = "", rolled_up: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self._session, self._record = session, record
        self.saved_id: int | None = None
        is_case = isinstance(record, Case)
        new = record.id is None
        self.setWindowTitle(self.tr(("Новое дело" if new else "Дело") if is_case else
                                    ("Новая тема" if new else "Тема")))
        self.ui.placeLabel.setText(place)
        self.ui.placeLabel.setVisible(bool(place))
        self.ui.nameEdit.setText(record.name)
        combo = self.ui.responsibleCombo
        combo.addItem(self.tr("(не назначен)"), None)
        for uid, name in users:
            combo.addItem(name, uid)
        if record.responsible_id is not None and combo.findData(record.responsible_id) < 0:
            combo.addItem(self.tr("(уволен или отключён)"), record.responsible_id)
        combo.setCurrentIndex(max(0, combo.findData(record.responsible_id)))
        self.ui.startEdit.set_value(record.start_date)
        self.ui.dueEdit.set_value(record.due_date)
        for widget in (self.ui.percentLabel, self.ui.percentSpin, self.ui.delegationCheck):
            widget.setVisible(is_case)
        if is_case:
            self.ui.percentSpin.setValue(record.percent_done)
            self.ui.percentSpin.setEnabled(not rolled_up)
            if rolled_up:
                self.ui.percentSpin.setToolTip(self.tr("Процент дела с подделами считается по его подделам"))
            self.ui.reportEdit.setPlainText(record.report or "")
            self.ui.delegationCheck.setChecked(record.delegation_allowed)
        else:
            self.ui.reportLabel.setText(self.tr("Примечание:"))
            self.ui.reportEdit.setPlainText(record.notes or "")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сохранить"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self._opened = self.value()

    def value(self) -> Topic | Case:
        text = self.ui.reportEdit.toPlainText().strip() or None
        common = {"name": self.ui.nameEdit.text().strip(), "responsible_id": self.ui.responsibleCombo.currentData(),
                  "start_date": self.ui.startEdit.value(), "due_date": self.ui.dueEdit.value()}
        if isinstance(self._record, Case):
            return replace(self._record, percent_done=self.ui.percentSpin.value(), report=text,
                           delegation_allowed=self.ui.delegationCheck.isChecked(), **common)
        return replace(self._record, notes=text, **common)

    def reject(self) -> None:
        if may_close(self, self.windowTitle(), self.value() != self._opened):
            super().reject()

    def accept(self) -> None:
        record = self.value()
        save = planners.save_case if isinstance(record, Case) else planners.save_topic
        try:
            self.saved_id = save(self._session, record)
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user, input stays
            show_error(self, exc, self.tr("Не сохранено"))
            return
        announce_plan_change([self.saved_id])
        super().accept()

"""«Администрирование – Система таргетинга» (OPS-3): target events and results with weights, and
every user's plan for a day, a week and a month (in weight units)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget)

from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.domain.targeting import Plan, TargetKind
from crm_desktop.services import targeting
from crm_desktop.services.session import Session
from crm_desktop.services.targeting import TargetRow
from crm_desktop.ui.changes import announce
from crm_desktop.ui.forms.sales_ops.targeting_dialog_ui import Ui_TargetingDialog
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.sales_ops.monitor import TARGETING, number
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Система таргетинга"
IdRole = Qt.ItemDataRole.UserRole


def decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace(" ", "").replace(",", ".") or "0")
    except InvalidOperation:
        return None


class TargetingDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_TargetingDialog()
        self.ui.setupUi(self)
        self.setObjectName("targetingDialog")
        self.setWindowTitle(self.tr(TITLE))
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        ui.buttonBox.rejected.connect(self.reject)
        for table in (ui.targetTable, ui.planTable):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.editable = session.can(Permission.EDIT_DICTIONARIES)
        for w in (ui.addEventButton, ui.addResultButton, ui.removeTargetButton, ui.saveTargetsButton,
                  ui.savePlansButton, ui.targetTable, ui.planTable):
            w.setEnabled(self.editable)
        if not self.editable:
            ui.noteLabel.setText(refusal(Permission.EDIT_DICTIONARIES))
            ui.noteLabel.setVisible(True)
            return
        self.types = call(self, lambda: targeting.event_types(session), self.tr(TITLE)) or []
        ui.addEventButton.clicked.connect(lambda: self._add(TargetRow(None, TargetKind.EVENT, None, None, "",
                                                                      Decimal("0.5"))))
        ui.addResultButton.clicked.connect(lambda: self._add(TargetRow(None, TargetKind.RESULT, None, "", "",
                                                                       Decimal("1"))))
        ui.removeTargetButton.clicked.connect(lambda: ui.targetTable.removeRow(ui.targetTable.currentRow()))
        ui.saveTargetsButton.clicked.connect(self.save_targets)
        ui.savePlansButton.clicked.connect(self.save_plans)
        self.reload()

    def reload(self) -> None:
        self.ui.targetTable.setRowCount(0)
        for row in call(self, lambda: targeting.targets(self.session), self.tr(TITLE)) or []:
            self._add(row)
        plans = {plan.user_id: plan for plan, _ in call(self, lambda: targeting.plans(self.session), self.tr(TITLE)) or []}
        people = call(self, lambda: targeting.users(self.session), self.tr(TITLE)) or []
        table = self.ui.planTable
        table.setRowCount(len(people))
        self.planned = set(plans)
        for r, (user_id, name) in enumerate(people):
            who = QTableWidgetItem(name)
            who.setData(IdRole, user_id)
            who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, 0, who)
            plan = plans.get(user_id)
            for c, value in enumerate((plan.day, plan.week, plan.month) if plan else ("", "", ""), 1):
                item = QTableWidgetItem(number(value) if plan else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)

    def _add(self, row: TargetRow) -> None:
        table = self.ui.targetTable
        r = table.rowCount()
        table.insertRow(r)
        kind = QTableWidgetItem(row.kind.title)
        kind.setData(IdRole, (row.id, row.kind))
        kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(r, 0, kind)
        if row.kind is TargetKind.EVENT:
            combo = QComboBox()
            combo.addItem(self.tr("(выберите тип события)"), None)
            for type_id, name in self.types:
                combo.addItem(name, type_id)
            combo.setCurrentIndex(max(0, combo.findData(row.event_type_id)))
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=r: self._name_from_type(n, c))
            table.setCellWidget(r, 1, combo)
        else:
            table.setItem(r, 1, QTableWidgetItem(row.result or ""))
        table.setItem(r, 2, QTableWidgetItem(row.name))
        weight = QTableWidgetItem(number(row.weight))
        weight.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(r, 3, weight)

    def _name_from_type(self, row: int, combo: QComboBox) -> None:
        item = self.ui.targetTable.item(row, 2)
        if item is not None and not item.text().strip() and combo.currentData() is not None:
            item.setText(combo.currentText())

    def target_rows(self) -> list[TargetRow] | None:
        table, rows = self.ui.targetTable, []
        for r in range(table.rowCount()):
            target_id, kind = table.item(r, 0).data(IdRole)
            weight = decimal(table.item(r, 3).text())
            if weight is None:
                show_error(self, ValueError(f"Вес цели в строке {r + 1} — не число, например 0,5."), self.tr(TITLE))
                return None
            if kind is TargetKind.EVENT:
                rows.append(TargetRow(target_id, kind, table.cellWidget(r, 1).currentData(), None,
                                      table.item(r, 2).text(), weight))
            else:
                rows.append(TargetRow(target_id, kind, None, table.item(r, 1).text(), table.item(r, 2).text(), weight))
        return rows

    def save_targets(self) -> bool:
        rows = self.target_rows()
        if rows is None or call(self, lambda: targeting.save_targets(self.session, rows) or True,
                                self.tr(TITLE)) is None:
            return False
        announce(TARGETING)
        self.reload()
        return True

    def save_plans(self) -> bool:
        table = self.ui.planTable
        for r in range(table.rowCount()):
            user_id = table.item(r, 0).data(IdRole)
            texts = [table.item(r, c).text().strip() for c in (1, 2, 3)]
            if not any(texts):
                if user_id in self.planned and call(self, lambda: targeting.delete_plan(self.session, user_id) or True,
                                                    self.tr(TITLE)) is None:
                    return False
                continue
            values = [decimal(t) for t in texts]
            if None in values:
                show_error(self, ValueError(f"План сотрудника «{table.item(r, 0).text()}» — не число."),
                           self.tr(TITLE))
                return False
            plan = Plan(user_id, *values)
            if call(self, lambda: targeting.save_plan(self.session, plan) or True, self.tr(TITLE)) is None:
                return False
        announce(TARGETING)
        self.reload()
        return True


def open_targeting(parent: QWidget | None, session: Session) -> TargetingDialog:
    return bring_up(parent, TargetingDialog, "targetingDialog", lambda: TargetingDialog(session, parent))

"""«Продажа – Оформить заявку поставщику» (WH-6; manual "Формирование заявки поставщику"): the
manual's three steps — the period, the suppliers (ticked in a list), «Начать анализ» — then the
quantities typed in the «Заказ» column, the sum, weight and volume below the table, and
«Печатная форма» from the chosen legal entity as a PDF opened by the system viewer. Nothing is
stored; the services read with the user's rights (services/supplier_order.py)."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QMessageBox, QWidget

from crm_desktop.domain.money import format_money, format_qty
from crm_desktop.domain.supplier_order import supply_totals
from crm_desktop.services import documents, supplier_order
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.sales.supplier_order_window_ui import Ui_SupplierOrderWindow
from crm_desktop.ui.sales.payment_dialog import problem_text
from crm_desktop.ui.sales.supply_model import NAME, ORDER, SupplyModel
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Заявка поставщику"
PERIOD_DAYS = 30          # the analysis looks at the last month until told otherwise
IdRole = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class SupplierOrderWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session = session
        self.setObjectName("supplierOrderWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = ui = Ui_SupplierOrderWindow()
        ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        self.printed: Path | None = None
        today = date.today()
        ui.dateFromEdit.set_value(today - timedelta(days=PERIOD_DAYS))
        ui.dateToEdit.set_value(today)
        self.model = SupplyModel(self)
        self.model.edited.connect(self._show_totals)
        self.model.refused.connect(lambda reason: QMessageBox.warning(self, self.tr("Значение не принято"), reason))
        view = ui.linesView
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((130, 60, 0, 36, 90, 75, 65, 60, 60, 85, 60, 70)):
            if width:
                view.setColumnWidth(column, width)
        ui.splitter.setSizes([200, 1000])
        for entity_id, name in self._call(lambda: documents.supplier_choices(session)) or []:
            ui.entityCombo.addItem(name, entity_id)
        default = self._call(lambda: documents.default_supplier_id(session))
        ui.entityCombo.setCurrentIndex(max(ui.entityCombo.findData(default), 0))
        ui.findButton.clicked.connect(self.find_suppliers)
        ui.analyseButton.clicked.connect(self.analyse)
        ui.printButton.clicked.connect(self.print_order)
        ui.closeButton.clicked.connect(self.close)
        for keys, slot in (("F5", self.analyse), ("Ctrl+P", self.print_order), ("Esc", self.close)):
            QShortcut(QKeySequence(keys), self, slot)
        self.find_suppliers()
        self._show_totals()

    def _call(self, work: Callable[[], T]) -> T | None:
        """A service call; its refusal shown with the service's own sentence, None returned."""
        try:
            return work()
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user
            QMessageBox.warning(self, self.tr(TITLE), problem_text(exc))
            return None

    # -- steps 1 and 2 ----------------------------------------------------------------------------
    def checked_suppliers(self) -> list[int]:
        items = (self.ui.suppliersList.item(i) for i in range(self.ui.suppliersList.count()))
        return [item.data(IdRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def find_suppliers(self) -> None:
        """The suppliers of the period; those ticked before stay ticked."""
        found = self._call(lambda: supplier_order.suppliers(self._session, self.ui.dateFromEdit.value(),
                                                            self.ui.dateToEdit.value()))
        if found is None:
            return
        ticked = set(self.checked_suppliers())
        listed = self.ui.suppliersList
        listed.clear()
        for client_id, name in found:
            item = QListWidgetItem(name, listed)
            item.setData(IdRole, client_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if client_id in ticked else Qt.CheckState.Unchecked)
        if not found:
            QListWidgetItem(self.tr("нет проведённых поступлений за период"), listed).setFlags(Qt.ItemFlag.NoItemFlags)
        elif listed.currentRow() < 0:
            listed.setCurrentRow(0)

    # -- step 3 and the order ---------------------------------------------------------------------
    def analyse(self) -> None:
        """«Начать анализ» (F5): the lines of the ticked suppliers; quantities typed are lost."""
        lines = self._call(lambda: supplier_order.analyse(self._session, self.ui.dateFromEdit.value(),
                                                          self.ui.dateToEdit.value(), self.checked_suppliers()))
        if lines is None:
            return
        self.model.set_lines(lines)
        if lines:
            self.ui.linesView.setCurrentIndex(self.model.index(0, ORDER))
            self.ui.linesView.setFocus()

    def _show_totals(self) -> None:
        if not self.model.lines:
            self.ui.totalsLabel.setText(self.tr("Отметьте поставщиков и нажмите «Начать анализ»."))
            return
        sums = supply_totals(self.model.lines)
        text = (f"Позиций к заказу: {sums.positions}    Сумма: {format_money(sums.amount)} руб.    "
                f"Вес: {format_qty(sums.weight)} кг    Объём: {format_qty(sums.volume)} м³")
        unknown = [f"вес не указан у {sums.without_weight}" if sums.without_weight else "",
                   f"объём не указан у {sums.without_volume}" if sums.without_volume else ""]
        if any(unknown):
            text += f"  ({', '.join(u for u in unknown if u)} поз.)"
        self.ui.totalsLabel.setText(self.tr(text))

    def print_order(self) -> None:
        """«Печатная форма» (Ctrl+P): one order per supplier in a PDF opened by the viewer."""
        out = Path(tempfile.mkdtemp(prefix="crm-print-")) / "supplier-order.pdf"
        printed = self._call(lambda: supplier_order.print_order(self._session, self.ui.entityCombo.currentData(),
                                                                self.model.lines, out))
        if printed is not None:
            self.printed = printed
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(printed)))


def open_supplier_order(parent: QWidget | None, session: Session) -> SupplierOrderWindow:
    """Show the window (non-modal; brought forward when it is open already)."""
    return bring_up(parent, SupplierOrderWindow, "supplierOrderWindow", lambda: SupplierOrderWindow(session, parent))

"""«Продажа – Прайс-лист» (ORD-2; manual «Формирование прайс-листа»): the principle (the
nomenclature, or what is in stock), the legal entity whose requisites head the list, the groups
(ticked in a tree; none ticked: all), the code instead of the article, the stock as a number or
+/++/+++, five columns for the order picker and «Количество в месте». «Сформировать прайс-лист…»
asks for a PDF or XLSX file, services/price_lists writes it, the system opens it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QTreeWidgetItem, QWidget

from crm_desktop.domain.functionality import Module
from crm_desktop.domain.price_list import StockShown
from crm_desktop.services import documents, functionality, nomenclature, price_lists, warehouse
from crm_desktop.services.price_lists import PriceListOptions, PriceSource
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.sales.price_list_dialog_ui import Ui_PriceListDialog
from crm_desktop.ui.ops import call, error_text
from crm_desktop.ui.print_output import render_and_open
from crm_desktop.ui.sales.payment_dialog import fill_entities

TITLE = "Прайс-лист"
STOCK_CHOICES = ((StockShown.NONE, "не показывать"), (StockShown.QUANTITY, "количеством"),
                 (StockShown.SIGNS, "знаками +/++/+++"))
FILTERS = "PDF (*.pdf);;Excel (*.xlsx)"
GroupIdRole = Qt.ItemDataRole.UserRole


def describe(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, price_lists.PriceListRefused) else error_text(exc)


class PriceListDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PriceListDialog()
        self.ui.setupUi(self)
        self._session = session
        self.made: Path | None = None             # the last file written
        ui = self.ui
        fill_entities(ui.entityCombo, session, call(self, lambda: documents.default_supplier_id(session)))
        gate = call(self, lambda: functionality.module_gate(session, Module.WAREHOUSE), self.tr(TITLE))
        self.stock_known = bool(gate and gate.allowed)
        ui.warehouseCombo.addItem(self.tr("Все склады"), None)
        if self.stock_known:
            for store_id, name in call(self, lambda: warehouse.warehouses(session), self.tr(TITLE)) or []:
                ui.warehouseCombo.addItem(name, store_id)
        for value, text in STOCK_CHOICES:
            ui.stockCombo.addItem(self.tr(text), value.value)     # Qt keeps a StrEnum as a plain str
        if not self.stock_known:              # no warehouse: no stock to show or to build from
            for widget in (ui.stockRadio, ui.warehouseCombo, ui.stockCombo):
                widget.setEnabled(False)
                widget.setToolTip(gate.reason if gate else "")
        ui.stockRadio.toggled.connect(self._source_changed)
        ui.stockCombo.currentIndexChanged.connect(self._source_changed)
        self._fill_groups(None, ui.groupsTree.invisibleRootItem())
        ui.groupsTree.itemExpanded.connect(self._expanded)
        ui.makeButton.clicked.connect(self.make)
        ui.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.make)
        self._source_changed()

    # -- groups ---------------------------------------------------------------------------------
    def _fill_groups(self, parent_id: int | None, node: QTreeWidgetItem) -> None:
        for group in call(self, lambda: nomenclature.child_groups(self._session, parent_id), self.tr(TITLE)) or []:
            child = QTreeWidgetItem(node, [group.name])
            child.setData(0, GroupIdRole, group.id)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            inherited = node is not self.ui.groupsTree.invisibleRootItem() and node.checkState(0) == Qt.CheckState.Checked
            child.setCheckState(0, Qt.CheckState.Checked if inherited else Qt.CheckState.Unchecked)
            if group.has_children:
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    def _expanded(self, node: QTreeWidgetItem) -> None:
        if node.childCount() == 0:
            self._fill_groups(node.data(0, GroupIdRole), node)

    def checked_groups(self) -> tuple[int, ...] | None:
        """The ticked groups (a group brings its subgroups in the service); None: all groups."""
        found: list[int] = []

        def walk(node: QTreeWidgetItem) -> None:
            for i in range(node.childCount()):
                child = node.child(i)
                if child.checkState(0) == Qt.CheckState.Checked:
                    found.append(child.data(0, GroupIdRole))
                else:
                    walk(child)
        walk(self.ui.groupsTree.invisibleRootItem())
        return tuple(found) or None

    # -- options --------------------------------------------------------------------------------
    def _source_changed(self) -> None:
        ui = self.ui
        stock_used = ui.stockRadio.isChecked() or StockShown(ui.stockCombo.currentData()) is not StockShown.NONE
        ui.warehouseCombo.setEnabled(self.stock_known and stock_used)

    def options(self) -> PriceListOptions:
        ui = self.ui
        return PriceListOptions(
            source=PriceSource.STOCK if ui.stockRadio.isChecked() else PriceSource.NOMENCLATURE,
            legal_entity_id=ui.entityCombo.currentData(), group_ids=self.checked_groups(),
            code_instead_of_article=ui.codeCheck.isChecked(),
            stock=StockShown(ui.stockCombo.currentData()) if self.stock_known else StockShown.NONE,
            per_package=ui.perPackageCheck.isChecked(), picker_columns=ui.pickerCheck.isChecked(),
            warehouse_id=ui.warehouseCombo.currentData())

    def ask_file(self) -> Path | None:
        """Where to save: a PDF or an XLSX (the chosen filter gives the extension if none typed)."""
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Сохранить прайс-лист"),
                                                   str(Path.home() / "Прайс-лист.pdf"), self.tr(FILTERS))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".pdf")
        return path

    def make(self) -> None:
        """«Сформировать прайс-лист…»: the file asked for, written and opened."""
        out = self.ask_file()
        if out is None:
            return
        options = self.options()
        made = render_and_open(self, self.tr(TITLE), out,
                               lambda path: price_lists.export_price_list(self._session, options, path), describe)
        if made is not None:
            self.made = made


def open_price_list(parent: QWidget | None, session: Session) -> None:
    """«Продажа – Прайс-лист…» as a modal window."""
    PriceListDialog(session, parent).exec()

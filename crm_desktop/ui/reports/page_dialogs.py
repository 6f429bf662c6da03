"""The two dialogs of the report preview that change what its pages show: «Параметры страницы»
(orientation, margins, the tables' text size: a new page layout) and «Редактировать страницу»
(manual: "Любые данные, полученные в результате построения отчета, могут быть исправлены “на
экране” … Исправленный отчет можно распечатать и экспортировать"): the current page's table
lines as an editable table and the report's title; what is changed goes into `report.edits`,
which every renderer applies and «Сохранить» keeps."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.reporting.report_model import GROUP, ROW, Report, Table
from crm_desktop.reporting.report_pages import Layout, PageSetup
from crm_desktop.ui.card.field_editors import russian_buttons
from crm_desktop.ui.forms.reports.edit_page_dialog_ui import Ui_EditPageDialog
from crm_desktop.ui.forms.reports.page_setup_dialog_ui import Ui_PageSetupDialog

ORIENTATIONS = (("portrait", "Книжная"), ("landscape", "Альбомная"))
ItemRole = Qt.ItemDataRole.UserRole + 1        # (item number, column) of an editable cell
HEADING_FILL = QColor("#e4e8ee")


class PageSetupDialog(QDialog):
    def __init__(self, setup: PageSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PageSetupDialog()
        self.ui.setupUi(self)
        russian_buttons(self.ui.buttonBox)
        for value, label in ORIENTATIONS:
            self.ui.orientationCombo.addItem(self.tr(label), value)
        self.ui.orientationCombo.setCurrentIndex(max(0, self.ui.orientationCombo.findData(setup.orientation)))
        left, top, right, bottom = setup.margins_mm
        for spin, value in ((self.ui.leftSpin, left), (self.ui.topSpin, top), (self.ui.rightSpin, right),
                            (self.ui.bottomSpin, bottom)):
            spin.setValue(value)
        self.ui.fontSpin.setValue(setup.font_size)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def setup(self) -> PageSetup:
        ui = self.ui
        return PageSetup(ui.orientationCombo.currentData(),
                         (ui.leftSpin.value(), ui.topSpin.value(), ui.rightSpin.value(), ui.bottomSpin.value()),
                         ui.fontSpin.value())


class EditPageDialog(QDialog):
    """Data rows are editable; group headings, subtotals and totals are shown bold and stay as
    they are. A second table on the page starts with a row of its column titles."""

    def __init__(self, report: Report, layout: Layout, n: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EditPageDialog()
        self.ui.setupUi(self)
        russian_buttons(self.ui.buttonBox)
        self.report = report
        self.setWindowTitle(self.tr("Редактировать страницу %1").replace("%1", str(n + 1)))
        self.ui.titleEdit.setText(report.header.title)
        self._original: dict[tuple[int, int], str] = {}
        self._fill(layout.page_tables(n))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _fill(self, tables: list[tuple[Table, list[int]]]) -> None:
        view = self.ui.table
        width = max((len(t.spec.columns) for t, _ in tables), default=1)
        view.setColumnCount(width)
        if tables:
            view.setHorizontalHeaderLabels([c.title for c in tables[0][0].spec.columns])
        bold = QFont(view.font())
        bold.setBold(True)
        rows: list[list[QTableWidgetItem]] = []
        for i, (table, numbers) in enumerate(tables):
            columns = table.spec.columns
            if i:
                rows.append([self._fixed(c.title, bold, HEADING_FILL) for c in columns])
            first = numbers[0] if numbers else 0
            for number, item in zip(numbers, self.report.items(first, len(numbers))):
                if item.type == GROUP:
                    rows.append([self._fixed(str(item.values[0]), bold)])
                    continue
                cells = []
                for col, (column, value) in enumerate(zip(columns, item.values)):
                    text = column.text(value)
                    if item.type == ROW:
                        cell = QTableWidgetItem(text)
                        cell.setData(ItemRole, (number, col))
                        self._original[(number, col)] = text
                    else:
                        cell = self._fixed(text, bold)
                    if column.kind.numeric:
                        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    cells.append(cell)
                rows.append(cells)
        view.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                view.setItem(r, c, cell)
            if len(cells) == 1 and width > 1:
                view.setSpan(r, 0, 1, width)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(22)
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)

    @staticmethod
    def _fixed(text: str, font: QFont, fill: QColor | None = None) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        cell.setFont(font)
        if fill is not None:
            cell.setBackground(QBrush(fill))
        return cell

    def changes(self) -> dict[int, dict[int, str]]:
        """The cells changed: item number → column → text."""
        out: dict[int, dict[int, str]] = {}
        view = self.ui.table
        for r in range(view.rowCount()):
            for c in range(view.columnCount()):
                cell = view.item(r, c)
                where = cell.data(ItemRole) if cell is not None else None
                if where is not None and cell.text() != self._original[tuple(where)]:
                    out.setdefault(where[0], {})[where[1]] = cell.text()
        return out

    def accept(self) -> None:
        """Apply the changes to the report (its edits and its title)."""
        for number, cells in self.changes().items():
            self.report.edits.setdefault(number, {}).update(cells)
        title = self.ui.titleEdit.text().strip()
        if title:
            self.report.header.title = title
        super().accept()

"""«Кассовый отчёт» (manual: "Кликните кнопку “Касса”, которая располагается в верхнем тулбаре
главного окна программы. Будет показан “Кассовый отчет”, где можно увидеть наличие только-что
оприходованных денег в кассе"): per cash desk × legal entity the balance at the start of the
period, its receipts and expenses, the balance at its end and the money there is now, with a
total line and who generated the report when (REP-2). It reads itself again when an order is
posted or unposted anywhere in the program."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from crm_desktop.domain.cash import LABELS, CashReport, ReportRow
from crm_desktop.domain.money import format_money
from crm_desktop.services import cash
from crm_desktop.services.session import Session
from crm_desktop.ui.cash.commands import CASH
from crm_desktop.ui.changes import follow
from crm_desktop.ui.forms.cash.report_window_ui import Ui_CashReportWindow
from crm_desktop.ui.ops import call
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Кассовый отчёт"
HEADERS = (LABELS["desk_id"], LABELS["legal_entity_id"], "Остаток на начало", "Приход", "Расход",
           "Остаток на конец", "Остаток сейчас")
MONEY_FROM = 2                 # the columns from here on hold money


def _cells(row: ReportRow) -> tuple[str, ...]:
    return (row.desk_name, row.legal_entity_name, *(format_money(v) for v in (
        row.opening, row.receipts, row.expenses, row.closing, row.now)))


class CashReportWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session = session
        self.report: CashReport | None = None
        self.setObjectName("cashReportWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_CashReportWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        today = date.today()
        self.ui.dateFromEdit.set_value(date(today.year, today.month, 1))
        self.ui.dateToEdit.set_value(today)
        table = self.ui.table
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        for i, title in enumerate(HEADERS):
            if i < MONEY_FROM:          # names share what the sums leave
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                table.setColumnWidth(i, max(metrics.horizontalAdvance(self.tr(title)) + 20,
                                            metrics.averageCharWidth() * 14 + 12))
        self.ui.buildButton.clicked.connect(self.build)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.build)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        follow(self, (CASH,), lambda _kind, _ids: self.build())
        self.build()

    def build(self) -> None:
        """«Сформировать»: the report of the period shown."""
        start, end = self.ui.dateFromEdit.value(), self.ui.dateToEdit.value()
        if start is None or end is None:
            QMessageBox.warning(self, self.tr(TITLE), self.tr("Укажите начало и конец периода."))
            return
        report = call(self, lambda: cash.report(self._session, start, end), self.tr(TITLE))  # type: ignore[arg-type]
        if report is not None:
            self.show_report(report)

    def show_report(self, report: CashReport) -> None:
        self.report = report
        ui, table = self.ui, self.ui.table
        ui.titleLabel.setText(self.tr("Движение денежных средств за период с %1 по %2").replace(
            "%1", f"{report.date_from:%d.%m.%Y}").replace("%2", f"{report.date_to:%d.%m.%Y}"))
        rows = report.rows
        table.setRowCount(len(rows) + 1)
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate([*rows, report.totals]):
            for c, text in enumerate(_cells(row)):
                item = QTableWidgetItem(text)
                if c >= MONEY_FROM:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row is report.totals:
                    item.setFont(bold)
                table.setItem(r, c, item)
        if not rows:
            table.item(0, 1).setText(self.tr("движений и остатков нет"))
        ui.footerLabel.setText(self.tr("Сформировал: %1, %2. «Остаток сейчас» — деньги в кассе с учётом "
                                       "ордеров после конца периода.").replace("%1", report.generated_by).replace(
            "%2", f"{report.generated_at:%d.%m.%Y %H:%M}"))


def open_cash_report(parent: QWidget | None, session: Session) -> CashReportWindow:
    """Show the report (non-modal; brought forward and formed again when it is open already)."""
    return bring_up(parent, CashReportWindow, "cashReportWindow", lambda: CashReportWindow(session, parent),
                    again=CashReportWindow.build)

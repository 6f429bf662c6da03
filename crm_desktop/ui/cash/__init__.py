"""Cash accounting screens (CASH-1; manual "Кассовый учет"): the «Касса» menu of the main
window — «Журнал движения денежных средств», «Кассы», «Кассовый отчёт» — and the «Касса»
button of its toolbar, which shows the cash report. The report is the report pipeline's
«cash-report» (its parameters, then the preview: ui/reports). The windows are imported when
first opened, so the program starts as fast as before."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar

from crm_desktop.services.session import Session
from crm_desktop.ui.ops import call

JOURNAL, DESKS, REPORT = "Журнал движения денежных средств", "Кассы", "Кассовый отчёт"
REPORT_SLUG = "cash-report"          # reports/specs/cash-report.toml
BUTTON = "Касса"
BUTTON_TIP = "Кассовый отчёт: деньги в кассах по юр. лицам, приход и расход за период"


def open_journal(window: QMainWindow, session: Session) -> None:
    from crm_desktop.ui.cash.journal_window import open_cash_journal
    call(window, lambda: open_cash_journal(window, session), window.tr(JOURNAL))


def open_desks(window: QMainWindow, session: Session) -> None:
    from crm_desktop.ui.cash.desks_dialog import open_cash_desks
    call(window, lambda: open_cash_desks(window, session), window.tr(DESKS))


def open_report(window: QMainWindow, session: Session) -> None:
    """«Кассовый отчёт» through the report pipeline: its parameter window, then the preview."""
    from crm_desktop.ui.reports import open_report as open_pipeline_report
    call(window, lambda: open_pipeline_report(window, session, REPORT_SLUG), window.tr(REPORT))


def install_menu(window: QMainWindow, bar: QMenuBar, session: Session) -> QMenu:
    """The «Касса» menu, added at the end of `bar` as the manual's "“Касса” -> …"."""
    menu = bar.addMenu(window.tr("&Касса"))
    menu.setObjectName("cashMenu")
    menu.addAction(window.tr(JOURNAL), lambda: open_journal(window, session))
    menu.addAction(window.tr(DESKS), lambda: open_desks(window, session))
    menu.addSeparator()
    menu.addAction(window.tr(REPORT), lambda: open_report(window, session))
    return menu


def install_button(window: QMainWindow, toolbar: QToolBar, session: Session) -> None:
    """Bring the toolbar's «Касса» placeholder to life: it shows «Кассовый отчёт»."""
    for action in toolbar.actions():
        if action.text() == window.tr(BUTTON):
            action.setEnabled(True)
            action.setToolTip(window.tr(BUTTON_TIP))
            action.setStatusTip(window.tr(BUTTON_TIP))
            action.triggered.connect(lambda _checked=False: open_report(window, session))
            action.setObjectName("cashAction")

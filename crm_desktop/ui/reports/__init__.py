"""«Отчёты» (manual «Отчеты»: "Все отчеты собраны в пункте главного меню “Отчеты”"): the menu of
the main window with the reports of reports/specs grouped as the templates say, the settings
window of a report and its preview. Other screens open a report with `open_report` (the card's
«Сводная информация по клиенту», the cash desk's «Кассовый отчёт»). The windows are imported
when first opened, so the program starts as fast as before."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMenuBar, QWidget

from crm_desktop.services import reports
from crm_desktop.services.session import Session
from crm_desktop.ui.ops import call
from crm_desktop.ui.widgets.windows import bring_up

if TYPE_CHECKING:
    from crm_desktop.services.reports import Params
    from crm_desktop.ui.reports.preview_window import PreviewWindow

__all__ = ["MENUS", "OPEN_SAVED", "install_menu", "open_report", "open_saved_report", "show_menus", "start_report"]

# the «Отчёты» submenus in the manual's order; a template's `menu` names one ("" — from a card only)
MENUS = ("Оперативные", "Продажи", "Склад", "Касса", "Статистика")
WAREHOUSE_MENU, CASH_MENU = "Склад", "Касса"
OPEN_SAVED = "Открыть сохранённый отчёт…"


def open_report(parent: QWidget | None, session: Session, slug: str, preset: dict[str, str] | None = None,
                error: str = "") -> None:
    """The report's settings window (its fields filled from `preset`, then the values used last
    time, then the template's defaults), then the report generated into its preview. `error`:
    why the last run with these values was refused, shown in the window."""
    from crm_desktop.ui.reports.params_dialog import ReportParamsDialog
    spec = call(parent, lambda: reports.spec(slug), "Отчёт")
    if spec is None:
        return
    if not spec.params:
        params = call(parent, lambda: reports.resolve(session, spec, {}), spec.title)
        if params is not None:
            start_report(parent, session, slug, params)
        return
    dialog = call(parent, lambda: ReportParamsDialog(session, spec, preset, parent), spec.title)
    if dialog is not None and error:
        dialog.show_error(error)
    if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted and dialog.params is not None:
        start_report(parent, session, slug, dialog.params)


def start_report(parent: QWidget | None, session: Session, slug: str, params: Params) -> PreviewWindow:
    """Generate into the report's preview: one window per report, a new run replacing the
    report it showed."""
    from crm_desktop.ui.reports.preview_window import PreviewWindow
    name = f"reportPreview:{slug}"
    window = bring_up(parent, PreviewWindow, name, lambda: PreviewWindow(session, parent, name))
    window.generate(slug, params)
    return window


def open_saved_report(parent: QWidget | None, session: Session, path: Path | None = None) -> PreviewWindow | None:
    """«Открыть сохранённый отчёт…»: a *.crmrep file in a preview, without generating."""
    from crm_desktop.ui.reports.preview_window import open_saved
    return open_saved(parent, session, path)


def install_menu(window: QMainWindow, bar: QMenuBar, session: Session) -> QMenu:
    """The «Отчёты» menu: a submenu per group of MENUS holding its reports by title, then
    «Открыть сохранённый отчёт…». A template that cannot be read leaves the menu without the
    reports and says why in the disabled item's tip."""
    menu = bar.addMenu(window.tr("&Отчёты"))
    menu.setObjectName("reportsMenu")
    menu.setToolTipsVisible(True)
    try:
        found = [s for s in reports.specs() if s.menu]
        problem = ""
    except Exception as exc:  # noqa: BLE001 - a broken template must not stop the main window
        found, problem = [], str(exc)
    groups = list(MENUS) + sorted({s.menu for s in found} - set(MENUS))
    for group in groups:
        members = sorted((s for s in found if s.menu == group), key=lambda s: s.title)
        if not members:
            continue
        sub = menu.addMenu(window.tr(group))
        sub.setObjectName(f"reportsMenu:{group}")
        sub.setToolTipsVisible(True)
        for spec in members:
            action = sub.addAction(window.tr(spec.title))
            action.setObjectName(f"report:{spec.slug}")
            if spec.description:
                action.setToolTip(window.tr(spec.description))
                action.setStatusTip(window.tr(spec.description))
            action.triggered.connect(lambda _checked=False, slug=spec.slug: open_report(window, session, slug))
    if problem:
        broken = menu.addAction(window.tr("Отчёты недоступны"))
        broken.setEnabled(False)
        broken.setToolTip(problem)
    menu.addSeparator()
    menu.addAction(window.tr(OPEN_SAVED), lambda: open_saved_report(window, session))
    return menu


def show_menus(menu: QMenu, warehouse_on: bool, cash_on: bool) -> None:
    """«Параметры – Функционал»: the warehouse's and the cash desk's reports only where that part
    is switched on (and the edition has it)."""
    for group, on in ((WAREHOUSE_MENU, warehouse_on), (CASH_MENU, cash_on)):
        sub = menu.findChild(QMenu, f"reportsMenu:{group}")
        if sub is not None:
            sub.menuAction().setVisible(on)

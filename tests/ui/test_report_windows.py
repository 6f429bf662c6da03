"""The report windows (issue 13): the settings window built from a template's parameters, the
preview that shows page one while the rest streams, its navigation, zoom, print, export, save
and open, «Редактировать страницу», the «Отчёты» menu of the main window and the card's
«Сводная информация по клиенту». The reports here are small ones registered by the test (a
template in a temporary reports/specs and a builder reading the users from Firebird), so the
windows are tested apart from the reports the other modules add."""
from __future__ import annotations

import io
import shutil
import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from shiboken6 import isValid

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.functionality import Switches
from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.reporting import report_specs
from crm_desktop.services import clients, functionality, reports
from crm_desktop.services.reports import Rows, Text
from crm_desktop.ui import reports as reports_ui
from crm_desktop.ui.reports.page_dialogs import EditPageDialog
from crm_desktop.ui.reports.params_dialog import ClientField, DateField, ReportParamsDialog, UserField
from crm_desktop.ui.reports.preview_window import PreviewWindow, open_saved

TODAY = date(2026, 11, 15)
SPEC = """
title = "Проверочный отчёт {n}"
menu = "{menu}"
description = "Строки для проверки окон отчётов"
[[params]]
name = "date_from"
label = "Период с"
kind = "date"
default = "month_start"
required = true
[[params]]
name = "date_to"
label = "по"
kind = "date"
default = "today"
required = true
[[params]]
name = "user"
label = "Сотрудник"
kind = "user"
default = "me"
[[params]]
name = "rows"
label = "Строк"
kind = "int"
default = "5"
[[params]]
name = "paid"
label = "Только оплаченные"
kind = "bool"
default = "да"
[[tables]]
id = "main"
title = "Строки"
group_by = "grp"
total_label = "Всего"
[[tables.columns]]
key = "grp"
title = "Группа"
width = 2
[[tables.columns]]
key = "name"
title = "Наименование"
width = 4
[[tables.columns]]
key = "amount"
title = "Сумма"
kind = "money"
width = 2
total = true
"""
CLIENT_SPEC = """
title = "Сводная информация по клиенту"
menu = ""
[[params]]
name = "client"
label = "Клиент"
kind = "client"
required = true
[[tables]]
id = "main"
[[tables.columns]]
key = "name"
title = "Клиент"
"""


class Gate:
    """Holds a builder after its first rows until the test opens it (never longer than 20 s)."""

    def __init__(self) -> None:
        self.after: int | None = None
        self.opened = threading.Event()


def _rows(session, params, gate: Gate) -> Iterator[dict]:
    people = reports.choices(session, "users")           # read from Firebird through the session
    for i in range(params["rows"]):
        if gate.after is not None and i == gate.after:
            gate.opened.wait(20)
        login, name = people[i % len(people)]
        yield {"grp": f"Группа {i // 10 + 1}", "name": f"{name} — строка {i + 1}", "amount": Decimal(i + 1)}


@pytest.fixture
def specs(tmp_path, monkeypatch) -> SimpleNamespace:
    """Templates ui_test (Оперативные), ui_stock (Склад), ui_cash (Касса) and client-summary,
    beside the program's own ones, with their builders."""
    folder = tmp_path / "specs"
    if report_specs.SPECS_DIR.is_dir():
        shutil.copytree(report_specs.SPECS_DIR, folder)
    folder.mkdir(exist_ok=True)
    for slug, menu, n in (("ui_test", "Оперативные", 1), ("ui_stock", "Склад", 2), ("ui_cash", "Касса", 3)):
        (folder / f"{slug}.toml").write_text(SPEC.format(n=n, menu=menu), encoding="utf-8")
    (folder / "client-summary.toml").write_text(CLIENT_SPEC, encoding="utf-8")
    monkeypatch.setattr(report_specs, "SPECS_DIR", folder)
    report_specs.load_spec.cache_clear()
    gate = Gate()

    def build(session, params):
        yield Text([f"Строк: {params['rows']}"])
        yield Rows("main", _rows(session, params, gate))

    def summary(session, params):
        yield Rows("main", [{"name": clients.client_title(session, params["client"])}])
    for slug in ("ui_test", "ui_stock", "ui_cash"):
        monkeypatch.setitem(reports._BUILDERS, slug, build)
    monkeypatch.setitem(reports._BUILDERS, "client-summary", summary)
    yield SimpleNamespace(gate=gate)
    gate.opened.set()
    report_specs.load_spec.cache_clear()


def _params(session, rows: int = 5, slug: str = "ui_test"):
    return reports.resolve(session, reports.spec(slug), {"date_from": "01.11.2026", "date_to": "15.11.2026",
                                                        "rows": str(rows)}, TODAY)


def _preview(qtbot, session, rows: int = 5) -> PreviewWindow:
    window = reports_ui.start_report(None, session, "ui_test", _params(session, rows))
    qtbot.addWidget(window)
    window.resize(900, 1000)
    qtbot.waitUntil(lambda: window.job is None and window.pages is not None and window.pages.final
                    and not window._refit.isActive(), timeout=10000)       # fitted to the new width too
    return window


def _pdf_text(window: PreviewWindow, n: int = 0) -> str:
    return pypdf.PdfReader(io.BytesIO(window.pages.page_pdf(n))).pages[0].extract_text()


def _when_modal(kind, act) -> None:
    """`act(dialog)` on the modal dialog of `kind` as soon as it is shown."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(10, look)
    QTimer.singleShot(0, look)


# ------------------------------------------------------------------ the settings window

def test_settings_window_shows_the_templates_params_and_refuses_a_bad_period(qtbot, session_of, specs) -> None:
    admin = session_of("admin")
    dialog = ReportParamsDialog(admin, reports.spec("ui_test"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.titleLabel.text() == "Проверочный отчёт 1"
    labels = [dialog.ui.paramsLayout.itemAt(i, dialog.ui.paramsLayout.ItemRole.LabelRole).widget().text()
              for i in range(dialog.ui.paramsLayout.rowCount() - 1)]
    assert labels == ["Период с *:", "по *:", "Сотрудник:", "Строк:"]
    assert dialog.values() == {"date_from": "01.11.2026", "date_to": "15.11.2026", "user": "admin", "rows": "5",
                               "paid": "да"}
    user = dialog.fields["user"]
    assert isinstance(user, UserField) and user.widget.itemText(0) == "все" and user.widget.isEnabled()
    assert dialog.fields["paid"].widget.text() == "Только оплаченные"

    date_from = dialog.fields["date_from"]
    assert isinstance(date_from, DateField)
    date_from.widget.set_value(date(2026, 11, 20))
    qtbot.keyClick(dialog.ui.buildButton, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.params is None
    assert dialog.ui.errorLabel.isVisible() and dialog.error() == "Конец периода раньше его начала."

    date_from.widget.set_value(date(2026, 11, 2))
    dialog.fields["rows"].set_text("7")
    dialog.fields["user"].set_text("")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.error() == ""
    assert dialog.params["rows"] == 7 and dialog.params["user"] is None
    assert dialog.params["date_from"] == date(2026, 11, 2) and dialog.params["date_to"] == TODAY
    # the values come back next time; the untouched end of the period stays «today»
    assert admin.setting("report.ui_test.params")["date_to"] == "today"
    again = ReportParamsDialog(admin, reports.spec("ui_test"), today=date(2026, 12, 3))
    qtbot.addWidget(again)
    assert again.values()["rows"] == "7" and again.values()["user"] == ""
    assert again.values()["date_from"] == "02.11.2026" and again.values()["date_to"] == "03.12.2026"


def test_a_manager_reports_on_himself_only(qtbot, session_of, specs) -> None:
    manager = session_of("manager")
    dialog = ReportParamsDialog(manager, reports.spec("ui_test"), today=TODAY)
    qtbot.addWidget(dialog)
    combo = dialog.fields["user"].widget
    assert [combo.itemData(i) for i in range(combo.count())] == ["manager"]
    assert not combo.isEnabled() and "всем сотрудникам" in combo.toolTip()


def test_client_parameter_finds_the_client_by_name(qtbot, session_of, specs) -> None:
    manager = session_of("manager")
    card = clients.new_card(manager, ClientKind.COMPANY)
    card.values["name"] = "ООО Отчётная Ромашка"
    card = clients.save_card(manager, card)
    dialog = ReportParamsDialog(manager, reports.spec("client-summary"), today=TODAY)
    qtbot.addWidget(dialog)
    field = dialog.fields["client"]
    assert isinstance(field, ClientField)
    field.edit.setText("Ромашка")
    field.look_up(offer=False)
    assert field.text() == str(card.code) and field.name.text() == "ООО Отчётная Ромашка"
    dialog.accept()
    assert dialog.params["client"] == card.id

    field.edit.setText("999999")
    dialog.show()
    dialog.accept()
    assert "клиента с кодом 999999 нет" in dialog.error()


# ------------------------------------------------------------------ the preview

def test_small_report_opens_on_page_one_of_one(qtbot, session_of, specs, tmp_path) -> None:
    window = _preview(qtbot, session_of("admin"))
    assert window.isVisible() and window.windowTitle() == "Проверочный отчёт 1"
    assert window.page_text() == "стр. 1 из 1"
    assert window.image is not None and window.ui.pageLabel.pixmap().width() == window.image.width()
    assert not window.progress_bar.isVisible() and not window.cancel_button.isVisible()
    text = _pdf_text(window)
    assert "Проверочный отчёт 1" in text and "Админов Админ — строка 1" in text and "Всего" in text
    room = window.ui.pageArea.viewport().width()
    assert window.fit_width and room - 60 <= window.ui.pageLabel.width() <= room
    assert window.grab().save(str(tmp_path / "preview.png"))


def test_navigation_and_zoom_change_the_view(qtbot, session_of, specs) -> None:
    window = _preview(qtbot, session_of("admin"), rows=240)
    count = window.page_count()
    assert count >= 3 and window.page_text() == f"стр. 1 из {count}"
    first = window.image
    window.ui.actionNext.trigger()
    assert window.page == 1 and window.page_text() == f"стр. 2 из {count}" and window.image != first
    window.ui.actionLast.trigger()
    assert window.page == count - 1 and not window.ui.actionNext.isEnabled()
    window.ui.actionFirst.trigger()
    assert window.page == 0 and not window.ui.actionPrev.isEnabled()
    window.page_spin.setValue(3)
    assert window.page == 2
    window.activateWindow()
    window.ui.pageArea.setFocus()
    qtbot.keyClick(window.ui.pageArea, Qt.Key.Key_PageUp)
    assert window.page == 1
    qtbot.keyClick(window.ui.pageArea, Qt.Key.Key_Home)
    assert window.page == 0

    window.ui.actionZoom100.trigger()
    assert window.zoom == 1.0 and window.zoom_label.text() == "100 %"
    width = window.image.width()
    window.ui.actionZoomIn.trigger()
    assert window.zoom == 1.1 and window.image.width() > width
    window.ui.actionZoomOut.trigger()
    window.ui.actionZoomOut.trigger()
    assert window.zoom == 0.9 and window.image.width() < width
    window.ui.actionFitWidth.trigger()
    room = window.ui.pageArea.viewport().width()
    assert window.fit_width and room - 60 <= window.ui.pageLabel.width() <= room


def test_page_one_shows_while_the_rest_streams_and_cancel_keeps_nothing(qtbot, session_of, specs,
                                                                         tmp_path) -> None:
    specs.gate.after = 200          # the builder stops after 200 rows until the test goes on
    admin = session_of("admin")
    window = reports_ui.start_report(None, admin, "ui_test", _params(admin, rows=1200))   # closes itself
    qtbot.waitUntil(lambda: window.image is not None, timeout=10000)
    assert window.streaming and window.progress_bar.isVisible() and window.cancel_button.isVisible()
    assert window.page_text().startswith("стр. 1 из ≥")
    assert not window.ui.actionSave.isEnabled() and not window.ui.actionExport.isEnabled()
    assert window.grab().save(str(tmp_path / "streaming.png"))
    report, job = window.report, window.job
    folder = report._dir
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    specs.gate.opened.set()
    qtbot.waitUntil(lambda: not job.running, timeout=10000)
    assert job.cancelled
    qtbot.waitUntil(lambda: not isValid(window), timeout=5000)         # closed and gone
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)


def test_a_streamed_report_ends_with_its_page_count(qtbot, session_of, specs) -> None:
    specs.gate.after = 150
    admin = session_of("admin")
    window = reports_ui.start_report(None, admin, "ui_test", _params(admin, rows=400))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.image is not None, timeout=10000)
    assert "≥" in window.page_text()
    specs.gate.opened.set()
    qtbot.waitUntil(lambda: window.job is None and window.pages.final, timeout=10000)
    assert window.page_text() == f"стр. 1 из {window.page_count()}" and window.page_count() > 3
    assert window.ui.actionSave.isEnabled() and not window.progress_bar.isVisible()


def test_export_to_excel_and_the_right_to_export(qtbot, session_of, specs, tmp_path, finished) -> None:
    window = _preview(qtbot, session_of("admin"))
    assert window.ui.actionExport.isEnabled()
    files = finished(window.export(tmp_path / "отчёт.xlsx"))
    assert files == [tmp_path / "отчёт.xlsx"]
    cells = [c for row in openpyxl.load_workbook(files[0]).active.iter_rows(values_only=True) for c in row if c]
    assert "Проверочный отчёт 1" in cells and "Админов Админ — строка 1" in cells

    chosen = []

    def choose(parent, caption, path, filters):
        chosen.append((caption, path, filters))
        return str(tmp_path / "страницы"), filters.split(";;")[0]
    window.choose_save = choose
    files = finished(window.export(suffix=".png"))
    assert files == [tmp_path / "страницы.png"] and files[0].stat().st_size > 1000
    assert chosen[0][0] == "Экспорт отчёта" and chosen[0][2].startswith("Рисунок PNG")

    manager_window = _preview(qtbot, session_of("manager"))
    assert not manager_window.session.can(Permission.EXPORT_DATA)
    assert not manager_window.ui.actionExport.isEnabled()
    assert manager_window.ui.actionExport.toolTip() == refusal(Permission.EXPORT_DATA)


def test_save_and_open_show_the_same_page(qtbot, session_of, specs, tmp_path, finished, boxes) -> None:
    admin = session_of("admin")
    window = _preview(qtbot, admin, rows=30)
    window.set_zoom(1.0)
    finished(window.save(tmp_path / "мой отчёт"))
    saved = tmp_path / "мой отчёт.crmrep"
    assert saved.is_file()
    reopened = open_saved(None, admin, saved)
    qtbot.addWidget(reopened)
    reopened.set_zoom(1.0)
    assert reopened.windowTitle() == window.windowTitle() and reopened.page_text() == "стр. 1 из 1"
    assert reopened.image == window.image

    broken = tmp_path / "не отчёт.crmrep"
    broken.write_text("текст", encoding="utf-8")
    assert window.open_file(broken) is None
    assert boxes.warnings == ["Файл не отчёт.crmrep не является сохранённым отчётом CRM."]


def test_edit_page_changes_the_drawn_text_and_is_saved(qtbot, session_of, specs, tmp_path, finished) -> None:
    admin = session_of("admin")
    window = _preview(qtbot, admin, rows=12)
    table, numbers = window.pages.page_tables(0)[0]
    assert len(numbers) == table.count           # groups, rows, subtotals and the total, all on page one
    before = window.image

    def edit(dialog: EditPageDialog) -> None:
        view = dialog.ui.table
        assert view.item(0, 0).text() == "Группа 1" and view.item(0, 0).font().bold()
        assert not view.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
        assert view.item(1, 1).text() == "Админов Админ — строка 1"
        dialog.resize(700, 420)
        assert dialog.grab().save(str(tmp_path / "edit.png"))
        view.item(1, 1).setText("Исправлено вручную")
        dialog.ui.titleEdit.setText("Отчёт с правкой")
        dialog.accept()
    _when_modal(EditPageDialog, edit)
    assert window.edit_page()
    first_row = numbers[1]
    assert window.report.edits == {first_row: {1: "Исправлено вручную"}}
    text = _pdf_text(window)
    assert "Исправлено вручную" in text and "Админов Админ — строка 1\n" not in text and "Отчёт с правкой" in text
    assert window.image != before and window.windowTitle() == "Отчёт с правкой"

    finished(window.save(tmp_path / "правка.crmrep"))
    reopened = open_saved(None, admin, tmp_path / "правка.crmrep")
    qtbot.addWidget(reopened)
    assert reopened.report.edits == window.report.edits
    assert "Исправлено вручную" in _pdf_text(reopened)


def test_print_and_page_setup(qtbot, session_of, specs, tmp_path) -> None:
    window = _preview(qtbot, session_of("admin"), rows=240)
    count = window.page_count()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "печать.pdf"))
    assert window.print_report(printer)
    printed = pypdf.PdfReader(tmp_path / "печать.pdf")
    assert len(printed.pages) == count
    assert float(printed.pages[0].mediabox.width) < float(printed.pages[0].mediabox.height)

    from crm_desktop.reporting.report_pages import PageSetup
    window.apply_setup(PageSetup("landscape", (10, 10, 10, 10), 8.0))
    assert window.page_count() != count or window.image.width() > window.image.height()
    assert window.image.width() > window.image.height()


def test_context_menu_holds_the_commands(qtbot, session_of, specs) -> None:
    window = _preview(qtbot, session_of("admin"))
    seen = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
            menu.close()
        else:
            QTimer.singleShot(10, read_menu)
    QTimer.singleShot(0, read_menu)
    window._context_menu(window.ui.pageArea.rect().center())
    assert seen == ["&Печать…", "&Экспорт", "&Сохранить…", "&Открыть…", "&Редактировать страницу…"]


# ------------------------------------------------------------------ the menu and the card

def _submenus(window) -> dict[str, list[str]]:
    menu = window.reports_menu
    return {a.text(): [s.text() for s in a.menu().actions()] for a in menu.actions()
            if a.menu() is not None and a.isVisible()}


def test_reports_menu_lists_the_reports_and_follows_the_switches(qtbot, session_of, specs, boxes) -> None:
    from crm_desktop.ui.main.main_window import MainWindow
    admin = session_of("admin")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    menus = _submenus(window)
    assert list(menus)[:1] == ["Оперативные"] and "Проверочный отчёт 1" in menus["Оперативные"]
    assert "Проверочный отчёт 2" in menus["Склад"] and "Проверочный отчёт 3" in menus["Касса"]
    order = [m for m in reports_ui.MENUS if m in menus]
    assert list(menus) == order + sorted(set(menus) - set(order))
    assert not any("Сводная информация по клиенту" in titles for titles in menus.values())
    assert window.reports_menu.actions()[-1].text() == "Открыть сохранённый отчёт…"

    functionality.set_switches(admin, Switches(warehouse=False, cash=False))
    window.apply_functionality()
    assert "Склад" not in _submenus(window) and "Касса" not in _submenus(window)
    assert "Оперативные" in _submenus(window)

    def accept(dialog: ReportParamsDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    _when_modal(ReportParamsDialog, accept)
    operative = window.reports_menu.findChild(QMenu, "reportsMenu:Оперативные")
    next(a for a in operative.actions() if a.objectName() == "report:ui_test").trigger()
    preview = window.findChild(PreviewWindow, "reportPreview:ui_test")
    assert preview is not None
    qtbot.waitUntil(lambda: preview.job is None and preview.image is not None, timeout=10000)
    assert preview.page_text() == "стр. 1 из 1"


def test_client_card_opens_its_summary(qtbot, session_of, specs, boxes) -> None:
    from crm_desktop.ui.card.client_dialog import ClientDialog
    manager = session_of("manager")
    card = clients.new_card(manager, ClientKind.COMPANY)
    card.values["name"] = "ООО Сводная"
    card = clients.save_card(manager, card)
    dialog = ClientDialog(manager, clients.load_card(manager, card.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.summaryButton.isEnabled()
    shown = {}

    def accept(params: ReportParamsDialog) -> None:
        shown["code"] = params.fields["client"].text()
        shown["name"] = params.fields["client"].name.text()
        params.accept()
    _when_modal(ReportParamsDialog, accept)
    qtbot.mouseClick(dialog.ui.summaryButton, Qt.MouseButton.LeftButton)
    assert shown == {"code": str(card.code), "name": "ООО Сводная"}
    preview = dialog.findChild(PreviewWindow, "reportPreview:client-summary")
    qtbot.waitUntil(lambda: preview.job is None and preview.image is not None, timeout=10000)
    assert "ООО Сводная" in _pdf_text(preview)

    new = ClientDialog(manager, clients.new_card(manager, ClientKind.COMPANY))
    qtbot.addWidget(new)
    assert not new.ui.summaryButton.isEnabled()


def test_every_templates_settings_window_passes_its_defaults(qtbot, session_of) -> None:
    """The program's own templates (reports/specs): each settings window opens with a field per
    parameter and its defaults pass the engine (a client given where one is required)."""
    admin = session_of("admin")
    card = clients.new_card(admin, ClientKind.COMPANY)
    card.values["name"] = "ООО Для отчётов"
    card = clients.save_card(admin, card)
    for spec in reports.specs():
        needs_client = {p.name: str(card.code) for p in spec.params if p.kind == "client" and p.required}
        dialog = ReportParamsDialog(admin, spec, needs_client, today=TODAY)
        qtbot.addWidget(dialog)
        assert list(dialog.fields) == [p.name for p in spec.params]
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, (spec.slug, dialog.error())

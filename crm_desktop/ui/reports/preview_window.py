"""The report window (manual «Отчеты»): the report's pages as they will be printed, drawn by the
page renderer (reporting/report_pages.py), with «Печать», «Параметры страницы», zoom, page
navigation, «Экспорт» into every format of reporting/report_export.py (with the right to export
data), «Сохранить»/«Открыть» of the program's own *.crmrep file and «Редактировать страницу»;
the same commands in the page's context menu.

A report is generated on the runner (ui/ops.py) and streams: page one shows as soon as the
engine has spooled it, a progress bar with «Отмена» sits in the status bar while the rest is
read, and the page count reads «≥M» until the last page is known. Cancelling keeps nothing:
the window closes and the engine drops the spooled rows."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMarginsF, QObject, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (QCloseEvent, QImage, QKeyEvent, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap,
                           QResizeEvent, QWheelEvent)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QApplication, QDialog, QFileDialog, QLabel, QMainWindow, QMenu, QProgressBar,
                               QPushButton, QSpinBox, QStyle, QToolButton, QWidget)

from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.reporting.report_model import SUFFIX, Report
from crm_desktop.reporting.report_pages import Layout, PageSetup, page_image
from crm_desktop.services import reports
from crm_desktop.services.reports import Params
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.reports.preview_window_ui import Ui_ReportPreviewWindow
from crm_desktop.ui.ops import Cancelled, Job, call, run_op, runner, show_error
from crm_desktop.ui.print_output import safe_name
from crm_desktop.ui.reports.page_dialogs import EditPageDialog, PageSetupDialog

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
PAGINATE_MS = 100            # pages are laid out ahead of the reader in slices of this period…
PAGINATE_BUDGET_S = 0.04     # …each at most this long, so the window stays responsive
PRINT_DPI = 300              # pages go to the printer as images of this resolution at most
PAGE_GAP = 12                # pixels of grey round the page
CLOSE_WAIT_MS = 2000         # closing waits this long for the window's jobs to stop
WAITING = "Отчёт формируется…"
SAVED_FILTER = "Отчёт CRM (*{0})"
FileChooser = Callable[[QWidget, str, str, str], str]     # (parent, caption, path, filter) -> path or ""


def page_setup_key(slug: str) -> str:
    """The per-user setting holding a report's page setup."""
    return f"report.{slug}.page"


def export_formats() -> dict[str, str]:
    """suffix → label, one suffix per label (the export helper's FORMATS, «.htm» folded in «.html»)."""
    from crm_desktop.reporting.report_export import FORMATS
    seen: dict[str, str] = {}
    for suffix, label in FORMATS.items():
        if label not in seen.values():
            seen[suffix] = label
    return seen


def to_qimage(image: Any) -> QImage:
    """A PIL image as a QImage (copied: the bytes are PIL's)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


class _Relay(QObject):
    """Carries the engine's `started(report)` from the worker thread to the GUI thread."""
    started = Signal(object)


class PreviewWindow(QMainWindow):
    """`generate(slug, params)` fills it from the engine, `show_report(report)` shows a report
    made already (a reopened file). `page` is 0-based; `page_shown` fires whenever a page is
    drawn on screen."""

    page_shown = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None, name: str = "reportPreview",
                 choose_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_ReportPreviewWindow()
        self.ui.setupUi(self)
        self.session = session
        self.choose_save, self.choose_open = (choose_file, choose_file) if choose_file else \
            (QFileDialog.getSaveFileName, QFileDialog.getOpenFileName)
        self.report: Report | None = None
        self.pages: Layout | None = None
        self.setup: PageSetup | None = None
        self.slug = ""
        self.page = 0
        self.zoom = 1.0
        self.fit_width = True
        self.job: Job | None = None
        self.image: QImage | None = None            # the page on screen
        self._rendered: tuple | None = None          # (page, dpi, edits, final) of self.image
        self._edits = 0                              # bumped by «Редактировать страницу»
        self._build_toolbar()
        self._build_status()
        self._paginator = QTimer(self, interval=PAGINATE_MS)
        self._paginator.timeout.connect(self._paginate_ahead)
        self._refit = QTimer(self, singleShot=True, interval=80)
        self._refit.timeout.connect(self.render_page)
        self.ui.pageArea.customContextMenuRequested.connect(self._context_menu)
        self.ui.pageLabel.setText(self.tr(WAITING))
        self._update_commands()

    # -- construction ---------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        ui, bar = self.ui, self.ui.viewBar
        ui.actionZoomIn.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+="), QKeySequence.StandardKey.ZoomIn])
        ui.actionZoomOut.setShortcuts([QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut])
        self.page_spin = QSpinBox()
        self.page_spin.setPrefix(self.tr("стр. "))
        self.page_spin.setRange(1, 1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setToolTip(self.tr("Номер страницы: введите и нажмите Enter"))
        self.page_spin.valueChanged.connect(lambda value: self.go(value - 1))
        self.count_label = QLabel()
        self.count_label.setContentsMargins(4, 0, 6, 0)
        bar.insertWidget(ui.actionNext, self.page_spin)
        bar.insertWidget(ui.actionNext, self.count_label)
        self.zoom_label = QLabel()
        self.zoom_label.setContentsMargins(4, 0, 4, 0)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.insertWidget(ui.actionZoomOut, self.zoom_label)
        self.export_menu = QMenu(self.tr("Экспорт"), self)
        self.export_menu.setObjectName("exportMenu")
        ui.actionExport.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        button = ui.toolBar.widgetForAction(ui.actionExport)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        for action, slot in ((ui.actionPrint, self.print_report), (ui.actionPageSetup, self.page_setup),
                             (ui.actionExport, self.export), (ui.actionSave, self.save),
                             (ui.actionOpen, self.open_file), (ui.actionEditPage, self.edit_page),
                             (ui.actionZoomIn, lambda: self.step_zoom(1)), (ui.actionZoomOut, lambda: self.step_zoom(-1)),
                             (ui.actionFitWidth, self.zoom_to_width), (ui.actionZoom100, lambda: self.set_zoom(1.0)),
                             (ui.actionFirst, lambda: self.go(0)), (ui.actionPrev, lambda: self.go(self.page - 1)),
                             (ui.actionNext, lambda: self.go(self.page + 1)), (ui.actionLast, self.go_last)):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if not action.shortcut().isEmpty():
                action.setToolTip(action.toolTip())
        self.ui.pageArea.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ui.pageArea.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl + the mouse wheel zooms the page."""
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y():
                self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def _build_status(self) -> None:
        bar = self.ui.statusbar
        self.status_label = QLabel()
        bar.addWidget(self.status_label, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Отмена"))
        self.cancel_button.setToolTip(self.tr("Прервать формирование отчёта (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        self._show_streaming(False)

    def _show_streaming(self, streaming: bool) -> None:
        self.progress_bar.setVisible(streaming)
        self.cancel_button.setVisible(streaming)

    # -- generating -----------------------------------------------------------------------------
    def generate(self, slug: str, params: Params) -> Job:
        """Generate the report off the GUI thread; page one appears as soon as it is spooled."""
        self._drop_report()
        self.slug = slug
        self.setWindowTitle(self.tr(reports.spec(slug).title))
        self.ui.pageLabel.setText(self.tr(WAITING))
        self.status_label.setText(self.tr(WAITING))
        self._show_streaming(True)
        relay = _Relay()
        relay.started.connect(self._started, Qt.ConnectionType.QueuedConnection)
        session = self.session

        def work(progress) -> Report:
            report = reports.generate(session, slug, params, progress, started=relay.started.emit)
            if progress.cancelled:            # the window went while the last rows came
                report.close()
                raise Cancelled
            return report
        self.job = run_op(self, work, on_done=self._generated, on_error=self._failed, on_progress=self._progressed)
        self._relay = relay                  # lives as long as the job may call it
        self._update_commands()
        return self.job

    @property
    def streaming(self) -> bool:
        return self.job is not None and not self.job.done

    def _started(self, report: Report) -> None:
        """Page one is spooled (on the GUI thread now)."""
        if self.job is None or self.job.cancelled or self.report is report:
            return
        self._attach(report)

    def _progressed(self, done: int, _total: int, text: str) -> None:
        self.status_label.setText(text)
        self._paginate_ahead()

    def _generated(self, report: Report) -> None:
        if self.report is not report:
            self._attach(report)
        self.job = None
        self._show_streaming(False)
        self.status_label.setText("")
        self._paginate_ahead()
        self._update_commands()

    def _failed(self, exc: BaseException) -> None:
        """The engine stopped with an error: its rows are gone, and so is the window. A value
        the builder refused (the cash book's desk, say) sends the user back to the settings
        window with the reason shown there."""
        self.job = None
        self.report = self.pages = None
        parent = self.parentWidget()
        self.close()
        if isinstance(exc, reports.ParamError) and self.slug:
            from crm_desktop.ui.reports import open_report
            open_report(parent, self.session, self.slug, error=str(exc))
        else:
            show_error(parent or self, exc, self.windowTitle())

    def cancel(self) -> None:
        """«Отмена»: stop reading; nothing of the report is kept."""
        if self.job is not None:
            self.job.cancel()
        self.report = self.pages = None
        self.close()

    # -- showing a report ------------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        """A report made already (reopened from a file)."""
        self._drop_report()
        self.slug = report.header.slug
        self._attach(report)
        self._update_commands()

    def _attach(self, report: Report) -> None:
        self.report = report
        self.setWindowTitle(report.header.title)
        self.setup = self._saved_setup(report)
        self.pages = Layout(report, self.setup)
        self.page = 0
        self._rendered = None
        self.pages.extend(0)
        self._paginator.start()
        self.render_page()
        self._update_commands()

    def _saved_setup(self, report: Report) -> PageSetup:
        saved = call(self, lambda: self.session.setting(page_setup_key(report.header.slug)))
        if isinstance(saved, dict):
            try:
                return PageSetup(str(saved["orientation"]), tuple(float(m) for m in saved["margins"]),
                                 float(saved["font_size"]))
            except (KeyError, TypeError, ValueError):
                pass
        return PageSetup.of(report)

    def _drop_report(self) -> None:
        """Before another report comes into the window: the running one stops, the shown one's
        spool goes."""
        if self.job is not None and not self.job.done:
            self.job.cancel()
        self.job = None
        if self.report is not None and self.report.complete:
            self.report.close()
        self.report = self.pages = None
        self._paginator.stop()

    def _paginate_ahead(self) -> None:
        """Lay out a few more pages (as far as the rows have come), within a time slice."""
        pages = self.pages
        if pages is None or pages.final:
            self._paginator.stop()
            self._show_count()
            return
        before, was_final = len(pages), pages.final
        deadline = time.monotonic() + PAGINATE_BUDGET_S
        while not pages.final and time.monotonic() < deadline:
            known = len(pages)
            pages.extend(known + 4)
            if len(pages) == known and not pages.final:
                break                       # waiting for rows
        if (before == 0 and len(pages)) or (pages.final and not was_final):
            self.render_page()          # page one has come, or its foot can now say «из N»
        self._show_count()

    # -- pages ----------------------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    def page_text(self) -> str:
        """«стр. N из M», M as «≥M» while the last page is not known yet."""
        return f"стр. {self.page + 1} {self.count_label.text()}"

    def _show_count(self) -> None:
        count = self.page_count()
        final = self.pages is not None and self.pages.final
        self.count_label.setText(self.tr("из %1").replace("%1", f"{count}" if final else f"≥{count}"))
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(count, 1))
        self.page_spin.setValue(self.page + 1)
        self.page_spin.blockSignals(False)
        self._update_navigation()

    def _update_navigation(self) -> None:
        ui, count = self.ui, self.page_count()
        more = self.pages is not None and not self.pages.final
        ui.actionFirst.setEnabled(self.page > 0)
        ui.actionPrev.setEnabled(self.page > 0)
        ui.actionNext.setEnabled(self.page + 1 < count or more)
        ui.actionLast.setEnabled(self.page + 1 < count or more)

    def go(self, n: int) -> None:
        """Show page `n` (0-based), laying it out first where it is not yet."""
        if self.pages is None:
            return
        if n >= len(self.pages) and not self.pages.final:
            self.pages.extend(n)
        n = max(0, min(n, len(self.pages) - 1))
        if n != self.page or self.image is None:
            self.page = n
            self.render_page()
        self._show_count()

    def go_last(self) -> None:
        """The last page: of the whole report once it is complete, else of what has come."""
        if self.pages is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages.extend(None)
        finally:
            QApplication.restoreOverrideCursor()
        self.go(len(self.pages) - 1)

    # -- zoom and drawing -----------------------------------------------------------------------
    def _logical_dpi(self) -> float:
        return float(self.logicalDpiX() or 96)

    def _page_inches(self) -> tuple[float, float]:
        setup = self.setup or PageSetup()
        return setup.size[0] / 72, setup.size[1] / 72

    def _width_zoom(self) -> float:
        """The zoom at which the page fills the window's width (room kept for the scroll bar)."""
        area = self.ui.pageArea
        room = area.viewport().width() - 2 * PAGE_GAP - 4         # the page's border and a little air
        if not area.verticalScrollBar().isVisible():              # a long page brings the scroll bar
            room -= area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(0.2, min(4.0, room / (self._page_inches()[0] * self._logical_dpi())))

    def set_zoom(self, zoom: float, fit_width: bool = False) -> None:
        self.fit_width = fit_width
        self.zoom = max(ZOOMS[0], min(ZOOMS[-1], zoom))
        self.render_page()

    def step_zoom(self, step: int) -> None:
        current = self._width_zoom() if self.fit_width else self.zoom
        if step > 0:
            self.set_zoom(next((z for z in ZOOMS if z > current + 1e-3), ZOOMS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOMS) if z < current - 1e-3), ZOOMS[0]))

    def zoom_to_width(self) -> None:
        self.set_zoom(self._width_zoom(), fit_width=True)

    def render_page(self) -> None:
        """Draw the current page at the zoom's resolution (the screen's pixels, not scaled)."""
        if self.fit_width:
            self.zoom = self._width_zoom()
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        label = self.ui.pageLabel
        if self.pages is None or len(self.pages) == 0:
            self._show_text(self.tr(WAITING))
            return
        ratio = self.devicePixelRatioF()
        dpi = max(18.0, round(self.zoom * self._logical_dpi() * ratio, 2))
        key = (self.page, dpi, self._edits, self.pages.final)
        if self._rendered != key or self.image is None:
            try:
                self.image = to_qimage(page_image(self.pages, self.page, dpi))
            except Exception as exc:  # noqa: BLE001 - a page that cannot be drawn says why
                self._show_text(str(exc))
                return
            self._rendered = key
        pixmap = QPixmap.fromImage(self.image)
        pixmap.setDevicePixelRatio(ratio)
        label.setPixmap(pixmap)
        label.setFixedSize(round(self.image.width() / ratio) + 2, round(self.image.height() / ratio) + 2)
        self._settle()
        self.page_shown.emit(self.page)

    def _settle(self) -> None:
        """The canvas takes the page's new size now, not at the next turn of the event loop
        (else a smaller page is drawn off centre, where the larger one was)."""
        self.ui.canvasLayout.activate()
        QApplication.sendPostedEvents(self.ui.pageCanvas, QEvent.Type.LayoutRequest)
        QApplication.sendPostedEvents(self.ui.pageArea, QEvent.Type.LayoutRequest)

    def _show_text(self, text: str) -> None:
        """A line instead of the page (the report being read, a page that failed)."""
        label = self.ui.pageLabel
        label.setPixmap(QPixmap())
        label.setText(text)
        label.setWordWrap(True)
        label.setFixedSize(max(320, min(label.fontMetrics().horizontalAdvance(text) + 40, 600)), 160)
        self._settle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.pages is not None:
            self._refit.start()

    # -- commands -------------------------------------------------------------------------------
    def _update_commands(self) -> None:
        ui = self.ui
        ready = self.report is not None and not self.streaming
        may_export = self.session.can(Permission.EXPORT_DATA)
        for action in (ui.actionPrint, ui.actionSave, ui.actionEditPage):
            action.setEnabled(ready)
        ui.actionExport.setEnabled(ready and may_export)
        ui.actionExport.setToolTip(self.tr("Экспорт в PDF, Word, Excel, HTML, изображения… (Ctrl+E)")
                                   if may_export else refusal(Permission.EXPORT_DATA))
        ui.actionPageSetup.setEnabled(self.report is not None)
        self._show_count()

    def _context_menu(self, pos: QPoint) -> None:
        ui = self.ui
        menu = QMenu(self)
        menu.addAction(ui.actionPrint)
        self._fill_export_menu()
        export = menu.addMenu(self.export_menu)
        export.setEnabled(ui.actionExport.isEnabled())
        menu.addAction(ui.actionSave)
        menu.addAction(ui.actionOpen)
        menu.addSeparator()
        menu.addAction(ui.actionEditPage)
        menu.exec(ui.pageArea.viewport().mapToGlobal(pos))

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        try:
            formats = export_formats()
        except ImportError:
            self.export_menu.addAction(self.tr("Экспорт пока недоступен")).setEnabled(False)
            return
        for suffix, label in formats.items():
            action = self.export_menu.addAction(f"{self.tr(label)} ({suffix})")
            action.triggered.connect(lambda _checked=False, s=suffix: self.export(suffix=s))

    def _folder(self) -> Path:
        saved = call(self, lambda: self.session.setting("report.folder")) or ""
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        call(self, lambda: self.session.set_setting("report.folder", str(path.parent)))

    def _default_name(self, suffix: str) -> str:
        """«<title>_<date generated><suffix>» in the folder used last."""
        assert self.report is not None
        header = self.report.header
        return str(self._folder() / f"{safe_name(header.title)}_{header.generated_at:%Y-%m-%d}{suffix}")

    def export(self, path: Path | None = None, suffix: str | None = None) -> Job | None:
        """«Экспорт»: into the format of the file's suffix (the formats of reporting/report_export);
        without `path` the user chooses the file."""
        if self.report is None or self.streaming:
            return None
        if not self.session.can(Permission.EXPORT_DATA):
            show_error(self, PermissionError(refusal(Permission.EXPORT_DATA)), self.tr("Экспорт"))
            return None
        if path is None:
            formats = export_formats()
            order = [suffix] if suffix else list(formats)
            filters = [f"{self.tr(formats[s])} (*{s})" for s in order]
            chosen, chosen_filter = self.choose_save(self, self.tr("Экспорт отчёта"),
                                                     self._default_name(order[0]), ";;".join(filters))
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() not in formats:
                picked = order[filters.index(chosen_filter)] if chosen_filter in filters else order[0]
                path = path.with_name(path.name + picked)
        report, setup, session = self.report, self.setup, self.session
        target = Path(path)

        def work(progress) -> list[Path]:
            return reports.export(session, report, target, setup, progress)
        self._remember_folder(target)
        return run_op(self, work, on_done=self._exported, progress=self.tr("Экспорт отчёта"))

    def _exported(self, files: list[Path]) -> None:
        self.exported = files
        shown = files[0].name + (self.tr(" и ещё %1").replace("%1", str(len(files) - 1)) if len(files) > 1 else "")
        self.status_label.setText(self.tr("Экспортировано: %1 (%2)").replace("%1", shown).replace(
            "%2", str(files[0].parent)))

    def save(self, path: Path | None = None) -> Job | None:
        """«Сохранить»: the report with its edits in the program's own file, to reopen later."""
        if self.report is None or self.streaming:
            return None
        if path is None:
            chosen, _filter = self.choose_save(self, self.tr("Сохранить отчёт"), self._default_name(SUFFIX),
                                               self.tr(SAVED_FILTER).format(SUFFIX))
            if not chosen:
                return None
            path = Path(chosen)
        target = Path(path)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        report = self.report
        self._remember_folder(target)
        return run_op(self, lambda: report.save(target), on_done=lambda saved: self.status_label.setText(
            self.tr("Отчёт сохранён: %1").replace("%1", str(saved))))

    def open_file(self, path: Path | None = None) -> PreviewWindow | None:
        """«Открыть»: a saved report in a window of its own, without the database."""
        return open_saved(self.parentWidget() or self, self.session, path, self.choose_open)

    def page_setup(self) -> None:
        """«Параметры страницы»: a new layout of the same report, kept for this report."""
        if self.report is None or self.setup is None:
            return
        dialog = PageSetupDialog(self.setup, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_setup(dialog.setup())
        setup = self.setup
        call(self, lambda: self.session.set_setting(page_setup_key(self.slug), {
            "orientation": setup.orientation, "margins": list(setup.margins_mm), "font_size": setup.font_size}))

    def apply_setup(self, setup: PageSetup) -> None:
        assert self.report is not None
        self.setup = setup
        self._relayout()

    def _relayout(self) -> None:
        """Lay the report out again (new page setup, edited texts), staying on the same page
        number where it still exists."""
        assert self.report is not None and self.setup is not None
        self.pages = Layout(self.report, self.setup)
        self.pages.extend(self.page)
        self.page = min(self.page, max(len(self.pages) - 1, 0))
        self._edits += 1
        self.image = None
        self._paginator.start()
        self.render_page()
        self._show_count()

    def edit_page(self) -> bool:
        """«Редактировать страницу»: the page's cells corrected on screen, the page redrawn."""
        if self.report is None or self.pages is None or self.streaming or not len(self.pages):
            return False
        dialog = EditPageDialog(self.report, self.pages, self.page, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.setWindowTitle(self.report.header.title)
        self._relayout()
        return True

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """«Печать»: the pages the printer dialog asks for, each drawn as the preview shows it."""
        if self.report is None or self.pages is None or self.streaming:
            return False
        if not self.pages.final:
            self.go_last()
        count = len(self.pages)
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._prepare(printer)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Печать отчёта"))
            dialog.setMinMax(1, count)
            dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        else:
            self._prepare(printer)
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            wanted = [self.page]
        elif printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            wanted = list(range(printer.fromPage() - 1, min(printer.toPage(), count)))
        else:
            wanted = list(range(count))
        dpi = min(printer.resolution(), PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, OSError(self.tr("Принтер не готов к печати.")), self.tr("Печать"))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for i, n in enumerate(wanted):
                if i:
                    printer.newPage()
                image = to_qimage(page_image(self.pages, n, dpi))
                painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()
        return True

    def _prepare(self, printer: QPrinter) -> None:
        setup = self.setup or PageSetup()
        orientation = QPageLayout.Orientation.Landscape if setup.orientation == "landscape" else \
            QPageLayout.Orientation.Portrait
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                          QMarginsF(0, 0, 0, 0)))
        printer.setDocName(self.report.header.title if self.report else "")

    # -- closing --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc: «Отмена» while the report is read, else the window closes."""
        if event.key() == Qt.Key.Key_Escape:
            if self.streaming:
                self.cancel()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A report still being read stops; a shown one's spooled rows are removed."""
        self._paginator.stop()
        runner().stop(self, CLOSE_WAIT_MS)
        self._drop_report()
        super().closeEvent(event)


def open_saved(parent: QWidget | None, session: Session, path: Path | None = None,
               choose: FileChooser | None = None) -> PreviewWindow | None:
    """A saved *.crmrep report in a new window (none when the user chose no file or the file
    is not a report: then the reason is shown)."""
    if path is None:
        chooser = choose or QFileDialog.getOpenFileName
        chosen, _filter = chooser(parent, "Открыть сохранённый отчёт",
                                  str(Path.home()), SAVED_FILTER.format(SUFFIX))
        if not chosen:
            return None
        path = Path(chosen)
    report = call(parent, lambda: Report.open(Path(path)), "Открыть отчёт")
    if report is None:
        return None
    window = PreviewWindow(session, parent, f"reportFile:{path}")
    window.show_report(report)
    window.show()
    window.raise_()
    window.activateWindow()
    return window

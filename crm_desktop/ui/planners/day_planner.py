"""Визуальный планировщик дня (PLN-2): the working day on a 15-minute grid, tasks drawn as
blocks as long as they last; dragging a block moves the task, dragging its bottom edge changes
its duration (both snapped to 15 minutes and saved at once); the context menu adds, edits and
deletes tasks; administrators switch between employees; "Печать" prints the day plan. The
planner reads itself again whenever a task changes (change bus)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPageLayout, QPen
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (QGraphicsRectItem, QGraphicsScene, QGraphicsView, QMenu,
                               QMessageBox, QStyleOptionGraphicsItem, QVBoxLayout, QWidget)

from crm_desktop.domain.planning import (DAY_END, DAY_START, SLOT_MIN, assign_columns, at_minutes, minutes_of_day,
                                         snap_duration, snap_minutes, visible_range)
from crm_desktop.services import planners
from crm_desktop.services.planners import PlannerTask
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import TASK, announce, follow
from crm_desktop.ui.forms.planners.day_planner_ui import Ui_DayPlanner
from crm_desktop.ui.ops import call

SLOT_PX = 16            # height of one 15-minute slot
LEFT = 56               # width of the time labels
EDGE_PX = 6             # grab zone of a block's bottom edge (resize)
IMPORTANCE_COLOURS = {1: QColor(255, 205, 200), 2: QColor(200, 222, 255), 3: QColor(210, 240, 210)}
DONE_COLOUR = QColor(225, 225, 225)


def text_font() -> QFont:
    """Pixel-sized, so the print scales it with the grid instead of using printer points."""
    font = QFont()
    font.setPixelSize(12)
    return font


def _minutes_to_y(minutes: float, first: int) -> float:
    return (minutes - first) / SLOT_MIN * SLOT_PX


class TaskBlock(QGraphicsRectItem):
    """One task: its rectangle spans its time; the text says when, what and for whom."""

    def __init__(self, task: PlannerTask, rect: QRectF) -> None:
        super().__init__(rect)
        self.task = task
        closed = task.status == 4
        self.setBrush(QBrush(DONE_COLOUR if closed else IMPORTANCE_COLOURS.get(task.importance, DONE_COLOUR)))
        self.setPen(QPen(QColor(90, 110, 150), 1))
        self.setZValue(2)
        self.setToolTip(self.label(task.start_at, task.duration_min))

    def label(self, start: datetime, duration: int) -> str:
        end = start + timedelta(minutes=duration)
        text = f"{start:%H:%M}–{end:%H:%M}  {' '.join(self.task.body.split())}"
        return f"{text}\n{self.task.client_name}" if self.task.client_name else text

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.brush())
        painter.setPen(self.pen())
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor(30, 30, 30))
        painter.setFont(text_font())
        top_minutes = self.scene().first_minute + rect.top() / SLOT_PX * SLOT_MIN if self.scene() else 0
        start = datetime.combine(self.task.start_at.date(), datetime.min.time()) + timedelta(minutes=top_minutes)
        duration = round(rect.height() / SLOT_PX * SLOT_MIN)
        painter.drawText(rect.adjusted(5, 2, -4, -2), Qt.TextFlag.TextWordWrap, self.label(start, duration))


class DayScene(QGraphicsScene):
    """The grid of one day: a row per 15 minutes, labels per hour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_minute, self.last_minute = minutes_of_day(DAY_START), minutes_of_day(DAY_END)
        self.day = date.today()

    def build(self, day: date, tasks: list[PlannerTask], width: float) -> None:
        self.clear()
        self.day = day
        self.first_minute, self.last_minute = visible_range(day, [(t.start_at, t.duration_min) for t in tasks])
        height = _minutes_to_y(self.last_minute, self.first_minute)
        self.setSceneRect(0, 0, width, height)
        self.addRect(QRectF(0, 0, width, height), QPen(Qt.PenStyle.NoPen), QBrush(Qt.GlobalColor.white))
        off_hours = QBrush(QColor(243, 243, 246))
        for begin, end in ((self.first_minute, minutes_of_day(DAY_START)), (minutes_of_day(DAY_END), self.last_minute)):
            if end > begin:
                self.addRect(QRectF(0, _minutes_to_y(begin, self.first_minute), width, _minutes_to_y(end, begin)),
                             QPen(Qt.PenStyle.NoPen), off_hours)
        hour_pen, quarter_pen = QPen(QColor(170, 170, 180)), QPen(QColor(228, 228, 234))
        font = text_font()
        for minute in range(self.first_minute, self.last_minute + 1, SLOT_MIN):
            y = _minutes_to_y(minute, self.first_minute)
            on_hour = minute % 60 == 0
            self.addLine(LEFT if not on_hour else 0, y, width, y, hour_pen if on_hour else quarter_pen)
            if on_hour and minute < self.last_minute:
                label = self.addSimpleText(f"{minute // 60:02d}:00", font)
                label.setPos(6, y + 2)
        self.addLine(LEFT, 0, LEFT, height, hour_pen)
        intervals = []
        for t in tasks:
            start = int((t.start_at - datetime.combine(day, datetime.min.time())).total_seconds() // 60)
            intervals.append((start, start + max(t.duration_min, SLOT_MIN)))
        columns, widths = assign_columns(intervals)
        lane = width - LEFT - 8
        for task, (start, end), col, cols in zip(tasks, intervals, columns, widths):
            x = LEFT + 4 + lane * col / cols
            rect = QRectF(x, _minutes_to_y(start, self.first_minute), lane / cols - 2,
                          _minutes_to_y(end, start))
            self.addItem(TaskBlock(task, rect))

    def minute_at(self, y: float) -> int:
        """Minute of the day at a scene height, snapped to the grid."""
        return self.first_minute + snap_minutes(y / SLOT_PX * SLOT_MIN)


class DayView(QGraphicsView):
    """Drag a block to move its task, drag its bottom edge to resize it; snapped to 15 minutes."""

    task_changed = Signal(int, object, int)          # task id, new start (datetime), duration
    task_opened = Signal(int)
    menu_requested = Signal(object, object, object)  # TaskBlock | None, datetime of the slot, global pos

    def __init__(self, parent: QWidget | None = None) -> None:
        self.day_scene = DayScene()
        super().__init__(self.day_scene, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMouseTracking(True)
        self._tasks: list[PlannerTask] = []
        self._drag: tuple[TaskBlock, str, float, QRectF] | None = None   # block, mode, grab offset, rect at press

    def show_day(self, day: date, tasks: list[PlannerTask]) -> None:
        self._tasks = tasks
        self._drag = None
        self.day_scene.build(day, tasks, max(320, self.viewport().width() - 2))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.show_day(self.day_scene.day, self._tasks)

    def blocks(self) -> list[TaskBlock]:
        return [i for i in self.day_scene.items() if isinstance(i, TaskBlock)]

    def _block_at(self, pos) -> TaskBlock | None:
        for item in self.items(pos):
            if isinstance(item, TaskBlock):
                return item
        return None

    @staticmethod
    def _on_edge(block: TaskBlock, scene_pos: QPointF) -> bool:
        return scene_pos.y() >= block.rect().bottom() - EDGE_PX

    def mousePressEvent(self, event) -> None:  # noqa: N802
        block = self._block_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            scene_pos = self.mapToScene(event.position().toPoint())
            mode = "resize" if self._on_edge(block, scene_pos) else "move"
            self._drag = (block, mode, scene_pos.y() - block.rect().top(), QRectF(block.rect()))
            block.setZValue(3)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        scene_pos = self.mapToScene(event.position().toPoint())
        if self._drag is None:
            block = self._block_at(event.position().toPoint())
            edge = block is not None and self._on_edge(block, scene_pos)
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if edge else
                                      Qt.CursorShape.OpenHandCursor if block else Qt.CursorShape.ArrowCursor)
            super().mouseMoveEvent(event)
            return
        block, mode, offset, _ = self._drag
        rect = QRectF(block.rect())
        bottom_limit = self.day_scene.sceneRect().height()
        if mode == "move":
            top = round((scene_pos.y() - offset) / SLOT_PX) * SLOT_PX
            rect.moveTop(min(max(0.0, top), bottom_limit - rect.height()))
        else:
            bottom = round(scene_pos.y() / SLOT_PX) * SLOT_PX
            rect.setBottom(min(max(rect.top() + SLOT_PX, bottom), bottom_limit))
        block.setRect(rect)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        block, _, _, before = self._drag
        self._drag = None
        rect = block.rect()
        if rect.top() != before.top() or rect.height() != before.height():
            start = self.day_scene.minute_at(rect.top())
            duration = snap_duration(rect.height() / SLOT_PX * SLOT_MIN)
            self.task_changed.emit(block.task.id, at_minutes(self.day_scene.day, start), duration)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        block = self._block_at(event.position().toPoint())
        if block is not None:
            self.task_opened.emit(block.task.id)
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        block = self._block_at(event.pos())
        scene_y = self.mapToScene(event.pos()).y()
        minute = self.day_scene.first_minute + int(scene_y / SLOT_PX) * SLOT_MIN
        self.menu_requested.emit(block, at_minutes(self.day_scene.day, minute), event.globalPos())


class DayPlanner(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, day: date | None = None,
                 user_id: int | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_DayPlanner()
        self.ui.setupUi(self)
        self._session = session
        self.day = day or date.today()
        self.view = DayView(self.ui.viewHost)
        layout = QVBoxLayout(self.ui.viewHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        people = call(self, lambda: planners.planner_users(session)) or [(session.user.id, session.user.full_name)]
        combo = self.ui.userCombo
        for uid, name in people:
            combo.addItem(name, uid)
        wanted = user_id if user_id is not None else session.user.id
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.setEnabled(session.rights.is_admin)
        combo.currentIndexChanged.connect(lambda _: self.reload())
        self.ui.prevButton.clicked.connect(lambda: self.go_to(self.day - timedelta(days=1)))
        self.ui.nextButton.clicked.connect(lambda: self.go_to(self.day + timedelta(days=1)))
        self.ui.todayButton.clicked.connect(lambda: self.go_to(date.today()))
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.dateEdit.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        self.ui.printButton.clicked.connect(self.print_preview)
        self.view.task_changed.connect(self.move_task)
        self.view.task_opened.connect(self.edit_task)
        self.view.menu_requested.connect(self._context_menu)
        self.tasks: list[PlannerTask] = []
        self.reload()
        follow(self, (TASK,), lambda _kind, _ids: self.reload())

    @property
    def user_id(self) -> int:
        return self.ui.userCombo.currentData()

    def go_to(self, day: date) -> None:
        self.day = day
        self.reload()

    def reload(self) -> None:
        self.ui.dateEdit.blockSignals(True)
        self.ui.dateEdit.setDate(QDate(self.day))
        self.ui.dateEdit.blockSignals(False)
        self.setWindowTitle(self.tr(f"Планировщик дня — {self.ui.userCombo.currentText()}, {self.day:%d.%m.%Y}"))
        tasks = call(self, lambda: planners.day_plan(self._session, self.user_id, self.day))
        self.tasks = tasks if tasks is not None else []
        self.view.show_day(self.day, self.tasks)

    # -- task actions ------------------------------------------------------------------------
    def move_task(self, task_id: int, start_at: datetime, duration_min: int) -> None:
        """Save where the block was dropped; a refused move puts the block back."""
        from crm_desktop.services import tasks as task_service
        if call(self, lambda: task_service.move_task(self._session, task_id, start_at, duration_min) or True,
                self.tr("Задача не перенесена")):
            announce(TASK, [task_id])
        else:
            self.reload()

    def add_task(self, start_at: datetime) -> None:
        from crm_desktop.ui.tasks import new_task
        new_task(self, self._session, executor_id=self.user_id, start_at=start_at)

    def edit_task(self, task_id: int) -> None:
        from crm_desktop.ui.tasks import open_task
        open_task(self, self._session, task_id)

    def delete_task(self, task: PlannerTask) -> None:
        answer = QMessageBox.question(self, self.tr("Удаление задачи"),
                                      self.tr(f"Удалить задачу «{task.body[:80]}» ({task.start_at:%H:%M})?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from crm_desktop.services import tasks as task_service
        if call(self, lambda: task_service.delete_task(self._session, task.id) or True, self.tr("Задача не удалена")):
            announce(TASK, [task.id])

    def task_menu(self, block: TaskBlock | None, slot: datetime) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr(f"Добавить на {slot:%H:%M}"), lambda: self.add_task(slot))
        if block is not None:
            menu.addAction(self.tr("Изменить"), lambda: self.edit_task(block.task.id))
            menu.addAction(self.tr("Удалить"), lambda: self.delete_task(block.task))
        return menu

    def _context_menu(self, block: TaskBlock | None, slot: datetime, global_pos) -> None:
        self.task_menu(block, slot).exec(global_pos)

    # -- printing ----------------------------------------------------------------------------
    def paint_plan(self, printer: QPrinter) -> None:
        """The day plan on paper: a title, then the grid with the tasks scaled to the page."""
        painter = QPainter(printer)
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        page = QRectF(0, 0, page.width(), page.height())
        title_font = QFont()
        title_font.setPointSize(14)
        title_font.setBold(True)
        painter.setFont(title_font)
        title = self.tr(f"План на {self.day:%d.%m.%Y} — {self.ui.userCombo.currentText()}")
        title_rect = QRectF(page.left(), page.top(), page.width(), painter.fontMetrics().height() * 1.6)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        source = self.view.day_scene.sceneRect()
        room = QRectF(page.left(), title_rect.bottom(), page.width(), page.height() - title_rect.height())
        scale = min(room.width() / source.width(), room.height() / source.height())
        target = QRectF(room.left(), room.top(), source.width() * scale, source.height() * scale)
        self.view.day_scene.render(painter, target, source)
        painter.end()

    def render_pdf(self, path: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.paint_plan(printer)

    def print_preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Печать плана на день"))
        preview.paintRequested.connect(self.paint_plan)
        preview.exec()


"""The process diagram (BP-1): the boxes and arrows of domain/process_diagram.layout drawn to
fit the widget — the start stage green, end stages dark grey, the current stage of a run
orange; results as arrows with their names. Live in the designer (set_definition on every
edit), read-only in «Ход процесса» (with the current stage)."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_desktop.domain.process_diagram import Arrow, Box, Diagram, layout
from crm_desktop.domain.processes import ProcessDefinition

START_FILL, START_EDGE = QColor("#d9f2d9"), QColor("#2e7d32")
END_FILL, END_EDGE, END_TEXT = QColor("#5f6368"), QColor("#3c4043"), QColor("#ffffff")
STAGE_FILL, STAGE_EDGE = QColor("#eef3fb"), QColor("#5b7db1")
CURRENT_FILL, CURRENT_EDGE = QColor("#ffd8a8"), QColor("#e8590c")
ARROW, BACK_ARROW, LABEL = QColor("#444444"), QColor("#8a5a00"), QColor("#202020")
HEAD = 7.0                  # the arrow head's length at 100 %
MAX_SCALE = 1.2             # a small process is not blown up beyond this


class ProcessDiagram(QWidget):
    """A read-only picture of a definition, zoomed to fit (never above MAX_SCALE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processDiagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#ffffff"))
        self.setPalette(palette)
        self.diagram: Diagram = Diagram((), (), 0.0, 0.0)
        self.current_stage_id: int | None = None

    def set_definition(self, definition: ProcessDefinition, current_stage_id: int | None = None) -> None:
        self.diagram = layout(definition)
        self.current_stage_id = current_stage_id
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(int(max(self.diagram.width, 320)), int(max(self.diagram.height, 240)))

    # -- geometry ---------------------------------------------------------------------------
    def scale(self) -> float:
        d = self.diagram
        if d.width <= 0 or d.height <= 0:
            return 1.0
        return min(self.width() / d.width, self.height() / d.height, MAX_SCALE)

    def box_rect(self, box: Box) -> QRectF:
        """Where a box is drawn in the widget's coordinates."""
        s, (dx, dy) = self.scale(), self._offset()
        return QRectF(dx + box.x * s, dy + box.y * s, box.width * s, box.height * s)

    def _offset(self) -> tuple[float, float]:
        s = self.scale()
        return (self.width() - self.diagram.width * s) / 2, (self.height() - self.diagram.height * s) / 2

    def stage_at(self, x: float, y: float) -> int | None:
        for box in self.diagram.boxes:
            if self.box_rect(box).contains(QPointF(x, y)):
                return box.stage_id
        return None

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.diagram.boxes:
            painter.setPen(QColor("#888888"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Добавьте этапы процесса"))
            return
        s = self.scale()
        dx, dy = self._offset()
        painter.translate(dx, dy)
        painter.scale(s, s)
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        for arrow in self.diagram.arrows:
            self._draw_arrow(painter, arrow)
        for box in self.diagram.boxes:
            self._draw_box(painter, box)
        for arrow in self.diagram.arrows:
            self._draw_label(painter, arrow)
        painter.end()

    def _draw_box(self, painter: QPainter, box: Box) -> None:
        rect = QRectF(box.x, box.y, box.width, box.height)
        text = LABEL
        if box.stage_id == self.current_stage_id:
            fill, edge = CURRENT_FILL, CURRENT_EDGE
        elif box.is_end:
            fill, edge, text = END_FILL, END_EDGE, END_TEXT
        elif box.is_start:
            fill, edge = START_FILL, START_EDGE
        else:
            fill, edge = STAGE_FILL, STAGE_EDGE
        current = box.stage_id == self.current_stage_id
        painter.setPen(QPen(edge, 3.0 if current else 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(text)
        font = QFont(painter.font())
        font.setBold(current or box.is_start or box.is_end)
        painter.save()
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(box.lines))
        painter.restore()

    def _draw_arrow(self, painter: QPainter, arrow: Arrow) -> None:
        colour = BACK_ARROW if arrow.back else ARROW
        pen = QPen(colour, 1.3)
        if arrow.back:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        points = [QPointF(x, y) for x, y in arrow.points]
        if len(points) < 2:
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        tip, before = points[-1], points[-2]
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        head = QPolygonF([tip,
                          QPointF(tip.x() - HEAD * math.cos(angle - 0.4), tip.y() - HEAD * math.sin(angle - 0.4)),
                          QPointF(tip.x() - HEAD * math.cos(angle + 0.4), tip.y() - HEAD * math.sin(angle + 0.4))])
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(head)

    def _draw_label(self, painter: QPainter, arrow: Arrow) -> None:
        if not arrow.label:
            return
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(arrow.label) + 6
        height = metrics.height() + 2
        x, y = arrow.label_at
        rect = QRectF(x - width / 2, y - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(BACK_ARROW if arrow.back else LABEL)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, arrow.label)

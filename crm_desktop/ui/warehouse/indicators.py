"""The posting indicator of the movement journal (manual: "Резервирование товара", "Перепроведение
складских документов"): a check for a posted document, the same check in YELLOW for one posted
at or after the actuality point (its stock may need a re-post), an ORANGE lock for an expense
in reserve. Painted here so the colours are exactly the manual's and need no image files."""
from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 16
GREEN = QColor("#2e7d32")
YELLOW = QColor("#f9c80e")
ORANGE = QColor("#ef6c00")


class Indicator(Enum):
    NONE = ""
    POSTED = "posted"
    STALE = "stale"
    RESERVED = "reserved"


def indicator_of(row: dict[str, Any], now: datetime | None = None) -> Indicator:
    """A journal row's indicator: posted (yellow when stale), else a live reservation."""
    if row.get("posted"):
        return Indicator.STALE if row.get("stale") else Indicator.POSTED
    until = row.get("reserved_until")
    if until is not None and until > (now or datetime.now()):
        return Indicator.RESERVED
    return Indicator.NONE


def tooltip(indicator: Indicator, row: dict[str, Any], actual_from: datetime | None) -> str:
    if indicator is Indicator.POSTED:
        return "Проведён"
    if indicator is Indicator.STALE:
        point = f" ({actual_from:%d.%m.%Y %H:%M})" if actual_from else ""
        return (f"Проведён после точки актуальности{point}: остатки могут быть недостоверны, "
                "рекомендуется перепроведение")
    if indicator is Indicator.RESERVED:
        return f"В резерве до {row['reserved_until']:%d.%m.%Y %H:%M}"
    return "Не проведён"


def _check(color: QColor) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color.darker(140) if color == YELLOW else color, 3.2, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    path = QPainterPath(QPointF(2.5, 8.5))
    path.lineTo(6.5, 12.5)
    path.lineTo(13.5, 3.5)
    painter.drawPath(path)
    if color == YELLOW:           # a yellow check on a white cell is faint: fill its strokes yellow
        painter.setPen(QPen(color, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
    painter.end()
    return pixmap


def _lock(color: QColor) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color.darker(130), 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16)          # the shackle
    painter.drawLine(QPointF(4.5, 6), QPointF(4.5, 7.5))
    painter.drawLine(QPointF(11.5, 6), QPointF(11.5, 7.5))
    painter.setPen(QPen(color.darker(130), 1.0))
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5)      # the body
    painter.end()
    return pixmap


_ICONS: dict[Indicator, QIcon] = {}


def icon(indicator: Indicator) -> QIcon | None:
    """The indicator's icon (None: nothing shown), made once."""
    if indicator is Indicator.NONE:
        return None
    if indicator not in _ICONS:
        pixmap = {Indicator.POSTED: lambda: _check(GREEN), Indicator.STALE: lambda: _check(YELLOW),
                  Indicator.RESERVED: lambda: _lock(ORANGE)}[indicator]()
        _ICONS[indicator] = QIcon(pixmap)
    return _ICONS[indicator]

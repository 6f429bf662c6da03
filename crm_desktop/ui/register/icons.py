"""Small register icons drawn in code (no image files to ship): the orange lock of a private
client, the red flag of "needs special attention", the paper clip of attached files."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 16


def _canvas() -> tuple[QPixmap, QPainter]:
    pix = QPixmap(SIZE, SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pix, painter


@cache
def lock_icon() -> QIcon:
    pix, p = _canvas()
    orange = QColor("#f08c00")
    p.setPen(QPen(orange, 2))
    p.drawArc(QRectF(4, 1.5, 8, 9), 0, 180 * 16)
    p.drawLine(QPointF(4, 6), QPointF(4, 8))
    p.drawLine(QPointF(12, 6), QPointF(12, 8))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(orange)
    p.drawRoundedRect(QRectF(2.5, 7.5, 11, 7.5), 1.5, 1.5)
    p.end()
    return QIcon(pix)


@cache
def flag_icon() -> QIcon:
    pix, p = _canvas()
    p.setPen(QPen(QColor("#555555"), 1.5))
    p.drawLine(QPointF(3.5, 1.5), QPointF(3.5, 15))
    path = QPainterPath(QPointF(4, 2))
    path.lineTo(14, 4.5)
    path.lineTo(4, 8.5)
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#d62828"))
    p.drawPath(path)
    p.end()
    return QIcon(pix)


@cache
def clip_icon() -> QIcon:
    pix, p = _canvas()
    p.setPen(QPen(QColor("#4a5a6a"), 1.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(5, 1.5, 6, 12.5), 3, 3)
    p.drawLine(QPointF(8, 4.5), QPointF(8, 11))
    p.end()
    return QIcon(pix)

"""How one to-do looks in the dock: check box, red "!" and bold text when important, and under
the text a progress bar that the mouse sets in place (or «Завершено в ЧЧ:ММ» when done)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar,
                               QStyleOptionViewItem)

from crm_desktop.ui.todo.todo_model import TODO_ROLE, TodoModel, status_text

MARGIN = 4
BAR_HEIGHT = 14


def _mark_icon(important: bool) -> QIcon:
    """A red "!" for important to-dos; the same empty space for standard ones keeps texts aligned."""
    pixmap = QPixmap(12, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    if important:
        painter = QPainter(pixmap)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(QColor("#d32f2f"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "!")
        painter.end()
    return QIcon(pixmap)


class TodoDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks = {True: _mark_icon(True), False: _mark_icon(False)}

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        return max(option.fontMetrics.height(), 16) + 2 * MARGIN

    def _top(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        top = QStyleOptionViewItem(option)
        self.initStyleOption(top, index)
        top.rect = QRect(option.rect.x(), option.rect.y(), option.rect.width(), self._line_height(option))
        top.icon = self._marks[index.data(TODO_ROLE).is_important]
        top.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        top.decorationSize = QSize(12, 16)
        return top

    def bar_rect(self, option: QStyleOptionViewItem) -> QRect:
        """Where the progress bar (or the completion note) sits inside the row."""
        left = option.rect.x() + 28
        return QRect(left, option.rect.y() + self._line_height(option),
                     option.rect.right() - MARGIN - left, BAR_HEIGHT)

    def progress_at(self, option: QStyleOptionViewItem, x: int) -> int:
        """The progress (in steps of 5 %) under the mouse at `x`."""
        bar = self.bar_rect(option)
        share = min(max((x - bar.x()) / max(bar.width(), 1), 0.0), 1.0)
        return int(round(share * 20) * 5)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(200, self._line_height(option) + BAR_HEIGHT + MARGIN + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        whole.text, whole.features = "", QStyleOptionViewItem.ViewItemFeature.None_
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, whole, painter, widget)
        super().paint(painter, self._top(option, index), index)
        todo = index.data(TODO_ROLE)
        bar = self.bar_rect(option)
        if todo.is_completed:
            painter.save()
            painter.setPen(QColor("#6f6f6f"))
            painter.drawText(bar, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             status_text(todo))
            painter.restore()
            return
        progress = QStyleOptionProgressBar()
        progress.rect, progress.minimum, progress.maximum = bar, 0, 100
        progress.progress, progress.text, progress.textVisible = todo.progress, status_text(todo), True
        progress.state = option.state | QStyle.StateFlag.State_Horizontal
        progress.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, progress, painter, widget)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        # the check box sits in the top line, so the base class must see the top line only
        return super().editorEvent(event, model, self._top(option, index), index)


class ProgressDragger(QObject):
    """Click or drag on a progress bar sets the progress in place (TODO-3); the value is shown
    while dragging and saved once, when the mouse button is released."""
    progress_set = Signal(int, int)              # to-do id, progress

    def __init__(self, view: QAbstractItemView, delegate: TodoDelegate, model: TodoModel) -> None:
        super().__init__(view)
        self._view, self._delegate, self._model = view, delegate, model
        self._row: int | None = None
        view.viewport().installEventFilter(self)

    @property
    def dragging(self) -> bool:
        return self._row is not None

    def _option(self, row: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.initFrom(self._view)
        option.rect = self._view.visualRect(self._model.index(row))
        return option

    def _bar_row(self, pos: QPoint) -> int | None:
        index = self._view.indexAt(pos)
        if not index.isValid() or self._model.todo(index.row()).is_completed:
            return None
        return index.row() if self._delegate.bar_rect(self._option(index.row())).contains(pos) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QMouseEvent) or event.button() not in (Qt.MouseButton.LeftButton,
                                                                          Qt.MouseButton.NoButton):
            return False
        pos = event.position().toPoint()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._row = self._bar_row(pos)
            if self._row is None:
                return False
            self._view.setCurrentIndex(self._model.index(self._row))
        elif self._row is None or kind not in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            return False
        row = self._row
        value = self._delegate.progress_at(self._option(row), pos.x())
        self._model.preview_progress(row, value)
        if kind == QEvent.Type.MouseButtonRelease:
            self._row = None
            self.progress_set.emit(self._model.todo(row).id, value)
        return True

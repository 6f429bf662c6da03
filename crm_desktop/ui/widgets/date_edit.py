"""The date field of the whole program, for dates that may stay empty (next contact, birthday,
registration, deadlines, filter periods).

QDateEdit cannot be empty, so an empty date used to be its minimum shown as blank: its calendar
opened at that minimum (January 1800 or 2000) and a date typed over the blank was dropped.
Here the text is read by domain.date_input ("25.12.2024", "1.12", "+3" …) when the user leaves
the field or presses Enter; the calendar opens at the date shown or else at today; "×" or Del
clears. Text that is not a date is refused with the reason, and the field keeps its date."""
from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLineEdit, QSizePolicy, QToolButton, QToolTip,
                               QWidget)

from crm_desktop.domain.date_input import format_date, format_date_time, parse_date, parse_date_time

DateValue = date | datetime | None


class DateEdit(QWidget):
    """value() -> date (datetime with `with_time`) or None; set_value(), clear(),
    set_read_only(); `changed` when the value changes, `refused(reason)` for unreadable text."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, with_time: bool = False) -> None:
        super().__init__(parent)
        self._with_time = with_time
        self._value: DateValue = None
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("дд.мм.гггг чч:мм") if with_time else self.tr("дд.мм.гггг"))
        self.line.setToolTip(self.tr("Дата: 25.12.2024, 25.12 (этот год), +3 (через 3 дня)"))
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(self.line.placeholderText()) + 16)
        self.line.editingFinished.connect(self._take_typed)
        self.line.installEventFilter(self)
        self.calendar_button = self._button("▾", self.tr("Календарь (Alt+↓)"), self.show_calendar)
        self.clear_button = self._button("×", self.tr("Очистить (Del)"), self.clear)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)
        self.refused.connect(self._show_refusal)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    # -- value ---------------------------------------------------------------------------------
    def value(self) -> DateValue:
        """The date shown, including one typed and not yet confirmed by leaving the field."""
        self._take_typed()
        return self._value

    def set_value(self, value: DateValue) -> None:
        if isinstance(value, datetime) and self._with_time:
            value = value.replace(second=0, microsecond=0)
        elif isinstance(value, datetime):
            value = value.date()
        elif value is not None and self._with_time:
            value = datetime.combine(value, time(0, 0))
        self.line.setText(self._text_of(value))
        if value != self._value:
            self._value = value
            self.changed.emit()

    def clear(self) -> None:
        self.set_value(None)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.calendar_button.setVisible(not read_only)
        self.clear_button.setVisible(not read_only)

    def _text_of(self, value: DateValue) -> str:
        if value is None:
            return ""
        return format_date_time(value) if isinstance(value, datetime) else format_date(value)

    def _kept_time(self) -> time:
        """A new date of a date-and-time field keeps the time shown (midnight when empty)."""
        return self._value.time() if isinstance(self._value, datetime) else time(0, 0)

    def _take_typed(self) -> None:
        text = self.line.text()
        if text == self._text_of(self._value):
            return
        now = datetime.now()
        try:
            typed = parse_date_time(text, now, self._kept_time()) if self._with_time else parse_date(text, now.date())
        except ValueError as exc:
            self.line.setText(self._text_of(self._value))
            self.refused.emit(str(exc))
            return
        self.set_value(typed)

    def _show_refusal(self, reason: str) -> None:
        QToolTip.showText(self.line.mapToGlobal(QPoint(0, self.line.height())), reason, self.line)

    # -- calendar and keys -----------------------------------------------------------------------
    def show_calendar(self) -> None:
        """Open at the date shown, or at today when the field is empty."""
        if self.line.isReadOnly():
            return
        self._take_typed()
        shown = QDate(self._value) if self._value is not None else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.set_value(datetime.combine(day.toPython(), self._kept_time()) if self._with_time else day.toPython())
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and not self.line.isReadOnly():
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_Delete:
                self.clear()
                return True
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)

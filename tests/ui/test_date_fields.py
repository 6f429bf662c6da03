"""Empty date fields (issue 9): the calendar of an empty date opens at today, not in 1800 or
2000; a date typed into an empty field stays after Tab ("1.12", "+3", "25.12.2024"); "×" or
Del clears. Driven through the card, the collective planner's case and the filter's period."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialogButtonBox, QWidget
from sqlalchemy import text

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.flexi_filter import DateRange
from crm_desktop.services import clients
from crm_desktop.services.planners import Case
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.filter.pickers import DateRangePicker
from crm_desktop.ui.planners.case_dialog import CaseDialog
from crm_desktop.ui.widgets.date_edit import DateEdit


def _keys_target(field: QWidget) -> QWidget:
    """Where the keyboard goes when the field has the focus."""
    return field.focusProxy() or field


def _calendar_from_keyboard(qtbot, field: QWidget) -> QCalendarWidget:
    """F4 in the field opens its calendar; returns the calendar shown."""
    target = _keys_target(field)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_F4)
    shown = [w for w in QApplication.allWidgets() if isinstance(w, QCalendarWidget) and w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _type_and_tab(qtbot, field: QWidget, typed: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    target = _keys_target(field)
    target.setFocus()
    qtbot.keyClicks(target, typed)
    qtbot.keyClick(target, key)


def _shown_month(calendar: QCalendarWidget) -> tuple[int, int]:
    return calendar.yearShown(), calendar.monthShown()


def test_card_dates_open_at_today_and_keep_what_is_typed(qtbot, db, session_of, boxes) -> None:
    manager = session_of("manager")
    dialog = ClientDialog(manager, clients.new_card(manager, ClientKind.COMPANY))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    today = date.today()
    next_contact = dialog.forms["operative"].editors["next_contact_date"]
    registered = dialog.forms["registration"].editors["registration_date"]
    for field in (next_contact, registered):
        calendar = _calendar_from_keyboard(qtbot, field)
        assert _shown_month(calendar) == (today.year, today.month)
        calendar.hide()
    dialog.forms[""].editors["name"].setText("ООО «Календарь»")
    _type_and_tab(qtbot, next_contact, "1.12")
    _type_and_tab(qtbot, registered, "25.12.2024")
    assert next_contact.value() == date(today.year, 12, 1)
    assert registered.value() == date(2024, 12, 25)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert boxes == []
    with db.read() as conn:
        row = conn.execute(text("SELECT NEXT_CONTACT_DATE, REGISTRATION_DATE FROM CLIENTS")).one()
    assert tuple(row) == (date(today.year, 12, 1), date(2024, 12, 25))


def test_planner_deadline_opens_at_today_takes_plus_days_and_clears(qtbot, session_of) -> None:
    dialog = CaseDialog(session_of("admin"), Case(None, topic_id=1, parent_id=None, name="Отчёт"), users=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    today = date.today()
    calendar = _calendar_from_keyboard(qtbot, dialog.ui.dueEdit)
    assert _shown_month(calendar) == (today.year, today.month)
    calendar.hide()
    _type_and_tab(qtbot, dialog.ui.dueEdit, "+3")
    assert dialog.value().due_date == today + timedelta(days=3)
    assert dialog.value().start_date is None

    _keys_target(dialog.ui.dueEdit).setFocus()
    qtbot.keyClick(_keys_target(dialog.ui.dueEdit), Qt.Key.Key_Delete)
    assert dialog.value().due_date is None


def test_filter_period_keeps_typed_dates(qtbot) -> None:
    period = DateRangePicker()
    qtbot.addWidget(period)
    period.show()
    qtbot.waitExposed(period)
    _type_and_tab(qtbot, period.first, "1.3.2026")
    _type_and_tab(qtbot, period.second, "31.03.2026")
    assert period.value() == DateRange(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def field(qtbot) -> DateEdit:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def test_calendar_opens_at_the_date_shown_and_a_click_takes_the_day(qtbot, field) -> None:
    field.set_value(date(2023, 7, 10))
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    assert field.calendar.isVisible() and _shown_month(field.calendar) == (2023, 7)
    field.calendar.clicked.emit(date(2023, 7, 21))
    assert not field.calendar.isVisible() and field.value() == date(2023, 7, 21)
    assert field.line.text() == "21.07.2023"


def test_unreadable_text_is_refused_with_the_reason_and_the_date_stays(qtbot, field) -> None:
    field.set_value(date(2024, 2, 1))
    field.line.selectAll()
    with qtbot.waitSignal(field.refused) as refusal:
        _type_and_tab(qtbot, field, "31.02.2025", Qt.Key.Key_Return)     # alone, Tab has nowhere to go
    assert refusal.args == ["Такой даты нет: 31.02.2025."]
    assert field.value() == date(2024, 2, 1) and field.line.text() == "01.02.2024"


def test_clear_button_empties_and_says_so(qtbot, field) -> None:
    field.set_value(date(2024, 2, 1))
    with qtbot.waitSignal(field.changed):
        qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and field.line.text() == ""


def test_date_and_time_keeps_the_time_when_only_a_date_is_typed(qtbot) -> None:
    moment = DateEdit(with_time=True)
    qtbot.addWidget(moment)
    moment.show()
    qtbot.waitExposed(moment)
    moment.set_value(datetime(2025, 5, 6, 14, 30, 59))
    assert moment.line.text() == "06.05.2025 14:30"
    moment.line.selectAll()
    _type_and_tab(qtbot, moment, "7.5.2025", Qt.Key.Key_Return)
    assert moment.value() == datetime(2025, 5, 7, 14, 30)
    moment.line.selectAll()
    _type_and_tab(qtbot, moment, "8.5.2025 9:15", Qt.Key.Key_Return)
    assert moment.value() == datetime(2025, 5, 8, 9, 15)

"""«Звонок на …: состоялся?» (GRP-5): a call started from a saved client's card or from a
contact person opens the question beside the card; the duration runs from the moment the
window opened (an injected clock here) until «Стоп» or until one is typed; «Состоялся» records
«Исходящий звонок» with the number and duration in the history the card shows; shorter than
the minimum is not recorded and the user is told so; «Не состоялся» records nothing."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QDesktopServices

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.telephony import TelephonySetting
from crm_desktop.services import clients, events
from crm_desktop.services.telephony import save_telephony_setting
from crm_desktop.ui import call_dialog
from crm_desktop.ui.call_dialog import CallDialog
from crm_desktop.ui.card.client_dialog import ClientDialog

START = datetime(2026, 12, 7, 10, 15, 42, 345000)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """The clock of every call window opened from a card."""
    fake = Clock()
    monkeypatch.setattr(call_dialog, "now", fake)
    return fake


@pytest.fixture
def desktop(monkeypatch) -> list[str]:
    """Every softphone link is taken by the system (no real softphone in a test)."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(lambda *a: (True, 1)))
    return opened


def _client(session) -> clients.ClientCard:
    card = clients.new_card(session, ClientKind.COMPANY)
    card.values.update(name="ООО «Звонок»", phone="8 (831) 233-13-03")
    card.records["contact_person"] = [{"surname": "Иванов", "first_name": "Пётр", "phone_mobile": "+7 912 345-67-89"}]
    return clients.save_card(session, card)


def _dialog(qtbot, session, card, clock: Clock, number: str = "8 (831) 233-13-03") -> CallDialog:
    dialog = CallDialog(session, card.id, number, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_duration_runs_from_the_opening_and_a_confirmed_call_is_recorded(qtbot, session_of, boxes) -> None:
    manager, clock = session_of("manager"), Clock()
    card = _client(manager)
    dialog = _dialog(qtbot, manager, card, clock)
    assert not dialog.isModal()
    assert dialog.ui.questionLabel.text() == "Звонок на +7 831 233-13-03: состоялся?"
    assert dialog.ui.startLabel.text() == "07.12.2026 10:15:42"
    assert "0:05" in dialog.ui.noteLabel.text()              # the default minimum
    clock.now = START + timedelta(minutes=2, seconds=35)
    dialog.tick()
    assert dialog.ui.durationEdit.text() == "2:35"
    qtbot.mouseClick(dialog.ui.stopButton, Qt.MouseButton.LeftButton)
    clock.now += timedelta(minutes=10)                      # stopped: the talk ended at 2:35
    dialog.tick()
    assert dialog.ui.durationEdit.text() == "2:35"
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and boxes == []
    rows = events.list_events(manager, card.id)
    assert [(r.event_at, r.type_name, r.description) for r in rows] == [
        (START.replace(microsecond=0), "Исходящий звонок", "Исходящий звонок на +7 831 233-13-03, длительность 2:35")]


def test_a_typed_duration_below_the_minimum_is_not_recorded_and_the_user_is_told(qtbot, session_of, boxes) -> None:
    manager = session_of("manager")
    save_telephony_setting(manager, TelephonySetting(min_duration=20))
    card = _client(manager)
    dialog = _dialog(qtbot, manager, card, Clock())
    dialog.ui.durationEdit.selectAll()
    qtbot.keyClicks(dialog.ui.durationEdit, "0:19")
    dialog.ui.durationEdit.textEdited.emit("0:19")           # offscreen: typing stops the count like a user's
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert [(k, t) for k, t, _ in boxes] == [("information", "Звонок")]
    assert "не записан" in boxes[0][2] and "0:20" in boxes[0][2]
    assert not dialog.isVisible() and events.list_events(manager, card.id) == []


def test_a_bad_duration_keeps_the_window_and_says_how_to_type_it(qtbot, session_of, boxes) -> None:
    manager = session_of("manager")
    card = _client(manager)
    dialog = _dialog(qtbot, manager, card, Clock())
    dialog.ui.durationEdit.setText("две")
    dialog.ui.durationEdit.textEdited.emit("две")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "например 2:35" in dialog.ui.errorLabel.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)     # «Не состоялся»
    assert not dialog.isVisible() and boxes == [] and events.list_events(manager, card.id) == []


def _card(qtbot, session, card) -> ClientDialog:
    dialog = ClientDialog(session, clients.load_card(session, card.id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_call_from_the_card_asks_and_the_history_shows_it(qtbot, session_of, boxes, desktop, clock) -> None:
    manager = session_of("manager")
    card = _card(qtbot, manager, _client(manager))
    qtbot.mouseClick(card.forms[""].editors["phone"].button, Qt.MouseButton.LeftButton)
    assert desktop == ["tel:+78312331303"]
    asked = card.last_call
    assert isinstance(asked, CallDialog) and asked.isVisible() and asked.parent() is card
    clock.now = START + timedelta(seconds=48)
    qtbot.mouseClick(asked.confirm_button, Qt.MouseButton.LeftButton)
    assert card.history.ui.table.rowCount() == 1               # the card read its history again
    assert card.history.ui.table.item(0, 2).text() == "Исходящий звонок на +7 831 233-13-03, длительность 0:48"
    assert not card.is_dirty()                                # the card's new version taken, nothing to save


def test_a_call_from_a_contact_person_outlives_its_window_and_names_the_contact(qtbot, session_of, boxes,
                                                                                  desktop, clock) -> None:
    manager = session_of("manager")
    card = _card(qtbot, manager, _client(manager))
    staff = card.records["contact_person"]
    person = staff._dialog(staff.value()[0])
    qtbot.addWidget(person)
    person.show()
    qtbot.mouseClick(person.form.editors["phone_mobile"].button, Qt.MouseButton.LeftButton)
    asked = card.last_call
    assert asked.isVisible() and asked.parent() is person
    person.reject()                                           # the contact's window closed mid-call
    assert asked.isVisible() and asked.parent() is card
    clock.now = START + timedelta(minutes=1)
    qtbot.mouseClick(asked.confirm_button, Qt.MouseButton.LeftButton)
    rows = events.list_events(manager, card.client_id)
    assert [(r.contact, r.description) for r in rows] == [
        ("Иванов Пётр", "Исходящий звонок на +7 912 345-67-89, длительность 1:00")]


def test_no_question_for_a_new_card_or_with_recording_switched_off(qtbot, session_of, boxes, desktop) -> None:
    manager = session_of("manager")
    new = ClientDialog(manager, clients.new_card(manager, ClientKind.COMPANY))
    qtbot.addWidget(new)
    new.forms[""].editors["phone"].set_value("8 (831) 233-13-03")
    qtbot.mouseClick(new.forms[""].editors["phone"].button, Qt.MouseButton.LeftButton)
    assert desktop and new.last_call is None                   # nothing to record it on yet
    save_telephony_setting(manager, TelephonySetting(record_calls=False))
    card = _card(qtbot, manager, _client(manager))
    qtbot.mouseClick(card.forms[""].editors["phone"].button, Qt.MouseButton.LeftButton)
    assert len(desktop) == 2 and card.last_call is None

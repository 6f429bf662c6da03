"""The user's click-to-call setting («Настройка — Параметры — Телефония»), kept with the other
per-user settings so it follows the user to another workstation or RDP session; and the
«Исходящий звонок» event recorded in the client's history once the user confirms a call
(GRP-5, domain/telephony.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crm_desktop.data import client_card as card_data
from crm_desktop.data import dictionaries as dictionaries_data
from crm_desktop.domain.access import can_edit
from crm_desktop.domain.telephony import (CALL_EVENT_TYPE, InvalidDuration, MAX_DURATION, TelephonySetting,
                                          call_description, call_event_type, format_duration, long_enough, validate)
from crm_desktop.services import events
from crm_desktop.services.session import AccessDenied, Session

SETTING_KEY = "telephony"
SETTINGS_PLACE = "«Настройка — Параметры — Телефония»"


def telephony_setting(session: Session) -> TelephonySetting:
    return TelephonySetting.from_stored(session.setting(SETTING_KEY))


def save_telephony_setting(session: Session, setting: TelephonySetting) -> None:
    """Refuses (InvalidTelephonySetting, a ValueError) a setting that could not place a call."""
    validate(setting)
    session.set_setting(SETTING_KEY, setting.stored())


@dataclass(frozen=True)
class CallRecord:
    """What became of a confirmed call: the event written, or why none was (`message`, one
    Russian sentence for the user either way)."""
    event: events.Event | None
    message: str


def _call_event_type_id(session: Session, setting: TelephonySetting | None = None) -> int:
    """The event type a call is recorded with: the one chosen in the setting, else
    «Исходящий звонок» of the dictionary (found by name, as the mailing finds «Отправлено
    письмо»); ValueError naming the fix when the dictionary has none."""
    setting = setting or telephony_setting(session)
    with session.db.read() as conn:
        types = [(i.id, i.name) for i in dictionaries_data.items(conn, "event_types")]
    found = call_event_type(types, setting.event_type_id)
    if found is None:
        raise ValueError(f"В справочнике «Типы событий» нет типа «{CALL_EVENT_TYPE}»: добавьте его или выберите "
                         f"тип события для звонков в {SETTINGS_PLACE}.")
    return found


def record_call(session: Session, client_id: int, phone: str, started_at: datetime, duration: int,
                contact_id: int | None = None) -> CallRecord:
    """The user confirmed that the call to `phone` from the client's card (or its contact
    person `contact_id`) took place: an event of the configured type dated when the call
    started, with the number and the duration (seconds) in its text. Not recorded when the
    user switched recording off or the talk was shorter than the set minimum. Only someone
    who may add events to the client's history (services/events.py) records one."""
    with session.db.read() as conn:
        facts = card_data.client_facts(conn, client_id)
    if facts is None:
        raise ValueError("Клиент не найден: возможно, его удалил другой пользователь.")
    if not can_edit(session.rights, facts, main_data=False):
        raise AccessDenied("Нет доступа к истории взаимоотношений этого клиента: звонок не записан.")
    if not 0 <= duration <= MAX_DURATION:
        raise InvalidDuration(f"Длительность звонка: от 0:00 до {format_duration(MAX_DURATION)}.")
    setting = telephony_setting(session)
    if not setting.record_calls:
        return CallRecord(None, f"Звонок не записан в историю: запись звонков отключена в {SETTINGS_PLACE}.")
    if not long_enough(duration, setting):
        return CallRecord(None, f"Звонок не записан в историю: он короче {format_duration(setting.min_duration)} "
                                f"— минимальной длительности из {SETTINGS_PLACE}.")
    event = events.new_event(session, client_id)
    event.event_type_id = _call_event_type_id(session, setting)
    event.event_at = started_at.replace(microsecond=0)
    event.description = call_description(phone, duration)
    event.contact_id = contact_id
    saved = events.save_event(session, event)
    return CallRecord(saved, f"Звонок записан в историю клиента: {saved.description}.")

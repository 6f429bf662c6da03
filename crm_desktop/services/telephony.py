"""The user's click-to-call setting («Настройка — Параметры — Телефония»), kept with the other
per-user settings so it follows the user to another workstation or RDP session."""
from __future__ import annotations

from crm_desktop.domain.telephony import TelephonySetting, validate
from crm_desktop.services.session import Session

SETTING_KEY = "telephony"


def telephony_setting(session: Session) -> TelephonySetting:
    return TelephonySetting.from_stored(session.setting(SETTING_KEY))


def save_telephony_setting(session: Session, setting: TelephonySetting) -> None:
    """Refuses (InvalidTelephonySetting, a ValueError) a setting that could not place a call."""
    validate(setting)
    session.set_setting(SETTING_KEY, setting.stored())

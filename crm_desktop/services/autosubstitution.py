"""Auto-substitution defaults (manual: "Автоподстановка"; ADM-10): the region and city a new
client gets (the counterparty and warehouse of the manual come with sales and the warehouse).
Stored company-wide in SETTINGS; everyone reads, Permission.EDIT_DICTIONARIES changes."""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.data import dictionaries, settings
from crm_desktop.domain.permissions import Permission
from crm_desktop.services.session import Session

REGION_KEY = "autosubst.region_id"
CITY_KEY = "autosubst.city_id"


@dataclass(frozen=True)
class AutoDefaults:
    region_id: int | None = None
    city_id: int | None = None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def defaults(session: Session) -> AutoDefaults:
    with session.db.read() as conn:
        found = settings.get_many(conn, "autosubst.")
    return AutoDefaults(_int(found.get(REGION_KEY)), _int(found.get(CITY_KEY)))


def save_defaults(session: Session, region_id: int | None, city_id: int | None) -> None:
    """A city is kept only together with its region."""
    session.require(Permission.EDIT_DICTIONARIES)
    if city_id is not None and region_id is None:
        raise ValueError("Город подставляется вместе с регионом: сначала выберите регион.")
    with session.db.begin() as conn:
        if city_id is not None and city_id not in {i.id for i in dictionaries.items(conn, "settlements",
                                                                                       region_id=region_id)}:
            raise ValueError("Выбранный город не относится к выбранному региону.")
        settings.put(conn, REGION_KEY, None if region_id is None else str(region_id))
        settings.put(conn, CITY_KEY, None if city_id is None else str(city_id))

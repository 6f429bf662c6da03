"""Per-user settings stored in the database, so they follow the user to any workstation."""
from __future__ import annotations

from sqlalchemy import Connection, delete, select, text

from crm_desktop.data.schema import user_settings


def get(conn: Connection, user_id: int, key: str) -> str | None:
    stmt = select(user_settings.c.setting_val).where(user_settings.c.user_id == user_id,
                                                     user_settings.c.setting_key == key)
    return conn.execute(stmt).scalar_one_or_none()


def put(conn: Connection, user_id: int, key: str, value: str) -> None:
    conn.execute(text("UPDATE OR INSERT INTO USER_SETTINGS (USER_ID, SETTING_KEY, SETTING_VAL) "
                      "VALUES (:u, :k, :v) MATCHING (USER_ID, SETTING_KEY)"),
                 {"u": user_id, "k": key, "v": value})


def remove(conn: Connection, user_id: int, key: str) -> None:
    conn.execute(delete(user_settings).where(user_settings.c.user_id == user_id,
                                             user_settings.c.setting_key == key))

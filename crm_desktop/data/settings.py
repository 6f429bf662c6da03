"""Global settings of the company (table SETTINGS, key → text value), e.g. the
auto-substitution defaults (ADM-10)."""
from __future__ import annotations

from sqlalchemy import Connection, delete, select, text

from crm_desktop.data.schema import settings


def get(conn: Connection, key: str) -> str | None:
    return conn.execute(select(settings.c.setting_val).where(settings.c.setting_key == key)).scalar_one_or_none()


def get_many(conn: Connection, prefix: str) -> dict[str, str | None]:
    stmt = select(settings.c.setting_key, settings.c.setting_val).where(settings.c.setting_key.startswith(prefix))
    return dict(conn.execute(stmt).all())


def put(conn: Connection, key: str, value: str | None) -> None:
    """None removes the key (a setting left empty)."""
    if value is None:
        conn.execute(delete(settings).where(settings.c.setting_key == key))
        return
    conn.execute(text("UPDATE OR INSERT INTO SETTINGS (SETTING_KEY, SETTING_VAL) VALUES (:k, :v) "
                      "MATCHING (SETTING_KEY)"), {"k": key, "v": value})

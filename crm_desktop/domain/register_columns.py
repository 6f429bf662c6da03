"""Columns of the client register (REG-6), declared once: a column that shows a field of the
card is headed with that field's caption, so the register, the card and the flexi-filter
name it alike; the order is the default layout, the widths the defaults a user can change."""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.client_fields import field


@dataclass(frozen=True)
class Column:
    key: str
    caption: str
    sortable: bool
    width: int          # pixels until the user resizes it


def _field_column(key: str, field_name: str, width: int) -> Column:
    return Column(key, field(field_name).caption, True, width)


COLUMNS: tuple[Column, ...] = (
    _field_column("code", "code", 70),
    Column("flag", "Флаг", False, 40),             # «Требует особого внимания» as an icon
    Column("access", "Доступ", False, 80),         # private / shared, as an icon
    _field_column("name", "name", 320),
    _field_column("city", "city_id", 140),
    _field_column("phone", "phone", 150),
    _field_column("curator", "curator_id", 180),
    _field_column("status", "status_id", 150),
    _field_column("changed", "changed_at", 120),
    Column("files", "Файлы", False, 44),
)
BY_KEY = {c.key: c for c in COLUMNS}
DEFAULT_LAYOUT = [c.key for c in COLUMNS]

"""Filter templates and previews of the flexi-filter (manual: "Шаблоны фильтров", REG-3, REG-4).

Static templates are built from the dictionaries each time (the values are looked up by
name, so they follow the database); user templates are the user's own, kept as JSON in the
per-user setting "filter.templates", so they follow the user to any workstation.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from crm_desktop.data import classifiers
from crm_desktop.data import client_filter as data
from crm_desktop.data import user_settings
from crm_desktop.domain.flexi_filter import (FIELDS_BY_KEY, Condition, FieldSpec, FlexiFilter,
                                             MappingLabels, Op, custom_field, describe)
from crm_desktop.services.session import Session

TEMPLATES_KEY = "filter.templates"
MAX_NAME = 100

MY_CLIENTS = "Мои клиенты"
MY_HOT = "Мои горячие клиенты"
MY_HOT_POSITIVE = "Мои горячие и позитивные клиенты"
STATIC_NAMES = (MY_CLIENTS, MY_HOT, MY_HOT_POSITIVE)


@dataclass(frozen=True)
class Template:
    name: str
    filter: FlexiFilter
    static: bool = False


class TemplateExists(ValueError):
    """A user template of that name exists: the UI asks before overwriting."""


def count_matching(session: Session, flt: FlexiFilter | None) -> int:
    """"Найдено: N" of the filter panel, within what the user may see."""
    with session.db.read() as conn:
        return data.count(conn, flt, session.user.id)


def matching_ids(session: Session, flt: FlexiFilter | None, limit: int = 1000) -> list[int]:
    with session.db.read() as conn:
        return data.ids(conn, flt, session.user.id, limit)


def custom_fields(session: Session) -> list[FieldSpec]:
    """Filter fields of the active custom classifiers (tab "Классификаторы")."""
    with session.db.read() as conn:
        return [custom_field(k) for k in classifiers.active(conn)]


def describe_filter(session: Session, flt: FlexiFilter | None) -> str:
    """Russian description with the names of the chosen dictionary items (tooltips)."""
    if flt is None:
        return describe(None)
    customs = {f.key: f for f in custom_fields(session)}
    wanted: dict[str, set[int]] = {}
    for cond in flt.conditions:
        if cond.op in (Op.IS, Op.IN):
            wanted.setdefault(cond.field, set()).update((cond.value,) if cond.op is Op.IS else cond.value)
    items: dict[str, dict[int, str]] = {}
    with session.db.read() as conn:
        for key, ids in wanted.items():
            spec = FIELDS_BY_KEY.get(key) or customs.get(key)
            if spec is not None and spec.dictionary:
                items[key] = data.names_of(conn, spec.dictionary, ids)
    return describe(flt, MappingLabels({k: f.label for k, f in customs.items()}, items))


# --- templates ---------------------------------------------------------------------------

def static_templates(session: Session) -> list[Template]:
    """The three templates of the manual; one whose dictionary value was removed is left out."""
    mine = Condition("mine", Op.MINE)
    with session.db.read() as conn:
        hot = data.value_id(conn, "prospect_ratings", "Горячий")
        positive = data.value_id(conn, "reactions", "Позитивная")
    result = [Template(MY_CLIENTS, FlexiFilter(conditions=(mine,)), True)]
    if hot is not None:
        hot_cond = Condition("prospects_id", Op.IS, hot)
        result.append(Template(MY_HOT, FlexiFilter(conditions=(mine, hot_cond)), True))
        if positive is not None:
            result.append(Template(MY_HOT_POSITIVE, FlexiFilter(
                conditions=(mine, hot_cond, Condition("last_reaction_id", Op.IS, positive))), True))
    return result


def _load(conn: Any, user_id: int) -> list[dict[str, Any]]:
    raw = user_settings.get(conn, user_id, TEMPLATES_KEY)
    return json.loads(raw) if raw else []


def _store(conn: Any, user_id: int, entries: list[dict[str, Any]]) -> None:
    user_settings.put(conn, user_id, TEMPLATES_KEY, json.dumps(entries, ensure_ascii=False))


def user_templates(session: Session) -> list[Template]:
    """The user's templates in the order saved; a damaged entry is skipped, not fatal."""
    with session.db.read() as conn:
        entries = _load(conn, session.user.id)
    result = []
    for entry in entries:
        try:
            result.append(Template(entry["name"], FlexiFilter.from_dict(entry["filter"])))
        except (KeyError, TypeError, ValueError):
            continue
    return result


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("Введите название шаблона.")
    if len(name) > MAX_NAME:
        raise ValueError(f"Название шаблона длиннее {MAX_NAME} символов.")
    if name.casefold() in {s.casefold() for s in STATIC_NAMES}:
        raise ValueError(f"«{name}» — название предопределённого шаблона, выберите другое.")
    return name


def _index(entries: list[dict[str, Any]], name: str) -> int | None:
    return next((i for i, e in enumerate(entries) if e.get("name", "").casefold() == name.casefold()), None)


def save_template(session: Session, name: str, flt: FlexiFilter, overwrite: bool = False) -> Template:
    """Save under a name; an existing name raises TemplateExists unless `overwrite`."""
    name = _clean_name(name)
    if flt.is_empty:
        raise ValueError("Фильтр пуст: задайте хотя бы одно условие, прежде чем сохранять шаблон.")
    with session.db.begin() as conn:
        entries = _load(conn, session.user.id)
        at = _index(entries, name)
        entry = {"name": name, "filter": flt.to_dict()}
        if at is None:
            entries.append(entry)
        elif overwrite:
            entries[at] = entry
        else:
            raise TemplateExists(f"Шаблон «{entries[at]['name']}» уже есть. Заменить его?")
        _store(conn, session.user.id, entries)
    return Template(name, flt)


def rename_template(session: Session, old: str, new: str) -> None:
    new = _clean_name(new)
    with session.db.begin() as conn:
        entries = _load(conn, session.user.id)
        at = _index(entries, old)
        if at is None:
            raise ValueError(f"Шаблона «{old}» нет.")
        other = _index(entries, new)
        if other is not None and other != at:
            raise ValueError(f"Шаблон «{new}» уже есть, выберите другое название.")
        entries[at]["name"] = new
        _store(conn, session.user.id, entries)


def delete_template(session: Session, name: str) -> None:
    with session.db.begin() as conn:
        entries = _load(conn, session.user.id)
        at = _index(entries, name)
        if at is None:
            raise ValueError(f"Шаблона «{name}» нет.")
        del entries[at]
        _store(conn, session.user.id, entries)

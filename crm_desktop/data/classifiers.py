"""The administrator's own "признаки-классификаторы": CLASSIFIERS rows with SCOPE 3 (DIC-3)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, text, update

from crm_desktop.data.versioned import update_versioned
from crm_desktop.data.migrations import generator_name
from crm_desktop.data.schema import classifiers
from crm_desktop.domain.custom_classifiers import DICTIONARY_KINDS, CustomClassifier, ValueKind

CUSTOM_SCOPE = 3


@dataclass(frozen=True)
class ClassifierRow:
    id: int
    code: str
    name: str
    hint: str
    label: str
    value_kind: int
    is_active: bool
    order: int
    row_version: int


def _select():
    c = classifiers.c
    return (select(c.id, c.code, c.name, c.hint, c.label, c.value_kind, c.is_active, c.sort_order, c.row_version)
            .where(c.scope == CUSTOM_SCOPE))


def _row(r) -> ClassifierRow:
    return ClassifierRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], bool(r[6]), r[7], r[8])


def custom(conn: Connection, active_only: bool = False) -> list[ClassifierRow]:
    stmt = _select().order_by(classifiers.c.sort_order, classifiers.c.name)
    if active_only:
        stmt = stmt.where(classifiers.c.is_active == 1)
    return [_row(r) for r in conn.execute(stmt)]


def active(conn: Connection) -> list[CustomClassifier]:
    """Active custom classifiers in the administrator's order (the card's tab «Признаки», the
    flexi-filter)."""
    return [CustomClassifier(r.id, r.code, r.name, r.hint, r.label or r.name, ValueKind(r.value_kind))
            for r in custom(conn, active_only=True)]


def one(conn: Connection, classifier_id: int) -> ClassifierRow | None:
    row = conn.execute(_select().where(classifiers.c.id == classifier_id)).first()
    return _row(row) if row else None


def name_exists(conn: Connection, name: str, except_id: int | None) -> bool:
    """Any classifier (typical ones too) with the same name, compared case-insensitively."""
    stmt = select(func.count()).select_from(classifiers).where(classifiers.c.name == name)
    if except_id is not None:
        stmt = stmt.where(classifiers.c.id != except_id)
    return conn.execute(stmt).scalar_one() > 0


def insert_custom(conn: Connection, name: str, hint: str, label: str, value_kind: int, is_active: bool) -> int:
    """The code is made from the generated ID ("custom_<id>"), so it is unique and never changes."""
    new_id = conn.execute(text(f"SELECT GEN_ID({generator_name('CLASSIFIERS')}, 1) FROM RDB$DATABASE")).scalar_one()
    order = conn.execute(select(func.coalesce(func.max(classifiers.c.sort_order), -1) + 1)
                         .where(classifiers.c.scope == CUSTOM_SCOPE)).scalar_one()
    conn.execute(insert(classifiers).values(id=new_id, code=f"custom_{new_id}", scope=CUSTOM_SCOPE, name=name,
                                            hint=hint or None, label=label or None, value_kind=value_kind,
                                            is_active=int(is_active), sort_order=order))
    return new_id


def update_custom(conn: Connection, classifier_id: int, expected_version: int, name: str, hint: str,
                  label: str, value_kind: int, is_active: bool) -> None:
    update_versioned(conn, classifiers, classifier_id,
                     {"name": name, "hint": hint or None, "label": label or None, "value_kind": value_kind,
                      "is_active": int(is_active)}, expected_version, classifiers.c.scope == CUSTOM_SCOPE)


def set_order(conn: Connection, ids_in_order: list[int]) -> None:
    for position, classifier_id in enumerate(ids_in_order):
        conn.execute(update(classifiers).where(classifiers.c.id == classifier_id, classifiers.c.scope == CUSTOM_SCOPE)
                     .values(sort_order=position))


def by_scope(conn: Connection, scope: int) -> list[tuple[str, str]]:
    """(code, name) of the classifiers of one scope that have a list of values, in display order."""
    stmt = (select(classifiers.c.code, classifiers.c.name)
            .where(classifiers.c.scope == scope, classifiers.c.value_kind.in_(sorted(DICTIONARY_KINDS)))
            .order_by(classifiers.c.sort_order, classifiers.c.name))
    return [tuple(r) for r in conn.execute(stmt)]

"""Custom classifiers ("признаки-классификаторы", manual: "Дополнительные признаки-классификаторы";
DIC-3): the administrator defines them, the client card's "Признаки" tab and the flexi-filter
show the active ones. Values of dictionary-type ones are edited through services/dictionaries.py
under the classifier's code."""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.data import classifiers as data
from crm_desktop.data.classifiers import ClassifierRow
from crm_desktop.domain.custom_classifiers import CustomClassifier, ValueKind
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.session import Session


@dataclass(frozen=True)
class ClassifierCard:
    """The administrator's card of one classifier (id None: a new one)."""
    id: int | None = None
    code: str = ""
    name: str = ""
    hint: str = ""
    label: str = ""
    value_kind: ValueKind = ValueKind.DICTIONARY
    is_active: bool = True
    row_version: int = 0


def _card(r: ClassifierRow) -> ClassifierCard:
    return ClassifierCard(r.id, r.code, r.name, r.hint, r.label, ValueKind(r.value_kind), r.is_active, r.row_version)


def active_custom_classifiers(session: Session) -> list[CustomClassifier]:
    """Active custom classifiers in the administrator's order (anyone may read them)."""
    with session.db.read() as conn:
        return data.active(conn)


def all_classifiers(session: Session) -> list[ClassifierCard]:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.read() as conn:
        return [_card(r) for r in data.custom(conn)]


def card_errors(card: ClassifierCard) -> list[FieldError]:
    errors = []
    if not card.name.strip():
        errors.append(FieldError("name", "Укажите название признака-классификатора."))
    for field, limit, title in (("name", 100, "Название"), ("hint", 300, "Текст подсказки"), ("label", 60, "Лейбл")):
        if len(getattr(card, field).strip()) > limit:
            errors.append(FieldError(field, f"{title}: не длиннее {limit} символов."))
    return errors


def save(session: Session, card: ClassifierCard) -> ClassifierCard:
    """Insert (with a generated code "custom_<id>") or update with optimistic locking."""
    session.require(Permission.EDIT_DICTIONARIES)
    if errors := card_errors(card):
        raise ValidationError(errors)
    name, hint, label = " ".join(card.name.split()), card.hint.strip(), " ".join(card.label.split())
    with session.db.begin() as conn:
        if data.name_exists(conn, name, card.id):
            raise ValueError(f"Классификатор «{name}» уже есть.")
        if card.id is None:
            classifier_id = data.insert_custom(conn, name, hint, label, int(card.value_kind), card.is_active)
        else:
            classifier_id = card.id
            data.update_custom(conn, card.id, card.row_version, name, hint, label, int(card.value_kind),
                               card.is_active)
        return _card(data.one(conn, classifier_id))


def move(session: Session, classifier_id: int, step: int) -> None:
    """Move one classifier up (-1) or down (+1) in the order of the "Признаки" tab."""
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        ids = [r.id for r in data.custom(conn)]
        at = ids.index(classifier_id)
        to = max(0, min(len(ids) - 1, at + step))
        ids.insert(to, ids.pop(at))
        data.set_order(conn, ids)


@dataclass(frozen=True)
class DictionaryEntry:
    """One line of the dictionaries window: a dictionary name of services/dictionaries.py and its title."""
    name: str
    title: str
    group: str


FIXED_DICTIONARIES = [("event_types", "Типы событий", "Оперативная работа"),
                      ("sales_stages", "Лестница продаж", "Оперативная работа"),
                      ("directions", "Направления деятельности", "Предприятие"),
                      ("regions", "Регионы", "Адреса"),
                      ("settlements", "Населённые пункты", "Адреса")]
SCOPE_GROUPS = {1: "Типовые классификаторы", 2: "Оперативные справочники", 3: "Признаки-классификаторы"}


def dictionary_catalog(session: Session) -> list[DictionaryEntry]:
    """Every dictionary the administrator can edit (manual: "Справочники"; DIC-1)."""
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.read() as conn:
        found = [DictionaryEntry(code, name, SCOPE_GROUPS[scope])
                 for scope in (1, 2, 3) for code, name in data.by_scope(conn, scope)]
    return found + [DictionaryEntry(*entry) for entry in FIXED_DICTIONARIES]

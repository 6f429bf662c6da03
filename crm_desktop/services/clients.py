"""Client card use cases (CLI-1..CLI-3): open, create, save, delete; each in one transaction,
with the access rules of domain/access.py ("Разграничение доступа", "Приватные клиенты")."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.data import client_card as data
from crm_desktop.data import classifiers as custom_classifiers
from crm_desktop.data.client_card import ClientCard, TaskRow
from crm_desktop.domain.access import ClientFacts, can_delete, can_edit, can_make_private, can_open, can_see
from crm_desktop.domain.client_fields import ClientKind, main_data_fields, validate_client, validate_fields
from crm_desktop.domain.concurrency import ConcurrentEdit, conflict
from crm_desktop.domain.custom_classifiers import ValueKind
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import autosubstitution
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["CardInvalid", "ClientCard", "ConcurrentEdit", "TaskRow", "classifier_field", "client_title",
           "delete_client", "load_card", "new_card", "operative_state", "record_field", "save_card", "tasks_of"]


class CardInvalid(ValidationError):
    """Every problem of the card at once; ``errors`` name the fields the form marks."""


NOT_FOUND = "Клиент не найден: возможно, его удалил другой пользователь."


def record_field(record: str, index: int, name: str) -> str:
    """The error key of a field of a record row (the form maps it back to its table)."""
    return f"{record}[{index}].{name}"


def classifier_field(classifier_id: int) -> str:
    return f"classifier:{classifier_id}"


def _found(facts: ClientFacts | None) -> ClientFacts:
    if facts is None:
        raise ValueError(NOT_FOUND)
    return facts


def _with_rights(session: Session, card: ClientCard, facts: ClientFacts) -> ClientCard:
    card.editable_main = can_edit(session.rights, facts, main_data=True)
    card.editable = can_edit(session.rights, facts, main_data=False)
    return card


def load_card(session: Session, client_id: int) -> ClientCard:
    with session.db.read() as conn:
        facts = _found(data.client_facts(conn, client_id))
        if not can_open(session.rights, facts):
            raise AccessDenied("Нет доступа к карточке этого клиента.")
        card = data.load(conn, client_id)
    if card is None:
        raise ValueError(NOT_FOUND)
    return _with_rights(session, card, facts)


def new_card(session: Session, kind: ClientKind) -> ClientCard:
    """A blank card: the current user is the curator; region and city come from the
    auto-substitution settings (ADM-10)."""
    auto = autosubstitution.defaults(session)
    with session.db.read() as conn:
        defs = custom_classifiers.active(conn)
    defaults = {"region_id": auto.region_id, "city_id": auto.city_id}
    values = data.empty_values(kind) | {k: v for k, v in defaults.items() if v is not None}
    values["curator_id"] = session.user.id
    classifier_values = {d.id: set() if d.value_kind == ValueKind.DICTIONARY_MULTI else None for d in defs}
    records = {name: [] for name in data.RECORD_TABLES}
    return ClientCard(None, kind, values, records, classifier_values, defs)


def _record_errors(card: ClientCard) -> list[FieldError]:
    errors = []
    for name, (record, _) in data.RECORD_TABLES.items():
        for i, row in enumerate(card.records.get(name, [])):
            errors += [FieldError(record_field(name, i, e.field), f"{record.label} №{i + 1}: {e.message}")
                       for e in validate_fields(record.fields, row)]
    return errors


def _classifier_errors(card: ClientCard) -> list[FieldError]:
    errors = []
    for d in card.classifier_defs:
        value = card.classifiers.get(d.id)
        if d.value_kind == ValueKind.NUMBER and value not in (None, ""):
            try:
                Decimal(str(value).strip().replace(",", "."))
            except InvalidOperation:
                errors.append(FieldError(classifier_field(d.id), f"{d.name}: нужно число"))
    return errors


def _errors(session: Session, card: ClientCard) -> list[FieldError]:
    errors = validate_client(card.values, card.kind) + _record_errors(card) + _classifier_errors(card)
    if card.values.get("is_private") and card.values.get("curator_id") != session.user.id:
        errors.append(FieldError("curator_id", "Приватного клиента ведёт только его куратор: "
                                               "укажите куратором себя или снимите флажок «Приватный клиент»"))
    return errors


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (set, frozenset, list, tuple)):
        return frozenset(value)
    return value


def _changes(card: ClientCard, stored: ClientCard) -> tuple[bool, bool]:
    """(main data changed, anything else changed) compared with the stored card."""
    main = main_data_fields(card.kind)
    names = set(card.values) | set(stored.values)
    changed = {n for n in names if _norm(card.values.get(n)) != _norm(stored.values.get(n))}
    other = bool(changed - main) or any(
        [{k: _norm(v) for k, v in r.items()} for r in card.records.get(name, [])]
        != [{k: _norm(v) for k, v in r.items()} for r in stored.records.get(name, [])]
        for name in data.RECORD_TABLES) or any(
        _norm(v) != _norm(stored.classifiers.get(k)) for k, v in card.classifiers.items())
    return bool(changed & main), other


def _check_private(session: Session, card: ClientCard, was_private: bool) -> None:
    if card.values.get("is_private") and not was_private and not can_make_private(session.rights):
        raise AccessDenied("Недостаточно прав: вести приватных клиентов (флажок «Вести приватных "
                           "клиентов» в правах пользователя).")


def save_card(session: Session, card: ClientCard) -> ClientCard:
    """Validate, check rights, write the card and its derived columns; returns the card as
    stored (new version, code). Raises CardInvalid, AccessDenied or ConcurrentEdit."""
    errors = _errors(session, card)
    if errors:
        raise CardInvalid(errors)
    with session.db.begin() as conn:
        if card.id is None:
            _check_private(session, card, was_private=False)
            saved = data.load(conn, data.insert_card(conn, card))
        else:
            stored = data.load(conn, card.id)
            if stored is None:
                raise conflict("client", None, None, deleted=True)
            facts = data.facts_of(stored)
            main_changed, other_changed = _changes(card, stored)
            if main_changed and not can_edit(session.rights, facts, main_data=True):
                raise AccessDenied("Основные данные (реквизиты, «Общие», «Рег. данные», «Доступ») "
                                   "этого клиента вам изменять нельзя.")
            if other_changed and not can_edit(session.rights, facts, main_data=False):
                raise AccessDenied("Нет прав изменять карточку этого клиента.")
            _check_private(session, card, was_private=bool(stored.values.get("is_private")))
            saved = data.update_card(conn, card, stored)
        # a save that would hide the client from its author is undone, as a reload would not find it
        if saved is None or not can_see(session.rights, facts := data.facts_of(saved)):
            raise ValueError(NOT_FOUND)
    return _with_rights(session, saved, facts)


def delete_client(session: Session, client_id: int) -> None:
    with session.db.begin() as conn:
        if not can_delete(session.rights, _found(data.client_facts(conn, client_id))):
            raise AccessDenied("Недостаточно прав: удалять этого клиента.")
        data.delete_client(conn, client_id)


def client_id_by_code(session: Session, code: int) -> int | None:
    """The client with this permanent code, if the user may open it."""
    with session.db.read() as conn:
        client_id = data.id_by_code(conn, code)
        facts = None if client_id is None else data.client_facts(conn, client_id)
    if facts is None or not can_open(session.rights, facts):
        return None
    return client_id


def client_title(session: Session, client_id: int) -> str:
    """The name of a client the user can see, for confirmations."""
    with session.db.read() as conn:
        if not can_see(session.rights, _found(data.client_facts(conn, client_id))):
            raise AccessDenied("Нет доступа к этому клиенту.")
        found = data.title(conn, client_id)
    if found is None:
        raise ValueError(NOT_FOUND)
    return found[1]


def tasks_of(session: Session, client_id: int) -> list[TaskRow]:
    with session.db.read() as conn:
        if not can_open(session.rights, _found(data.client_facts(conn, client_id))):
            raise AccessDenied("Нет доступа к карточке этого клиента.")
        return data.client_tasks(conn, client_id)


def operative_state(session: Session, client_id: int) -> tuple[int, dict[str, Any]]:
    """(version, stage/reaction/next contact) after a history event moved them: an open card
    takes these so its own save is not reported as a concurrent edit."""
    with session.db.read() as conn:
        state = data.operative_state(conn, client_id)
    if state is None:
        raise ValueError(NOT_FOUND)
    return state


def require_client(session: Session, client_id: int) -> None:
    """A new document needs a client whose card the user may open (the card's journals are
    where documents are entered); AccessDenied otherwise, without the client's name."""
    with session.db.read() as conn:
        facts = data.client_facts(conn, client_id)
    if facts is None or not can_open(session.rights, facts):
        raise AccessDenied("Нет доступа к этому клиенту: документы вводятся из карточек клиентов, "
                           "которые вам доступны.")

"""Use cases of the nomenclature (SAL-1) and of what prices it (SAL-3): groups and items (editing
needs "Редактировать номенклатуру"; an item keeps its certificate of conformity — number,
issuer, optional term — for «Сведения о сертификатах»), units and VAT rates, discount tiers
and special offers (set up by whoever may configure the system)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from crm_desktop.data import nomenclature as data
from crm_desktop.domain.money import q2
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.pricing import DiscountTier, SpecialOffer, check_discount
from crm_desktop.domain.validation import FieldError, ValidationError, clean_name
from crm_desktop.domain.vat import KIND_LABELS, VatRate, rate_on, rate_problems
from crm_desktop.services.clients import require_client
from crm_desktop.services.session import Session

PAGE = 200


@dataclass(frozen=True)
class Group:
    id: int
    parent_id: int | None
    name: str
    sort_order: int
    has_children: bool = False
    row_version: int = 0


@dataclass
class Item:
    """A nomenclature item as its card edits it; `values` holds data.ITEM_FIELDS."""
    id: int | None
    values: dict[str, Any] = field(default_factory=dict)
    row_version: int = 0
    unit_name: str = ""
    unit_code: str = ""


def _item(row: Any) -> Item:
    return Item(row["id"], {f: row[f] for f in data.ITEM_FIELDS}, row["row_version"], row["unit_name"] or "",
                row["unit_code"] or "")


def new_item(group_id: int | None) -> Item:
    return Item(None, {"group_id": group_id, "name": "", "purchase_price": Decimal("0.00"), "markup": Decimal("0.00"),
                       "sale_price": Decimal("0.00"), "vat_kind": "general", "no_discount": 0, "not_in_price": 0,
                       "is_service": 0})


def child_groups(session: Session, parent_id: int | None) -> list[Group]:
    with session.db.read() as conn:
        return [Group(r["id"], r["parent_id"], r["name"], r["sort_order"], bool(r["has_children"]), r["row_version"])
                for r in data.child_groups(conn, parent_id)]


def items(session: Session, group_id: int | None, after: tuple[str, int] | None = None, size: int = PAGE,
          text: str = "") -> list[Item]:
    with session.db.read() as conn:
        return [_item(r) for r in data.items_window(conn, group_id, after, size, text.strip())]


def item(session: Session, item_id: int) -> Item | None:
    with session.db.read() as conn:
        row = data.item(conn, item_id)
    return _item(row) if row else None


def save_group(session: Session, group: Group) -> int:
    session.require(Permission.EDIT_NOMENCLATURE)
    try:
        name = clean_name(group.name)
    except ValueError as exc:
        raise ValidationError([FieldError("name", f"Группа: {exc}")]) from None
    values = {"name": name, "parent_id": group.parent_id, "sort_order": group.sort_order}
    with session.db.begin() as conn:
        if group.id is None:
            return data.insert_group(conn, values)
        data.update_group(conn, group.id, values, group.row_version or None)
        return group.id


def move_group(session: Session, group_id: int, step: int) -> None:
    """One place up (−1) or down (+1) among its siblings in the price list, in one transaction:
    the siblings are numbered 1, 2, … anew, so groups of equal order get a definite place."""
    session.require(Permission.EDIT_NOMENCLATURE)
    with session.db.begin() as conn:
        parent = next((r["parent_id"] for r in data.groups(conn) if r["id"] == group_id), None)
        siblings = [r["id"] for r in data.child_groups(conn, parent)]
        if group_id not in siblings:
            return
        at = siblings.index(group_id)
        if not 0 <= at + step < len(siblings):
            return
        siblings[at], siblings[at + step] = siblings[at + step], siblings[at]
        for order, sibling in enumerate(siblings, 1):
            data.update_group(conn, sibling, {"sort_order": order}, None)


def delete_group(session: Session, group_id: int) -> None:
    session.require(Permission.EDIT_NOMENCLATURE)
    with session.db.begin() as conn:
        if data.group_has_content(conn, group_id):
            raise ValidationError([FieldError("group", "В группе есть подгруппы или позиции: сначала перенесите "
                                                        "или удалите их.")])
        data.delete_group(conn, group_id)


def item_errors(card: Item) -> list[FieldError]:
    v = card.values
    errors = []
    if not (v.get("name") or "").strip():
        errors.append(FieldError("name", "Укажите наименование позиции."))
    for name, label in (("purchase_price", "Закупочная цена"), ("sale_price", "Цена продажи")):
        if v.get(name) is None or v[name] < 0:
            errors.append(FieldError(name, f"{label}: укажите сумму не меньше нуля."))
    markup = v.get("markup")
    if markup is not None and not Decimal(-100) < markup < Decimal(1_000_000):
        errors.append(FieldError("markup", "Наценка: укажите процент больше −100 и меньше 1 000 000."))
    if v.get("vat_kind") not in KIND_LABELS:
        errors.append(FieldError("vat_kind", "Выберите ставку НДС из списка."))
    for name, label in (("weight", "Вес"), ("volume", "Объём"), ("per_package", "Количество в упаковке")):
        if v.get(name) is not None and v[name] < 0:
            errors.append(FieldError(name, f"{label} не может быть отрицательным."))
    valid_to = v.get("certificate_valid_to")
    if valid_to is not None and not isinstance(valid_to, date):
        errors.append(FieldError("certificate_valid_to",
                                 "Срок действия сертификата: введите дату, например 31.12.2027."))
    has_number = bool((v.get("certificate_no") or "").strip())
    if not has_number and (valid_to is not None or (v.get("certificate_issuer") or "").strip()):
        errors.append(FieldError("certificate_no", "Укажите номер сертификата: без него «Сведения о сертификатах» "
                                                   "не покажут, кем он выдан и до какого числа действует."))
    return errors


def sale_price_from_markup(purchase_price: Decimal, markup: Decimal) -> Decimal:
    """The card recalculates the sale price when the purchase price or the mark-up changes."""
    return q2(purchase_price * (100 + markup) / 100)


def save_item(session: Session, card: Item) -> Item:
    session.require(Permission.EDIT_NOMENCLATURE)
    errors = item_errors(card)
    values = {f: card.values.get(f) for f in data.ITEM_FIELDS}
    values["name"] = " ".join((values["name"] or "").split())
    for key in ("code", "article", "manufacturer", "notes", "certificate_no", "certificate_issuer"):
        values[key] = (values[key] or "").strip() or None
    for key in ("no_discount", "not_in_price", "is_service"):
        values[key] = int(bool(values[key]))
    with session.db.begin() as conn:
        if values["code"] and data.code_taken(conn, values["code"], card.id):
            errors.append(FieldError("code", f"Код «{values['code']}» уже есть у другой позиции."))
        if errors:
            raise ValidationError(errors)
        if card.id is None:
            item_id = data.insert_item(conn, values)
        else:
            data.update_item(conn, card.id, values, card.row_version or None)
            item_id = card.id
    saved = item(session, item_id)
    assert saved is not None
    return saved


def delete_item(session: Session, item_id: int) -> None:
    session.require(Permission.EDIT_NOMENCLATURE)
    with session.db.begin() as conn:
        if data.item_used(conn, item_id):
            raise ValidationError([FieldError("item", "Позиция есть в документах: её нельзя удалить. "
                                                       "Отметьте «Не включать в прайс-лист», если она больше не продаётся.")])
        data.delete_item(conn, item_id)


def units(session: Session) -> list[tuple[int, str, str]]:
    """(id, short name, ОКЕИ code) for the unit chooser."""
    with session.db.read() as conn:
        return [(r["id"], r["name"], r["okei_code"] or "") for r in data.all_units(conn)]


def vat_rates(session: Session) -> list[VatRate]:
    with session.db.read() as conn:
        return [VatRate(r["kind"], r["name"], r["rate"], r["valid_from"], r["valid_to"]) for r in data.all_vat_rates(conn)]


def save_vat_rates(session: Session, rates: Sequence[VatRate]) -> None:
    """«Справочники – Ставки НДС» as a whole table; stored documents keep the rate they were
    priced with, so a change affects new lines only."""
    session.require(Permission.EDIT_DICTIONARIES)
    if problems := rate_problems(rates):
        raise ValidationError([FieldError("vat_rates", p) for p in problems])
    with session.db.begin() as conn:
        data.replace_vat_rates(conn, [{"kind": r.kind, "name": r.name.strip(), "rate": r.rate,
                                       "valid_from": r.valid_from, "valid_to": r.valid_to} for r in rates])


def vat_rate(rates: Sequence[VatRate], kind: str, day: date) -> Decimal | None:
    """The rate of a kind on a document's date; ValidationError names the gap in the dictionary."""
    try:
        return rate_on(rates, kind, day).rate
    except ValueError as exc:
        raise ValidationError([FieldError("vat", str(exc))]) from None


def group_path(parents: dict[int, int | None], group_id: int | None) -> tuple[int, ...]:
    """The group and its parents up to the root, nearest first (a cycle stops the walk)."""
    path: list[int] = []
    while group_id is not None and group_id not in path:
        path.append(group_id)
        group_id = parents.get(group_id)
    return tuple(path)


def discount_tiers(session: Session) -> list[DiscountTier]:
    with session.db.read() as conn:
        return [DiscountTier(r["min_sum"], r["discount"]) for r in data.tiers(conn)]


def save_discount_tiers(session: Session, tiers: Sequence[DiscountTier]) -> None:
    """"Администрирование – Система скидок": the whole table at once."""
    session.require(Permission.EDIT_DICTIONARIES)
    errors = []
    seen = set()
    for t in tiers:
        if t.min_sum < 0:
            errors.append(FieldError("tiers", f"Сумма {t.min_sum}: должна быть не меньше нуля."))
        if t.min_sum in seen:
            errors.append(FieldError("tiers", f"Сумма {t.min_sum} указана дважды."))
        seen.add(t.min_sum)
        try:
            check_discount(t.discount)
        except ValueError as exc:
            errors.append(FieldError("tiers", str(exc)))
    if errors:
        raise ValidationError(errors)
    with session.db.begin() as conn:
        data.replace_tiers(conn, [(t.min_sum, t.discount) for t in sorted(tiers, key=lambda t: t.min_sum)])


def special_offer(session: Session, client_id: int) -> SpecialOffer | None:
    """The client's special offer, None when the client has none."""
    with session.db.read() as conn:
        rows = data.offer_rows(conn, client_id)
    if not rows:
        return None
    base = next((r["discount"] for r in rows if r["group_id"] is None), None)
    return SpecialOffer({r["group_id"]: r["discount"] for r in rows if r["group_id"] is not None}, base)


def offer_rows(session: Session, client_id: int) -> list[tuple[int | None, str, Decimal]]:
    """(group id or None, group name or «Все остальные группы», discount) for the editor."""
    with session.db.read() as conn:
        return [(r["group_id"], r["group_name"] or "Все остальные группы", r["discount"])
                for r in data.offer_rows(conn, client_id)]


def offer_clients(session: Session) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return [(r["id"], r["name"]) for r in data.offer_clients(conn)]


def save_special_offer(session: Session, client_id: int, rows: Sequence[tuple[int | None, Decimal]]) -> None:
    """"Администрирование – Система спец. предложений": a client's offer as a whole; no rows
    removes it."""
    session.require(Permission.EDIT_DICTIONARIES)
    require_client(session, client_id)
    errors = []
    groups = [g for g, _ in rows]
    if len(set(groups)) != len(groups):
        errors.append(FieldError("offer", "Группа указана в спецпредложении дважды."))
    for _, discount in rows:
        try:
            check_discount(discount)
        except ValueError as exc:
            errors.append(FieldError("offer", str(exc)))
    if errors:
        raise ValidationError(errors)
    with session.db.begin() as conn:
        data.replace_offer(conn, client_id, list(rows))


def group_parents(session: Session) -> dict[int, int | None]:
    with session.db.read() as conn:
        return data.group_ids_with_parents(conn)

"""«Складской учет – Производственные спецификации» (manual: "Выпуск продукции ... осуществляется на
основе производственных спецификаций. Спецификации содержат сведения о комплектующих, необходимых
для производства единицы продукции"): the dictionary, and the components a production document
takes for a number of products (its «Заполнить по спецификации»). Changing a specification takes
«Редактировать номенклатуру», as the nomenclature it describes."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from crm_desktop.data import specifications as data
from crm_desktop.domain.money import q3
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.domain.validation import FieldError, ValidationError, clean_name
from crm_desktop.services.session import Session


@dataclass(frozen=True)
class Component:
    item_id: int
    name: str
    unit_name: str
    quantity: Decimal
    warehouse_id: int
    warehouse_name: str = ""


@dataclass
class Specification:
    id: int | None
    name: str
    item_id: int | None
    item_name: str = ""
    components: list[Component] = field(default_factory=list)
    row_version: int = 0


class SpecNotFound(LookupError):
    """str() says the specification is gone."""


def specifications(session: Session, item_id: int | None = None) -> list[Specification]:
    """The specifications (of one product), without their components."""
    with session.db.read() as conn:
        return [Specification(r["id"], r["name"], r["item_id"], r["item_name"], [], r["row_version"])
                for r in data.spec_list(conn, item_id)]


def load(session: Session, spec_id: int) -> Specification:
    with session.db.read() as conn:
        head = data.spec_header(conn, spec_id)
        if head is None:
            raise SpecNotFound("Производственная спецификация не найдена: её удалили.")
        parts = [Component(r["item_id"], r["item_name"], r["unit_name"] or "", r["quantity"], r["warehouse_id"],
                           r["warehouse_name"]) for r in data.spec_components(conn, spec_id)]
    return Specification(head["id"], head["name"], head["item_id"], head["item_name"], parts, head["row_version"])


def problems(spec: Specification) -> list[FieldError]:
    found = []
    try:
        clean_name(spec.name)
    except ValueError as exc:
        found.append(FieldError("name", f"Название: {exc}"))
    if spec.item_id is None:
        found.append(FieldError("item_id", "Выберите продукт — номенклатурную позицию, которую производят."))
    if not spec.components:
        found.append(FieldError("components", "Добавьте хотя бы одно комплектующее (Ins)."))
    for n, part in enumerate(spec.components, start=1):
        if part.quantity <= 0 or q3(part.quantity) != part.quantity:
            found.append(FieldError("components", f"Строка {n} («{part.name}»): количество больше нуля, "
                                                  "не больше трёх знаков после запятой."))
        if part.item_id == spec.item_id:
            found.append(FieldError("components", f"Строка {n}: продукт не может быть своим комплектующим."))
    return found


def save(session: Session, spec: Specification) -> Specification:
    """Store the specification; ValidationError lists every problem, ConcurrentEdit names who
    changed it meanwhile."""
    session.require(Permission.EDIT_NOMENCLATURE)
    found = problems(spec)
    if found:
        raise ValidationError(found)
    with session.db.begin() as conn:
        spec_id = data.save_spec(conn, spec.id, clean_name(spec.name), spec.item_id, spec.row_version or None,
                                 [(p.item_id, p.quantity, p.warehouse_id) for p in spec.components])
    return load(session, spec_id)


def delete(session: Session, spec_id: int) -> None:
    session.require(Permission.EDIT_NOMENCLATURE)
    with session.db.begin() as conn:
        if not data.delete_spec(conn, spec_id):
            raise SpecNotFound("Производственная спецификация не найдена: её удалили.")


def component_lines(session: Session, spec_id: int, products: Decimal, product_index: int) -> list[StockLine]:
    """The components `products` units take, as outgoing lines of a production document going
    into its product line `product_index`, each from the specification's warehouse."""
    spec = load(session, spec_id)
    return [StockLine(p.item_id, p.name, p.unit_name, q3(p.quantity * products), Decimal("0.00"), None,
                      warehouse_id=p.warehouse_id, incoming=False, base_index=product_index)
            for p in spec.components]

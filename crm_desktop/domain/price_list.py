"""The price list's rules (ORD-2, manual «Формирование прайс-листа»): which groups a filter
takes (a chosen group brings its subgroups), in which order the sections follow (the group
tree, each level by «Порядок следования в прайс-листе», then by name), and how stock is shown
when the user asks for signs instead of numbers."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

# «+» a few, «++» enough, «+++» plenty: below 10, below 100, from 100 units on
FEW = Decimal(10)
PLENTY = Decimal(100)
NO_GROUP = "Без группы"


class StockShown(StrEnum):
    """How the stock column of a price list looks, or that there is none."""
    NONE = "none"
    QUANTITY = "quantity"
    SIGNS = "signs"


def stock_sign(quantity: Decimal) -> str:
    """"+" under 10 units, "++" under 100, "+++" from 100 on; nothing when none is left."""
    if quantity <= 0:
        return ""
    if quantity < FEW:
        return "+"
    if quantity < PLENTY:
        return "++"
    return "+++"


@dataclass(frozen=True)
class GroupNode:
    id: int
    parent_id: int | None
    name: str
    sort_order: int


def with_subgroups(groups: Iterable[GroupNode], chosen: Iterable[int]) -> set[int]:
    """The chosen groups and every group below them."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for g in groups:
        children[g.parent_id].append(g.id)
    found: set[int] = set()
    stack = list(chosen)
    while stack:
        gid = stack.pop()
        if gid not in found:
            found.add(gid)
            stack.extend(children.get(gid, ()))
    return found


def section_order(groups: Sequence[GroupNode]) -> list[tuple[GroupNode, str]]:
    """Groups depth first, siblings by (sort order, name), each with its path
    "Бумага / Офисная" as the section's heading. A group whose parent is missing counts as a
    top-level one, so nothing falls out of the list."""
    known = {g.id for g in groups}
    children: dict[int | None, list[GroupNode]] = defaultdict(list)
    for g in groups:
        children[g.parent_id if g.parent_id in known else None].append(g)
    out: list[tuple[GroupNode, str]] = []

    def walk(parent: int | None, prefix: str, seen: frozenset[int]) -> None:
        for g in sorted(children.get(parent, ()), key=lambda g: (g.sort_order, g.name.lower(), g.id)):
            if g.id in seen:            # a cycle a broken edit left behind: print each group once
                continue
            path = f"{prefix} / {g.name}" if prefix else g.name
            out.append((g, path))
            walk(g.id, path, seen | {g.id})
    walk(None, "", frozenset())
    return out


@dataclass(frozen=True)
class Section:
    """A heading and its rows (any row type: the service's price rows)."""
    title: str
    rows: tuple[object, ...]


def sections(groups: Sequence[GroupNode], rows_by_group: Mapping[int | None, Sequence[object]]) -> list[Section]:
    """Sections in group order with rows, empty groups left out, rows of no (or an unknown)
    group last under «Без группы»."""
    ordered = section_order(groups)
    placed = {g.id for g, _ in ordered}
    out = [Section(path, tuple(rows_by_group[g.id])) for g, path in ordered if rows_by_group.get(g.id)]
    loose = [r for gid, rows in rows_by_group.items() if gid not in placed for r in rows]
    if loose:
        out.append(Section(NO_GROUP, tuple(loose)))
    return out

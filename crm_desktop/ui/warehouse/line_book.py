"""The lines of a warehouse card as one list that several tables show (WH-2): production keeps
its products and components in one document, a component naming its product by position
(`base_index`, as services/warehouse.save stores it). Removing or adding a line keeps those
positions right, so a component never ends up pointing at another product. No Qt here."""
from __future__ import annotations

from dataclasses import replace

from crm_desktop.domain.stock_docs import StockLine


def remove_line(lines: list[StockLine], index: int) -> list[StockLine]:
    """`lines` without line `index` and — when it is a product — without its components."""
    dropped = {index} | {i for i, ln in enumerate(lines) if not ln.incoming and ln.base_index == index}
    kept: list[StockLine] = []
    moved = {}
    for i, ln in enumerate(lines):
        if i not in dropped:
            moved[i] = len(kept)
            kept.append(ln)
    return [replace(ln, base_index=moved.get(ln.base_index)) if ln.base_index is not None else ln for ln in kept]


def components_of(lines: list[StockLine], product: int) -> list[int]:
    return [i for i, ln in enumerate(lines) if not ln.incoming and ln.base_index == product]


def products(lines: list[StockLine]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.incoming]


def replace_components(lines: list[StockLine], product: int, new: list[StockLine]) -> list[StockLine]:
    """`lines` with the components of line `product` replaced by `new` (filled from a
    specification), every component still naming its own product."""
    old = components_of(lines, product)
    kept = lines
    for index in sorted(old, reverse=True):          # from the end: the positions before stay put
        kept = remove_line(kept, index)
    moved = product - sum(1 for i in old if i < product)
    return kept + [replace(ln, base_index=moved, incoming=False) for ln in new]

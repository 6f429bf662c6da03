"""VAT rates and the dates they are valid on.

A document takes the rate valid on its own date, so an invoice of December 2025 keeps 20 %
after the general rate became 22 % on 1 January 2026. Simplified-tax payers (УСН) charge
their own 5 % and 7 % rates; «Без НДС» has no rate at all, which is not the same as 0 %.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class VatRate:
    """One row of the rates table; `rate` None means «Без НДС», open dates are unbounded."""

    kind: str
    name: str
    rate: Decimal | None
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))


KIND_LABELS: dict[str, str] = {
    "general": "Общая ставка",
    "reduced": "Льготная 10 %",
    "zero": "0 %",
    "usn5": "УСН 5 %",
    "usn7": "УСН 7 %",
    "none": "Без НДС",
}

DEFAULT_RATES: tuple[VatRate, ...] = (
    VatRate("general", "22 %", Decimal(22), date(2026, 1, 1), None),
    VatRate("general", "20 %", Decimal(20), None, date(2025, 12, 31)),
    VatRate("reduced", "10 %", Decimal(10), None, None),
    VatRate("zero", "0 %", Decimal(0), None, None),
    VatRate("usn5", "5 % (УСН)", Decimal(5), None, None),
    VatRate("usn7", "7 % (УСН)", Decimal(7), None, None),
    VatRate("none", "Без НДС", None, None, None),
)


def rate_on(rates: Iterable[VatRate], kind: str, day: date) -> VatRate:
    """The rate of `kind` valid on `day`; ValueError naming both when the table has none."""
    for rate in rates:
        if rate.kind == kind and rate.valid_on(day):
            return rate
    raise ValueError(f"Нет ставки НДС «{KIND_LABELS.get(kind, kind)}», действующей на "
                     f"{day:%d.%m.%Y}: добавьте её в справочник ставок НДС.")


def rate_problems(rates: Iterable[VatRate]) -> list[str]:
    """What is wrong with an edited rates table: unknown kinds, periods that end before they
    start or overlap within a kind (a date would have two rates), rates outside 0–100 %."""
    problems = []
    by_kind: dict[str, list[VatRate]] = {}
    for r in rates:
        if r.kind not in KIND_LABELS:
            problems.append(f"Ставка «{r.name}»: неизвестный вид ставки.")
            continue
        if not r.name.strip():
            problems.append(f"{KIND_LABELS[r.kind]}: укажите наименование ставки.")
        if r.rate is not None and not Decimal(0) <= r.rate < Decimal(100):
            problems.append(f"Ставка «{r.name}»: процент должен быть от 0 до 100.")
        if r.valid_from and r.valid_to and r.valid_to < r.valid_from:
            problems.append(f"Ставка «{r.name}»: период заканчивается раньше, чем начинается.")
        by_kind.setdefault(r.kind, []).append(r)
    for kind, rows in by_kind.items():
        rows.sort(key=lambda r: r.valid_from or date.min)
        for before, after in zip(rows, rows[1:]):
            if before.valid_to is None or (after.valid_from or date.min) <= before.valid_to:
                problems.append(f"{KIND_LABELS[kind]}: периоды ставок «{before.name}» и «{after.name}» "
                                "пересекаются — на одну дату должна действовать одна ставка.")
    return problems

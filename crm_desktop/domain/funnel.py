"""The sales funnel (manual 000 "Воронка продаж"; OPS-2): profiles with ordered stages and
the funnel report built from the stage transitions recorded in the history over a period.

Counting rule: a client counts at a stage when, within the period (both dates included), the
history shows the client on that stage or on any later stage of the profile: whoever reached
"Оплата" has passed "Коммерческое предложение" even if nobody recorded it. So counts never grow
down the funnel. `cumulative=False` counts only the recorded stages (then a coefficient may
exceed one). Transitions to stages of other profiles are ignored; a client counts once per
stage however often the stage was recorded.

Rounding rule (once, here): coefficients are exact ratios of client counts shown to four
decimal places, half up (K = 75 / 5000 = 0.0150); a forecast is computed from the exact counts
(or from the K given) and rounded half up to whole clients.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

COEFFICIENT = Decimal("0.0001")


@dataclass(frozen=True)
class FunnelStage:
    id: int
    name: str


@dataclass(frozen=True)
class FunnelProfile:
    """A type of sale ("прямые продажи", "через дилеров") with its stages, first to last."""
    id: int | None
    name: str
    stages: tuple[FunnelStage, ...] = ()


@dataclass(frozen=True)
class StageTransition:
    """A history record: the client came to the stage on that day."""
    client_id: int
    stage_id: int
    on: date


@dataclass(frozen=True)
class FunnelRow:
    stage_id: int
    name: str
    clients: int
    coefficient: Decimal | None     # this stage's clients / the previous stage's; None on the first
    # stage or when the previous one had nobody


@dataclass(frozen=True)
class FunnelReport:
    profile_name: str
    date_from: date
    date_to: date
    rows: tuple[FunnelRow, ...]

    @property
    def first(self) -> int:
        return self.rows[0].clients if self.rows else 0

    @property
    def last(self) -> int:
        return self.rows[-1].clients if self.rows else 0

    @property
    def overall(self) -> Decimal | None:
        """K = last stage / first stage (equal to the product of the stages' coefficients)."""
        return ratio(self.last, self.first)

    def forecast(self, first_count: int) -> int | None:
        """Clients expected at the last stage when `first_count` enter the first one, from the
        exact counts of the period; None when the period had nobody on the first stage."""
        if not self.first:
            return None
        return whole(Decimal(first_count) * self.last / self.first)


def ratio(part: int, whole_count: int) -> Decimal | None:
    """part / whole to four decimal places, half up; None when the whole is zero."""
    if not whole_count:
        return None
    return (Decimal(part) / Decimal(whole_count)).quantize(COEFFICIENT, rounding=ROUND_HALF_UP)


def whole(value: Decimal) -> int:
    """A count of clients rounded half up."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def forecast(first_count: int, k: Decimal) -> int:
    """The manual's formula ОПЛ = Этап1 × K, in whole clients: forecast(5000, 0.015) == 75."""
    return whole(Decimal(first_count) * k)


def validate_profile(profile: FunnelProfile) -> list[str]:
    """Russian messages of what keeps the profile from being saved."""
    errors = []
    if not profile.name.strip():
        errors.append("Введите название профиля воронки, например «Прямые продажи».")
    if len(profile.stages) < 2:
        errors.append("В воронке должно быть не меньше двух этапов: от первого контакта до оплаты.")
    seen: set[str] = set()
    for n, stage in enumerate(profile.stages, 1):
        key = " ".join(stage.name.split()).casefold()
        if not key:
            errors.append(f"У этапа воронки № {n} нет названия: введите название этапа.")
        elif key in seen:
            errors.append(f"Этап воронки «{stage.name.strip()}» повторяется: у каждого этапа своё название.")
        seen.add(key)
    return errors


def build(profile: FunnelProfile, transitions: Iterable[StageTransition], date_from: date, date_to: date,
          cumulative: bool = True) -> FunnelReport:
    """The funnel of the period: clients per stage and the pass-through coefficients."""
    position = {stage.id: n for n, stage in enumerate(profile.stages)}
    furthest: dict[int, int] = {}
    reached: list[set[int]] = [set() for _ in profile.stages]
    for move in transitions:
        n = position.get(move.stage_id)
        if n is None or not date_from <= move.on <= date_to:
            continue
        reached[n].add(move.client_id)
        furthest[move.client_id] = max(furthest.get(move.client_id, -1), n)
    if cumulative:
        counts = [sum(1 for top in furthest.values() if top >= n) for n in range(len(profile.stages))]
    else:
        counts = [len(clients) for clients in reached]
    rows = tuple(FunnelRow(stage.id, stage.name.strip(), counts[n], ratio(counts[n], counts[n - 1]) if n else None)
                 for n, stage in enumerate(profile.stages))
    return FunnelReport(profile.name.strip(), date_from, date_to, rows)

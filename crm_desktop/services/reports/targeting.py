"""«Таргетинг – плановые показатели» (OPS-3): each planned user's achieved weight against the
plan of the day, week or month with the team's total, and how it is made up target by target
(services/targeting.team; without «Видеть журналы и отчёты по всем сотрудникам» the reader's
own figures only)."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from crm_desktop.domain.targeting import PeriodKind
from crm_desktop.services import targeting
from crm_desktop.services.reports import ChartData, Params, Rows, Text, builder, choice_source
from crm_desktop.services.session import Session


def _number(value: Decimal) -> str:
    """25.250 → «25,25» as the tables print it."""
    return f"{value.normalize():f}".replace(".", ",") if value else "0"


@choice_source("targeting_periods")
def period_choices(session: Session) -> list[tuple[str, str]]:
    return [(str(int(kind)), kind.title) for kind in PeriodKind]


@builder("targeting")
def build(session: Session, params: Params) -> Iterator[Rows | ChartData | Text]:
    kind = PeriodKind(int(params.get("period") or PeriodKind.MONTH))
    figures = targeting.team(session, kind, params["day"], params.get("user"))
    yield Text([f"{kind.title}: {figures.period.title}."])
    rows = figures.team.rows
    yield ChartData("team", [figures.names[r.user_id] for r in rows],
                    [[float(r.percent or 0) for r in rows]], ["Выполнение, %"])
    yield Rows("team", [{"user": figures.names[r.user_id], "plan": r.plan, "achieved": r.achieved,
                         "percent": r.percent} for r in rows])
    total = figures.team.total
    if total.percent is not None:
        yield Text([f"Команда: выполнено {_number(total.achieved)} из {_number(total.plan)} "
                    f"({_number(total.percent)} %)."])
    yield Rows("targets", [{"user": figures.names[uid], "target": line.name, "count": line.count,
                            "weight": line.weight}
                           for uid in sorted(figures.lines, key=lambda u: figures.names[u])
                           for line in figures.lines[uid]])

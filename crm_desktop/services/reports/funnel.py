"""«Воронка продаж» (OPS-2): the clients on each stage of a funnel profile over a period, the
pass-through coefficients, the overall K and the forecast of the last stage from the first,
drawn as a funnel (services/funnel.report counts through the reader's session)."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from crm_desktop.services import funnel
from crm_desktop.services.reports import ChartData, Params, ParamError, Rows, Text, builder, choice_source
from crm_desktop.services.reports.statistics import share
from crm_desktop.services.session import Session


@choice_source("funnel_profiles")
def profile_choices(session: Session) -> list[tuple[str, str]]:
    """Active profiles; no «все» — a funnel is one profile's (empty: the first)."""
    return [(str(p.id), p.name) for p in funnel.profiles(session, active_only=True)]


def coefficient(value: Decimal | None) -> str:
    """0.0150 → «0,0150»; «—» where there is nothing to divide by."""
    return "—" if value is None else f"{value:.4f}".replace(".", ",")


@builder("funnel")
def build(session: Session, params: Params) -> Iterator[Rows | ChartData | Text]:
    choices = profile_choices(session)
    if not choices:
        raise ParamError("Профилей воронки нет: создайте его в «Администрирование – Настройка профилей "
                         "воронки продаж».")
    profile_id = int(params.get("profile") or choices[0][0])
    report = funnel.report(session, profile_id, params["date_from"], params["date_to"])
    yield ChartData("funnel", [r.name for r in report.rows], [[r.clients for r in report.rows]], ["Клиентов"])
    yield Rows("stages", [{"stage": r.name, "clients": r.clients, "coefficient": r.coefficient,
                           "share": share(r.clients, report.first)} for r in report.rows])
    first = params.get("first_count") or report.first
    forecast = report.forecast(first)
    lines = [f"Профиль «{report.profile_name}». Общий коэффициент K = последний этап / первый этап = "
             f"{report.last} / {report.first} = {coefficient(report.overall)}."]
    if forecast is not None:
        lines.append(f"Прогноз: из {first} клиентов первого этапа до последнего дойдут {forecast} "
                     f"(Этап 1 × K).")
    yield Text(lines)

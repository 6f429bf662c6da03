"""Sales funnel profiles («Администрирование – Настройка профилей воронки продаж») and the
funnel of a period (OPS-2): the stage arrivals recorded in CLIENT_STAGE_HISTORY, counted by
domain/funnel.build. Every query runs through the session, so private clients stay with their
curator."""
from __future__ import annotations

from datetime import date

from crm_desktop.data import funnel as data
from crm_desktop.data.funnel import ProfileRow, StageRow
from crm_desktop.domain import funnel as rules
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services.session import Session

__all__ = ["ProfileRow", "StageRow", "profiles", "sales_ladder", "save_profile", "delete_profile", "report",
           "NOT_FOUND"]

NOT_FOUND = "Профиль воронки не найден: возможно, его удалил другой пользователь."


def sales_ladder(session: Session) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return data.sales_ladder(conn)


def profiles(session: Session, active_only: bool = False) -> list[ProfileRow]:
    with session.db.read() as conn:
        return data.profiles(conn, active_only)


def save_profile(session: Session, row: ProfileRow) -> int:
    """Validated by the domain's rules (name, at least two stages, names unique); every stage
    must name the sales-ladder stage it counts."""
    session.require(Permission.EDIT_DICTIONARIES)
    errors = [FieldError("profile", m) for m in rules.validate_profile(_domain(row))]
    errors += [FieldError("stages", f"Этап воронки «{s.name.strip()}»: выберите этап лестницы продаж, "
                                    "который он считает.")
               for s in row.stages if s.sales_stage_id is None and s.name.strip()]
    if errors:
        raise ValidationError(errors)
    with session.db.begin() as conn:
        if row.id is not None and data.profile(conn, row.id) is None:
            raise ValueError(NOT_FOUND)
        return data.save_profile(conn, row)


def delete_profile(session: Session, profile_id: int) -> None:
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        data.delete_profile(conn, profile_id)


def _domain(row: ProfileRow) -> rules.FunnelProfile:
    return rules.FunnelProfile(row.id, row.name, tuple(rules.FunnelStage(s.id or -n, s.name)
                                                       for n, s in enumerate(row.stages, 1)))


def report(session: Session, profile_id: int, date_from: date, date_to: date,
           cumulative: bool = True) -> rules.FunnelReport:
    """The funnel of the period over the clients the reader may see."""
    with session.db.read() as conn:
        row = data.profile(conn, profile_id)
        if row is None:
            raise ValueError(NOT_FOUND)
        by_sales: dict[int, list[int]] = {}
        for stage in row.stages:
            if stage.sales_stage_id is not None and stage.id is not None:
                by_sales.setdefault(stage.sales_stage_id, []).append(stage.id)
        moves = [rules.StageTransition(client_id, funnel_stage, on)
                 for client_id, sales_stage, on in data.history(conn, by_sales, date_from, date_to)
                 for funnel_stage in by_sales[sales_stage]]
    return rules.build(_domain(row), moves, date_from, date_to, cumulative)

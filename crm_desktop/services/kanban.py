"""The deals kanban (BEY-3, manual 002 2.3.2): columns are the stages of the sales ladder (or
of a funnel profile, each column the ladder stage it counts), cards the clients the user may
see, a page of a column at a time with the columns' counts; dragging a card moves the client to
the column's stage (a versioned update: ConcurrentEdit when the card changed meanwhile) and
records it in the stage history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crm_desktop.data import client_card as card_data
from crm_desktop.data import funnel as funnel_data
from crm_desktop.data import kanban as data
from crm_desktop.data import users as user_data
from crm_desktop.data.kanban import NO_STAGE, Card
from crm_desktop.domain.access import can_edit
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["Card", "Column", "NO_STAGE", "PAGE", "COUNT_CAP", "columns", "profiles", "curators", "page", "counts",
           "move", "freshness", "Freshness"]

PAGE = 50
COUNT_CAP = 1_000           # the heads' first figure: exact up to here, «более 1 000» beyond


@dataclass(frozen=True)
class Column:
    stage_id: int           # the sales-ladder stage of its cards; NO_STAGE: clients without one
    title: str


def profiles(session: Session) -> list[tuple[int, str]]:
    """Active funnel profiles a board may be laid out by."""
    with session.db.read() as conn:
        return [(p.id, p.name) for p in funnel_data.profiles(conn, active_only=True) if p.id is not None]


def curators(session: Session) -> list[tuple[int, str]]:
    with session.db.read() as conn:
        return user_data.all_users(conn)


def columns(session: Session, profile_id: int | None = None) -> list[Column]:
    """The ladder's stages (and «Без этапа» first), or a profile's stages that name one."""
    with session.db.read() as conn:
        if profile_id is None:
            return [Column(NO_STAGE, "Без этапа")] + [Column(i, n) for i, n in funnel_data.sales_ladder(conn)]
        profile = funnel_data.profile(conn, profile_id)
    if profile is None:
        raise ValueError("Профиль воронки не найден: возможно, его удалил другой пользователь.")
    return [Column(s.sales_stage_id, s.name) for s in profile.stages if s.sales_stage_id is not None]


def page(session: Session, stage_id: int, curator_id: int | None = None,
         after: tuple[str, int] | None = None, limit: int = PAGE) -> list[Card]:
    """A column's next cards by name after (name, id) of the last one shown."""
    with session.db.read() as conn:
        return data.page(conn, stage_id, curator_id, after, limit)


def counts(session: Session, stage_ids: list[int], curator_id: int | None = None,
           cap: int | None = None) -> dict[int, int]:
    """Cards per column; with `cap`, a column holding more says cap + 1 (read at once, the
    exact count of a million clients takes seconds)."""
    with session.db.read() as conn:
        return data.counts(conn, stage_ids, curator_id, cap)


def move(session: Session, client_id: int, version: int, stage_id: int) -> Card:
    """The dragged card's client to `stage_id` (NO_STAGE clears it); returns the card as
    stored. Raises AccessDenied, ConcurrentEdit, or ValueError when the client is gone."""
    with session.db.begin() as conn:
        facts = card_data.client_facts(conn, client_id)
        if facts is None:
            raise ValueError("Клиент не найден: возможно, его удалил другой пользователь.")
        if not can_edit(session.rights, facts, main_data=False):
            raise AccessDenied("Нет прав изменять карточку этого клиента: этап продаж не изменён.")
        data.move(conn, client_id, version, None if stage_id == NO_STAGE else stage_id)
        moved = data.card(conn, client_id)
    assert moved is not None
    return moved


class Freshness:
    """How long ago the last contact was, as the card's colour band."""
    FRESH, WEEK, MONTH, STALE, NEVER = range(5)
    LIMITS = ((3, FRESH), (7, WEEK), (30, MONTH))
    TITLES = {FRESH: "контакт за последние 3 дня", WEEK: "контакт 4–7 дней назад",
              MONTH: "контакт 8–30 дней назад", STALE: "контакта не было больше 30 дней",
              NEVER: "контактов не было"}


def freshness(last_contact: datetime | None, today: date) -> tuple[int, int | None]:
    """(band, days since the last contact) of a card."""
    if last_contact is None:
        return Freshness.NEVER, None
    days = (today - last_contact.date()).days
    for limit, band in Freshness.LIMITS:
        if days <= limit:
            return band, days
    return Freshness.STALE, days

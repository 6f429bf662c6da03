"""«Администрирование – Смена куратора/специалиста» (manual: "Смена куратора/специалиста"; ADM-6):
the administrator passes every client of one curator (and/or specialist) to another in one
transaction. The change is committed at once; other workstations see it at their register's next
read (the register reads windows from the database, nothing is cached across reads).

Another user's private clients are not reached (data/reassign.py): they stay private with their
curator, and the plan says how many there are, so the administrator can ask that curator (or,
once the account is dismissed, log in as nobody can) — they are never silently lost or exposed."""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.data import reassign as data
from crm_desktop.data import users as users_data
from crm_desktop.services.session import AccessDenied, Session

REFUSAL = "Сменить куратора или специалиста может только администратор."


@dataclass(frozen=True)
class Change:
    """Old → new curator and old → new specialist; a None pair leaves that role unchanged."""
    old_curator: int | None = None
    new_curator: int | None = None
    old_specialist: int | None = None
    new_specialist: int | None = None


@dataclass(frozen=True)
class Counts:
    curator: int          # clients whose curator changes (or changed)
    specialist: int       # clients whose specialist changes (or changed)
    private_left: int = 0  # the old curator's private clients the change does not reach


def _require_admin(session: Session) -> None:
    if not session.rights.is_admin:
        raise AccessDenied(REFUSAL)


def _pairs(change: Change) -> list[tuple[str, int, int]]:
    pairs = []
    for column, old, new, title in (("curator_id", change.old_curator, change.new_curator, "куратора"),
                                    ("specialist_id", change.old_specialist, change.new_specialist,
                                     "специалиста")):
        if (old is None) != (new is None):
            raise ValueError(f"Укажите и прежнего, и нового {title} (или ни того, ни другого).")
        if old is not None and old != new:
            pairs.append((column, old, new))
    if not pairs:
        raise ValueError("Выберите, кого на кого заменить: прежний и новый куратор или специалист должны различаться.")
    return pairs


def users(session: Session) -> list[tuple[int, str]]:
    """(id, full name) of every user, for the dialog's combos."""
    _require_admin(session)
    with session.db.read() as conn:
        return users_data.all_users(conn)


def plan(session: Session, change: Change) -> Counts:
    """How many clients the change would pass on, for the confirmation."""
    _require_admin(session)
    _pairs(change)
    with session.db.read() as conn:
        cur, spec = data.count(conn, session.user.id, change.old_curator if change.new_curator is not None else None,
                               change.old_specialist if change.new_specialist is not None else None)
        return Counts(cur, spec, data.private_left(conn, session.user.id, change.old_curator))


def apply(session: Session, change: Change) -> Counts:
    """Both UPDATEs in one transaction: a refusal or a failure changes nothing."""
    _require_admin(session)
    pairs = _pairs(change)
    done = {"curator_id": 0, "specialist_id": 0}
    with session.db.begin() as conn:
        for column, old, new in pairs:
            if not data.usable(conn, new):
                raise ValueError(f"Пользователь «{data.user_name(conn, new)}» отключён или уволен: "
                                 "передать ему клиентов нельзя.")
            done[column] = data.move(conn, session.user.id, column, old, new)
        left = data.private_left(conn, session.user.id, change.old_curator)
    return Counts(done["curator_id"], done["specialist_id"], left)

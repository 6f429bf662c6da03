"""«Администрирование – Смена куратора/специалиста» (manual: "Смена куратора/специалиста"; ADM-6):
the administrator passes every client of one curator (and/or specialist) to another in one
transaction. The change is committed at once; other workstations see it at their register's next
read (the register reads windows from the database, nothing is cached across reads).

Another user's private clients (data/reassign.py) go to the new curator, still private, only when
the old curator is dismissed or disabled — the manual's leaving employee, whom the administrator
dismisses first. A working colleague's private clients stay with them, and the plan says how many
there are and why; they are never silently lost or exposed."""
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
    curator: int          # clients whose curator changes (or changed), private ones included
    specialist: int       # clients whose specialist changes (or changed)
    private_left: int = 0  # the old curator's private clients the change does not (or did not) reach
    private_moved: int = 0  # of the curator's count: a leaving curator's private clients


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
        curator = change.old_curator if change.new_curator is not None else None
        cur, spec = data.count(conn, session.user.id, curator,
                               change.old_specialist if change.new_specialist is not None else None)
        found, _ = data.private(conn, session.user.id, change.old_curator)
        leaving = curator is not None and found and not data.usable(conn, curator)
        return Counts(cur + (found if leaving else 0), spec, 0 if leaving else found, found if leaving else 0)


def apply(session: Session, change: Change) -> Counts:
    """Both UPDATEs and the private hand-over in one transaction: a refusal or a failure
    changes nothing."""
    _require_admin(session)
    pairs = _pairs(change)
    done = {"curator_id": 0, "specialist_id": 0}
    found = moved = 0
    with session.db.begin() as conn:
        for column, old, new in pairs:
            if not data.usable(conn, new):
                raise ValueError(f"Пользователь «{data.user_name(conn, new)}» отключён или уволен: "
                                 "передать ему клиентов нельзя.")
            done[column] = data.move(conn, session.user.id, column, old, new)
            if column == "curator_id":
                found, moved = data.private(conn, session.user.id, old, new)
    return Counts(done["curator_id"] + moved, done["specialist_id"], found - moved, moved)

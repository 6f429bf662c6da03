"""The administrator's curator/specialist change (manual: "Смена куратора/специалиста"; ADM-6):
set-based UPDATEs of CLIENTS, one statement per role, in the caller's transaction.

Private clients: a client marked private belongs to its curator alone, and the administrator does
not see other people's private clients (data/scope.py); on a server the access view CLIENTS_V
would not even let the UPDATE reach them. So `move` covers the clients the administrator sees:
every non-private client, and private ones only where the administrator is the curator. Another
user's private clients go through the procedure CRM_HAND_OVER_PRIVATE (db/migrations/0009),
the same on embedded and on a server: it counts them, and moves them, still private, only
when their curator is dismissed or disabled — a leaving employee's clients are not lost, and
a working colleague's private clients are never opened to anyone."""
from __future__ import annotations

from sqlalchemy import Connection, and_, func, or_, select, text, update

from crm_desktop.data.schema import clients, users


def _reachable(admin_id: int):
    return or_(clients.c.is_private == 0, clients.c.curator_id == admin_id)


def count(conn: Connection, admin_id: int, old_curator: int | None, old_specialist: int | None) -> tuple[int, int]:
    """(clients whose curator changes, clients whose specialist changes)."""
    def one(column, old):
        if old is None:
            return 0
        stmt = select(func.count()).select_from(clients).where(column == old, _reachable(admin_id))
        return conn.execute(stmt).scalar_one()
    return one(clients.c.curator_id, old_curator), one(clients.c.specialist_id, old_specialist)


def private(conn: Connection, admin_id: int, old_curator: int | None, new_curator: int | None = None) -> tuple[int, int]:
    """(private clients of `old_curator` that `move` does not reach, how many of them went to
    `new_curator`): with `new_curator` None only counted; moved only when the old curator is
    dismissed or disabled and the new one may work (the procedure decides)."""
    if old_curator is None or old_curator == admin_id:
        return 0, 0
    found, moved = conn.execute(text("EXECUTE PROCEDURE CRM_HAND_OVER_PRIVATE(:old, :new)"),
                                {"old": old_curator, "new": new_curator}).one()
    return found or 0, moved or 0


def move(conn: Connection, admin_id: int, column_name: str, old: int, new: int) -> int:
    """Every reachable client with `column_name` = old gets new; the number changed."""
    column = clients.c[column_name]
    stmt = update(clients).where(and_(column == old, _reachable(admin_id))).values({column_name: new})
    return conn.execute(stmt).rowcount


def usable(conn: Connection, user_id: int) -> bool:
    """The user exists and may work (neither disabled nor dismissed)."""
    stmt = select(users.c.id).where(users.c.id == user_id, users.c.is_disabled == 0, users.c.is_dismissed == 0)
    return conn.execute(stmt).first() is not None


def user_name(conn: Connection, user_id: int) -> str:
    return conn.execute(select(users.c.full_name).where(users.c.id == user_id)).scalar_one_or_none() or "?"

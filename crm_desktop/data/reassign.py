"""The administrator's curator/specialist change (manual: "Смена куратора/специалиста"; ADM-6):
set-based UPDATEs of CLIENTS, one statement per role, in the caller's transaction.

Private clients: a client marked private belongs to its curator alone, and the administrator does
not see other people's private clients (data/scope.py); on a server the access view CLIENTS_V
would not even let the UPDATE reach them. So the change covers the clients the administrator
sees: every non-private client, and private ones only where the administrator is the curator.
Another user's private clients stay with their curator; `private_left` counts them (on a server
through the view, which hides them, so there it is 0) so the dialog can say so."""
from __future__ import annotations

from sqlalchemy import Connection, and_, func, or_, select, update

from crm_desktop.data.scope import ACROSS_ALL_CLIENTS
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


def private_left(conn: Connection, admin_id: int, old_curator: int | None) -> int:
    """Private clients of `old_curator` the change does not reach (another user's private ones)."""
    if old_curator is None or old_curator == admin_id:
        return 0
    stmt = (select(func.count()).select_from(clients)
            .where(clients.c.curator_id == old_curator, clients.c.is_private == 1)
            .execution_options(**ACROSS_ALL_CLIENTS))
    return conn.execute(stmt).scalar_one()


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

"""Which clients a user sees in the register (manual: "Разграничение доступа, права",
"Приватные клиенты"): the SQL twin of domain.access.can_see."""
from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, or_, select

from crm_desktop.data.schema import client_access, clients


def scope_clause(user_id: int, sees_all: bool) -> ColumnElement[bool]:
    """Users who see all clients see every non-private one; the others see those where they
    are curator, specialist or granted on the "Доступ" tab. A private client is visible to its
    curator only, administrators included."""
    c = clients.c
    not_others_private = or_(c.is_private == 0, c.curator_id == user_id)
    if sees_all:
        return not_others_private
    granted = exists(select(client_access.c.client_id).where(client_access.c.client_id == c.id,
                                                             client_access.c.user_id == user_id))
    return and_(or_(c.curator_id == user_id, c.specialist_id == user_id, granted), not_others_private)

"""The logged-in user and what every service needs: the database and the access rules."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from crm_desktop.data import user_settings
from crm_desktop.data.database import Database, ScopedDatabase
from crm_desktop.data.errors import DatabaseError
from crm_desktop.data.scope import Viewer
from crm_desktop.domain.access import UserRights
from crm_desktop.domain.editions import Edition
from crm_desktop.domain.permissions import Permission, refusal

__all__ = ["DatabaseError"]    # with AccessDenied, what any service call may raise for the user to read


class AccessDenied(Exception):
    """str() is the Russian message for the user."""


@dataclass(frozen=True)
class CurrentUser:
    id: int
    login: str
    full_name: str
    rights: UserRights


@dataclass
class Session:
    """`db` is scoped to the user: every query of client data a service runs through it sees
    only what the user may see (data/scope.py), so services never filter after the fact."""
    db: Database | ScopedDatabase
    user: CurrentUser
    # edition of the licence taken at login; None in demo mode or without a licence server,
    # where everything works (LIC-7: domain/editions.py decides what an edition allows)
    edition: Edition | None = None

    def __post_init__(self) -> None:
        base = self.db.base if isinstance(self.db, ScopedDatabase) else self.db
        self.db = ScopedDatabase(base, Viewer.of(self.user.rights))

    @property
    def rights(self) -> UserRights:
        return self.user.rights

    def can(self, permission: Permission) -> bool:
        """What the UI asks before offering a command; the service behind it asks `require`."""
        return self.rights.can(permission)

    def require(self, permission: Permission) -> None:
        """The one permission check of the services: a refusal names the permission."""
        if not self.can(permission):
            raise AccessDenied(refusal(permission))

    # per-user settings (REG-6 and the like), JSON values
    def setting(self, key: str, default: Any = None) -> Any:
        with self.db.read() as conn:
            raw = user_settings.get(conn, self.user.id, key)
        return default if raw is None else json.loads(raw)

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.begin() as conn:
            user_settings.put(conn, self.user.id, key, json.dumps(value, ensure_ascii=False))

    def reset_setting(self, key: str) -> None:
        with self.db.begin() as conn:
            user_settings.remove(conn, self.user.id, key)

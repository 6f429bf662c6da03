"""Who may see, open and edit which client (manual: "Разграничение доступа, права",
"Приватные клиенты"; ADM-2, ADM-3). Pure rules; services apply them on every path."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from crm_desktop.domain.permissions import PERSONAL, Permission


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    SPECIALIST = "specialist"


ROLE_TITLES = {Role.ADMIN: "Администратор", Role.SUPERVISOR: "Супервизор",
               Role.MANAGER: "Менеджер", Role.SPECIALIST: "Специалист"}


class ClientAccess(IntEnum):
    """The four working variants of the manual, from narrowest to widest."""
    OWN_ONLY = 1            # sees and works only with own clients
    SEE_ALL_OPEN_OWN = 2    # sees the list of all, opens only own
    EDIT_ALL_BUT_MAIN = 3   # opens all, edits everything but the main data of others' clients
    FULL = 4                # sees and works with all clients


ACCESS_TITLES = {
    ClientAccess.OWN_ONLY: "Видит и работает только со своими клиентами",
    ClientAccess.SEE_ALL_OPEN_OWN: "Видит всех клиентов, входит только в карточки своих",
    ClientAccess.EDIT_ALL_BUT_MAIN: "Входит в карточки всех, кроме основных данных чужих клиентов",
    ClientAccess.FULL: "Видит всех клиентов и работает со всеми",
}


@dataclass(frozen=True)
class UserRights:
    user_id: int
    role: Role
    client_access: ClientAccess
    permissions: frozenset[Permission] = field(default_factory=frozenset)   # the role's and the user's own

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def effective_access(self) -> ClientAccess:
        """Administrators work with every client (private ones aside)."""
        return ClientAccess.FULL if self.is_admin else self.client_access

    @property
    def sees_all_clients(self) -> bool:
        return self.effective_access >= ClientAccess.SEE_ALL_OPEN_OWN

    @property
    def sees_all_journals(self) -> bool:
        """Supervisors and administrators see journals and reports of every employee."""
        return self.role is Role.SUPERVISOR or self.can(Permission.VIEW_ALL_JOURNALS)

    def can(self, permission: Permission) -> bool:
        """The administrator holds every permission but the personal ones, whatever is stored."""
        return permission in self.permissions or (self.is_admin and permission not in PERSONAL)


@dataclass(frozen=True)
class ClientFacts:
    """What the access rules need to know about one client."""
    curator_id: int | None
    specialist_id: int | None
    is_private: bool
    granted: frozenset[int] = field(default_factory=frozenset)   # users of the "Доступ" tab


def is_own(rights: UserRights, client: ClientFacts) -> bool:
    return rights.user_id in (client.curator_id, client.specialist_id) or rights.user_id in client.granted


def can_see(rights: UserRights, client: ClientFacts) -> bool:
    """Private clients are visible only to their curator, administrators included."""
    if client.is_private:
        return client.curator_id == rights.user_id
    return rights.sees_all_clients or is_own(rights, client)


def can_open(rights: UserRights, client: ClientFacts) -> bool:
    if not can_see(rights, client):
        return False
    return is_own(rights, client) or rights.effective_access >= ClientAccess.EDIT_ALL_BUT_MAIN


def can_edit(rights: UserRights, client: ClientFacts, main_data: bool = True) -> bool:
    """Main data (name, requisites, curators, access) of another's client needs FULL access."""
    if not can_open(rights, client):
        return False
    if is_own(rights, client) or rights.effective_access is ClientAccess.FULL:
        return True
    return not main_data


def can_delete(rights: UserRights, client: ClientFacts) -> bool:
    return can_edit(rights, client) and rights.can(Permission.DELETE_CLIENTS)


def can_make_private(rights: UserRights) -> bool:
    return rights.can(Permission.PRIVATE_CLIENTS)

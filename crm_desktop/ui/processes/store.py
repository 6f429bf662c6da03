"""What the designer asks of the process service, in one place: the users a stage may be given
to, the list of processes, load, save (the definition as stored, with its ids) and delete."""
from __future__ import annotations

from typing import Protocol

from crm_desktop.domain.processes import ProcessDefinition
from crm_desktop.services import todos
from crm_desktop.services.session import Session


class ProcessStore(Protocol):
    def users(self) -> list[tuple[int, str]]: ...

    def list(self) -> list[tuple[int, str]]: ...

    def load(self, process_id: int) -> ProcessDefinition: ...

    def save(self, definition: ProcessDefinition) -> ProcessDefinition: ...

    def delete(self, process_id: int) -> None: ...


class ServiceStore:
    """The store of services/processes for a session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _service():
        from crm_desktop.services import processes     # the backend of issue 14
        return processes

    def users(self) -> list[tuple[int, str]]:
        return todos.assignable_users(self._session)

    def list(self) -> list[tuple[int, str]]:
        return [(d.id, d.name) for d in self._service().list_definitions(self._session)]

    def load(self, process_id: int) -> ProcessDefinition:
        return self._service().load_definition(self._session, process_id)

    def save(self, definition: ProcessDefinition) -> ProcessDefinition:
        return self._service().save_definition(self._session, definition)

    def delete(self, process_id: int) -> None:
        self._service().delete_definition(self._session, process_id)


def service_store(session: Session) -> ProcessStore:
    return ServiceStore(session)

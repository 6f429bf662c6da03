"""What the designer asks of the process service, in one place: the users a stage may be given
to, the list of processes, load, save (the definition as stored, with its ids) and delete."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from crm_desktop.domain.processes import ProcessDefinition, ProtocolEntry, RunState, StageState
from crm_desktop.services import todos
from crm_desktop.services.session import Session


class ProcessStore(Protocol):
    def users(self) -> list[tuple[int, str]]: ...

    def list(self) -> list[tuple[int, str]]: ...

    def load(self, process_id: int) -> ProcessDefinition: ...

    def save(self, definition: ProcessDefinition) -> ProcessDefinition: ...

    def delete(self, process_id: int) -> None: ...


PROCESS = "process"         # the change bus's kind for runs of processes (ui/changes.py)


@dataclass(frozen=True)
class RunCard:
    """What «Ход процесса» shows of one run."""
    run_id: int
    process_name: str
    client_id: int | None
    client_name: str
    definition: ProcessDefinition
    run: RunState
    protocol: tuple[ProtocolEntry, ...]
    names: Mapping[int, str]        # user id → name, for the protocol's «Кто»
    may_move: bool                  # the user is the current stage's responsible (or an administrator)


class RunStore(Protocol):
    def card(self, run_id: int) -> RunCard: ...

    def move(self, run_id: int, result_id: int, expected_version: int) -> None: ...

    def set_state(self, run_id: int, state: StageState, expected_version: int) -> None: ...


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


class ServiceRuns:
    """The runs of services/processes for a session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _service():
        from crm_desktop.services import processes     # the backend of issue 14
        return processes

    def card(self, run_id: int) -> RunCard:
        return self._service().run_card(self._session, run_id)

    def move(self, run_id: int, result_id: int, expected_version: int) -> None:
        self._service().move(self._session, run_id, result_id, expected_version)

    def set_state(self, run_id: int, state: StageState, expected_version: int) -> None:
        self._service().set_state(self._session, run_id, state, expected_version)


def service_runs(session: Session) -> RunStore:
    return ServiceRuns(session)

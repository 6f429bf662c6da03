"""What the process windows ask of services/processes, in one place (the windows' tests give
their own): the designer's users, list, load, save and delete of definitions; «Ход процесса»'s
card of a run, move and state; the journal's runs, start and delete, and the monitor's rows."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from crm_desktop.domain.processes import ProcessDefinition, ProtocolEntry, RunState, StageState
from crm_desktop.services import processes, todos
from crm_desktop.services.processes import MonitorRow, RunFilter, RunRow
from crm_desktop.services.session import Session


class ProcessStore(Protocol):
    def users(self) -> list[tuple[int, str]]: ...

    def list(self) -> list[tuple[int, str]]: ...

    def load(self, process_id: int) -> ProcessDefinition: ...

    def active(self, process_id: int) -> bool: ...

    def save(self, definition: ProcessDefinition, is_active: bool) -> ProcessDefinition: ...

    def delete(self, process_id: int) -> None: ...




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
    refusal: str | None = None      # why not, when not


class RunStore(Protocol):
    def card(self, run_id: int) -> RunCard: ...

    def move(self, run_id: int, result_id: int, expected_version: int) -> None: ...

    def set_state(self, run_id: int, state: StageState, expected_version: int) -> None: ...


class ServiceStore:
    """The store of services/processes for a session; a loaded process's description, activity
    and version travel back with its save."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._loaded: dict[int, processes.LoadedProcess] = {}

    def users(self) -> list[tuple[int, str]]:
        return todos.assignable_users(self._session)

    def list(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in processes.list_processes(self._session)]

    def load(self, process_id: int) -> ProcessDefinition:
        loaded = processes.load_process(self._session, process_id)
        self._loaded[process_id] = loaded
        return loaded.definition

    def active(self, process_id: int) -> bool:
        loaded = self._loaded.get(process_id)
        return loaded.is_active if loaded else True

    def save(self, definition: ProcessDefinition, is_active: bool) -> ProcessDefinition:
        loaded = self._loaded.get(definition.id) if definition.id is not None else None
        process_id = processes.save_process(self._session, definition, loaded.description if loaded else "",
                                            is_active, loaded.row_version if loaded else None)
        return self.load(process_id)

    def delete(self, process_id: int) -> None:
        processes.delete_process(self._session, process_id)


def service_store(session: Session) -> ProcessStore:
    return ServiceStore(session)


class ServiceRuns:
    """The runs of services/processes for a session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def card(self, run_id: int) -> RunCard:
        view = processes.load_run(self._session, run_id)
        row = view.run
        names = {p.entry.who: p.who or "" for p in view.protocol}
        if row.started_by is not None:
            names.setdefault(row.started_by, row.started_by_name or "")
        return RunCard(run_id, row.process_name, row.client_id, row.client_name or "", view.definition,
                       row.run_state(), tuple(p.entry for p in view.protocol), names, view.refusal is None,
                       view.refusal)

    def move(self, run_id: int, result_id: int, expected_version: int) -> None:
        processes.move(self._session, run_id, result_id, expected_version)

    def set_state(self, run_id: int, state: StageState, expected_version: int) -> None:
        processes.set_state(self._session, run_id, state, expected_version)


def service_runs(session: Session) -> RunStore:
    return ServiceRuns(session)


class RunJournal(Protocol):
    def processes(self) -> list[tuple[int, str]]: ...

    def runs(self, after: Any, size: int, open_only: bool) -> list[RunRow]: ...

    def start(self, process_id: int, client_id: int, note: str) -> int: ...

    def delete(self, run_id: int) -> None: ...

    def monitor(self) -> list[MonitorRow]: ...


class ServiceJournal:
    """The journal of runs of services/processes for a session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def processes(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in processes.list_processes(self._session, active_only=True)]

    def runs(self, after: Any, size: int, open_only: bool) -> list[RunRow]:
        return processes.journal(self._session, RunFilter(closed=False if open_only else None), after, size)

    def start(self, process_id: int, client_id: int, note: str) -> int:
        return processes.start(self._session, process_id, client_id, note)

    def delete(self, run_id: int) -> None:
        processes.delete_run(self._session, run_id)

    def monitor(self) -> list[MonitorRow]:
        return processes.monitor(self._session)


def service_journal(session: Session) -> RunJournal:
    return ServiceJournal(session)

"""Business process use cases (manual: "Бизнес-процессы", "Процессные задачи"; BP-1 … BP-4).

Definitions: the list, a definition to edit, its save (validated by the domain, the whole
definition in one transaction, administrators and holders of EDIT_DICTIONARIES only) and the
deletion of a process never run. Runs: start for a client the user sees, the journal of the
runs the user may see (the access scope of their client), a run with its definition and
protocol («Ход процесса»), a move with a result (one transaction at the run's ROW_VERSION:
the protocol entry, the next stage, its task), the stage's state, deletion, and the process
monitor of the user's stages.

A stage's task is an ordinary task (TASKS.PROCESS_RUN_ID) set by the user who entered the
stage to the stage's responsible person, stored with the run in the same transaction, so the
tasks' trigger announces it to that person's workstation at commit. A waiting task suspends
the run (PROCESS_RUNS.WAITING_TASK_ID). The run resumes when the task is done: nothing hooks
the task's completion; instead every read of a run treats a waiting task that is completed,
closed or deleted as done («В работе»), and the next move or state change stores that
(domain task_done), so the run never depends on which window completed the task.

Every function takes `now` for tests; by default it is the current time to the second."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from crm_desktop.data import client_card
from crm_desktop.data import processes as data
from crm_desktop.data.processes import ProcessRow, ProtocolRow, RunRow
from crm_desktop.domain import processes as rules
from crm_desktop.domain.access import can_see
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.processes import (ConcurrentMove, MoveDenied, ProcessDefinition, ProcessInvalid, Result,
                                          StageState, TaskOrder)
from crm_desktop.domain.tasks import Kind
from crm_desktop.services.session import AccessDenied, Session
from crm_desktop.services.tasks import insert_new_task

__all__ = ["ConcurrentMove", "LoadedProcess", "MonitorRow", "MoveDenied", "ProcessInvalid", "ProcessRow",
           "ProtocolRow", "RunFilter", "RunRow", "RunView", "delete_process", "delete_run", "journal",
           "list_processes", "load_process", "load_run", "monitor", "move", "save_process", "set_state", "start"]

NOT_FOUND = "Процесс не найден: возможно, его удалил администратор."
RUN_NOT_FOUND = "Запущенный процесс не найден: возможно, его удалил администратор."


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


# -- definitions (BP-1) -----------------------------------------------------------------------
@dataclass(frozen=True)
class LoadedProcess:
    """A definition for the designer with what the list knows of it."""
    definition: ProcessDefinition
    description: str
    is_active: bool
    runs: int
    row_version: int


def list_processes(session: Session, active_only: bool = False) -> list[ProcessRow]:
    with session.db.read() as conn:
        return data.list_processes(conn, active_only)


def load_process(session: Session, process_id: int) -> LoadedProcess:
    with session.db.read() as conn:
        row = data.process_row(conn, process_id)
        definition = data.load_definition(conn, process_id)
    if row is None or definition is None:
        raise ValueError(NOT_FOUND)
    return LoadedProcess(definition, row.description, row.is_active, row.runs, row.row_version)


def save_process(session: Session, definition: ProcessDefinition, description: str = "", is_active: bool = True,
                 expected_version: int | None = None) -> int:
    """Store the definition (a new one when its id is None; stage and result ids not stored
    yet are the designer's own and get stored ids). ProcessInvalid with every fault; a stage
    on which runs stand cannot be removed."""
    session.require(Permission.EDIT_DICTIONARIES)
    errors = rules.validate(definition)
    with session.db.begin() as conn:
        if definition.id is not None:
            stored = data.load_definition(conn, definition.id)
            if stored is None:
                raise ValueError(NOT_FOUND)
            kept = {st.id for st in definition.stages}
            removed = {st.id: st.name for st in stored.stages if st.id not in kept}
            errors = [f"Этап «{removed[i]}» нельзя удалить: на нём стоят запущенные процессы. Дождитесь их "
                      "завершения или оставьте этап." for i in data.stages_with_runs(conn, sorted(removed))] + errors
        if errors:
            raise ProcessInvalid(errors)
        process_id, _, _ = data.save_definition(conn, definition, description, is_active, expected_version)
    return process_id


def delete_process(session: Session, process_id: int) -> None:
    """Delete a process that was never run (a run one is made inactive instead)."""
    session.require(Permission.EDIT_DICTIONARIES)
    with session.db.begin() as conn:
        row = data.process_row(conn, process_id)
        if row is None:
            raise ValueError(NOT_FOUND)
        if row.runs:
            raise MoveDenied(f"Процесс «{row.name}» уже запускали ({row.runs}): его нельзя удалить, "
                             "снимите флажок «Активен», чтобы его больше не запускали.")
        data.delete_process(conn, process_id)


# -- runs (BP-2 … BP-4) -----------------------------------------------------------------------
@dataclass(frozen=True)
class RunFilter:
    process_id: int | None = None
    client_id: int | None = None
    closed: bool | None = None          # None: open and closed runs
    mine: bool = False                  # only runs whose current stage is the user's


@dataclass(frozen=True)
class RunView:
    """«Ход процесса»: the run (its state as it is now), its definition, the protocol, the
    results the user may choose now (empty when they may not move it) and why not."""
    run: RunRow
    definition: ProcessDefinition
    protocol: list[ProtocolRow]
    results: list[Result]
    refusal: str | None                 # why the user cannot move it now (None: they can)
    delete_refusal: str | None


@dataclass(frozen=True)
class MonitorRow:
    run: RunRow
    highlighted: bool                   # newly entered into the user's zone (orange)


def _current(row: RunRow) -> RunRow:
    """The run as it is now: a waiting task done (or deleted) resumes it."""
    if row.state == StageState.WAITING and not row.waiting and not row.closed:
        return replace(row, state=StageState.IN_WORK)
    return row


def _get_run(conn: Any, run_id: int) -> RunRow:
    row = data.get_run(conn, run_id)
    if row is None:
        raise ValueError(RUN_NOT_FOUND)
    return row


def _definition(conn: Any, process_id: int) -> ProcessDefinition:
    definition = data.load_definition(conn, process_id)
    if definition is None:
        raise ValueError(NOT_FOUND)
    return definition


def _create_task(session: Session, conn: Any, run_id: int, order: TaskOrder, now: datetime) -> int:
    return insert_new_task(session, conn, {
        "task_kind": int(Kind.REMINDER), "client_id": order.client_id, "executor_id": order.executor_id,
        "importance": 2, "start_at": order.start_at, "due_at": order.due_at, "duration_min": 30,
        "body": order.text, "requires_report": 0, "remind_min": None, "process_run_id": run_id}, now)


def start(session: Session, process_id: int, client_id: int | None, note: str = "",
          now: datetime | None = None) -> int:
    """Start the process for a client the user sees: the run stands on the start stage and the
    stage's task goes to its responsible person at once. ProcessInvalid when the definition
    cannot run (say, a stage without a responsible person)."""
    at = _now(now)
    with session.db.begin() as conn:
        row = data.process_row(conn, process_id)
        if row is None:
            raise ValueError(NOT_FOUND)
        if not row.is_active:
            raise MoveDenied(f"Процесс «{row.name}» не активен: его больше не запускают.")
        definition = _definition(conn, process_id)
        if client_id is not None:
            facts = client_card.client_facts(conn, client_id)
            if facts is None or not can_see(session.rights, facts):
                raise AccessDenied("Клиент не найден или недоступен: процесс можно запустить только по клиенту, "
                                   "которого вы видите.")
            others = [st.name for st in definition.stages
                      if st.responsible_id is not None and st.responsible_id != facts.curator_id]
            if facts.is_private and others:
                raise MoveDenied("Клиент приватный, его видит только куратор, а этапы "
                                 f"{', '.join(f'«{n}»' for n in others)} ведут другие сотрудники: "
                                 "по приватному клиенту можно запустить только процесс, все этапы которого ведёт куратор.")
        step = rules.start(definition, client_id, note, session.user.id, at, process_id)
        run_id = data.insert_run(conn, process_id, step.run, session.user.id)
        if step.task is not None:
            task_id = _create_task(session, conn, run_id, step.task, at)
            if step.run.waiting_task:
                data.set_waiting_task(conn, run_id, task_id)
    return run_id


def journal(session: Session, filters: RunFilter = RunFilter(), after: tuple[datetime, int] | None = None,
            limit: int = 200) -> list[RunRow]:
    """A window of the runs the user may see, newest first; `after` = (started_at, id) of the
    previous window's last row."""
    with session.db.read() as conn:
        rows = data.journal(conn, filters.process_id, filters.client_id, filters.closed,
                            session.user.id if filters.mine else None, after, limit)
    return [_current(row) for row in rows]


def load_run(session: Session, run_id: int) -> RunView:
    with session.db.read() as conn:
        row = _current(_get_run(conn, run_id))
        definition = _definition(conn, row.process_id)
        entries = data.protocol(conn, run_id)
    refusal = _move_refusal(session, row, definition)
    results = [] if refusal else definition.results_of(row.stage_id or 0)
    return RunView(row, definition, entries, results, refusal,
                   rules.delete_refusal(row.run_state(), session.rights.is_admin))


def _move_refusal(session: Session, row: RunRow, definition: ProcessDefinition) -> str | None:
    try:
        stage = definition.stage(row.stage_id or 0)
    except KeyError:
        return "Этап, на котором стоит процесс, удалён из настройки процесса: обратитесь к администратору."
    if row.closed:
        return f"Процесс закрыт на этапе «{stage.name}»: закрытый процесс можно только просматривать."
    if not rules.may_move(stage, session.user.id, session.rights.is_admin):
        return (f"Этап «{stage.name}» ведёт {row.responsible or 'другой сотрудник'}: "
                "перевести процесс может только ответственный за этап или администратор.")
    if row.waiting:
        return f"Процесс ждёт выполнения задачи этапа «{stage.name}»: завершите задачу."
    return None


def _movable(session: Session, conn: Any, run_id: int, expected_version: int) -> tuple[RunRow, ProcessDefinition]:
    row = _get_run(conn, run_id)
    definition = _definition(conn, row.process_id)
    stage = definition.stage(row.stage_id) if row.stage_id in {st.id for st in definition.stages} else None
    if row.row_version != expected_version:
        raise ConcurrentMove(row.changed_by, row.changed_at)
    if stage is not None and not row.closed and not rules.may_move(stage, session.user.id, session.rights.is_admin):
        raise AccessDenied(_move_refusal(session, row, definition))
    return row, definition


def move(session: Session, run_id: int, result_id: int, expected_version: int, now: datetime | None = None) -> None:
    """Finish the current stage with a result and enter the stage it leads to, at the version
    «Ход процесса» read: ConcurrentMove names who moved it meanwhile; MoveDenied on a closed
    run, another stage's result or an open waiting task."""
    at = _now(now)
    with session.db.begin() as conn:
        row, definition = _movable(session, conn, run_id, expected_version)
        state = row.run_state()
        if row.waiting_task_id is not None and not row.waiting:
            state = replace(state, waiting_task=True)
            state = rules.task_done(state)
        step = rules.move(state, definition, result_id, session.user.id, at)
        waiting_id = _create_task(session, conn, run_id, step.task, at) if step.task is not None else None
        data.update_run(conn, run_id, step.run, expected_version, waiting_id if step.run.waiting_task else None, at)
        assert step.entry is not None
        data.add_entry(conn, run_id, step.entry)


def set_state(session: Session, run_id: int, state: StageState, expected_version: int,
              now: datetime | None = None) -> None:
    """The responsible person marks the stage «В работе» (or «Новый» again)."""
    at = _now(now)
    with session.db.begin() as conn:
        row, definition = _movable(session, conn, run_id, expected_version)
        current = rules.task_done(replace(row.run_state(), waiting_task=True)) if (
            row.waiting_task_id is not None and not row.waiting) else row.run_state()
        new = rules.set_state(current, definition, state)
        data.update_run(conn, run_id, new, expected_version, None, at)


def delete_run(session: Session, run_id: int) -> None:
    """Only an administrator deletes an unfinished run; a closed one is kept."""
    with session.db.begin() as conn:
        row = _get_run(conn, run_id)
        refusal = rules.delete_refusal(row.run_state(), session.rights.is_admin)
        if refusal:
            raise AccessDenied(refusal)
        data.delete_run(conn, run_id)


def monitor(session: Session) -> list[MonitorRow]:
    """The user's process monitor: open runs standing on the user's stages, the new ones
    highlighted."""
    with session.db.read() as conn:
        rows = [_current(row) for row in data.monitor(conn, session.user.id)]
        definitions = {pid: _definition(conn, pid) for pid in {row.process_id for row in rows}}
    return [MonitorRow(row, rules.is_highlighted(row.run_state(), definitions[row.process_id], session.user.id))
            for row in rows]

"""Business processes in Firebird (BP-1 … BP-4): definitions (PROCESSES, PROCESS_STAGES,
PROCESS_RESULTS), runs (PROCESS_RUNS, client data scoped by CLIENT_ID) and their protocol
(PROCESS_PROTOCOL). The rules are domain/processes.py; this module only reads and writes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ColumnElement

from crm_desktop.data.schema import (clients, process_protocol, process_results, process_runs, process_stages,
                                     processes, tasks, users)
from crm_desktop.data.scope import ACROSS_ALL_CLIENTS
from crm_desktop.data.versioned import is_conflict
from crm_desktop.domain.processes import (ConcurrentMove, ProcessDefinition, ProtocolEntry, Result, RunState,
                                          Stage, StageState, StageTask)
from crm_desktop.domain.tasks import Status

p, s, r, run, pr = processes.c, process_stages.c, process_results.c, process_runs.c, process_protocol.c
DONE_TASK = (int(Status.COMPLETED), int(Status.CLOSED))


# -- definitions ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProcessRow:
    id: int
    name: str
    description: str
    is_active: bool
    runs: int                   # runs of it, closed ones included (a used process is not deleted)
    open_runs: int
    row_version: int


def list_processes(conn: Connection, active_only: bool = False) -> list[ProcessRow]:
    # counted across all clients: numbers, never client rows (the scope would hide others' runs)
    total = select(func.count()).where(run.process_id == p.id).scalar_subquery()
    still = select(func.count()).where(run.process_id == p.id, run.closed == 0).scalar_subquery()
    stmt = select(p.id, p.name, p.description, p.is_active, total, still, p.row_version).order_by(p.name, p.id)
    if active_only:
        stmt = stmt.where(p.is_active == 1)
    return [ProcessRow(i, n, d or "", bool(a), t, o, v)
            for i, n, d, a, t, o, v in conn.execute(stmt.execution_options(**ACROSS_ALL_CLIENTS))]


def process_row(conn: Connection, process_id: int) -> ProcessRow | None:
    return next((row for row in list_processes(conn) if row.id == process_id), None)


def load_definition(conn: Connection, process_id: int) -> ProcessDefinition | None:
    head = conn.execute(select(p.name).where(p.id == process_id)).first()
    if head is None:
        return None
    stages = tuple(Stage(i, n, resp, bool(st), bool(en), StageTask(kind), text or "", days)
                   for i, n, resp, st, en, kind, text, days in conn.execute(
                       select(s.id, s.name, s.responsible_id, s.is_start, s.is_end, s.task_kind, s.task_text,
                              s.task_due_days).where(s.process_id == process_id).order_by(s.sort_order, s.id)))
    results = tuple(Result(i, st, n, nxt) for i, st, n, nxt in conn.execute(
        select(r.id, r.stage_id, r.name, r.next_stage_id)
        .select_from(process_results.join(process_stages, s.id == r.stage_id))
        .where(s.process_id == process_id).order_by(s.sort_order, s.id, r.sort_order, r.id)))
    return ProcessDefinition(process_id, head[0], stages, results)


def stages_with_runs(conn: Connection, stage_ids: list[int]) -> list[int]:
    if not stage_ids:
        return []
    stmt = select(run.stage_id).where(run.stage_id.in_(stage_ids)).distinct()
    return list(conn.execute(stmt.execution_options(**ACROSS_ALL_CLIENTS)).scalars())


def save_definition(conn: Connection, definition: ProcessDefinition, description: str, is_active: bool,
                    expected_version: int | None) -> tuple[int, dict[int, int], dict[int, int]]:
    """Store the whole definition: stages and results whose ids are stored are updated, others
    inserted (any id not stored counts as new), stored ones missing are deleted. Returns the
    process id and the maps of the given stage and result ids to the stored ones."""
    head = {"name": definition.name.strip(), "description": description.strip() or None,
            "is_active": int(is_active)}
    if definition.id is None:
        process_id = conn.execute(insert(processes).values(**head).returning(p.id)).scalar_one()
    else:
        process_id = definition.id
        stmt = update(processes).where(p.id == process_id).values(**head)
        if expected_version is not None:
            stmt = stmt.where(p.row_version == expected_version)
        if conn.execute(stmt).rowcount != 1:
            raise ValueError("Процесс изменил или удалил другой пользователь: откройте его заново.")
    stored = set(conn.execute(select(s.id).where(s.process_id == process_id)).scalars())
    stage_map: dict[int, int] = {}
    for order, stage in enumerate(definition.stages):
        values = {"name": stage.name.strip(), "responsible_id": stage.responsible_id,
                  "is_start": int(stage.is_start), "is_end": int(stage.is_end), "task_kind": int(stage.task),
                  "task_text": stage.task_text.strip() or None, "task_due_days": stage.task_due_days,
                  "sort_order": order}
        if stage.id in stored:
            conn.execute(update(process_stages).where(s.id == stage.id).values(**values))
            stage_map[stage.id] = stage.id
        else:
            stage_map[stage.id] = conn.execute(insert(process_stages).values(process_id=process_id, **values)
                                               .returning(s.id)).scalar_one()
    stored_results = set(conn.execute(select(r.id).where(r.stage_id.in_(stored))).scalars()) if stored else set()
    kept = {res.id for res in definition.results if res.id in stored_results}
    if stored_results - kept:
        conn.execute(delete(process_results).where(r.id.in_(sorted(stored_results - kept))))
    result_map: dict[int, int] = {}
    for order, res in enumerate(definition.results):
        values = {"stage_id": stage_map[res.stage_id], "name": res.name.strip(),
                  "next_stage_id": stage_map[res.next_stage_id], "sort_order": order}
        if res.id in kept:
            conn.execute(update(process_results).where(r.id == res.id).values(**values))
            result_map[res.id] = res.id
        else:
            result_map[res.id] = conn.execute(insert(process_results).values(**values).returning(r.id)).scalar_one()
    gone = sorted(stored - set(stage_map.values()))
    if gone:
        conn.execute(delete(process_stages).where(s.id.in_(gone)))
    return process_id, stage_map, result_map


def delete_process(conn: Connection, process_id: int) -> bool:
    # the results first: a result also refers to the stage it leads to, which the cascade
    # from the process could delete before the result's own stage
    conn.execute(delete(process_results).where(r.stage_id.in_(select(s.id).where(s.process_id == process_id))))
    return conn.execute(delete(processes).where(p.id == process_id)).rowcount == 1


# -- runs -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RunRow:
    """One run with the names the journal, the monitor and «Ход процесса» show. `state` is
    as stored; `waiting` whether its waiting task is still open (a task done, or deleted,
    resumes the run at its next step — see services/processes.py)."""
    id: int
    process_id: int
    process_name: str
    client_id: int | None
    client_name: str | None
    note: str
    stage_id: int | None
    stage_name: str | None
    responsible_id: int | None
    responsible: str | None
    state: StageState
    stage_started_at: datetime
    started_at: datetime
    started_by: int | None
    started_by_name: str | None
    waiting_task_id: int | None
    waiting: bool
    closed: bool
    closed_at: datetime | None
    manager_id: int | None
    changed_by: str | None
    changed_at: datetime | None
    row_version: int

    def run_state(self) -> RunState:
        return RunState(self.process_id, self.client_id, self.note, self.stage_id or 0, self.state,
                        self.stage_started_at, self.started_at, self.started_by or 0, self.row_version,
                        self.waiting, self.closed, self.closed_at)


responsible_user, starter, changer = users.alias("responsible_user"), users.alias("starter"), users.alias("changer")
waiting_task = tasks.alias("waiting_task")
_RUN_COLUMNS = (run.id, run.process_id, p.name, run.client_id, clients.c.name, run.note, run.stage_id, s.name,
                s.responsible_id, responsible_user.c.full_name, run.state, run.stage_started_at, run.started_at,
                run.started_by, starter.c.full_name, run.waiting_task_id, waiting_task.c.status, run.closed,
                run.closed_at, run.manager_id, changer.c.full_name, run.changed_at, run.row_version)
_RUN_FROM = (process_runs.join(processes, p.id == run.process_id)
             .outerjoin(clients, clients.c.id == run.client_id)
             .outerjoin(process_stages, s.id == run.stage_id)
             .outerjoin(responsible_user, responsible_user.c.id == s.responsible_id)
             .outerjoin(starter, starter.c.id == run.started_by)
             .outerjoin(changer, changer.c.id == run.changed_by)
             .outerjoin(waiting_task, waiting_task.c.id == run.waiting_task_id))


def _run(row: Any) -> RunRow:
    v = list(row)
    v[5] = v[5] or ""
    v[10] = StageState(v[10])
    v[16] = v[15] is not None and v[16] not in DONE_TASK
    v[17] = bool(v[17])
    return RunRow(*v)


def _runs(conn: Connection, *where: ColumnElement[bool], limit: int | None = None) -> list[RunRow]:
    stmt = (select(*_RUN_COLUMNS).select_from(_RUN_FROM).where(*where)
            .order_by(run.started_at.desc(), run.id.desc()))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_run(row) for row in conn.execute(stmt)]


def get_run(conn: Connection, run_id: int) -> RunRow | None:
    found = _runs(conn, run.id == run_id)
    return found[0] if found else None


def journal(conn: Connection, process_id: int | None, client_id: int | None, closed: bool | None,
            responsible_id: int | None, after: tuple[datetime, int] | None, limit: int) -> list[RunRow]:
    """Runs newest first (STARTED_AT, ID descending); `after` the last row of the previous
    window (keyset)."""
    where: list[ColumnElement[bool]] = []
    if process_id is not None:
        where.append(run.process_id == process_id)
    if client_id is not None:
        where.append(run.client_id == client_id)
    if closed is not None:
        where.append(run.closed == int(closed))
    if responsible_id is not None:
        where.append(and_(s.responsible_id == responsible_id, run.closed == 0))
    if after is not None:
        where.append(or_(run.started_at < after[0], and_(run.started_at == after[0], run.id < after[1])))
    return _runs(conn, *where, limit=limit)


def monitor(conn: Connection, user_id: int) -> list[RunRow]:
    """Open runs whose current stage is this user's."""
    return _runs(conn, s.responsible_id == user_id, run.closed == 0)


def _run_values(state: RunState) -> dict[str, Any]:
    return {"stage_id": state.stage_id, "state": int(state.state), "stage_started_at": state.stage_started_at,
            "closed": int(state.closed), "closed_at": state.closed_at}


def insert_run(conn: Connection, process_id: int, state: RunState, manager_id: int) -> int:
    return conn.execute(insert(process_runs).values(
        process_id=process_id, client_id=state.client_id, note=state.note or None, started_at=state.started_at,
        started_by=state.started_by, manager_id=manager_id, **_run_values(state)).returning(run.id)).scalar_one()


def update_run(conn: Connection, run_id: int, state: RunState, expected_version: int,
               waiting_task_id: int | None, today: datetime | None = None) -> None:
    """Store the run's new state at the version the user loaded; ConcurrentMove naming who
    changed it last and when otherwise (or when another transaction holds the row)."""
    stmt = (update(process_runs).where(run.id == run_id, run.row_version == expected_version)
            .values(waiting_task_id=waiting_task_id, **_run_values(state)))
    try:
        done = conn.execute(stmt).rowcount == 1
    except DBAPIError as exc:
        if not is_conflict(exc):
            raise
        done = False
    if not done:
        row = conn.execute(select(changer.c.full_name, run.changed_at)
                           .select_from(process_runs.outerjoin(changer, changer.c.id == run.changed_by))
                           .where(run.id == run_id)).first()
        if row is None:
            raise ValueError("Процесс не найден: возможно, его удалил администратор.")
        raise ConcurrentMove(row[0], row[1], today)


def set_waiting_task(conn: Connection, run_id: int, task_id: int) -> None:
    conn.execute(update(process_runs).where(run.id == run_id).values(waiting_task_id=task_id))


def delete_run(conn: Connection, run_id: int) -> bool:
    return conn.execute(delete(process_runs).where(run.id == run_id)).rowcount == 1


# -- protocol ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProtocolRow:
    entry: ProtocolEntry
    who: str | None


def add_entry(conn: Connection, run_id: int, e: ProtocolEntry) -> None:
    conn.execute(insert(process_protocol).values(
        run_id=run_id, stage_id=e.stage_id, stage_name=e.stage_name, result_id=e.result_id,
        result_name=e.result_name, next_stage_id=e.next_stage_id, next_stage_name=e.next_stage_name,
        who_id=e.who, started_at=e.started_at, finished_at=e.finished_at))


def protocol(conn: Connection, run_id: int) -> list[ProtocolRow]:
    stmt = (select(pr.stage_id, pr.stage_name, pr.result_id, pr.result_name, pr.next_stage_id, pr.next_stage_name,
                   pr.who_id, pr.started_at, pr.finished_at, users.c.full_name)
            .select_from(process_protocol.outerjoin(users, users.c.id == pr.who_id))
            .where(pr.run_id == run_id).order_by(pr.finished_at, pr.id))
    return [ProtocolRow(ProtocolEntry(*row[:6], row[6] or 0, row[7], row[8]), row[9]) for row in conn.execute(stmt)]

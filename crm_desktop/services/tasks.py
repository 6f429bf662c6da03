"""Task use cases: set, edit, move, delete, the workflow transitions with their history, the
journal with its rights and what a workstation pops up (manual: "Задачи", TSK-1..TSK-3).
Each call is one short transaction; rights are checked here."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from crm_desktop.data import client_card
from crm_desktop.data import tasks as data
from crm_desktop.data.task_events import TaskEventConduit
from crm_desktop.data.tasks import ClientChoice, HistoryRow, NextContact, TaskRecord
from crm_desktop.domain.access import can_open
from crm_desktop.domain.concurrency import ConcurrentEdit
from crm_desktop.domain.tasks import (ACTIVE, STATUS_TITLES, Status, TaskDraft, TaskInvalid, TaskState,
                                      allowed, check_transition, is_overdue, validate)
from crm_desktop.services.session import AccessDenied, Session

__all__ = ["ACTIVE_STAGE", "ClientChoice", "ConcurrentEdit", "HistoryRow", "NextContact", "STAGES",
           "TaskRecord", "allowed_transitions", "awaiting_acceptance", "client_choice", "create_task", "delete_task", "draft_of",
           "due_reminders", "find_clients", "history", "journal", "load_task", "mark_reminded", "mark_seen",
           "move_task", "next_contacts", "overdue_for_me", "today_and_overdue", "transition", "unseen_for_me",
           "update_task"]

NOT_FOUND = "Задача не найдена: возможно, её удалил другой пользователь."
ACTIVE_STAGE = 0
# the journal's "stage" filter: None every task, ACTIVE_STAGE the active ones, or one status
STAGES: dict[int | None, str] = {None: "Все", ACTIVE_STAGE: "Активные",
                                 **{int(s): title for s, title in STATUS_TITLES.items()}}


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _found(record: TaskRecord | None) -> TaskRecord:
    if record is None:
        raise ValueError(NOT_FOUND)
    return record


def _state(record: TaskRecord) -> TaskState:
    return TaskState(record.kind, record.requires_report, record.status, record.setter_id, record.executor_id)


def _is_party(session: Session, record: TaskRecord) -> bool:
    return session.user.id in (record.setter_id, record.executor_id)


def _require_view(session: Session, record: TaskRecord) -> None:
    if not (_is_party(session, record) or session.rights.sees_all_journals):
        raise AccessDenied("Нет доступа к этой задаче: её видят постановщик, исполнитель и руководители.")


def _require_setter(session: Session, record: TaskRecord, what: str) -> None:
    if not (record.setter_id == session.user.id or session.rights.is_admin):
        raise AccessDenied(f"Недостаточно прав: {what} может только постановщик задачи или администратор.")


def _check_draft(session: Session, conn: Any, draft: TaskDraft) -> dict[str, Any]:
    errors = validate(draft)
    if errors:
        raise TaskInvalid(errors)
    if draft.client_id is not None:
        facts = client_card.client_facts(conn, draft.client_id)
        if facts is None:
            raise ValueError("Клиент задачи не найден: возможно, его удалили.")
        if not can_open(session.rights, facts):
            raise AccessDenied("Нет доступа к карточке клиента, к которому привязана задача.")
        if facts.is_private and draft.executor_id not in (None, facts.curator_id):
            raise TaskInvalid(["Клиент приватный: задачу по нему можно поставить только его куратору, "
                               "другие сотрудники этого клиента не видят."])
    return {"task_kind": draft.kind, "client_id": draft.client_id, "executor_id": draft.executor_id,
            "importance": draft.importance, "start_at": draft.start_at, "due_at": draft.due_at,
            "duration_min": draft.duration_min, "body": draft.body.strip(),
            "requires_report": int(draft.requires_report), "remind_min": draft.remind_min,
            "planner_case_id": draft.planner_case_id}


def draft_of(record: TaskRecord) -> TaskDraft:
    return TaskDraft(record.kind, record.client_id, record.executor_id, record.importance, record.start_at,
                     record.duration_min, record.due_at, record.body, record.requires_report,
                     record.remind_min, record.planner_case_id)


def create_task(session: Session, draft: TaskDraft) -> int:
    """Set a task; the setter is the user. A task set to someone else stays unseen until the
    executor's workstation shows it (the trigger announces it at once)."""
    with session.db.begin() as conn:
        return insert_new_task(session, conn, _check_draft(session, conn, draft), _now())


def insert_new_task(session: Session, conn: Any, values: dict[str, Any], now: datetime) -> int:
    """The one way a task is set, inside the caller's transaction once the caller has checked
    it (the task dialog, group processing, a process stage): the user is the setter, the task
    is new and unseen by another executor, and its history starts."""
    values = {**values, "setter_id": session.user.id, "set_at": now, "status": int(Status.NEW),
              "seen_by_executor": int(values.get("executor_id") in (None, session.user.id))}
    task_id = data.insert_task(conn, values)
    data.add_history(conn, task_id, now, session.user.id, None, int(Status.NEW), None)
    return task_id


def load_task(session: Session, task_id: int) -> TaskRecord:
    with session.db.read() as conn:
        record = _found(data.get(conn, task_id))
    _require_view(session, record)
    return record


def update_task(session: Session, task_id: int, draft: TaskDraft, expected_version: int) -> None:
    """Save changed conditions (setter or administrator); optimistic locking on ROW_VERSION."""
    with session.db.begin() as conn:
        record = _found(data.get(conn, task_id))
        _require_setter(session, record, "менять условия задачи")
        values = _check_draft(session, conn, draft)
        if draft.executor_id != record.executor_id:
            values["seen_by_executor"] = int(draft.executor_id in (None, session.user.id))
        if draft.start_at != record.start_at or draft.remind_min != record.remind_min:
            values["reminded"] = 0
        data.update_task(conn, task_id, values, expected_version)


def move_task(session: Session, task_id: int, start_at: datetime, duration_min: int) -> None:
    """Drag or resize in the day planner: the executor, the setter or an administrator."""
    if duration_min <= 0:
        raise TaskInvalid(["Длительность задачи должна быть больше нуля минут."])
    with session.db.begin() as conn:
        record = _found(data.get(conn, task_id))
        if not (_is_party(session, record) or session.rights.is_admin):
            raise AccessDenied("Недостаточно прав: переносить задачу могут исполнитель, постановщик "
                               "или администратор.")
        values: dict[str, Any] = {"start_at": start_at, "duration_min": duration_min}
        if record.due_at is not None and record.due_at < start_at:
            values["due_at"] = start_at + timedelta(minutes=duration_min)
        if start_at != record.start_at:
            values["reminded"] = 0
        data.update_task(conn, task_id, values)


def delete_task(session: Session, task_id: int) -> None:
    with session.db.begin() as conn:
        record = _found(data.get(conn, task_id))
        _require_setter(session, record, "удалять задачу")
        data.delete_task(conn, task_id)


def allowed_transitions(session: Session, record: TaskRecord) -> list[Status]:
    """The workflow buttons the form offers this user."""
    return allowed(_state(record), session.user.id)


def transition(session: Session, task_id: int, new_status: int, text: str | None = None) -> None:
    """One workflow step with its history row in the same transaction. A completion stores
    the report; a return for rework stores the note and makes the task pop up again."""
    now = _now()
    with session.db.begin() as conn:
        record = _found(data.get(conn, task_id))
        check_transition(_state(record), session.user.id, new_status, text)
        target = Status(new_status)
        note = (text or "").strip() or None
        values: dict[str, Any] = {"status": int(target)}
        if target == Status.ACCEPTED:
            values["accepted_at"] = now
        elif target == Status.COMPLETED:
            values.update(completed_at=now, report=note)
        elif target == Status.CLOSED:
            values["closed_at"] = now
        elif target == Status.REWORK:
            values.update(seen_by_executor=0, completed_at=None, closed_at=None)
        data.update_task(conn, task_id, values, record.row_version)
        data.add_history(conn, task_id, now, session.user.id, record.status, int(target), note)


def history(session: Session, task_id: int) -> list[HistoryRow]:
    with session.db.read() as conn:
        _require_view(session, _found(data.get(conn, task_id)))
        return data.history(conn, task_id)


def journal(session: Session, period: tuple[date, date] | None, setter_id: int | None = None,
            executor_id: int | None = None, stage: int | None = ACTIVE_STAGE) -> list[TaskRecord]:
    """The task journal for the period (both days included; None: any date, so an overdue
    task of an earlier month is not hidden). Managers and specialists see the tasks they set
    or execute; administrators and supervisors see everyone's."""
    start = end = None
    if period is not None:
        start = datetime.combine(period[0], time())
        end = datetime.combine(period[1] + timedelta(days=1), time())
    statuses = None if stage is None else (
        frozenset(int(s) for s in ACTIVE) if stage == ACTIVE_STAGE else frozenset({stage}))
    only_of = None if session.rights.sees_all_journals else session.user.id
    with session.db.read() as conn:
        return data.journal(conn, start, end, setter_id, executor_id, statuses, only_of)


def unseen_for_me(session: Session) -> list[TaskRecord]:
    """Tasks set or returned to me that my workstation has not shown yet."""
    with session.db.read() as conn:
        return data.unseen_for(conn, session.user.id)


def awaiting_acceptance(session: Session) -> list[TaskRecord]:
    """Tasks I set that were completed with a report and wait for me to accept or return."""
    with session.db.read() as conn:
        return data.awaiting_acceptance(conn, session.user.id)


def mark_seen(session: Session, ids: list[int]) -> None:
    with session.db.begin() as conn:
        data.mark_seen(conn, session.user.id, ids)


def due_reminders(session: Session, now: datetime) -> list[TaskRecord]:
    with session.db.read() as conn:
        return data.due_reminders(conn, session.user.id, now)


def mark_reminded(session: Session, ids: list[int]) -> None:
    with session.db.begin() as conn:
        data.mark_reminded(conn, session.user.id, ids)


def overdue_for_me(session: Session, now: datetime) -> list[TaskRecord]:
    """My active tasks whose deadline has passed (the on-screen list at login)."""
    with session.db.read() as conn:
        found = data.active_of(conn, session.user.id, now)
    return [r for r in found if is_overdue(r.status, r.start_at, r.duration_min, r.due_at, now)]


def today_and_overdue(session: Session, day: date) -> list[TaskRecord]:
    """The monitor of the assistant panel: my active tasks of the day and the overdue ones."""
    now = max(_now(), datetime.combine(day, time()))
    with session.db.read() as conn:
        found = data.active_of(conn, session.user.id, datetime.combine(day + timedelta(days=1), time()))
    return [r for r in found if r.start_at.date() == day
            or is_overdue(r.status, r.start_at, r.duration_min, r.due_at, now)]


NEXT_CONTACTS_SHOWN = 200


def next_contacts(session: Session, day: date) -> list[NextContact]:
    """Kind-4 reminders: my clients whose next contact date is the day or earlier, the most
    overdue first; at most NEXT_CONTACTS_SHOWN (a curator of thousands sees them in the
    register's flexi-filter, not in the panel)."""
    with session.db.read() as conn:
        return data.next_contacts(conn, session.user.id, day, NEXT_CONTACTS_SHOWN)


def find_clients(session: Session, text: str) -> list[ClientChoice]:
    """The client picker of the task form: by code or a part of the name, visible clients only."""
    if not text.strip():
        return []
    with session.db.read() as conn:
        return data.find_clients(conn, text)


def client_choice(session: Session, client_id: int) -> ClientChoice | None:
    with session.db.read() as conn:
        return data.client_choice(conn, client_id)



def task_events(session: Session) -> TaskEventConduit:
    """A wait on the current user's task event (TSK-2); open and close it in the thread that
    waits. Embedded Firebird delivers events only inside one process, so callers also poll."""
    return TaskEventConduit(session.db, session.user.id)

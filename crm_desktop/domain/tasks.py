"""Tasks and their workflow as pure rules (manual: "Задачи": reminders, tasks requiring a
report, collective-planner tasks, next-contact reminders; TSK-1).

The workflow of a task requiring a report: the setter sets it (new); the executor accepts it
("Принята к исполнению"), then completes it with a report ("Завершена": still active); the
setter either accepts the execution ("Выполнение принято": closed) or sends it back for rework
with a note, and it returns to the executor. A reminder without a report is closed by its
executor.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum


class Kind(IntEnum):
    REMINDER = 1
    REPORT = 2
    PLANNER = 3
    NEXT_CONTACT = 4


class Status(IntEnum):
    NEW = 1
    ACCEPTED = 2
    COMPLETED = 3
    CLOSED = 4
    REWORK = 5


KIND_TITLES = {Kind.REMINDER: "Напоминание", Kind.REPORT: "Задача с отчётом",
               Kind.PLANNER: "Задача планировщика", Kind.NEXT_CONTACT: "Напоминание о контакте"}
STATUS_TITLES = {Status.NEW: "Новая", Status.ACCEPTED: "Принята к исполнению",
                 Status.COMPLETED: "Завершена (отчёт дан)", Status.CLOSED: "Выполнение принято",
                 Status.REWORK: "На доработке"}
IMPORTANCE_TITLES = {1: "Высокая", 2: "Обычная", 3: "Низкая"}
ACTIVE = frozenset({Status.NEW, Status.ACCEPTED, Status.COMPLETED, Status.REWORK})


@dataclass(frozen=True)
class TaskDraft:
    """The conditions of a task as the setter enters them (shared contract of issue 4)."""
    kind: int
    client_id: int | None
    executor_id: int | None
    importance: int
    start_at: datetime
    duration_min: int
    due_at: datetime | None
    body: str
    requires_report: bool
    remind_min: int | None
    planner_case_id: int | None = None


class TaskInvalid(ValueError):
    """All problems of a draft at once; str() is the Russian message."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("\n".join(errors))


class TransitionDenied(ValueError):
    """A status change the workflow does not allow to this user; str() says why."""


def validate(draft: TaskDraft) -> list[str]:
    """Russian messages of everything wrong with the draft (empty when it can be saved)."""
    errors = []
    if draft.kind not in set(Kind):
        errors.append("Неизвестный тип задачи.")
    if not draft.body.strip():
        errors.append("Опишите задачу: текст задачи обязателен.")
    if draft.executor_id is None and draft.kind != Kind.NEXT_CONTACT:
        errors.append("Укажите исполнителя задачи.")
    if draft.importance not in IMPORTANCE_TITLES:
        errors.append("Важность задачи: высокая, обычная или низкая.")
    if draft.duration_min <= 0:
        errors.append("Длительность задачи должна быть больше нуля минут.")
    if draft.due_at is not None and draft.due_at < draft.start_at:
        errors.append("Срок выполнения не может быть раньше начала задачи.")
    if draft.remind_min is not None and draft.remind_min < 0:
        errors.append("Время напоминания не может быть отрицательным.")
    return errors


def needs_report(kind: int, requires_report: bool) -> bool:
    return kind == Kind.REPORT or requires_report


@dataclass(frozen=True)
class TaskState:
    """What the workflow needs to know about one stored task."""
    kind: int
    requires_report: bool
    status: int
    setter_id: int | None
    executor_id: int | None


def _owner(state: TaskState) -> int | None:
    # a next-contact reminder has no executor: it belongs to whoever set it
    return state.executor_id if state.executor_id is not None else state.setter_id


def allowed(state: TaskState, user_id: int) -> list[Status]:
    """The statuses this user may move the task to now, in the order the form shows them."""
    status = Status(state.status)
    result: list[Status] = []
    if _owner(state) == user_id:
        if status in (Status.NEW, Status.REWORK):
            result.append(Status.ACCEPTED)
        if needs_report(state.kind, state.requires_report):
            if status == Status.ACCEPTED:
                result.append(Status.COMPLETED)
        elif status in (Status.NEW, Status.ACCEPTED, Status.REWORK):
            result.append(Status.CLOSED)
    if state.setter_id == user_id and status == Status.COMPLETED:
        result += [Status.CLOSED, Status.REWORK]
    return result


def check_transition(state: TaskState, user_id: int, new_status: int, text: str | None) -> None:
    """Raise TransitionDenied unless the user may make this move; a completion needs the
    report, a return for rework needs the note."""
    target = Status(new_status)
    if state.status == Status.CLOSED:
        raise TransitionDenied("Задача уже закрыта: выполнение принято.")
    if target not in allowed(state, user_id):
        setters_step = state.status == Status.COMPLETED
        raise TransitionDenied(
            f"Нельзя перевести задачу из состояния «{STATUS_TITLES[Status(state.status)]}» "
            f"в «{STATUS_TITLES[target]}»: это шаг "
            f"{'постановщика' if setters_step else 'исполнителя'} задачи.")
    if target == Status.COMPLETED and not (text or "").strip():
        raise TransitionDenied("Заполните отчёт о выполнении задачи.")
    if target == Status.REWORK and not (text or "").strip():
        raise TransitionDenied("Напишите, что нужно доработать.")


def deadline(start_at: datetime, duration_min: int, due_at: datetime | None) -> datetime:
    """When the task must be done: its due date, or its start plus its duration."""
    return due_at if due_at is not None else start_at + timedelta(minutes=duration_min)


def is_overdue(status: int, start_at: datetime, duration_min: int, due_at: datetime | None,
               now: datetime) -> bool:
    """An active task whose deadline has passed (a completed one waits for its setter, not
    its executor, so it is not overdue)."""
    return status in (Status.NEW, Status.ACCEPTED, Status.REWORK) and \
        deadline(start_at, duration_min, due_at) < now


def remind_at(start_at: datetime, remind_min: int | None) -> datetime | None:
    """When the reminder pops up: REMIND_MIN minutes before the start (manual: "Напоминания")."""
    return None if remind_min is None else start_at - timedelta(minutes=remind_min)

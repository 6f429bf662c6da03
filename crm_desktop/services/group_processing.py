"""«Менеджер групповой обработки» (manual: "Групповая обработка"; GRP-1): classifiers, operative
fields, curator/specialist/access grants and a task set on up to GROUP_LIMIT chosen clients.

Each client is one transaction through the card's own update (data/client_card.update_card:
version bump, who and when changed it, the stage history), checked by the card's rules: a client
the user may not edit is skipped with the reason; another user's private client is not even
read (the session's scope). A failure stops the run at that client: the clients before it stay
done, the ones after it are untouched, and the log says which is which; a cancel likewise. The
channels (e-mail, SMS tabs) run after the changes, in the same worker, on the clients done."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.data import classifiers as custom_classifiers
from crm_desktop.data import client_card
from crm_desktop.data import group_processing as data
from crm_desktop.domain.access import can_edit, can_open, can_see
from crm_desktop.domain.client_fields import FieldKind, main_data_fields, validate_fields
from crm_desktop.domain.custom_classifiers import CustomClassifier, ValueKind
from crm_desktop.domain.client_fields import field as field_of
from crm_desktop.domain.editions import Capability, check
from crm_desktop.domain.group_processing import (ACCESS_FIELDS, CLASSIFIER_FIELDS, GRANT_FIELD, OPERATIVE_FIELDS,
                                                 WORKDAY_END, limit_refusal, spread_times)
from crm_desktop.domain.permissions import Permission, refusal as permission_refusal
from crm_desktop.domain.tasks import Kind, TaskDraft, TaskInvalid, validate
from crm_desktop.services.clients import _norm     # the card's own test of «this value changed»
from crm_desktop.services.session import AccessDenied, Session
from crm_desktop.services.tasks import insert_new_task

__all__ = ["GroupRefused", "Outcome", "Plan", "TaskPlan", "refusal", "run"]

SETTABLE = frozenset(f.name for f in CLASSIFIER_FIELDS + OPERATIVE_FIELDS) | frozenset(ACCESS_FIELDS)
GONE = "клиент удалён или вам недоступен"
Progress = Callable[[int, int, str], Any]
Channel = tuple[str, Callable[[list[int], Progress], list[str]]]


class GroupRefused(ValueError):
    """Nothing was done; str() is the Russian sentence saying why."""


class _Skip(Exception):
    """This client is left as it was (its transaction rolled back); str() is the reason."""


@dataclass(frozen=True)
class TaskPlan:
    """«Назначить задачу»: the same task for every client; with `spread` client 1 starts at
    `start_at`, client 2 one duration later … (domain.group_processing.spread_times)."""
    executor_id: int | None
    body: str
    start_at: datetime
    duration_min: int = 30
    importance: int = 2
    requires_report: bool = False
    due_at: datetime | None = None
    spread: bool = False
    day_end: time = WORKDAY_END


@dataclass(frozen=True)
class Plan:
    """`values`: the ticked fields and their new values (None or an empty set clears one);
    `classifiers`: the ticked custom classifiers (the card's «Признаки») by id, likewise;
    `grant`: users given access to each client (added to the card's «Доступ» list)."""
    values: Mapping[str, Any] = field(default_factory=dict)
    grant: frozenset[int] = frozenset()
    task: TaskPlan | None = None
    classifiers: Mapping[int, Any] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.values and not self.classifiers and not self.grant and self.task is None


@dataclass
class Outcome:
    """The run's log: one Russian line per client (and the channels' lines), then `summary`."""
    lines: list[str] = field(default_factory=list)
    done: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    not_done: list[int] = field(default_factory=list)
    failed: int | None = None
    cancelled: bool = False
    summary: str = ""


def refusal(session: Session) -> str | None:
    """Why this user may not run group processing (the edition, then the permission), or None."""
    gate = check(Capability.GROUP_PROCESSING, session.edition)
    if not gate.allowed:
        return gate.reason
    if not session.can(Permission.GROUP_PROCESSING):
        return permission_refusal(Permission.GROUP_PROCESSING)
    return None


def _check_classifiers(plan: Plan, defs: Mapping[int, CustomClassifier]) -> None:
    for cid, value in plan.classifiers.items():
        d = defs.get(cid)
        if d is None:
            raise GroupRefused("Один из отмеченных признаков-классификаторов удалён или отключён администратором: "
                               "закройте окно групповой обработки и откройте его снова.")
        if d.value_kind == ValueKind.NUMBER and value not in (None, ""):
            try:
                Decimal(str(value).strip().replace(",", "."))
            except InvalidOperation:
                raise GroupRefused(f"{d.name}: нужно число.") from None


def _check_plan(plan: Plan, count: int, defs: Mapping[int, CustomClassifier]) -> list[datetime]:
    """Refuse what cannot run at all; the start of each task, in the order of clients done."""
    unknown = set(plan.values) - SETTABLE
    if unknown:
        raise GroupRefused(f"Групповая обработка не меняет поля: {', '.join(sorted(unknown))}.")
    _check_classifiers(plan, defs)
    fields = [field_of(name) for name in plan.values]
    values = {name: value for name, value in plan.values.items() if value not in (None, "")}
    errors = validate_fields(fields, values)
    if errors:
        raise GroupRefused(" ".join(e.message + "." for e in errors))
    task = plan.task
    if task is None:
        return []
    problems = validate(_draft(task, None, task.start_at, task.due_at))
    if problems:
        raise TaskInvalid(problems)
    return spread_times(task.start_at, task.duration_min, count, task.day_end) if task.spread \
        else [task.start_at] * count


def _draft(task: TaskPlan, client_id: int | None, start_at: datetime, due_at: datetime | None) -> TaskDraft:
    kind = Kind.REPORT if task.requires_report else Kind.REMINDER
    return TaskDraft(int(kind), client_id, task.executor_id, task.importance, start_at, task.duration_min,
                     due_at, task.body, task.requires_report, None)


def _new_values(stored: client_card.ClientCard, plan: Plan) -> dict[str, Any]:
    values = dict(stored.values)
    for name, value in plan.values.items():
        values[name] = set(value or ()) if field_of(name).kind is FieldKind.DICTIONARY_SET else value
    if plan.grant:
        values[GRANT_FIELD] = set(stored.values.get(GRANT_FIELD) or ()) | set(plan.grant)
    return values


def _labels(names: Iterable[str]) -> str:
    return ", ".join(("Доступ" if n == GRANT_FIELD else field_of(n).label) for n in names)


def _new_classifiers(stored: client_card.ClientCard, plan: Plan) -> tuple[dict[int, Any], list[str]]:
    """The card's custom classifier values with the plan's, and the names of those that change
    (a switch off is the same as none stored)."""
    kinds = {d.id: d for d in stored.classifier_defs}
    values, changed = dict(stored.classifiers), []
    for cid, value in plan.classifiers.items():
        d = kinds.get(cid)
        if d is None:           # switched off by the administrator during the run
            continue
        new = set(value or ()) if d.value_kind == ValueKind.DICTIONARY_MULTI else value
        old = stored.classifiers.get(cid)
        same = bool(new) == bool(old) if d.value_kind == ValueKind.SWITCH else _norm(new) == _norm(old)
        values[cid] = new
        if not same:
            changed.append(d.name)
    return values, changed


def _apply(session: Session, conn: Any, client_id: int, plan: Plan, start_at: datetime | None) -> str:
    """The changes of one client inside its transaction; what changed, for the log."""
    stored = client_card.load(conn, client_id)
    if stored is None:
        raise _Skip(GONE)
    facts, rights = client_card.facts_of(stored), session.rights
    values = _new_values(stored, plan)
    changed = [n for n in values if _norm(values[n]) != _norm(stored.values.get(n))]
    classifiers, classifiers_changed = _new_classifiers(stored, plan)
    main = main_data_fields(stored.kind)
    if set(changed) & main and not can_edit(rights, facts, main_data=True):
        raise _Skip("основные данные этого клиента (классификаторы, куратор, доступ) вам изменять нельзя")
    if (set(changed) - main or classifiers_changed) and not can_edit(rights, facts, main_data=False):
        raise _Skip("нет прав изменять карточку этого клиента")
    if values.get("is_private") and values.get("curator_id") != session.user.id and "curator_id" in changed:
        raise _Skip("клиент приватный, его ведёт только куратор: чтобы передать его, снимите в карточке "
                        "флажок «Приватный клиент»")
    task = plan.task
    if task is not None:
        if not can_open(rights, facts):
            raise _Skip("нет доступа к карточке клиента, задачу по нему поставить нельзя")
        if facts.is_private and task.executor_id not in (None, facts.curator_id):
            raise _Skip("клиент приватный: задачу по нему можно поставить только его куратору")
    what = []
    if changed or classifiers_changed:
        saved = client_card.update_card(conn, replace(stored, values=values, classifiers=classifiers), stored)
        if not can_see(rights, client_card.facts_of(saved)):
            raise _Skip("после изменения клиент стал бы вам недоступен")
        what.append(", ".join(filter(None, (_labels(changed), ", ".join(classifiers_changed)))))
    if task is not None and start_at is not None:
        _set_task(session, conn, task, client_id, start_at)
        what.append(f"задача на {start_at:%d.%m.%Y %H:%M}")
    return "; ".join(what)


def _set_task(session: Session, conn: Any, task: TaskPlan, client_id: int, start_at: datetime) -> int:
    """As the task dialog sets one (services.tasks.insert_new_task), checked by _apply."""
    due = None if task.due_at is None else max(task.due_at, start_at)   # a spread start may pass the due time
    draft = _draft(task, client_id, start_at, due)
    return insert_new_task(session, conn, {
        "task_kind": draft.kind, "client_id": client_id, "executor_id": draft.executor_id,
        "importance": draft.importance, "start_at": start_at, "due_at": due, "duration_min": draft.duration_min,
        "body": draft.body.strip(), "requires_report": int(draft.requires_report), "remind_min": None,
        "planner_case_id": None}, datetime.now().replace(microsecond=0))


def _who(names: Mapping[int, tuple[int, str]], client_id: int) -> str:
    found = names.get(client_id)
    return f"{found[1]} (код {found[0]})" if found else f"Клиент №{client_id}"


def _list(names: Mapping[int, tuple[int, str]], ids: Sequence[int], shown: int = 20) -> str:
    text = ", ".join(_who(names, i) for i in ids[:shown])
    return text + (f" и ещё {len(ids) - shown}" if len(ids) > shown else "")


def _summary(outcome: Outcome, total: int, names: Mapping[int, tuple[int, str]]) -> str:
    text = (f"Итого: обработано клиентов {len(outcome.done)} из {total}, пропущено {len(outcome.skipped)}, "
            f"не обработано {len(outcome.not_done)}.")
    if outcome.cancelled:
        text += " Обработка отменена пользователем."
    elif outcome.failed is not None:
        text += f" Обработка остановлена на клиенте {_who(names, outcome.failed)}."
    if outcome.not_done:
        text += f" Не обработаны: {_list(names, outcome.not_done)}."
    return text


def _tick(progress: Progress | None, done: int, total: int, text: str) -> bool:
    """Report a step; False once the user cancelled (the runner's progress raises then)."""
    if progress is None:
        return True
    try:
        progress(done, total, text)
    except Exception:  # noqa: BLE001 - the runner's Cancelled: stop between two clients
        return False
    return True


def _run_channels(outcome: Outcome, targets: list[int], channels: Sequence[Channel],
                  progress: Progress | None) -> None:
    for title, job in channels:
        try:
            outcome.lines += job(list(targets), progress or (lambda _d, _t, _x: None))
        except Exception as exc:  # noqa: BLE001 - the channel's failure or cancel ends the run, said in the log
            stopped = getattr(progress, "cancelled", False)
            outcome.cancelled = outcome.cancelled or stopped
            reason = "отменено пользователем" if stopped else (str(exc) or type(exc).__name__)
            outcome.lines.append(f"«{title}»: остановлено — {reason}.")
            return


def run(session: Session, client_ids: Iterable[int], plan: Plan, progress: Progress | None = None,
        channels: Sequence[Channel] = ()) -> Outcome:
    """Apply `plan` to the clients, one transaction each, then run the channels on the clients
    done. GroupRefused (or TaskInvalid, AccessDenied) before anything is done; afterwards the
    outcome, its lines and summary say what was done, skipped and left."""
    reason = refusal(session)
    if reason is not None:
        raise AccessDenied(reason)
    ids = list(dict.fromkeys(client_ids))
    too_many = limit_refusal(len(ids))
    if too_many is not None:
        raise GroupRefused(too_many)
    if not ids:
        raise GroupRefused("Не выбрано ни одного клиента: отметьте клиентов в главной таблице.")
    if plan.empty and not channels:
        raise GroupRefused("Нечего выполнять: отметьте «Изменить» у нужных полей, назначьте задачу "
                           "или включите рассылку.")
    with session.db.read() as conn:
        defs = {d.id: d for d in custom_classifiers.active(conn)} if plan.classifiers else {}
    starts = _check_plan(plan, len(ids), defs)
    with session.db.read() as conn:
        names = data.titles(conn, ids)
    outcome = Outcome()
    if plan.empty:
        outcome.done = list(ids)
    for k, client_id in enumerate(ids if not plan.empty else ()):
        if not _tick(progress, k, len(ids), _who(names, client_id)):
            outcome.cancelled, outcome.not_done = True, ids[k:]
            break
        try:
            if client_id not in names:
                raise _Skip(GONE)
            with session.db.begin() as conn:
                what = _apply(session, conn, client_id, plan, starts[len(outcome.done)] if starts else None)
        except _Skip as skip:
            outcome.skipped.append(client_id)
            outcome.lines.append(f"{_who(names, client_id)}: пропущен — {skip}.")
            continue
        except Exception as exc:  # noqa: BLE001 - any failure stops the run cleanly, said in the log
            outcome.failed, outcome.not_done = client_id, ids[k:]
            outcome.lines.append(f"{_who(names, client_id)}: ошибка — {str(exc) or type(exc).__name__} "
                                 "Изменения этого клиента не сохранены, обработка остановлена.")
            break
        outcome.done.append(client_id)
        outcome.lines.append(f"{_who(names, client_id)}: {what or 'без изменений'}.")
    else:
        _tick(progress, len(ids), len(ids), "")
        if outcome.failed is None and not outcome.cancelled:
            _run_channels(outcome, outcome.done, channels, progress)
    outcome.summary = _summary(outcome, len(ids), names) if not plan.empty else \
        f"Итого: клиентов {len(ids)}; поля и задачи не менялись, о рассылке — строки выше."
    return outcome

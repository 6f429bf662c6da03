"""Business processes as pure rules (manual 001 "Бизнес-процессы", 000 "Процессные задачи";
BP-1 … BP-4).

A definition (BP-1) is a process with stages and, per stage, results; each result leads to a
stage. Exactly one stage starts the process; reaching an end stage closes it. `validate` says
in Russian what keeps a definition from being run.

Running (BP-2 … BP-4) is a chain of pure steps over a `RunState`: `start` puts a new run on the
start stage, `move` finishes the current stage with one of its results and enters the stage
the result leads to, `task_done` resumes a run suspended by a waiting task. Each step returns
the new state, the protocol entry of the finished stage (BP-3) and the task to create for the
responsible person of the entered stage (BP-4). The service stores them in one transaction and
compares the run's version in the database (`check_version`, `ConcurrentMove`).

Decisions the manual leaves open:
- an end stage has no results (the process is closed the moment it gets there) and no waiting
  task (nothing would resume it); a reminder on an end stage is allowed;
- every stage that is not an end stage needs a responsible person ("Во всех остальных
  назначьте ответственного"), and so does any stage with a task;
- from every reachable stage some end stage must be reachable, or a run could never close
  ("Запущенный процесс не может быть завершен никаким другим способом, кроме полного
  прохождения по своей схеме");
- a result may lead back to an earlier stage or to its own stage (a rework loop);
- a closed process cannot be deleted; an unfinished one only by an administrator.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import IntEnum

from crm_desktop.domain.concurrency import moment


# -- definitions (BP-1) -----------------------------------------------------------------------
class StageTask(IntEnum):
    """What entering a stage creates for its responsible person (manual: "Процессные задачи")."""
    NONE = 0
    REMINDER = 1        # an ordinary reminder in the calendar plan; the process goes on
    WAITING = 2         # the process is suspended until the task is done

    @property
    def title(self) -> str:
        return STAGE_TASK_TITLES[self]


STAGE_TASK_TITLES = {StageTask.NONE: "Нет", StageTask.REMINDER: "Задача-напоминание",
                     StageTask.WAITING: "Задача с ожиданием"}


@dataclass(frozen=True)
class Stage:
    id: int
    name: str
    responsible_id: int | None
    is_start: bool = False
    is_end: bool = False
    task: StageTask = StageTask.NONE
    task_text: str = ""             # empty: a text naming the process and the stage is used
    task_due_days: int = 0          # the task is due this many days after entering the stage


@dataclass(frozen=True)
class Result:
    """A result of stage `stage_id`; choosing it moves the process to `next_stage_id`."""
    id: int
    stage_id: int
    name: str
    next_stage_id: int


@dataclass(frozen=True)
class ProcessDefinition:
    id: int | None
    name: str
    stages: tuple[Stage, ...] = ()
    results: tuple[Result, ...] = ()          # in the order the stage's form lists them

    def stage(self, stage_id: int) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def result(self, result_id: int) -> Result:
        for result in self.results:
            if result.id == result_id:
                return result
        raise KeyError(result_id)

    def results_of(self, stage_id: int) -> list[Result]:
        return [r for r in self.results if r.stage_id == stage_id]

    def start_stage(self) -> Stage:
        """The start stage of a valid definition (ValueError when there is not exactly one)."""
        starts = [s for s in self.stages if s.is_start]
        if len(starts) != 1:
            raise ValueError(_start_message(self, starts))
        return starts[0]

    # editing helpers for the designer: a new definition each time
    def with_stage(self, stage: Stage) -> ProcessDefinition:
        """`stage` added, or replacing the stage of the same id in its place."""
        if any(s.id == stage.id for s in self.stages):
            return replace(self, stages=tuple(stage if s.id == stage.id else s for s in self.stages))
        return replace(self, stages=self.stages + (stage,))

    def without_stage(self, stage_id: int) -> ProcessDefinition:
        """The stage removed together with its results and the results leading to it."""
        return replace(self, stages=tuple(s for s in self.stages if s.id != stage_id),
                       results=tuple(r for r in self.results
                                     if stage_id not in (r.stage_id, r.next_stage_id)))

    def with_result(self, result: Result) -> ProcessDefinition:
        if any(r.id == result.id for r in self.results):
            return replace(self, results=tuple(result if r.id == result.id else r for r in self.results))
        return replace(self, results=self.results + (result,))

    def without_result(self, result_id: int) -> ProcessDefinition:
        return replace(self, results=tuple(r for r in self.results if r.id != result_id))


class ProcessInvalid(ValueError):
    """All faults of a definition at once; str() is the Russian message, one fault a line."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("\n".join(errors))


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _start_message(definition: ProcessDefinition, starts: list[Stage]) -> str:
    if not starts:
        return (f"В процессе «{definition.name.strip()}» нет стартового этапа: отметьте флажок "
                "«Стартовый этап процесса» у этапа, с которого процесс начинается.")
    names = ", ".join(f"«{s.name.strip()}»" for s in starts)
    return (f"Стартовым может быть только один этап, а отмечены {names}: оставьте флажок "
            "«Стартовый этап процесса» у одного из них.")


def successors(definition: ProcessDefinition) -> dict[int, list[int]]:
    """Stage id → the stages its results lead to (existing ones, in result order, no repeats)."""
    known = {s.id for s in definition.stages}
    graph: dict[int, list[int]] = {s.id: [] for s in definition.stages}
    for result in definition.results:
        targets = graph.get(result.stage_id)
        if targets is not None and result.next_stage_id in known and result.next_stage_id not in targets:
            targets.append(result.next_stage_id)
    return graph


def reachable(graph: Mapping[int, Iterable[int]], start: int) -> set[int]:
    """Every node reachable from `start` (itself included), breadth first."""
    seen, queue = {start}, deque([start])
    while queue:
        for nxt in graph.get(queue.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def validate(definition: ProcessDefinition) -> list[str]:
    """Russian messages, one per fault, each naming the stage or result concerned; empty when
    the process can be run."""
    errors: list[str] = []
    if not definition.name.strip():
        errors.append("Введите название процесса.")
    if not definition.stages:
        errors.append("Добавьте этапы процесса: стартовый, конечный и те, что между ними.")
        return errors
    stage_ids = [s.id for s in definition.stages]
    if len(set(stage_ids)) != len(stage_ids):
        errors.append("Два этапа процесса записаны под одним номером: сохраните процесс заново.")
    by_id = {s.id: s for s in definition.stages}
    starts = [s for s in definition.stages if s.is_start]
    if len(starts) != 1:
        errors.append(_start_message(definition, starts))
    if not any(s.is_end for s in definition.stages):
        errors.append("В процессе нет конечного этапа: отметьте флажок «Конечный этап процесса» у этапа, "
                      "на котором процесс закрывается.")
    seen_names: dict[str, Stage] = {}
    for index, stage in enumerate(definition.stages, 1):
        label = f"«{stage.name.strip()}»"
        if not stage.name.strip():
            errors.append(f"У этапа № {index} нет названия: введите название этапа.")
            label = f"№ {index}"
        elif _key(stage.name) in seen_names:
            errors.append(f"Название этапа {label} повторяется: у каждого этапа должно быть своё название.")
        else:
            seen_names[_key(stage.name)] = stage
        own = definition.results_of(stage.id)
        if stage.is_start and stage.is_end:
            errors.append(f"Этап {label} отмечен и стартовым, и конечным: процесс закрылся бы сразу "
                          "после запуска. Снимите один из флажков.")
        if stage.is_end and own:
            errors.append(f"У конечного этапа {label} есть результаты, а на нём процесс закрывается: "
                          "удалите результаты этого этапа или снимите флажок «Конечный этап процесса».")
        if not stage.is_end and not own:
            errors.append(f"У этапа {label} нет результатов: добавьте хотя бы один результат и этап, "
                          "к которому он ведёт.")
        if not stage.is_end and stage.responsible_id is None:
            errors.append(f"У этапа {label} не назначен ответственный: выберите сотрудника.")
        elif stage.is_end and stage.task != StageTask.NONE and stage.responsible_id is None:
            errors.append(f"Задача этапа {label} некому назначить: выберите ответственного за этап.")
        if stage.is_end and stage.task == StageTask.WAITING:
            errors.append(f"На конечном этапе {label} процесс закрывается, ждать задачу некому: "
                          "выберите задачу-напоминание или уберите задачу.")
        if stage.task != StageTask.NONE and stage.task_due_days < 0:
            errors.append(f"Срок задачи этапа {label} не может быть отрицательным: укажите число дней от нуля.")
        result_names: set[str] = set()
        for result in own:
            if not result.name.strip():
                errors.append(f"У одного из результатов этапа {label} нет названия: введите название результата.")
            elif _key(result.name) in result_names:
                errors.append(f"Результат «{result.name.strip()}» этапа {label} повторяется: "
                              "у результатов одного этапа должны быть разные названия.")
            else:
                result_names.add(_key(result.name))
            if result.next_stage_id not in by_id:
                errors.append(f"Результат «{result.name.strip()}» этапа {label} ведёт к удалённому этапу: "
                              "выберите, к какому этапу он ведёт.")
    for result in definition.results:
        if result.stage_id not in by_id:
            errors.append(f"Результат «{result.name.strip()}» не относится ни к одному этапу: удалите его.")
    if len(starts) == 1:
        graph = successors(definition)
        seen = reachable(graph, starts[0].id)
        for stage in definition.stages:
            if stage.id not in seen:
                errors.append(f"До этапа «{stage.name.strip()}» нельзя дойти от стартового этапа "
                              f"«{starts[0].name.strip()}»: добавьте результат, ведущий к нему, или удалите этап.")
        ends = {s.id for s in definition.stages if s.is_end}
        if ends:
            for stage in definition.stages:
                if stage.id in seen and not stage.is_end and not reachable(graph, stage.id) & ends:
                    errors.append(f"С этапа «{stage.name.strip()}» нельзя дойти до конечного этапа: процесс "
                                  "на нём никогда не закроется. Добавьте результат, ведущий к концу процесса.")
    return errors


def check(definition: ProcessDefinition) -> None:
    """Raise ProcessInvalid with every fault unless the definition can be run."""
    errors = validate(definition)
    if errors:
        raise ProcessInvalid(errors)


def sample_reclamation(responsible_id: int) -> ProcessDefinition:
    """The manual's sample "Обработка рекламации", shipped in new databases. The manual names
    the stages "Получена рекламация" / "Анализ рекламации" and their results under
    "Получена претензия" / "Анализ претензии": the stage names are used throughout."""
    received, analysis, memo, end = 1, 2, 3, 4
    return ProcessDefinition(
        id=None, name="Обработка рекламации",
        stages=(Stage(received, "Получена рекламация", responsible_id, is_start=True),
                Stage(analysis, "Анализ рекламации", responsible_id),
                Stage(memo, "Докладная руководству", responsible_id),
                Stage(end, "Конец", None, is_end=True)),
        results=(Result(1, received, "Рекламация уместна", analysis),
                 Result(2, received, "Рекламация неуместна", end),
                 Result(3, analysis, "Виноваты мы", memo),
                 Result(4, analysis, "Виноват клиент", end),
                 Result(5, memo, "Любой результат", end)))


# -- running (BP-2 … BP-4) --------------------------------------------------------------------
class StageState(IntEnum):
    """The state of the current stage as "Ход процесса" shows it."""
    NEW = 1             # just entered: highlighted in the responsible person's process monitor
    IN_WORK = 2         # the responsible person has taken it
    WAITING = 3         # suspended until the stage's waiting task is done
    DONE = 4            # finished with a result (the stages of the protocol; a closed run's end)

    @property
    def title(self) -> str:
        return STAGE_STATE_TITLES[self]


STAGE_STATE_TITLES = {StageState.NEW: "Новый", StageState.IN_WORK: "В работе",
                      StageState.WAITING: "Ожидание задачи", StageState.DONE: "Завершён"}


@dataclass(frozen=True)
class RunState:
    """One running (or closed) process as the engine needs it."""
    process_id: int | None
    client_id: int | None
    note: str
    stage_id: int
    state: StageState
    stage_started_at: datetime      # when the current stage was entered
    started_at: datetime
    started_by: int
    version: int = 1
    waiting_task: bool = False
    closed: bool = False
    closed_at: datetime | None = None


@dataclass(frozen=True)
class ProtocolEntry:
    """One finished stage (BP-3): names are copied so the protocol outlives edits of the
    definition."""
    stage_id: int
    stage_name: str
    result_id: int
    result_name: str
    next_stage_id: int
    next_stage_name: str
    who: int
    started_at: datetime
    finished_at: datetime

    @property
    def spent(self) -> timedelta:
        return max(self.finished_at - self.started_at, timedelta(0))

    @property
    def spent_text(self) -> str:
        return format_spent(self.spent)


@dataclass(frozen=True)
class TaskOrder:
    """The task to create for the responsible person of a stage on entering it (BP-4)."""
    kind: StageTask
    executor_id: int
    client_id: int | None
    stage_id: int
    text: str
    start_at: datetime
    due_at: datetime


@dataclass(frozen=True)
class Step:
    """What one engine step produces for the service to store in one transaction."""
    run: RunState
    entry: ProtocolEntry | None = None
    task: TaskOrder | None = None


class MoveDenied(ValueError):
    """A step the rules do not allow now; str() says why and what to do."""


class ConcurrentMove(ValueError):
    """Somebody moved the process between reading and saving: names who and when."""

    def __init__(self, who: str | None, when: datetime | None, today: datetime | None = None) -> None:
        self.who, self.when = who, when
        super().__init__(f"Процесс уже переведён пользователем {who or 'неизвестно'}"
                         f"{moment(when, today.date() if today else None)}. "
                         "Откройте «Ход процесса» заново и посмотрите его текущий этап.")


def check_version(expected: int, actual: int, moved_by: str | None, moved_at: datetime | None) -> None:
    """Raise ConcurrentMove when the run's stored version is no longer the one the form read."""
    if expected != actual:
        raise ConcurrentMove(moved_by, moved_at)


def _task_order(definition: ProcessDefinition, stage: Stage, client_id: int | None,
                at: datetime) -> TaskOrder | None:
    if stage.task == StageTask.NONE or stage.responsible_id is None:
        return None
    text = stage.task_text.strip() or f"Процесс «{definition.name.strip()}»: выполните этап «{stage.name.strip()}»."
    return TaskOrder(stage.task, stage.responsible_id, client_id, stage.id, text, at,
                     at + timedelta(days=stage.task_due_days))


def _enter(definition: ProcessDefinition, run: RunState, stage: Stage,
           at: datetime) -> tuple[RunState, TaskOrder | None]:
    order = _task_order(definition, stage, run.client_id, at)
    waiting = order is not None and order.kind == StageTask.WAITING
    if stage.is_end:
        state, closed, closed_at = StageState.DONE, True, at
    else:
        state, closed, closed_at = (StageState.WAITING if waiting else StageState.NEW), False, None
    return replace(run, stage_id=stage.id, state=state, stage_started_at=at, waiting_task=waiting and not closed,
                   closed=closed, closed_at=closed_at), order


def start(definition: ProcessDefinition, client_id: int | None, note: str, who: int, at: datetime,
          process_id: int | None = None) -> Step:
    """A new run on the start stage (ProcessInvalid when the definition cannot run); the start
    stage's task, if any, is to be created."""
    check(definition)
    first = definition.start_stage()
    run = RunState(process_id, client_id, note.strip(), first.id, StageState.NEW, at, at, who)
    run, order = _enter(definition, run, first, at)
    return Step(run, None, order)


def _current(run: RunState, definition: ProcessDefinition) -> Stage:
    try:
        return definition.stage(run.stage_id)
    except KeyError:
        raise MoveDenied("Этап, на котором стоит процесс, удалён из настройки процесса: "
                         "обратитесь к администратору.") from None


def _refuse_closed(run: RunState, stage: Stage) -> None:
    if run.closed:
        raise MoveDenied(f"Процесс закрыт на этапе «{stage.name.strip()}»: закрытый процесс можно только "
                         "просматривать.")


def move(run: RunState, definition: ProcessDefinition, result_id: int, who: int, at: datetime) -> Step:
    """Finish the current stage with result `result_id` and enter the stage it leads to; the
    run closes when that is an end stage. MoveDenied on a closed run, a result of another
    stage, or while the stage's waiting task is open."""
    stage = _current(run, definition)
    _refuse_closed(run, stage)
    if run.waiting_task:
        raise MoveDenied(f"Процесс ждёт выполнения задачи этапа «{stage.name.strip()}»: завершите задачу, "
                         "затем выберите результат этапа.")
    try:
        result = definition.result(result_id)
    except KeyError:
        raise MoveDenied("Такого результата нет в настройке процесса: выберите результат из списка.") from None
    if result.stage_id != stage.id:
        raise MoveDenied(f"Результат «{result.name.strip()}» относится к другому этапу, а процесс сейчас на этапе "
                         f"«{stage.name.strip()}»: выберите результат текущего этапа.")
    try:
        target = definition.stage(result.next_stage_id)
    except KeyError:
        raise MoveDenied(f"Результат «{result.name.strip()}» ведёт к удалённому этапу: "
                         "обратитесь к администратору, чтобы исправить настройку процесса.") from None
    entry = ProtocolEntry(stage.id, stage.name.strip(), result.id, result.name.strip(), target.id,
                          target.name.strip(), who, run.stage_started_at, at)
    entered, order = _enter(definition, replace(run, version=run.version + 1), target, at)
    return Step(entered, entry, order)


def set_state(run: RunState, definition: ProcessDefinition, state: StageState) -> RunState:
    """The responsible person marks the stage "В работе" (or back to "Новый") without moving it;
    "Завершён" comes only with a result (`move`), "Ожидание задачи" only from a waiting task."""
    stage = _current(run, definition)
    _refuse_closed(run, stage)
    if state not in (StageState.NEW, StageState.IN_WORK):
        raise MoveDenied("Чтобы завершить этап, выберите его результат." if state == StageState.DONE else
                         "Ожидание задачи включается само, когда этап создаёт задачу с ожиданием.")
    if run.waiting_task:
        raise MoveDenied(f"Процесс ждёт выполнения задачи этапа «{stage.name.strip()}»: завершите задачу.")
    return replace(run, state=state, version=run.version + 1)


def task_done(run: RunState) -> RunState:
    """The waiting task of the current stage is done: the process resumes on the same stage
    (manual: the manager "будет переведен в этап бизнес-процесса, где также должен произвести
    его завершение")."""
    if not run.waiting_task:
        return run
    return replace(run, waiting_task=False, state=StageState.IN_WORK, version=run.version + 1)


def may_move(stage: Stage, user_id: int, is_admin: bool) -> bool:
    """The responsible person of the stage moves it; an administrator may stand in."""
    return is_admin or stage.responsible_id == user_id


def delete_refusal(run: RunState, is_admin: bool) -> str | None:
    """Why this user may not delete the run, or None (manual: only an administrator deletes an
    unfinished process; a closed one is only viewed)."""
    if run.closed:
        return "Закрытый процесс нельзя удалить: его можно только просматривать."
    if not is_admin:
        return "Незавершённый процесс может удалить только администратор."
    return None


def is_highlighted(run: RunState, definition: ProcessDefinition, user_id: int) -> bool:
    """The process monitor highlights a run newly entered into this user's zone (orange)."""
    if run.closed or run.state != StageState.NEW:
        return False
    try:
        return definition.stage(run.stage_id).responsible_id == user_id
    except KeyError:
        return False


# -- protocol times (BP-3) --------------------------------------------------------------------
def format_spent(spent: timedelta) -> str:
    """Time spent in whole minutes, cut down (never rounded up): "меньше минуты", "45 мин",
    "2 ч 15 мин", "2 ч", "3 дн 4 ч", "3 дн" (minutes are not shown once days are)."""
    minutes = max(int(spent.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} дн {hours} ч" if hours else f"{days} дн"
    if hours:
        return f"{hours} ч {mins} мин" if mins else f"{hours} ч"
    return f"{mins} мин" if mins else "меньше минуты"


def total_spent(entries: Iterable[ProtocolEntry]) -> timedelta:
    return sum((e.spent for e in entries), timedelta(0))


def spent_by_user(entries: Iterable[ProtocolEntry]) -> dict[int, timedelta]:
    """Who took how long over the whole protocol, in the order people first appear."""
    totals: dict[int, timedelta] = {}
    for entry in entries:
        totals[entry.who] = totals.get(entry.who, timedelta(0)) + entry.spent
    return totals

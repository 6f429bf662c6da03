"""The process engine as pure rules (manual 001 "Бизнес-процессы", 000 "Процессные задачи";
BP-1 … BP-4): definition validation, start, moves, waiting tasks, the protocol's times."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.processes import (ConcurrentMove, MoveDenied, ProcessDefinition, ProcessInvalid,
                                          ProtocolEntry, Result, Stage, StageState, StageTask, check_version,
                                          delete_refusal, format_spent, is_highlighted, may_move, move,
                                          sample_reclamation, set_state, spent_by_user, start, task_done,
                                          total_spent, validate)

IVANOV, PETROV, ADMIN = 7, 8, 1
T0 = datetime(2026, 11, 23, 9, 0)
RECEIVED, ANALYSIS, MEMO, END = 1, 2, 3, 4
FITTING, UNFITTING, OUR_FAULT, CLIENT_FAULT, ANY = 1, 2, 3, 4, 5


def reclamation() -> ProcessDefinition:
    return sample_reclamation(IVANOV)


def two_stage(**start_stage) -> ProcessDefinition:
    return ProcessDefinition(1, "Проверка", (Stage(1, "Начало", IVANOV, is_start=True, **start_stage),
                                             Stage(2, "Конец", None, is_end=True)),
                             (Result(1, 1, "Готово", 2),))


# -- the manual's sample ----------------------------------------------------------------------
def test_sample_reclamation_is_the_manuals_process_and_valid():
    d = reclamation()
    assert d.name == "Обработка рекламации"
    assert [s.name for s in d.stages] == ["Получена рекламация", "Анализ рекламации", "Докладная руководству",
                                          "Конец"]
    assert d.start_stage().name == "Получена рекламация"
    assert [s.name for s in d.stages if s.is_end] == ["Конец"]
    flow = {(d.stage(r.stage_id).name, r.name): d.stage(r.next_stage_id).name for r in d.results}
    assert flow == {("Получена рекламация", "Рекламация уместна"): "Анализ рекламации",
                    ("Получена рекламация", "Рекламация неуместна"): "Конец",
                    ("Анализ рекламации", "Виноваты мы"): "Докладная руководству",
                    ("Анализ рекламации", "Виноват клиент"): "Конец",
                    ("Докладная руководству", "Любой результат"): "Конец"}
    assert all(s.responsible_id == IVANOV for s in d.stages if not s.is_end)
    assert validate(d) == []


# -- validation (BP-1) ------------------------------------------------------------------------
def test_no_start_stage_is_named():
    d = reclamation()
    d = d.with_stage(replace(d.stage(RECEIVED), is_start=False))
    errors = validate(d)
    assert any("нет стартового этапа" in e and "«Обработка рекламации»" in e for e in errors)


def test_two_start_stages_are_both_named():
    d = reclamation()
    d = d.with_stage(replace(d.stage(ANALYSIS), is_start=True))
    [message] = [e for e in validate(d) if "Стартовым может быть только один этап" in e]
    assert "«Получена рекламация»" in message and "«Анализ рекламации»" in message
    with pytest.raises(ValueError, match="только один этап"):
        d.start_stage()


def test_no_end_stage():
    d = reclamation()
    d = d.with_stage(replace(d.stage(END), is_end=False, responsible_id=IVANOV))
    errors = validate(d)
    assert any("нет конечного этапа" in e for e in errors)
    assert any("У этапа «Конец» нет результатов" in e for e in errors)


def test_non_end_stage_without_results_is_named():
    d = reclamation().without_result(ANY)
    errors = validate(d)
    assert "У этапа «Докладная руководству» нет результатов: добавьте хотя бы один результат и этап, " \
           "к которому он ведёт." in errors


def test_end_stage_with_results_is_refused():
    d = reclamation().with_result(Result(9, END, "Ещё раз", RECEIVED))
    assert any(e.startswith("У конечного этапа «Конец» есть результаты") for e in validate(d))


def test_result_to_missing_stage_names_result_and_stage():
    d = reclamation().with_result(Result(9, MEMO, "Передать юристам", 99))
    assert any("Результат «Передать юристам» этапа «Докладная руководству» ведёт к удалённому этапу" in e
               for e in validate(d))


def test_result_of_missing_stage():
    d = reclamation().with_result(Result(9, 99, "Потерянный", END))
    assert any("Результат «Потерянный» не относится ни к одному этапу" in e for e in validate(d))


def test_unreachable_stage_is_named():
    d = reclamation().without_result(OUR_FAULT)
    errors = validate(d)
    assert any(e.startswith("До этапа «Докладная руководству» нельзя дойти от стартового этапа "
                            "«Получена рекламация»") for e in errors)
    assert len(errors) == 1


def test_stage_without_way_to_an_end_is_named():
    d = reclamation().with_result(replace(reclamation().result(ANY), next_stage_id=ANALYSIS))
    d = d.without_result(CLIENT_FAULT)
    d = d.with_result(Result(UNFITTING, RECEIVED, "Рекламация неуместна", ANALYSIS))
    errors = validate(d)
    assert any("С этапа «Анализ рекламации» нельзя дойти до конечного этапа" in e for e in errors)
    assert any("С этапа «Получена рекламация» нельзя дойти до конечного этапа" in e for e in errors)


def test_names_empty_or_repeated():
    d = reclamation()
    d = d.with_stage(replace(d.stage(MEMO), name="  анализ   РЕКЛАМАЦИИ "))
    d = d.with_stage(replace(d.stage(END), name=" "))
    d = d.with_result(Result(9, ANALYSIS, "виноваты мы", MEMO))
    d = d.with_result(Result(10, ANALYSIS, "", END))
    errors = validate(d)
    assert "Название этапа «анализ   РЕКЛАМАЦИИ» повторяется: у каждого этапа должно быть своё название." in errors
    assert "У этапа № 4 нет названия: введите название этапа." in errors
    assert any("Результат «виноваты мы» этапа «Анализ рекламации» повторяется" in e for e in errors)
    assert any("У одного из результатов этапа «Анализ рекламации» нет названия" in e for e in errors)
    assert validate(replace(d, name=""))[0] == "Введите название процесса."


def test_responsible_required_except_on_end_stage():
    d = reclamation()
    d = d.with_stage(replace(d.stage(ANALYSIS), responsible_id=None))
    assert validate(d) == ["У этапа «Анализ рекламации» не назначен ответственный: выберите сотрудника."]


def test_start_and_end_on_one_stage():
    d = ProcessDefinition(1, "Миг", (Stage(1, "Всё", IVANOV, is_start=True, is_end=True),))
    assert any("отмечен и стартовым, и конечным" in e for e in validate(d))


def test_end_stage_tasks():
    d = reclamation()
    waiting_end = d.with_stage(replace(d.stage(END), task=StageTask.WAITING, responsible_id=IVANOV))
    assert any("ждать задачу некому" in e for e in validate(waiting_end))
    reminder_nobody = d.with_stage(replace(d.stage(END), task=StageTask.REMINDER))
    assert any("Задача этапа «Конец» некому назначить" in e for e in validate(reminder_nobody))
    assert validate(d.with_stage(replace(d.stage(END), task=StageTask.REMINDER, responsible_id=PETROV))) == []
    negative = d.with_stage(replace(d.stage(MEMO), task=StageTask.REMINDER, task_due_days=-1))
    assert any("Срок задачи этапа «Докладная руководству» не может быть отрицательным" in e
               for e in validate(negative))


def test_self_loop_and_back_edge_are_allowed():
    d = reclamation().with_result(Result(9, ANALYSIS, "Уточнить у клиента", ANALYSIS))
    d = d.with_result(Result(10, MEMO, "Вернуть на анализ", ANALYSIS))
    assert validate(d) == []


def test_empty_definition_and_duplicate_ids():
    assert validate(ProcessDefinition(None, "Пусто")) == [
        "Добавьте этапы процесса: стартовый, конечный и те, что между ними."]
    d = reclamation()
    d = replace(d, stages=d.stages + (Stage(END, "Финиш", None, is_end=True),))
    assert any("под одним номером" in e for e in validate(d))


def test_without_stage_drops_its_results_both_ways():
    d = reclamation().without_stage(ANALYSIS)
    assert {r.id for r in d.results} == {UNFITTING, ANY}
    assert any("До этапа «Докладная руководству» нельзя дойти" in e for e in validate(d))


# random graphs against a reference built by transitive closure ------------------------------
@st.composite
def graphs(draw):
    n = draw(st.integers(1, 7))
    starts = draw(st.sets(st.integers(0, n - 1), max_size=2))
    ends = draw(st.sets(st.integers(0, n - 1), max_size=3))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=14, unique=True))
    stages = tuple(Stage(i + 1, f"Этап {i + 1}", IVANOV, is_start=i in starts, is_end=i in ends) for i in range(n))
    results = tuple(Result(k + 1, a + 1, f"Результат {k + 1}", b + 1) for k, (a, b) in enumerate(edges))
    return ProcessDefinition(1, "Случайный", stages, results)


def closure(d: ProcessDefinition) -> dict[int, set[int]]:
    ids = [s.id for s in d.stages]
    reach = {i: {i} | {r.next_stage_id for r in d.results if r.stage_id == i} for i in ids}
    for k in ids:                                   # Floyd–Warshall on sets
        for i in ids:
            if k in reach[i]:
                reach[i] |= reach[k]
    return reach


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_random_graph_validation_agrees_with_reference(d):
    reach = closure(d)
    starts = [s.id for s in d.stages if s.is_start]
    ends = {s.id for s in d.stages if s.is_end}
    has_results = {r.stage_id for r in d.results}
    ok = (len(starts) == 1 and bool(ends)
          and all((s.id in has_results) != s.is_end for s in d.stages)
          and not any(s.is_start and s.is_end for s in d.stages))
    if len(starts) == 1:
        unreachable = {s.name for s in d.stages if s.id not in reach[starts[0]]}
        named = {e.split("«")[1].split("»")[0] for e in validate(d) if e.startswith("До этапа")}
        assert named == unreachable
        stuck = {s.name for s in d.stages
                 if s.id in reach[starts[0]] and not s.is_end and not reach[s.id] & ends} if ends else set()
        named_stuck = {e.split("«")[1].split("»")[0] for e in validate(d) if e.startswith("С этапа")}
        assert named_stuck == stuck
        ok = ok and not unreachable and not stuck
    assert (validate(d) == []) == ok
    assert all(e and e.endswith(".") for e in validate(d))


# -- running (BP-2) ---------------------------------------------------------------------------
def test_start_puts_the_run_on_the_start_stage_new_for_its_responsible():
    step = start(reclamation(), client_id=42, note=" Брак партии ", who=PETROV, at=T0)
    run = step.run
    assert (run.stage_id, run.state, run.closed, run.version, run.waiting_task) == (RECEIVED, StageState.NEW,
                                                                                     False, 1, False)
    assert (run.client_id, run.note, run.started_by, run.started_at, run.stage_started_at) == (42, "Брак партии",
                                                                                                PETROV, T0, T0)
    assert step.entry is None and step.task is None
    assert is_highlighted(run, reclamation(), IVANOV) and not is_highlighted(run, reclamation(), PETROV)


def test_start_refuses_an_invalid_definition():
    with pytest.raises(ProcessInvalid, match="нет результатов"):
        start(reclamation().without_result(ANY), None, "", PETROV, T0)


def test_full_run_to_the_end_with_protocol():
    d = reclamation()
    run = start(d, 42, "", PETROV, T0).run
    s1 = move(run, d, FITTING, IVANOV, T0 + timedelta(hours=2, minutes=15))
    assert (s1.run.stage_id, s1.run.state, s1.run.version, s1.run.stage_started_at) == (
        ANALYSIS, StageState.NEW, 2, T0 + timedelta(hours=2, minutes=15))
    assert s1.entry == ProtocolEntry(RECEIVED, "Получена рекламация", FITTING, "Рекламация уместна", ANALYSIS,
                                     "Анализ рекламации", IVANOV, T0, T0 + timedelta(hours=2, minutes=15))
    assert s1.entry.spent_text == "2 ч 15 мин"
    s2 = move(s1.run, d, OUR_FAULT, IVANOV, T0 + timedelta(days=3, hours=6, minutes=15))
    assert s2.entry.spent_text == "3 дн 4 ч"
    s3 = move(s2.run, d, ANY, ADMIN, T0 + timedelta(days=3, hours=7))
    assert s3.run.closed and s3.run.closed_at == T0 + timedelta(days=3, hours=7)
    assert (s3.run.stage_id, s3.run.state, s3.run.version) == (END, StageState.DONE, 4)
    entries = [s1.entry, s2.entry, s3.entry]
    assert total_spent(entries) == timedelta(days=3, hours=7)
    assert spent_by_user(entries) == {IVANOV: timedelta(days=3, hours=6, minutes=15), ADMIN: timedelta(minutes=45)}
    with pytest.raises(MoveDenied, match="закрыт на этапе «Конец»: закрытый процесс можно только просматривать"):
        move(s3.run, d, ANY, ADMIN, T0 + timedelta(days=4))
    with pytest.raises(MoveDenied, match="закрыт"):
        set_state(s3.run, d, StageState.IN_WORK)
    assert not is_highlighted(s3.run, d, IVANOV)


def test_short_way_closes_at_once():
    d = reclamation()
    step = move(start(d, None, "", PETROV, T0).run, d, UNFITTING, IVANOV, T0 + timedelta(seconds=20))
    assert step.run.closed and step.entry.spent_text == "меньше минуты" and step.task is None


def test_result_of_another_stage_is_refused():
    d = reclamation()
    run = start(d, None, "", PETROV, T0).run
    with pytest.raises(MoveDenied, match="Результат «Виноваты мы» относится к другому этапу, а процесс сейчас на "
                                         "этапе «Получена рекламация»"):
        move(run, d, OUR_FAULT, IVANOV, T0)
    with pytest.raises(MoveDenied, match="Такого результата нет"):
        move(run, d, 99, IVANOV, T0)


def test_stage_removed_from_definition_under_a_run():
    d = reclamation()
    run = move(start(d, None, "", PETROV, T0).run, d, FITTING, IVANOV, T0).run
    with pytest.raises(MoveDenied, match="удалён из настройки"):
        move(run, d.without_stage(ANALYSIS), CLIENT_FAULT, IVANOV, T0)


def test_set_state_in_work_and_refusals():
    d = reclamation()
    run = start(d, None, "", PETROV, T0).run
    taken = set_state(run, d, StageState.IN_WORK)
    assert (taken.state, taken.version) == (StageState.IN_WORK, 2)
    assert not is_highlighted(taken, d, IVANOV)
    with pytest.raises(MoveDenied, match="выберите его результат"):
        set_state(run, d, StageState.DONE)
    with pytest.raises(MoveDenied, match="включается само"):
        set_state(run, d, StageState.WAITING)


def test_rights_to_move_and_delete():
    stage = reclamation().stage(ANALYSIS)
    assert may_move(stage, IVANOV, False) and may_move(stage, PETROV, True) and not may_move(stage, PETROV, False)
    d = reclamation()
    run = start(d, None, "", PETROV, T0).run
    assert delete_refusal(run, is_admin=True) is None
    assert delete_refusal(run, is_admin=False) == "Незавершённый процесс может удалить только администратор."
    closed = move(run, d, UNFITTING, IVANOV, T0).run
    assert delete_refusal(closed, is_admin=True) == "Закрытый процесс нельзя удалить: его можно только просматривать."


# -- process tasks (BP-4) ---------------------------------------------------------------------
def test_reminder_task_is_created_on_entry_and_does_not_stop_the_process():
    d = reclamation()
    d = d.with_stage(replace(d.stage(ANALYSIS), task=StageTask.REMINDER, task_text="Проверить партию",
                             task_due_days=2))
    step = move(start(d, 42, "", PETROV, T0).run, d, FITTING, IVANOV, T0 + timedelta(hours=1))
    task = step.task
    assert (task.kind, task.executor_id, task.client_id, task.stage_id, task.text) == (
        StageTask.REMINDER, IVANOV, 42, ANALYSIS, "Проверить партию")
    assert (task.start_at, task.due_at) == (T0 + timedelta(hours=1), T0 + timedelta(days=2, hours=1))
    assert not step.run.waiting_task and step.run.state == StageState.NEW
    assert move(step.run, d, CLIENT_FAULT, IVANOV, T0 + timedelta(hours=2)).run.closed


def test_waiting_task_suspends_until_done():
    d = reclamation()
    d = d.with_stage(replace(d.stage(MEMO), responsible_id=PETROV, task=StageTask.WAITING))
    run = move(start(d, 42, "", PETROV, T0).run, d, FITTING, IVANOV, T0).run
    step = move(run, d, OUR_FAULT, IVANOV, T0 + timedelta(hours=1))
    assert step.task.kind == StageTask.WAITING and step.task.executor_id == PETROV
    assert step.task.text == "Процесс «Обработка рекламации»: выполните этап «Докладная руководству»."
    assert step.task.due_at == step.task.start_at
    waiting = step.run
    assert waiting.waiting_task and waiting.state == StageState.WAITING
    assert not is_highlighted(waiting, d, PETROV)
    with pytest.raises(MoveDenied, match="Процесс ждёт выполнения задачи этапа «Докладная руководству»"):
        move(waiting, d, ANY, PETROV, T0 + timedelta(hours=2))
    with pytest.raises(MoveDenied, match="ждёт выполнения задачи"):
        set_state(waiting, d, StageState.IN_WORK)
    resumed = task_done(waiting)
    assert (resumed.waiting_task, resumed.state, resumed.stage_id, resumed.version) == (
        False, StageState.IN_WORK, MEMO, waiting.version + 1)
    assert task_done(resumed) is resumed
    last = move(resumed, d, ANY, PETROV, T0 + timedelta(hours=5))
    assert last.run.closed
    assert last.entry.spent == timedelta(hours=4)            # the waiting time belongs to the stage


def test_waiting_task_on_the_start_stage():
    step = start(two_stage(task=StageTask.WAITING, task_text="Собрать документы"), 1, "", PETROV, T0)
    assert step.run.waiting_task and step.task.text == "Собрать документы"


def test_reminder_on_end_stage_is_created_when_closing():
    d = reclamation()
    d = d.with_stage(replace(d.stage(END), responsible_id=ADMIN, task=StageTask.REMINDER, task_text="Отчитаться"))
    step = move(start(d, None, "", PETROV, T0).run, d, UNFITTING, IVANOV, T0)
    assert step.run.closed and not step.run.waiting_task
    assert (step.task.executor_id, step.task.text) == (ADMIN, "Отчитаться")


# -- concurrency ------------------------------------------------------------------------------
def test_check_version_names_who_moved_it():
    check_version(3, 3, None, None)
    with pytest.raises(ConcurrentMove) as caught:
        check_version(3, 4, "Борис", datetime(2026, 1, 2, 10, 42))
    assert caught.value.who == "Борис"
    assert str(caught.value) == ("Процесс уже переведён пользователем Борис 02.01.2026 в 10:42. "
                                 "Откройте «Ход процесса» заново и посмотрите его текущий этап.")
    today = ConcurrentMove("Борис", datetime(2026, 1, 2, 10, 42), today=datetime(2026, 1, 2, 18))
    assert "пользователем Борис в 10:42." in str(today)


def test_two_moves_from_one_reading_conflict():
    d = reclamation()
    read = start(d, None, "", PETROV, T0).run
    first = move(read, d, FITTING, IVANOV, T0).run
    second = move(read, d, UNFITTING, ADMIN, T0).run           # computed from the same reading
    assert first.version == second.version == read.version + 1
    with pytest.raises(ConcurrentMove):
        check_version(read.version, first.version, "Иванов", T0)   # the service's stored version moved on


# -- protocol times (BP-3) --------------------------------------------------------------------
@pytest.mark.parametrize("spent, text", [
    (timedelta(seconds=59), "меньше минуты"), (timedelta(minutes=1), "1 мин"), (timedelta(minutes=45), "45 мин"),
    (timedelta(hours=2), "2 ч"), (timedelta(hours=2, minutes=15, seconds=59), "2 ч 15 мин"),
    (timedelta(days=1), "1 дн"), (timedelta(days=3, hours=4, minutes=59), "3 дн 4 ч"),
    (timedelta(hours=23, minutes=59), "23 ч 59 мин"), (timedelta(minutes=-5), "меньше минуты")])
def test_format_spent(spent, text):
    assert format_spent(spent) == text


@given(st.integers(0, 10 ** 8))
def test_format_spent_reads_back_to_the_whole_minutes(seconds):
    text = format_spent(timedelta(seconds=seconds))
    units = {"дн": 1440, "ч": 60, "мин": 1}
    parts = text.split()
    minutes = 0 if text == "меньше минуты" else sum(int(n) * units[u] for n, u in zip(parts[::2], parts[1::2]))
    whole = seconds // 60
    assert minutes == (whole if whole < 1440 else whole - whole % 60)


def test_protocol_entry_never_negative():
    entry = ProtocolEntry(1, "А", 1, "Р", 2, "Б", IVANOV, T0, T0 - timedelta(minutes=3))
    assert entry.spent == timedelta(0)

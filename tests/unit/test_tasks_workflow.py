"""The task workflow and validation as pure rules (manual: "Задачи, требующие отчета о
выполнении", "Задачи-напоминания")."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.tasks import (Kind, Status, TaskDraft, TaskState, TransitionDenied, allowed,
                                      check_transition, deadline, is_overdue, remind_at, validate)

SETTER, EXECUTOR, STRANGER = 1, 2, 3
START = datetime(2026, 11, 23, 10, 0)


def state(status: Status, kind: Kind = Kind.REPORT, report: bool = True, executor: int | None = EXECUTOR) -> TaskState:
    return TaskState(kind, report, status, SETTER, executor)


def test_report_task_steps_belong_to_executor_then_setter():
    assert allowed(state(Status.NEW), EXECUTOR) == [Status.ACCEPTED]
    assert allowed(state(Status.NEW), SETTER) == []
    assert allowed(state(Status.ACCEPTED), EXECUTOR) == [Status.COMPLETED]
    assert allowed(state(Status.COMPLETED), EXECUTOR) == []
    assert allowed(state(Status.COMPLETED), SETTER) == [Status.CLOSED, Status.REWORK]
    assert allowed(state(Status.REWORK), EXECUTOR) == [Status.ACCEPTED]
    assert allowed(state(Status.CLOSED), SETTER) == allowed(state(Status.CLOSED), EXECUTOR) == []
    assert all(allowed(state(s), STRANGER) == [] for s in Status)


def test_reminder_is_closed_by_executor_without_report():
    reminder = state(Status.NEW, Kind.REMINDER, report=False)
    assert allowed(reminder, EXECUTOR) == [Status.ACCEPTED, Status.CLOSED]
    assert allowed(reminder, SETTER) == []
    check_transition(reminder, EXECUTOR, Status.CLOSED, None)


def test_reminder_flagged_requires_report_needs_the_report():
    assert allowed(state(Status.ACCEPTED, Kind.REMINDER, report=True), EXECUTOR) == [Status.COMPLETED]


def test_next_contact_reminder_belongs_to_whoever_set_it():
    own = state(Status.NEW, Kind.NEXT_CONTACT, report=False, executor=None)
    assert Status.CLOSED in allowed(own, SETTER)


def test_self_set_report_task_is_accepted_by_the_same_user():
    own = TaskState(Kind.REPORT, True, Status.COMPLETED, SETTER, SETTER)
    assert allowed(own, SETTER) == [Status.CLOSED, Status.REWORK]


@pytest.mark.parametrize("target,text,message", [
    (Status.COMPLETED, "", "отчёт"), (Status.COMPLETED, "   ", "отчёт")])
def test_completion_needs_a_report(target, text, message):
    with pytest.raises(TransitionDenied, match=message):
        check_transition(state(Status.ACCEPTED), EXECUTOR, target, text)


def test_rework_needs_a_note_and_the_setter():
    with pytest.raises(TransitionDenied, match="доработать"):
        check_transition(state(Status.COMPLETED), SETTER, Status.REWORK, "")
    with pytest.raises(TransitionDenied, match="постановщика"):
        check_transition(state(Status.COMPLETED), EXECUTOR, Status.REWORK, "сам себе")
    check_transition(state(Status.COMPLETED), SETTER, Status.REWORK, "Добавьте цены")


def draft(**kw) -> TaskDraft:
    values = dict(kind=Kind.REMINDER, client_id=None, executor_id=EXECUTOR, importance=2, start_at=START,
                  duration_min=30, due_at=None, body="Позвонить", requires_report=False, remind_min=None)
    values.update(kw)
    return TaskDraft(**values)


def test_valid_draft_has_no_errors():
    assert validate(draft()) == []
    assert validate(draft(kind=Kind.NEXT_CONTACT, executor_id=None)) == []


@pytest.mark.parametrize("change,message", [
    ({"body": "  "}, "текст задачи обязателен"),
    ({"executor_id": None}, "исполнителя"),
    ({"duration_min": 0}, "больше нуля"),
    ({"due_at": START - timedelta(minutes=1)}, "раньше начала"),
    ({"importance": 4}, "Важность"),
    ({"remind_min": -5}, "напоминания"),
])
def test_each_invalid_field_has_its_russian_message(change, message):
    errors = validate(draft(**change))
    assert len(errors) == 1 and message in errors[0]


def test_overdue_and_reminder_times():
    assert deadline(START, 30, None) == START + timedelta(minutes=30)
    assert deadline(START, 30, START + timedelta(days=1)) == START + timedelta(days=1)
    assert is_overdue(Status.ACCEPTED, START, 30, None, START + timedelta(minutes=31))
    assert not is_overdue(Status.ACCEPTED, START, 30, None, START + timedelta(minutes=30))
    assert not is_overdue(Status.COMPLETED, START, 30, None, START + timedelta(days=9))
    assert not is_overdue(Status.CLOSED, START, 30, None, START + timedelta(days=9))
    assert remind_at(START, 15) == START - timedelta(minutes=15)
    assert remind_at(START, None) is None


ACTORS = st.sampled_from([SETTER, EXECUTOR, STRANGER])
MOVES = st.lists(st.tuples(ACTORS, st.sampled_from(list(Status)), st.sampled_from([None, "", "текст"])),
                 max_size=30)


@given(kind=st.sampled_from([Kind.REMINDER, Kind.REPORT, Kind.PLANNER]), report=st.booleans(), moves=MOVES)
def test_any_sequence_of_moves_respects_the_workflow(kind, report, moves):
    """Whatever people click, a stranger never moves a task, a closed task never reopens, a
    report task is closed only by its setter after a report, and only allowed moves pass."""
    status, reported = Status.NEW, False
    for actor, target, text in moves:
        current = TaskState(kind, report, status, SETTER, EXECUTOR)
        try:
            check_transition(current, actor, target, text)
        except TransitionDenied:
            assert target not in allowed(current, actor) or not (text or "").strip()
            continue
        assert actor != STRANGER and status != Status.CLOSED
        assert target in allowed(current, actor)
        if target == Status.COMPLETED:
            assert actor == EXECUTOR and text
            reported = True
        if target == Status.REWORK:
            assert actor == SETTER and status == Status.COMPLETED
            reported = False
        if target == Status.CLOSED and (kind == Kind.REPORT or report):
            assert actor == SETTER and reported
        status = target

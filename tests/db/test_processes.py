"""Business process services on Firebird (BP-1 … BP-4): the sample in a new database, saving
a definition, starting and moving runs with their access, the version conflict, the waiting
task, closed runs and deletion."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, select

from crm_desktop.data.database import Database
from crm_desktop.data.schema import client_access, clients, tasks
from crm_desktop.domain.processes import (ConcurrentMove, MoveDenied, ProcessInvalid, StageState, StageTask,
                                          format_spent)
from crm_desktop.domain.tasks import Status
from crm_desktop.services import processes as svc
from crm_desktop.services import tasks as task_svc
from crm_desktop.services.auth import login
from crm_desktop.services.session import AccessDenied
from tests.conftest import PASSWORD

T0 = datetime(2026, 11, 23, 9, 0)


def client(db, users, name: str, curator: str, private: int = 0, granted: tuple[str, ...] = ()) -> int:
    with db.begin() as conn:
        code = conn.execute(select(clients.c.code).order_by(clients.c.code.desc())).scalar() or 0
        client_id = conn.execute(insert(clients).values(code=code + 1, name=name, curator_id=users[curator],
                                                        is_private=private).returning(clients.c.id)).scalar_one()
        for who in granted:
            conn.execute(insert(client_access).values(client_id=client_id, user_id=users[who]))
    return client_id


def sample(session) -> svc.LoadedProcess:
    [row] = [r for r in svc.list_processes(session) if r.name == "Обработка рекламации"]
    return svc.load_process(session, row.id)


def prepared(session_of, users, analysis_by: str = "manager2", waiting: bool = False,
             memo_by: str = "supervisor") -> int:
    """The sample with its stages given to people: the start stage to the manager, the analysis
    to `analysis_by` (a waiting task there when asked), the memo to `memo_by`."""
    admin = session_of("admin")
    loaded = sample(admin)
    d = loaded.definition
    who = {"Получена рекламация": users["manager"], "Анализ рекламации": users[analysis_by],
           "Докладная руководству": users[memo_by]}
    for st in d.stages:
        if st.name in who:
            st = replace(st, responsible_id=who[st.name])
            if waiting and st.name == "Анализ рекламации":
                st = replace(st, task=StageTask.WAITING, task_text="Проверить партию", task_due_days=2)
            d = d.with_stage(st)
    return svc.save_process(admin, d, loaded.description, True, loaded.row_version)


def result_id(view: svc.RunView, name: str) -> int:
    return next(r.id for r in view.results if r.name == name)


def test_the_sample_ships_in_a_new_database_without_responsibles(db, users, session_of):
    loaded = sample(session_of("manager"))
    d = loaded.definition
    assert [s.name for s in d.stages] == ["Получена рекламация", "Анализ рекламации", "Докладная руководству", "Конец"]
    assert [r.name for r in d.results_of(d.start_stage().id)] == ["Рекламация уместна", "Рекламация неуместна"]
    assert all(s.responsible_id is None for s in d.stages)        # the users came after the migration
    cid = client(db, users, "Ромашка", "manager")
    with pytest.raises(ProcessInvalid, match="ответственный"):
        svc.start(session_of("manager"), d.id, cid, "", T0)


def test_only_the_dictionary_right_edits_and_deletes_definitions(db, users, session_of):
    manager, admin = session_of("manager"), session_of("admin")
    loaded = sample(admin)
    with pytest.raises(AccessDenied):
        svc.save_process(manager, loaded.definition)
    with pytest.raises(ProcessInvalid, match="стартового"):
        svc.save_process(admin, replace(loaded.definition, stages=tuple(
            replace(s, is_start=False) for s in loaded.definition.stages)))
    process_id = prepared(session_of, users)
    d = svc.load_process(admin, process_id).definition
    # a new stage (the designer's own id) between the memo and the end
    memo = next(s for s in d.stages if s.name == "Докладная руководству")
    end = next(s for s in d.stages if s.is_end)
    d = d.with_stage(replace(memo, id=-1, name="Ответ клиенту", is_start=False))
    d = d.with_result(replace(d.results_of(memo.id)[0], next_stage_id=-1))
    d = d.with_result(svc.Result(-2, -1, "Отправлен", end.id))
    svc.save_process(admin, d)
    stored = svc.load_process(admin, process_id).definition
    answer = next(s for s in stored.stages if s.name == "Ответ клиенту")
    assert answer.id > 0 and [r.name for r in stored.results_of(answer.id)] == ["Отправлен"]
    assert stored.results_of(memo.id)[0].next_stage_id == answer.id
    cid = client(db, users, "Ромашка", "manager")
    svc.start(manager, process_id, cid, "", T0)
    with pytest.raises(MoveDenied, match="уже запускали"):
        svc.delete_process(admin, process_id)
    with pytest.raises(ProcessInvalid, match="стоят запущенные"):
        svc.save_process(admin, stored.without_stage(stored.start_stage().id).with_stage(
            replace(answer, is_start=True)))
    fresh = svc.save_process(admin, replace(stored, id=None, name="Копия", stages=stored.stages,
                                            results=stored.results))
    with pytest.raises(AccessDenied):
        svc.delete_process(manager, fresh)
    svc.delete_process(admin, fresh)
    assert "Копия" not in [r.name for r in svc.list_processes(admin)]


def test_runs_follow_their_clients_access(db, users, session_of):
    process_id = prepared(session_of, users, analysis_by="manager", memo_by="manager")
    manager, manager2, admin = session_of("manager"), session_of("manager2"), session_of("admin")
    private = client(db, users, "Приватный", "manager", private=1)
    run_id = svc.start(manager, process_id, private, "Брак партии", T0)
    assert [r.id for r in svc.journal(manager)] == [run_id]
    for other in (manager2, admin):
        assert svc.journal(other) == []
        with pytest.raises(ValueError, match="не найден"):
            svc.load_run(other, run_id)
        with pytest.raises(ValueError, match="не найден"):
            svc.move(other, run_id, 1, 1, T0)
    others = client(db, users, "Чужой", "manager2", private=1)
    with pytest.raises(AccessDenied):
        svc.start(manager, process_id, others, "", T0)
    # a private client's process is led by its curator alone: nobody else would see the run
    colleagues = prepared(session_of, users, analysis_by="manager2")
    with pytest.raises(MoveDenied, match="«Анализ рекламации», «Докладная руководству»"):
        svc.start(manager, colleagues, private, "", T0)
    # an ordinary client of the manager: the colleague without access does not see the run either
    own = client(db, users, "Свой", "manager")
    svc.start(manager, process_id, own, "", T0)
    assert svc.journal(manager2) == []
    assert len(svc.journal(admin)) == 1


def test_the_second_concurrent_move_names_the_first(db, users, session_of):
    process_id = prepared(session_of, users, analysis_by="manager")
    cid = client(db, users, "Ромашка", "manager")
    second_station = Database(db.address, db.credentials)        # each workstation stamps its own user
    try:
        _concurrent_moves(session_of("manager"), login(second_station, "admin", PASSWORD), process_id, cid)
    finally:
        second_station.dispose()


def _concurrent_moves(first, second, process_id: int, cid: int) -> None:
    run_id = svc.start(first, process_id, cid, "", T0)
    seen_by_first, seen_by_second = svc.load_run(first, run_id), svc.load_run(second, run_id)
    svc.move(first, run_id, result_id(seen_by_first, "Рекламация уместна"), seen_by_first.run.row_version,
             T0 + timedelta(minutes=20))
    with pytest.raises(ConcurrentMove, match="Менеджеров Михаил") as caught:
        svc.move(second, run_id, result_id(seen_by_second, "Рекламация неуместна"), seen_by_second.run.row_version,
                 T0 + timedelta(minutes=21))
    assert caught.value.who == "Менеджеров Михаил" and caught.value.when is not None
    view = svc.load_run(first, run_id)
    assert view.run.stage_name == "Анализ рекламации" and len(view.protocol) == 1


def test_a_waiting_task_suspends_and_its_completion_resumes(db, users, session_of):
    process_id = prepared(session_of, users, analysis_by="manager2", waiting=True)
    manager, manager2 = session_of("manager"), session_of("manager2")
    cid = client(db, users, "Ромашка", "manager", granted=("manager2",))
    run_id = svc.start(manager, process_id, cid, "", T0)
    view = svc.load_run(manager, run_id)
    svc.move(manager, run_id, result_id(view, "Рекламация уместна"), view.run.row_version, T0 + timedelta(hours=1))
    view = svc.load_run(manager2, run_id)
    assert view.run.state == StageState.WAITING and view.run.waiting and view.results == []
    assert "ждёт выполнения задачи" in view.refusal
    with db.read() as conn:
        task = conn.execute(select(tasks).where(tasks.c.id == view.run.waiting_task_id)).mappings().one()
    assert (task["executor_id"], task["process_run_id"], task["body"], task["seen_by_executor"]) == (
        users["manager2"], run_id, "Проверить партию", 0)
    assert task["due_at"] == T0 + timedelta(hours=1, days=2)
    assert [t.id for t in task_svc.unseen_for_me(manager2)] == [task["id"]]
    analysis = view.definition.results_of(view.run.stage_id)
    with pytest.raises(MoveDenied, match="ждёт"):
        svc.move(manager2, run_id, analysis[0].id, view.run.row_version, T0 + timedelta(hours=2))
    assert svc.monitor(manager2)[0].highlighted is False         # waiting, not new
    task_svc.transition(manager2, task["id"], Status.CLOSED)
    view = svc.load_run(manager2, run_id)
    assert view.run.state == StageState.IN_WORK and view.refusal is None
    svc.move(manager2, run_id, result_id(view, "Виноват клиент"), view.run.row_version, T0 + timedelta(hours=3))
    view = svc.load_run(manager, run_id)
    assert view.run.closed and view.run.closed_at == T0 + timedelta(hours=3)
    assert [(e.entry.stage_name, e.who, e.entry.spent_text) for e in view.protocol] == [
        ("Получена рекламация", "Менеджеров Михаил", "1 ч"), ("Анализ рекламации", "Коллегина Ольга", "2 ч")]


def test_a_closed_run_is_read_only_and_only_an_administrator_deletes_an_open_one(db, users, session_of):
    process_id = prepared(session_of, users, analysis_by="manager")
    manager, admin = session_of("manager"), session_of("admin")
    cid = client(db, users, "Ромашка", "manager")
    open_run = svc.start(manager, process_id, cid, "", T0)
    assert svc.monitor(manager)[0].highlighted
    view = svc.load_run(manager, open_run)
    svc.set_state(manager, open_run, StageState.IN_WORK, view.run.row_version, T0)
    assert svc.monitor(manager)[0].highlighted is False
    assert view.delete_refusal == "Незавершённый процесс может удалить только администратор."
    with pytest.raises(AccessDenied, match="администратор"):
        svc.delete_run(manager, open_run)
    svc.delete_run(admin, open_run)
    closed = svc.start(manager, process_id, cid, "", T0)
    view = svc.load_run(manager, closed)
    svc.move(manager, closed, result_id(view, "Рекламация неуместна"), view.run.row_version, T0 + timedelta(days=1))
    view = svc.load_run(manager, closed)
    assert view.run.closed and view.results == [] and "закрыт" in view.refusal
    with pytest.raises(MoveDenied, match="закрыт"):
        svc.move(manager, closed, view.definition.results[0].id, view.run.row_version, T0)
    with pytest.raises(AccessDenied, match="Закрытый"):
        svc.delete_run(admin, closed)
    assert svc.monitor(manager) == []
    assert format_spent(view.protocol[0].entry.spent) == "1 дн"


def test_the_journal_pages_newest_first_and_filters(db, users, session_of):
    process_id = prepared(session_of, users, analysis_by="manager2")
    manager, manager2 = session_of("manager"), session_of("manager2")
    cid = client(db, users, "Ромашка", "manager", granted=("manager2",))
    ids = [svc.start(manager, process_id, cid, f"№ {i}", T0 + timedelta(minutes=i % 3)) for i in range(7)]
    everything = svc.journal(manager)
    assert len(everything) == 7
    assert [(r.started_at, r.id) for r in everything] == sorted(((r.started_at, r.id) for r in everything),
                                                                reverse=True)
    first = svc.journal(manager, after=None, limit=3)
    second = svc.journal(manager, after=(first[-1].started_at, first[-1].id), limit=3)
    third = svc.journal(manager, after=(second[-1].started_at, second[-1].id), limit=3)
    assert [r.id for r in first + second + third] == [r.id for r in everything]
    assert svc.journal(manager2, svc.RunFilter(mine=True)) == []
    view = svc.load_run(manager, ids[0])
    svc.move(manager, ids[0], result_id(view, "Рекламация уместна"), view.run.row_version, T0 + timedelta(hours=1))
    assert [r.id for r in svc.journal(manager2, svc.RunFilter(mine=True))] == [ids[0]]
    mine = svc.journal(manager, svc.RunFilter(process_id=process_id, client_id=cid, closed=False, mine=True))
    assert [r.id for r in mine] == [r.id for r in everything if r.id != ids[0]]

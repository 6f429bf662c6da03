"""«Обработка рекламации» from the manual, end to end (issue 14; manual: "Бизнес-процессы",
"Процессные задачи"): the administrator sets the shipped sample up — a colleague analyses the
reclamation and gets a waiting task for it, the memo to management goes to the supervisor with
a reminder — then a manager starts it for a client, the colleague is told at once, the process
waits for her task, resumes when she closes it, goes on to the memo and closes; the protocol
(«Ход процесса» and the «Протокол бизнес-процесса» report) says who finished each stage and
how long it took. Times are given to the services: no waiting."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert, select

from crm_desktop.data.schema import client_access, clients, tasks
from crm_desktop.domain.processes import MoveDenied, StageState, StageTask
from crm_desktop.domain.tasks import Status
from crm_desktop.services import processes, reports
from crm_desktop.services import tasks as task_svc
from crm_desktop.services.session import AccessDenied

MONDAY = datetime(2026, 11, 23, 9, 0)


def _results(view: processes.RunView) -> dict[str, int]:
    return {r.name: r.id for r in view.results}


def test_reclamation_from_complaint_to_memo(db, users, session_of) -> None:
    admin, manager, colleague, boss = (session_of(w) for w in ("admin", "manager", "manager2", "supervisor"))
    with db.begin() as conn:
        client_id = conn.execute(insert(clients).values(code=1, name="ООО «Ромашка»", curator_id=users["manager"])
                                 .returning(clients.c.id)).scalar_one()
        # the colleague and the supervisor work with the client too («Доступ» tab)
        conn.execute(insert(client_access).values(client_id=client_id, user_id=users["manager2"]))
        conn.execute(insert(client_access).values(client_id=client_id, user_id=users["supervisor"]))

    # the administrator draws the process: the shipped sample, stages given to people
    [row] = processes.list_processes(admin)
    loaded = processes.load_process(admin, row.id)
    d = loaded.definition
    setup = {"Получена рекламация": dict(responsible_id=users["manager"]),
             "Анализ рекламации": dict(responsible_id=users["manager2"], task=StageTask.WAITING,
                                       task_text="Проверить партию по рекламации", task_due_days=1),
             "Докладная руководству": dict(responsible_id=users["supervisor"], task=StageTask.REMINDER,
                                           task_due_days=2)}
    for stage in d.stages:
        if stage.name in setup:
            d = d.with_stage(replace(stage, **setup[stage.name]))
    with pytest.raises(AccessDenied):
        processes.save_process(manager, d)
    process_id = processes.save_process(admin, d, loaded.description, True, loaded.row_version)

    # the manager receives the complaint and starts the process for the client
    run_id = processes.start(manager, process_id, client_id, "Брак в партии от 20.11", MONDAY)
    [mine] = processes.monitor(manager)
    assert mine.run.id == run_id and mine.highlighted and mine.run.stage_name == "Получена рекламация"
    view = processes.load_run(manager, run_id)
    processes.set_state(manager, run_id, StageState.IN_WORK, view.run.row_version, MONDAY + timedelta(minutes=5))
    assert processes.monitor(manager)[0].highlighted is False
    view = processes.load_run(manager, run_id)
    with pytest.raises(AccessDenied):        # not her stage yet
        processes.move(colleague, run_id, _results(view)["Рекламация уместна"], view.run.row_version, MONDAY)
    processes.move(manager, run_id, _results(view)["Рекламация уместна"], view.run.row_version,
                   MONDAY + timedelta(minutes=45))
    assert processes.monitor(manager) == []

    # the colleague is told at once: her waiting task pops up, the process waits for it
    [task] = task_svc.unseen_for_me(colleague)
    assert task.body == "Проверить партию по рекламации" and task.client_id == client_id
    assert task.due_at == MONDAY + timedelta(minutes=45, days=1)
    [hers] = processes.monitor(colleague)
    assert hers.run.state == StageState.WAITING and not hers.highlighted
    view = processes.load_run(colleague, run_id)
    assert view.results == [] and "ждёт выполнения задачи" in view.refusal
    with pytest.raises(MoveDenied):
        processes.move(colleague, run_id, view.definition.results_of(view.run.stage_id)[0].id,
                       view.run.row_version, MONDAY + timedelta(hours=2))
    task_svc.transition(colleague, task.id, Status.CLOSED)
    view = processes.load_run(colleague, run_id)
    assert view.run.state == StageState.IN_WORK and view.refusal is None
    processes.move(colleague, run_id, _results(view)["Виноваты мы"], view.run.row_version,
                   MONDAY + timedelta(hours=3, minutes=15))

    # the memo: the supervisor gets a reminder and finishes the process
    with db.read() as conn:
        reminder = conn.execute(select(tasks.c.executor_id, tasks.c.process_run_id)
                                .where(tasks.c.executor_id == users["supervisor"])).one()
    assert tuple(reminder) == (users["supervisor"], run_id)
    view = processes.load_run(boss, run_id)
    assert not view.run.waiting and view.run.stage_name == "Докладная руководству"
    processes.move(boss, run_id, _results(view)["Любой результат"], view.run.row_version,
                   MONDAY + timedelta(days=1, hours=4, minutes=15))

    # closed: read-only for everyone, kept in the journal, the protocol says who and how long
    view = processes.load_run(manager, run_id)
    assert view.run.closed and view.run.stage_name == "Конец" and view.results == []
    assert view.delete_refusal == "Закрытый процесс нельзя удалить: его можно только просматривать."
    assert [(e.entry.stage_name, e.entry.result_name, e.who, e.entry.spent_text) for e in view.protocol] == [
        ("Получена рекламация", "Рекламация уместна", "Менеджеров Михаил", "45 мин"),
        ("Анализ рекламации", "Виноваты мы", "Коллегина Ольга", "2 ч 30 мин"),
        ("Докладная руководству", "Любой результат", "Супервизорова Светлана", "1 дн 1 ч")]
    assert [r.id for r in processes.journal(colleague, processes.RunFilter(closed=True))] == [run_id]
    assert processes.journal(colleague, processes.RunFilter(closed=False)) == []

    report = reports.generate(manager, "process-protocol", {"run": str(run_id)})
    try:
        [table] = report.tables()
        rows = [item.values for item in report.table_items(table)]
        text = "\n".join(repr(b) for b in report.blocks)
    finally:
        report.close()
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("Получена рекламация", "Менеджеров Михаил", "45 мин"), ("Анализ рекламации", "Коллегина Ольга", "2 ч 30 мин"),
        ("Докладная руководству", "Супервизорова Светлана", "1 дн 1 ч")]
    assert "Итого в пройденных этапах: 1 дн 4 ч" in text and "ООО «Ромашка»" in text
    # a reader who does not see the client cannot ask for its protocol
    with pytest.raises(reports.ParamError, match="не найден"):
        reports.generate(session_of("specialist"), "process-protocol", {"run": str(run_id)})

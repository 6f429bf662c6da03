"""Audit columns and ID generators of the issue-14 tables, and the manual's sample process
«Обработка рекламации» (domain/processes.sample_reclamation).

The sample's stages are given to the first administrator; a database made before any user
exists (a new database: users come after the migrations) leaves them without a responsible
person, which the process designer asks for before the process can be started."""
from __future__ import annotations

AUDITED = ["PROCESSES", "PROCESS_STAGES", "PROCESS_RESULTS", "PROCESS_RUNS", "FUNNEL_PROFILES", "FUNNEL_STAGES",
           "TARGETS"]


def data(con) -> None:
    from crm_desktop.domain.processes import sample_reclamation

    cur = con.cursor()
    cur.execute("SELECT MIN(U.ID) FROM USERS U JOIN ROLES R ON R.ID = U.ROLE_ID WHERE R.CODE = 'admin' "
                "AND U.IS_DISMISSED = 0")
    admin = cur.fetchone()[0]
    sample = sample_reclamation(admin)
    cur.execute("INSERT INTO PROCESSES (NAME, DESCRIPTION) VALUES (?, ?) RETURNING ID",
                (sample.name, "Образец из руководства: рекламация клиента от получения до докладной руководству."))
    process_id = cur.fetchone()[0]
    stage_ids: dict[int, int] = {}
    for order, stage in enumerate(sample.stages):
        cur.execute("INSERT INTO PROCESS_STAGES (PROCESS_ID, NAME, RESPONSIBLE_ID, IS_START, IS_END, TASK_KIND, "
                    "TASK_TEXT, TASK_DUE_DAYS, SORT_ORDER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ID",
                    (process_id, stage.name, stage.responsible_id, int(stage.is_start), int(stage.is_end),
                     int(stage.task), stage.task_text or None, stage.task_due_days, order))
        stage_ids[stage.id] = cur.fetchone()[0]
    for order, result in enumerate(sample.results):
        cur.execute("INSERT INTO PROCESS_RESULTS (STAGE_ID, NAME, NEXT_STAGE_ID, SORT_ORDER) VALUES (?, ?, ?, ?)",
                    (stage_ids[result.stage_id], result.name, stage_ids[result.next_stage_id], order))

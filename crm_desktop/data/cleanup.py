"""Database cleanup (manual: "Очистка базы данных"; ADM-8): closed tasks older than a cut-off are
deleted with their status history (TASK_HISTORY has no ON DELETE CASCADE, so it goes first, in
the same transaction). A task a business-process run still names as its waiting task is kept."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, and_, delete, exists, func, select

from crm_desktop.data.scope import ACROSS_ALL_CLIENTS
from crm_desktop.data.schema import process_runs, task_history, tasks
from crm_desktop.domain.tasks import Status


def _old_closed(cutoff: datetime):
    return and_(tasks.c.status == int(Status.CLOSED), tasks.c.closed_at.is_not(None), tasks.c.closed_at < cutoff,
                ~exists().where(process_runs.c.waiting_task_id == tasks.c.id))


def count(conn: Connection, cutoff: datetime) -> int:
    stmt = (select(func.count()).select_from(tasks).where(_old_closed(cutoff))
            .execution_options(**ACROSS_ALL_CLIENTS))
    return conn.execute(stmt).scalar_one()


def delete_old(conn: Connection, cutoff: datetime) -> int:
    """Delete them with their history; the number of tasks deleted."""
    doomed = select(tasks.c.id).where(_old_closed(cutoff))
    conn.execute(delete(task_history).where(task_history.c.task_id.in_(doomed)))
    return conn.execute(delete(tasks).where(_old_closed(cutoff))).rowcount

"""ADM-6 «Смена куратора/специалиста» and ADM-8 «Очистка базы данных» on a real Firebird."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, insert, select, update

from crm_desktop.data.schema import clients, task_history, tasks
from crm_desktop.data.schema import users as users_table
from crm_desktop.domain.tasks import Status
from crm_desktop.services import cleanup, reassign, register, users_admin
from crm_desktop.services.reassign import Change
from crm_desktop.services.session import AccessDenied

NOW = datetime(2026, 12, 7, 12, 0)


def add_client(db, name: str, **values) -> int:
    with db.begin() as conn:
        return conn.execute(insert(clients).values(name=name, **values).returning(clients.c.id)).scalar_one()


def people(db, column: str) -> dict[str, int | None]:
    with db.read() as conn:
        return {r[0]: r[1] for r in conn.execute(select(clients.c.name, clients.c[column]))}


def register_rows(session):
    return register.Register(session).first(500)


def test_curator_and_specialist_pass_in_one_go(db, users, session_of) -> None:
    m, m2, sp = users["manager"], users["manager2"], users["specialist"]
    for i in range(5):
        add_client(db, f"К{i}", curator_id=m, specialist_id=sp if i < 3 else None)
    add_client(db, "Чужой", curator_id=m2, specialist_id=sp)
    admin = session_of("admin")
    change = Change(old_curator=m, new_curator=m2, old_specialist=sp, new_specialist=m)
    assert reassign.plan(admin, change) == reassign.Counts(5, 4, 0)
    assert reassign.apply(admin, change) == reassign.Counts(5, 4, 0)
    assert set(people(db, "curator_id").values()) == {m2}
    spec = people(db, "specialist_id")
    assert spec == {"К0": m, "К1": m, "К2": m, "К3": None, "К4": None, "Чужой": m}
    # the new curator sees them at once: their next read of the register
    assert reassign.plan(admin, change) == reassign.Counts(0, 0, 0)


def test_only_curator_changes_when_specialist_left_alone(db, users, session_of) -> None:
    m, m2, sp = users["manager"], users["manager2"], users["specialist"]
    add_client(db, "А", curator_id=m, specialist_id=sp)
    counts = reassign.apply(session_of("admin"), Change(old_curator=m, new_curator=m2))
    assert counts == reassign.Counts(1, 0, 0)
    assert people(db, "specialist_id") == {"А": sp}


def test_a_working_colleagues_private_clients_stay_a_leaving_ones_go_and_stay_private(db, users, session_of) -> None:
    """The administrator does not see another user's private clients. While their curator
    works they stay with them (the plan counts them, on a server too, through the procedure);
    once the curator is dismissed the change hands them over, still private, and the new
    curator sees them — nobody else does."""
    m, m2 = users["manager"], users["manager2"]
    add_client(db, "Открытый", curator_id=m)
    add_client(db, "Приватный", curator_id=m, is_private=1)
    admin = session_of("admin")
    change = Change(old_curator=m, new_curator=m2)
    assert reassign.plan(admin, change) == reassign.Counts(1, 0, private_left=1)
    assert reassign.apply(admin, change) == reassign.Counts(1, 0, private_left=1)
    assert people(db, "curator_id") == {"Открытый": m2, "Приватный": m}
    with db.begin() as conn:
        conn.execute(update(users_table).where(users_table.c.id == m).values(is_dismissed=1, is_disabled=1))
    back = Change(old_curator=m2, new_curator=m)
    with pytest.raises(ValueError, match="уволен"):
        reassign.apply(admin, back)                        # nothing goes to a leaving employee
    assert reassign.plan(admin, change) == reassign.Counts(1, 0, private_moved=1)
    assert reassign.apply(admin, change) == reassign.Counts(1, 0, private_moved=1)
    with db.read() as conn:
        rows = conn.execute(select(clients.c.name, clients.c.curator_id, clients.c.is_private)).all()
    assert sorted(tuple(r) for r in rows) == [("Открытый", m2, 0), ("Приватный", m2, 1)]
    assert "Приватный" in {r.name for r in register_rows(session_of("manager2"))}
    assert "Приватный" not in {r.name for r in register_rows(admin)}


def test_administrators_own_private_clients_go_and_stay_private(db, users, session_of) -> None:
    a, m2 = users["admin"], users["manager2"]
    add_client(db, "Мой приватный", curator_id=a, is_private=1)
    assert reassign.apply(session_of("admin"), Change(old_curator=a, new_curator=m2)).curator == 1
    with db.read() as conn:
        row = conn.execute(select(clients.c.curator_id, clients.c.is_private)).one()
    assert tuple(row) == (m2, 1)


@pytest.mark.parametrize("who", ["supervisor", "manager", "specialist"])
def test_only_administrators_reassign_and_clean(db, users, session_of, who) -> None:
    add_client(db, "А", curator_id=users["manager"])
    s = session_of(who)
    change = Change(old_curator=users["manager"], new_curator=users["manager2"])
    for call in (lambda: reassign.plan(s, change), lambda: reassign.apply(s, change), lambda: reassign.users(s),
                 lambda: cleanup.count(s, 12), lambda: cleanup.purge(s, 12)):
        with pytest.raises(AccessDenied, match="администратор"):
            call()
    assert people(db, "curator_id") == {"А": users["manager"]}


def test_dismissed_new_user_is_refused_and_nothing_changes(db, users, session_of) -> None:
    """The curator's UPDATE runs first; the specialist's target is dismissed: the whole
    transaction is refused, the curators stay as they were."""
    m, m2, sp = users["manager"], users["manager2"], users["specialist"]
    add_client(db, "А", curator_id=m, specialist_id=sp)
    admin = session_of("admin")
    users_admin.dismiss(admin, m2)
    assert users_admin.load(admin, m2).is_disabled      # dismissing disables the account
    with pytest.raises(ValueError, match="уволен"):
        reassign.apply(admin, Change(old_curator=m, new_curator=sp, old_specialist=sp, new_specialist=m2))
    assert people(db, "curator_id") == {"А": m}
    assert people(db, "specialist_id") == {"А": sp}


def test_half_given_pair_is_refused(db, users, session_of) -> None:
    admin = session_of("admin")
    with pytest.raises(ValueError, match="нового куратора"):
        reassign.plan(admin, Change(old_curator=users["manager"]))
    with pytest.raises(ValueError, match="различаться"):
        reassign.plan(admin, Change())


def add_task(db, user: int, status: Status, closed_at: datetime | None, history: int = 0) -> int:
    with db.begin() as conn:
        task_id = conn.execute(insert(tasks).values(
            task_kind=1, setter_id=user, executor_id=user, set_at=NOW - timedelta(days=800),
            start_at=NOW - timedelta(days=800), duration_min=30, body="Звонок", status=int(status),
            closed_at=closed_at).returning(tasks.c.id)).scalar_one()
        for _ in range(history):
            conn.execute(insert(task_history).values(task_id=task_id, changed_at=NOW, user_id=user,
                                                     old_status=1, new_status=int(status)))
    return task_id


def test_cleanup_deletes_old_closed_tasks_with_history(db, users, session_of) -> None:
    m = users["manager"]
    old = [add_task(db, m, Status.CLOSED, NOW - timedelta(days=400), history=2) for _ in range(3)]
    recent = add_task(db, m, Status.CLOSED, NOW - timedelta(days=100), history=1)
    open_old = add_task(db, m, Status.COMPLETED, None, history=1)
    admin = session_of("admin")
    assert cleanup.count(admin, 12, NOW) == 3
    assert cleanup.count(admin, 3, NOW) == 4
    assert cleanup.purge(admin, 12, NOW) == 3
    with db.read() as conn:
        left = set(conn.execute(select(tasks.c.id)).scalars())
        history = conn.execute(select(func.count()).select_from(task_history)).scalar_one()
    assert left == {recent, open_old} and not left & set(old)
    assert history == 2
    assert cleanup.count(admin, 12, NOW) == 0


def test_cleanup_cutoff_months() -> None:
    assert cleanup.cutoff(12, datetime(2026, 3, 31)) == datetime(2025, 3, 31)
    assert cleanup.cutoff(1, datetime(2026, 3, 31)) == datetime(2026, 2, 28)
    with pytest.raises(ValueError):
        cleanup.cutoff(0)

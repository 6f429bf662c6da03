"""Users administration through the services, checked in Firebird (ADM-1, ADM-2, ADM-3)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, update

from crm_desktop.data import company
from crm_desktop.data.schema import clients, user_permissions
from crm_desktop.data.schema import users as users_table
from crm_desktop.data.errors import WrongCredentials
from crm_desktop.domain.concurrency import ConcurrentEdit
from crm_desktop.domain.passwords import verify_password
from crm_desktop.domain.permissions import Permission
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import users_admin, workstations
from crm_desktop.services.auth import login
from crm_desktop.services.session import AccessDenied
from crm_desktop.services.users_admin import UserCard, UserInUse


def _new(**kw) -> UserCard:
    base = dict(login="petrov", full_name="Петров Пётр", password="pass1", role="manager")
    return UserCard(**{**base, **kw})


def test_admin_creates_user_who_can_log_in(db, session_of):
    admin = session_of("admin")
    with db.begin() as conn:
        dept = company.add_department(conn, "Отдел продаж")
        pos = company.add_position(conn, dept, "Менеджер")
    saved = users_admin.save(admin, _new(department_id=dept, position_id=pos, invoice_prefix="ПП",
                                         work_email="Petrov@Firma.RU", mobile_phone="+7 903 123-45-67",
                                         client_access=2, extra_permissions=frozenset({Permission.PRIVATE_CLIENTS})))
    with db.read() as conn:
        row = conn.execute(select(users_table).where(users_table.c.id == saved.id)).one()._mapping
        extra = set(conn.execute(select(user_permissions.c.perm_code)
                                 .where(user_permissions.c.user_id == saved.id)).scalars())
    assert (row["department_id"], row["position_id"], row["invoice_prefix"]) == (dept, pos, "ПП")
    assert row["work_email"] == "Petrov@firma.ru" and row["client_access"] == 2
    if db.address.embedded:
        assert verify_password(row["password_hash"], "pass1")
    else:                                       # on a server Firebird keeps the password
        assert row["password_hash"] == ""
    assert extra == {"private_clients"}
    session = login(db, "PETROV", "pass1")
    assert session.rights.can(Permission.PRIVATE_CLIENTS)


def test_base_rights_of_role_are_not_stored_as_extra(db, session_of):
    extra = frozenset({Permission.MANAGE_USERS, Permission.PRIVATE_CLIENTS})
    saved = users_admin.save(session_of("admin"), _new(role="admin", extra_permissions=extra))
    assert saved.extra_permissions == frozenset({Permission.PRIVATE_CLIENTS})


def test_login_is_unique_case_insensitively(db, session_of):
    with pytest.raises(ValueError, match="Логин «Manager» уже занят"):
        users_admin.save(session_of("admin"), _new(login="Manager"))


def test_new_user_needs_password_and_valid_email(db, session_of):
    with pytest.raises(ValidationError) as err:
        users_admin.save(session_of("admin"), _new(password=None, work_email="not-an-email"))
    assert {e.field for e in err.value.errors} == {"password", "work_email"}


def test_non_admin_cannot_manage_users(db, session_of):
    with pytest.raises(AccessDenied, match="Нет прав: «Управлять пользователями и их правами»"):
        users_admin.list_users(session_of("supervisor"))


def test_user_holding_the_permission_manages_users_and_sees_who_works(db, session_of, users):
    """A supervisor given «Управлять пользователями…» in the card works as the administrator does."""
    admin = session_of("admin")
    card = users_admin.load(admin, users["supervisor"])
    users_admin.save(admin, replace(card, extra_permissions=frozenset({Permission.MANAGE_USERS})))
    supervisor = session_of("supervisor")
    assert "Менеджеров Михаил" in [u.full_name for u in users_admin.list_users(supervisor)]
    saved = users_admin.save(supervisor, _new())
    assert users_admin.load(supervisor, saved.id).login == "petrov"
    assert workstations.active(supervisor) == []


def test_last_admin_cannot_be_demoted_or_dismissed(db, session_of, users):
    admin = session_of("admin")
    other = users_admin.save(admin, _new(login="boss", role="admin"))
    users_admin.save(admin, replace(users_admin.load(admin, other.id), is_disabled=True))
    with pytest.raises(ValueError, match="последний действующий администратор"):
        users_admin.save(admin, replace(users_admin.load(admin, users["admin"]), role="manager"))
    # the only active admin left is "admin": another admin must not take it away
    boss = replace(users_admin.load(admin, other.id), is_disabled=False, password="boss1")
    users_admin.save(admin, boss)
    boss_session = login(db, "boss", "boss1")
    users_admin.save(boss_session, replace(users_admin.load(admin, users["admin"]), is_dismissed=True))
    if db.address.embedded:
        with pytest.raises(ValueError, match="последний действующий администратор"):
            users_admin.delete(admin, other.id)
    else:       # on a server Firebird itself no longer lets the dismissed administrator manage users
        with pytest.raises(WrongCredentials):
            users_admin.delete(admin, other.id)


def test_admin_cannot_disable_self(db, session_of, users):
    admin = session_of("admin")
    users_admin.save(admin, _new(login="boss", role="admin"))
    with pytest.raises(ValueError, match="собственную"):
        users_admin.save(admin, replace(users_admin.load(admin, users["admin"]), is_disabled=True))


def test_save_reports_colleague_edit(db, session_of, users):
    admin = session_of("admin")
    card = users_admin.load(admin, users["manager"])
    db.set_app_user(users["supervisor"])                # a colleague on another workstation
    with db.begin() as conn:
        conn.execute(update(users_table).where(users_table.c.id == users["manager"]).values(invoice_prefix="X"))
    db.set_app_user(users["admin"])
    with pytest.raises(ConcurrentEdit, match="запись изменена пользователем Супервизорова Светлана"):
        users_admin.save(admin, replace(card, full_name="Новое Имя"))
    with db.read() as conn:
        assert conn.execute(select(users_table.c.full_name).where(users_table.c.id == users["manager"])).scalar() \
            == "Менеджеров Михаил"


def test_user_with_clients_is_dismissed_not_deleted(db, session_of, users):
    admin = session_of("admin")
    with db.begin() as conn:
        conn.execute(clients.insert().values(code=1, name="ООО Ромашка", curator_id=users["manager2"]))
    with pytest.raises(UserInUse, match="клиенты \\(1\\)"):
        users_admin.delete(admin, users["manager2"])
    users_admin.dismiss(admin, users["manager2"])
    users_admin.delete(admin, users["specialist"])
    rows = {r.login: r for r in users_admin.list_users(admin)}
    assert rows["manager2"].is_dismissed and "specialist" not in rows

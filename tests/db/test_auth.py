"""Login and first-run wizard against Firebird (PLAT-5)."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from crm_desktop.data import company
from crm_desktop.domain.access import Role
from crm_desktop.domain.passwords import hash_password
from crm_desktop.domain.permissions import Permission
from crm_desktop.services import auth
from tests.conftest import PASSWORD


def _wizard(**over) -> auth.FirstRun:
    values = dict(org_short_name="ООО «Ромашка»", org_full_name="", inn="7707083893", kpp="773601001",
                  legal_address="Москва", phone="", bank_name="ПАО Сбербанк", bik="044525225",
                  corr_account="30101810400000000225", account="40702810938000000001",
                  admin_login="boss", admin_full_name="Начальников Борис", admin_password="s3cret!",
                  admin_password_again="s3cret!")
    values.update(over)
    return auth.FirstRun(**values)


def test_first_run_creates_organisation_account_and_admin(db) -> None:
    assert auth.needs_first_run(db)
    auth.complete_first_run(db, _wizard())
    assert not auth.needs_first_run(db)
    session = auth.login(db, "BOSS", "s3cret!")
    assert session.rights.role is Role.ADMIN and session.user.full_name == "Начальников Борис"
    with db.read() as conn:
        row = conn.execute(text("SELECT L.SHORT_NAME, B.ACCOUNT_NO, L.IS_DEFAULT FROM LEGAL_ENTITIES L "
                                "JOIN BANK_ACCOUNTS B ON B.LEGAL_ENTITY_ID = L.ID")).one()
    assert tuple(row) == ("ООО «Ромашка»", "40702810938000000001", 1)
    with pytest.raises(ValueError, match="уже пройден"):
        auth.complete_first_run(db, _wizard(admin_login="second"))


@pytest.mark.parametrize("field, value, message", [
    ("inn", "7707083890", "контрольн"), ("account", "40702810938000000002", "не соответствует БИК"),
    ("admin_password_again", "other!!", "не совпадают"), ("admin_password", "123", "не короче"),
    ("org_short_name", " ", "наименование"),
])
def test_wizard_refuses_bad_input_and_writes_nothing(db, field, value, message) -> None:
    with pytest.raises(ValueError, match=message):
        auth.complete_first_run(db, _wizard(**{field: value}))
    assert auth.needs_first_run(db)
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM LEGAL_ENTITIES")).scalar_one() == 0


def test_login_failures_say_exactly_what(db, users) -> None:
    # a server does not tell a wrong password from an unknown login (nor should it)
    wrong, unknown = ("^Неверный пароль.$", "не найден") if db.address.embedded else ("^Неверный логин или пароль",) * 2
    with pytest.raises(auth.LoginFailed, match=wrong):
        auth.login(db, "manager", "wrong")
    with pytest.raises(auth.LoginFailed, match=unknown):
        auth.login(db, "nobody", PASSWORD)
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET IS_DISABLED = 1 WHERE LOGIN = 'manager'"))
        conn.execute(text("UPDATE USERS SET IS_DISMISSED = 1 WHERE LOGIN = 'specialist'"))
    with pytest.raises(auth.LoginFailed, match="отключена"):
        auth.login(db, "manager", PASSWORD)
    with pytest.raises(auth.LoginFailed, match="уволен"):
        auth.login(db, "specialist", PASSWORD)
    assert [login for login, _ in auth.login_choices(db)] == sorted(
        ["admin", "supervisor", "manager2"], key=lambda l: {"admin": "А", "supervisor": "С", "manager2": "К"}[l])


def test_rights_come_from_role_and_extra_permissions(db, users) -> None:
    with db.begin() as conn:
        conn.execute(text("INSERT INTO USER_PERMISSIONS (USER_ID, PERM_CODE) VALUES (:u, 'private_clients')"),
                     {"u": users["manager"]})
    manager = auth.login(db, "manager", PASSWORD).rights
    assert manager.can(Permission.PRIVATE_CLIENTS) and not manager.can(Permission.MANAGE_USERS)
    assert auth.login(db, "admin", PASSWORD).rights.can(Permission.MANAGE_USERS)


def test_audit_columns_name_the_logged_in_user(db, users) -> None:
    session = auth.login(db, "admin", PASSWORD)       # departments are the user administrator's
    with session.db.begin() as conn:
        dept = company.add_department(conn, "Склад")
    with db.read() as conn:
        row = conn.execute(text("SELECT CREATED_BY, ROW_VERSION FROM DEPARTMENTS WHERE ID = :i"), {"i": dept}).one()
    assert tuple(row) == (users["admin"], 1)


def test_settings_follow_the_user(db, session_of) -> None:
    a = session_of("manager")
    a.set_setting("register.columns", ["code", "name"])
    assert session_of("manager").setting("register.columns") == ["code", "name"]
    assert session_of("manager2").setting("register.columns", "default") == "default"
    a.set_setting("register.columns", ["name"])
    assert a.setting("register.columns") == ["name"]
    a.reset_setting("register.columns")
    assert a.setting("register.columns") is None


def test_password_hash_is_not_the_password(db, users) -> None:
    with db.read() as conn:
        stored = conn.execute(text("SELECT PASSWORD_HASH FROM USERS WHERE LOGIN = 'admin'")).scalar_one()
    assert PASSWORD not in stored and stored.startswith("$argon2id$")
    assert hash_password(PASSWORD) != stored

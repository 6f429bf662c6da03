"""Database-enforced access (issue 10): with a manager's Firebird password and a plain fdb
connection, no CRM code in between, Firebird itself shows no more than the program and refuses
what the manager may not do. Server only: in embedded mode the file is not protected."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import fdb
import pytest
from sqlalchemy import insert

from crm_desktop.data import privileges
from crm_desktop.data.schema import metadata, user_permissions
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.services import clients, events
from tests.conftest import PASSWORD, SERVER

server_only = pytest.mark.skipif(not SERVER, reason="Firebird users and grants exist on a server only")


def test_every_table_declares_who_writes_it() -> None:
    """A table added to the schema without a line in privileges.WRITERS fails here."""
    missing = sorted(t.name for t in metadata.tables.values() if t not in privileges.WRITERS)
    assert not missing, f"declare in data/privileges.py who writes: {missing}"


def _card(session, name: str, private: bool = False) -> int:
    card = clients.new_card(session, ClientKind.COMPANY)
    card.values.update(name=name, is_private=private, notes=f"заметка {name}")
    card.records["contact_person"] = [{"surname": f"{name}ов", "first_name": "Иван"}]
    card = clients.save_card(session, card)
    event = events.new_event(session, card.id)
    event.event_type_id = 1
    event.description = f"Звонок {name}"
    events.save_event(session, event)
    return card.id


@pytest.fixture
def office(db, users, session_of) -> SimpleNamespace:
    """The manager's own client; a private client of a colleague; a supervisor's client the
    manager's access mode («только свои») hides."""
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=users["manager2"], perm_code="private_clients"))
    return SimpleNamespace(own=_card(session_of("manager"), "Свойкорп"),
                           private=_card(session_of("manager2"), "Приватмарк", private=True),
                           hidden=_card(session_of("supervisor"), "Чужпром"))


def _attach(db, login: str, role: str | None = None) -> fdb.Connection:
    return fdb.connect(dsn=db.address.dsn, user=login, password=PASSWORD, role=role, charset="UTF8")


def _relations(con: fdb.Connection) -> list[str]:
    cur = con.cursor()
    cur.execute("SELECT TRIM(RDB$RELATION_NAME) FROM RDB$RELATIONS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 "
                "ORDER BY 1")
    return [r[0] for r in cur.fetchall()]


def _refused(con: fdb.Connection, sql: str, params: tuple = ()) -> bool:
    """Refused when executing or committing it fails (user management is checked at commit)."""
    cur = con.cursor()
    try:
        cur.execute(sql, params)
        if cur.description:
            cur.fetchall()
        con.commit()
        return False
    except fdb.DatabaseError:
        con.rollback()
        return True


@server_only
def test_a_manager_reads_with_sql_no_more_than_the_program_shows(db, office) -> None:
    con = _attach(db, "manager", "CRM_MANAGER")
    try:
        cur = con.cursor()
        seen: dict[str, list] = {}
        for name in _relations(con):
            try:
                cur.execute(f"SELECT * FROM {name}")
            except fdb.DatabaseError as exc:
                assert "no permission" in str(exc).lower(), (name, exc)
                continue
            columns = [d[0] for d in cur.description]
            rows = cur.fetchall()
            seen[name] = rows
            assert "PASSWORD_HASH" not in columns, f"{name} shows password hashes"
            text = repr(rows)
            for foreign in ("Приватмарк", "Чужпром"):
                assert foreign not in text, f"{name} shows {foreign}"
            for key in ("CLIENT_ID", "ID" if name == "CLIENTS_V" else None):
                if key in columns:
                    ids = {r[columns.index(key)] for r in rows}
                    assert not ids & {office.private, office.hidden}, f"{name} shows a hidden client"
        # the views are what the manager reads, and they do show the manager's own client
        assert any(r[0] == office.own for r in seen["CLIENTS_V"])
        assert "Свойкорп" in repr(seen["EVENTS_V"])
        # base tables of client data and USERS are not readable at all
        for table in ("CLIENTS", "CONTACTS", "EVENTS", "TASKS", "PHONE_INDEX", "USERS", "CLIENT_ACCESS"):
            assert table not in seen, f"{table} is readable directly"
        assert "USERS_V" in seen and "SETTINGS" in seen
    finally:
        con.close()


@server_only
def test_firebird_refuses_what_the_manager_may_not_do(db, office, users) -> None:
    con = _attach(db, "manager", "CRM_MANAGER")
    try:
        cur = con.cursor()
        cur.execute("UPDATE CLIENTS_V SET IS_PRIVATE = 0, NAME = 'взлом' WHERE ID IN (?, ?)",
                    (office.private, office.hidden))
        assert cur.rowcount == 0        # rows the view hides cannot be changed through it
        con.rollback()
        refused = {
            "update base table": "UPDATE CLIENTS SET IS_PRIVATE = 0",
            "delete base table": "DELETE FROM EVENTS",
            "delete a client (no «Удалять клиентов»)": f"DELETE FROM CLIENTS_V WHERE ID = {office.own}",
            "make oneself administrator": f"UPDATE USERS_V SET ROLE_ID = 1 WHERE ID = {users['manager']}",
            "widen own access mode": f"UPDATE USERS_V SET CLIENT_ACCESS = 4 WHERE ID = {users['manager']}",
            "grant oneself a permission": "INSERT INTO USER_PERMISSIONS (USER_ID, PERM_CODE) VALUES "
                                          f"({users['manager']}, 'delete_clients')",
            "edit a dictionary": "UPDATE EVENT_TYPES SET NAME = 'x'",
            "change the schema version": "DELETE FROM DB_VERSION",
            "DDL": "CREATE TABLE X (I INTEGER)",
            "drop a view": "DROP VIEW CLIENTS_V",
            "grant oneself the administrator's role": "GRANT CRM_ADMIN TO MANAGER",
            "grant oneself RDB$ADMIN": "GRANT RDB$ADMIN TO MANAGER",
            "create a Firebird user": "CREATE USER INTRUDER PASSWORD 'x'",
            "change another user's password": "ALTER USER ADMIN PASSWORD 'x'",
            "read password hashes": "SELECT PASSWORD_HASH FROM USERS",
        }
        allowed = [what for what, sql in refused.items() if not _refused(con, sql)]
        assert not allowed, f"Firebird allowed the manager to: {allowed}"
        # the manager's daily work is allowed: own client's data through the views
        cur.execute("UPDATE CLIENTS_V SET PHONE = '+7 900 000-00-00' WHERE ID = ?", (office.own,))
        assert cur.rowcount == 1
        con.rollback()
    finally:
        con.close()
    # a role the user was not granted is not taken at all
    con = _attach(db, "manager", "CRM_ADMIN")
    try:
        cur = con.cursor()
        cur.execute("SELECT CURRENT_ROLE FROM RDB$DATABASE")
        assert cur.fetchone()[0].strip() == "NONE"
        assert _refused(con, "SELECT * FROM CLIENTS_V")
    finally:
        con.close()


@server_only
def test_an_administrator_with_sql_still_does_not_see_others_private_clients(db, office) -> None:
    """The program hides another curator's private client from administrators too; so do the
    views an administrator's workstation reads through (RDB$ADMIN, kept for managing users,
    is the server's own power and is not used for data)."""
    con = _attach(db, "admin", "CRM_ADMIN")
    try:
        cur = con.cursor()
        cur.execute("SELECT ID FROM CLIENTS_V")
        ids = {r[0] for r in cur.fetchall()}
        assert office.own in ids and office.hidden in ids and office.private not in ids
    finally:
        con.close()


def accepted(db, login: str, password: str) -> bool:
    """Does Firebird let this login attach at all?"""
    try:
        fdb.connect(dsn=db.address.dsn, user=login, password=password, charset="UTF8").close()
        return True
    except fdb.DatabaseError:
        return False


@server_only
def test_user_administration_changes_what_firebird_accepts(db, session_of, users) -> None:
    from crm_desktop.services import users_admin
    from crm_desktop.services.auth import LoginFailed, login
    from crm_desktop.services.users_admin import UserCard
    admin = session_of("admin")
    assert admin.db.protected          # the administrator's workstation works as its own Firebird user
    card = users_admin.save(admin, UserCard(login="novikov", full_name="Новиков Н", password="first1",
                                            role="manager"))
    assert accepted(db, "novikov", "first1")
    assert login(db, "novikov", "first1").db.protected
    card = users_admin.save(admin, replace(users_admin.load(admin, card.id), password="second2"))
    assert not accepted(db, "novikov", "first1") and accepted(db, "novikov", "second2")
    card = users_admin.save(admin, replace(users_admin.load(admin, card.id), is_disabled=True))
    assert not accepted(db, "novikov", "second2")
    with pytest.raises(LoginFailed):
        login(db, "novikov", "second2")
    card = users_admin.save(admin, replace(users_admin.load(admin, card.id), is_disabled=False))
    assert accepted(db, "novikov", "second2")
    with pytest.raises(ValueError, match="пароль"):      # Firebird cannot rename: a new password is needed
        users_admin.save(admin, replace(users_admin.load(admin, card.id), login="novikova"))
    assert accepted(db, "novikov", "second2")           # the refused rename changed nothing
    users_admin.save(admin, replace(users_admin.load(admin, card.id), login="novikova", password="third3"))
    assert not accepted(db, "novikov", "second2") and accepted(db, "novikova", "third3")
    promoted = users_admin.save(admin, replace(users_admin.load(admin, card.id), role="admin"))
    con = fdb.connect(dsn=db.address.dsn, user="novikova", password="third3", role="CRM_ADMIN", charset="UTF8")
    cur = con.cursor()
    cur.execute("SELECT CURRENT_ROLE FROM RDB$DATABASE")
    assert cur.fetchone()[0].strip() == "CRM_ADMIN"
    con.close()
    users_admin.delete(admin, promoted.id)
    assert not accepted(db, "novikova", "third3")


@server_only
def test_upgrading_a_version_3_database_issues_temporary_passwords(backend, cli, capsys, tmp_path) -> None:
    """How an office moves an existing server database to the scheme: `crm-admin upgrade`
    makes the Firebird users with temporary passwords, each changed at the first login."""
    from crm_desktop.data import company
    from crm_desktop.data.database import Database
    from crm_desktop.domain.passwords import hash_password
    from crm_desktop.services import auth
    address = backend.new_address("v3")
    admin_login, manager_login = f"lebedev{backend.run_id}", f"zaytseva{backend.run_id}"   # users are server-wide
    assert cli("create", str(address), "--version", "3") == 0
    db = Database(address, backend.credentials())
    try:
        with db.begin() as conn:
            roles = company.role_ids(conn)
            for login, role in ((admin_login, "admin"), (manager_login, "manager")):
                company.add_user(conn, login=login, password_hash=hash_password("old-pass"), full_name=login,
                                 role_id=roles[role], client_access=1)
        capsys.readouterr()
        assert cli("upgrade", str(address), "--backup", str(tmp_path / "v3.fbk")) == 0
        out = capsys.readouterr().out
        issued = dict(line.strip().split(": ") for line in out.splitlines() if line.startswith("  "))
        assert set(issued) == {admin_login, manager_login}
        assert not accepted(db, manager_login, "old-pass")      # the program's old hash opens nothing
        session = auth.login(db, manager_login, issued[manager_login])
        assert session.db.protected and auth.must_change_password(session)
        with pytest.raises(ValueError, match="не совпадают"):
            auth.change_own_password(session, "new-pass1", "new-pass2")
        auth.change_own_password(session, "new-pass1", "new-pass1")
        assert not accepted(db, manager_login, issued[manager_login])
        session.set_setting("after.change", 1)       # the session goes on with the new password
        again = auth.login(db, manager_login, "new-pass1")
        assert not auth.must_change_password(again)
        con = fdb.connect(dsn=address.dsn, user=manager_login, password="new-pass1", role="CRM_MANAGER",
                          charset="UTF8")
        assert _refused(con, "SELECT * FROM CLIENTS") and not _refused(con, "SELECT * FROM CLIENTS_V")
        con.close()
    finally:
        db.dispose()

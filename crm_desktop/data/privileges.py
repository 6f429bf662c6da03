"""What the database itself lets each CRM user do (ADM-1, ADM-2, ADM-3, SEC-3): one declaration
of every table's privileges, applied by the migration runner after each upgrade (and by
`crm-admin users sync`), so a table added later cannot be forgotten (tests/db/test_privileges.py
fails for a table that is not declared here).

On a Firebird server every CRM user is a Firebird user of the same name (upper case) holding the
SQL role of its CRM role. Ordinary users have no privileges on the tables that hold client
data: they read and write them through access views `<TABLE>_V` whose WHERE is data/scope.py's
condition with the viewer taken from CURRENT_USER; USERS is read through USERS_V, which has no
password column. A workstation connected as a CRM user compiles its statements against the
views (data/database.py), so the data layer's code is the same in both modes.

Writes a permission guards (dictionaries, users and rights, deleting clients) are granted to
the roles whose base rights hold the permission and to the users who hold it as an extra
permission; everything else users touch in their daily work every role may write.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import fdb
from sqlalchemy import Table, select
from sqlalchemy.dialects import registry

from crm_desktop.data import scope
from crm_desktop.data.schema import (active_sessions, bank_accounts, cash_desks, cities, classifier_values,
                                     classifiers, clients, contract_types, db_version, departments, directions,
                                     discount_tiers, doc_counters, event_types, legal_entities, metadata,
                                     nomenclature, nomenclature_groups, permissions, planner_cases,
                                     planner_topics, positions, regions, role_permissions, roles, sales_stages,
                                     settings, special_offers, tariffs, todos, units, user_permissions,
                                     user_settings, users, vat_rates, warehouses, specifications, spec_lines,
                                     wh_postings, wh_posting_lines, wh_reserves, wh_moves, wh_balances,
                                     wh_totals, wh_state, cash_balances, cash_moves, processes, process_stages,
                                     process_results, funnel_profiles, funnel_stages, targets, target_plans)
from crm_desktop.domain.access import Role
from crm_desktop.domain.permissions import Permission

SQL_ROLE = {Role.ADMIN: "CRM_ADMIN", Role.SUPERVISOR: "CRM_SUPERVISOR",
            Role.MANAGER: "CRM_MANAGER", Role.SPECIALIST: "CRM_SPECIALIST"}
READ_ONLY = "read only"     # nobody writes it through a workstation
DAILY = "daily"             # every role writes it

# table -> who writes it: READ_ONLY, DAILY or the permission that guards writing
WRITERS: dict[Table, str | Permission] = {
    db_version: READ_ONLY,
    settings: DAILY,             # login serialisation and workstation preferences
    todos: DAILY, active_sessions: DAILY, user_settings: DAILY,
    planner_topics: DAILY, planner_cases: DAILY,
    users: Permission.MANAGE_USERS, roles: Permission.MANAGE_USERS, permissions: Permission.MANAGE_USERS,
    role_permissions: Permission.MANAGE_USERS, user_permissions: Permission.MANAGE_USERS,
    departments: Permission.MANAGE_USERS, positions: Permission.MANAGE_USERS,
    **{t: Permission.EDIT_DICTIONARIES for t in (directions, legal_entities, bank_accounts, regions, cities,
                                                 event_types, classifiers, classifier_values, sales_stages,
                                                 cash_desks, discount_tiers, contract_types, tariffs,
                                                 vat_rates)},
    **{t: Permission.EDIT_NOMENCLATURE for t in (nomenclature_groups, nomenclature, units)},
    doc_counters: DAILY,         # every document's number is drawn under its row's lock
    **{t: DAILY for t in metadata.tables.values() if scope.is_client_data(t)},
    special_offers: Permission.EDIT_DICTIONARIES,     # "Администрирование – Система спец. предложений"
    warehouses: Permission.EDIT_DICTIONARIES,
    **{t: Permission.EDIT_NOMENCLATURE for t in (specifications, spec_lines)},
    # the registers: every posting writes them (a user who may post may change stock and cash)
    **{t: DAILY for t in (wh_postings, wh_posting_lines, wh_reserves, wh_moves, wh_balances, wh_totals, wh_state,
                          cash_balances, cash_moves)},
    # issue 14: the administrator draws the processes, the funnel profiles and the targets
    # (the runs, their protocol and the sales-stage history are client data, written daily)
    **{t: Permission.EDIT_DICTIONARIES for t in (processes, process_stages, process_results, funnel_profiles,
                                                 funnel_stages, targets, target_plans)},
}
# a privilege a permission guards on a table every role otherwise writes
GUARDED_PRIVILEGE = {(clients, "DELETE"): Permission.DELETE_CLIENTS}
HIDDEN_COLUMNS = {users: ("password_hash",)}     # never readable by a CRM user
# columns everyone may update whatever guards the table: the flag a user clears on setting
# their own password at the first login
EVERYONE_UPDATES = {users: ("must_change_password",)}

# procedures that act beyond the access views, and the roles that may run them: the leaving
# employee's private clients handed over by the administrator (db/migrations/0009)
EXECUTORS: dict[str, tuple[Role, ...]] = {"CRM_HAND_OVER_PRIVATE": (Role.ADMIN,)}

_FB_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_$]{0,30}$")


class BadLogin(ValueError):
    """A login that cannot be a Firebird user name."""


def view_name(table: Table) -> str | None:
    """The access view a CRM user reads `table` through, None when it reads the table."""
    if scope.is_client_data(table) or table in HIDDEN_COLUMNS:
        return f"{table.name.upper()}_V"
    return None


VIEW_OF = {t.name: name for t in metadata.tables.values() if (name := view_name(t))}


def _q(name: str) -> str:
    """A user name in DDL: quoted, as logins may be SQL words (ADMIN)."""
    return f'"{name}"'


def fb_user(login: str) -> str:
    """The Firebird user of a CRM login: the login in upper case (what CURRENT_USER returns)."""
    if not _FB_NAME.match(login):
        raise BadLogin(f"Логин «{login}» не подходит для сервера Firebird: нужны латинские буквы, "
                       "цифры и «_», первая — буква, не длиннее 31 символа.")
    return login.upper()


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _dialect():
    return registry.load("firebird.fdb")()


def view_ddl(table: Table) -> str:
    """CREATE OR ALTER VIEW of the access view of `table` (columns as in the table, rows the
    viewer may see)."""
    hidden = HIDDEN_COLUMNS.get(table, ())
    stmt = select(*[c for c in table.c if c.name not in hidden])
    if scope.is_client_data(table):
        stmt = stmt.where(scope.row_visible(table, table, scope.DB_VIEWER))
    body = str(stmt.compile(dialect=_dialect(), compile_kwargs={"literal_binds": True}))
    return f"CREATE OR ALTER VIEW {view_name(table)} AS {body}"


def _role_rights(con: fdb.Connection) -> dict[str, set[Permission]]:
    cur = con.cursor()
    cur.execute("SELECT R.CODE, RP.PERM_CODE FROM ROLES R JOIN ROLE_PERMISSIONS RP ON RP.ROLE_ID = R.ID")
    rights: dict[str, set[Permission]] = {role: set() for role in SQL_ROLE.values()}
    for code, perm in cur.fetchall():
        if Role(code) in SQL_ROLE:
            rights[SQL_ROLE[Role(code)]].add(Permission(perm))
    rights[SQL_ROLE[Role.ADMIN]] = set(Permission)
    return rights


def privileges(table: Table, held: Iterable[Permission], everyday: bool = True) -> list[str]:
    """The privileges on `table` (or its view) of someone holding `held`; `everyday` adds
    SELECT and the daily writes every role has (False for a user's extra grants)."""
    held = set(held)
    writer = WRITERS[table]
    result = ["SELECT"] if everyday else []
    if writer == DAILY and everyday:
        result += ["INSERT", "UPDATE", "DELETE"]
    elif isinstance(writer, Permission) and writer in held:
        result += ["INSERT", "UPDATE", "DELETE"]
    for (guarded, privilege), permission in GUARDED_PRIVILEGE.items():
        if guarded is table and privilege in result and permission not in held:
            result.remove(privilege)
        elif guarded is table and permission in held and privilege not in result:
            result.append(privilege)
    return result


def _object(table: Table) -> str:
    return view_name(table) or table.name.upper()


def grant_statements(grantee: str, held: Iterable[Permission], everyday: bool = True) -> list[str]:
    held = set(held)
    statements = [f"GRANT {', '.join(p)} ON {_object(t)} TO {grantee}"
                  for t in metadata.tables.values() if (p := privileges(t, held, everyday))]
    if everyday:
        statements += [f"GRANT UPDATE ({', '.join(c.upper() for c in columns)}) ON {_object(t)} TO {grantee}"
                       for t, columns in EVERYONE_UPDATES.items() if "UPDATE" not in privileges(t, held)]
    return statements


def _existing(cur: fdb.Cursor, sql: str) -> set[str]:
    cur.execute(sql)
    return {row[0].strip() for row in cur.fetchall()}


def _revoke_all(cur: fdb.Cursor, grantee: str) -> None:
    """Every privilege of `grantee` on tables, views and sequences, object by object (REVOKE
    ALL ON ALL needs the security database, which the embedded engine does not have), each
    as granted by whoever granted it (an administrator revokes what another one granted)."""
    cur.execute("SELECT DISTINCT TRIM(RDB$RELATION_NAME), RDB$OBJECT_TYPE, TRIM(RDB$GRANTOR) "
                "FROM RDB$USER_PRIVILEGES WHERE RDB$USER = ? AND RDB$PRIVILEGE <> 'M' "
                "AND RDB$OBJECT_TYPE IN (0, 14)", (grantee,))
    for name, kind, grantor in cur.fetchall():
        what = f"USAGE ON SEQUENCE {name}" if kind == 14 else f"ALL ON {name}"
        cur.execute(f"REVOKE {what} FROM {_q(grantee)} GRANTED BY {_q(grantor)}")


def drop_views(con: fdb.Connection) -> None:
    """Drop the access views before an upgrade changes the tables under them (apply() makes
    them again with their grants)."""
    cur = con.cursor()
    views = _existing(cur, "SELECT RDB$RELATION_NAME FROM RDB$RELATIONS WHERE RDB$VIEW_BLR IS NOT NULL "
                           "AND COALESCE(RDB$SYSTEM_FLAG, 0) = 0")
    for name in sorted(views & set(VIEW_OF.values())):
        cur.execute(f"DROP VIEW {name}")
    con.commit()


def apply(con: fdb.Connection) -> None:
    """Make the roles and access views and grant what the declaration says; run by the owner
    of the database (SYSDBA or RDB$ADMIN). Idempotent: each role's and user's privileges are
    revoked and granted afresh."""
    cur = con.cursor()
    have = _existing(cur, "SELECT RDB$ROLE_NAME FROM RDB$ROLES")
    for role in SQL_ROLE.values():
        if role not in have:
            cur.execute(f"CREATE ROLE {role}")
    for table in metadata.tables.values():
        if view_name(table):
            cur.execute(view_ddl(table))
    con.commit()
    sequences = sorted(_existing(cur, "SELECT RDB$GENERATOR_NAME FROM RDB$GENERATORS "
                                      "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0"))
    for role, held in _role_rights(con).items():
        _revoke_all(cur, role)
        for stmt in grant_statements(role, held):
            cur.execute(stmt)
        if con.engine_version >= 3.0:
            for sequence in sequences:
                cur.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {role}")
    procedures = _existing(cur, "SELECT RDB$PROCEDURE_NAME FROM RDB$PROCEDURES WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0")
    for procedure, roles in EXECUTORS.items():
        if procedure in procedures:
            for role in roles:
                cur.execute(f"GRANT EXECUTE ON PROCEDURE {procedure} TO {SQL_ROLE[role]}")
    con.commit()
    grant_extras(con)


def _extras(con: fdb.Connection) -> dict[str, set[Permission]]:
    """Firebird user -> the extra permissions of that active CRM user."""
    cur = con.cursor()
    cur.execute("SELECT U.LOGIN, UP.PERM_CODE FROM USERS U JOIN USER_PERMISSIONS UP ON UP.USER_ID = U.ID")
    extras: dict[str, set[Permission]] = {}
    for login, perm in cur.fetchall():
        if _FB_NAME.match(login):
            extras.setdefault(login.upper(), set()).add(Permission(perm))
    return extras


def grant_extras(con: fdb.Connection, login: str | None = None) -> None:
    """Grant users (all, or one login) the writes their extra permissions allow, beyond
    their role's; revoked first, so a permission taken away is taken away in Firebird too."""
    cur = con.cursor()
    extras = _extras(con)
    granted = _existing(cur, "SELECT DISTINCT RDB$USER FROM RDB$USER_PRIVILEGES WHERE RDB$USER_TYPE = 8 "
                             "AND RDB$PRIVILEGE <> 'M' AND RDB$USER NOT IN ('SYSDBA', 'PUBLIC')")
    names = {fb_user(login)} if login else (granted | set(extras))
    for name in sorted(names):
        if name in granted:
            _revoke_all(cur, name)
        for stmt in grant_statements(_q(name), extras.get(name, set()), everyday=False):
            cur.execute(stmt)
    con.commit()


# -- Firebird users of CRM users ------------------------------------------------------------

def user_exists(con: fdb.Connection, login: str) -> bool:
    cur = con.cursor()
    cur.execute("SELECT COUNT(*) FROM SEC$USERS WHERE SEC$USER_NAME = ?", (fb_user(login),))
    return cur.fetchone()[0] > 0


def create_user(con: fdb.Connection, login: str, password: str, role: Role, manages_users: bool) -> None:
    """CREATE USER (or set the password of an existing one) and grant its role; one who
    manages CRM users administers Firebird users too (ADMIN ROLE, RDB$ADMIN). Not committed."""
    name = fb_user(login)
    verb = "ALTER" if user_exists(con, login) else "CREATE"
    cur = con.cursor()
    cur.execute(f"{verb} USER {_q(name)} PASSWORD {literal(password)} ACTIVE")
    set_role(con, login, role, manages_users)


def set_role(con: fdb.Connection, login: str, role: Role, manages_users: bool) -> None:
    name = fb_user(login)
    cur = con.cursor()
    cur.execute(f"ALTER USER {_q(name)} {'GRANT' if manages_users else 'REVOKE'} ADMIN ROLE")
    cur.execute("SELECT TRIM(RDB$RELATION_NAME), TRIM(RDB$GRANTOR) FROM RDB$USER_PRIVILEGES "
                "WHERE RDB$USER = ? AND RDB$PRIVILEGE = 'M'", (name,))
    held = cur.fetchall()
    wanted = {SQL_ROLE[role]} | ({"RDB$ADMIN"} if manages_users else set())
    for old, grantor in held:
        if old not in wanted:
            cur.execute(f"REVOKE {old} FROM {_q(name)} GRANTED BY {_q(grantor)}")
    for new in sorted(wanted - {old for old, _ in held}):
        cur.execute(f"GRANT {new} TO {_q(name)}")


def set_password(con: fdb.Connection, login: str, password: str) -> None:
    con.cursor().execute(f"ALTER USER {_q(fb_user(login))} PASSWORD {literal(password)}")


def set_own_password(con: fdb.Connection, password: str) -> None:
    con.cursor().execute(f"ALTER CURRENT USER SET PASSWORD {literal(password)}")


def set_active(con: fdb.Connection, login: str, active: bool) -> None:
    """A disabled or dismissed CRM user cannot attach at all."""
    if user_exists(con, login):
        con.cursor().execute(f"ALTER USER {_q(fb_user(login))} {'ACTIVE' if active else 'INACTIVE'}")


def drop_user(con: fdb.Connection, login: str) -> None:
    if user_exists(con, login):
        cur = con.cursor()
        _revoke_all(cur, fb_user(login))
        cur.execute(f"DROP USER {_q(fb_user(login))}")


def mark_temporary(con: fdb.Connection, logins: list[str]) -> None:
    """These users must change the password issued to them at their first login."""
    cur = con.cursor()
    for login in logins:
        cur.execute("UPDATE USERS SET MUST_CHANGE_PASSWORD = 1 WHERE LOGIN = ?", (login,))


def role_of(con: fdb.Connection) -> str | None:
    """The CRM role granted to the attachment's user (Firebird 3 has no default roles, so a
    workstation asks before it attaches with the role)."""
    cur = con.cursor()
    cur.execute("SELECT RDB$RELATION_NAME FROM RDB$USER_PRIVILEGES WHERE RDB$USER = CURRENT_USER "
                "AND RDB$PRIVILEGE = 'M' AND RDB$RELATION_NAME STARTING WITH 'CRM_'")
    rows = [r[0].strip() for r in cur.fetchall()]
    return rows[0] if rows else None

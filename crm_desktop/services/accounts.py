"""Firebird accounts of CRM users on a server (ADM-1, SEC-3): every CRM user is a Firebird user
holding the SQL role of its CRM role, and Firebird checks the password at connect time.

`sync` makes the accounts of a database follow its USERS (after an upgrade to the scheme, or a
restore on a server whose security database has none of them); the user administration keeps
them in step as users are created, changed, disabled, dismissed and deleted (`follow`). In
embedded mode a single file opened in-process cannot be protected from whoever can read it:
nothing here applies and the program checks passwords itself, as before.
"""
from __future__ import annotations

import secrets
import string
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


from crm_desktop.data import privileges
from crm_desktop.data import users as users_data
from crm_desktop.data.database import Database
from crm_desktop.data.privileges import BadLogin
from crm_desktop.domain.access import Role

__all__ = ["BadLogin", "Issued", "following", "sync", "temporary_password"]

_ALPHABET = string.ascii_letters + string.digits


@dataclass(frozen=True)
class Issued:
    login: str
    password: str


def temporary_password(length: int = 12) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def applies(db: Database) -> bool:
    """Firebird accounts exist on a server only."""
    return not db.address.embedded


def sync(db: Database, password: str | None = None, reset: bool = False) -> list[Issued]:
    """Create the missing Firebird users (with `password`, else a temporary one the user must
    change at the first login), give every user the role of its CRM role, make disabled and
    dismissed users inactive and grant the extra permissions. `reset` issues new passwords to
    existing users too. Run with the server administrator's credentials. Returns the passwords
    issued, for the administrator to hand out."""
    if not applies(db):
        return []
    issued: list[Issued] = []
    con = db.raw()
    try:
        with db.read() as conn:
            accounts = users_data.accounts(conn)
        for account in accounts:
            new = password or temporary_password()
            if account.active and (reset or password or not privileges.user_exists(con, account.login)):
                privileges.create_user(con, account.login, new, Role(account.role), account.manages_users)
                issued.append(Issued(account.login, new))
            elif privileges.user_exists(con, account.login):
                privileges.set_role(con, account.login, Role(account.role), account.manages_users)
            privileges.set_active(con, account.login, account.active)
        privileges.mark_temporary(con, [] if password else [i.login for i in issued])
        con.commit()
        privileges.grant_extras(con)
    except Exception:
        con.rollback()
        raise
    finally:
        con.close()
    return issued
@contextmanager
def following(db: Database, old_login: str | None, account: users_data.Account | None,
              password: str | None) -> Iterator[None]:
    """Make the Firebird account follow a change of a CRM user that the caller saves inside
    the block: created, renamed (Firebird cannot rename a user: the old one goes and the new
    one needs a password), role, password, disabled or dismissed, deleted (account None). The
    account change commits only after the block, so a refused save changes nothing in Firebird
    either. Runs with the administrator's own credentials in the RDB$ADMIN role."""
    if not applies(db):
        yield
        return
    if account is not None:
        privileges.fb_user(account.login)          # a login Firebird cannot take is refused first
    con = db.raw(role="RDB$ADMIN")
    try:
        renamed = old_login is not None and account is not None and old_login.upper() != account.login.upper()
        if old_login is not None and (account is None or renamed):
            privileges.drop_user(con, old_login)
        if account is not None:
            if password:
                privileges.create_user(con, account.login, password, Role(account.role), account.manages_users)
            elif renamed or not privileges.user_exists(con, account.login):
                raise ValueError("Задайте пароль: на сервере у пользователя ещё нет учётной записи "
                                 "Firebird (при смене логина она создаётся заново).")
            else:
                privileges.set_role(con, account.login, Role(account.role), account.manages_users)
            privileges.set_active(con, account.login, account.active)
        yield
        con.commit()
        if account is not None:
            privileges.grant_extras(con, account.login)
    except BaseException:
        con.rollback()
        raise
    finally:
        con.close()


def change_own_password(db: Database, password: str) -> None:
    """The logged-in user sets a new password (the first login after a temporary one)."""
    con = db.raw()
    try:
        privileges.set_own_password(con, password)
        con.commit()
    finally:
        con.close()
    db.use_password(password)        # the session's next attachments


def regrant(db: Database) -> None:
    """Grant every user the writes of their extra permissions as stored now (after they were
    changed other than through the user administration, e.g. by a script)."""
    if applies(db):
        con = db.raw()
        try:
            privileges.grant_extras(con)
        finally:
            con.close()

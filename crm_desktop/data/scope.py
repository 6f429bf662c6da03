"""The one access scope of client data (manual: "Разграничение доступа, права", "Приватные
клиенты"; ADM-2, ADM-3): the SQL twin of domain.access.can_see, applied by the data layer to
every SELECT a user's session runs, so that no query can forget it.

A session's connections carry the viewer as an execution option; a `before_execute` hook on
every engine (data/database.py) hands each SELECT on as a ScopedSelect, which compiles to the
statement with, for every table in its FROM clause that is CLIENTS, hangs off a client (a
foreign key to CLIENTS.ID: contacts, events, tasks, and the documents and files to come), or
hangs off such a table (TASK_HISTORY through TASKS), the condition that the client is one the
viewer may see. The links are read from the table metadata, so a new table with a CLIENT_ID is
scoped the day it is declared. Scoping when the statement is compiled lets SQLAlchemy's
statement cache keep the scoped SQL under the statement's structure and the viewer: a statement
run again (a keystroke of a search) is neither scoped nor compiled again, and a statement of
another shape or for another viewer is scoped for itself.

Tasks and documents are the exception the manual needs (PARTIES): the setter and the executor
of a task, the manager of a document see it even when the access mode hides its client, unless
the client is somebody else's private one.

The same conditions, with the viewer read from the attachment's CURRENT_USER (DB_VIEWER), are
the WHERE clauses of the access views through which a workstation connected as a CRM user
reads and writes client data (data/privileges.py): the database enforces what this module
applies, so a SQL tool with a manager's password sees no more than the program.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import astuple, dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, Table, and_, exists, literal_column, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.selectable import Alias, Join, Subquery
from sqlalchemy.sql.visitors import InternalTraversal

from crm_desktop.data.schema import (acts, cash_orders, client_access, clients, contracts, invoices, metadata,
                                     orders, payments, process_runs, roles, sales, tasks, users, vat_invoices,
                                     wh_docs, works)
from crm_desktop.domain.access import ClientAccess, Role, UserRights

VIEWER = "crm_viewer"          # the execution option that carries the Viewer
# set on a statement (stmt.execution_options(**ACROSS_ALL_CLIENTS)) that must count across
# every client whatever the user sees, e.g. whether a user still curates anybody; such a
# statement returns numbers, never rows of client data
ACROSS_ALL_CLIENTS = {"crm_across_all_clients": True}


@dataclass(frozen=True)
class Viewer:
    """Who is reading: the user, whether the access mode shows every client's row, and
    whether it opens every client (what the documents of a client need)."""
    user_id: int
    sees_all: bool
    opens_all: bool = False

    @classmethod
    def of(cls, rights: UserRights) -> Viewer:
        return cls(rights.user_id, rights.sees_all_clients,
                   rights.is_admin or rights.effective_access >= ClientAccess.EDIT_ALL_BUT_MAIN)


@dataclass(frozen=True)
class DbViewer:
    """The viewer as the database knows it inside an access view: the CRM user whose login is
    the attachment's CURRENT_USER (Firebird user names are the logins in upper case, LOGIN
    compares case-insensitively), with the access mode from that user's row."""
    user_id: Any
    sees_all: Any
    opens_all: Any


def _db_viewer() -> DbViewer:
    me = users.c.login == literal_column("CURRENT_USER")
    user_id = select(users.c.id).where(me).scalar_subquery()

    def mode_at_least(access: ClientAccess) -> Any:
        return exists(select(users.c.id).join(roles, roles.c.id == users.c.role_id).where(
            me, or_(roles.c.code == Role.ADMIN.value, users.c.client_access >= int(access))))
    return DbViewer(user_id, mode_at_least(ClientAccess.SEE_ALL_OPEN_OWN), mode_at_least(ClientAccess.EDIT_ALL_BUT_MAIN))


DB_VIEWER = _db_viewer()


class UnscopedQuery(RuntimeError):
    """A query of a session hides client data where the scope cannot reach (a derived table)."""


def _others_private(c: Any, viewer: Viewer | DbViewer) -> ColumnElement[bool]:
    return and_(c.is_private == 1, or_(c.curator_id.is_(None), c.curator_id != viewer.user_id))


def client_visible(c: Any, viewer: Viewer | DbViewer, opened: bool = False) -> ColumnElement[bool]:
    """On the columns `c` of CLIENTS (or an alias): users who see all clients see every
    non-private one; the others those where they are curator, specialist or granted on the
    "Доступ" tab. A private client is visible to its curator only, administrators included.
    `opened`: the rows the viewer may open, not only list (the documents of a client)."""
    not_others_private = or_(c.is_private == 0, c.curator_id == viewer.user_id)
    wide = viewer.opens_all if opened else viewer.sees_all
    if wide is True:
        return not_others_private
    granted = exists(select(client_access.c.client_id).where(client_access.c.client_id == c.id,
                                                             client_access.c.user_id == viewer.user_id))
    own = [c.curator_id == viewer.user_id, c.specialist_id == viewer.user_id, granted]
    if wide is not False:      # the database's viewer: the mode is an expression
        own.insert(0, wide)
    return and_(or_(*own), not_others_private)


# rows their parties see even where the access mode hides the client (unless it is somebody
# else's private one): a task's setter and executor, the manager of a document ("Managers see
# their own documents and those of clients they may open")
PARTIES: dict[Table, tuple[str, ...]] = {
    tasks: ("setter_id", "executor_id"),
    **{t: ("manager_id",) for t in (invoices, payments, acts, vat_invoices, sales, works, contracts, wh_docs,
                                    cash_orders, orders, process_runs)},
}
# tables whose rows need a client the viewer may open, not only see in the register: a manager
# who "sees the list of all, opens only own" reads no other manager's documents
OPENED_ONLY = frozenset((invoices, payments, acts, vat_invoices, sales, works, contracts, wh_docs, cash_orders,
                         orders))


def _parties(table: Table, c: Any, viewer: Viewer | DbViewer) -> ColumnElement[bool] | None:
    if table not in PARTIES:
        return None
    return or_(*(c[name] == viewer.user_id for name in PARTIES[table]))


def _link(table: Table) -> tuple[str, Table] | None:
    """(column, parent) through which rows of `table` hang off a client: the client column
    itself, else the first foreign key to a table that hangs off a client."""
    keys = [(fk.parent.name, fk.column.table) for fk in table.foreign_keys]
    for name, parent in keys:
        if parent is clients:
            return name, clients
    for name, parent in keys:
        if parent is not table and isinstance(parent, Table) and _link(parent) is not None:
            return name, parent
    return None


LINKS: dict[Table, tuple[str, Table]] = {t: link for t in metadata.tables.values()
                                         if t is not clients and (link := _link(t)) is not None}


def is_client_data(table: Any) -> bool:
    return table is clients or table in LINKS


def row_visible(frm: FromClause, table: Table, viewer: Viewer | DbViewer, nullable: bool = False) -> ColumnElement[bool]:
    """The rows of `frm` (the table or an alias of it) that the viewer may see; `nullable`
    when `frm` is the outer side of a join, whose columns are all NULL where nothing joined."""
    c = frm.c
    if table is clients:
        seen = client_visible(c, viewer)
        return or_(c.id.is_(None), seen) if nullable else seen
    column, parent = LINKS[table]
    inner = parent.alias()
    if parent is clients:
        seen = client_visible(inner.c, viewer, opened=table in OPENED_ONLY)
        party = _parties(table, c, viewer)
        if party is not None:
            seen = or_(seen, and_(party, ~_others_private(inner.c, viewer)))
    else:
        seen = row_visible(inner, parent, viewer)
    found = exists(select(inner.c.id).where(inner.c.id == c[column], seen))
    return or_(c[column].is_(None), found) if nullable or c[column].nullable else found


def _tables(frm: FromClause, nullable: bool = False) -> Iterator[tuple[FromClause, Table, bool]]:
    """(from item, its table, may it be all NULL in a row) of a FROM item, through joins."""
    if isinstance(frm, Join):
        yield from _tables(frm.left, nullable or frm.full)
        if not _client_of_left_rows(frm):
            yield from _tables(frm.right, nullable or frm.isouter)
    elif isinstance(frm, Table):
        yield frm, frm, nullable
    elif isinstance(frm, Subquery) or not isinstance(frm, Alias):
        if any(is_client_data(t) for t in visitors.iterate(frm) if isinstance(t, Table)):
            raise UnscopedQuery("Запрос читает данные клиентов через производную таблицу: "
                                "область доступа к ней не применяется.")
    elif isinstance(frm.element, Table):
        yield frm, frm.element, nullable


def _client_of_left_rows(join: Join) -> bool:
    """`… LEFT JOIN CLIENTS ON CLIENTS.ID = T.CLIENT_ID` where T, on the left, hangs off a
    client directly: each T row the scope lets through brings its own client, whose name the
    viewer may read with it (a task's parties see its client's name even where their access
    mode hides the client), so the joined CLIENTS is not scoped again, which would drop
    those rows."""
    right = join.right
    if not join.isouter or join.full or not (right is clients or (isinstance(right, Alias) and right.element is clients)):
        return False
    clause = join.onclause
    if getattr(clause, "operator", None) is not operators.eq:
        return False
    sides = (clause.left, clause.right)
    client_id = next((s for s in sides if getattr(s, "table", None) is right and s.name == "id"), None)
    link = next((s for s in sides if s is not client_id), None)
    table = getattr(link, "table", None)
    table = table.element if isinstance(table, Alias) else table
    return (client_id is not None and table in LINKS and LINKS[table] == (link.name, clients)
            and any(item is link.table for item, _, _ in _tables(join.left)))


def scoped(stmt: Select, viewer: Viewer) -> Select:
    """The statement restricted to what the viewer may see."""
    conditions = []
    for frm in stmt.get_final_froms():
        for item, table, nullable in _tables(frm):
            if not is_client_data(table):
                continue
            conditions.append(row_visible(item, table, viewer, nullable))
    return stmt.where(*conditions) if conditions else stmt


class ScopedSelect(Executable, ClauseElement):
    """A SELECT as `viewer` may run it: compiled as `scoped(statement, viewer)`.

    Finding a statement's tables and building its conditions took longer than Firebird took
    to answer a keyed search (about 1 ms of a 2 ms Shift+F at a million clients). Scoping at
    compile time lets SQLAlchemy's compiled cache do the work once: the cache key is the
    statement's own (its structure: tables, joins, conditions, not the values of its
    parameters) together with the viewer, so
    - the same statement run again with other values reuses the scoped SQL, its parameters
      taken from the new statement (SQLAlchemy matches them by position in the cache key);
    - another viewer (user, access mode) never meets a statement scoped for somebody else:
      the viewer's values are part of the key, and the scope's own parameters (the user's
      ID) are compiled in with that viewer's values;
    - a statement of another shape (one more join, another table) has another key and is
      scoped anew; a statement SQLAlchemy cannot cache is scoped at every run."""
    __visit_name__ = "crm_scoped_select"
    _traverse_internals = [("statement", InternalTraversal.dp_clauseelement),
                           ("viewer_key", InternalTraversal.dp_plain_obj)]
    is_select = True

    def __init__(self, statement: Select, viewer: Viewer) -> None:
        self.statement, self.viewer = statement, viewer
        # each value with its type: True and 1 are equal keys, but the scope tells them apart
        self.viewer_key = (type(viewer), *((type(v), v) for v in astuple(viewer)))
        self._execution_options = statement._execution_options
        self._propagate_attrs = statement._propagate_attrs

    @property
    def _all_selected_columns(self) -> Any:
        """The statement's columns: a result served from the cache is keyed by them, so rows
        can be read by the columns of the statement the caller built."""
        return self.statement._all_selected_columns


@compiles(ScopedSelect)
def _compile_scoped(element: ScopedSelect, compiler: Any, **kw: Any) -> str:
    return compiler.process(scoped(element.statement, element.viewer), **kw)


def before_execute(conn: Any, element: Any, multiparams: Any, params: Any,
                   execution_options: dict[str, Any]) -> tuple[Any, Any, Any]:
    """The engine hook: SELECTs of a connection that carries a viewer are scoped."""
    viewer = execution_options.get(VIEWER) or conn.get_execution_options().get(VIEWER)
    across = execution_options.get("crm_across_all_clients")
    if viewer is not None and not across and isinstance(element, Select):
        element = ScopedSelect(element, viewer)
    return element, multiparams, params

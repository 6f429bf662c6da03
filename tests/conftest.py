"""Test databases on real Firebird.

Embedded Firebird 5 by default. With CRM_TEST_SERVER=host/port:directory (and ISC_USER /
ISC_PASSWORD) the same tests run against a Firebird server, e.g. Debian's Firebird 3 on
127.0.0.1 in CI. A template database is built once per run by the migrations and every test
gets its own copy, restored from the template's backup.
"""
from __future__ import annotations

import itertools
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_desktop.data import backup as fbbackup  # noqa: E402
from crm_desktop.data import migrations  # noqa: E402
from crm_desktop.data.address import DbAddress, parse_address  # noqa: E402
from crm_desktop.data.credentials import Credentials, resolve  # noqa: E402
from crm_desktop.data.database import Database, create_database, drop_database  # noqa: E402

SERVER = os.environ.get("CRM_TEST_SERVER")
_counter = itertools.count()


class Backend:
    """Where test databases live and how to make and remove them."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.server = parse_address(SERVER + "/x.fdb") if SERVER else None
        self.run_id = uuid.uuid4().hex[:8]
        self.created: list[DbAddress] = []

    @property
    def name(self) -> str:
        return "server" if self.server else "embedded"

    def credentials(self) -> Credentials:
        return resolve("test", os.environ.get("ISC_USER", "SYSDBA"), os.environ.get("ISC_PASSWORD", ""))

    def new_address(self, stem: str = "t") -> DbAddress:
        name = f"{stem}-{self.run_id}-{next(_counter)}.fdb"
        if self.server:
            directory = self.server.path.rsplit("/", 1)[0]
            address = DbAddress(path=f"{directory}/{name}", host=self.server.host, port=self.server.port)
        else:
            address = DbAddress(path=str(self.tmp / name))
        self.created.append(address)
        return address

    def drop_all(self) -> None:
        for address in self.created:
            try:
                if address.embedded:
                    Path(address.path).unlink(missing_ok=True)
                else:
                    drop_database(address, self.credentials())
            except Exception:
                pass


@pytest.fixture(scope="session")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    b = Backend(tmp_path_factory.mktemp("fb"))
    yield b
    b.drop_all()


@pytest.fixture(scope="session")
def template_backup(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The latest schema with reference data, built once, kept as a gbak file."""
    address = backend.new_address("template")
    creds = backend.credentials()
    create_database(address, creds)
    db = Database(address, creds, pool_size=0)
    # the version before the latest first, then the upgrade, as an office's database takes it
    # (for version 4: the access views and grants made by the upgrade serve the whole suite)
    previous = migrations.migrate(db, migrations.latest_version() - 1, start=0)
    migrations.migrate(db, migrations.latest_version(), start=previous)
    db.dispose()
    target = tmp_path_factory.mktemp("template") / "template.fbk"
    fbbackup.backup(address, creds, target)
    return target


@pytest.fixture(scope="session")
def demo_fbk(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gbak file of the demo database (300 clients, documents, stock), made once per run by
    the backend's engine: tests that need demo data restore it (seconds) instead of making it
    again (half a minute each). Made as the administrator makes it: `crm-admin create --demo`."""
    from crm_desktop.admin_cli import main
    address, creds = backend.new_address("demo"), backend.credentials()
    assert main(["--user", creds.user, "--password", creds.password, "create", str(address), "--demo"]) == 0
    return fbbackup.backup(address, creds, tmp_path_factory.mktemp("demo") / "demo.fbk").path


@pytest.fixture
def demo_address(backend: Backend, demo_fbk: Path) -> DbAddress:
    """A fresh copy of the demo database."""
    address = backend.new_address()
    fbbackup.restore(demo_fbk, address, backend.credentials())
    return address


@pytest.fixture
def new_db(backend: Backend, template_backup: Path) -> Iterator[Callable[[], Database]]:
    """Factory of fresh databases at the latest version."""
    opened: list[Database] = []

    def make() -> Database:
        address = backend.new_address()
        fbbackup.restore(template_backup, address, backend.credentials())
        db = Database(address, backend.credentials())
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.dispose()
        if db.address.embedded:
            Path(db.address.path).unlink(missing_ok=True)
        else:
            try:
                drop_database(db.address, db.credentials)
            except Exception:
                pass


@pytest.fixture
def db(new_db: Callable[[], Database]) -> Database:
    return new_db()


@pytest.fixture
def migrations_copy(tmp_path: Path) -> Path:
    """A copy of db/migrations that a test may extend with steps of its own."""
    target = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, target)
    return target


ROLE_USERS = {"admin": ("Админов Админ", 4), "supervisor": ("Супервизорова Светлана", 3),
              "manager": ("Менеджеров Михаил", 1), "specialist": ("Специалистов Семён", 1),
              "manager2": ("Коллегина Ольга", 1)}
PASSWORD = "secret1"


@pytest.fixture
def users(db: Database) -> dict[str, int]:
    """One user per role (plus a second manager), password PASSWORD; login = the key; on a
    server each is a Firebird user too, so sessions attach as them (database-enforced access)."""
    from crm_desktop.data import company
    from crm_desktop.domain.passwords import hash_password
    hashed = hash_password(PASSWORD)
    ids = {}
    with db.begin() as conn:
        roles = company.role_ids(conn)
        for login, (name, access) in ROLE_USERS.items():
            ids[login] = company.add_user(conn, login=login, password_hash=hashed, full_name=name,
                                          role_id=roles[login.rstrip("2")], client_access=access)
    from crm_desktop.services import accounts
    accounts.sync(db, password=PASSWORD)     # on a server: their Firebird users (login attaches as them)
    return ids


@pytest.fixture
def session_of(db: Database, users: dict[str, int]):
    """session_of("manager") -> a logged-in Session of that test user."""
    from crm_desktop.services import accounts
    from crm_desktop.services.auth import login

    def session(who: str):
        accounts.regrant(db)       # tests change permissions in the tables; Firebird follows
        return login(db, who, PASSWORD)
    return session

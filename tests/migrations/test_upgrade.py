"""Every old version upgrades step by step to exactly what a new database is (PLAT-4)."""
from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.data import migrations
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError, MigrationFailed, WrongDatabaseVersion
from crm_desktop.services import admin
from tests.migrations.snapshot import diff, snapshot

LATEST = migrations.latest_version()


def _create(backend, version: int | None = None, directory: Path = migrations.MIGRATIONS_DIR) -> Database:
    address = backend.new_address("mig")
    admin.create(address, backend.credentials(), version, directory=directory)
    return Database(address, backend.credentials(), pool_size=0)


@pytest.fixture(scope="module")
def fresh_snapshot(backend) -> dict:
    db = _create(backend)
    return snapshot(db)


def test_at_least_two_versions_ship() -> None:
    assert LATEST >= 2


@pytest.mark.parametrize("old", range(1, LATEST))
def test_old_version_upgrades_to_the_same_database(backend, fresh_snapshot, old, tmp_path) -> None:
    db = _create(backend, old)
    assert migrations.current_version(db) == old
    steps: list[str] = []
    result = admin.upgrade(db.address, db.credentials, backup_path=tmp_path / "before.fbk", report=steps.append)
    assert (result.from_version, result.to_version) == (old, LATEST)
    assert (tmp_path / "before.fbk").stat().st_size > 0
    assert [s for s in steps if "→" in s] == [f"Версия {v - 1} → {v}: {migrations.discover()[v - 1].name}"
                                            for v in range(old + 1, LATEST + 1)]
    assert diff(snapshot(db), fresh_snapshot) == {}


def test_upgrade_refuses_to_go_backwards(backend) -> None:
    db = _create(backend)
    with pytest.raises(DatabaseError, match="понижение версии"):
        admin.upgrade(db.address, db.credentials, to=1)
    assert migrations.current_version(db) == LATEST


def test_workstation_gate_names_the_upgrade_command(backend) -> None:
    db = _create(backend, 1)
    with pytest.raises(WrongDatabaseVersion) as info:
        migrations.require_version(db)
    assert f"crm-admin upgrade {db.address}" in str(info.value)
    assert (info.value.found, info.value.expected) == (1, LATEST)


def test_failed_step_leaves_the_previous_version(backend, migrations_copy, tmp_path) -> None:
    broken = LATEST + 1
    # DDL that commits, then data that fails: the step is half-applied inside Firebird
    (migrations_copy / f"{broken:04d}_broken.sql").write_text(
        "CREATE TABLE HALF_DONE (ID INTEGER);\n"
        "ALTER TABLE CLIENTS ADD HALF_COLUMN INTEGER;\n"
        "INSERT INTO ROLES (ID, CODE, NAME) VALUES (1, 'admin', 'duplicate key');\n", encoding="utf-8")
    db = _create(backend, LATEST - 1, directory=migrations_copy)
    before = snapshot(db)
    with pytest.raises(MigrationFailed) as info:
        admin.upgrade(db.address, db.credentials, backup_path=tmp_path / "b.fbk", directory=migrations_copy)
    error = info.value
    assert (error.step, error.version) == (broken, LATEST)
    assert str(tmp_path / "b.fbk") in str(error)
    after = Database(db.address, db.credentials, pool_size=0)
    assert migrations.current_version(after) == LATEST
    after_snapshot = snapshot(after)
    assert not any(row[0] == "HALF_DONE" for row in after_snapshot["columns"])
    assert not any(row[1] == "HALF_COLUMN" for row in after_snapshot["columns"])
    # it reached LATEST (the good step) and nothing of the broken one
    assert diff(after_snapshot, snapshot(_create(backend))) == {}
    assert before != after_snapshot


def test_broken_ddl_rolls_back_whole_step(backend, migrations_copy, tmp_path) -> None:
    (migrations_copy / f"{LATEST + 1:04d}_bad_ddl.sql").write_text(
        "CREATE TABLE GOOD_ONE (ID INTEGER);\nCREATE TABLE BAD_ONE (ID NO_SUCH_TYPE);\n", encoding="utf-8")
    db = _create(backend)
    with pytest.raises(MigrationFailed):
        admin.upgrade(db.address, db.credentials, directory=migrations_copy, backup_path=tmp_path / "b.fbk")
    assert migrations.current_version(db) == LATEST
    assert not any(row[0] == "GOOD_ONE" for row in snapshot(db)["columns"])

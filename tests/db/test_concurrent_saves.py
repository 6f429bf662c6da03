"""Eight workstations save the same twenty cards at once on the server (issue 8, part 2):
no raw database error, no acknowledged save lost, every refusal names the colleague.

CRM_CONCURRENT_SAVES sets the saves per process (500 in the measured run; fewer by default
so that CI stays short)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, update

from crm_desktop.data.schema import clients as clients_table
from crm_desktop.data.schema import users as users_table
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.services import clients
from tests.conftest import PASSWORD

pytestmark = pytest.mark.skipif(not os.environ.get("CRM_TEST_SERVER"),
                                reason="several processes share a database only through the server")
SAVER = Path(__file__).with_name("card_saver.py")
ROOT = SAVER.parent.parent.parent
PROCESSES = 8
SAVES = int(os.environ.get("CRM_CONCURRENT_SAVES", "40"))
LOGINS = ("admin", "supervisor", "admin", "supervisor", "admin", "supervisor", "admin", "supervisor")


def test_eight_workstations_save_the_same_cards(db, users, session_of) -> None:
    with db.begin() as conn:          # the supervisor works with every client (mode 4) here
        conn.execute(update(users_table).where(users_table.c.id == users["supervisor"]).values(client_access=4))
    admin = session_of("admin")
    ids = []
    for n in range(20):
        card = clients.new_card(admin, ClientKind.COMPANY)
        card.values.update(name=f"Общий клиент {n:02}", notes="начало")
        ids.append(clients.save_card(admin, card).id)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [subprocess.Popen([sys.executable, str(SAVER), str(db.address), LOGINS[i], PASSWORD, str(i),
                                 str(SAVES), ",".join(map(str, ids))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
               for i in range(PROCESSES)]
    outcomes = []
    for worker in workers:
        out, err = worker.communicate(timeout=1200)
        assert worker.returncode == 0, err
        outcomes += [json.loads(line) for line in out.splitlines()]
    kinds = Counter(next(iter(o)) for o in outcomes)
    print(f"\n{PROCESSES} processes × {SAVES} saves: {dict(kinds)}")
    assert len(outcomes) == PROCESSES * SAVES
    raw = [o for o in outcomes if "error" in o or "load_error" in o]
    assert not raw, f"{len(raw)} raw errors, e.g. {raw[:3]}"
    conflicts = [o for o in outcomes if "conflict" in o]
    assert all(o["who"] in ("Админов Админ", "Супервизорова Светлана") or "сейчас сохраняет" in o["conflict"]
               for o in conflicts), conflicts[:3]
    # every acknowledged save made its own version, and the last one is what the database holds
    saved = [o for o in outcomes if "saved" in o]
    versions = Counter((o["saved"], o["version"]) for o in saved)
    assert max(versions.values()) == 1, "two acknowledged saves claim one version: one of them was lost"
    last = {}
    for o in sorted(saved, key=lambda o: o["version"]):
        last[o["saved"]] = o["token"]
    with db.read() as conn:
        stored = dict(conn.execute(select(clients_table.c.id, clients_table.c.website)
                                   .where(clients_table.c.id.in_(ids))).all())
    assert all(stored[cid] == f"https://{token}.example" for cid, token in last.items())

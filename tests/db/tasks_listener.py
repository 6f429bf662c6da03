"""Workstation B of the two-process test: log in, wait on the task event conduit and report
what arrives on stdout (run as `python tests/db/tasks_listener.py ADDRESS LOGIN PASSWORD`)."""
from __future__ import annotations

import sys
import time

from crm_desktop.data.database import Database
from crm_desktop.data.task_events import TaskEventConduit
from crm_desktop.services import tasks
from crm_desktop.services.auth import login


def main(address: str, login_name: str, password: str, limit: float = 20.0) -> int:
    session = login(Database(address), login_name, password)
    conduit = TaskEventConduit(session.db, session.user.id)
    print("READY", flush=True)
    deadline = time.monotonic() + limit
    try:
        while time.monotonic() < deadline:
            if conduit.wait(0.2):
                print(f"EVENT {conduit.name}", flush=True)
                for task in tasks.unseen_for_me(session):
                    print(f"TASK {task.body}", flush=True)
                return 0
    finally:
        conduit.close()
    print("TIMEOUT", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

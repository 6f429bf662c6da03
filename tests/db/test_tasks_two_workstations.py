"""TSK-2 across two processes: a task set on workstation A pops up on workstation B at once,
through the Firebird event posted by the trigger (server mode only: embedded Firebird delivers
events inside one process)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.domain.tasks import Kind, TaskDraft
from crm_desktop.services.tasks import create_task
from tests.conftest import PASSWORD

pytestmark = pytest.mark.skipif(not os.environ.get("CRM_TEST_SERVER"),
                                reason="Firebird events between processes need the server (CRM_TEST_SERVER)")
LISTENER = Path(__file__).with_name("tasks_listener.py")
ROOT = LISTENER.parent.parent.parent


def test_task_set_on_a_reaches_b_within_two_seconds(db, users, session_of):
    listener = subprocess.Popen([sys.executable, str(LISTENER), str(db.address), "specialist", PASSWORD],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert listener.stdout.readline().strip() == "READY", listener.stderr.read()
        body = f"Срочно перезвонить клиенту {datetime.now():%H%M%S}"
        start = datetime.now().replace(microsecond=0) + timedelta(hours=1)
        sent = time.monotonic()
        create_task(session_of("manager"), TaskDraft(Kind.REMINDER, None, users["specialist"], 1, start, 30,
                                                      None, body, False, None))
        event = listener.stdout.readline().strip()
        arrived = time.monotonic() - sent
        assert event == f"EVENT CRM_TASK_{users['specialist']}"
        assert listener.stdout.readline().strip() == f"TASK {body}"
        assert arrived < 2.0
    finally:
        listener.kill()
        listener.wait()


def test_notifier_thread_hears_the_event_without_polling(qtbot, db, users, session_of, monkeypatch):
    """The workstation's own TaskNotifier: its worker thread wakes it, not the 20 s poll."""
    from crm_desktop.ui.tasks import notifier as notifier_module
    monkeypatch.setattr(notifier_module, "POLL_MS", 10_000_000)
    listener = notifier_module.TaskNotifier(session_of("specialist"), popups=False)
    try:
        with qtbot.waitSignal(listener.listening, timeout=5000):     # the conduit is registered
            listener.start()
        with qtbot.waitSignal(listener.tasks_arrived, timeout=2000) as arrived:
            create_task(session_of("manager"), TaskDraft(Kind.REMINDER, None, users["specialist"], 2,
                                                          datetime.now().replace(microsecond=0), 30, None,
                                                          "Через событие", False, None))
        assert [t.body for t in arrived.args[0]] == ["Через событие"]
    finally:
        listener.stop()

"""The Firebird event conduit that announces tasks to a workstation (TSK-2): the trigger
TASKS_NOTIFY posts 'CRM_TASK_<user id>' when a task is set, returned or changes status.

Embedded Firebird delivers events only inside one process, so the workstation also polls;
this module only waits for the event and says whether it came.
"""
from __future__ import annotations

from typing import Any

from crm_desktop.data.database import Database


def event_name(user_id: int) -> str:
    return f"CRM_TASK_{user_id}"


class TaskEventConduit:
    """A raw attachment of its own waiting for one user's task event. Open it in the thread
    that waits; close() from that thread when done."""

    def __init__(self, db: Database, user_id: int) -> None:
        self.name = event_name(user_id)
        self._con = db.raw()
        self._conduit: Any = self._con.event_conduit([self.name])
        self._conduit.begin()

    def wait(self, timeout: float) -> bool:
        """True when the event was posted since the last wait (False on timeout)."""
        counts = self._conduit.wait(timeout=timeout)
        if not (counts and counts.get(self.name)):
            return False
        self._conduit.flush()       # the conduit sums occurrences until flushed
        return True

    def close(self) -> None:
        try:
            self._conduit.close()
        finally:
            self._con.close()

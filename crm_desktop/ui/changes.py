"""«What changed» (STYLE: one change notice that screens subscribe to). After a successful save
or delete the UI announces the kind and the ids of what changed; the task notifier announces
the tasks colleagues set or completed; every screen showing that kind reads itself again.
No screen refreshes another by hand.

Kinds: CLIENT (a card, also the operative fields an event moves), EVENT (the history of
relations), TASK, TODO, PLANNER (topics and cases of the collective planner). Announcements
reach the screens at once, on the GUI thread; a screen hidden at the time (a closed window,
a tab not shown) reads itself again when it is shown, not before.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

CLIENT, EVENT, TASK, TODO, PLANNER, PROCESS = "client", "event", "task", "todo", "planner", "process"

React = Callable[[str, tuple[int, ...]], None]


class ChangeBus(QObject):
    changed = Signal(str, tuple)        # kind, ids (empty: which ones is not known)


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    """The program's one bus (made on first use, on the GUI thread)."""
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


def announce(kind: str, ids: Iterable[int] = ()) -> None:
    """Tell the screens that things of `kind` changed; call it once the change is committed."""
    bus().changed.emit(kind, tuple(ids))


class _Follower(QObject):
    """A screen's subscription: its child, so it ends with the screen."""

    def __init__(self, screen: QWidget, kinds: Collection[str], react: React) -> None:
        super().__init__(screen)
        self._screen, self._kinds, self._react = screen, frozenset(kinds), react
        self._missed: str | None = None
        bus().changed.connect(self._heard)
        screen.installEventFilter(self)

    def _heard(self, kind: str, ids: tuple[int, ...]) -> None:
        if kind not in self._kinds:
            return
        if self._screen.isVisible():
            self._react(kind, ids)
        else:
            self._missed = kind

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self._missed is not None:
            kind, self._missed = self._missed, None
            self._react(kind, ())       # which ones no longer matters: the screen reads it all
        return False


def follow(screen: QWidget, kinds: Collection[str], react: React) -> None:
    """Call `react(kind, ids)` whenever one of `kinds` changes while `screen` is shown."""
    _Follower(screen, kinds, react)

"""The planners (PLN-1..3) as the main window opens them: each is a non-modal window owned
by `parent` (kept alive by it; without a parent by this module) and deleted when closed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crm_desktop.services.session import Session

_orphans: set[QWidget] = set()


def show_window(window: QWidget) -> None:
    """Show a planner window; one without a parent is kept here until it is closed."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if window.parent() is None:
        _orphans.add(window)
        window.destroyed.connect(lambda *_: _orphans.discard(window))
    window.show()
    window.raise_()
    window.activateWindow()


def open_two_week_planner(parent: QWidget | None, session: Session) -> None:
    from crm_desktop.ui.planners.two_week import TwoWeekPlanner
    show_window(TwoWeekPlanner(session, parent))


def open_day_planner(parent: QWidget | None, session: Session, day: date | None = None,
                     user_id: int | None = None) -> None:
    from crm_desktop.ui.planners.day_planner import DayPlanner
    show_window(DayPlanner(session, parent, day=day, user_id=user_id))


def open_collective_planner(parent: QWidget | None, session: Session) -> None:
    from crm_desktop.ui.planners.collective import CollectivePlanner
    show_window(CollectivePlanner(session, parent))

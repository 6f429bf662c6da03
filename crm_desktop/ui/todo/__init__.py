"""The to-do list dock (TODO-1..3). The main window creates `TodoDock(session, parent)` and
shows it at login when `should_open_at_login(session)` says so."""
from crm_desktop.services.todos import should_open_at_login
from crm_desktop.ui.todo.todo_dock import TodoDock

__all__ = ["TodoDock", "should_open_at_login"]

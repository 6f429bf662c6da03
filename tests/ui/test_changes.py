"""The change bus (ui/changes.py): a screen hears the kinds it follows while it is shown, reads
itself once when shown again after missing changes, and stops hearing when it is deleted."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from crm_desktop.ui.changes import CLIENT, TASK, TODO, announce, follow


def test_a_screen_hears_what_it_follows_while_shown_and_catches_up_when_shown(qtbot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    heard: list[tuple[str, tuple]] = []
    follow(screen, (TASK, CLIENT), lambda kind, ids: heard.append((kind, ids)))
    screen.show()
    announce(TASK, [7])
    announce(TODO, [8])                                     # not followed
    assert heard == [(TASK, (7,))]
    screen.hide()
    announce(CLIENT, [9])
    announce(TASK, [10])
    assert heard == [(TASK, (7,))]                          # hidden: nothing read yet
    screen.show()
    assert heard == [(TASK, (7,)), (TASK, ())]              # once, the whole screen
    screen.hide()
    screen.show()
    assert len(heard) == 2                                  # nothing missed: nothing read


def test_a_deleted_screen_hears_nothing(qtbot) -> None:
    screen = QWidget()
    heard: list[str] = []
    follow(screen, (TASK,), lambda kind, ids: heard.append(kind))
    screen.show()
    screen.deleteLater()
    qtbot.waitUntil(lambda: not isValid(screen))
    announce(TASK, [1])
    assert heard == []

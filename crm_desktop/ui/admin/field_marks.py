"""Saving a card: every field problem is marked in red at once and listed in one message;
the user's input stays in the form."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.validation import ValidationError
from crm_desktop.ui.ops import show_error

T = TypeVar("T")
ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"


def mark(fields: Mapping[str, QWidget], bad: set[str]) -> None:
    for name, widget in fields.items():
        widget.setStyleSheet(ERROR_STYLE if name in bad else "")
    first = next((fields[n] for n in fields if n in bad), None)
    if first is not None:
        first.setFocus()


def save(parent: QWidget, fields: Mapping[str, QWidget], work: Callable[[], T],
         title: str = "Не удалось сохранить") -> T | None:
    """Run a service save; on failure mark the fields, explain, and return None."""
    try:
        result = work()
    except ValidationError as exc:
        mark(fields, {e.field for e in exc.errors})
        show_error(parent, exc, title)
        return None
    except Exception as exc:  # noqa: BLE001 - every failure reaches the user
        show_error(parent, exc, title)
        return None
    mark(fields, set())
    return result

"""Validation results shared by the domain rules, services and forms."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem in one field: ``field`` is the field's ``name`` (the form highlights it),
    ``message`` is Russian and names the field and the fix."""

    field: str
    message: str


class ValidationError(ValueError):
    """Raised by a service when a record cannot be saved; carries every field problem at once
    so the form can mark all of them, not just the first."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("\n".join(e.message for e in self.errors))


def clean_name(value: str, limit: int = 150) -> str:
    """A dictionary or structure name as stored: inner blanks collapsed, not empty, not too long."""
    value = " ".join(value.split())
    if not value:
        raise ValueError("Название не может быть пустым.")
    if len(value) > limit:
        raise ValueError(f"Название длиннее {limit} символов.")
    return value

"""How the warehouse screens word a failure: the services' own Russian sentence for every
refusal a user can act on (stock short at the document's moment, a posted document that must
be unposted first, a document gone, a missing right); the runner's wording for the rest."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.domain.validation import ValidationError
from crm_desktop.services.session import AccessDenied
from crm_desktop.services.warehouse import PostingRefused, StockDocNotFound
from crm_desktop.ui.ops import error_text

STOCK_CHANGED = "warehouse"     # the change-bus kind: documents, postings, reservations, stock
REFUSALS = (PostingRefused, StockDocNotFound, ValidationError, AccessDenied)


def problem_text(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, REFUSALS) else error_text(exc)


def warn(parent: QWidget | None, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, problem_text(exc))

"""The commands on one cash order that the journal's context menu and the card share (manual:
"Оприходование, расход денежных средств"): post, unpost, delete after a question. Each shows
the service's own sentence when refused (an РКО over the balance names the desk, what is
needed and what there is) and announces the change, so the journal reads itself again."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services import cash
from crm_desktop.services.session import Session
from crm_desktop.ui.card.journal import confirm_delete
from crm_desktop.ui.ops import error_text, run_command

CASH = "cash"            # the change-bus kind of cash orders and balances


def warn(parent: QWidget | None, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, parent.tr(title) if parent is not None else title, error_text(exc))


def _run(parent: QWidget | None, title: str, order_id: int, work: Callable[[], Any]) -> bool:
    return run_command(parent, title, work, CASH, (order_id,), warn)


def post(parent: QWidget | None, session: Session, order_id: int) -> bool:
    """«Провести»; an РКО over the balance is refused with the figures."""
    return _run(parent, "Кассовый ордер не проведён", order_id, lambda: cash.post(session, order_id))


def unpost(parent: QWidget | None, session: Session, order_id: int) -> bool:
    """«Отменить проведение»; a ПКО whose money was paid out is refused."""
    return _run(parent, "Проведение не отменено", order_id, lambda: cash.unpost(session, order_id))


def delete(parent: QWidget, session: Session, order_id: int, title: str) -> bool:
    """«Удалить» after a question naming the order; a posted one is refused by the service."""
    question = parent.tr("Удалить %1?").replace("%1", title)
    if not confirm_delete(parent, question):
        return False
    return _run(parent, "Кассовый ордер не удалён", order_id, lambda: cash.delete(session, order_id))

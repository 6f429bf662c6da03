"""The commands on one warehouse document that the journal's context menu and the card share
(manual: "Оприходование товара, реализация", "Резервирование товара"): post, unpost, reserve for
a term of 1 hour to 1 month, release, delete after a question. Each tells the user the
service's sentence when refused and announces the change, so the journal and the stock window
read themselves again."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from crm_desktop.domain.fifo import Kind
from crm_desktop.services import warehouse
from crm_desktop.services.session import Session
from crm_desktop.ui.ops import run_command
from crm_desktop.ui.warehouse.messages import STOCK_CHANGED, warn

Button = QMessageBox.StandardButton
TERMS: tuple[tuple[str, timedelta], ...] = (
    ("1 час", timedelta(hours=1)), ("3 часа", timedelta(hours=3)), ("1 день", timedelta(days=1)),
    ("3 дня", timedelta(days=3)), ("1 неделя", timedelta(days=7)), ("2 недели", timedelta(days=14)),
    ("1 месяц", timedelta(days=30)))
NOT_POSTED = "Документ не проведён"


def _run(parent: QWidget | None, title: str, doc_id: int, work: Callable[[], Any]) -> bool:
    return run_command(parent, title, work, STOCK_CHANGED, (doc_id,), warn)


def post(parent: QWidget | None, session: Session, doc_id: int) -> bool:
    """«Провести»; a shortage names the item, what is needed and what there is."""
    return _run(parent, NOT_POSTED, doc_id, lambda: warehouse.post(session, doc_id))


def unpost(parent: QWidget | None, session: Session, doc_id: int) -> bool:
    return _run(parent, "Проведение не отменено", doc_id, lambda: warehouse.unpost(session, doc_id))


def ask_term(parent: QWidget | None) -> timedelta | None:
    """The reservation's term, from 1 hour to 1 month; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("reserveTermDialog")
    dialog.setWindowTitle(dialog.tr("Поставить в резерв"))
    dialog.setLabelText(dialog.tr("Срок резерва:"))
    dialog.setComboBoxItems([dialog.tr(caption) for caption, _ in TERMS])
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(dialog.tr("OK"))
    dialog.setCancelButtonText(dialog.tr("Отмена"))
    if not dialog.exec():
        return None
    captions = [dialog.tr(caption) for caption, _ in TERMS]
    return TERMS[captions.index(dialog.textValue())][1]


def reserve(parent: QWidget | None, session: Session, doc_id: int) -> bool:
    """«Поставить в резерв…»: the goods of an unposted expense are held for the chosen term."""
    term = ask_term(parent)
    if term is None:
        return False
    now = datetime.now().replace(microsecond=0)
    return _run(parent, "Резерв не поставлен", doc_id, lambda: warehouse.reserve(session, doc_id, now + term, now))


def release(parent: QWidget | None, session: Session, doc_id: int) -> bool:
    return _run(parent, "Снять с резерва", doc_id, lambda: warehouse.release(session, doc_id))


def delete(parent: QWidget | None, session: Session, what: str, doc_id: int) -> bool:
    """«Удалить» after «Удалить <what>?» answered «Да»."""
    question = f"Удалить {what}?"
    if QMessageBox.question(parent, "Удаление документа", question) != Button.Yes:
        return False
    return _run(parent, "Документ не удалён", doc_id, lambda: warehouse.delete(session, doc_id))


def describe(kind: Kind, doc_no: str, moment: datetime) -> str:
    """«приходную накладную № 3 от 02.11.2026» — the document named in a question."""
    accusative = kind.label.replace("ая накладная", "ую накладную")
    accusative = accusative[0].lower() + accusative[1:]
    number = f" № {doc_no}" if doc_no else ""
    return f"{accusative}{number} от {moment:%d.%m.%Y}"

"""The warehouse screens (issue 12; manual "Складской учет"): the movement journal, the document
card, stock, warehouses, item moves and re-posting. The main window reaches them through the
functions below, which import the screens when first used so the program starts fast, and
which answer the edition's question (domain/editions.py) in one place: the warehouse needs
«Профессиональная» or higher, production «Корпоративная»."""
from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from crm_desktop.domain.editions import Capability, check
from crm_desktop.services.session import Session

MENU_TITLE = "Складской &учёт"
REPOST_TEXT = "Перепроведение документов…"


def _opener(parent: QWidget, session: Session, module: str, name: str) -> Callable[[], None]:
    def open_screen() -> None:
        from crm_desktop.ui.ops import call
        opener = getattr(importlib.import_module(f"crm_desktop.ui.warehouse.{module}"), name)
        call(parent, lambda: opener(parent, session))
    return open_screen


def warehouse_allowed(session: Session) -> bool:
    return check(Capability.WAREHOUSE, session.edition).allowed


def add_warehouse_menu(bar: QMenuBar, parent: QWidget, session: Session,
                       before: QAction | None = None) -> QMenu | None:
    """«Складской учёт» of the main menu (None, nothing added, when the edition lacks it)."""
    if not warehouse_allowed(session):
        return None
    menu = QMenu(parent.tr(MENU_TITLE), bar)
    menu.setObjectName("warehouseMenu")
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    commands = [(parent.tr("Журнал движения материалов"), "journal_window", "open_stock_journal"),
                (parent.tr("Склады"), "warehouses_dialog", "open_warehouses"),
                (parent.tr("Складские остатки"), "stock_window", "open_stock")]
    if check(Capability.PRODUCTION, session.edition).allowed:
        commands.append((parent.tr("Производственные спецификации"), "specifications_dialog", "open_specifications"))
    for text, module, name in commands:
        menu.addAction(text, _opener(parent, session, module, name))
    return menu


def add_repost_action(menu: QMenu, parent: QWidget, session: Session) -> QAction | None:
    """«Перепроведение документов…» of «Администрирование»: administrators only (the service
    refuses anyone else), and only where the edition has a warehouse."""
    if not (session.rights.is_admin and warehouse_allowed(session)):
        return None
    menu.addSeparator()
    return menu.addAction(parent.tr(REPOST_TEXT), _opener(parent, session, "repost_dialog", "open_repost"))


def stock_toolbar_action(parent: QWidget, session: Session, text: str) -> QAction:
    """The toolbar's «Склад»: «Складские остатки», or disabled with the edition's reason."""
    action = QAction(text, parent)
    gate = check(Capability.WAREHOUSE, session.edition)
    action.setEnabled(gate.allowed)
    action.setObjectName("stockAction")
    if gate.allowed:
        action.setToolTip(parent.tr("Складские остатки"))
        action.triggered.connect(_opener(parent, session, "stock_window", "open_stock"))
    else:
        action.setToolTip(gate.reason)
    return action

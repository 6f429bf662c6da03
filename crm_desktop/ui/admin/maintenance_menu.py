"""The administrator's own commands of «Администрирование» (issue 15): «Импорт из MS Excel» (ADM-7),
«Смена куратора/специалиста» (ADM-6) and «Обслуживание базы данных – Очистка БД» (ADM-8). Offered to administrators only, as
their services refuse anyone else; the dialogs' modules are imported when a command is chosen."""
from __future__ import annotations

import importlib

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.services.session import Session
from crm_desktop.ui.ops import call

COMMANDS = (("Импорт из MS Excel…", "excel_import_wizard", "open_excel_import"),
            ("Смена куратора/специалиста…", "reassign_dialog", "open_reassign"),
            ("Управление данными — Обслуживание базы данных…", "cleanup_dialog", "open_cleanup"))


def add_actions(menu: QMenu, parent: QWidget, session: Session) -> list[QAction]:
    if not session.rights.is_admin:
        return []
    menu.addSeparator()
    actions = []
    for text, module, name in COMMANDS:
        def open_dialog(_checked: bool = False, module: str = module, name: str = name) -> None:
            opener = getattr(importlib.import_module(f"crm_desktop.ui.admin.{module}"), name)
            call(parent, lambda: opener(parent, session))
        action = menu.addAction(parent.tr(text))
        action.triggered.connect(open_dialog)
        actions.append(action)
    return actions

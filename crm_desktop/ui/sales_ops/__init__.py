"""Sales operations of issue 14: the funnel profiles and the targeting settings
(«Администрирование»), the deals kanban («Клиенты – Канбан сделок») and the targeting monitor
in the assistant panel."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.domain.permissions import Permission, refusal
from crm_desktop.services.session import Session
from crm_desktop.ui.sales_ops.funnel_profiles import open_funnel_profiles
from crm_desktop.ui.sales_ops.kanban import open_kanban
from crm_desktop.ui.sales_ops.monitor import install_monitor
from crm_desktop.ui.sales_ops.targeting_settings import open_targeting

__all__ = ["add_admin_actions", "add_kanban_action", "install_monitor", "open_funnel_profiles", "open_kanban",
           "open_targeting"]


def add_admin_actions(menu: QMenu, window: QWidget, session: Session) -> list[QAction]:
    """«Настройка профилей воронки продаж» and «Система таргетинга» (needs the right to edit
    dictionaries and settings; without it the commands are disabled with the reason)."""
    allowed = session.can(Permission.EDIT_DICTIONARIES)
    actions = []
    for text, opener in ((window.tr("Настройка профилей воронки продаж"), open_funnel_profiles),
                         (window.tr("Система таргетинга"), open_targeting)):
        action = menu.addAction(text, lambda o=opener: o(window, session))
        action.setEnabled(allowed)
        if not allowed:
            action.setToolTip(refusal(Permission.EDIT_DICTIONARIES))
        actions.append(action)
    return actions


def add_kanban_action(menu: QMenu, window: QWidget, session: Session) -> QAction:
    return menu.addAction(window.tr("Канбан сделок"), lambda: open_kanban(window, session))

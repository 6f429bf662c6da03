"""Flexi-filter panel and filter templates menu of the client register (REG-3, REG-4)."""
from crm_desktop.ui.filter.filter_panel import FilterPanel
from crm_desktop.ui.filter.templates_menu import TemplatesMenu

__all__ = ["FilterPanel", "TemplatesMenu"]

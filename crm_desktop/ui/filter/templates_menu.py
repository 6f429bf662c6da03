"""The "Шаблоны фильтров" menu of the register toolbar (manual: "Шаблоны фильтров", REG-4):
the three static templates, then the user's own, and saving/renaming/deleting the user's."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from crm_desktop.domain.editions import Capability, Edition, Gate, check
from crm_desktop.domain.flexi_filter import FlexiFilter
from crm_desktop.services import filters
from crm_desktop.services.filters import Template, TemplateExists
from crm_desktop.services.session import Session
from crm_desktop.ui.ops import call, show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("filter", text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A one-line question; None when cancelled (tests replace this function)."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question, "Нет" by default (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def save_as_template(parent: QWidget | None, session: Session, flt: FlexiFilter | None) -> Template | None:
    """Ask a name and save; an existing name is replaced only after the user agrees."""
    if flt is None or flt.is_empty:
        show_error(parent, ValueError(_tr("Фильтр пуст: задайте хотя бы одно условие, прежде чем "
                                          "сохранять шаблон.")), _tr("Шаблон фильтра"))
        return None
    name = ask_text(parent, _tr("Сохранить как шаблон"), _tr("Название шаблона:"))
    if name is None:
        return None
    try:
        return filters.save_template(session, name, flt)
    except TemplateExists as exc:
        if confirm(parent, _tr("Шаблон уже есть"), str(exc)):
            return call(parent, lambda: filters.save_template(session, name, flt, overwrite=True),
                        _tr("Шаблон фильтра"))
    except Exception as exc:  # noqa: BLE001 - shown to the user
        show_error(parent, exc, _tr("Шаблон фильтра"))
    return None


class TemplatesMenu(QMenu):
    """Rebuilt each time it opens, so templates saved from the panel show at once."""
    template_chosen = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Шаблоны фильтров"))
        self.setToolTipsVisible(True)
        self._session = session
        self.current_filter_provider: Callable[[], FlexiFilter | None] | None = None
        self.gate = Gate(True)
        self.aboutToShow.connect(self.refresh)

    def set_edition(self, edition: Edition | None) -> None:
        """User templates are not in the "Standard" edition (manual); None is demo mode."""
        self.gate = check(Capability.USER_FILTER_TEMPLATES, edition)

    def refresh(self) -> None:
        self.clear()
        session = self._session
        static = call(self, lambda: filters.static_templates(session)) or []
        own = (call(self, lambda: filters.user_templates(session)) or []) if self.gate.allowed else []
        for template in static:
            self._add_choice(template)
        if own:
            self.addSeparator()
            for template in own:
                self._add_choice(template)
        self.addSeparator()
        save = self.addAction(self.tr("Сохранить текущий как…"))
        save.setEnabled(self.current_filter_provider is not None and self.gate.allowed)
        save.setToolTip(self.gate.reason)
        save.triggered.connect(self._save_current)
        rename = self.addMenu(self.tr("Переименовать шаблон"))
        delete = self.addMenu(self.tr("Удалить шаблон"))
        for menu in (rename, delete):
            menu.setEnabled(bool(own))
            menu.menuAction().setToolTip(self.gate.reason)
        for template in own:
            rename.addAction(template.name).triggered.connect(lambda _=False, n=template.name: self._rename(n))
            delete.addAction(template.name).triggered.connect(lambda _=False, n=template.name: self._delete(n))

    def _add_choice(self, template: Template) -> None:
        action = self.addAction(template.name)
        action.setToolTip(call(self, lambda: filters.describe_filter(self._session, template.filter)) or "")
        action.triggered.connect(lambda _=False, f=template.filter: self.template_chosen.emit(f))

    def _save_current(self) -> None:
        provider = self.current_filter_provider
        flt = call(self, provider) if provider else None
        if flt is not None and save_as_template(self, self._session, flt):
            self.refresh()

    def _rename(self, name: str) -> None:
        new = ask_text(self, self.tr("Переименовать шаблон"), self.tr("Новое название шаблона:"), name)
        if new is not None:
            call(self, lambda: filters.rename_template(self._session, name, new), self.tr("Шаблон фильтра"))
            self.refresh()

    def _delete(self, name: str) -> None:
        if confirm(self, self.tr("Удалить шаблон"), self.tr("Удалить шаблон фильтра «%s»?") % name):
            call(self, lambda: filters.delete_template(self._session, name), self.tr("Шаблон фильтра"))
            self.refresh()

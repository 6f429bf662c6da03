"""Input dialogs are wide enough for their titles (issue 9: "Сохра… аблон" in the title bar)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from crm_desktop.domain.flexi_filter import Combine, Condition, FlexiFilter, Op
from crm_desktop.ui import qt_setup
from crm_desktop.ui.filter.templates_menu import save_as_template
from crm_desktop.ui.input_dialog_width import fit_input_dialogs


@pytest.fixture
def configured(monkeypatch):
    """The application's own set-up as `crm` runs it, undone afterwards (Qt's translators are
    left out: they would stay for the other tests)."""
    monkeypatch.setattr(qt_setup, "_translators", [object()])
    app, locale = QApplication.instance(), QLocale()
    qt_setup.configure_application(app)
    yield
    QLocale.setDefault(locale)
    app.removeEventFilter(fit_input_dialogs(app))


def test_template_name_dialog_fits_its_title(qtbot, session_of, configured) -> None:
    seen: dict[str, object] = {}

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        seen.update(kind=type(dialog), title=dialog.windowTitle(), width=dialog.width(),
                    needed=dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()))
        dialog.reject()
    QTimer.singleShot(0, look_and_cancel)
    flt = FlexiFilter(Combine.AND, (Condition("phone", Op.ENDS_WITH, "13-03"),))
    assert save_as_template(None, session_of("manager"), flt) is None
    assert seen["kind"] is QInputDialog and seen["title"] == "Сохранить как шаблон"
    assert seen["width"] >= seen["needed"] + 150 and seen["width"] >= 360

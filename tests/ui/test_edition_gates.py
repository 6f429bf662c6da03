"""What the Standard edition lacks is disabled with the reason, in the running program (LIC-7)."""
from __future__ import annotations

from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.editions import Edition
from crm_desktop.services import clients
from crm_desktop.ui.card.client_dialog import ClientDialog
from crm_desktop.ui.main.main_window import MainWindow


def _security_tab(dialog: ClientDialog) -> int:
    tabs = dialog.ui.tabs
    return next(i for i in range(tabs.count()) if tabs.tabText(i) == "Безопасность")


def test_security_tab_needs_professional(qtbot, session_of) -> None:
    session = session_of("admin")
    for edition, enabled in ((Edition.STANDARD, False), (Edition.PROFESSIONAL, True), (None, True)):
        session.edition = edition
        dialog = ClientDialog(session, clients.new_card(session, ClientKind.COMPANY))
        qtbot.addWidget(dialog)
        index = _security_tab(dialog)
        assert dialog.ui.tabs.isTabEnabled(index) is enabled
        assert ("недоступно в редакции «Стандарт»" in dialog.ui.tabs.tabToolTip(index)) is not enabled


def test_group_processing_says_why_in_standard(qtbot, session_of, boxes) -> None:
    session = session_of("admin")
    session.edition = Edition.STANDARD
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.group_processing()
    assert boxes and "недоступно в редакции «Стандарт»" in boxes[-1][2]

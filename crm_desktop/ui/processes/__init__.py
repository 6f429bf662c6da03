"""Business process screens (BP-1 … BP-4; manual 001 "Бизнес-процессы"): the «Процессы» menu
of the main window — «Настройка процессов» for those who edit the dictionaries (the
administrators), «Журнал процессов» for everyone — the card's «Запустить процесс» and the
process monitor of the assistant panel. The windows are imported when first opened, so the
program starts as fast as before."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QWidget

from crm_desktop.domain.permissions import Permission
from crm_desktop.services.session import Session
from crm_desktop.ui.ops import call

DESIGNER, JOURNAL, START = "Настройка процессов", "Журнал процессов", "Запустить процесс…"


def open_designer(window: QWidget, session: Session) -> None:
    from crm_desktop.ui.processes.designer import open_designer as open_window
    call(window, lambda: open_window(window, session), window.tr(DESIGNER))


def open_journal(window: QWidget, session: Session) -> None:
    from crm_desktop.ui.processes.journal_window import open_process_journal
    call(window, lambda: open_process_journal(window, session), window.tr(JOURNAL))


def start_for_client(parent: QWidget, session: Session, client_id: int, name: str) -> None:
    """The card's «Запустить процесс»: the dialog with the client filled in, then «Ход процесса»."""
    from crm_desktop.ui.processes.run_window import open_run
    from crm_desktop.ui.processes.start_dialog import start_process
    run_id = start_process(parent, session, (client_id, name))
    if run_id is not None:
        call(parent, lambda: open_run(parent.window(), session, run_id))


def install_menu(window: QMainWindow, bar: QMenuBar, session: Session) -> QMenu:
    """The «Процессы» menu, added at the end of `bar`."""
    menu = bar.addMenu(window.tr("Про&цессы"))
    menu.setObjectName("processesMenu")
    if session.can(Permission.EDIT_DICTIONARIES):
        menu.addAction(window.tr(DESIGNER), lambda: open_designer(window, session))
    menu.addAction(window.tr(JOURNAL), lambda: open_journal(window, session))
    return menu


def process_monitor(session: Session) -> QWidget:
    from crm_desktop.ui.processes.monitor import ProcessMonitor
    return ProcessMonitor(session)

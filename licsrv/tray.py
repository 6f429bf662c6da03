"""The licence server's GUI (LIC-1): an icon in the system tray with the licence manager,
or the manager as a plain window where no tray exists. The server runs in its own threads."""
from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from licsrv.manager_window import LicenceManagerWindow
from licsrv.server import LicenceServer


class ServerGui:
    def __init__(self, app: QApplication, server: LicenceServer) -> None:
        self.window = LicenceManagerWindow(server.service, f"{server.host}:{server.port}")
        self.window.quit_action.triggered.connect(app.quit)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = app.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)
            self.tray = QSystemTrayIcon(QIcon(icon), app)
            self.tray.setToolTip(f"Сервер лицензий CRM — {server.host}:{server.port}")
            menu = QMenu()
            licences = menu.addMenu("Управление лицензиями")
            licences.addAction("Менеджер лицензий", self.show_manager)
            menu.addSeparator()
            menu.addAction("Выход", app.quit)
            self._menu = menu  # the tray does not own its menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._activated)
            self.tray.show()
            app.setQuitOnLastWindowClosed(False)  # closing the manager keeps the server running
        else:
            self.window.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_manager()

    def show_manager(self) -> None:
        self.window.reload()
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


def run_gui(server: LicenceServer) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    gui = ServerGui(app, server)  # noqa: F841 (kept alive until exec returns)
    return app.exec()

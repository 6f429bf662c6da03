"""«Менеджер лицензий»: the key files in the server's folder, their status and seats, with
the context menu of the manual («Активировать через интернет (автоматически)», «Активировать
вручную»). Also the plain window used where no system tray exists."""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QMainWindow, QMenu, QTableWidget,
                               QTableWidgetItem, QWidget)

from crm_desktop.domain.editions import Edition
from licsrv.activation import Status
from licsrv.manual_activation_dialog import ManualActivationDialog
from licsrv.online_activation import ActivationError
from licsrv.service import LicenceService, LicenceView

COLUMNS = ("Файл", "Владелец", "Серийный номер", "Редакция", "Мест", "Занято", "Опции",
           "Срок действия", "Состояние", "Примечание")
STATUS_COLOURS = {Status.ACTIVE: "#1b7f3b", Status.PASSIVE: "#8a6d00",
                  Status.EXPIRED: "#b00020", Status.INVALID: "#b00020"}
AUTO_ACTION = "Активировать через интернет (автоматически)"
MANUAL_ACTION = "Активировать вручную"


class _Background(QObject):
    """Runs one blocking call off the GUI thread and reports back on it."""
    done = Signal(str, bool)

    def run(self, work: Callable[[], None], success: str) -> None:
        def target() -> None:
            try:
                work()
            except (ActivationError, ValueError, OSError) as exc:
                self.done.emit(str(exc), False)
            else:
                self.done.emit(success, True)
        threading.Thread(target=target, name="licsrv-activation", daemon=True).start()


class LicenceManagerWindow(QMainWindow):
    def __init__(self, service: LicenceService, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Сервер лицензий — Менеджер лицензий")
        self._service, self._address = service, address
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line per key; the full note is in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.setCentralWidget(self.table)

        menu = self.menuBar().addMenu("Управление лицензиями")
        self.refresh_action = menu.addAction("Обновить", self.reload)
        menu.addSeparator()
        self.quit_action = menu.addAction("Выход")

        self._background = _Background(self)
        self._background.done.connect(self._activation_done)
        self._timer = QTimer(self, interval=3000)
        self._timer.timeout.connect(self.show_views)  # seats change without a folder re-read
        self._timer.start()
        self._paths: list[Path] = []
        self.show_views()
        self.resize(1280, 340)

    def reload(self) -> None:
        self._service.refresh()
        self.show_views()

    def show_views(self) -> None:
        views = self._service.views()
        selected = self.selected_path()
        self.table.setRowCount(len(views))
        self._paths = [v.entry.path for v in views]
        for row, view in enumerate(views):
            for col, text in enumerate(self._row(view)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if COLUMNS[col] == "Состояние":
                    item.setForeground(QColor(STATUS_COLOURS[view.entry.status]))
                self.table.setItem(row, col, item)
        if selected in self._paths:
            self.table.selectRow(self._paths.index(selected))
        if self._address:
            self.statusBar().showMessage(f"Сервер лицензий слушает {self._address}; "
                                         f"файлов лицензий: {len(views)}", 0)

    def _row(self, view: LicenceView) -> list[str]:
        key = view.entry.key
        status = view.entry.status.title + (", обслуживается" if view.served else "")
        if key is None:
            return [view.entry.path.name, "", "", "", "", "", "", "", status, view.entry.reason]
        taken = len(self._service.seats.holders(key.serial)) if view.served else 0
        return [view.entry.path.name, key.licensee, key.serial, Edition(key.edition).title,
                str(key.seats), str(taken), ", ".join(sorted(key.options)).upper(),
                f"до {key.expires:%d.%m.%Y}" if key.expires else "бессрочная",
                status, view.note or view.entry.reason]

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self._paths[rows[0].row()] if rows else None

    def context_actions(self, path: Path) -> list[QAction]:
        """The two activation actions of the manual, enabled when the key can be activated."""
        view = next(v for v in self._service.views() if v.entry.path == path)
        can = view.entry.key is not None and view.entry.status is not Status.EXPIRED
        auto = QAction(AUTO_ACTION, self, enabled=can)
        auto.triggered.connect(lambda: self.activate_online(path))
        manual = QAction(MANUAL_ACTION, self, enabled=can)
        manual.triggered.connect(lambda: self.activate_manually(path))
        return [auto, manual]

    def _context_menu(self, pos: QPoint) -> None:
        row = self.table.rowAt(pos.y())
        if row < 0:
            return
        self.table.selectRow(row)
        menu = QMenu(self)
        menu.addActions(self.context_actions(self._paths[row]))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def activate_online(self, path: Path) -> None:
        self.statusBar().showMessage(f"Активация {path.name} через интернет…")
        self._background.run(lambda: self._service.activate_online(path),
                             f"Лицензия {path.name} активирована через интернет.")

    def activate_manually(self, path: Path) -> ManualActivationDialog:
        dialog = ManualActivationDialog(self._service, path, self)
        dialog.accepted.connect(lambda: self._activation_done(f"Лицензия {path.name} активирована.", True))
        dialog.open()
        return dialog

    def _activation_done(self, message: str, ok: bool) -> None:
        self.show_views()
        self.statusBar().showMessage(message if ok else f"Активация не выполнена: {message}")

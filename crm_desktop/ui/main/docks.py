"""Side panels of the main window: the assistant panel (calendar and monitors) on the left and
the informator with tips on the right (REG-1; manual: "Главное окно", "Информатор")."""
from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCalendarWidget, QCheckBox, QDockWidget, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from crm_desktop.ui.main.tips import TIPS


def _monitor(title: str, text: str) -> QGroupBox:
    box = QGroupBox(title)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666;")
    layout = QVBoxLayout(box)
    layout.addWidget(label)
    return box


class AssistantDock(QDockWidget):
    """Calendar (double click opens the day planner) and the monitors: tasks, processes (when
    given); the targeting monitor is filled by the issue that brings targeting."""

    def __init__(self, monitor: QWidget, parent: QWidget | None = None,
                 process_monitor: QWidget | None = None) -> None:
        """`monitor` is the task monitor (today's and overdue tasks), `process_monitor` the
        runs of processes waiting at the user's stages (ui/processes/monitor.py)."""
        super().__init__(self.tr("Панель помощника"), parent)
        self.setObjectName("assistantDock")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)
        tasks_box = QGroupBox(self.tr("Задачи на день и просроченные"))
        QVBoxLayout(tasks_box).addWidget(monitor)
        self.monitor = monitor
        layout.addWidget(tasks_box, 1)
        if process_monitor is None:
            layout.addWidget(_monitor(self.tr("Монитор процессов"), self.tr("Бизнес-процессы, где вы ответственный.")))
        else:
            processes_box = QGroupBox(self.tr("Монитор процессов"))
            QVBoxLayout(processes_box).addWidget(process_monitor)
            self.process_monitor = process_monitor
            layout.addWidget(processes_box)
        layout.addWidget(_monitor(self.tr("Монитор таргетинга"), self.tr("Выполнение плана по целевым событиям.")))
        self.setWidget(body)


class InformatorDock(QDockWidget):
    """Random tips about the program with "Далее >>" and "Не показывать при запуске"."""

    def __init__(self, show_at_start: bool, rng: random.Random | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Информатор"), parent)
        self.setObjectName("informatorDock")
        self._rng = rng or random.Random()
        self._order = list(range(len(TIPS)))
        self._rng.shuffle(self._order)
        self._position = 0
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("<b>Знаете ли вы?</b>"))
        self.tip = QLabel()
        self.tip.setWordWrap(True)
        self.tip.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tip.setMinimumWidth(200)
        self.next_button = QPushButton(self.tr("Далее >>"))
        self.next_button.clicked.connect(self.next_tip)
        self.hide_at_start = QCheckBox(self.tr("Не показывать при запуске"))
        self.hide_at_start.setChecked(not show_at_start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hide_at_start)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addWidget(title)
        layout.addWidget(self.tip, 1)
        layout.addLayout(buttons)
        body.setMaximumWidth(320)
        self.setWidget(body)
        self._show()

    def _show(self) -> None:
        self.tip.setText(TIPS[self._order[self._position]])

    def next_tip(self) -> None:
        self._position = (self._position + 1) % len(self._order)
        self._show()

    @property
    def current_tip(self) -> str:
        return self.tip.text()

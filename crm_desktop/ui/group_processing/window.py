"""«Менеджер групповой обработки» (manual: "Групповая обработка"; GRP-1): the tabs
«Классификаторы», «Оперативная работа» and «Доступ» are the card's fields (domain/client_fields.py
via domain/group_processing.py), each with a tick «change this»: only ticked fields are set, and a
ticked empty field is cleared. «Задача» sets one task per client, spread over time if asked. The
channel tabs (E-Mail, SMS) come in through add_channel. «Запуск обработки» runs on the runner
with the progress bar and «Отмена»; the log lists every client and ends with the summary."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QDateTime, QTime, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.domain.amount_words import plural_form
from crm_desktop.domain.client_fields import ACCESS, Field, FieldKind, field as field_of
from crm_desktop.domain.group_processing import (ACCESS_FIELDS, CLASSIFIER_FIELDS, GRANT_FIELD, OPERATIVE_FIELDS,
                                                 WORKDAY_END, default_start, limit_refusal)
from crm_desktop.domain.tasks import IMPORTANCE_TITLES
from crm_desktop.services import group_processing as service
from crm_desktop.services.classifiers import active_custom_classifiers
from crm_desktop.services.group_processing import Outcome, Plan, TaskPlan
from crm_desktop.services.session import Session
from crm_desktop.ui.admin.prompts import confirm
from crm_desktop.ui.card.field_editors import make_editor
from crm_desktop.ui.changes import CLIENT, EVENT, TASK, announce
from crm_desktop.ui.forms.group_processing.window_ui import Ui_GroupProcessingWindow
from crm_desktop.ui.group_processing.mail_tab import MailTab
from crm_desktop.ui.group_processing.sms_tab import SmsTab
from crm_desktop.ui.ops import Job, call, error_text, run_op
from crm_desktop.ui.widgets.dictionary_combo import DictionaryCombo
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Групповая обработка"
CLIENTS = ("клиент", "клиента", "клиентов")
ERROR_STYLE = "color: #c62828;"
TICK_TIP = "Отметьте, чтобы установить это значение всем клиентам; пустое значение очищает поле"


class Channel(Protocol):
    """A channel tab (notes: channel_iface): «E-Mail», «SMS»."""
    title: str

    def active(self) -> bool: ...

    def problem(self) -> str: ...

    def job(self) -> Callable[[list[int], Callable[[int, int, str], Any]], list[str]]: ...


def clients_text(n: int) -> str:
    return f"{n} {plural_form(n, CLIENTS)}"


class TickedFields(QWidget):
    """Rows «[✓] label — editor» of the given fields: an editor is enabled while its tick is on,
    and `values()` gives the ticked fields only."""

    def __init__(self, fields: Sequence[Field], session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticks: dict[str, QCheckBox] = {}
        self.editors: dict[str, QWidget] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        for row, f in enumerate(fields):
            tick = QCheckBox(f.label, self)
            tick.setObjectName(f"change_{f.name}")
            tick.setToolTip(self.tr(TICK_TIP))
            editor = make_editor(f, session, self)
            if f.kind is FieldKind.FLAG:
                editor.setText(self.tr("да"))
            editor.setEnabled(False)
            tick.toggled.connect(editor.setEnabled)
            align = Qt.AlignmentFlag.AlignTop if f.kind in (FieldKind.MULTILINE, FieldKind.DICTIONARY_SET) else \
                Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(tick, row, 0, align)
            grid.addWidget(editor, row, 1)
            self.ticks[f.name], self.editors[f.name] = tick, editor
        grid.setRowStretch(len(fields), 1)

    def values(self) -> dict[str, Any]:
        return {name: self.editors[name].value() for name, tick in self.ticks.items() if tick.isChecked()}

    def tick(self, name: str, value: Any) -> None:
        """Tick a field and give its value (callers that preset the window, tests)."""
        self.ticks[name].setChecked(True)
        self.editors[name].set_value(value)


def _page(page: QWidget, content: QWidget, hint: str = "") -> None:
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    area.viewport().setAutoFillBackground(False)        # the tab's own background, not a grey box
    content.setAutoFillBackground(False)
    layout = QVBoxLayout(page)
    if hint:
        label = QLabel(hint, page)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addWidget(area)


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _py(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)


class GroupProcessingWindow(QWidget):
    def __init__(self, session: Session, client_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_GroupProcessingWindow()
        self.ui.setupUi(self)
        self.setObjectName("GroupProcessingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self.client_ids: list[int] = []
        self.channels: list[Channel] = []
        self.job: Job | None = None
        self.outcome: Outcome | None = None
        hint = self.tr("Отметьте поля, которые нужно изменить у всех клиентов; отмеченное пустое поле очищается.")
        # the card's «Общие» classifiers, then the administrator's own ones (the card's «Признаки»)
        defs = call(self, lambda: active_custom_classifiers(session)) or []
        self._custom = {d.as_field().name: d.id for d in defs}
        self.classifiers = TickedFields([*CLASSIFIER_FIELDS, *(d.as_field() for d in defs)], session)
        self.operative = TickedFields(OPERATIVE_FIELDS, session)
        grant = next(f for f in ACCESS.fields if f.name == GRANT_FIELD)
        self.access = TickedFields([field_of(n) for n in ACCESS_FIELDS] + [grant], session)
        self.access.ticks[GRANT_FIELD].setText(self.tr("Предоставить доступ"))
        self.access.ticks[GRANT_FIELD].setToolTip(self.tr(
            "Отмеченные пользователи добавляются к тем, кому доступ уже разрешён"))
        _page(self.ui.classifiersPage, self.classifiers, hint)
        _page(self.ui.operativePage, self.operative, hint)
        _page(self.ui.accessPage, self.access, self.tr(
            "Отметьте, что изменить у всех клиентов; отмеченный пустой куратор или специалист снимается. "
            "Отмеченным пользователям доступ добавляется к уже разрешённому."))
        self._build_task()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.runButton.clicked.connect(self.run)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.close)
        self.set_clients(client_ids)

    def _build_task(self) -> None:
        ui = self.ui
        self.executor = DictionaryCombo(self._session, "users", ui.executorHost)
        layout = QVBoxLayout(ui.executorHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.executor)
        self.executor.set_value(self._session.user.id)
        for level, title in IMPORTANCE_TITLES.items():
            ui.importanceCombo.addItem(self.tr(title), level)
        ui.importanceCombo.setCurrentIndex(ui.importanceCombo.findData(2))
        start = default_start(datetime.now())
        ui.startEdit.setDateTime(_qdt(start))
        ui.dueEdit.setDateTime(_qdt(start + timedelta(days=1)))
        ui.dayEndEdit.setTime(QTime(WORKDAY_END.hour, WORKDAY_END.minute))
        ui.assignCheck.toggled.connect(ui.taskBox.setEnabled)
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.spreadCheck.toggled.connect(ui.dayEndEdit.setEnabled)

    # -- the channel tabs ---------------------------------------------------------------------
    def add_channel(self, tab: Channel) -> None:
        """A channel tab after «Задача»; its job runs after the changes, in the same worker."""
        self.channels.append(tab)
        self.ui.tabs.addTab(tab, self.tr(tab.title))

    # -- what to do -----------------------------------------------------------------------------
    def set_clients(self, client_ids: Sequence[int]) -> None:
        """The clients to process (the opener gives the marked ones or the filtered list)."""
        self.client_ids = list(dict.fromkeys(client_ids))
        n = len(self.client_ids)
        text = self.tr("Клиентов к обработке: %1.").replace("%1", str(n))
        too_many = limit_refusal(n)
        self.ui.countLabel.setText(text + (" " + too_many if too_many else ""))
        self.ui.countLabel.setStyleSheet(ERROR_STYLE if too_many else "")

    def task_plan(self) -> TaskPlan | None:
        ui = self.ui
        if not ui.assignCheck.isChecked():
            return None
        return TaskPlan(executor_id=self.executor.value(), body=ui.bodyEdit.toPlainText(),
                        start_at=_py(ui.startEdit.dateTime()), duration_min=ui.durationSpin.value(),
                        importance=ui.importanceCombo.currentData(), requires_report=ui.reportCheck.isChecked(),
                        due_at=_py(ui.dueEdit.dateTime()) if ui.dueCheck.isChecked() else None,
                        spread=ui.spreadCheck.isChecked(), day_end=ui.dayEndEdit.time().toPython())

    def plan(self) -> Plan:
        values = self.classifiers.values() | self.operative.values() | self.access.values()
        grant = values.pop(GRANT_FIELD, None) or set()
        custom = {self._custom[name]: values.pop(name) for name in list(values) if name in self._custom}
        return Plan(values, frozenset(grant), self.task_plan(), custom)

    # -- the run ----------------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE if error else "")

    def run(self) -> None:
        """«Запуск обработки»: the channels' problems first (nothing runs while one has any), the
        limit, a confirmation, then the work on the runner."""
        if self.busy():
            return
        active = [c for c in self.channels if c.active()]
        problems = [f"«{c.title}»: {p}" for c in active if (p := c.problem())]
        refused = problems or [r for r in (limit_refusal(len(self.client_ids)),) if r]
        if refused:
            self._say(" ".join(refused), error=True)
            return
        plan = self.plan()
        if plan.empty and not active:
            self._say(self.tr("Нечего выполнять: отметьте «Изменить» у нужных полей, назначьте задачу "
                              "или включите рассылку."), error=True)
            return
        if not confirm(self, self.tr(TITLE), self.tr("Обработать %1?").replace(
                "%1", clients_text(len(self.client_ids)))):
            return
        jobs = [(c.title, c.job()) for c in active]
        session, ids = self._session, list(self.client_ids)
        self.ui.logList.clear()
        self._say(self.tr("Обработка…"))
        self._running(True)
        self.job = run_op(self, lambda progress: service.run(session, ids, plan, progress, jobs),
                          lambda outcome: self._done(outcome, plan, bool(jobs)), self._failed,
                          on_progress=self._progress)

    def cancel(self) -> None:
        if self.busy() and self.job is not None:
            self.job.cancel()
            self.ui.cancelButton.setEnabled(False)
            self._say(self.tr("Отмена: обработка остановится после текущего клиента…"))

    def _running(self, on: bool) -> None:
        self.ui.runButton.setEnabled(not on)
        self.ui.cancelButton.setEnabled(on)
        self.ui.closeButton.setEnabled(not on)
        self.ui.tabs.setEnabled(not on)
        self.ui.progressBar.setVisible(on)
        self.ui.progressBar.setRange(0, max(len(self.client_ids), 1))
        self.ui.progressBar.setValue(0)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.ui.progressBar.setRange(0, max(total, 0))
        self.ui.progressBar.setValue(min(done, total) if total > 0 else 0)
        if text and not (self.job is not None and self.job.cancelled):
            self._say(text)

    def _done(self, outcome: Outcome, plan: Plan, channels: bool) -> None:
        self._running(False)
        self.outcome = outcome
        self.ui.logList.addItems(outcome.lines)
        self.ui.logList.scrollToBottom()
        self._say(outcome.summary, error=outcome.failed is not None)
        if outcome.done:            # the register and open cards read themselves again
            announce(CLIENT, outcome.done)
            if plan.task is not None:
                announce(TASK)
            if channels:
                announce(EVENT)

    def _failed(self, exc: BaseException) -> None:
        self._running(False)
        self._say(error_text(exc), error=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.busy():             # the log must say what was done: close after the run
            event.ignore()
            return
        super().closeEvent(event)


def open_group_processing(parent: QWidget | None, session: Session, client_ids: list[int]) -> None:
    """Ctrl+G / «Групповые операции – Групповая обработка»: the manager on `client_ids` (the
    marked clients, or the filtered list when none is marked). Refused in a message box, with
    nothing opened, when the edition or the user's rights do not allow it; an open manager
    takes the new clients (unless it is running)."""
    reason = service.refusal(session)
    if reason is not None:
        QMessageBox.information(parent, TITLE, reason)
        return

    def again(window: GroupProcessingWindow) -> None:
        if not window.busy():
            window.set_clients(client_ids)

    bring_up(parent, GroupProcessingWindow, "GroupProcessingWindow",
             lambda: new_window(session, client_ids, parent), again)


def new_window(session: Session, client_ids: Sequence[int], parent: QWidget | None = None) -> GroupProcessingWindow:
    """The manager with its channel tabs «E-Mail» and «SMS»."""
    window = GroupProcessingWindow(session, client_ids, parent)
    window.add_channel(MailTab(session))
    window.add_channel(SmsTab(session))
    return window


__all__ = ["GroupProcessingWindow", "TickedFields", "new_window", "open_group_processing"]

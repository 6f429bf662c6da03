"""The task form (manual: "Задачи"): client, setter and set date filled in, executor,
importance, start, duration, deadline, text, "requires a report", reminder; the workflow
buttons the user may press now and the history of states."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QPoint
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QInputDialog, QMenu, QMessageBox, QPushButton,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from crm_desktop.domain.tasks import (IMPORTANCE_TITLES, KIND_TITLES, STATUS_TITLES, Kind, Status, TaskDraft,
                                      TaskInvalid, needs_report, validate)
from crm_desktop.services import tasks
from crm_desktop.services.session import Session
from crm_desktop.services.tasks import ClientChoice, TaskRecord
from crm_desktop.ui.changes import TASK, announce
from crm_desktop.ui.forms.tasks.task_dialog_ui import Ui_TaskDialog
from crm_desktop.ui.ops import call, show_error
from crm_desktop.ui.unsaved_changes import may_close
from crm_desktop.ui.widgets.dictionary_combo import DictionaryCombo

TITLE = "Задача"


def default_start(now: datetime | None = None) -> datetime:
    """The next quarter of an hour: a sensible start for a task set now."""
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    return now + timedelta(minutes=15 - now.minute % 15)


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(value)


def _py(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)


class TaskDialog(QDialog):
    """A new task (record None) or an existing one. The setter (or an administrator) edits the
    conditions; the executor and the setter move the task through the workflow."""

    def __init__(self, session: Session, record: TaskRecord | None, parent: QWidget | None = None, *,
                 client_id: int | None = None, executor_id: int | None = None,
                 start_at: datetime | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self._session, self._record = session, record
        self.task_id: int | None = record.id if record else None
        self._client: ClientChoice | None = None
        self.executor = DictionaryCombo(session, "users", self.ui.executorHost)
        layout = QVBoxLayout(self.ui.executorHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.executor)
        for level, title in IMPORTANCE_TITLES.items():
            self.ui.importanceCombo.addItem(self.tr(title), level)
        self.ui.clientEdit.returnPressed.connect(self.find_client)
        self.ui.clientFindButton.clicked.connect(self.find_client)
        self.ui.clientEdit.textEdited.connect(self._client_typed)
        self.ui.dueCheck.toggled.connect(self.ui.dueEdit.setEnabled)
        self.ui.remindCheck.toggled.connect(self.ui.remindSpin.setEnabled)
        self.ui.acceptButton.clicked.connect(lambda: self.make_transition(Status.ACCEPTED))
        self.ui.completeButton.clicked.connect(lambda: self.make_transition(Status.COMPLETED))
        self.ui.closeButton.clicked.connect(lambda: self.make_transition(Status.CLOSED))
        self.ui.reworkButton.clicked.connect(lambda: self.make_transition(Status.REWORK))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.historyList.header().setStretchLastSection(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Сохранить"))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)        # Enter in the client field searches, never saves
        if record is None:
            self._fill_new(client_id, executor_id, start_at)
        else:
            self._fill(record)
        self._show_state()
        self._opened = self.draft()

    # -- filling ------------------------------------------------------------------------------
    def _fill_new(self, client_id: int | None, executor_id: int | None, start_at: datetime | None) -> None:
        self.setWindowTitle(self.tr("Новая задача"))
        self.ui.setterEdit.setText(self._session.user.full_name)
        self.ui.setAtEdit.setDateTime(_qdt(datetime.now()))
        self.executor.set_value(executor_id or self._session.user.id)
        self.ui.importanceCombo.setCurrentIndex(self.ui.importanceCombo.findData(2))
        start = start_at or default_start()
        self.ui.startEdit.setDateTime(_qdt(start))
        self.ui.dueEdit.setDateTime(_qdt(start + timedelta(days=1)))
        self.ui.dueEdit.setEnabled(False)
        self.ui.remindSpin.setEnabled(False)
        if client_id is not None:
            self._set_client(call(self, lambda: tasks.client_choice(self._session, client_id), TITLE))

    def _fill(self, record: TaskRecord) -> None:
        self.setWindowTitle(self.tr("{0} №{1}").format(self.tr(KIND_TITLES[Kind(record.kind)]), record.id))
        if record.client_id is not None:
            self._set_client(ClientChoice(record.client_id, record.client_code or 0, record.client_name or ""))
        self.ui.setterEdit.setText(record.setter or "")
        self.ui.setAtEdit.setDateTime(_qdt(record.set_at))
        self.executor.set_value(record.executor_id)
        self.ui.importanceCombo.setCurrentIndex(self.ui.importanceCombo.findData(record.importance))
        self.ui.startEdit.setDateTime(_qdt(record.start_at))
        self.ui.durationSpin.setValue(record.duration_min)
        self.ui.dueCheck.setChecked(record.due_at is not None)
        self.ui.dueEdit.setDateTime(_qdt(record.due_at or record.start_at + timedelta(days=1)))
        self.ui.dueEdit.setEnabled(record.due_at is not None)
        self.ui.remindCheck.setChecked(record.remind_min is not None)
        self.ui.remindSpin.setValue(record.remind_min if record.remind_min is not None else 15)
        self.ui.remindSpin.setEnabled(record.remind_min is not None)
        self.ui.reportCheck.setChecked(needs_report(record.kind, record.requires_report))
        self.ui.bodyEdit.setPlainText(record.body)

    def can_edit(self) -> bool:
        record = self._record
        return record is None or record.setter_id == self._session.user.id or self._session.rights.is_admin

    def _show_state(self) -> None:
        record, editable = self._record, self.can_edit()
        for widget in (self.ui.clientEdit, self.ui.clientFindButton, self.ui.importanceCombo, self.ui.startEdit,
                       self.ui.durationSpin, self.ui.dueCheck, self.ui.remindCheck, self.ui.reportCheck):
            widget.setEnabled(editable)
        self.ui.dueEdit.setEnabled(editable and self.ui.dueCheck.isChecked())
        self.ui.remindSpin.setEnabled(editable and self.ui.remindCheck.isChecked())
        self.executor.set_read_only(not editable)
        self.ui.bodyEdit.setReadOnly(not editable)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setVisible(editable)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Отмена") if editable else self.tr("Закрыть"))
        allowed = tasks.allowed_transitions(self._session, record) if record else []
        buttons = {Status.ACCEPTED: self.ui.acceptButton, Status.COMPLETED: self.ui.completeButton,
                   Status.CLOSED: self.ui.closeButton, Status.REWORK: self.ui.reworkButton}
        for status, button in buttons.items():
            button.setVisible(status in allowed)
        if record is not None and not needs_report(record.kind, record.requires_report):
            self.ui.closeButton.setText(self.tr("Выполнено (закрыть)"))
        self.ui.statusLabel.setText(self.tr("Состояние: {0}").format(
            self.tr(STATUS_TITLES[Status(record.status)] if record else STATUS_TITLES[Status.NEW])))
        has_report = bool(record and record.report)
        self.ui.reportCaption.setVisible(has_report)
        self.ui.reportView.setVisible(has_report)
        self.ui.reportView.setPlainText(record.report if record and record.report else "")
        self.ui.historyCaption.setVisible(record is not None)
        self.ui.historyList.setVisible(record is not None)
        if record is not None:
            self._fill_history()

    def _fill_history(self) -> None:
        rows = call(self, lambda: tasks.history(self._session, self.task_id), TITLE) or []
        self.ui.historyList.clear()
        for row in rows:
            self.ui.historyList.addTopLevelItem(QTreeWidgetItem([
                f"{row.changed_at:%d.%m.%Y %H:%M}", row.user or "", self.tr(STATUS_TITLES[Status(row.new_status)]),
                row.note or ""]))
        for column in range(3):
            self.ui.historyList.resizeColumnToContents(column)

    # -- client picker ------------------------------------------------------------------------
    def _set_client(self, choice: ClientChoice | None) -> None:
        self._client = choice
        self.ui.clientEdit.setText(f"{choice.code} — {choice.name}" if choice else "")

    def _client_typed(self, _text: str) -> None:
        self._client = None

    def find_client(self) -> None:
        """Search by code or a part of the name; one match is taken, several are offered."""
        text = self.ui.clientEdit.text()
        if self._client is not None or not text.strip():
            return
        found = call(self, lambda: tasks.find_clients(self._session, text), TITLE)
        if found is None:
            return
        if not found:
            QMessageBox.information(self, self.tr(TITLE), self.tr("Клиент «{0}» не найден.").format(text.strip()))
        elif len(found) == 1:
            self._set_client(found[0])
        else:
            menu = QMenu(self)
            for choice in found:
                menu.addAction(f"{choice.code} — {choice.name}").setData(choice)
            picked = menu.exec(self.ui.clientEdit.mapToGlobal(QPoint(0, self.ui.clientEdit.height())))
            if picked is not None:
                self._set_client(picked.data())

    # -- saving -------------------------------------------------------------------------------
    def draft(self) -> TaskDraft:
        record = self._record
        report = self.ui.reportCheck.isChecked()
        kind = record.kind if record and record.kind in (Kind.PLANNER, Kind.NEXT_CONTACT) else \
            (Kind.REPORT if report else Kind.REMINDER)
        return TaskDraft(
            kind=int(kind), client_id=self._client.id if self._client else None,
            executor_id=self.executor.value(), importance=self.ui.importanceCombo.currentData(),
            start_at=_py(self.ui.startEdit.dateTime()), duration_min=self.ui.durationSpin.value(),
            due_at=_py(self.ui.dueEdit.dateTime()) if self.ui.dueCheck.isChecked() else None,
            body=self.ui.bodyEdit.toPlainText(), requires_report=report,
            remind_min=self.ui.remindSpin.value() if self.ui.remindCheck.isChecked() else None,
            planner_case_id=record.planner_case_id if record else None)

    def reject(self) -> None:
        if may_close(self, self.windowTitle(), self.can_edit() and self.draft() != self._opened):
            super().reject()

    def accept(self) -> None:
        """Save, keeping everything typed when something is wrong or someone else saved."""
        if self.ui.clientEdit.text().strip() and self._client is None:
            show_error(self, TaskInvalid([self.tr("Клиент не выбран: нажмите Enter в поле «Клиент» и выберите "
                                                  "его из найденных, или очистите поле.")]), self.tr(TITLE))
            return
        draft = self.draft()
        errors = validate(draft)
        if errors:
            show_error(self, TaskInvalid(errors), self.tr(TITLE))
            return
        if self._record is None:
            task_id = call(self, lambda: tasks.create_task(self._session, draft), TITLE)
            if task_id is None:
                return
            self.task_id = task_id
        else:
            record = self._record
            done = call(self, lambda: tasks.update_task(self._session, record.id, draft, record.row_version) or True,
                        TITLE)
            if done is None:
                return
        announce(TASK, [self.task_id])
        super().accept()

    # -- workflow -----------------------------------------------------------------------------
    def ask_text(self, title: str, label: str) -> str | None:
        """The report or the rework note (replaced in tests)."""
        text, ok = QInputDialog.getMultiLineText(self, title, label)
        return text if ok else None

    def make_transition(self, status: Status) -> None:
        text: str | None = None
        if status == Status.COMPLETED:
            text = self.ask_text(self.tr("Выполнено"), self.tr("Отчёт о выполнении:"))
        elif status == Status.REWORK:
            text = self.ask_text(self.tr("Вернуть на доработку"), self.tr("Что нужно доработать:"))
        if text is None and status in (Status.COMPLETED, Status.REWORK):
            return
        task_id = self.task_id
        if call(self, lambda: tasks.transition(self._session, task_id, status, text) or True, TITLE) is None:
            return
        announce(TASK, [task_id])
        record = call(self, lambda: tasks.load_task(self._session, task_id), TITLE)
        if record is not None:
            self._record = record
            self._show_state()

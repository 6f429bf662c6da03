"""«Процессы – Настройка процессов» (BP-1; manual 001 "Бизнес-процессы"): the list of processes
on the left; for the chosen one its name, the stages (name, responsible, start and end flags,
the stage's task: none, a reminder or a waiting task, its text and due days), the results of
the current stage (name, the stage it leads to), what keeps the scheme from running (domain
validate) and the diagram, redrawn on every edit. «Сохранить» is refused while the scheme is
invalid (the messages stay in sight); leaving a changed process asks whether to save it.
Ins adds and Del deletes a row of the table in focus (a stage after confirmation)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QListWidgetItem, QMessageBox,
                               QSpinBox, QTableWidget, QTableWidgetItem, QWidget)

from crm_desktop.domain.processes import (STAGE_TASK_TITLES, ProcessDefinition, Result, Stage, StageTask,
                                          validate)
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.processes.designer_window_ui import Ui_ProcessDesignerWindow
from crm_desktop.ui.ops import call
from crm_desktop.ui.processes.store import ProcessStore, service_store
from crm_desktop.ui.unsaved_changes import UNSAVED, may_leave
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Процессы – Настройка процессов"
STAGE_COLUMNS = ("Название этапа", "Ответственный", "Старт", "Конец", "Задача", "Текст задачи", "Срок, дн")
NAME, RESPONSIBLE, START, END, TASK, TASK_TEXT, DUE = range(len(STAGE_COLUMNS))
RESULT_COLUMNS = ("Результат", "Ведёт к этапу")
ID_ROLE = Qt.ItemDataRole.UserRole
VALID = "Схема верна: процесс можно запускать."


def _named_row(table: QTableWidget, name: str, item_id: int) -> int:
    """A new last row whose first cell is the name carrying the stage's or result's id."""
    row = table.rowCount()
    table.insertRow(row)
    item = QTableWidgetItem(name)
    item.setData(ID_ROLE, item_id)
    table.setItem(row, 0, item)
    return row


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    return holder


class ProcessDesignerWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None, store: ProcessStore | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("processDesignerWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self.store = store or service_store(session)
        self.ui = Ui_ProcessDesignerWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        self.definition = ProcessDefinition(None, "")
        self.dirty = False
        self._filling = False
        self._next_id = -1
        self.users: list[tuple[int, str]] = call(self, self.store.users, self.tr(TITLE)) or []
        self._setup_tables()
        ui = self.ui
        ui.splitter.setSizes([160, 820, 320])
        ui.processList.currentItemChanged.connect(self._process_chosen)
        ui.newProcessButton.clicked.connect(self.new_process)
        ui.deleteProcessButton.clicked.connect(self.delete_process)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.close)
        ui.nameEdit.textEdited.connect(lambda text: self._edit(replace(self.definition, name=text)))
        ui.activeCheck.toggled.connect(lambda _on: self._edit(self.definition) if not self._filling else None)
        self.reload_list()
        if ui.processList.count():
            ui.processList.setCurrentRow(0)
        else:
            self._show(self.definition)

    # -- setup --------------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        ui = self.ui
        for table, titles in ((ui.stagesTable, STAGE_COLUMNS), (ui.resultsTable, RESULT_COLUMNS)):
            table.setColumnCount(len(titles))
            table.setHorizontalHeaderLabels([self.tr(t) for t in titles])
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(26)
        header = ui.stagesTable.horizontalHeader()
        for column, width in ((NAME, 170), (RESPONSIBLE, 165), (START, 44), (END, 44), (TASK, 160), (DUE, 64)):
            ui.stagesTable.setColumnWidth(column, width)
        header.setSectionResizeMode(TASK_TEXT, QHeaderView.ResizeMode.Stretch)
        ui.resultsTable.setColumnWidth(0, 260)
        ui.resultsTable.horizontalHeader().setStretchLastSection(True)
        ui.stagesTable.itemChanged.connect(self._stage_item_changed)
        ui.resultsTable.itemChanged.connect(self._result_item_changed)
        ui.stagesTable.currentCellChanged.connect(lambda *_: self._fill_results())
        self._keys: dict[tuple[QTableWidget, int], Callable[[], None]] = {
            (ui.stagesTable, Qt.Key.Key_Insert): self.add_stage, (ui.stagesTable, Qt.Key.Key_Delete): self.delete_stage,
            (ui.resultsTable, Qt.Key.Key_Insert): self.add_result,
            (ui.resultsTable, Qt.Key.Key_Delete): self.delete_result}
        ui.stagesTable.installEventFilter(self)
        ui.resultsTable.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Ins and Del on a table (not while a cell is edited): add or delete its row."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            slot = self._keys.get((watched, event.key()))  # type: ignore[call-overload]
            if slot is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                slot()
                return True
        return super().eventFilter(watched, event)

    # -- the list of processes ----------------------------------------------------------------
    def reload_list(self, keep: int | None = None) -> None:
        lst = self.ui.processList
        lst.blockSignals(True)
        lst.clear()
        for process_id, name in call(self, self.store.list, self.tr(TITLE)) or []:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, process_id)
            lst.addItem(item)
            if process_id == keep:
                lst.setCurrentItem(item)
        lst.blockSignals(False)

    def _process_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None or current.data(ID_ROLE) == self.definition.id:
            return
        if not self.may_leave():
            self.ui.processList.blockSignals(True)
            self.ui.processList.setCurrentItem(previous)
            self.ui.processList.blockSignals(False)
            return
        loaded = call(self, lambda: self.store.load(current.data(ID_ROLE)), self.tr(TITLE))
        if loaded is not None:
            self._show(loaded, self.store.active(current.data(ID_ROLE)))

    def new_process(self) -> None:
        if not self.may_leave():
            return
        self.ui.processList.blockSignals(True)
        self.ui.processList.clearSelection()
        self.ui.processList.setCurrentItem(None)
        self.ui.processList.blockSignals(False)
        self._show(ProcessDefinition(None, self.tr("Новый процесс")))
        self.dirty = True
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def delete_process(self) -> None:
        if self.definition.id is None:
            self._show(ProcessDefinition(None, ""))
            return
        answer = QMessageBox.question(self, self.tr(TITLE),
                                      self.tr("Удалить процесс «%1» вместе с его схемой?").replace(
                                          "%1", self.definition.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        process_id = self.definition.id
        if call(self, lambda: self.store.delete(process_id) or True, self.tr(TITLE)):
            self.dirty = False
            self.definition = ProcessDefinition(None, "")
            self.reload_list()
            if self.ui.processList.count():
                self.ui.processList.setCurrentRow(0)
            else:
                self._show(self.definition)

    # -- showing a definition -----------------------------------------------------------------
    def _show(self, definition: ProcessDefinition, active: bool = True) -> None:
        self.definition = definition
        self.dirty = False
        self._filling = True
        try:
            self.ui.nameEdit.setText(definition.name)
            self.ui.activeCheck.setChecked(active)
            table = self.ui.stagesTable
            table.setRowCount(0)
            for stage in definition.stages:
                self._append_stage_row(stage)
            if definition.stages:
                table.setCurrentCell(0, NAME)
        finally:
            self._filling = False
        self._fill_results()
        self._refresh()

    def _append_stage_row(self, stage: Stage) -> None:
        table = self.ui.stagesTable
        row = _named_row(table, stage.name, stage.id)
        responsible = QComboBox()
        responsible.addItem(self.tr("(не назначен)"), None)
        for user_id, user_name in self.users:
            responsible.addItem(user_name, user_id)
        responsible.setCurrentIndex(max(responsible.findData(stage.responsible_id), 0))
        responsible.currentIndexChanged.connect(
            lambda _i, sid=stage.id, w=responsible: self._stage_field(sid, responsible_id=w.currentData()))
        table.setCellWidget(row, RESPONSIBLE, responsible)
        for column, flag, field in ((START, stage.is_start, "is_start"), (END, stage.is_end, "is_end")):
            box = QCheckBox()
            box.setChecked(flag)
            box.toggled.connect(lambda on, sid=stage.id, f=field: self._stage_field(sid, **{f: on}))
            table.setCellWidget(row, column, _centered(box))
        task = QComboBox()
        for kind in StageTask:
            task.addItem(self.tr(STAGE_TASK_TITLES[kind]), int(kind))
        task.setCurrentIndex(task.findData(int(stage.task)))
        task.currentIndexChanged.connect(
            lambda _i, sid=stage.id, w=task: self._stage_field(sid, task=StageTask(w.currentData())))
        table.setCellWidget(row, TASK, task)
        table.setItem(row, TASK_TEXT, QTableWidgetItem(stage.task_text))
        due = QSpinBox()
        due.setRange(0, 365)
        due.setValue(max(stage.task_due_days, 0))
        due.valueChanged.connect(lambda days, sid=stage.id: self._stage_field(sid, task_due_days=days))
        table.setCellWidget(row, DUE, due)

    def current_stage_id(self) -> int | None:
        row = self.ui.stagesTable.currentRow()
        item = self.ui.stagesTable.item(row, NAME) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _fill_results(self) -> None:
        table = self.ui.resultsTable
        stage_id = self.current_stage_id()
        filling, self._filling = self._filling, True
        try:
            table.setRowCount(0)
            if stage_id is None:
                return
            for result in self.definition.results_of(stage_id):
                row = _named_row(table, result.name, result.id)
                target = QComboBox()
                target.addItem(self.tr("(выберите этап)"), None)
                for stage in self.definition.stages:
                    target.addItem(stage.name or self.tr("(без названия)"), stage.id)
                target.setCurrentIndex(max(target.findData(result.next_stage_id), 0))
                target.currentIndexChanged.connect(lambda _i, rid=result.id, w=target: self._result_target(rid, w))
                table.setCellWidget(row, 1, target)
        finally:
            self._filling = filling

    # -- editing ------------------------------------------------------------------------------
    def _edit(self, definition: ProcessDefinition) -> None:
        self.definition = definition
        self.dirty = True
        self._refresh()

    def _stage_field(self, stage_id: int, **changes: object) -> None:
        if not self._filling:
            self._edit(self.definition.with_stage(replace(self.definition.stage(stage_id), **changes)))

    def _stage_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        stage_id = self.ui.stagesTable.item(item.row(), NAME).data(ID_ROLE)
        if item.column() == NAME:
            self._stage_field(stage_id, name=item.text())
            self._fill_results()        # the targets' combos name the stages
        elif item.column() == TASK_TEXT:
            self._stage_field(stage_id, task_text=item.text())

    def _result_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        result = self.definition.result(item.data(ID_ROLE))
        self._edit(self.definition.with_result(replace(result, name=item.text())))

    def _result_target(self, result_id: int, combo: QComboBox) -> None:
        if self._filling:
            return
        target = combo.currentData()
        self._edit(self.definition.with_result(replace(self.definition.result(result_id),
                                                       next_stage_id=0 if target is None else target)))

    def _new_id(self) -> int:
        """New stages and results get negative ids until the service stores them."""
        self._next_id -= 1
        return self._next_id

    def add_stage(self) -> None:
        first = not self.definition.stages
        stage = Stage(self._new_id(), self.tr("Новый этап"), None, is_start=first)
        self._edit(self.definition.with_stage(stage))
        filling, self._filling = self._filling, True
        self._append_stage_row(stage)
        self._filling = filling
        table = self.ui.stagesTable
        table.setCurrentCell(table.rowCount() - 1, NAME)
        table.editItem(table.item(table.rowCount() - 1, NAME))

    def delete_stage(self) -> None:
        stage_id = self.current_stage_id()
        if stage_id is None:
            return
        stage = self.definition.stage(stage_id)
        answer = QMessageBox.question(self, self.tr(TITLE), self.tr(
            "Удалить этап «%1» вместе с его результатами и результатами, ведущими к нему?").replace("%1", stage.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.ui.stagesTable.currentRow()
        definition = self.definition.without_stage(stage_id)
        self._show(definition, self.ui.activeCheck.isChecked())
        self.dirty = True
        if definition.stages:
            self.ui.stagesTable.setCurrentCell(min(row, len(definition.stages) - 1), NAME)

    def add_result(self) -> None:
        stage_id = self.current_stage_id()
        if stage_id is None:
            return
        result = Result(self._new_id(), stage_id, self.tr("Новый результат"), 0)
        self._edit(self.definition.with_result(result))
        self._fill_results()
        table = self.ui.resultsTable
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.editItem(table.item(table.rowCount() - 1, 0))

    def delete_result(self) -> None:
        row = self.ui.resultsTable.currentRow()
        if row < 0:
            return
        result = self.definition.result(self.ui.resultsTable.item(row, 0).data(ID_ROLE))
        answer = QMessageBox.question(self, self.tr(TITLE),
                                      self.tr("Удалить результат «%1»?").replace("%1", result.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._edit(self.definition.without_result(result.id))
            self._fill_results()

    # -- checking, drawing, saving ------------------------------------------------------------
    def messages(self) -> list[str]:
        return validate(self.definition)

    def _refresh(self) -> None:
        errors = self.messages()
        text = self.ui.messagesText
        text.setPlainText("\n".join(f"• {e}" for e in errors) if errors else self.tr(VALID))
        text.setStyleSheet("color: #b00020;" if errors else "color: #1b5e20;")
        self.ui.diagram.set_definition(self.definition)
        self.ui.deleteProcessButton.setEnabled(self.definition.id is not None)

    def save(self) -> bool:
        """Refused with the messages while the scheme is invalid; else stored and shown again."""
        errors = self.messages()
        if errors:
            self._refresh()
            QMessageBox.warning(self, self.tr(TITLE), self.tr("Процесс не сохранён:") + "\n" + "\n".join(errors))
            return False
        active = self.ui.activeCheck.isChecked()
        saved = call(self, lambda: self.store.save(self.definition, active), self.tr(TITLE))
        if saved is None:
            return False
        self._show(saved, active)
        self.reload_list(keep=saved.id)
        return True

    def may_leave(self) -> bool:
        return may_leave(self, self.tr(TITLE), self.tr(UNSAVED), self.dirty, self.save)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.may_leave():
            event.accept()
        else:
            event.ignore()


def open_designer(parent: QWidget | None, session: Session) -> ProcessDesignerWindow:
    return bring_up(parent, ProcessDesignerWindow, "processDesignerWindow",
                    lambda: ProcessDesignerWindow(session, parent))

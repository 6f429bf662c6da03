"""«Ход процесса» (BP-2, BP-3): the process's diagram with the current stage highlighted, the
protocol (stage, result, who, when, time spent), the state of the current stage («Новый» /
«В работе») and its results to finish it with. A closed process is only viewed; a move made
meanwhile by someone else is told (ConcurrentMove) and the window reads the process again.
«Печать протокола» opens the report "process-protocol" for this run."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QWidget

from crm_desktop.domain.processes import ConcurrentMove, StageState
from crm_desktop.services.session import Session
from crm_desktop.ui.changes import PROCESS, announce, follow
from crm_desktop.ui.forms.processes.run_window_ui import Ui_ProcessRunWindow
from crm_desktop.ui.ops import call, error_text
from crm_desktop.ui.processes.store import RunCard, RunStore, service_runs
from crm_desktop.ui.widgets.windows import bring_up

TITLE = "Ход процесса"
PROTOCOL_COLUMNS = ("Этап", "Результат", "Следующий этап", "Кто", "Начат", "Завершён", "Затрачено")
SETTABLE = (StageState.NEW, StageState.IN_WORK)


def when(moment) -> str:
    return moment.strftime("%d.%m.%Y %H:%M") if moment is not None else ""


class ProcessRunWindow(QWidget):
    def __init__(self, session: Session, run_id: int, parent: QWidget | None = None,
                 store: RunStore | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName(f"processRunWindow{run_id}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session, self.run_id = session, run_id
        self.store = store or service_runs(session)
        self.card: RunCard | None = None
        self.ui = Ui_ProcessRunWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        ui = self.ui
        ui.splitter.setSizes([460, 180])
        ui.buttonsLayout.setStretch(0, 1)             # the status line takes the free width
        table = ui.protocolTable
        table.setColumnCount(len(PROTOCOL_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(t) for t in PROTOCOL_COLUMNS])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 150, 150, 130, 122, 122)):
            table.setColumnWidth(column, width)
        ui.moveButton.clicked.connect(self.move)
        ui.stateCombo.activated.connect(lambda _i: self.set_state())
        ui.printButton.clicked.connect(self.print_protocol)
        ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        follow(self, (PROCESS,), lambda _kind, ids: self.reload() if not ids or run_id in ids else None)
        self.reload()

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        card = call(self, lambda: self.store.card(self.run_id), self.tr(TITLE))
        if card is not None:
            self.show_card(card)

    def show_card(self, card: RunCard) -> None:
        self.card = card
        run, definition, ui = card.run, card.definition, self.ui
        try:
            stage_name = definition.stage(run.stage_id).name
        except KeyError:
            stage_name = "?"
        state = self.tr("закрыт %1").replace("%1", when(run.closed_at)) if run.closed else self.tr(run.state.title)
        lines = [f"<b>{escape(card.process_name)}</b> — {escape(card.client_name)}",
                 self.tr("Текущий этап: <b>%1</b> (%2)").replace("%1", escape(stage_name)).replace("%2", escape(state)),
                 self.tr("Запущен %1, %2").replace("%1", when(run.started_at)).replace(
                     "%2", escape(card.names.get(run.started_by, "")))]
        if run.note:
            lines.append(self.tr("Примечание: %1").replace("%1", escape(run.note)))
        ui.headerLabel.setText("<br>".join(lines))
        ui.diagram.set_definition(definition, None if run.closed else run.stage_id)
        self._fill_protocol(card)
        ui.stateCombo.clear()
        ui.resultCombo.clear()
        if run.closed:
            ui.stateCombo.addItem(self.tr(StageState.DONE.title), int(StageState.DONE))
        elif run.state in SETTABLE:
            for choice in SETTABLE:
                ui.stateCombo.addItem(self.tr(choice.title), int(choice))
            ui.stateCombo.setCurrentIndex(ui.stateCombo.findData(int(run.state)))
        else:
            ui.stateCombo.addItem(self.tr(run.state.title), int(run.state))
        if not run.closed:
            for result in definition.results_of(run.stage_id):
                ui.resultCombo.addItem(result.name, result.id)
        open_ = not run.closed and card.may_move
        ui.stateCombo.setEnabled(open_ and run.state in SETTABLE)
        ui.resultCombo.setEnabled(open_ and not run.waiting_task)
        ui.moveButton.setEnabled(open_ and not run.waiting_task and ui.resultCombo.count() > 0)
        if run.closed:
            status = self.tr("Процесс закрыт: его можно только просматривать.")
        elif not card.may_move:
            status = card.refusal or self.tr("Этап ведёт другой сотрудник: процесс можно только просматривать.")
        elif run.waiting_task:
            status = self.tr("Процесс ждёт выполнения задачи этапа.")
        else:
            status = ""
        ui.statusLabel.setText(status)

    def _fill_protocol(self, card: RunCard) -> None:
        table = self.ui.protocolTable
        table.setRowCount(len(card.protocol))
        for row, entry in enumerate(card.protocol):
            values = (entry.stage_name, entry.result_name, entry.next_stage_name, card.names.get(entry.who, ""),
                      when(entry.started_at), when(entry.finished_at), entry.spent_text)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == len(values) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    # -- commands -----------------------------------------------------------------------------
    def _command(self, work) -> None:
        """A move or a state change; someone else's move meanwhile is told and read again."""
        try:
            work()
        except ConcurrentMove as exc:
            QMessageBox.warning(self, self.tr(TITLE), str(exc))
            self.reload()
            return
        except Exception as exc:  # noqa: BLE001 - the service's sentence reaches the user
            QMessageBox.warning(self, self.tr(TITLE), error_text(exc))
            self.reload()
            return
        announce(PROCESS, (self.run_id,))
        self.reload()

    def move(self) -> None:
        card, result_id = self.card, self.ui.resultCombo.currentData()
        if card is None or result_id is None or card.run.closed:
            return
        self._command(lambda: self.store.move(self.run_id, result_id, card.run.version))

    def set_state(self) -> None:
        card, state = self.card, self.ui.stateCombo.currentData()
        if card is None or state is None or card.run.closed or state == int(card.run.state):
            return
        self._command(lambda: self.store.set_state(self.run_id, StageState(state), card.run.version))

    def print_protocol(self) -> None:
        from crm_desktop.ui import reports
        call(self, lambda: reports.open_report(self, self._session, "process-protocol", {"run": str(self.run_id)}),
             self.tr(TITLE))


def open_run(parent: QWidget | None, session: Session, run_id: int) -> ProcessRunWindow:
    return bring_up(parent, ProcessRunWindow, f"processRunWindow{run_id}",
                    lambda: ProcessRunWindow(session, run_id, parent))

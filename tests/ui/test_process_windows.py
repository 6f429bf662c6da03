"""Issue 14 windows: «Настройка процессов» (the designer), «Журнал процессов», «Ход процесса»
and the process monitor of the assistant panel."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from crm_desktop.domain.processes import ProcessDefinition, sample_reclamation
from crm_desktop.ui.processes.designer import NAME, ProcessDesignerWindow


class FakeStore:
    """The designer's store without a database (the service has its own tests)."""

    def __init__(self, *definitions: ProcessDefinition) -> None:
        self.defs = {d.id: d for d in definitions}
        self.saved: list[ProcessDefinition] = []
        self.inactive: set[int] = set()

    def users(self):
        return [(1, "Администратор"), (2, "Иванов Иван")]

    def list(self):
        return [(k, d.name) for k, d in self.defs.items()]

    def load(self, process_id):
        return self.defs[process_id]

    def active(self, process_id):
        return process_id not in self.inactive

    def save(self, definition, is_active):
        stored = replace(definition, id=definition.id or 100)
        self.defs[stored.id] = stored
        if not is_active:
            self.inactive.add(stored.id)
        self.saved.append(stored)
        return stored

    def delete(self, process_id):
        del self.defs[process_id]


def designer(qtbot, store: FakeStore) -> ProcessDesignerWindow:
    window = ProcessDesignerWindow(None, None, store)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)     # the test reads it after closing
    qtbot.addWidget(window)
    window.show()
    return window


def test_designer_validates_and_draws(qtbot, boxes):
    window = designer(qtbot, FakeStore(replace(sample_reclamation(1), id=7)))
    assert window.ui.stagesTable.rowCount() == 4
    assert len(window.ui.diagram.diagram.boxes) == 4
    assert len(window.ui.diagram.diagram.arrows) == 5
    assert "Схема верна" in window.ui.messagesText.toPlainText()
    # a fifth stage nobody reaches: drawn at once and named in the messages
    window.ui.stagesTable.setFocus()
    window.add_stage()
    assert len(window.ui.diagram.diagram.boxes) == 5
    assert "До этапа «Новый этап» нельзя дойти" in window.ui.messagesText.toPlainText()
    assert window.dirty


def test_saving_an_invalid_definition_is_refused(qtbot, boxes):
    store = FakeStore(replace(sample_reclamation(1), id=7))
    window = designer(qtbot, store)
    table = window.ui.stagesTable
    table.item(0, NAME).setText("")         # the start stage loses its name
    assert not window.save()
    assert store.saved == []
    assert "У этапа № 1 нет названия" in window.ui.messagesText.toPlainText()
    assert any("Процесс не сохранён" in text and "нет названия" in text for text in boxes.warnings)
    table.item(0, NAME).setText("Получена претензия")
    window.ui.activeCheck.setChecked(False)         # no longer started
    assert window.save()
    assert store.saved[-1].stages[0].name == "Получена претензия"
    assert store.inactive == {7}
    assert not window.dirty and not window.ui.activeCheck.isChecked()


def test_designer_new_process_and_results(qtbot, boxes):
    store = FakeStore()
    window = designer(qtbot, store)
    window.new_process()
    window.ui.nameEdit.setText("Согласование")
    window.ui.nameEdit.textEdited.emit("Согласование")
    window.add_stage()
    window.add_stage()
    stages = window.definition.stages
    assert stages[0].is_start and not stages[1].is_start
    window.ui.stagesTable.setCurrentCell(0, NAME)
    window.add_result()
    target = window.ui.resultsTable.cellWidget(0, 1)
    target.setCurrentIndex(target.findData(stages[1].id))
    assert window.definition.results[0].next_stage_id == stages[1].id
    assert len(window.ui.diagram.diagram.arrows) == 1
    # closing with unsaved changes asks; «Отмена» keeps the window
    boxes.answer = boxes.answer.Cancel
    window.close()
    assert window.isVisible()
    assert any("несохранённые" in text for text in boxes.texts())
    boxes.answer = boxes.answer.Discard
    window.close()
    assert not window.isVisible()


def test_deleting_a_stage_asks_first(qtbot, boxes):
    window = designer(qtbot, FakeStore(replace(sample_reclamation(1), id=7)))
    window.ui.stagesTable.setCurrentCell(2, NAME)
    boxes.answer = boxes.answer.No
    window.delete_stage()
    assert len(window.definition.stages) == 4
    boxes.answer = boxes.answer.Yes
    window.delete_stage()
    assert [s.name for s in window.definition.stages] == ["Получена рекламация", "Анализ рекламации", "Конец"]
    assert len(window.ui.diagram.diagram.boxes) == 3
    assert window.dirty
    qtbot.keyClick(window.ui.stagesTable, Qt.Key.Key_Insert)
    assert len(window.definition.stages) == 4


# -- «Ход процесса» -------------------------------------------------------------------------------
class FakeRuns:
    """Runs kept by the pure engine, as the service keeps them (one transaction a step)."""

    def __init__(self, definition: ProcessDefinition, user_id: int = 1) -> None:
        from datetime import datetime

        from crm_desktop.domain import processes as engine
        self.engine, self.definition, self.user_id = engine, definition, user_id
        self.now = datetime(2026, 12, 1, 9, 0)
        self.run = engine.start(definition, 5, "Брак в партии", user_id, self.now).run
        self.protocol: list = []

    def card(self, run_id):
        from crm_desktop.ui.processes.store import RunCard
        stage = self.definition.stage(self.run.stage_id)
        return RunCard(run_id, self.definition.name, 5, "ООО Ромашка", self.definition, self.run,
                       tuple(self.protocol), {1: "Администратор"},
                       self.engine.may_move(stage, self.user_id, False))

    def move(self, run_id, result_id, expected_version):
        from datetime import timedelta
        self.engine.check_version(expected_version, self.run.version, "Петров", self.now)
        self.now += timedelta(hours=2, minutes=5)
        step = self.engine.move(self.run, self.definition, result_id, self.user_id, self.now)
        self.run = step.run
        self.protocol.append(step.entry)

    def set_state(self, run_id, state, expected_version):
        self.engine.check_version(expected_version, self.run.version, "Петров", self.now)
        self.run = self.engine.set_state(self.run, self.definition, state)


def run_window(qtbot, runs: FakeRuns):
    from crm_desktop.ui.processes.run_window import ProcessRunWindow
    window = ProcessRunWindow(None, 42, None, runs)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_run_moved_from_the_window_changes_stage_and_adds_a_protocol_row(qtbot, boxes):
    from crm_desktop.domain.processes import StageState
    definition = replace(sample_reclamation(1), id=7)
    runs = FakeRuns(definition)
    window = run_window(qtbot, runs)
    ui = window.ui
    assert ui.diagram.current_stage_id == 1
    assert ui.protocolTable.rowCount() == 0
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData(int(StageState.IN_WORK)))
    ui.stateCombo.activated.emit(ui.stateCombo.currentIndex())
    assert runs.run.state == StageState.IN_WORK
    ui.resultCombo.setCurrentIndex(ui.resultCombo.findText("Рекламация уместна"))
    ui.moveButton.click()
    assert runs.run.stage_id == 2
    assert ui.diagram.current_stage_id == 2
    assert ui.protocolTable.rowCount() == 1
    row = [ui.protocolTable.item(0, c).text() for c in range(ui.protocolTable.columnCount())]
    assert row[:4] == ["Получена рекламация", "Рекламация уместна", "Анализ рекламации", "Администратор"]
    assert row[-1] == "2 ч 5 мин"
    # someone else moved it meanwhile: told who, the window reads the run again
    runs.run = replace(runs.run, version=runs.run.version + 1)
    ui.resultCombo.setCurrentIndex(ui.resultCombo.findText("Виноват клиент"))
    ui.moveButton.click()
    assert any("Процесс уже переведён пользователем Петров" in text for text in boxes.warnings)
    assert runs.run.stage_id == 2
    ui.resultCombo.setCurrentIndex(ui.resultCombo.findText("Виноват клиент"))
    ui.moveButton.click()
    assert runs.run.closed
    assert not ui.moveButton.isEnabled() and not ui.stateCombo.isEnabled()
    assert ui.diagram.current_stage_id is None
    assert "только просматривать" in ui.statusLabel.text()


# -- on Firebird, through services/processes ------------------------------------------------------
def _client(db, name: str, curator_id: int, granted: int) -> int:
    """A client of the curator that a colleague (`granted`) may see too."""
    from sqlalchemy import insert, select

    from crm_desktop.data.schema import client_access, clients
    with db.begin() as conn:
        code = conn.execute(select(clients.c.code).order_by(clients.c.code.desc())).scalar() or 0
        client_id = conn.execute(insert(clients).values(code=code + 1, name=name, curator_id=curator_id)
                                 .returning(clients.c.id)).scalar_one()
        conn.execute(insert(client_access).values(client_id=client_id, user_id=granted))
    return client_id


def _sample_given_to(qtbot, session, users) -> int:
    """The designer opens the shipped sample (no responsible yet: invalid), the administrator
    gives every working stage to people and saves it."""
    from crm_desktop.ui.processes.designer import RESPONSIBLE
    window = ProcessDesignerWindow(session, None)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    items = [window.ui.processList.item(i).text() for i in range(window.ui.processList.count())]
    assert "Обработка рекламации" in items
    window.ui.processList.setCurrentRow(items.index("Обработка рекламации"))
    assert len(window.ui.diagram.diagram.boxes) == len(window.definition.stages) == 4
    assert "не назначен ответственный" in window.ui.messagesText.toPlainText()
    who = {"Получена рекламация": users["manager"], "Анализ рекламации": users["manager2"],
           "Докладная руководству": users["supervisor"]}
    for row in range(window.ui.stagesTable.rowCount()):
        name = window.ui.stagesTable.item(row, NAME).text()
        if name in who:
            combo = window.ui.stagesTable.cellWidget(row, RESPONSIBLE)
            combo.setCurrentIndex(combo.findData(who[name]))
    assert "Схема верна" in window.ui.messagesText.toPlainText()
    assert window.save()
    assert not window.dirty
    return window.definition.id


def test_a_run_started_moved_and_monitored_through_the_services(qtbot, boxes, db, users, session_of, monkeypatch):
    from crm_desktop.ui.processes.journal_window import ProcessJournalWindow
    from crm_desktop.ui.processes.monitor import ProcessMonitor
    from crm_desktop.ui.processes.run_window import ProcessRunWindow
    process_id = _sample_given_to(qtbot, session_of("admin"), users)
    manager = session_of("manager")
    client_id = _client(db, "ООО Ромашка", users["manager"], users["manager2"])
    # the card's «Запустить процесс»: the client given, the process and a note chosen
    from crm_desktop.ui.processes.start_dialog import StartProcessDialog
    dialog = StartProcessDialog(manager, None, (client_id, "ООО Ромашка"))
    qtbot.addWidget(dialog)
    dialog.ui.processCombo.setCurrentIndex(dialog.ui.processCombo.findData(process_id))
    dialog.ui.noteEdit.setPlainText("Брак в партии")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "" and dialog.result() == dialog.DialogCode.Accepted
    run_id = dialog.run_id
    journal = ProcessJournalWindow(manager)
    journal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(journal)
    assert journal.model.rowCount() == 1
    assert journal.model.row(0).client_name == "ООО Ромашка"
    assert journal.model.row(0).note == "Брак в партии"
    journal.ui.table.setColumnWidth(1, 333)
    journal.close()                                     # the widths stay with the user
    again = ProcessJournalWindow(manager)
    qtbot.addWidget(again)
    assert again.ui.table.columnWidth(1) == 333
    run = ProcessRunWindow(manager, run_id)
    run.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(run)
    run.show()
    assert run.ui.protocolTable.rowCount() == 0
    run.ui.resultCombo.setCurrentIndex(run.ui.resultCombo.findText("Рекламация уместна"))
    run.ui.moveButton.click()
    assert boxes.warnings == []
    assert run.card.definition.stage(run.card.run.stage_id).name == "Анализ рекламации"
    assert run.ui.protocolTable.rowCount() == 1
    assert run.ui.protocolTable.item(0, 3).text() == "Менеджеров Михаил"
    assert not run.ui.moveButton.isEnabled()           # the analysis is the colleague's
    from crm_desktop.services import reports as report_service
    from crm_desktop.ui import reports as report_windows
    assert report_service.spec("process-protocol").title == "Протокол бизнес-процесса"
    printed = []
    monkeypatch.setattr(report_windows, "open_report", lambda parent, session, slug, preset: printed.append((slug, preset)))
    run.ui.printButton.click()
    assert printed == [("process-protocol", {"run": str(run_id)})]
    # the colleague's monitor shows it, new (bold)
    monitor = ProcessMonitor(session_of("manager2"))
    qtbot.addWidget(monitor)
    qtbot.waitUntil(lambda: monitor.list.count() == 1, timeout=5000)
    item = monitor.list.item(0)
    assert "Анализ рекламации" in item.text() and "ООО Ромашка" in item.text()
    assert item.font().bold()
    # the manager's own monitor has nothing waiting
    own = ProcessMonitor(manager)
    qtbot.addWidget(own)
    qtbot.waitUntil(lambda: own._asked == 1 and own.empty.isVisibleTo(own), timeout=5000)


def test_the_processes_menu_offers_the_designer_to_administrators_only(qtbot, session_of):
    from PySide6.QtWidgets import QMainWindow

    from crm_desktop.ui import processes as processes_ui
    for who, titles in (("admin", ["Настройка процессов", "Журнал процессов"]), ("manager", ["Журнал процессов"])):
        window = QMainWindow()
        qtbot.addWidget(window)
        menu = processes_ui.install_menu(window, window.menuBar(), session_of(who))
        assert [a.text() for a in menu.actions()] == titles

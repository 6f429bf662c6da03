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

    def users(self):
        return [(1, "Администратор"), (2, "Иванов Иван")]

    def list(self):
        return [(k, d.name) for k, d in self.defs.items()]

    def load(self, process_id):
        return self.defs[process_id]

    def save(self, definition):
        stored = replace(definition, id=definition.id or 100)
        self.defs[stored.id] = stored
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
    assert window.save()
    assert store.saved[-1].stages[0].name == "Получена претензия"
    assert not window.dirty


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

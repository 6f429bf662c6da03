"""The "Событие" window of the history of relationships (manual: "История взаимоотношений",
EVT-1): required fields carry a red asterisk; the client's current stage of the sales ladder
is shown greyed for reference."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from crm_desktop.domain.event_fields import EVENT
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import events
from crm_desktop.services.dictionaries import Item
from crm_desktop.services.events import Event, EventContext
from crm_desktop.services.session import Session
from crm_desktop.ui import changes
from crm_desktop.ui.card.field_editors import FieldForm, russian_buttons
from crm_desktop.ui.forms.card.event_dialog_ui import Ui_EventDialog
from crm_desktop.ui.ops import show_error
from crm_desktop.ui.unsaved_changes import may_close


class EventDialog(QDialog):
    def __init__(self, session: Session, event: Event, context: EventContext, client_name: str,
                 parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self._session, self._event = session, event
        self.saved: Event | None = None
        self.ui.clientLabel.setText(client_name)
        contacts = [Item(i, name) for i, name in context.contacts]
        self.form = FieldForm(EVENT.fields, session, self.ui.fieldsHost, items={"contact_id": contacts})
        QVBoxLayout(self.ui.fieldsHost).addWidget(self.form)
        self.form.set_values({f.name: getattr(event, f.name) for f in EVENT.fields})
        self.form.set_read_only(read_only)
        stage = context.current_stage
        self.ui.currentStageLabel.setText(self.tr(f"Текущий этап разработки: {stage}") if stage else
                                          self.tr("Текущий этап разработки не определён"))
        self._grey_current_stage(stage)
        self.setWindowTitle(self.tr("Событие") if event.id is None else self.tr("Событие (изменение)"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not read_only)
        russian_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self._opened = None if read_only else self.event_value()

    def _grey_current_stage(self, stage: str | None) -> None:
        combo = self.form.editors["stage_id"].combo
        index = combo.findText(stage) if stage else -1
        if index > 0:
            combo.setItemData(index, Qt.GlobalColor.gray, Qt.ItemDataRole.ForegroundRole)
            combo.setItemData(index, self.tr("Текущий этап клиента"), Qt.ItemDataRole.ToolTipRole)

    def event_value(self) -> Event:
        return replace(self._event, **self.form.values())

    def reject(self) -> None:
        if may_close(self, self.windowTitle(), self._opened is not None and self.event_value() != self._opened):
            super().reject()

    def accept(self) -> None:
        try:
            self.saved = events.save_event(self._session, self.event_value())
        except ValidationError as exc:
            marked = self.form.show_errors(exc.errors)
            QMessageBox.warning(self, self.tr("Событие не сохранено"), str(exc))
            if marked:
                self.form.editors[marked[0]].setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user, input stays
            show_error(self, exc, self.tr("Событие не сохранено"))
            return
        changes.announce(changes.EVENT, [self.saved.id])
        changes.announce(changes.CLIENT, [self.saved.client_id])     # stage, reaction, next contact
        super().accept()

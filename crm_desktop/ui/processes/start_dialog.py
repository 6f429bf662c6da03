"""«Запустить процесс» (BP-2): which process, for which counterparty (typed and chosen as in
the cash orders), with what note. The service starts it on its start stage and tells the
responsible person; a refusal stays in the dialog."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_desktop.services.session import Session
from crm_desktop.ui.cash.client_field import ClientField
from crm_desktop.ui.changes import PROCESS, announce
from crm_desktop.ui.forms.processes.start_dialog_ui import Ui_StartProcessDialog
from crm_desktop.ui.ops import call, error_text
from crm_desktop.ui.processes.store import RunJournal, service_journal

TITLE = "Запустить процесс"


class StartProcessDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, client: tuple[int, str] | None = None,
                 journal: RunJournal | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startProcessDialog")
        self.journal = journal or service_journal(session)
        self.ui = Ui_StartProcessDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr(TITLE))
        self.run_id: int | None = None
        for process_id, name in call(self, self.journal.processes, self.tr(TITLE)) or []:
            self.ui.processCombo.addItem(name, process_id)
        client_id, name = client if client is not None else (None, "")
        self.client = ClientField(session, self.ui.clientEdit, client_id, name)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Запустить"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if client is not None:
            self.ui.noteEdit.setFocus()

    def accept(self) -> None:
        process_id = self.ui.processCombo.currentData()
        if process_id is None:
            self.ui.errorLabel.setText(self.tr("Выберите процесс: настроенных процессов нет."))
            return
        try:
            client_id, _name = self.client.resolve()
            if client_id is None:
                raise ValueError(self.tr("Выберите контрагента, по которому запускается процесс."))
            self.run_id = self.journal.start(process_id, client_id, self.ui.noteEdit.toPlainText())
        except Exception as exc:  # noqa: BLE001 - the refusal stays in the dialog
            self.ui.errorLabel.setText(error_text(exc))
            return
        announce(PROCESS, (self.run_id,))
        super().accept()


def start_process(parent: QWidget | None, session: Session, client: tuple[int, str] | None = None) -> int | None:
    """The dialog; the new run's id, or None when cancelled."""
    dialog = StartProcessDialog(session, parent, client)
    return dialog.run_id if dialog.exec() == QDialog.DialogCode.Accepted else None

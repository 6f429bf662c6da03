"""«Дизайнер» of a saved contract (manual "Редактирование существующего договора"): the
contract's own copy of the text, edited in the same rich-text editor as the templates; the
type's template is never touched, and «Вернуть текст шаблона» drops the copy."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from crm_desktop.services import contracts
from crm_desktop.services.contracts import Contract
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.sales.contract_designer_ui import Ui_ContractDesignerDialog
from crm_desktop.ui.sales.record_dialogs import attempt
from crm_desktop.ui.unsaved_changes import UNSAVED, may_leave


class DesignerDialog(QDialog):
    """The text of one contract; `contract` is the contract as stored after a change here
    (its row version moved), None while nothing was stored."""

    def __init__(self, session: Session, contract: Contract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractDesignerDialog()
        self.ui.setupUi(self)
        self._session, self._contract_id = session, contract.id
        self.contract: Contract | None = None
        self.editor = self.ui.editor
        self.setWindowTitle(self.tr(f"Дизайнер договора № {contract.doc_no}"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.templateButton.clicked.connect(self.back_to_template)
        self.ui.templateButton.setEnabled(contract.has_own_text)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.editor.set_html(contracts.text_of(session, contract.id))
        self.editor.edit.setFocus()

    def _stored(self, contract: Contract) -> None:
        self.contract = contract
        self.ui.templateButton.setEnabled(contract.has_own_text)

    def save(self) -> bool:
        """Store the text as this contract's own; a template variable the program does not
        know is refused by the service with its name, and the text stays in the editor."""
        contract = attempt(self, lambda: contracts.save_own_text(self._session, self._contract_id,
                                                                 self.editor.html()),
                           self.tr("Текст договора не сохранён"))
        if contract is None:
            return False
        self.editor.edit.document().setModified(False)
        self._stored(contract)
        return True

    def back_to_template(self) -> None:
        """«Вернуть текст шаблона», after confirmation: the contract prints by its type again."""
        answer = QMessageBox.question(self, self.tr("Вернуть текст шаблона"),
                                      self.tr("Изменения текста этого договора будут потеряны, договор будет "
                                              "печататься по шаблону типа. Продолжить?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        contract = attempt(self, lambda: contracts.save_own_text(self._session, self._contract_id, None),
                           self.tr("Текст шаблона не возвращён"))
        if contract is not None:
            self._stored(contract)
            self.editor.set_html(contracts.text_of(self._session, self._contract_id))

    def reject(self) -> None:
        if may_leave(self, self.windowTitle(), UNSAVED, self.editor.edit.document().isModified(), self.save):
            super().reject()

"""One bank account of our legal entity: bank, BIK, corr. account, account (checked with the BIK)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.services import company_admin
from crm_desktop.services.company_admin import BankAccount
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import field_marks
from crm_desktop.ui.forms.admin.bank_account_ui import Ui_BankAccountDialog


class BankAccountDialog(QDialog):
    def __init__(self, session: Session, account: BankAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BankAccountDialog()
        self.ui.setupUi(self)
        self._session, self._account = session, account
        self.fields = {"bank_name": self.ui.bankNameEdit, "bik": self.ui.bikEdit,
                       "corr_account": self.ui.corrEdit, "account_no": self.ui.accountEdit}
        for name, edit in self.fields.items():
            edit.setText(account.values.get(name, ""))
        self.ui.saveButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)

    def accept(self) -> None:
        account = replace(self._account, values={n: e.text() for n, e in self.fields.items()})
        if field_marks.save(self, self.fields, lambda: company_admin.save_account(self._session, account) or True):
            super().accept()

"""«Константы»: our legal entities with requisites (tab «Реквизиты») and bank accounts (tab «Банк»),
one default entity and one default account per entity (manual: "Константы"; ADM-4)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from crm_desktop.services import company_admin
from crm_desktop.services.company_admin import BankAccount, LegalEntity
from crm_desktop.services.session import Session
from crm_desktop.ui.admin import field_marks, prompts
from crm_desktop.ui.admin.bank_account_dialog import BankAccountDialog
from crm_desktop.ui.forms.admin.constants_ui import Ui_ConstantsDialog
from crm_desktop.ui.ops import call
from crm_desktop.ui.unsaved_changes import may_leave

DEFAULT_MARK = "★ "
ACCOUNT_COLUMNS = ["", "Банк", "БИК", "Корр. счёт", "Расчётный счёт"]


class ConstantsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConstantsDialog()
        self.ui.setupUi(self)
        self._session = session
        self._entities: list[LegalEntity] = []
        self._current: LegalEntity = LegalEntity(None, {})
        self._accounts: list[BankAccount] = []
        ui = self.ui
        self.fields = {"short_name": ui.shortNameEdit, "full_name": ui.fullNameEdit, "inn": ui.innEdit,
                       "kpp": ui.kppEdit, "ogrn": ui.ogrnEdit, "okpo": ui.okpoEdit,
                       "legal_address": ui.legalAddressEdit, "postal_address": ui.postalAddressEdit,
                       "phone": ui.phoneEdit, "email": ui.emailEdit, "director": ui.directorEdit,
                       "chief_accountant": ui.accountantEdit}
        ui.splitter.setSizes([280, 660])
        ui.accountsTable.setColumnCount(len(ACCOUNT_COLUMNS))
        ui.accountsTable.setHorizontalHeaderLabels(ACCOUNT_COLUMNS)
        ui.accountsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.accountsTable.horizontalHeader().setStretchLastSection(True)
        ui.accountsTable.doubleClicked.connect(lambda _: self.edit_account())
        ui.entitiesList.currentRowChanged.connect(self._entity_chosen)
        ui.addEntityButton.clicked.connect(self.new_entity)
        ui.deleteEntityButton.clicked.connect(self.delete_entity)
        ui.defaultEntityButton.clicked.connect(self.make_default_entity)
        ui.saveEntityButton.clicked.connect(self.save_entity)
        ui.addAccountButton.clicked.connect(self.add_account)
        ui.editAccountButton.clicked.connect(self.edit_account)
        ui.deleteAccountButton.clicked.connect(self.delete_account)
        ui.defaultAccountButton.clicked.connect(self.make_default_account)
        ui.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), ui.entitiesList, self.new_entity,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    # -- legal entities -------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self._entities = call(self, lambda: company_admin.entities(self._session)) or []
        lst = self.ui.entitiesList
        lst.blockSignals(True)
        lst.clear()
        for e in self._entities:
            item = QListWidgetItem((DEFAULT_MARK if e.is_default else "") + e.values["short_name"])
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            lst.addItem(item)
        lst.blockSignals(False)
        ids = [e.id for e in self._entities]
        chosen = select_id if select_id in ids else (ids[0] if ids else None)
        self._select(chosen)
        self._bind(self._entity(chosen))

    def _entity(self, entity_id: int | None) -> LegalEntity:
        return next((e for e in self._entities if e.id == entity_id), LegalEntity(None, {}))

    def _select(self, entity_id: int | None) -> None:
        """Put the list's cursor on the entity without treating it as the user's choice."""
        ids = [e.id for e in self._entities]
        self.ui.entitiesList.blockSignals(True)
        self.ui.entitiesList.setCurrentRow(ids.index(entity_id) if entity_id in ids else -1)
        self.ui.entitiesList.blockSignals(False)

    def _may_leave_entity(self) -> bool:
        """Before the form shows another entity or closes: unsaved requisites are saved,
        dropped or kept on the screen, as the user answers."""
        name = self._current.values.get("short_name") or self.ui.shortNameEdit.text().strip()
        whose = name or self.tr("нового юридического лица")      # names bring their own quotes
        return may_leave(self, self.tr("Константы"),
                         self.tr("Реквизиты {0} изменены и не сохранены. Сохранить их?").format(whose),
                         self._dirty(), self.save_entity)

    def _entity_chosen(self, row: int) -> None:
        target = self._entities[row].id if 0 <= row < len(self._entities) else None
        if not self._may_leave_entity():
            self._select(self._current.id)
            return
        self._select(target)          # saving re-reads the list, its rows may have moved
        self._bind(self._entity(target))

    def reject(self) -> None:
        """«Закрыть», Esc and the window's close button."""
        if self._may_leave_entity():
            super().reject()

    def _bind(self, entity: LegalEntity) -> None:
        self._current = entity
        for name, edit in self.fields.items():
            edit.setText(entity.values.get(name, ""))
        self.ui.vatCheck.setChecked(entity.vat_payer)
        field_marks.mark(self.fields, set())
        saved = entity.id is not None
        self.ui.bankTab.setEnabled(saved)
        self.ui.deleteEntityButton.setEnabled(saved)
        self.ui.defaultEntityButton.setEnabled(saved and not entity.is_default)
        self._load_accounts()

    def _collect(self) -> LegalEntity:
        return LegalEntity(self._current.id, {n: e.text() for n, e in self.fields.items()},
                           self.ui.vatCheck.isChecked(), self._current.is_default, self._current.row_version)

    def _dirty(self) -> bool:
        form = self._collect()
        return (any(form.values[n].strip() != self._current.values.get(n, "") for n in self.fields)
                or form.vat_payer != self._current.vat_payer)

    def new_entity(self) -> None:
        if not self._may_leave_entity():
            return
        self._select(None)
        self._bind(LegalEntity(None, {}))
        self.ui.tabs.setCurrentIndex(0)
        self.ui.shortNameEdit.setFocus()

    def save_entity(self) -> bool:
        entity = self._collect()
        saved = field_marks.save(self, self.fields, lambda: company_admin.save_entity(self._session, entity))
        if saved is None:
            return False
        self.reload(saved.id)
        return True

    def delete_entity(self) -> None:
        entity = self._current
        if entity.id is None or not prompts.confirm(
                self, "Удаление юридического лица",
                f"Удалить юридическое лицо «{entity.values['short_name']}» вместе с его расчётными счетами?"):
            return
        call(self, lambda: company_admin.delete_entity(self._session, entity.id))
        self._current = LegalEntity(None, {})
        self.reload()

    def make_default_entity(self) -> None:
        if self._current.id is not None and self._may_leave_entity():
            call(self, lambda: company_admin.set_default_entity(self._session, self._current.id))
            self.reload(self._current.id)

    # -- bank accounts --------------------------------------------------------------------

    def _load_accounts(self, select_id: int | None = None) -> None:
        entity_id = self._current.id
        self._accounts = [] if entity_id is None else (
            call(self, lambda: company_admin.accounts(self._session, entity_id)) or [])
        table = self.ui.accountsTable
        table.setRowCount(len(self._accounts))
        for i, a in enumerate(self._accounts):
            cells = ["★" if a.is_default else "", a.values["bank_name"], a.values["bik"], a.values["corr_account"],
                     a.values["account_no"]]
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(text))
            if a.id == select_id:
                table.selectRow(i)
        if table.currentRow() < 0 and self._accounts:
            table.selectRow(0)

    def _current_account(self) -> BankAccount | None:
        row = self.ui.accountsTable.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def add_account(self) -> None:
        if self._current.id is not None and BankAccountDialog(
                self._session, BankAccount(None, self._current.id, {}), self).exec():
            self._load_accounts()

    def edit_account(self) -> None:
        account = self._current_account()
        if account is not None and BankAccountDialog(self._session, account, self).exec():
            self._load_accounts(account.id)

    def delete_account(self) -> None:
        account = self._current_account()
        if account is None or not prompts.confirm(self, "Удаление счёта",
                                                  f"Удалить расчётный счёт {account.values['account_no']}?"):
            return
        call(self, lambda: company_admin.delete_account(self._session, account.id))
        self._load_accounts()

    def make_default_account(self) -> None:
        account = self._current_account()
        if account is not None:
            call(self, lambda: company_admin.set_default_account(self._session, account.id))
            self._load_accounts(account.id)

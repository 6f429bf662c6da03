"""The contract card (SAL-7, manual "Управление договорами"): «Общие сведения» and
«Подписание», an automatic number when none is typed, the print form in PDF or DOCX and
«Дизайнер» for this contract's own text. Printing and the designer work on the stored
contract, so both are offered only once it is saved."""
from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from crm_desktop.domain.money import format_money, parse_money
from crm_desktop.domain.validation import FieldError, ValidationError
from crm_desktop.services import contracts, documents
from crm_desktop.services.contracts import PARAMS, Contract
from crm_desktop.services.session import Session
from crm_desktop.ui.forms.sales.contract_dialog_ui import Ui_ContractDialog
from crm_desktop.ui.sales.contract_designer import DesignerDialog
from crm_desktop.ui.sales.record_dialogs import (RecordCard, attempt, client_caption, entity_items,
                                                 fill_combo, money_of, run_card, show_problem, user_name)
from crm_desktop.ui.unsaved_changes import may_leave

PRINT_FORMATS = {"pdf": "PDF (для печати и отправки)", "docx": "DOCX (для правки в Word)"}


def _file_name(contract: Contract) -> str:
    """"Договор 12 ООО Ромашка" without the characters a file name may not hold."""
    return re.sub(r'[\\/:*?"<>|«»]+', "", f"Договор {contract.doc_no} {contract.client_name}").strip()[:80]


class ContractDialog(RecordCard[Contract]):
    title_not_saved = "Договор не сохранён"

    def __init__(self, session: Session, contract: Contract, parent: QWidget | None = None) -> None:
        super().__init__(session, contract, parent)
        self.ui = Ui_ContractDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.clientLabel.setText(client_caption(session, contract.client_id))
        self._params = [getattr(ui, f"param{i}Edit") for i in range(1, PARAMS + 1)]
        self._tariffs = {t.id: t for t in contracts.tariffs(session)}
        self._entities = entity_items(session)
        fill_combo(ui.typeCombo, contracts.contract_types(session), None)
        ui.entityCombo.currentIndexChanged.connect(self._entity_chosen)
        ui.tariffCombo.activated.connect(self._tariff_chosen)
        ui.fromCardButton.clicked.connect(self.take_requisites)
        ui.fromCardButton.setAutoDefault(False)
        for edit in (ui.noteEdit, ui.custRequisitesEdit):
            edit.setTabChangesFocus(True)
        self.fields.update(type_id=ui.typeCombo, doc_no=ui.numberEdit, sign_date=ui.signDateEdit,
                           exp_date=ui.endDateEdit, legal_entity_id=ui.entityCombo, amount=ui.amountEdit,
                           vat_amount=ui.vatEdit, note=ui.noteEdit)
        self._print_menu = QMenu(self)
        self.print_actions: dict[str, QAction] = {}
        for fmt, caption in PRINT_FORMATS.items():
            action = self._print_menu.addAction(self.tr(caption))
            action.triggered.connect(lambda _=False, f=fmt: self.print_form(f))
            self.print_actions[fmt] = action
        ui.printButton.setMenu(self._print_menu)
        ui.designerButton.clicked.connect(self.open_designer)
        for button in (ui.printButton, ui.designerButton):
            button.setAutoDefault(False)
        self._setup_buttons(ui.buttonBox, ui.saveButton)
        self.load(contract)

    # -- record <-> widgets ----------------------------------------------------------------------
    def _show(self, c: Contract) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Договор (новый)") if c.id is None else self.tr(f"Договор № {c.doc_no}"))
        ui.typeCombo.setCurrentIndex(max(ui.typeCombo.findData(c.type_id), 0) if c.type_id else -1)
        ui.numberEdit.setText(c.doc_no)
        ui.signDateEdit.set_value(c.sign_date)
        ui.endDateEdit.set_value(c.exp_date)
        fill_combo(ui.entityCombo, self._entities, c.legal_entity_id)
        self._fill_accounts(c.bank_account_id)
        ui.managerEdit.setText(user_name(self._session, c.manager_id))
        fill_combo(ui.tariffCombo, [(t.id, self._tariff_caption(t)) for t in self._tariffs.values()],
                   c.tariff_id, self.tr("(без тарифа)"))
        ui.amountEdit.setText(format_money(c.amount))
        ui.vatEdit.setText(format_money(c.vat_amount))
        ui.noteEdit.setPlainText(c.note)
        for edit, value in zip(self._params, c.params):
            edit.setText(value)
        ui.signPersonEdit.setText(c.sign_person)
        ui.signBasisEdit.setText(c.sign_basis)
        self._show_requisites(c.cust_sign_person, c.cust_sign_basis, c.cust_requisites)
        saved = c.id is not None
        ui.printButton.setEnabled(saved)
        ui.designerButton.setEnabled(saved)
        tip = "" if saved else self.tr("Доступно после сохранения договора")
        ui.printButton.setToolTip(tip or self.tr("Договор в PDF или DOCX по шаблону типа"))
        ui.designerButton.setToolTip(tip or self.tr("Изменить текст этого договора (шаблон типа не меняется)"))

    def _tariff_caption(self, t: contracts.Tariff) -> str:
        return t.name + (f" — {format_money(t.price)} руб." if t.price is not None else "")

    def _show_requisites(self, person: str, basis: str, requisites: str) -> None:
        self.ui.custSignPersonEdit.setText(person)
        self.ui.custSignBasisEdit.setText(basis)
        self.ui.custRequisitesEdit.setPlainText(requisites)

    def _read(self) -> Contract:
        ui = self.ui
        sign_date = ui.signDateEdit.value()
        if sign_date is None:
            raise ValidationError([FieldError("sign_date", self.tr("Укажите дату подписания договора."))])
        return replace(self.record, type_id=ui.typeCombo.currentData(), doc_no=ui.numberEdit.text(),
                       sign_date=sign_date, exp_date=ui.endDateEdit.value(),
                       legal_entity_id=ui.entityCombo.currentData(), bank_account_id=ui.accountCombo.currentData(),
                       tariff_id=ui.tariffCombo.currentData(),
                       amount=money_of(ui.amountEdit, "amount", self.tr("Сумма")),
                       vat_amount=money_of(ui.vatEdit, "vat_amount", self.tr("Сумма НДС")),
                       note=ui.noteEdit.toPlainText(), params=[e.text() for e in self._params],
                       sign_person=ui.signPersonEdit.text(), sign_basis=ui.signBasisEdit.text(),
                       cust_sign_person=ui.custSignPersonEdit.text(), cust_sign_basis=ui.custSignBasisEdit.text(),
                       cust_requisites=ui.custRequisitesEdit.toPlainText())

    def _store(self, c: Contract) -> Contract:
        return contracts.save(self._session, c)

    # -- reactions -------------------------------------------------------------------------------
    def _fill_accounts(self, current: int | None) -> None:
        entity_id = self.ui.entityCombo.currentData()
        accounts = documents.account_choices(self._session, entity_id) if entity_id is not None else []
        if current is None:
            current = next((a_id for a_id, _, default in accounts if default), None)
        fill_combo(self.ui.accountCombo, [(a_id, text) for a_id, text, _ in accounts], current,
                   self.tr("(не указан)"))

    def _entity_chosen(self) -> None:
        self._fill_accounts(None)

    def _tariff_chosen(self) -> None:
        """A tariff with a price fills the sum, unless a sum is typed already."""
        tariff = self._tariffs.get(self.ui.tariffCombo.currentData())
        if tariff is None or tariff.price is None:
            return
        try:
            empty = not self.ui.amountEdit.text().strip() or parse_money(self.ui.amountEdit.text()) == 0
        except ValueError:
            empty = False
        if empty:
            self.ui.amountEdit.setText(format_money(tariff.price))

    def take_requisites(self) -> None:
        """«Взять из карточки клиента»."""
        found = attempt(self, lambda: contracts.requisites_from_card(self._session, self.record.client_id),
                        self.tr("Реквизиты клиента"))
        if found is not None:
            self._show_requisites(*found)

    def _stored_now(self) -> bool:
        """Print and designer work on the stored contract: unsaved input is saved first, or not."""
        return may_leave(self, self.windowTitle(),
                         self.tr("Печатная форма и дизайнер берут сохранённый договор. Сохранить изменения?"),
                         self.dirty(), self.save)

    def print_form(self, fmt: str) -> Path | None:
        """«Печатная форма»: the contract filled into a temporary file, opened by the system."""
        if self.record.id is None or not self._stored_now():
            return None
        out = Path(tempfile.mkdtemp(prefix="crm-contract-")) / f"{_file_name(self.record)}.{fmt}"
        try:
            contracts.render(self._session, self.record.id, out)
        except Exception as exc:  # noqa: BLE001 - an unknown variable or a missing template is named
            show_problem(self, exc, self.tr("Договор не напечатан"))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))):
            QMessageBox.information(self, self.tr("Печатная форма"),
                                    self.tr(f"Файл сохранён, но открыть его нечем: {out}"))
        return out

    def open_designer(self) -> None:
        if self.record.id is None or not self._stored_now():
            return
        try:
            designer = DesignerDialog(self._session, self.record, self)
        except Exception as exc:  # noqa: BLE001 - a deleted contract or type is explained
            show_problem(self, exc, self.tr("Дизайнер"))
            return
        designer.exec()
        if designer.contract is not None:          # the text changed the contract's version
            self.record = replace(self.record, row_version=designer.contract.row_version,
                                  has_own_text=designer.contract.has_own_text)
            self.saved_any = True


def open_contract(parent: QWidget | None, session: Session, contract_id: int | None = None,
                  client_id: int | None = None) -> bool:
    """The contract card: an existing contract, or a new one of `client_id` with the default
    legal entity and the client's requisites; True when something was saved."""
    def make() -> ContractDialog:
        contract = (contracts.load(session, contract_id) if contract_id is not None
                    else contracts.new_contract(session, client_id))
        return ContractDialog(session, contract, parent)
    return run_card(parent, make, "Договор не открыт")

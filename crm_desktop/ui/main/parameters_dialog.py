"""«Настройка — Параметры» (manual: the «Параметры системы» window): the user's own settings,
stored per user in the database. Tab «Телефония»: how a click on a phone places a call. Tab
«Функционал»: «Контроль балансов» (SAL-8) and the switches of «Складской учёт» and «Касса»
(domain/functionality.py), for the whole office, moved by an administrator only. `modules_changed`
says the switches were stored, so the main window shows or hides the menus."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QRadioButton, QWidget

from crm_desktop.domain.telephony import CallMode, RunCommand, TelephonySetting, call_target, validate
from crm_desktop.domain.editions import Capability, check
from crm_desktop.domain.functionality import Switches
from crm_desktop.services import documents, functionality
from crm_desktop.services.session import Session
from crm_desktop.services.telephony import save_telephony_setting, telephony_setting
from crm_desktop.ui.card.field_editors import russian_buttons
from crm_desktop.ui.desktop_links import place_call
from crm_desktop.ui.forms.main.parameters_dialog_ui import Ui_ParametersDialog
from crm_desktop.ui.ops import call


class ParametersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParametersDialog()
        self.ui.setupUi(self)
        russian_buttons(self.ui.buttonBox)
        self._session = session
        self._radios: dict[CallMode, QRadioButton] = {
            CallMode.TEL: self.ui.telRadio, CallMode.SIP: self.ui.sipRadio,
            CallMode.CALLTO: self.ui.calltoRadio, CallMode.COMMAND: self.ui.commandRadio}
        for radio in self._radios.values():
            radio.toggled.connect(self._mode_changed)
        self.ui.errorLabel.hide()
        self.ui.checkResultLabel.hide()
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._bind(telephony_setting(session))
        self._balance_control = documents.balance_control(session)
        self.ui.balanceControlCheck.setChecked(self._balance_control)
        self.ui.balanceControlCheck.setEnabled(session.rights.is_admin)
        if not session.rights.is_admin:
            self.ui.balanceControlCheck.setToolTip(self.tr("Включает и отключает администратор"))
        self.modules_changed = False
        self._switches = functionality.switches(session)
        self.ui.warehouseCheck.setChecked(self._switches.warehouse)
        self.ui.cashCheck.setChecked(self._switches.cash)
        edition_gate = check(Capability.WAREHOUSE, session.edition)
        for box in (self.ui.warehouseCheck, self.ui.cashCheck):
            box.setEnabled(session.rights.is_admin)
            if not session.rights.is_admin:
                box.setToolTip(self.tr("Включает и отключает администратор"))
        if not edition_gate.allowed:
            self.ui.warehouseCheck.setToolTip(edition_gate.reason)

    def switches(self) -> Switches:
        return Switches(warehouse=self.ui.warehouseCheck.isChecked(), cash=self.ui.cashCheck.isChecked())

    def _bind(self, setting: TelephonySetting) -> None:
        self._radios[setting.mode].setChecked(True)
        self.ui.sipDomainEdit.setText(setting.sip_domain)
        self.ui.commandEdit.setText(setting.command)
        self._mode_changed()

    def telephony(self) -> TelephonySetting:
        mode = next(m for m, radio in self._radios.items() if radio.isChecked())
        return TelephonySetting(mode, self.ui.sipDomainEdit.text().strip(), self.ui.commandEdit.text().strip())

    def _mode_changed(self) -> None:
        mode = self.telephony().mode
        self.ui.sipDomainLabel.setEnabled(mode is CallMode.SIP)
        self.ui.sipDomainEdit.setEnabled(mode is CallMode.SIP)
        self.ui.commandEdit.setEnabled(mode is CallMode.COMMAND)
        self.ui.commandHint.setEnabled(mode is CallMode.COMMAND)
        self.ui.errorLabel.hide()

    def _show_error(self, text: str) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.telephonyTab)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def check(self) -> None:
        """Place a call to the number typed for the test with the setting as it stands in the
        form, so the user sees the softphone answer before saving."""
        number = self.ui.testNumberEdit.text().strip()
        if not number:
            self.ui.testNumberEdit.setFocus()
            self._report(self.tr("Введите номер, на который позвонить для проверки."))
            return
        try:
            target = call_target(number, self.telephony())
        except ValueError as exc:
            self._report(str(exc))
            return
        if isinstance(target, RunCommand):
            done, shown = self.tr("Запущено: %1"), " ".join(f'"{a}"' if " " in a else a for a in target.argv)
        else:
            done, shown = self.tr("Передано в систему: %1"), target.uri
        ok = place_call(self, target, number)
        self._report((done if ok else self.tr("Не получилось: %1")).replace("%1", shown))

    def _report(self, text: str) -> None:
        self.ui.checkResultLabel.setText(text)
        self.ui.checkResultLabel.show()

    def accept(self) -> None:
        setting = self.telephony()
        try:
            validate(setting)      # shown under the fields; the service checks it again on save
        except ValueError as exc:
            self._show_error(str(exc))
            return
        if not call(self, lambda: save_telephony_setting(self._session, setting) or True, self.tr("Параметры")):
            return
        balance = self.ui.balanceControlCheck.isChecked()
        if balance != self._balance_control and not call(
                self, lambda: documents.set_balance_control(self._session, balance) or True, self.tr("Параметры")):
            self.ui.tabs.setCurrentWidget(self.ui.functionsTab)
            return
        chosen = self.switches()
        if chosen != self._switches:
            if not call(self, lambda: functionality.set_switches(self._session, chosen) or True, self.tr("Параметры")):
                self.ui.tabs.setCurrentWidget(self.ui.functionsTab)
                return
            self.modules_changed = True
        super().accept()

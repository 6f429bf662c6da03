"""«Настройка — Параметры» (manual: the «Параметры системы» window): the user's own settings,
stored per user in the database. Tab «Телефония»: how a click on a phone places a call, and
whether a call confirmed afterwards is recorded in the history, with which event type and from
which duration on (GRP-5). Tab «Функционал»: «Контроль балансов» (SAL-8) and the switches of
the manual's «Настройка функционала» (domain/functionality.py), for the whole office, moved by
an administrator only. `modules_changed` says the switches were stored, so the main window
shows or hides the menus.

Other settings come as pages (`add_page`): a QWidget with `problem() -> str` (empty when it
may be saved) and `save()`; OK saves them after checking every one."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox, QRadioButton, QWidget

from crm_desktop.domain.telephony import (CallMode, RunCommand, TelephonySetting, call_event_type, call_target,
                                          validate)
from crm_desktop.domain.editions import Capability, check
from crm_desktop.domain.functionality import Module, Switches
from crm_desktop.services import dictionaries, documents, functionality
from crm_desktop.services.session import Session
from crm_desktop.services.telephony import save_telephony_setting, telephony_setting
from crm_desktop.ui.card.field_editors import russian_buttons
from crm_desktop.ui.desktop_links import place_call
from crm_desktop.ui.forms.main.parameters_dialog_ui import Ui_ParametersDialog
from crm_desktop.ui.ops import call


class Page(Protocol):
    """A page of settings added by `ParametersDialog.add_page` (a QWidget)."""

    def problem(self) -> str:
        """Why the page's values cannot be saved, one Russian sentence; "" when they can."""

    def save(self) -> None:
        """Store the values; raises with a Russian message when that fails."""


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
        self._pages: list[QWidget] = []
        self._setting = telephony_setting(session)
        self._event_types = [(i.id, i.name) for i in dictionaries.items(session, "event_types")]
        self.ui.recordCallsCheck.toggled.connect(self._record_toggled)
        self._bind(self._setting)
        self._balance_control = documents.balance_control(session)
        self.ui.balanceControlCheck.setChecked(self._balance_control)
        self.ui.balanceControlCheck.setEnabled(session.rights.is_admin)
        if not session.rights.is_admin:
            self.ui.balanceControlCheck.setToolTip(self.tr("Включает и отключает администратор"))
        self.modules_changed = False
        self._switches = functionality.switches(session)
        self.module_checks: dict[Module, QCheckBox] = {
            Module.SALES: self.ui.salesCheck, Module.WORKS: self.ui.worksCheck,
            Module.WAREHOUSE: self.ui.warehouseCheck, Module.CASH: self.ui.cashCheck,
            Module.SECURITY_TAB: self.ui.securityTabCheck, Module.SHIPPING_TAB: self.ui.shippingTabCheck}
        for module, box in self.module_checks.items():
            box.setChecked(self._switches.is_on(module))
            box.setEnabled(session.rights.is_admin)
            if not session.rights.is_admin:
                box.setToolTip(self.tr("Включает и отключает администратор"))
        for module, capability in ((Module.WAREHOUSE, Capability.WAREHOUSE),
                                   (Module.SECURITY_TAB, Capability.SECURITY_TAB)):
            edition_gate = check(capability, session.edition)
            if not edition_gate.allowed:
                self.module_checks[module].setToolTip(edition_gate.reason)

    def switches(self) -> Switches:
        return Switches(**{m.value: box.isChecked() for m, box in self.module_checks.items()})

    # -- pages added by others -----------------------------------------------------------------
    def add_page(self, title: str, page: QWidget) -> None:
        """A tab of settings with `problem()` and `save()` (Page), checked and saved on OK."""
        self.ui.tabs.addTab(page, title)
        self._pages.append(page)

    # -- telephony -------------------------------------------------------------------------------
    def _bind(self, setting: TelephonySetting) -> None:
        self._radios[setting.mode].setChecked(True)
        self.ui.sipDomainEdit.setText(setting.sip_domain)
        self.ui.commandEdit.setText(setting.command)
        combo = self.ui.eventTypeCombo
        combo.clear()
        chosen = call_event_type(self._event_types, setting.event_type_id)
        if chosen is None:
            combo.addItem(self.tr("— в справочнике нет типа «Исходящий звонок», выберите —"), None)
        for type_id, name in self._event_types:
            combo.addItem(name, type_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.ui.minDurationSpin.setValue(setting.min_duration)
        self.ui.recordCallsCheck.setChecked(setting.record_calls)
        self._record_toggled(setting.record_calls)
        self._mode_changed()

    def _record_toggled(self, on: bool) -> None:
        for widget in (self.ui.eventTypeLabel, self.ui.eventTypeCombo, self.ui.minDurationLabel,
                       self.ui.minDurationSpin):
            widget.setEnabled(on)

    def _chosen_event_type(self) -> int | None:
        """The combo's type; the default («Исходящий звонок» by name) stays unset when kept, so a
        type renamed or replaced later is still found."""
        chosen = self.ui.eventTypeCombo.currentData()
        default = call_event_type(self._event_types, None)
        if chosen == default and self._setting.event_type_id in (None, default):
            return self._setting.event_type_id
        return chosen

    def telephony(self) -> TelephonySetting:
        mode = next(m for m, radio in self._radios.items() if radio.isChecked())
        return TelephonySetting(mode, self.ui.sipDomainEdit.text().strip(), self.ui.commandEdit.text().strip(),
                                self.ui.recordCallsCheck.isChecked(), self._chosen_event_type(),
                                self.ui.minDurationSpin.value())

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
        if setting.record_calls and call_event_type(self._event_types, setting.event_type_id) is None:
            self._show_error(self.tr("Выберите тип события, которым звонки записываются в историю."))
            return
        for page in self._pages:
            problem = page.problem()
            if problem:
                self.ui.tabs.setCurrentWidget(page)
                QMessageBox.warning(self, self.tr("Параметры"), problem)
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
        for page in self._pages:
            if not call(self, lambda page=page: page.save() or True, self.tr("Параметры")):
                self.ui.tabs.setCurrentWidget(page)
                return
        super().accept()

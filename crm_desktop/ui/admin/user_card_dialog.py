"""«Карточка пользователя»: login, password, name, department/position, invoice prefix, phone,
e-mail, disabled/dismissed; tab «Права»: role, client access mode, extra permissions
(manual: "Карточка пользователя", "Разграничение доступа, права"; ADM-1..ADM-3)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from crm_desktop.domain.access import ACCESS_TITLES, ROLE_TITLES, Role
from crm_desktop.domain.permissions import Permission
from crm_desktop.services import company_admin, users_admin
from crm_desktop.services.session import Session
from crm_desktop.services.users_admin import RightsCatalog, UserCard
from crm_desktop.ui.admin import field_marks
from crm_desktop.ui.forms.admin.user_card_ui import Ui_UserCardDialog
from crm_desktop.ui.ops import show_error

NONE_TEXT = "— не указано —"


class UserCardDialog(QDialog):
    def __init__(self, session: Session, card: UserCard, catalog: RightsCatalog,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserCardDialog()
        self.ui.setupUi(self)
        self._session, self._card, self._catalog = session, card, catalog
        self.saved: UserCard | None = None
        self.setWindowTitle(f"Пользователь: {card.full_name}" if card.id else "Новый пользователь")
        for role, title in ROLE_TITLES.items():
            self.ui.roleCombo.addItem(title, role.value)
        for mode, title in ACCESS_TITLES.items():
            self.ui.accessCombo.addItem(title, int(mode))
        self.permission_checks: dict[Permission, QCheckBox] = {}
        for permission in Permission:
            check = QCheckBox(permission.label)
            self.ui.permissionsLayout.addWidget(check)
            self.permission_checks[permission] = check
        self._structure = company_admin.structure(session)
        self.ui.departmentCombo.addItem(NONE_TEXT, None)
        for dept in self._structure:
            self.ui.departmentCombo.addItem(dept.name, dept.id)
        if card.id is not None:
            self.ui.passwordLabel.setText("Новый пароль:")
            self.ui.passwordEdit.setPlaceholderText("оставьте пустым, чтобы не менять")
        else:
            self.ui.passwordLabel.setText("Пароль*:")
        self._bind(card)
        self.ui.departmentCombo.currentIndexChanged.connect(lambda _: self._fill_positions(None))
        self.ui.roleCombo.currentIndexChanged.connect(lambda _: self._show_role_rights())
        self.ui.saveButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.fields = {"login": self.ui.loginEdit, "full_name": self.ui.fullNameEdit,
                       "password": self.ui.passwordEdit, "mobile_phone": self.ui.mobileEdit,
                       "work_email": self.ui.emailEdit, "position_id": self.ui.positionCombo}

    def _bind(self, card: UserCard) -> None:
        ui = self.ui
        ui.loginEdit.setText(card.login)
        ui.fullNameEdit.setText(card.full_name)
        ui.departmentCombo.setCurrentIndex(max(0, ui.departmentCombo.findData(card.department_id)))
        self._fill_positions(card.position_id)
        ui.prefixEdit.setText(card.invoice_prefix)
        ui.mobileEdit.setText(card.mobile_phone)
        ui.emailEdit.setText(card.work_email)
        ui.disabledCheck.setChecked(card.is_disabled)
        ui.dismissedCheck.setChecked(card.is_dismissed)
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(card.role)))
        ui.accessCombo.setCurrentIndex(max(0, ui.accessCombo.findData(card.client_access)))
        for permission, check in self.permission_checks.items():
            check.setChecked(permission in card.extra_permissions)
        self._show_role_rights()

    def _fill_positions(self, selected: int | None) -> None:
        combo = self.ui.positionCombo
        combo.clear()
        combo.addItem(NONE_TEXT, None)
        dept = next((d for d in self._structure if d.id == self.ui.departmentCombo.currentData()), None)
        for pos in dept.children if dept else ():
            combo.addItem(pos.name, pos.id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.setEnabled(dept is not None)

    def _show_role_rights(self) -> None:
        """Base rights of the chosen role are shown checked and cannot be unticked."""
        base = self._catalog.role_rights.get(self.ui.roleCombo.currentData(), frozenset())
        for permission, check in self.permission_checks.items():
            if permission in base:
                check.setChecked(True)
                check.setEnabled(False)
                check.setToolTip("Входит в права роли")
            elif not check.isEnabled():
                check.setChecked(permission in self._card.extra_permissions)
                check.setEnabled(True)
                check.setToolTip("")
        is_admin = self.ui.roleCombo.currentData() == Role.ADMIN
        self.ui.accessCombo.setEnabled(not is_admin)
        self.ui.accessCombo.setToolTip("Администратор работает со всеми клиентами" if is_admin else "")

    def collect(self) -> UserCard:
        ui = self.ui
        base = self._catalog.role_rights.get(ui.roleCombo.currentData(), frozenset())
        extra = frozenset(p for p, check in self.permission_checks.items() if check.isChecked() and p not in base)
        return replace(self._card, login=ui.loginEdit.text(), full_name=ui.fullNameEdit.text(),
                       password=ui.passwordEdit.text() or None, role=ui.roleCombo.currentData(),
                       department_id=ui.departmentCombo.currentData(), position_id=ui.positionCombo.currentData(),
                       invoice_prefix=ui.prefixEdit.text(), mobile_phone=ui.mobileEdit.text(),
                       work_email=ui.emailEdit.text(), is_disabled=ui.disabledCheck.isChecked(),
                       is_dismissed=ui.dismissedCheck.isChecked(), client_access=ui.accessCombo.currentData(),
                       extra_permissions=extra)

    def accept(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.password2Edit.text():
            field_marks.mark(self.fields, {"password"})
            show_error(self, ValueError("Пароль и его повтор не совпадают."), "Не удалось сохранить")
            return
        card = self.collect()
        saved = field_marks.save(self, self.fields, lambda: users_admin.save(self._session, card))
        if saved is not None:
            self.saved = saved
            super().accept()

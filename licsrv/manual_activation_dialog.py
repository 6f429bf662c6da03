"""«Активация вручную»: show the request code, take the 4×5-digit activation code (LIC-5)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFontDatabase, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from licsrv.manual_codes import CODE_GROUPS, GROUP_DIGITS, CodeError
from licsrv.service import LicenceService


class ManualActivationDialog(QDialog):
    def __init__(self, service: LicenceService, key_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Активация вручную")
        self._service, self._path = service, key_path
        self.request_edit = QLineEdit(service.request_code(key_path), readOnly=True)
        self.request_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton("Копировать")
        self.copy_button.clicked.connect(self._copy)
        self.group_edits = [self._group_edit() for _ in range(CODE_GROUPS)]
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox()
        self.activate_button = buttons.addButton("Активировать", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Отмена", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        request_row = QHBoxLayout()
        request_row.addWidget(self.request_edit, 1)
        request_row.addWidget(self.copy_button)
        code_row = QHBoxLayout()
        for edit in self.group_edits:
            code_row.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Лицензия: {key_path.name}"))
        layout.addWidget(QLabel("Сообщите код запроса разработчику или реселлеру "
                                "(по телефону или электронной почте):", wordWrap=True))
        layout.addLayout(request_row)
        layout.addWidget(QLabel(f"Введите полученный код активации — {CODE_GROUPS} группы "
                                f"по {GROUP_DIGITS} цифр:", wordWrap=True))
        layout.addLayout(code_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _group_edit(self) -> QLineEdit:
        edit = QLineEdit(maxLength=GROUP_DIGITS, placeholderText="0" * GROUP_DIGITS)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{GROUP_DIGITS}}}"), edit))
        edit.textEdited.connect(self._advance)
        return edit

    def _advance(self, text: str) -> None:
        """Typing the fifth digit moves on to the next group, as on paper."""
        if len(text) == GROUP_DIGITS:
            index = self.group_edits.index(self.sender())
            if index + 1 < len(self.group_edits):
                self.group_edits[index + 1].setFocus()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.request_edit.text())

    def code(self) -> str:
        return "-".join(e.text() for e in self.group_edits)

    def accept(self) -> None:
        try:
            self._service.activate_manually(self._path, self.code())
        except (CodeError, ValueError) as exc:
            self.error_label.setText(f"{exc}. Лицензия не изменена.")
            self.adjustSize()  # room for the message without squeezing the labels above
            return
        super().accept()

"""«О программе – Регистрационный ключ»: to whom the copy is registered, serial, edition,
seats, options, expiry and status (manual: «Информация о регистрационном ключе»)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.domain.editions import TRA_OPTION
from crm_desktop.licensing.status import DEMO_MARK, LicenceStatus

OPTION_TITLES = {TRA_OPTION: "TRA — терминальный и удалённый доступ"}
DASH = "—"


def key_info_rows(status: LicenceStatus) -> list[tuple[str, str]]:
    """Label → value, in the order shown; kept apart from the widget so it is easy to test."""
    options = ", ".join(OPTION_TITLES.get(o, o) for o in sorted(status.options)) or "нет"
    return [
        ("Режим работы", DEMO_MARK if status.is_demo else "Лицензионный"),
        ("Зарегистрировано на", status.licensee or DASH),
        ("Серийный номер", status.serial or DASH),
        ("Редакция", status.edition.title if status.edition else DASH),
        ("Рабочих мест", str(status.seats) if status.seats else DASH),
        ("Опции", options if status.serial else DASH),
        ("Срок действия", f"до {status.expires:%d.%m.%Y}" if status.expires
         else ("бессрочная" if status.serial else DASH)),
        ("Состояние ключа", status.status or DASH),
        ("Сервер лицензий", status.server or "не найден"),
        ("Примечание", status.reason),
    ]


class KeyInfoDialog(QDialog):
    def __init__(self, status: LicenceStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Регистрационный ключ")
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in key_info_rows(status):
            field = QLabel(value, wordWrap=True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label == "Режим работы" and status.is_demo:
                field.setStyleSheet("color: #b00020; font-weight: bold")
            self.values[label] = field
            form.addRow(f"{label}:", field)
        buttons = QDialogButtonBox()
        buttons.addButton("Закрыть", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

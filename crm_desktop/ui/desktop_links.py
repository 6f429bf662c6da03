"""The one place that hands links and programs to the desktop, and says so when the desktop
cannot take them: before issue 9 (defect 8) a tel: link with no program behind it was
silently dropped and the click seemed to do nothing."""
from __future__ import annotations

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.domain.telephony import CallTarget, RunCommand

SETTINGS_PLACE = "«Настройка — Параметры — Телефония»"
_OS_DEFAULTS = "в настройках системы (в Windows: «Параметры» — «Приложения» — «Приложения по умолчанию»)"
_NO_HANDLER = {
    "tel": "программы для звонков по ссылкам tel:",
    "sip": "SIP-телефона (софтфона), принимающего ссылки sip:",
    "callto": "программы для звонков по ссылкам callto:",
    "mailto": "почтовой программы для ссылок mailto:",
    "http": "браузера",
}


def open_link(parent: QWidget | None, uri: str, scheme: str) -> bool:
    """Open a mail or web link; tell the user which program to install when none takes it."""
    if QDesktopServices.openUrl(QUrl(uri)):
        return True
    missing = _NO_HANDLER.get(scheme, f"программы для ссылок {scheme}:")
    QMessageBox.warning(parent, "Ссылка не открыта",
                        f"Не удалось открыть {uri}: в системе нет {missing}. "
                        f"Установите такую программу и назначьте её {_OS_DEFAULTS}.")
    return False


def place_call(parent: QWidget | None, target: CallTarget, number: str) -> bool:
    """Start the call the user's setting describes; on failure say what to set up where."""
    if isinstance(target, RunCommand):
        program, *arguments = target.argv
        started, _pid = QProcess.startDetached(program, arguments)
        if not started:
            QMessageBox.warning(parent, "Звонок не начат",
                                f"Не удалось позвонить на {number}: программа «{program}» не запускается "
                                f"(нет такого файла или нет прав на запуск). Исправьте командную строку "
                                f"в {SETTINGS_PLACE}.")
        return started
    if QDesktopServices.openUrl(QUrl(target.uri)):
        return True
    QMessageBox.warning(parent, "Звонок не начат",
                        f"Не удалось позвонить на {number}: в системе нет {_NO_HANDLER[target.scheme]}. "
                        f"Установите такую программу и назначьте её {_OS_DEFAULTS} "
                        f"либо выберите другой способ звонка в {SETTINGS_PLACE}.")
    return False

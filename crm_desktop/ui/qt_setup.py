"""Application-wide Qt set-up: Russian locale (calendars, dates, numbers), Qt's own Russian
translations for standard buttons and dialogs, input dialogs wide enough for their titles."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.input_dialog_width import fit_input_dialogs

_translators: list[QTranslator] = []


def configure_application(app: QApplication) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    fit_input_dialogs(app)
    if _translators:
        return
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_ru", "qt_ru"):
        translator = QTranslator(app)
        if translator.load(name, path):
            app.installTranslator(translator)
            _translators.append(translator)

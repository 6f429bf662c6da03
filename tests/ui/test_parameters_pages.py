"""«Настройка — Параметры» takes pages of other settings (the mail and SMS accounts): a page is a
QWidget with problem() and save(); OK checks every page before anything is saved, shows the
first problem on its page, and saves every page after the window's own settings."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.ui.main.parameters_dialog import ParametersDialog


class FakePage(QWidget):
    def __init__(self, trouble: str = "", fails: bool = False) -> None:
        super().__init__()
        self.trouble, self.fails, self.saved = trouble, fails, 0
        QLabel("Сервер: smtp.office.local", self)

    def problem(self) -> str:
        return self.trouble

    def save(self) -> None:
        if self.fails:
            raise ValueError("Пароль не сохранён: в системе нет хранилища паролей.")
        self.saved += 1


def _dialog(qtbot, session_of, *pages: tuple[str, FakePage]) -> ParametersDialog:
    dialog = ParametersDialog(session_of("manager"))
    qtbot.addWidget(dialog)
    for title, page in pages:
        dialog.add_page(title, page)
    dialog.show()
    return dialog


def test_pages_are_tabs_saved_on_ok(qtbot, session_of, boxes) -> None:
    mail, sms = FakePage(), FakePage()
    dialog = _dialog(qtbot, session_of, ("Почта", mail), ("SMS", sms))
    tabs = dialog.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-2:] == ["Почта", "SMS"]
    dialog.accept()
    assert not dialog.isVisible() and (mail.saved, sms.saved) == (1, 1) and boxes == []


def test_a_page_with_a_problem_stops_ok_before_anything_is_saved(qtbot, session_of, boxes) -> None:
    mail, sms = FakePage(), FakePage("Укажите адрес SMTP-сервера.")
    dialog = _dialog(qtbot, session_of, ("Почта", mail), ("SMS", sms))
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.tabs.currentWidget() is sms
    assert boxes == [("warning", "Параметры", "Укажите адрес SMTP-сервера.")]
    assert (mail.saved, sms.saved) == (0, 0)
    sms.trouble = ""
    dialog.accept()
    assert not dialog.isVisible() and (mail.saved, sms.saved) == (1, 1)


def test_a_page_that_fails_to_save_keeps_the_window_and_says_why(qtbot, session_of, boxes) -> None:
    mail = FakePage(fails=True)
    dialog = _dialog(qtbot, session_of, ("Почта", mail))
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.tabs.currentWidget() is mail
    assert len(boxes) == 1 and "хранилища паролей" in boxes[0][2]

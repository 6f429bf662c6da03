"""The info-base list dialog (PLAT-2): add, edit, remove with confirmation, launch."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.services.infobases import InfoBase, InfoBaseList
from crm_desktop.ui.startup.infobase_dialog import InfoBaseDialog, InfoBaseEditDialog


@pytest.fixture
def bases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> InfoBaseList:
    monkeypatch.setenv("CRM_CONFIG_DIR", str(tmp_path))
    return InfoBaseList()


def _rows(dialog: InfoBaseDialog) -> list[list[str]]:
    tree = dialog.ui.baseList
    return [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]


def _focus_list(qtbot, dialog: InfoBaseDialog) -> None:
    """Shortcuts of the list (F2, Del, Enter) work while it has the focus."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.ui.baseList.hasFocus)


def test_empty_list_says_so_and_add_creates_a_line(qtbot, bases) -> None:
    dialog = InfoBaseDialog(bases)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.emptyLabel.isVisible() and not dialog.ui.launchButton.isEnabled()

    editor = InfoBaseEditDialog(bases, None, dialog)
    qtbot.addWidget(editor)
    editor.ui.nameEdit.setText("База отдела продаж (локальная)")
    editor.ui.serverEdit.setText("localhost")
    qtbot.mouseClick(editor.ui.buttonBox.button(editor.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert editor.ui.errorLabel.text() == "Укажите путь к файлу базы данных."   # input kept, not saved
    assert editor.ui.nameEdit.text() == "База отдела продаж (локальная)" and len(InfoBaseList()) == 0
    editor.ui.pathEdit.setText(r"c:\bases\crm-18-work.fdb")
    editor.accept()
    assert editor.saved == InfoBase("База отдела продаж (локальная)", "localhost", r"c:\bases\crm-18-work.fdb")
    assert InfoBaseList().find("База отдела продаж (локальная)").address == r"localhost:c:\bases\crm-18-work.fdb"


def test_list_edit_remove_and_launch(qtbot, bases, boxes) -> None:
    bases.add(InfoBase("Основная", "", "/data/main.fdb"))
    bases.add(InfoBase("Архив", "srv/3051", "/data/old.fdb"))
    dialog = InfoBaseDialog(bases, selected="Архив")
    qtbot.addWidget(dialog)
    dialog.show()
    _focus_list(qtbot, dialog)
    assert _rows(dialog) == [["Основная", "этот компьютер", "/data/main.fdb"],
                             ["Архив", "srv/3051", "/data/old.fdb"]]
    assert dialog.current().name == "Архив" and not dialog.ui.emptyLabel.isVisible()

    def rename() -> None:
        editor = QApplication.activeModalWidget()
        editor.ui.nameEdit.setText("Архив 2020")
        editor.accept()
    QTimer.singleShot(0, rename)
    qtbot.keyClick(dialog.ui.baseList, Qt.Key.Key_F2)
    assert InfoBaseList().find("Архив 2020").path == "/data/old.fdb"
    _focus_list(qtbot, dialog)
    assert dialog.current().name == "Архив 2020"

    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.ui.baseList, Qt.Key.Key_Delete)
    assert len(InfoBaseList()) == 2
    assert boxes == [("question", "Удаление информационной базы",
                      "Удалить «Архив 2020» из списка? Сама база данных не удаляется.")]
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.ui.baseList, Qt.Key.Key_Delete)
    assert [b.name for b in InfoBaseList().bases] == ["Основная"]

    qtbot.mouseClick(dialog.ui.launchButton, Qt.MouseButton.LeftButton)
    assert dialog.chosen.name == "Основная" and dialog.result() == InfoBaseDialog.DialogCode.Accepted


def test_password_without_keyring_is_kept_for_this_run_only(qtbot, bases, monkeypatch, boxes) -> None:
    monkeypatch.setattr("crm_desktop.services.infobases.store_password", lambda *args: False)
    editor = InfoBaseEditDialog(bases, None)
    qtbot.addWidget(editor)
    editor.ui.nameEdit.setText("Сервер")
    editor.ui.serverEdit.setText("127.0.0.1")
    editor.ui.pathEdit.setText("/srv/crm.fdb")
    editor.ui.passwordEdit.setText("masterkey")
    editor.ui.savePasswordCheck.setChecked(True)
    editor.accept()
    (told,) = boxes.texts("information")
    assert editor.password == "masterkey" and "пароль не сохранён" in told
    assert "masterkey" not in InfoBaseList().path.read_text(encoding="utf-8")

"""ADM-7 «Импорт из MS Excel»: the wizard's three steps driven as a user does — load a real
.xlsx, autoprocess, fix a row by hand, set status, priority and curator, import — and what
lands in the database; a file that is not a client list says so and cannot go on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from crm_desktop.data.schema import clients, contacts
from crm_desktop.domain.excel_import import INDEX
from crm_desktop.ui.admin.excel_import_wizard import ERROR_COLOUR, FIRST_CELL, ExcelImportWizard, select as choose
from tests.db.test_excel_import import ARSENAL, generated, write_xlsx


def names(db) -> list[str]:
    with db.read() as conn:
        return sorted(conn.execute(select(clients.c.name)).scalars())


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_three_steps_import_the_list(db, users, session_of, finished, announced, qtbot, tmp_path) -> None:
    bad = ["", "Фирма с плохим телефоном", "", "", "", "", "", "12", "", "", "", "", "", ""]
    good = ["", "Ромашка", "Московская обл.", "Подольск", "", "", "", "", "", "", "", "", "петров иван сергеевич", ""]
    path = write_xlsx(tmp_path / "list.xlsx", [ARSENAL, bad, good])
    wizard = ExcelImportWizard(session_of("admin"))
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    wizard.next()
    assert wizard.currentPage() is ui.loadPage and "Сначала загрузите файл" in ui.loadLabel.text()
    # step 1
    ui.fileEdit.setText(str(path))
    click(qtbot, ui.loadButton)
    finished(wizard.job)
    assert wizard.model.rowCount() == 3 and "Загружено: 3 строки" in ui.loadLabel.text()
    wizard.next()
    assert wizard.currentPage() is ui.autoPage
    # step 2
    click(qtbot, ui.autoButton)
    finished(wizard.job)
    model = wizard.model
    contact = model.index(2, FIRST_CELL + INDEX["contact"])
    assert model.data(contact) == "Петров Иван Сергеевич"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) == ERROR_COLOUR
    assert "Колонка H «Телефон»" in model.data(model.index(1, 1))
    assert "с ошибками: 1" in ui.autoLabel.text()
    wizard.next()
    assert wizard.currentPage() is ui.importPage
    choose(ui.statusCombo, ui.statusCombo.itemData(1))
    choose(ui.priorityCombo, ui.priorityCombo.itemData(1))
    choose(ui.curatorCombo, users["manager"])
    # step 3 with an error left: refused, nothing imported
    click(qtbot, ui.importButton)
    finished(wizard.job)
    assert "Пропустить строки с ошибками" in ui.importLabel.text() and names(db) == []
    # fixed by hand in the table: the row is checked again at once
    assert model.setData(model.index(1, FIRST_CELL + INDEX["phone"]), "8 (495) 123-45-67")
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    click(qtbot, ui.importButton)
    finished(wizard.job)
    assert wizard.result is not None and wizard.result.imported == 3
    assert "Импортировано: 3 клиента" in ui.importLabel.text() and not ui.importButton.isEnabled()
    assert names(db) == ["Арсенал-Сервис", "Ромашка", "Фирма с плохим телефоном"]
    with db.read() as conn:
        assert set(conn.execute(select(clients.c.curator_id)).scalars()) == {users["manager"]}
        assert conn.execute(select(func.count()).select_from(contacts)).scalar_one() == 2
    assert any(kind == "client" for kind, _ in announced)


def test_a_wrong_file_says_why_and_does_not_go_on(db, users, session_of, finished, qtbot, tmp_path) -> None:
    path = write_xlsx(tmp_path / "wrong.xlsx", [ARSENAL], ["Имя", "Телефон"])
    wizard = ExcelImportWizard(session_of("admin"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.fileEdit.setText(str(path))
    click(qtbot, wizard.ui.loadButton)
    finished(wizard.job)
    assert "в колонке A — «Имя»" in wizard.ui.loadLabel.text()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.loadPage and names(db) == []


def test_cancel_during_the_import_leaves_nothing(db, users, session_of, finished, qtbot, tmp_path) -> None:
    wizard = ExcelImportWizard(session_of("admin"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.fileEdit.setText(str(write_xlsx(tmp_path / "many.xlsx", generated(1_500))))
    click(qtbot, wizard.ui.loadButton)
    finished(wizard.job)
    wizard.next()
    wizard.next()                                 # step 3 checks the rows as they are
    finished(wizard.job)
    click(qtbot, wizard.ui.importButton)
    wizard.job.cancel()                           # «Отмена» of the progress window
    qtbot.waitUntil(lambda: wizard.job.done, timeout=30_000)
    assert wizard.ui.importLabel.text() == "Импорт отменён: в базу данных ничего не записано."
    assert names(db) == [] and wizard.result is None
    assert wizard.ui.importTable.editTriggers() != wizard.ui.importTable.EditTrigger.NoEditTriggers

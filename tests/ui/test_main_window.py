"""Main window and register driven like a user does (REG-1, REG-2, REG-5, REG-6, REG-7)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from crm_desktop.data import admin_users
from crm_desktop.domain.permissions import Permission
from crm_desktop.services import admin
from crm_desktop.ui.admin.dictionaries_dialog import DictionariesDialog
from crm_desktop.ui.main.main_window import MainWindow
from crm_desktop.ui.ops import run_op, runner
from crm_desktop.ui.register.register_model import MAX_PAGES, PAGE, ClientIdRole


@pytest.fixture
def window_of(qtbot, db, users, session_of, boxes):
    admin.generate(db, 900, seed=11)
    opened = []

    def make(who: str = "admin") -> MainWindow:
        window = MainWindow(session_of(who))
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window
    yield make
    assert runner().stop()                              # no count may outlive the database
    assert [b for b in boxes if b[0] != "question"] == []


def _names_on_screen(window: MainWindow, rows: int = 5) -> list[str]:
    column = window.model.columns.index("name")
    return [window.model.index(r, column).data() for r in range(rows)]


def test_register_opens_with_first_rows_and_counts_all(window_of, qtbot) -> None:
    window = window_of()
    assert window.model.rowCount() >= PAGE
    qtbot.waitUntil(lambda: window.model.total == 900, timeout=5000)
    assert window.model.rowCount() == 900
    assert "900" in window._status.text()
    # reading the last row fetches it by keyset from the end, not by loading everything
    last = window.model.index(899, window.model.columns.index("code")).data()
    assert last is not None and window.model.cached_pages() <= 3


def test_scrolling_everything_keeps_memory_bounded(window_of, qtbot) -> None:
    window = window_of()
    qtbot.waitUntil(lambda: window.model.total == 900, timeout=5000)
    seen = {window.model.index(r, 0).data(ClientIdRole) for r in range(900)}
    assert len(seen) == 900
    assert window.model.cached_pages() <= MAX_PAGES


def test_header_click_sorts_and_again_reverses(window_of, qtbot) -> None:
    window = window_of()
    code = window.model.columns.index("code")
    window.table.horizontalHeader().sectionClicked.emit(code)
    first = [int(window.model.index(r, code).data()) for r in range(5)]
    assert first == sorted(first)
    window.table.horizontalHeader().sectionClicked.emit(code)
    again = [int(window.model.index(r, code).data()) for r in range(5)]
    assert again == sorted(again, reverse=True) and again[0] > first[-1]
    flag = window.model.columns.index("flag")
    window.table.horizontalHeader().sectionClicked.emit(flag)        # not sortable: nothing changes
    assert window.view_spec.sort == "code"


def test_space_marks_and_moves_down(window_of, qtbot) -> None:
    window = window_of()
    window.table.setFocus()
    window.move_to(0)
    first_id = window.current_client_id()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert window.model.is_marked(first_id)
    assert window.table.currentIndex().row() == 1
    assert window.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "отмечено: 1" in window._status.text()


def test_mark_all_marks_every_client_and_says_how_many(window_of, qtbot) -> None:
    """«Отметить всех» marks the whole register, rows not read yet included, and the status
    bar counts them; «Снять все отметки» clears both."""
    window = window_of()
    qtbot.waitUntil(lambda: window.model.total == 900, timeout=5000)
    clients_menu = _menu(window, "&Клиенты")
    marked = lambda row: window.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # noqa: E731
    _entry(clients_menu, "Отметить всех").trigger()
    assert "отмечено: 900" in window._status.text()
    assert marked(0) and marked(899)
    _entry(clients_menu, "Снять все отметки").trigger()
    assert "отмечено" not in window._status.text() and not marked(0) and not marked(899)


def test_columns_and_sort_survive_a_new_login(window_of, qtbot) -> None:
    window = window_of("manager")
    window._set_columns(["name", "code", "city"], {"name": 260})
    window._reload(window.view_spec.sorted_by("city", True))
    window.close()
    again = window_of("manager")
    assert again.model.columns == ["name", "code", "city"]
    assert again.table.columnWidth(0) == 260
    assert (again.view_spec.sort, again.view_spec.descending) == ("city", True)
    again.reset_layout()
    assert again.model.columns[0] == "code" and again.view_spec.sort == "name"


def test_incremental_search_moves_the_cursor(window_of, qtbot, db) -> None:
    window = window_of()
    with db.read() as conn:
        target = conn.execute(text("SELECT FIRST 1 SKIP 600 NAME FROM CLIENTS ORDER BY NAME, ID")).scalar_one()
    from crm_desktop.ui.main.search_dialogs import FindDialog
    dialog = FindDialog(window.model.register, window.move_to, window)
    qtbot.addWidget(dialog)
    dialog.ui.textEdit.setText(target[:12].lower())
    dialog.search_now()
    name_col = window.model.columns.index("name")
    shown = window.model.index(window.table.currentIndex().row(), name_col).data()
    assert shown.lower().startswith(target[:12].lower())


def test_informator_tips_and_do_not_show(window_of, qtbot) -> None:
    window = window_of("specialist")
    tip = window.informator.current_tip
    qtbot.mouseClick(window.informator.next_button, Qt.MouseButton.LeftButton)
    assert window.informator.current_tip != tip
    window.informator.hide_at_start.setChecked(True)
    window.close()
    again = window_of("specialist")
    assert not again.informator.isVisible()


def _menu(window: MainWindow, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def _entry(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def test_administration_menu_only_for_who_holds_a_permission_of_it(window_of) -> None:
    menus = lambda w: [a.text() for a in w.menuBar().actions()]  # noqa: E731
    window = window_of("admin")
    assert "&Администрирование" in menus(window)
    assert all(a.isEnabled() for a in _menu(window, "&Администрирование").actions())
    manager = window_of("manager")
    assert "&Администрирование" not in menus(manager)
    entry = _entry(_menu(manager, "&Справочники"), "Справочники…")
    assert not entry.isEnabled() and entry.toolTip().startswith("Нет прав: «Редактировать справочники")


def test_manager_holding_the_permission_reaches_the_dictionaries(window_of, db, users, monkeypatch) -> None:
    """The right ticked in the user card opens the screens the administrator's role opens, from
    both menus; screens of a permission the manager lacks stay disabled and say which one."""
    opened = []
    monkeypatch.setattr(DictionariesDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    with db.begin() as conn:
        admin_users.set_extra_permissions(conn, users["manager"], frozenset({Permission.EDIT_DICTIONARIES}))
    window = window_of("manager")
    administration = _menu(window, "&Администрирование")
    users_entry = _entry(administration, "Пользователи")
    assert not users_entry.isEnabled()
    assert users_entry.toolTip().startswith("Нет прав: «Управлять пользователями и их правами»")
    assert _entry(administration, "Управление данными — Справочники").isEnabled()
    _entry(administration, "Управление данными — Справочники").trigger()
    _entry(_menu(window, "&Справочники"), "Справочники…").trigger()
    assert len(opened) == 2


def test_todo_dock_opens_at_login_only_with_unfinished_items(window_of, session_of) -> None:
    from crm_desktop.services.todos import add_todo
    assert not window_of("manager").todo.isVisible()
    add_todo(session_of("manager"), "Позвонить в банк", important=True)
    window = window_of("manager")
    assert window.todo.isVisible()
    assert window.todo.toggleViewAction() in window.menuBar().actions()[-2].menu().actions()


def test_plans_menu_opens_the_planners_and_journal(window_of, qtbot) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication
    window = window_of("admin")
    before = set(QApplication.topLevelWidgets())
    plans = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Планы и задачи")
    texts = [a.text() for a in plans.actions() if a.text()]
    assert texts[:2] == ["Список задач", "Новая задача…"] and "Двухнедельный планировщик" in texts
    for action in plans.actions():
        if action.text() in ("Список задач", "Двухнедельный планировщик", "Визуальный планировщик дня",
                             "Планировщик коллективных задач"):
            assert action.isEnabled()
            action.trigger()
    window.assistant.calendar.activated.emit(QDate.currentDate())      # double click on a day
    opened = {w.windowTitle() for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()}
    assert len(opened) >= 4, opened
    for w in set(QApplication.topLevelWidgets()) - before:
        w.close()


def test_big_register_is_estimated_yet_search_and_scrolling_show_every_client(window_of, qtbot, db,
                                                                             monkeypatch) -> None:
    """With a sample smaller than the register (1000 IDs of a million in real life) the
    length is an estimate ("≈"); Ctrl+F still lands on the very client found, and scrolling
    to the end shows every client once, the row count following the real end."""
    from PySide6.QtWidgets import QApplication
    from crm_desktop.services import register as register_module
    from crm_desktop.ui.main.search_dialogs import FindDialog
    monkeypatch.setattr(register_module, "SAMPLE_SIZE", 150)
    monkeypatch.setattr(register_module, "MIN_HITS", 20)
    window = window_of()
    qtbot.waitUntil(lambda: window.model.total is not None, timeout=5000)
    assert "≈" in window._status.text()
    with db.read() as conn:
        rows = conn.execute(text("SELECT ID, NAME FROM CLIENTS ORDER BY NAME, ID")).all()
    order, target = [r.id for r in rows], rows[700].name
    first_of_name = next(r.id for r in rows if r.name == target)       # names may repeat
    dialog = FindDialog(window.model.register, window.move_to, window)
    qtbot.addWidget(dialog)
    dialog.ui.textEdit.setText(target)
    dialog.search_now()
    assert window.current_client_id() == first_of_name
    assert window.model.index(window.table.currentIndex().row(), window.model.columns.index("name")).data() == target
    # the measure off the GUI thread may still place the found client (rows inserted above it)
    # while the test scrolls, as it would under a user: a scroll that saw the rows move is
    # walked again, and the one that saw none must show every client once
    moved: list[str] = []
    for signal in (window.model.rowsInserted, window.model.rowsRemoved, window.model.modelReset):
        signal.connect(lambda *_: moved.append("moved"))
    for _attempt in range(5):
        window.move_to(0)
        QApplication.processEvents()
        moved.clear()
        seen, row = [], 0
        while row < window.model.rowCount():
            seen.append(window.model.index(row, 0).data(ClientIdRole))
            row += 1
            if row % PAGE == 0:
                QApplication.processEvents()
        QApplication.processEvents()
        if not moved:
            break
    assert [i for i in seen if i is not None] == order
    assert window.model.rowCount() == 900


@pytest.mark.parametrize("estimated", [True, False])
def test_ctrl_f_before_the_measure_shows_the_client_and_the_measure_places_it(window_of, qtbot, db,
                                                                           monkeypatch, estimated) -> None:
    """A keystroke does not wait for the measure (seconds on a busy server at a million
    clients): the client found is shown with its neighbours at once, and when the length
    arrives the rows move to about their place (exactly in a small view) with the cursor
    still on that client, and scrolling up and down from it shows the register's order."""
    import threading
    from crm_desktop.services import register as register_module
    from crm_desktop.ui.main.search_dialogs import FindDialog
    if estimated:
        monkeypatch.setattr(register_module, "SAMPLE_SIZE", 150)
        monkeypatch.setattr(register_module, "MIN_HITS", 20)
    gate = threading.Event()
    measure = register_module.Register.measure
    monkeypatch.setattr(register_module.Register, "measure", lambda self: gate.wait(10) and measure(self))
    try:
        window = window_of()
        with db.read() as conn:
            rows = conn.execute(text("SELECT ID, NAME FROM CLIENTS ORDER BY NAME, ID")).all()
        order, target = [r.id for r in rows], rows[700].name
        wanted = next(r.id for r in rows if r.name == target)
        at = order.index(wanted)
        dialog = FindDialog(window.model.register, window.move_to, window)
        qtbot.addWidget(dialog)
        dialog.ui.textEdit.setText(target)
        dialog.search_now()
        assert window.model.total is None and window.current_client_id() == wanted
        row = window.table.currentIndex().row()
        shown = [window.model.index(r, 0).data(ClientIdRole) for r in range(window.model.rowCount())]
        assert shown == order[at - row:at - row + len(shown)] and row > 0 and len(shown) > row + 1
        assert dialog.ui.statusLabel.text() == ""
    finally:
        gate.set()
    qtbot.waitUntil(lambda: window.model.total is not None, timeout=5000)
    assert window.current_client_id() == wanted
    row = window.table.currentIndex().row()
    assert abs(row - at) < 900 * 0.3 if estimated else row == at, (row, at)
    assert window.model.exact != estimated
    upwards = [window.model.index(r, 0).data(ClientIdRole) for r in range(row, max(row - 300, -1), -1)]
    assert upwards == list(reversed(order[at - len(upwards) + 1:at + 1])) and len(upwards) > 200
    downwards, r = [], row
    while r < min(row + 300, window.model.rowCount()):      # the row count follows the real end
        downwards.append(window.model.index(r, 0).data(ClientIdRole))
        r += 1
        if r % PAGE == 0 or r == window.model.rowCount():
            QApplication.processEvents()
    downwards = [i for i in downwards if i is not None]
    assert downwards == order[at:at + len(downwards)] and len(downwards) == min(300, 900 - at)


def _row_on_screen(window: MainWindow) -> QRect:
    """The current row of the register, across the table, in screen coordinates."""
    cell = window.table.visualRect(window.table.currentIndex())
    viewport = window.table.viewport()
    return QRect(viewport.mapToGlobal(QPoint(0, cell.top())), QSize(viewport.width(), cell.height()))


def _name_at(db, skip: int) -> str:
    with db.read() as conn:
        return conn.execute(text(f"SELECT FIRST 1 SKIP {skip} NAME FROM CLIENTS ORDER BY NAME, ID")).scalar_one()


def test_ctrl_f_dialog_moves_off_the_row_it_found(window_of, qtbot, db) -> None:
    window = window_of()
    target = _name_at(db, 450)
    seen: dict[str, QRect] = {}

    def type_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.ui.textEdit.setText(target[:12])
            dialog.search_now()
            seen.update(dialog=dialog.frameGeometry(), row=_row_on_screen(window))
        finally:
            dialog.accept()
    QTimer.singleShot(0, type_in_dialog)
    window.find_action.trigger()
    name = window.model.index(window.table.currentIndex().row(), window.model.columns.index("name")).data()
    assert name.lower().startswith(target[:12].lower())
    assert not seen["row"].isEmpty() and not seen["dialog"].intersects(seen["row"])


def test_shift_f_dialog_moves_off_the_row_it_found(window_of, qtbot, db) -> None:
    window = window_of()
    target = _name_at(db, 450)
    window.extended_action.trigger()
    dialog = window._extended
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText(target)
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.resultLabel.text().startswith("Найден:")
    row = _row_on_screen(window)
    assert not row.isEmpty() and not dialog.frameGeometry().intersects(row)


def test_menu_names_the_open_key_enter_and_both_enter_keys_open_the_card(window_of, qtbot, monkeypatch) -> None:
    window = window_of()
    opened: list[int] = []
    monkeypatch.setattr("crm_desktop.ui.card.open_client",
                        lambda parent, session, client_id: opened.append(client_id) and False)
    assert window.open_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Enter"
    window.table.setFocus()
    window.move_to(3)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.keyClick(window.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert opened == [window.current_client_id()] * 2


def test_closing_stops_a_running_job_and_waits_for_it(window_of, qtbot, capfd) -> None:
    """A job still counting when the window closes is stopped at its next step and waited for:
    nothing of it reaches the closed window, and nothing complains of a deleted signal source."""
    window = window_of()
    register, heard, results = window.model.register, [], []

    def count_again_and_again(progress) -> None:
        for step in range(1, 100_000):
            register.measure()
            progress(step, 0, "Пересчёт")
    job = run_op(window, count_again_and_again, results.append, progress="Пересчёт клиентов",
                 on_progress=lambda done, total, text: heard.append(done))
    qtbot.waitUntil(lambda: len(heard) > 2)
    window.close()
    assert job.cancelled and not job.running                    # closing waited for it
    qtbot.waitUntil(lambda: job.done)
    assert results == [] and runner().jobs() == []
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_a_saved_card_updates_its_row_in_the_register(window_of, qtbot, db, monkeypatch) -> None:
    """The card announces the client it saved; the register reads itself and stays on it."""
    from crm_desktop.ui.card.client_dialog import ClientDialog
    window = window_of()
    with db.read() as conn:
        client_id = conn.execute(text("SELECT FIRST 1 ID FROM CLIENTS WHERE CLIENT_KIND = 1 ORDER BY ID")).scalar_one()
    window.move_to(window.model.register.position_of(client_id), client_id)

    def rename(dialog: ClientDialog) -> int:
        dialog.forms[""].editors["name"].setText("ООО «Переименованное»")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(ClientDialog, "exec", rename)
    window.open_action.trigger()
    row = window.table.currentIndex().row()
    assert window.current_client_id() == client_id
    assert window.model.index(row, window.model.columns.index("name")).data() == "ООО «Переименованное»"


def test_deleting_the_current_client_keeps_the_cursor_on_its_row(window_of, qtbot) -> None:
    window = window_of()
    qtbot.waitUntil(lambda: window.model.total == 900, timeout=5000)
    window.move_to(3)
    next_one = window.model.index(4, 0).data(ClientIdRole)
    window.delete_action.trigger()                              # «Да» in the question
    assert window.table.currentIndex().row() == 3 and window.current_client_id() == next_one
    qtbot.waitUntil(lambda: window.model.total == 899, timeout=5000)
    assert "899" in window._status.text()


def test_a_task_set_from_the_register_appears_in_the_open_journal_and_the_assistant(window_of, qtbot,
                                                                                      monkeypatch) -> None:
    """Nobody refreshes the journal or the task monitor by hand: the task form announces the
    task and both read themselves again."""
    from datetime import datetime

    from PySide6.QtCore import QDateTime

    from crm_desktop.ui.tasks import TaskDialog, open_task_journal
    window = window_of()
    journal = open_task_journal(window, window.session)
    qtbot.addWidget(journal)
    shown = journal.ui.table.rowCount()

    def fill(dialog: TaskDialog) -> int:
        dialog.ui.startEdit.setDateTime(QDateTime(datetime.now().replace(second=0, microsecond=0)))
        dialog.ui.bodyEdit.setPlainText("Отправить коммерческое предложение")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(TaskDialog, "exec", fill)
    window.new_task_action.trigger()
    assert journal.ui.table.rowCount() == shown + 1
    assert any(journal.ui.table.item(r, 6).text() == "Отправить коммерческое предложение"
               for r in range(journal.ui.table.rowCount()))
    monitor = window.assistant.monitor.list
    qtbot.waitUntil(lambda: any("Отправить коммерческое предложение" in monitor.topLevelItem(r).text(1)
                                for r in range(monitor.topLevelItemCount())), timeout=5000)

"""The task journal, the monitor, the login lists and the notifier on screen (manual:
"Контроль за исполнением задач", "Задачи": notifications)."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import insert, select

from crm_desktop.data.schema import clients, tasks
from crm_desktop.domain.tasks import Kind, Status, TaskDraft
from crm_desktop.services import tasks as svc
from crm_desktop.ui import tasks as task_ui
from crm_desktop.ui.ops import runner
from crm_desktop.ui.tasks import TaskJournal, TaskMonitor, TaskNotifier, at_login
from crm_desktop.ui.tasks.journal import JOURNAL_AT_LOGIN, OVERDUE_AT_LOGIN
from crm_desktop.ui.tasks.new_tasks_dialog import arrival

NOW = datetime.now().replace(second=0, microsecond=0)


def set_task(session, executor_id, body, start=NOW, client_id=None, remind=None, kind=Kind.REMINDER):
    return svc.create_task(session, TaskDraft(kind, client_id, executor_id, 2, start, 30, None, body,
                                              kind == Kind.REPORT, remind))


def journal_bodies(journal):
    return [journal.ui.table.item(r, 6).text() for r in range(journal.ui.table.rowCount())]


def test_journal_shows_own_tasks_and_filters_by_stage(qtbot, db, users, session_of):
    manager, other, specialist = session_of("manager"), session_of("manager2"), session_of("specialist")
    accepted = set_task(manager, users["specialist"], "Позвонить в банк")
    set_task(manager, users["manager"], "Себе напоминание")
    set_task(other, users["manager2"], "Чужая задача")
    svc.transition(specialist, accepted, Status.ACCEPTED)
    journal = TaskJournal(manager)
    qtbot.addWidget(journal)
    assert sorted(journal_bodies(journal)) == ["Позвонить в банк", "Себе напоминание"]
    journal.ui.stageCombo.setCurrentIndex(journal.ui.stageCombo.findData(int(Status.ACCEPTED)))
    assert journal_bodies(journal) == ["Позвонить в банк"]
    assert journal.ui.table.item(0, 4).text() == "Специалистов Семён"
    supervisor_view = TaskJournal(session_of("supervisor"))
    qtbot.addWidget(supervisor_view)
    assert len(journal_bodies(supervisor_view)) == 3


def test_journal_keys_insert_enter_and_delete(qtbot, db, users, session_of, monkeypatch, boxes):
    manager = session_of("manager")
    with db.begin() as conn:
        client_id = conn.execute(insert(clients).values(code=7, name="Клиент семь", curator_id=users["manager"])
                                 .returning(clients.c.id)).scalar_one()
    task_id = set_task(manager, users["manager"], "Встреча", client_id=client_id)
    journal = TaskJournal(manager)
    qtbot.addWidget(journal)
    journal.show()
    opened = []
    monkeypatch.setattr(task_ui, "open_task", lambda parent, session, tid: opened.append(("task", tid)) or False)
    monkeypatch.setattr(task_ui, "new_task", lambda parent, session: opened.append(("new", None)))
    import crm_desktop.ui.card as card
    monkeypatch.setattr(card, "open_client", lambda parent, session, cid: opened.append(("client", cid)))
    qtbot.keyClick(journal.ui.table, Qt.Key.Key_Return)
    qtbot.keyClick(journal.ui.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(journal.ui.table, Qt.Key.Key_Insert)
    assert opened == [("task", task_id), ("client", client_id), ("new", None)]
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(journal.ui.table, Qt.Key.Key_Delete)
    assert "Удалить задачу «Встреча»?" in boxes[-1][2] and journal_bodies(journal) == ["Встреча"]
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(journal.ui.table, Qt.Key.Key_Delete)
    assert journal_bodies(journal) == []
    with db.read() as conn:
        assert conn.execute(select(tasks.c.id)).first() is None


def test_login_settings_show_journal_and_overdue_list(qtbot, db, users, session_of):
    manager = session_of("manager")
    set_task(manager, users["manager"], "Давно пора", start=NOW - timedelta(days=2))
    set_task(manager, users["manager"], "Ещё не пора", start=NOW + timedelta(days=2))
    assert at_login(None, manager) == []
    journal = TaskJournal(manager)
    qtbot.addWidget(journal)
    journal.ui.journalAtLoginCheck.setChecked(True)
    journal.ui.overdueAtLoginCheck.setChecked(True)
    assert manager.setting(JOURNAL_AT_LOGIN) is True and manager.setting(OVERDUE_AT_LOGIN) is True
    shown = at_login(None, manager)
    for window in shown:
        qtbot.addWidget(window)
    assert [type(w).__name__ for w in shown] == ["TaskJournal", "OverdueDialog"]
    overdue = shown[1].list
    assert overdue.topLevelItemCount() == 1 and overdue.topLevelItem(0).text(2) == "Давно пора"


def test_monitor_lists_today_overdue_and_next_contacts(qtbot, db, users, session_of):
    manager = session_of("manager")
    today = date.today()
    set_task(manager, users["manager"], "Сегодня", start=datetime.combine(today, datetime.min.time()) +
             timedelta(hours=23))
    set_task(manager, users["manager"], "Вчерашняя", start=NOW - timedelta(days=1))
    set_task(manager, users["manager"], "Завтрашняя", start=NOW + timedelta(days=1, hours=1))
    with db.begin() as conn:
        conn.execute(insert(clients).values(code=9, name="Перезвонить ООО", curator_id=users["manager"],
                                            next_contact_date=today))
    monitor = TaskMonitor(manager)
    qtbot.addWidget(monitor)
    qtbot.waitUntil(lambda: monitor.list.topLevelItemCount() > 0, timeout=5000)
    rows = [monitor.list.topLevelItem(r).text(1) for r in range(monitor.list.topLevelItemCount())]
    assert rows == ["Вчерашняя", "Сегодня", "Перезвонить ООО: Связаться с клиентом"]
    assert "просрочена" in monitor.list.topLevelItem(0).toolTip(1)
    assert monitor.list.task_ids() == [t.id for t in svc.today_and_overdue(manager, today)]


def test_notifier_announces_new_and_returned_tasks_once(qtbot, db, users, session_of, monkeypatch, finished):
    manager, specialist = session_of("manager"), session_of("specialist")
    shown = []
    monkeypatch.setattr("crm_desktop.ui.tasks.notifier.show_arrivals",
                        lambda parent, session, found: shown.append([f"{arrival(t)}: {t.body}" for t in found]))
    notifier = TaskNotifier(specialist)
    finished(notifier.check_arrivals())
    assert shown == []
    task_id = set_task(manager, users["specialist"], "Подготовить договор", kind=Kind.REPORT)
    with qtbot.waitSignal(notifier.tasks_arrived) as arrived:
        notifier.check_arrivals()
    assert [t.id for t in arrived.args[0]] == [task_id]
    assert shown == [["Новая задача от Менеджерова Михаила: Подготовить договор"]]
    finished(notifier.check_arrivals())
    assert len(shown) == 1                                      # seen: not again
    svc.transition(specialist, task_id, Status.ACCEPTED)
    svc.transition(specialist, task_id, Status.COMPLETED, "Готово")
    svc.transition(manager, task_id, Status.REWORK, "Нет подписи")
    finished(notifier.check_arrivals())
    assert shown[-1] == ["На доработку от Менеджерова Михаила: Подготовить договор"]


def test_notifier_reminds_before_start(qtbot, db, users, session_of, monkeypatch, finished):
    manager, specialist = session_of("manager"), session_of("specialist")
    popups = []
    monkeypatch.setattr("crm_desktop.ui.tasks.notifier.show_popup",
                        lambda parent, session, title, text, found: popups.append((title, text)))
    set_task(manager, users["specialist"], "Созвон с поставщиком", start=NOW + timedelta(minutes=20), remind=15)
    notifier = TaskNotifier(specialist)
    finished(notifier.check_reminders(NOW))
    assert popups == []
    with qtbot.waitSignal(notifier.reminder_due):
        notifier.check_reminders(NOW + timedelta(minutes=5))
    assert popups[0][1].startswith("Напоминание: Созвон с поставщиком, начало в")
    finished(notifier.check_reminders(NOW + timedelta(minutes=6)))
    assert len(popups) == 1


def test_started_notifier_looks_by_itself_and_a_stopped_one_leaves_nothing_running(qtbot, db, users,
                                                                                   session_of, monkeypatch):
    """Started, the notifier looks by itself (the poll, the only way with embedded Firebird; the
    event as well with a server): a task a colleague sets pops up, its reminder pops up when
    the clock reaches it. Stopped, no timer or job of it is left to pop anything up."""
    from crm_desktop.ui.tasks import notifier as notifier_module
    monkeypatch.setattr(notifier_module, "POLL_MS", 20)
    monkeypatch.setattr(notifier_module, "REMINDER_MS", 20)
    shown = []
    monkeypatch.setattr(notifier_module, "show_arrivals",
                        lambda parent, session, found: shown.append([f"{arrival(t)}: {t.body}" for t in found]))
    monkeypatch.setattr(notifier_module, "show_popup",
                        lambda parent, session, title, text, found: shown.append([text]))
    manager, specialist = session_of("manager"), session_of("specialist")
    now = [NOW]
    notifier = TaskNotifier(specialist, clock=lambda: now[0])
    notifier.start()
    try:
        with qtbot.waitSignal(notifier.tasks_arrived, timeout=5000):
            task_id = set_task(manager, users["specialist"], "Созвон с поставщиком",
                               start=NOW + timedelta(minutes=20), remind=15)
        assert shown == [["Новая задача от Менеджерова Михаила: Созвон с поставщиком"]]
        assert svc.unseen_for_me(specialist) == []                   # shown once: seen
        now[0] = NOW + timedelta(minutes=5)                           # the reminder's time
        with qtbot.waitSignal(notifier.reminder_due, timeout=5000) as due:
            pass
        assert [t.id for t in due.args[0]] == [task_id]
        assert shown[-1][0].startswith("Напоминание: Созвон с поставщиком, начало в")
    finally:
        notifier.stop()
    assert [t for t in notifier.findChildren(QTimer) if t.isActive()] == []
    assert [job for job in runner().jobs(notifier) if job.running] == []


def test_notifier_reads_the_database_off_the_gui_thread(qtbot, db, users, session_of, monkeypatch, finished):
    specialist, readers = session_of("specialist"), []
    for name in ("unseen_for_me", "awaiting_acceptance", "due_reminders"):
        real = getattr(svc, name)
        monkeypatch.setattr(svc, name, lambda *args, _real=real: readers.append(threading.current_thread())
                            or _real(*args))
    notifier = TaskNotifier(specialist)
    for job in (notifier.check_arrivals(), notifier.check_reports(), notifier.check_reminders(),
                task_ui.show_pending_at_login(None, specialist)):
        finished(job)
    assert len(readers) == 4 and threading.main_thread() not in readers


def test_tasks_a_colleague_sets_appear_in_the_open_journal(qtbot, db, users, session_of, monkeypatch, finished):
    """The notifier announces what arrived on the change bus; the open journal reads itself."""
    monkeypatch.setattr("crm_desktop.ui.tasks.notifier.show_arrivals", lambda parent, session, found: None)
    manager, specialist = session_of("manager"), session_of("specialist")
    journal = TaskJournal(specialist)
    qtbot.addWidget(journal)
    journal.show()
    notifier = TaskNotifier(specialist)
    set_task(manager, users["specialist"], "От менеджера")
    assert journal_bodies(journal) == []                    # set on another workstation
    finished(notifier.check_arrivals())
    assert journal_bodies(journal) == ["От менеджера"]


def test_setter_hears_of_completed_tasks_once(qtbot, db, users, session_of, monkeypatch, finished):
    manager, specialist = session_of("manager"), session_of("specialist")
    popups = []
    monkeypatch.setattr("crm_desktop.ui.tasks.notifier.show_popup",
                        lambda parent, session, title, text, found: popups.append(text))
    earlier = set_task(manager, users["specialist"], "Раньше", kind=Kind.REPORT)
    later = set_task(manager, users["specialist"], "Позже", kind=Kind.REPORT)
    for task_id in (earlier, later):
        svc.transition(specialist, task_id, Status.ACCEPTED)
    svc.transition(specialist, earlier, Status.COMPLETED, "Сделано раньше")
    notifier = TaskNotifier(manager)
    finished(notifier.check_reports())
    assert popups == []                                    # waiting before the start: in the journal
    svc.transition(specialist, later, Status.COMPLETED, "Сделано")
    with qtbot.waitSignal(notifier.reports_arrived):
        notifier.check_reports()
    assert popups == ["Задача выполнена (Специалистов Семён): Позже. Отчёт: Сделано"]
    finished(notifier.check_reports())
    assert len(popups) == 1


def test_opening_a_task_counts_as_seen(qtbot, db, users, session_of, monkeypatch, announced):
    manager, specialist = session_of("manager"), session_of("specialist")
    task_id = set_task(manager, users["specialist"], "Открыта из журнала")
    monkeypatch.setattr(task_ui.TaskDialog, "exec", lambda self: 0)
    task_ui.open_task(None, specialist, task_id)
    assert svc.unseen_for_me(specialist) == [] and announced == []       # closed unchanged


def test_journal_opens_on_open_tasks_of_any_date(qtbot, db, users, session_of):
    """The overdue tasks the login warning lists are in the journal, whatever their month."""
    manager = session_of("manager")
    overdue = set_task(manager, users["manager"], "Просрочена давно", start=NOW - timedelta(days=70))
    set_task(manager, users["manager"], "Через два месяца", start=NOW + timedelta(days=70))
    done = set_task(manager, users["manager"], "Уже сделана", start=NOW - timedelta(days=70))
    svc.transition(manager, done, Status.CLOSED)
    journal = TaskJournal(manager)
    qtbot.addWidget(journal)
    assert not journal.ui.periodCheck.isChecked() and not journal.ui.fromEdit.isEnabled()
    assert journal.ui.stageCombo.currentText() == "Активные"
    assert sorted(journal_bodies(journal)) == ["Просрочена давно", "Через два месяца"]
    assert overdue in [t.id for t in svc.overdue_for_me(manager, datetime.now())]
    qtbot.mouseClick(journal.ui.periodCheck, Qt.MouseButton.LeftButton)      # this month only
    assert journal.ui.fromEdit.isEnabled() and journal_bodies(journal) == []


def test_journal_columns_fit_contents_and_follow_the_user(qtbot, db, users, session_of):
    manager = session_of("manager")
    with db.begin() as conn:
        client_id = conn.execute(insert(clients).values(
            code=8, name="Общество с ограниченной ответственностью «Очень длинное название клиента»",
            curator_id=users["manager"]).returning(clients.c.id)).scalar_one()
    body = "Подготовить коммерческое предложение по поставке"
    set_task(manager, users["manager"], body, client_id=client_id)
    journal = TaskJournal(manager)
    qtbot.addWidget(journal)
    journal.show()
    table, text_column = journal.ui.table, 6
    assert table.columnWidth(text_column) >= table.fontMetrics().horizontalAdvance(body)
    table.horizontalHeader().resizeSection(2, 123)          # the user narrows «Клиент»
    qtbot.mouseClick(journal.ui.closeButton, Qt.MouseButton.LeftButton)
    again = TaskJournal(manager)
    qtbot.addWidget(again)
    assert again.ui.table.columnWidth(2) == 123
    assert again.ui.table.columnWidth(text_column) == table.columnWidth(text_column)
    colleague = TaskJournal(session_of("manager2"))           # widths are per user
    qtbot.addWidget(colleague)
    assert colleague.ui.table.columnWidth(2) != 123

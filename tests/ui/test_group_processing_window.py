"""«Менеджер групповой обработки» (GRP-1) with pytest-qt: tick a field, assign a task, run, read
the log; a channel tab's problem stops the run; the limit and the rights in the opener."""
from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import insert, select

from crm_desktop.data.schema import clients, tasks, user_permissions
from crm_desktop.domain.editions import Edition
from crm_desktop.services import dictionaries, mailing
from crm_desktop.ui.group_processing.window import GroupProcessingWindow, open_group_processing
from tests.db.mail_setup import make_client, make_contact, make_email, smtp_server  # noqa: F401 - the fixture
from tests.keyrings import no_keyring  # noqa: F401 - the fixture


def add_clients(db, n: int, **values) -> list[int]:
    with db.begin() as conn:
        return [conn.execute(insert(clients).values(name=f"Клиент {i}", **values).returning(clients.c.id))
                .scalar_one() for i in range(n)]


class FakeChannel(QWidget):
    """The channel interface (notes: channel_iface) at its smallest."""
    title = "SMS"

    def __init__(self, problem: str = "") -> None:
        super().__init__()
        self._problem = problem
        self.got: list[list[int]] = []

    def active(self) -> bool:
        return True

    def problem(self) -> str:
        return self._problem

    def job(self):
        def send(ids, progress):
            self.got.append(list(ids))
            progress(len(ids), len(ids), "")
            return [f"Отправлено SMS: {len(ids)}."]
        return send


def test_tick_a_field_assign_a_task_run_and_read_the_log(db, users, session_of, boxes, finished, announced,
                                                         qtbot) -> None:
    admin = session_of("admin")
    status = dictionaries.add(admin, "client_statuses", "Наш постоянный клиент").id
    ids = add_clients(db, 3, curator_id=users["manager"])
    window = GroupProcessingWindow(admin, ids)
    qtbot.addWidget(window)
    assert [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())] == [
        "Классификаторы", "Оперативная работа", "Доступ", "Задача"]
    channel = FakeChannel()
    window.add_channel(channel)
    assert window.ui.tabs.tabText(4) == "SMS"
    # an unticked field is not set, whatever its editor holds
    window.classifiers.editors["priority_id"].set_value(None)
    window.classifiers.ticks["status_id"].setChecked(True)
    assert window.classifiers.editors["status_id"].isEnabled()
    window.classifiers.editors["status_id"].set_value(status)
    window.access.tick("specialist_id", users["specialist"])
    ui = window.ui
    ui.assignCheck.setChecked(True)
    window.executor.set_value(users["manager2"])
    ui.bodyEdit.setPlainText("Позвонить")
    ui.startEdit.setDateTime(QDateTime(2026, 12, 7, 14, 0, 0))
    ui.spreadCheck.setChecked(True)
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    assert boxes.texts("question") == ["Обработать 3 клиента?"]
    finished(window.job)
    with db.read() as conn:
        rows = conn.execute(select(clients.c.status_id, clients.c.specialist_id, clients.c.priority_id)).all()
        starts = sorted(conn.execute(select(tasks.c.start_at)).scalars())
    assert set(map(tuple, rows)) == {(status, users["specialist"], None)}
    assert starts == [datetime(2026, 12, 7, 14, 0), datetime(2026, 12, 7, 14, 30), datetime(2026, 12, 7, 15, 0)]
    log = [ui.logList.item(i).text() for i in range(ui.logList.count())]
    assert log[0].startswith("Клиент 0 (код ") and "Статус" in log[0] and "задача на 07.12.2026 14:00" in log[0]
    assert log[-1] == "Отправлено SMS: 3." and channel.got == [ids]
    assert ui.summaryLabel.text().startswith("Итого: обработано клиентов 3 из 3")
    assert ("client", tuple(ids)) in announced and any(k == "task" for k, _ in announced)
    assert ui.runButton.isEnabled() and not ui.progressBar.isVisible()


def test_a_channel_problem_and_an_empty_plan_stop_the_run(db, users, session_of, boxes, qtbot) -> None:
    ids = add_clients(db, 2)
    window = GroupProcessingWindow(session_of("admin"), ids)
    qtbot.addWidget(window)
    window.ui.runButton.click()
    assert "Нечего выполнять" in window.ui.summaryLabel.text() and window.job is None
    window.add_channel(FakeChannel("не заполнен текст сообщения."))
    window.operative.tick("has_competitors", True)
    window.ui.runButton.click()
    assert window.ui.summaryLabel.text() == "«SMS»: не заполнен текст сообщения."
    assert window.job is None and boxes == []
    with db.read() as conn:
        assert set(conn.execute(select(clients.c.has_competitors)).scalars()) == {0}


def test_more_than_500_clients_refused_in_a_sentence(db, users, session_of, boxes, qtbot) -> None:
    window = GroupProcessingWindow(session_of("admin"), list(range(1, 502)))
    qtbot.addWidget(window)
    assert "не больше 500" in window.ui.countLabel.text()
    window.operative.tick("has_competitors", True)
    window.ui.runButton.click()
    assert "не больше 500 клиентов, а выбрано 501" in window.ui.summaryLabel.text() and window.job is None


def test_opener_refuses_without_the_right_or_the_edition(db, users, session_of, boxes, qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    open_group_processing(parent, session_of("manager"), [1])
    assert "Групповая обработка клиентов" in boxes.texts("information")[-1]
    admin = session_of("admin")
    admin.edition = Edition.STANDARD
    open_group_processing(parent, admin, [1])
    assert "недоступно в редакции «Стандарт»" in boxes.texts("information")[-1]
    assert parent.findChild(GroupProcessingWindow) is None
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=users["manager"], perm_code="group_processing"))
    open_group_processing(parent, session_of("manager"), [1, 2])
    window = parent.findChild(GroupProcessingWindow)
    assert window is not None and window.client_ids == [1, 2]
    open_group_processing(parent, session_of("manager"), [3])       # the open one takes the new clients
    assert parent.findChildren(GroupProcessingWindow) == [window] and window.client_ids == [3]


class WaitingChannel(FakeChannel):
    """Its job waits, in the worker, until the test let it go; then it reports progress (which
    raises once «Отмена» was pressed)."""

    def __init__(self) -> None:
        super().__init__()
        self.started, self.go = threading.Event(), threading.Event()

    def job(self):
        def send(ids, progress):
            self.started.set()
            self.go.wait(5)
            progress(0, len(ids), "")
            return ["не должно попасть в журнал"]
        return send


def test_cancel_during_the_run_says_what_was_done(db, users, session_of, boxes, finished, qtbot) -> None:
    ids = add_clients(db, 2)
    window = GroupProcessingWindow(session_of("admin"), ids)
    qtbot.addWidget(window)
    channel = WaitingChannel()
    window.add_channel(channel)
    window.operative.tick("has_competitors", True)
    window.show()
    window.ui.runButton.click()
    qtbot.waitUntil(channel.started.is_set, timeout=5000)
    assert window.ui.progressBar.isVisible() and not window.ui.closeButton.isEnabled()
    window.close()
    assert window.isVisible()                      # not closed while it runs
    qtbot.mouseClick(window.ui.cancelButton, Qt.MouseButton.LeftButton)
    channel.go.set()
    finished(window.job)
    log = [window.ui.logList.item(i).text() for i in range(window.ui.logList.count())]
    assert log[-1] == "«SMS»: остановлено — отменено пользователем."
    assert log[0].startswith("Клиент 0 (код ") and "Есть конкуренты" in log[0]
    assert "Обработка отменена пользователем" in window.ui.summaryLabel.text()
    with db.read() as conn:
        assert set(conn.execute(select(clients.c.has_competitors)).scalars()) == {1}


def test_a_manager_mails_and_sets_afternoon_tasks_through_the_opener(db, users, session_of, boxes, finished,
                                                                     qtbot, smtp_server, no_keyring) -> None:
    """«Done when» of issue 15 in small: marked clients get a stage, a personalised letter through
    the real SMTP server and a follow-up task each, spread over the afternoon."""
    inbox, port = smtp_server
    m = users["manager"]
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=m, perm_code="group_processing"))
        ids = []
        for i, (company, surname, first) in enumerate((("ООО Альфа", "Иванов", "Владимир"),
                                                        ("ООО Бета", "Петрова", "Анна"))):
            cid = make_client(conn, 700 + i, company, m)
            make_email(conn, cid, f"c{i}@example.ru", make_contact(conn, cid, surname, first, "", ""))
            ids.append(cid)
    manager = session_of("manager")
    mailing.save_mailbox_settings(manager, mailing.MailboxSettings(host="127.0.0.1", port=port,
                                                                   address="manager@example.ru"))
    parent = QWidget()
    qtbot.addWidget(parent)
    open_group_processing(parent, manager, ids)
    window = parent.findChild(GroupProcessingWindow)
    ui = window.ui
    assert [ui.tabs.tabText(i) for i in range(ui.tabs.count())][3:] == ["Задача", "E-Mail", "SMS"]
    window.operative.tick("has_competitors", True)
    ui.assignCheck.setChecked(True)
    ui.bodyEdit.setPlainText("Перезвонить после письма")
    ui.startEdit.setDateTime(QDateTime(2026, 12, 7, 14, 0, 0))
    ui.spreadCheck.setChecked(True)
    mail = ui.tabs.widget(4)
    mail.ui.sendCheck.setChecked(True)
    mail.ui.subjectEdit.setText("Предложение для [КОМПАНИЯ]")
    mail.ui.bodyEdit.setPlainText("[ИМЯ], добрый день!")
    window.run()
    finished(window.job)
    assert sorted(m["Subject"] for _, m in inbox.messages) == ["Предложение для ООО Альфа",
                                                                "Предложение для ООО Бета"]
    with db.read() as conn:
        assert sorted(conn.execute(select(tasks.c.start_at)).scalars()) == [datetime(2026, 12, 7, 14, 0),
                                                                           datetime(2026, 12, 7, 14, 30)]
    log = [ui.logList.item(i).text() for i in range(ui.logList.count())]
    assert any("c0@example.ru" in line for line in log), log
    assert ui.summaryLabel.text().startswith("Итого: обработано клиентов 2 из 2")


def test_the_administrators_own_classifiers_are_on_the_classifiers_tab(db, users, session_of, boxes, finished,
                                                                         qtbot) -> None:
    from crm_desktop.services import classifiers as classifier_service
    from crm_desktop.services.classifiers import ClassifierCard
    admin = session_of("admin")
    car = classifier_service.save(admin, ClassifierCard(name="Тип автомобиля"))
    truck = dictionaries.add(admin, car.code, "Грузовой").id
    ids = add_clients(db, 2)
    window = GroupProcessingWindow(admin, ids)
    qtbot.addWidget(window)
    assert window.classifiers.ticks[f"classifier_{car.id}"].text() == "Тип автомобиля"
    window.classifiers.tick(f"classifier_{car.id}", truck)
    assert window.plan().classifiers == {car.id: truck} and window.plan().values == {}
    window.run()
    finished(window.job)
    assert window.ui.logList.item(0).text().endswith(": Тип автомобиля.")

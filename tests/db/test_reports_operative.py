"""The operative reports on Firebird (REP-1): «Задачи на контроле» (TSK-4), «События» (EVT-2),
«Дни рождения» and the client's «Сводная информация». Data is made through the services; the
figures are checked against what was made by hand; a manager never sees a colleague's rows, and
a colleague's private client never appears, not even to the administrator."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import insert

from crm_desktop.data import company
from crm_desktop.data import dictionaries as dict_data
from crm_desktop.data.schema import user_permissions
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.documents import DocLine
from crm_desktop.domain.report_params import ParamError
from crm_desktop.domain.tasks import Kind, Status, TaskDraft
from crm_desktop.reporting.report_model import GROUP, ROW
from crm_desktop.services import clients, documents, events, reports, tasks

NOW = datetime(2026, 12, 6, 12, 0)
MARCH = {"date_from": "01.03.2025", "date_to": "31.03.2025"}
FAR = datetime(2099, 1, 1)


def _client(session, name: str, contacts: list[dict] = (), private: bool = False, **values) -> clients.ClientCard:
    card = clients.new_card(session, ClientKind.COMPANY)
    card.values.update(name=name, is_private=private, **values)
    card.records["contact_person"] = list(contacts)
    return clients.save_card(session, card)


def _person(session, surname: str, first_name: str, born: date) -> clients.ClientCard:
    card = clients.new_card(session, ClientKind.INDIVIDUAL)
    card.values.update(surname=surname, first_name=first_name, birthday=born, phone="+7 495 222-22-22")
    return clients.save_card(session, card)


def _task(session, executor: int, client_id: int, start: datetime, due: datetime, body: str,
          kind: Kind = Kind.REMINDER, importance: int = 2) -> int:
    return tasks.create_task(session, TaskDraft(kind, client_id, executor, importance, start, 30, due, body,
                                                kind == Kind.REPORT, None))


def _event(session, client_id: int, at: datetime, type_id: int, text: str, result: str | None = None) -> int:
    event = events.new_event(session, client_id)
    event.event_at, event.event_type_id, event.description, event.result = at, type_id, text, result
    return events.save_event(session, event).id


@pytest.fixture
def world(db, users, session_of) -> SimpleNamespace:
    """Clients of `manager` (Альфа, the individual Физиков), of `manager2` (Бета and the private
    Тайна), their contacts' birthdays, tasks and events of March 2025."""
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=users["manager2"], perm_code="private_clients"))
        statuses = [i.id for i in dict_data.items(conn, "client_statuses")]
        types = [i.id for i in dict_data.items(conn, "event_types")]
    manager, manager2, admin, specialist = (session_of(w) for w in ("manager", "manager2", "admin", "specialist"))
    alpha = _client(manager, "ООО «Альфа»", [
        {"surname": "Иванов", "first_name": "Пётр", "job_title": "Директор", "birthday": date(1980, 12, 30),
         "phone_office": "+7 495 111-11-11", "phone_mobile": "+7 900 000-00-01", "email": "ivanov@alfa.ru"},
        {"surname": "Петрова", "first_name": "Анна", "job_title": "Бухгалтер", "birthday": date(1990, 1, 5)},
        {"surname": "Сидоров", "first_name": "Олег", "birthday": date(1985, 6, 15)},
        {"surname": "Безднев", "first_name": "Яков"}],
        inn="7701000001", status_id=statuses[0], phone="+7 495 100-00-00")
    person = _person(manager, "Физиков", "Фёдор", date(1960, 12, 29))
    beta = _client(manager2, "ООО «Бета»", [{"surname": "Бетов", "first_name": "Борис",
                                             "birthday": date(1970, 12, 31)}], status_id=statuses[1])
    secret = _client(manager2, "ООО «Тайна»", [{"surname": "Тайнов", "first_name": "Тимур",
                                                "birthday": date(1975, 1, 2)}], private=True)
    t = SimpleNamespace()
    t.own = _task(manager, users["manager"], alpha.id, datetime(2025, 3, 3, 10), datetime(2025, 3, 4), "Позвонить",
                  importance=1)
    t.from_admin = _task(admin, users["manager"], alpha.id, datetime(2025, 3, 10, 9), FAR, "Подготовить КП",
                         Kind.REPORT)
    t.closed = _task(manager, users["specialist"], alpha.id, datetime(2025, 3, 12, 9), datetime(2025, 3, 13),
                     "Отправить счёт")
    tasks.transition(specialist, t.closed, Status.CLOSED)
    t.accepted = _task(manager, users["specialist"], alpha.id, datetime(2025, 3, 14, 9), datetime(2025, 3, 20),
                       "Согласовать отгрузку", Kind.REPORT, importance=3)
    tasks.transition(specialist, t.accepted, Status.ACCEPTED)
    t.colleague = _task(manager2, users["manager2"], beta.id, datetime(2025, 3, 5, 9), FAR, "Встреча с Бетой")
    t.secret = _task(manager2, users["manager2"], secret.id, datetime(2025, 3, 6, 9), FAR, "Тайная встреча")
    t.april = _task(admin, users["manager"], alpha.id, datetime(2025, 4, 2, 9), FAR, "Апрельская задача")
    e = SimpleNamespace()
    e.supply = _event(manager, alpha.id, datetime(2025, 3, 3, 11, 30), types[0], "Обсудили ПОСТАВКУ бумаги",
                      "Интерес подтверждён")
    e.later = _event(manager, alpha.id, datetime(2025, 3, 10, 15), types[1], "Позвонить позже", "Отказ")
    e.beta = _event(manager2, beta.id, datetime(2025, 3, 4, 10), types[0], "поставка степлеров",
                    "Интерес подтверждён")
    e.secret = _event(manager2, secret.id, datetime(2025, 3, 5, 10), types[0], "Поставка тайная", "Секретный итог")
    e.admin = _event(admin, alpha.id, datetime(2025, 3, 6, 10), types[2], "Совещание у клиента")
    e.april = _event(manager, alpha.id, datetime(2025, 4, 1, 10), types[0], "Поставка в апреле")
    return SimpleNamespace(alpha=alpha, beta=beta, secret=secret, person=person, t=t, e=e, types=types,
                           statuses=statuses, manager=manager, manager2=manager2, admin=admin,
                           specialist=specialist, sessions=session_of)


def rows(report, table: int = 0) -> list[tuple]:
    return [i.values for i in report.table_items(report.tables()[table]) if i.type == ROW]


def groups(report, table: int = 0) -> list[str]:
    return [i.values[0] for i in report.table_items(report.tables()[table]) if i.type == GROUP]


def gen(session, slug: str, **given: str):
    return reports.generate(session, slug, given, now=NOW)


# ------------------------------------------------------------------ «Задачи на контроле»

def bodies(report) -> list[str]:
    return [r[3] for r in rows(report)]


def test_tasks_control_of_a_manager_as_executor_or_setter(world) -> None:
    rep = gen(world.manager, "tasks-control", **MARCH)
    assert groups(rep) == ["Менеджеров Михаил", "Специалистов Семён"]
    assert rows(rep) == [
        (datetime(2025, 3, 3, 10), datetime(2025, 3, 4), "ООО «Альфа»", "Позвонить", "Менеджеров Михаил",
         "Менеджеров Михаил", "Новая", "Высокая", "просрочена"),
        (datetime(2025, 3, 10, 9), FAR, "ООО «Альфа»", "Подготовить КП", "Админов Админ", "Менеджеров Михаил",
         "Новая", "Обычная", ""),
        (datetime(2025, 3, 14, 9), datetime(2025, 3, 20), "ООО «Альфа»", "Согласовать отгрузку",
         "Менеджеров Михаил", "Специалистов Семён", "Принята к исполнению", "Низкая", "просрочена")]
    assert "Сотрудник: Менеджеров Михаил" in rep.header.subtitle
    assert bodies(gen(world.manager, "tasks-control", role="executor", **MARCH)) == ["Позвонить", "Подготовить КП"]
    assert bodies(gen(world.manager, "tasks-control", role="setter", **MARCH)) == ["Позвонить", "Согласовать отгрузку"]
    closed = gen(world.manager, "tasks-control", with_closed="да", group="status", **MARCH)
    assert groups(closed) == ["Новая", "Принята к исполнению", "Выполнение принято"]
    assert bodies(closed) == ["Позвонить", "Подготовить КП", "Согласовать отгрузку", "Отправить счёт"]
    assert bodies(gen(world.manager, "tasks-control")) == ["Позвонить", "Подготовить КП", "Апрельская задача",
                                                            "Согласовать отгрузку"]     # no period: every date
    assert bodies(gen(world.specialist, "tasks-control", **MARCH)) == ["Согласовать отгрузку"]
    assert bodies(gen(world.manager2, "tasks-control", **MARCH)) == ["Встреча с Бетой", "Тайная встреча"]


def test_tasks_control_for_everyone_leaves_out_a_colleagues_private_client(world, users) -> None:
    rep = gen(world.admin, "tasks-control", user="", group="setter", **MARCH)
    assert groups(rep) == ["Админов Админ", "Коллегина Ольга", "Менеджеров Михаил"]
    assert bodies(rep) == ["Подготовить КП", "Встреча с Бетой", "Позвонить", "Согласовать отгрузку"]
    assert "Тайная встреча" not in bodies(gen(world.admin, "tasks-control", user="manager2", **MARCH))
    narrowed = gen(world.admin, "tasks-control", user="manager", role="executor", setter="admin", **MARCH)
    assert bodies(narrowed) == ["Подготовить КП"]
    supervisor = gen(world.sessions("supervisor"), "tasks-control", user="", **MARCH)
    assert "Тайная встреча" not in bodies(supervisor) and "Встреча с Бетой" in bodies(supervisor)


def test_tasks_control_parameters_are_checked(world) -> None:
    with pytest.raises(ParamError, match="по всем сотрудникам"):
        gen(world.manager, "tasks-control", user="manager2")
    with pytest.raises(ParamError, match="Постановщик"):
        gen(world.manager, "tasks-control", setter="nobody")
    with pytest.raises(ParamError, match="Сотрудник в задаче"):
        gen(world.manager, "tasks-control", role="boss")
    with pytest.raises(ParamError, match="Конец периода"):
        gen(world.manager, "tasks-control", date_from="10.03.2025", date_to="01.03.2025")
    with pytest.raises(ParamError, match="не дата"):
        gen(world.manager, "tasks-control", date_from="вчерашний")
    # the setter narrows the manager's own tasks: what the supervisor set them, what they set
    assert bodies(gen(world.manager, "tasks-control", setter="admin", **MARCH)) == ["Подготовить КП"]
    assert bodies(gen(world.manager, "tasks-control", setter="manager", **MARCH)) == ["Позвонить",
                                                                                       "Согласовать отгрузку"]
    assert bodies(gen(world.manager, "tasks-control", setter="manager2", **MARCH)) == []   # not the colleague's


# ------------------------------------------------------------------ «События»

def comments(report) -> list[str]:
    return [r[5] for r in rows(report)]


def test_events_of_a_manager_are_their_own(world) -> None:
    rep = gen(world.manager, "events", **MARCH)
    types = dict(reports.choices(world.manager, "event_types"))
    assert rows(rep) == [
        (datetime(2025, 3, 3, 11, 30), "ООО «Альфа»", types[str(world.types[0])], "Интерес подтверждён",
         "Менеджеров Михаил", "Обсудили ПОСТАВКУ бумаги"),
        (datetime(2025, 3, 10, 15), "ООО «Альфа»", types[str(world.types[1])], "Отказ", "Менеджеров Михаил",
         "Позвонить позже")]
    # the administrator's event on the manager's client is not the manager's own
    assert "Совещание у клиента" not in comments(rep)
    assert comments(gen(world.manager2, "events", **MARCH)) == ["поставка степлеров", "Поставка тайная"]


def test_events_for_everyone_and_their_filters(world) -> None:
    every = gen(world.admin, "events", **MARCH)
    assert comments(every) == ["Обсудили ПОСТАВКУ бумаги", "поставка степлеров", "Совещание у клиента",
                               "Позвонить позже"]                              # not the private «Тайна»
    assert comments(gen(world.admin, "events", event_type=str(world.types[1]), **MARCH)) == ["Позвонить позже"]
    assert comments(gen(world.admin, "events", client=str(world.beta.code), **MARCH)) == ["поставка степлеров"]
    assert comments(gen(world.admin, "events", client_status=str(world.statuses[0]), **MARCH)) == [
        "Обсудили ПОСТАВКУ бумаги", "Совещание у клиента", "Позвонить позже"]
    assert comments(gen(world.admin, "events", result="Интерес подтверждён", **MARCH)) == [
        "Обсудили ПОСТАВКУ бумаги", "поставка степлеров"]
    assert comments(gen(world.admin, "events", user="manager2", **MARCH)) == ["поставка степлеров"]
    assert comments(gen(world.admin, "events", date_from="01.04.2025", date_to="30.04.2025")) == ["Поставка в апреле"]
    # the results offered: the most frequent first, none of a private client of somebody else
    assert [v for v, _ in reports.choices(world.admin, "event_results")] == ["Интерес подтверждён", "Отказ"]
    assert "Секретный итог" in dict(reports.choices(world.manager2, "event_results"))


def test_events_text_is_found_inside_a_comment_whatever_its_case(world) -> None:
    assert comments(gen(world.admin, "events", text="ПоСтАвК", **MARCH)) == ["Обсудили ПОСТАВКУ бумаги",
                                                                           "поставка степлеров"]
    assert comments(gen(world.manager, "events", text="бумаг", **MARCH)) == ["Обсудили ПОСТАВКУ бумаги"]
    assert comments(gen(world.manager, "events", text="ПОЗЖЕ", **MARCH)) == ["Позвонить позже"]
    assert comments(gen(world.manager, "events", text="степлер", **MARCH)) == []      # the colleague's
    assert comments(gen(world.manager2, "events", text="ТАЙН", **MARCH)) == ["Поставка тайная"]


def test_events_parameters_are_checked(world) -> None:
    with pytest.raises(ParamError, match="недоступен"):
        gen(world.admin, "events", client=str(world.secret.code))       # a colleague's private client
    with pytest.raises(ParamError, match="недоступен"):
        gen(world.manager, "events", client=str(world.beta.code))
    with pytest.raises(ParamError, match="Результат"):
        gen(world.admin, "events", result="Секретный итог")
    with pytest.raises(ParamError, match="по всем сотрудникам"):
        gen(world.manager, "events", user="admin")


# ------------------------------------------------------------------ «Дни рождения»

def test_birthdays_across_the_new_year(world) -> None:
    rep = gen(world.manager, "birthdays", date_from="25.12.2026", date_to="10.01.2027")
    assert rows(rep) == [
        (date(2026, 12, 29), "Физиков Фёдор", 66, "Физиков Фёдор", None, "+7 495 222-22-22"),
        (date(2026, 12, 30), "Иванов Пётр", 46, "ООО «Альфа»", "Директор", "+7 495 111-11-11, +7 900 000-00-01"),
        (date(2027, 1, 5), "Петрова Анна", 37, "ООО «Альфа»", "Бухгалтер", "")]
    admin = [r[1] for r in rows(gen(world.admin, "birthdays", date_from="25.12.2026", date_to="10.01.2027"))]
    assert admin == ["Физиков Фёдор", "Иванов Пётр", "Бетов Борис", "Петрова Анна"]     # not «Тайнов»
    assert "Тайнов Тимур" in [r[1] for r in rows(gen(world.manager2, "birthdays", date_from="25.12.2026",
                                                        date_to="10.01.2027"))]
    year = gen(world.manager, "birthdays", date_from="01.06.2026", date_to="31.05.2027")
    assert [(r[0], r[1]) for r in rows(year)] == [
        (date(2026, 6, 15), "Сидоров Олег"), (date(2026, 12, 29), "Физиков Фёдор"),
        (date(2026, 12, 30), "Иванов Пётр"), (date(2027, 1, 5), "Петрова Анна")]
    june = gen(world.manager, "birthdays", date_from="01.06.2026", date_to="30.06.2026")
    assert [(r[1], r[2]) for r in rows(june)] == [("Сидоров Олег", 41)]


def test_birthday_of_29_february() -> None:
    from crm_desktop.services.reports.operative import occurrence
    assert occurrence(date(2000, 2, 29), date(2027, 2, 1)) == date(2027, 2, 28)
    assert occurrence(date(2000, 2, 29), date(2027, 12, 1)) == date(2028, 2, 29)
    assert occurrence(date(1990, 1, 5), date(2026, 12, 25)) == date(2027, 1, 5)


# ------------------------------------------------------------------ «Сводная информация по клиенту»

def _invoice(db, session, client_id: int, price: str, paid: str | None) -> None:
    draft = documents.new_draft(session, "invoice", client_id, today=date(2025, 3, 11))
    draft.lines = [DocLine(None, "Бумага", "шт", "796", Decimal(2), Decimal(price))]
    invoice = documents.save(session, draft)
    if paid:
        pay = documents.new_payment(session, invoice.id)
        pay.amount = Decimal(paid)
        documents.save_payment(session, pay)


def test_client_summary(db, world) -> None:
    with db.begin() as conn:
        entity = company.add_legal_entity(conn, short_name="ООО «Своя»", is_default=1)
        company.add_bank_account(conn, entity, bank_name="Банк", bik="044525225",
                                 account_no="40702810000000000001", is_default=1)
    _invoice(db, world.manager, world.alpha.id, "150.00", "100.00")
    _invoice(db, world.manager, world.alpha.id, "25.50", None)
    _invoice(db, world.manager2, world.beta.id, "999.00", None)
    rep = gen(world.manager, "client-summary", client=str(world.alpha.code))
    texts = [b for b in rep.blocks if b.kind == "text"]
    assert texts[0].lines == [f"ООО «Альфа» (код {world.alpha.code})"] and texts[0].bold
    assert texts[1].lines[0] == "Предприятие"
    assert {"ИНН: 7701000001", "Телефон: +7 495 100-00-00", "Куратор: Менеджеров Михаил"} <= set(texts[1].lines)
    assert [t.spec.id for t in rep.tables()] == ["contacts", "events", "tasks", "invoices"]
    assert [r[0] for r in rows(rep, 0)] == ["Безднев Яков", "Иванов Пётр", "Петрова Анна", "Сидоров Олег"]
    assert rows(rep, 0)[1][1:] == ("Директор", "+7 495 111-11-11, +7 900 000-00-01", "ivanov@alfa.ru",
                                   date(1980, 12, 30))
    assert [r[3] for r in rows(rep, 1)] == ["Поставка в апреле", "Позвонить позже", "Совещание у клиента",
                                            "Обсудили ПОСТАВКУ бумаги"]             # newest first, everyone's
    assert [(r[3], r[4]) for r in rows(rep, 2)] == [
        ("Позвонить", "Новая"), ("Подготовить КП", "Новая"), ("Согласовать отгрузку", "Принята к исполнению"),
        ("Апрельская задача", "Новая")]                                          # not the closed one
    invoices = list(rep.table_items(rep.tables()[3]))
    assert sorted(r.values[4:] for r in invoices if r.type == ROW) == [
        (Decimal("51.00"), Decimal("0.00"), Decimal("51.00")),
        (Decimal("300.00"), Decimal("100.00"), Decimal("200.00"))]
    assert invoices[-1].values[4:] == (Decimal("351.00"), Decimal("100.00"), Decimal("251.00"))
    assert rows(gen(world.manager2, "client-summary", client=str(world.beta.code)), 3)[0][4] == Decimal("1998.00")


def test_client_summary_needs_a_client_the_reader_may_open(world) -> None:
    with pytest.raises(ParamError, match="Клиент"):
        gen(world.manager, "client-summary")
    with pytest.raises(ParamError, match="недоступен"):
        gen(world.manager2, "client-summary", client=str(world.alpha.code))
    with pytest.raises(ParamError, match="недоступен"):
        gen(world.admin, "client-summary", client=str(world.secret.code))
    secret = gen(world.manager2, "client-summary", client=str(world.secret.code))
    assert "Предприятие, приватный" in [b for b in secret.blocks if b.kind == "text"][1].lines

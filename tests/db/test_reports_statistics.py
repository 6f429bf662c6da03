"""The «Статистика» reports on Firebird: «Персональная статистика», «Статистика по событиям» and
«Статистика по оборотам юр. лиц» against hand-counted data — a manager's report holds only
their own figures, an administrator's leaves out another manager's private client, the charts
show the figures of the tables."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.data.company_admin import LegalEntity
from crm_desktop.data.schema import clients, events, invoices, legal_entities, tasks
from crm_desktop.domain.tasks import Kind, Status
from crm_desktop.reporting.report_model import GROUP, ROW, SUBTOTAL, TOTAL, Chart
from crm_desktop.services import company_admin, documents, reports
from crm_desktop.services.reports import ParamError
from crm_desktop.services.reports.statistics import share
from tests.conftest import ROLE_USERS
from tests.db.sales_setup import make_shop

D = Decimal
# clients are stamped with the database's CURRENT_TIMESTAMP, so the period is around today
TODAY = date.today()
INSIDE = datetime.combine(TODAY - timedelta(days=3), time(10))
OUTSIDE = datetime.combine(TODAY - timedelta(days=40), time(10))
PERIOD = {"date_from": f"{TODAY - timedelta(days=20):%d.%m.%Y}", "date_to": f"{TODAY + timedelta(days=5):%d.%m.%Y}"}
NAME = {login: full for login, (full, _) in ROLE_USERS.items()}


def _tables(rep):
    """{table id: [(item type, values)]} of a generated report."""
    return {t.spec.id: [(i.type, i.values) for i in rep.table_items(t)] for t in rep.tables()}


def _rows(rep, table: str) -> list[tuple]:
    return [values for kind, values in _tables(rep)[table] if kind == ROW]


def _charts(rep) -> dict[str, Chart]:
    return {b.spec.id: b for b in rep.blocks if isinstance(b, Chart)}


@pytest.fixture
def activity(db, users):
    """Clients, events, tasks and invoices of two managers and the administrator, written as
    stored (dates and authors set), one private client of manager2 among them."""
    with db.read() as conn:
        types = [(i.id, i.name) for i in dict_data.items(conn, "event_types")][:3]
    u = users
    with db.begin() as conn:
        def client(name: str, by: str, curator: str, private: int = 0) -> int:
            return conn.execute(insert(clients).values(name=name, created_by=u[by], curator_id=u[curator],
                                                       is_private=private).returning(clients.c.id)).scalar_one()
        c1 = client("ООО «Первый»", "manager", "manager")
        c2 = client("ООО «Второй»", "manager", "manager2")
        c3 = client("ООО «Третий»", "manager2", "manager2")
        c4 = client("ООО «Четвёртый»", "admin", "manager")
        c5 = client("ИП Приватов", "manager2", "manager2", private=1)
        (a, _), (b, _), (c, _) = types
        for client_id, type_id, user, at in ((c1, a, "manager", INSIDE), (c1, a, "manager", INSIDE),
                                             (c4, b, "manager", INSIDE), (c3, b, "manager2", INSIDE),
                                             (c3, a, "manager2", OUTSIDE), (c2, c, "manager2", INSIDE),
                                             (c5, a, "manager2", INSIDE)):
            conn.execute(insert(events).values(client_id=client_id, event_type_id=type_id, event_at=at,
                                               user_id=u[user], description="Звонок"))
        hour = timedelta(hours=1)

        def task(setter: str, executor: str | None, set_at: datetime, status: Status, due: datetime | None = None,
                 completed: datetime | None = None, closed: datetime | None = None, start: datetime | None = None):
            conn.execute(insert(tasks).values(
                task_kind=int(Kind.REMINDER), setter_id=u[setter], executor_id=u[executor] if executor else None,
                set_at=set_at, start_at=start or set_at, due_at=due, duration_min=30, body="Позвонить",
                status=int(status), completed_at=completed, closed_at=closed))
        task("manager", "manager", INSIDE, Status.CLOSED, closed=INSIDE + hour / 3)                # done in time
        task("admin", "manager", INSIDE, Status.NEW, due=INSIDE + hour)                            # overdue
        task("manager", "manager2", INSIDE, Status.COMPLETED, due=INSIDE + hour,
             completed=INSIDE + 5 * hour)                                                          # done late
        task("manager2", "manager2", OUTSIDE, Status.NEW)                                          # late, long ago
        task("manager2", None, INSIDE, Status.NEW, start=datetime.now() + timedelta(days=2))       # not due yet
        task("manager", "manager", INSIDE, Status.ACCEPTED)                     # start + 30 min passed: overdue
        entity = conn.execute(insert(legal_entities).values(short_name="ООО «Наша фирма»")
                              .returning(legal_entities.c.id)).scalar_one()
        for n, (client_id, manager, day, total) in enumerate(
                ((c1, "manager", INSIDE, "1000.00"), (c4, "manager", INSIDE, "250.50"),
                 (c1, "manager", OUTSIDE, "999.00"), (c3, "manager2", INSIDE, "300.00"),
                 (c5, "manager2", INSIDE, "700.00")), start=1):
            conn.execute(insert(invoices).values(client_id=client_id, legal_entity_id=entity, doc_year=day.year,
                                                 number_no=n, doc_no=str(n), doc_date=day.date(),
                                                 manager_id=u[manager], amount=D(total), total=D(total)))
    return [name for _, name in types]


# ------------------------------------------------------------------ «Персональная статистика»

# user: clients registered, curated now, events, tasks set, done, overdue, invoices, their sum
ZEROS = (0, 0, 0, 0, 0, 0, 0, D("0.00"))


def test_personal_stats_of_everybody_leave_out_a_colleagues_private_client(db, session_of, activity) -> None:
    rep = reports.generate(session_of("admin"), "personal-stats", PERIOD)
    rows = {r[0]: r[1:] for r in _rows(rep, "main")}
    assert rows[NAME["manager"]] == (2, 2, 3, 3, 1, 2, 2, D("1250.50"))
    # manager2's private client, its event and invoice are not the administrator's to see
    assert rows[NAME["manager2"]] == (1, 2, 2, 1, 1, 1, 1, D("300.00"))
    assert rows[NAME["admin"]] == (1, 0, 0, 1, 0, 0, 0, D("0.00"))
    assert rows[NAME["supervisor"]] == rows[NAME["specialist"]] == ZEROS
    total = [v for kind, v in _tables(rep)["main"] if kind == TOTAL][0]
    assert total == ("Итого", 4, 4, 5, 5, 2, 3, 3, D("1550.50"))
    names = [r[0] for r in _rows(rep, "main")]
    assert names == sorted(names)
    charts = _charts(rep)
    assert charts["activity"].labels == charts["tasks"].labels == names
    assert charts["activity"].series == [[rows[n][0] for n in names], [rows[n][2] for n in names],
                                         [rows[n][4] for n in names]]
    assert charts["tasks"].series == [[rows[n][k] for n in names] for k in (3, 4, 5)]
    assert charts["tasks"].series_names == ["Поставлено", "Выполнено", "Просрочено"]


def test_personal_stats_of_a_manager_hold_only_his_figures(db, session_of, activity) -> None:
    manager = session_of("manager")
    for given in (PERIOD, {**PERIOD, "user": "manager"}):
        rep = reports.generate(manager, "personal-stats", given)
        # manager2 curates the client manager registered: it is out of his sight, so not counted
        assert _rows(rep, "main") == [(NAME["manager"], 1, 2, 3, 3, 1, 2, 2, D("1250.50"))]
        charts = _charts(rep)
        assert charts["activity"].labels == [NAME["manager"]]
        assert charts["activity"].series == [[1], [3], [1]]
        assert f"Сотрудник: {NAME['manager']}" in rep.header.subtitle
    rep = reports.generate(session_of("manager2"), "personal-stats", PERIOD)
    assert _rows(rep, "main") == [(NAME["manager2"], 2, 3, 3, 1, 1, 1, 2, D("1000.00"))]
    with pytest.raises(ParamError, match="только с правом"):
        reports.generate(manager, "personal-stats", {**PERIOD, "user": "manager2"})


def test_personal_stats_for_one_user_chosen_by_the_supervisor(db, session_of, activity) -> None:
    rep = reports.generate(session_of("supervisor"), "personal-stats", {**PERIOD, "user": "manager2"})
    assert _rows(rep, "main") == [(NAME["manager2"], 1, 2, 2, 1, 1, 1, 1, D("300.00"))]
    quiet = reports.generate(session_of("supervisor"), "personal-stats", {**PERIOD, "user": "specialist"})
    assert _rows(quiet, "main") == [(NAME["specialist"], *ZEROS)]


def test_statistics_parameters_are_checked(db, session_of) -> None:
    admin = session_of("admin")
    for slug in ("personal-stats", "event-stats", "turnover-by-entity"):
        with pytest.raises(ParamError, match="Конец периода раньше"):
            reports.generate(admin, slug, {"date_from": "10.11.2026", "date_to": "01.11.2026"})
        with pytest.raises(ParamError, match="не дата"):
            reports.generate(admin, slug, {"date_from": "вчерашний", "date_to": "01.11.2026"})
        with pytest.raises(ParamError, match="нет пользователя"):
            reports.generate(admin, slug, {"user": "nobody"})
        assert reports.spec(slug).menu == "Статистика"


# ------------------------------------------------------------------ «Статистика по событиям»

def test_event_stats_by_type_and_user(db, session_of, activity) -> None:
    a, b, c = activity
    rep = reports.generate(session_of("admin"), "event-stats", PERIOD)
    tables = _tables(rep)
    # by count, then by name; e5 is outside the period, e7 on manager2's private client
    by_type = sorted([(a, 2), (b, 2)], key=lambda t: t[1]) + [(c, 1)]
    assert _rows(rep, "types") == [(name, n, D(s)) for (name, n), s in zip(by_type, ("40.0", "40.0", "20.0"))]
    assert tables["types"][-1] == (TOTAL, ("Всего событий", 5, None))
    pie = _charts(rep)["types"]
    assert pie.labels == [r[0] for r in _rows(rep, "types")]
    assert pie.series == [[r[1] for r in _rows(rep, "types")]]
    m, m2 = NAME["manager"], NAME["manager2"]
    assert m2 < m          # users by name: «Коллегина» before «Менеджеров»
    assert tables["by_user"] == [
        (GROUP, (m2,)), *[(ROW, (m2, t, 1, D("50.0"))) for t in sorted([b, c])],
        (SUBTOTAL, (f"Итого по «{m2}»", None, 2, None)),
        (GROUP, (m,)), (ROW, (m, a, 2, D("66.7"))), (ROW, (m, b, 1, D("33.3"))),
        (SUBTOTAL, (f"Итого по «{m}»", None, 3, None)),
        (TOTAL, ("Всего событий", None, 5, None))]


def test_event_stats_of_a_manager_lack_the_colleagues_events(db, session_of, activity) -> None:
    a, b, c = activity
    rep = reports.generate(session_of("manager"), "event-stats", PERIOD)
    assert _rows(rep, "types") == [(a, 2, D("66.7")), (b, 1, D("33.3"))]
    assert {r[0] for r in _rows(rep, "by_user")} == {NAME["manager"]}
    assert _charts(rep)["types"].labels == [a, b] and _charts(rep)["types"].series == [[2, 1]]
    # manager2 sees the event of the private client the administrator does not
    own = reports.generate(session_of("manager2"), "event-stats", PERIOD)
    assert sorted(_rows(own, "types")) == sorted([(a, 1, D("33.3")), (b, 1, D("33.3")), (c, 1, D("33.3"))])
    empty = reports.generate(session_of("specialist"), "event-stats", PERIOD)
    assert empty.tables() == [] and _charts(empty) == {}


# ------------------------------------------------------------------ «Статистика по оборотам юр. лиц»

NOV = date(2026, 11, 10)
NOVEMBER = {"date_from": "01.11.2026", "date_to": "30.11.2026"}


@pytest.fixture
def turnover(db, users, session_of):
    """Invoices and payments of two managers on two legal entities, made through the services."""
    shop = make_shop(db, session_of, users)
    admin = session_of("admin")
    second = company_admin.save_entity(admin, LegalEntity(None, {
        "short_name": "ООО «Лютик»", "full_name": "Общество с ограниченной ответственностью «Лютик»",
        "inn": "7707083893", "kpp": "773601001", "ogrn": "", "okpo": "", "legal_address": "г. Москва",
        "postal_address": "", "phone": "", "email": "", "director": "", "chief_accountant": ""})).id

    def invoice(session, client: str, item: str, qty: str, day: date = NOV, entity: int | None = None):
        draft = documents.new_draft(session, "invoice", shop.clients[client], today=day)
        if entity is not None:
            draft.legal_entity_id, draft.bank_account_id = entity, None
        draft.lines = [documents.line_from_item(session, shop.items[item], day, D(qty))]
        return documents.save(session, draft)

    def pay(session, inv, amount: str) -> None:
        p = documents.new_payment(session, inv.id, today=NOV)
        p.amount = D(amount)
        documents.save_payment(session, p)

    manager = session_of("manager")
    pay(manager, invoice(manager, "ООО «Аудит»", "paper", "10"), "2000.00")          # 3 500,00
    invoice(manager, "ООО «Аудит»", "stapler", "1", entity=second)                  # 1 234,56
    manager2 = session_of("manager2")
    pay(manager2, invoice(manager2, "ИП Сидоров", "setup", "1"), "4500.00")          # 4 500,00
    invoice(manager2, "ИП Сидоров", "paper", "1", day=date(2026, 10, 31))          # October: not counted
    return shop


def test_turnover_by_entity_and_manager(db, session_of, turnover) -> None:
    rep = reports.generate(session_of("admin"), "turnover-by-entity", NOVEMBER)
    tables = _tables(rep)
    whole = D("9234.56")
    assert share(D("8000.00"), whole) == D("86.6") and share(D("1234.56"), whole) == D("13.4")
    assert tables["entities"] == [
        (ROW, ("ООО «Ромашка»", 2, D("8000.00"), D("6500.00"), D("86.6"))),
        (ROW, ("ООО «Лютик»", 1, D("1234.56"), D("0.00"), D("13.4"))),
        (TOTAL, ("Итого", 3, whole, D("6500.00"), None))]
    m, m2 = NAME["manager"], NAME["manager2"]
    assert tables["main"] == [
        (GROUP, ("ООО «Лютик»",)), (ROW, ("ООО «Лютик»", m, 1, D("1234.56"), D("0.00"), D("13.4"))),
        (SUBTOTAL, ("Итого по «ООО «Лютик»»", None, 1, D("1234.56"), D("0.00"), None)),
        (GROUP, ("ООО «Ромашка»",)), (ROW, ("ООО «Ромашка»", m2, 1, D("4500.00"), D("4500.00"), D("48.7"))),
        (ROW, ("ООО «Ромашка»", m, 1, D("3500.00"), D("2000.00"), D("37.9"))),
        (SUBTOTAL, ("Итого по «ООО «Ромашка»»", None, 2, D("8000.00"), D("6500.00"), None)),
        (TOTAL, ("Итого", None, 3, whole, D("6500.00"), None))]
    pie = _charts(rep)["entities"]
    assert pie.labels == [r[0] for r in _rows(rep, "entities")]
    assert pie.series == [[float(r[2]) for r in _rows(rep, "entities")]] == [[8000.0, 1234.56]]


def test_turnover_of_a_manager_lacks_the_colleagues_sums(db, session_of, turnover) -> None:
    rep = reports.generate(session_of("manager"), "turnover-by-entity", NOVEMBER)
    assert _rows(rep, "entities") == [("ООО «Ромашка»", 1, D("3500.00"), D("2000.00"), D("73.9")),
                                      ("ООО «Лютик»", 1, D("1234.56"), D("0.00"), D("26.1"))]
    assert {r[1] for r in _rows(rep, "main")} == {NAME["manager"]}
    assert _charts(rep)["entities"].series == [[3500.0, 1234.56]]
    october = reports.generate(session_of("manager"), "turnover-by-entity",
                               {"date_from": "01.10.2026", "date_to": "31.10.2026"})
    assert october.tables() == []

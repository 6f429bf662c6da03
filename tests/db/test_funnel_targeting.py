"""The sales funnel, targeting and the kanban's stage moves on Firebird (issue 14: OPS-2,
OPS-3, BEY-3), against hand counts: every stage change (card, event, kanban drag) lands in
CLIENT_STAGE_HISTORY; the funnel of a period counts clients per profile stage with the
pass-through coefficients; targeting sums the weights of the events; a manager's monitor
shows only their own progress."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.data.schema import client_stage_history, clients, events
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.concurrency import ConcurrentEdit
from crm_desktop.domain.targeting import PeriodKind, Plan, TargetKind
from crm_desktop.domain.validation import ValidationError
from crm_desktop.reporting.report_model import ROW, Chart
from crm_desktop.services import clients as client_service
from crm_desktop.services import events as event_service
from crm_desktop.services import funnel, kanban, reports, targeting
from crm_desktop.services.session import AccessDenied

D = Decimal
TODAY = date.today()


def _ids(db, name: str) -> list[int]:
    with db.read() as conn:
        return [i.id for i in dict_data.items(conn, name)]


def _history(db, client_id: int) -> list[int]:
    with db.read() as conn:
        return [r[0] for r in conn.execute(select(client_stage_history.c.stage_id)
                                           .where(client_stage_history.c.client_id == client_id)
                                           .order_by(client_stage_history.c.id))]


def test_every_stage_change_lands_in_the_history(db, session_of) -> None:
    manager = session_of("manager")
    s1, s2, s3 = _ids(db, "sales_stages")[:3]
    card = client_service.new_card(manager, ClientKind.COMPANY)
    card.values["name"], card.values["stage_id"] = "ООО «Лестница»", s1
    card = client_service.save_card(manager, card)
    assert _history(db, card.id) == [s1]
    card.values["notes"] = "без смены этапа"
    card = client_service.save_card(manager, card)
    assert _history(db, card.id) == [s1]
    card.values["stage_id"] = s2
    card = client_service.save_card(manager, card)
    event = event_service.new_event(manager, card.id)
    event.event_type_id, event.description, event.stage_id = _ids(db, "event_types")[0], "КП отправлено", s3
    event_service.save_event(manager, event)
    event = event_service.new_event(manager, card.id)        # the same stage again: no new arrival
    event.event_type_id, event.description, event.stage_id = _ids(db, "event_types")[0], "Звонок", s3
    event_service.save_event(manager, event)
    assert _history(db, card.id) == [s1, s2, s3]
    with db.read() as conn:
        who = conn.execute(select(client_stage_history.c.user_id)
                           .where(client_stage_history.c.client_id == card.id)).scalars().all()
    assert set(who) == {manager.user.id}


def test_kanban_drag_changes_the_stage_and_lands_in_the_history(db, session_of) -> None:
    manager, manager2 = session_of("manager"), session_of("manager2")
    s1, s2 = _ids(db, "sales_stages")[:2]
    card = client_service.new_card(manager, ClientKind.COMPANY)
    card.values["name"], card.values["stage_id"] = "ООО «Канбан»", s1
    card = client_service.save_card(manager, card)
    shown = kanban.page(manager, s1)
    assert [c.id for c in shown] == [card.id]
    assert kanban.counts(manager, [s1, s2]) == {s1: 1, s2: 0}
    moved = kanban.move(manager, card.id, shown[0].version, s2)
    assert moved.stage_id == s2 and moved.version > shown[0].version
    assert _history(db, card.id) == [s1, s2]
    assert [c.id for c in kanban.page(manager, s2)] == [card.id] and kanban.page(manager, s1) == []
    with pytest.raises(ConcurrentEdit):          # the board showed the card before the move
        kanban.move(manager, card.id, shown[0].version, s1)
    assert _history(db, card.id) == [s1, s2]
    assert kanban.page(manager2, s2) == []       # a colleague's client is out of sight in mode 1
    with pytest.raises((AccessDenied, ValueError)):
        kanban.move(manager2, card.id, moved.version, s1)
    kanban.move(manager, card.id, moved.version, kanban.NO_STAGE)
    assert [c.id for c in kanban.page(manager, kanban.NO_STAGE)] == [card.id]
    assert _history(db, card.id) == [s1, s2]     # a stage cleared is no arrival


def test_kanban_columns_page_by_name(db, session_of, users) -> None:
    s1 = _ids(db, "sales_stages")[0]
    with db.begin() as conn:
        for n in range(7):
            conn.execute(insert(clients).values(name=f"ООО «К{n}»", curator_id=users["manager"], stage_id=s1))
    admin = session_of("admin")
    first = kanban.page(admin, s1, limit=3)
    rest = kanban.page(admin, s1, after=(first[-1].name, first[-1].id), limit=10)
    assert [c.name for c in first + rest] == [f"ООО «К{n}»" for n in range(7)]
    assert kanban.page(admin, s1, curator_id=users["manager2"]) == []
    assert kanban.counts(admin, [s1], users["manager"]) == {s1: 7}
    assert kanban.columns(admin)[0].title == "Без этапа"


@pytest.fixture
def ladder_profile(db, session_of):
    admin = session_of("admin")
    s1, s2, s3 = _ids(db, "sales_stages")[:3]
    profile_id = funnel.save_profile(admin, funnel.ProfileRow(None, "Прямые продажи", True, (
        funnel.StageRow(None, "Первый контакт", s1), funnel.StageRow(None, "Коммерческое предложение", s2),
        funnel.StageRow(None, "Оплата", s3))))
    return profile_id, (s1, s2, s3)


def test_funnel_counts_and_coefficients_by_hand(db, session_of, users, ladder_profile) -> None:
    profile_id, (s1, s2, s3) = ladder_profile
    inside = datetime.combine(TODAY - timedelta(days=2), time(11))
    outside = datetime.combine(TODAY - timedelta(days=60), time(11))
    reached = {"А": [s1, s2, s3], "Б": [s1, s2], "В": [s1], "Г": [s3], "Д": [s1, s2, s3, s3]}
    with db.begin() as conn:
        for name, stages in reached.items():
            cid = conn.execute(insert(clients).values(name=f"ООО «{name}»", curator_id=users["manager"])
                               .returning(clients.c.id)).scalar_one()
            for stage in stages:
                conn.execute(insert(client_stage_history).values(client_id=cid, stage_id=stage, changed_at=inside))
        old = conn.execute(insert(clients).values(name="ООО «Давний»", curator_id=users["manager"])
                           .returning(clients.c.id)).scalar_one()
        conn.execute(insert(client_stage_history).values(client_id=old, stage_id=s1, changed_at=outside))
    # by hand: stage 1 — А Б В Г Д (Г reached «Оплата», so it passed the first stages) = 5;
    # stage 2 — А Б Г Д = 4; stage 3 — А Г Д = 3 (Д twice counts once); «Давний» is outside
    admin = session_of("admin")
    report = funnel.report(admin, profile_id, TODAY - timedelta(days=30), TODAY)
    assert [(r.name, r.clients, r.coefficient) for r in report.rows] == [
        ("Первый контакт", 5, None), ("Коммерческое предложение", 4, D("0.8000")), ("Оплата", 3, D("0.7500"))]
    assert report.overall == D("0.6000") and report.forecast(5000) == 3000
    rep = reports.generate(admin, "funnel", {"profile": str(profile_id),
                                             "date_from": f"{TODAY - timedelta(days=30):%d.%m.%Y}",
                                             "date_to": f"{TODAY:%d.%m.%Y}", "first_count": "5000"})
    rows = [i.values for t in rep.tables() for i in rep.table_items(t) if i.type == ROW]
    assert rows == [("Первый контакт", 5, None, D("100.0")), ("Коммерческое предложение", 4, D("0.8000"), D("80.0")),
                    ("Оплата", 3, D("0.7500"), D("60.0"))]      # numbers, so the spreadsheets keep them numeric
    column = next(c for t in rep.tables() for c in t.spec.columns if c.key == "coefficient")
    assert [column.text(r[2]) for r in rows] == ["", "0,8", "0,75"]
    chart = next(b for b in rep.blocks if isinstance(b, Chart))
    assert chart.spec.kind == "funnel" and chart.series == [[5, 4, 3]]
    texts = " ".join(line for b in rep.blocks if hasattr(b, "lines") for line in b.lines)
    assert "K = последний этап / первый этап = 3 / 5 = 0,6000" in texts and "из 5000" in texts and "3000" in texts


def test_funnel_profile_rules_and_rights(db, session_of, ladder_profile) -> None:
    profile_id, (s1, _, _) = ladder_profile
    with pytest.raises(ValidationError, match="не меньше двух"):
        funnel.save_profile(session_of("admin"), funnel.ProfileRow(None, "Один этап", True,
                                                                   (funnel.StageRow(None, "Контакт", s1),)))
    with pytest.raises(AccessDenied):
        funnel.delete_profile(session_of("manager"), profile_id)
    stored = funnel.profiles(session_of("manager"))
    assert [(p.name, [s.name for s in p.stages]) for p in stored] == [
        ("Прямые продажи", ["Первый контакт", "Коммерческое предложение", "Оплата"])]


@pytest.fixture
def scored(db, session_of, users):
    """Targets «КП» (an event type, 0.5) and «Договор» (the result «Договор заключён», 1.0);
    plans of both managers; events of today, of this month and of last year."""
    admin = session_of("admin")
    offer, call = _ids(db, "event_types")[:2]
    targeting.save_targets(admin, [
        targeting.TargetRow(None, TargetKind.EVENT, offer, None, "Коммерческое предложение", D("0.5")),
        targeting.TargetRow(None, TargetKind.RESULT, None, "Договор заключён", "Договор", D("1.0"))])
    targeting.save_plan(admin, Plan(users["manager"], D("2"), D("5"), D("10")))
    targeting.save_plan(admin, Plan(users["manager2"], D("1"), D("3"), D("6")))
    now = datetime.combine(TODAY, time(9))
    old = now.replace(year=TODAY.year - 1)
    with db.begin() as conn:
        cid = conn.execute(insert(clients).values(name="ООО «Цель»", curator_id=users["manager"])
                           .returning(clients.c.id)).scalar_one()
        cid2 = conn.execute(insert(clients).values(name="ООО «Цель 2»", curator_id=users["manager2"])
                            .returning(clients.c.id)).scalar_one()
        for client, who, kind, result, at in (
                (cid, "manager", offer, "Договор заключён", now),       # 0.5 + 1.0
                (cid, "manager", offer, None, now),                     # 0.5
                (cid, "manager", call, " Договор заключён ", now),      # 1.0 (trimmed)
                (cid, "manager", call, "Перезвонить", now),             # nothing
                (cid, "manager", offer, None, old),                     # outside every period
                (cid2, "manager2", offer, None, now)):                  # 0.5
            conn.execute(insert(events).values(client_id=client, event_type_id=kind, event_at=at, user_id=users[who],
                                               description="т", result=result))
    return offer, call


def test_targeting_sums_by_hand_and_a_managers_monitor_is_his_own(db, session_of, users, scored) -> None:
    lines = targeting.monitor(session_of("manager"), TODAY)
    assert [line.name for line in lines] == ["Менеджеров Михаил"]
    day, week, month = lines[0].periods
    assert (day.achieved, day.plan, day.percent) == (D("3.0"), D("2"), D("150.0"))
    assert (week.achieved, week.plan, week.percent) == (D("3.0"), D("5"), D("60.0"))
    assert (month.achieved, month.plan, month.percent) == (D("3.0"), D("10"), D("30.0"))
    everyone = targeting.monitor(session_of("supervisor"), TODAY)
    by_name = {line.name: line.periods[0].achieved for line in everyone}
    assert by_name == {"Менеджеров Михаил": D("3.0"), "Коллегина Ольга": D("0.5")}     # the unplanned reader left out
    assert targeting.monitor(session_of("specialist"), TODAY)[0].periods[0].percent is None     # no plan: no percent
    figures = targeting.team(session_of("admin"), PeriodKind.MONTH, TODAY)
    assert figures.team.total.achieved == D("3.5") and figures.team.total.plan == D("16")
    lines_of = {t.name: (t.count, t.weight) for t in figures.lines[users["manager"]]}
    assert lines_of == {"Коммерческое предложение": (2, D("1.0")), "Договор": (2, D("2.0"))}
    own = targeting.team(session_of("manager"), PeriodKind.MONTH, TODAY)
    assert list(own.names) == [users["manager"]]


def test_targeting_report_and_rules(db, session_of, users, scored) -> None:
    rep = reports.generate(session_of("admin"), "targeting", {"period": "3", "day": f"{TODAY:%d.%m.%Y}"})
    tables = {t.spec.id: [i.values for i in rep.table_items(t) if i.type == ROW] for t in rep.tables()}
    assert tables["team"] == [("Коллегина Ольга", D("6"), D("0.5"), D("8.3")),
                              ("Менеджеров Михаил", D("10"), D("3.0"), D("30.0"))]
    assert ("Менеджеров Михаил", "Договор", 2, D("2.0")) in tables["targets"]
    texts = [line for b in rep.blocks if hasattr(b, "lines") for line in b.lines]
    assert "Команда: выполнено 3,5 из 16 (21,9 %)." in texts
    mine = reports.generate(session_of("manager"), "targeting", {"period": "1", "day": f"{TODAY:%d.%m.%Y}"})
    rows = [i.values for t in mine.tables() if t.spec.id == "team" for i in mine.table_items(t) if i.type == ROW]
    assert rows == [("Менеджеров Михаил", D("2"), D("3.0"), D("150.0"))]
    offer = scored[0]
    with pytest.raises(ValidationError, match="дважды"):
        targeting.save_targets(session_of("admin"), [
            targeting.TargetRow(None, TargetKind.EVENT, offer, None, "КП", D("0.5")),
            targeting.TargetRow(None, TargetKind.EVENT, offer, None, "КП ещё", D("0.7"))])
    with pytest.raises(AccessDenied):
        targeting.save_plan(session_of("manager"), Plan(users["manager"], D("100")))

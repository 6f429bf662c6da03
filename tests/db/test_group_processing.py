"""GRP-1 «Менеджер групповой обработки» on a real Firebird: fields set on many clients with the
card's version bump and history, curator/specialist/access, tasks spread over time, the 500
limit, clients the manager may not edit skipped, a failure or a cancel mid-run."""
from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import func, insert, select

from crm_desktop.data import client_card
from crm_desktop.data.schema import client_access, client_stage_history, clients, task_history, tasks, user_permissions
from crm_desktop.domain.editions import Edition
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.domain.tasks import Kind, Status
from crm_desktop.services import dictionaries
from crm_desktop.services import group_processing as gp
from crm_desktop.services.group_processing import GroupRefused, Plan, TaskPlan
from crm_desktop.services.session import AccessDenied

START = datetime(2026, 12, 7, 14, 0)      # a Monday afternoon


def add_client(db, name: str, **values) -> int:
    with db.begin() as conn:
        return conn.execute(insert(clients).values(name=name, **values).returning(clients.c.id)).scalar_one()


def allow_group_processing(db, user_id: int) -> None:
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=user_id, perm_code="group_processing"))


def row(db, client_id: int):
    with db.read() as conn:
        return conn.execute(select(clients).where(clients.c.id == client_id)).mappings().one()


@pytest.fixture
def manager(db, users, session_of):
    allow_group_processing(db, users["manager"])
    return session_of("manager")


def test_fields_set_on_every_client_with_version_and_history(db, users, session_of) -> None:
    admin = session_of("admin")
    status = dictionaries.add(admin, "client_statuses", "Наш постоянный клиент").id
    stage = dictionaries.add(admin, "sales_stages", "Этап групповой обработки").id
    ids = [add_client(db, f"Клиент {i}", curator_id=users["manager"], notes="своё", status_id=None) for i in range(6)]
    before = {i: row(db, i)["row_version"] for i in ids}
    plan = Plan({"status_id": status, "stage_id": stage, "next_contact_date": None, "has_competitors": True})
    seen = []
    outcome = gp.run(admin, ids, plan, progress=lambda d, t, x: seen.append((d, t)))
    assert outcome.done == ids and not outcome.skipped and not outcome.not_done
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    for i in ids:
        r = row(db, i)
        assert (r["status_id"], r["stage_id"], r["has_competitors"], r["notes"]) == (status, stage, 1, "своё")
        assert r["row_version"] == before[i] + 1 and r["changed_by"] == users["admin"]
    with db.read() as conn:       # the card's stage history, as a save of the card records it
        assert conn.execute(select(func.count()).select_from(client_stage_history)
                            .where(client_stage_history.c.stage_id == stage)).scalar_one() == 6
    assert "Статус" in outcome.lines[0] and "Текущий этап разработки" in outcome.lines[0]
    assert outcome.summary.startswith("Итого: обработано клиентов 6 из 6")
    # run again: nothing differs, so nothing is written (no version bump)
    again = gp.run(admin, ids, plan)
    assert all(line.endswith("без изменений.") for line in again.lines)
    assert all(row(db, i)["row_version"] == before[i] + 1 for i in ids)


def test_a_ticked_empty_field_clears_it(db, users, session_of) -> None:
    admin = session_of("admin")
    status = dictionaries.add(admin, "client_statuses", "VIP").id
    cid = add_client(db, "А", curator_id=users["manager"], status_id=status, next_contact_date=START.date())
    gp.run(admin, [cid], Plan({"status_id": None, "next_contact_date": None, "directions": set()}))
    assert (row(db, cid)["status_id"], row(db, cid)["next_contact_date"]) == (None, None)


def test_curator_specialist_and_access_grants(db, users, session_of) -> None:
    admin = session_of("admin")
    m, m2, sp = users["manager"], users["manager2"], users["specialist"]
    ids = [add_client(db, f"К{i}", curator_id=m) for i in range(3)]
    with db.begin() as conn:
        conn.execute(insert(client_access).values(client_id=ids[0], user_id=users["supervisor"]))
    outcome = gp.run(admin, ids, Plan({"curator_id": m2, "specialist_id": sp}, grant=frozenset({m})))
    assert outcome.done == ids
    with db.read() as conn:
        for i in ids:
            assert (row(db, i)["curator_id"], row(db, i)["specialist_id"]) == (m2, sp)
        granted = {(r[0], r[1]) for r in conn.execute(select(client_access.c.client_id, client_access.c.user_id))}
    assert granted == {(i, m) for i in ids} | {(ids[0], users["supervisor"])}    # added, none taken away


def test_tasks_spread_over_the_afternoon_reach_the_executor(db, users, session_of, manager) -> None:
    m, m2 = users["manager"], users["manager2"]
    ids = [add_client(db, f"К{i}", curator_id=m) for i in range(4)]
    task = TaskPlan(executor_id=m2, body="Позвонить по акции", start_at=START, duration_min=30, importance=1,
                    requires_report=True, spread=True, day_end=time(15, 0))
    outcome = gp.run(manager, ids, Plan(task=task))
    assert outcome.done == ids
    with db.read() as conn:
        found = conn.execute(select(tasks.c.client_id, tasks.c.start_at, tasks.c.executor_id, tasks.c.setter_id,
                                    tasks.c.task_kind, tasks.c.requires_report, tasks.c.importance, tasks.c.status,
                                    tasks.c.seen_by_executor, tasks.c.duration_min)
                             .order_by(tasks.c.start_at)).all()
        assert conn.execute(select(func.count()).select_from(task_history)).scalar_one() == 4
    assert [(r[0], r[1]) for r in found] == [(ids[0], START), (ids[1], START.replace(minute=30)),
                                             (ids[2], datetime(2026, 12, 8, 14, 0)),    # past 15:00: next day
                                             (ids[3], datetime(2026, 12, 8, 14, 30))]
    assert {tuple(r[2:]) for r in found} == {(m2, m, int(Kind.REPORT), 1, 1, int(Status.NEW), 0, 30)}
    assert "задача на 07.12.2026 14:00" in outcome.lines[0]
    # the executor's workstation shows them like any task set to them
    from crm_desktop.services import tasks as task_service
    assert len(task_service.unseen_for_me(session_of("manager2"))) == 4


def test_more_than_500_refused_and_nothing_done(db, users, session_of) -> None:
    admin = session_of("admin")
    cid = add_client(db, "А", curator_id=users["manager"])
    with pytest.raises(GroupRefused, match=f"не больше {GROUP_LIMIT}"):
        gp.run(admin, [cid] + list(range(10_000, 10_000 + GROUP_LIMIT)), Plan({"has_competitors": True}))
    assert row(db, cid)["has_competitors"] == 0


def test_permission_and_edition_checked_by_the_service(db, users, session_of) -> None:
    cid = add_client(db, "А", curator_id=users["manager"])
    with pytest.raises(AccessDenied, match="Групповая обработка клиентов"):
        gp.run(session_of("manager"), [cid], Plan({"has_competitors": True}))
    admin = session_of("admin")
    admin.edition = Edition.STANDARD
    assert "Стандарт" in gp.refusal(admin)
    with pytest.raises(AccessDenied, match="Стандарт"):
        gp.run(admin, [cid], Plan({"has_competitors": True}))
    assert row(db, cid)["has_competitors"] == 0


def test_nothing_to_do_and_bad_values_refused(db, users, session_of) -> None:
    admin = session_of("admin")
    cid = add_client(db, "А")
    with pytest.raises(GroupRefused, match="Нечего выполнять"):
        gp.run(admin, [cid], Plan())
    with pytest.raises(GroupRefused, match="не меняет"):
        gp.run(admin, [cid], Plan({"name": "Новое"}))
    with pytest.raises(ValueError, match="исполнител"):
        gp.run(admin, [cid], Plan(task=TaskPlan(executor_id=None, body="x", start_at=START)))


def test_clients_the_manager_may_not_edit_are_skipped_and_private_ones_untouched(db, users, manager) -> None:
    """Access mode 1 (own clients only): another's client is not even seen; the card's rules
    decide the rest, and a colleague's private client is never read."""
    m, m2 = users["manager"], users["manager2"]
    own = add_client(db, "Свой", curator_id=m)
    other = add_client(db, "Чужой", curator_id=m2)
    private = add_client(db, "Чужой приватный", curator_id=m2, is_private=1)
    mine_private = add_client(db, "Мой приватный", curator_id=m, is_private=1)
    versions = {i: row(db, i)["row_version"] for i in (other, private)}
    outcome = gp.run(manager, [own, other, private, mine_private],
                     Plan({"has_competitors": True}, task=TaskPlan(executor_id=m2, body="Позвонить", start_at=START)))
    assert outcome.done == [own]
    assert outcome.skipped == [other, private, mine_private]
    assert row(db, own)["has_competitors"] == 1
    assert all(row(db, i)["row_version"] == v and row(db, i)["has_competitors"] == 0 for i, v in versions.items())
    assert row(db, mine_private)["has_competitors"] == 0      # its task could go only to its curator
    assert "Чужой приватный" not in "\n".join(outcome.lines)   # not even named
    assert "задачу по нему можно поставить только его куратору" in outcome.lines[3]
    with db.read() as conn:
        assert conn.execute(select(tasks.c.client_id)).scalars().all() == [own]


def test_main_data_of_others_clients_needs_full_access(db, users, session_of) -> None:
    """Access mode 3: operative fields of a colleague's client may change, its classifiers not."""
    m, m2 = users["manager"], users["manager2"]
    from crm_desktop.data.schema import users as users_table
    with db.begin() as conn:
        conn.execute(users_table.update().where(users_table.c.id == m).values(client_access=3))
    allow_group_processing(db, m)
    manager = session_of("manager")
    admin = session_of("admin")
    status = dictionaries.add(admin, "client_statuses", "Новый").id
    other = add_client(db, "Чужой", curator_id=m2)
    skipped = gp.run(manager, [other], Plan({"status_id": status}))
    assert skipped.skipped == [other] and "основные данные" in skipped.lines[0]
    done = gp.run(manager, [other], Plan({"has_competitors": True}))
    assert done.done == [other] and row(db, other)["has_competitors"] == 1


def test_a_failure_mid_run_leaves_earlier_clients_done_and_later_untouched(db, users, session_of,
                                                                           monkeypatch) -> None:
    admin = session_of("admin")
    ids = [add_client(db, f"К{i}", curator_id=users["manager"]) for i in range(5)]
    real = client_card.update_card

    def failing(conn, card, stored=None):
        saved = real(conn, card, stored)            # the row is written, then the failure comes
        if card.id == ids[2]:
            raise RuntimeError("сбой связи с сервером")
        return saved

    monkeypatch.setattr(client_card, "update_card", failing)
    outcome = gp.run(admin, ids, Plan({"has_competitors": True},
                                      task=TaskPlan(executor_id=users["manager"], body="x", start_at=START)))
    assert outcome.done == ids[:2] and outcome.failed == ids[2] and outcome.not_done == ids[2:]
    assert [row(db, i)["has_competitors"] for i in ids] == [1, 1, 0, 0, 0]
    with db.read() as conn:
        assert sorted(conn.execute(select(tasks.c.client_id)).scalars()) == ids[:2]
    assert "сбой связи с сервером" in outcome.lines[2] and "не сохранены" in outcome.lines[2]
    assert "остановлена на клиенте К2 (код" in outcome.summary and "Не обработаны: К2 (код" in outcome.summary


def test_cancel_stops_between_clients_and_says_which(db, users, session_of) -> None:
    admin = session_of("admin")
    ids = [add_client(db, f"К{i}", curator_id=users["manager"]) for i in range(5)]

    class Cancelled(Exception):
        pass

    def progress(done, total, text):
        if done == 3:
            raise Cancelled

    channel_calls = []
    outcome = gp.run(admin, ids, Plan({"has_competitors": True}), progress=progress,
                     channels=[("E-Mail", lambda cids, p: channel_calls.append(cids) or [])])
    assert outcome.cancelled and outcome.done == ids[:3] and outcome.not_done == ids[3:]
    assert [row(db, i)["has_competitors"] for i in ids] == [1, 1, 1, 0, 0]
    assert "отменена" in outcome.summary and "Не обработаны: К3 (код" in outcome.summary
    assert channel_calls == []          # a cancelled run sends nothing afterwards


def test_channels_run_after_the_changes_on_the_clients_done(db, users, manager) -> None:
    m, m2 = users["manager"], users["manager2"]
    own = add_client(db, "Свой", curator_id=m)
    other = add_client(db, "Чужой", curator_id=m2)
    calls = []

    def mail(cids, progress):
        calls.append(list(cids))
        progress(1, 1, "")
        return ["«Свой»: письмо отправлено.", "Итого писем: 1."]

    outcome = gp.run(manager, [own, other], Plan({"has_competitors": True}), channels=[("E-Mail", mail)])
    assert calls == [[own]]
    assert outcome.lines[-2:] == ["«Свой»: письмо отправлено.", "Итого писем: 1."]
    only_mail = gp.run(manager, [own, other], Plan(), channels=[("E-Mail", mail)])
    assert calls[-1] == [own, other] and only_mail.done == [own, other]    # the channel applies its own rules
    assert only_mail.summary == "Итого: клиентов 2; поля и задачи не менялись, о рассылке — строки выше."


def test_a_failing_channel_is_reported(db, users, session_of) -> None:
    admin = session_of("admin")
    cid = add_client(db, "А")

    def broken(cids, progress):
        raise ValueError("Почтовый ящик не настроен")

    outcome = gp.run(admin, [cid], Plan(), channels=[("E-Mail", broken)])
    assert outcome.lines == ["«E-Mail»: остановлено — Почтовый ящик не настроен."]



def test_exactly_500_clients_are_accepted(db, users, session_of) -> None:
    """500 is allowed (one client and 499 gone ones, which are skipped: each commit of a real
    client costs some 40 ms on embedded Firebird, 500 of them some 35 s)."""
    admin = session_of("admin")
    cid = add_client(db, "А", curator_id=users["manager"])
    gone = list(range(cid + 1, cid + GROUP_LIMIT))
    outcome = gp.run(admin, [cid, *gone], Plan({"has_competitors": True}))
    assert outcome.done == [cid] and outcome.skipped == gone and row(db, cid)["has_competitors"] == 1
    assert outcome.lines[1] == f"Клиент №{cid + 1}: пропущен — клиент удалён или вам недоступен."


def test_custom_classifiers_set_and_cleared(db, users, session_of) -> None:
    """The administrator's own classifiers (the card's «Признаки») are set like the card sets them."""
    from crm_desktop.services import classifiers as classifier_service
    from crm_desktop.services.classifiers import ClassifierCard
    from crm_desktop.domain.custom_classifiers import ValueKind
    admin = session_of("admin")
    car = classifier_service.save(admin, ClassifierCard(name="Тип автомобиля"))
    truck = dictionaries.add(admin, car.code, "Грузовой").id
    ton = classifier_service.save(admin, ClassifierCard(name="Тоннажность", value_kind=ValueKind.NUMBER))
    vip = classifier_service.save(admin, ClassifierCard(name="VIP", value_kind=ValueKind.SWITCH))
    ids = [add_client(db, f"К{i}", curator_id=users["manager"]) for i in range(2)]
    outcome = gp.run(admin, ids, Plan(classifiers={car.id: truck, ton.id: "3,5", vip.id: False}))
    assert outcome.lines[0].endswith(": Тип автомобиля, Тоннажность.")       # a switch left off changes nothing
    with db.read() as conn:
        cards = [client_card.load(conn, i) for i in ids]
    assert all(c.classifiers[car.id] == truck and c.classifiers[ton.id] == "3,5" for c in cards)
    with pytest.raises(GroupRefused, match="Тоннажность: нужно число"):
        gp.run(admin, ids, Plan(classifiers={ton.id: "много"}))
    gp.run(admin, ids, Plan(classifiers={car.id: None}))
    with db.read() as conn:
        assert client_card.load(conn, ids[0]).classifiers.get(car.id) is None
    with pytest.raises(GroupRefused, match="удалён или отключён"):
        gp.run(admin, ids, Plan(classifiers={999_999: "x"}))

"""The deals kanban, the targeting monitor and the settings windows of issue 14 (BEY-3, OPS-2,
OPS-3) offscreen against Firebird: a card dropped on another column moves the client and lands
in the stage history; the heads count the columns; «ещё…» pages; a manager's monitor holds only
their own line, a supervisor's everyone's; profiles and targets are saved from their windows."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert, select

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.data.schema import client_stage_history, clients, events
from crm_desktop.domain.targeting import Plan, TargetKind
from crm_desktop.services import funnel, kanban, targeting
from crm_desktop.ui.sales_ops.funnel_profiles import FunnelProfilesDialog
from crm_desktop.ui.sales_ops.kanban import KanbanWindow
from crm_desktop.ui.sales_ops.monitor import TargetingMonitor
from crm_desktop.ui.sales_ops.targeting_settings import TargetingDialog

TODAY = date.today()


def _ids(db, name: str) -> list[int]:
    with db.read() as conn:
        return [i.id for i in dict_data.items(conn, name)]


@pytest.fixture
def board(db, users):
    """Three clients of the manager on the first stage (one contacted today, one 10 days ago),
    one on the second, 55 more on the third (a column longer than a page)."""
    s1, s2, s3 = _ids(db, "sales_stages")[:3]
    kind = _ids(db, "event_types")[0]
    with db.begin() as conn:
        def client(name: str, stage: int) -> int:
            return conn.execute(insert(clients).values(name=name, curator_id=users["manager"], stage_id=stage)
                                .returning(clients.c.id)).scalar_one()
        fresh, old = client("ООО «Альфа»", s1), client("ООО «Бета»", s1)
        client("ООО «Гамма»", s1)
        client("ООО «Дельта»", s2)
        for n in range(55):
            client(f"ООО «Поток {n:02}»", s3)
        for cid, days in ((fresh, 0), (old, 10)):
            conn.execute(insert(events).values(client_id=cid, event_type_id=kind, user_id=users["manager"],
                                               event_at=datetime.combine(TODAY - timedelta(days=days), time(9)),
                                               description="звонок"))
    return s1, s2, s3


def _open(qtbot, session) -> KanbanWindow:
    window = KanbanWindow(session)
    qtbot.addWidget(window)
    window.resize(1300, 700)
    window.show()
    qtbot.waitUntil(lambda: window.loading == 0, timeout=10000)
    return window


def _column(window: KanbanWindow, stage: int):
    return next(c for c in window.columns if c.column.stage_id == stage)


def test_a_card_dropped_on_another_column_moves_the_client_into_the_history(qtbot, db, session_of, board) -> None:
    s1, s2, s3 = board
    window = _open(qtbot, session_of("manager"))
    first = _column(window, s1)
    assert first.head.text() == f"{first.column.title} (3)"
    assert [c.name for c in first.cards] == ["ООО «Альфа»", "ООО «Бета»", "ООО «Гамма»"]
    colours = [first.list.item(n).background().color().name() for n in range(3)]
    assert colours == ["#d8f0d2", "#ffdcb8", "#e4e4e4"]       # today, 10 days ago, never
    card = first.cards[1]
    assert window.drop(card, _column(window, s2))
    qtbot.waitUntil(lambda: window.loading == 0 and len(_column(window, s2).cards) == 2, timeout=10000)
    assert [c.name for c in _column(window, s2).cards] == ["ООО «Бета»", "ООО «Дельта»"]
    assert _column(window, s1).head.text().endswith("(2)") and _column(window, s2).head.text().endswith("(2)")
    with db.read() as conn:
        history = conn.execute(select(client_stage_history.c.stage_id, client_stage_history.c.user_id)
                               .where(client_stage_history.c.client_id == card.id)).all()
    assert [tuple(h) for h in history] == [(s2, session_of("manager").user.id)]


def test_a_stale_card_is_not_moved_and_the_colleagues_change_is_told(qtbot, db, session_of, board, boxes) -> None:
    s1, s2, _ = board
    window = _open(qtbot, session_of("manager"))
    card = _column(window, s1).cards[0]
    kanban.move(session_of("admin"), card.id, card.version, s2)      # another workstation
    assert not window.drop(card, _column(window, kanban.NO_STAGE))
    assert boxes.warnings and "Админов Админ" in boxes.warnings[-1]
    qtbot.waitUntil(lambda: window.loading == 0, timeout=10000)
    with db.read() as conn:
        stages = conn.execute(select(client_stage_history.c.stage_id)
                              .where(client_stage_history.c.client_id == card.id)).scalars().all()
    assert stages == [s2]


def test_long_columns_page_and_the_curator_filter(qtbot, session_of, board, users, monkeypatch) -> None:
    _, _, s3 = board
    window = _open(qtbot, session_of("admin"))
    third = _column(window, s3)
    assert len(third.cards) == kanban.PAGE and third.more.isVisibleTo(window) and third.head.text().endswith("(55)")
    third.more.click()
    assert len(third.cards) == 55 and not third.more.isVisibleTo(window)
    assert kanban.counts(session_of("admin"), [s3], cap=20) == {s3: 21}       # 55 counted up to 21
    monkeypatch.setattr(kanban, "COUNT_CAP", 20)
    third.count, third.exact = 21, False
    third.show_head()
    assert third.head.text() == f"{third.column.title} (более 20)"
    window.ui.curatorCombo.setCurrentIndex(window.ui.curatorCombo.findData(users["manager2"]))
    qtbot.waitUntil(lambda: window.loading == 0 and not _column(window, s3).cards, timeout=10000)
    assert _column(window, s3).head.text().endswith("(0)")


@pytest.fixture
def plans(db, session_of, users):
    admin = session_of("admin")
    offer = _ids(db, "event_types")[0]
    targeting.save_targets(admin, [targeting.TargetRow(None, TargetKind.EVENT, offer, None, "КП", Decimal("0.5"))])
    targeting.save_plan(admin, Plan(users["manager"], Decimal("1"), Decimal("5"), Decimal("20")))
    targeting.save_plan(admin, Plan(users["manager2"], Decimal("2"), Decimal("8"), Decimal("30")))
    with db.begin() as conn:
        cid = conn.execute(insert(clients).values(name="ООО «Цель»", curator_id=users["manager"])
                           .returning(clients.c.id)).scalar_one()
        for _ in range(3):
            conn.execute(insert(events).values(client_id=cid, event_type_id=offer, user_id=users["manager"],
                                               event_at=datetime.combine(TODAY, time(9)), description="КП"))


def test_the_monitor_of_a_manager_is_his_own_and_a_supervisor_sees_everyone(qtbot, session_of, plans) -> None:
    mine = TargetingMonitor(session_of("manager"), today=TODAY)
    qtbot.addWidget(mine)
    qtbot.waitUntil(lambda: bool(mine.lines), timeout=10000)
    assert [line.name for line in mine.lines] == ["Менеджеров Михаил"] and not mine.table.isVisibleTo(mine)
    assert mine.bars[0].text() == "1,5 из 1 (150 %)" and mine.bars[0].value() == 100
    assert mine.bars[2].text() == "1,5 из 20 (7,5 %)" and mine.bars[2].value() == 8
    everyone = TargetingMonitor(session_of("supervisor"), today=TODAY)
    qtbot.addWidget(everyone)
    qtbot.waitUntil(lambda: bool(everyone.lines), timeout=10000)
    assert [line.name for line in everyone.lines] == ["Коллегина Ольга", "Менеджеров Михаил"]
    assert everyone.table.isVisibleTo(everyone) and not any(bar.isVisibleTo(everyone) for bar in everyone.bars)
    assert everyone.table.item(1, 1).text() == "150 %" and everyone.table.item(0, 1).text() == "0 %"


def test_profiles_and_targets_are_saved_from_their_windows(qtbot, db, session_of, users) -> None:
    admin = session_of("admin")
    dialog = FunnelProfilesDialog(admin)
    qtbot.addWidget(dialog)
    dialog.add_profile()
    dialog.ui.nameEdit.setText("Через дилеров")
    for n in range(2):
        dialog.ui.addStageButton.click()
        dialog.ui.stageTable.item(n, 0).setText(f"Этап {n + 1}")
        dialog.ui.stageTable.cellWidget(n, 1).setCurrentIndex(n + 1)
    assert dialog.save() is not None
    stored = funnel.profiles(admin)
    assert [(p.name, [s.name for s in p.stages]) for p in stored] == [("Через дилеров", ["Этап 1", "Этап 2"])]
    settings = TargetingDialog(admin)
    qtbot.addWidget(settings)
    settings.ui.addEventButton.click()
    settings.ui.targetTable.cellWidget(0, 1).setCurrentIndex(1)
    assert settings.ui.targetTable.item(0, 2).text()          # named after the event type
    settings.ui.targetTable.item(0, 3).setText("0,75")
    assert settings.save_targets()
    assert [(t.kind, t.weight) for t in targeting.targets(admin)] == [(TargetKind.EVENT, Decimal("0.75"))]
    row = next(r for r in range(settings.ui.planTable.rowCount())
               if settings.ui.planTable.item(r, 0).data(Qt.ItemDataRole.UserRole) == users["manager"])
    for col, value in ((1, "2"), (2, "10"), (3, "40,5")):
        settings.ui.planTable.item(row, col).setText(value)
    assert settings.save_plans()
    assert [p for p, _ in targeting.plans(admin)] == [Plan(users["manager"], Decimal("2"), Decimal("10"),
                                                           Decimal("40.5"))]
    readonly = FunnelProfilesDialog(session_of("manager"))
    qtbot.addWidget(readonly)
    assert not readonly.ui.saveButton.isEnabled() and readonly.ui.noteLabel.text()


def test_the_main_window_offers_the_board_the_settings_and_the_monitor(qtbot, session_of) -> None:
    from crm_desktop.ui.main.main_window import MainWindow
    window = MainWindow(session_of("manager"))
    qtbot.addWidget(window)
    assert isinstance(window.targeting_monitor, TargetingMonitor)
    assert "Выполнение плана по целевым событиям." not in [
        label.text() for label in window.assistant.findChildren(type(window.targeting_monitor.note))]
    window.kanban_action.trigger()
    board = window.findChild(KanbanWindow, "kanbanWindow")
    assert board is not None and board.isVisible()
    qtbot.waitUntil(lambda: board.loading == 0, timeout=10000)
    assert [a.isEnabled() for a in getattr(window, "sales_ops_actions", [])] in ([], [False, False])
    admin = MainWindow(session_of("admin"))
    qtbot.addWidget(admin)
    assert [a.text() for a in admin.sales_ops_actions] == ["Настройка профилей воронки продаж", "Система таргетинга"]
    assert all(a.isEnabled() for a in admin.sales_ops_actions)

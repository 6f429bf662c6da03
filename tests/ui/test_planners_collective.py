"""Collective planner (PLN-3) through its window: topics, cases and sub-cases entered in the
card land in Firebird with the responsible's task; percent rolls up; delegation only when allowed."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog
from sqlalchemy import select

from crm_desktop.data.schema import planner_cases, planner_topics, tasks
from crm_desktop.ui.planners.case_dialog import CaseDialog
from crm_desktop.ui.planners.collective import BAR_ROLE, CHART, PERCENT, CollectivePlanner


@pytest.fixture
def card(monkeypatch):
    """card.fill(...) queues what "the user" types into the next topic/case card before Save."""
    queue = []

    def exec_(dialog: CaseDialog) -> int:
        queue.pop(0)(dialog.ui)
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(CaseDialog, "exec", exec_)

    class Card:
        def fill(self, name=None, responsible=None, start=None, due=None, percent=None, delegation=None):
            def typing(ui):
                if name is not None:
                    ui.nameEdit.setText(name)
                if responsible is not None:
                    ui.responsibleCombo.setCurrentIndex(ui.responsibleCombo.findText(responsible))
                if start is not None:
                    ui.startEdit.set_value(start)
                if due is not None:
                    ui.dueEdit.set_value(due)
                if percent is not None:
                    ui.percentSpin.setValue(percent)
                if delegation is not None:
                    ui.delegationCheck.setChecked(delegation)
            queue.append(typing)
    return Card()


def cases(db):
    with db.read() as conn:
        return {r.name: r for r in conn.execute(select(planner_cases))}


def test_topics_cases_and_rollup_through_the_window(qtbot, db, users, session_of, card, boxes):
    window = CollectivePlanner(session_of("admin"))
    qtbot.addWidget(window)
    window.show()
    card.fill(name="Семинар-презентация", responsible="Админов Админ")
    window.ui.addTopicButton.click()
    with db.read() as conn:
        assert conn.execute(select(planner_topics.c.name)).scalars().all() == ["Семинар-презентация"]
    card.fill(name="Регистрация участников", responsible="Менеджеров Михаил", start=date(2026, 12, 1),
              due=date(2026, 12, 3))
    window.ui.addCaseButton.click()
    reg = cases(db)["Регистрация участников"]
    assert (reg.responsible_id, reg.start_date, reg.due_date) == (users["manager"], date(2026, 12, 1), date(2026, 12, 3))
    with db.read() as conn:
        task = conn.execute(select(tasks.c.task_kind, tasks.c.executor_id, tasks.c.start_at)
                            .where(tasks.c.planner_case_id == reg.id)).one()
    assert (task[0], task[1], f"{task[2]:%d.%m %H:%M}") == (3, users["manager"], "01.12 09:00")

    assert window.selected() == ("case", reg.id)
    card.fill(name="Список гостей", percent=50)
    window.ui.addSubCaseButton.click()
    card.fill(name="Бейджи", percent=0)
    window.select("case", reg.id)
    window.ui.addSubCaseButton.click()
    assert cases(db)["Регистрация участников"].percent_done == 25
    window.select("case", reg.id)
    item = window.ui.tree.currentItem()
    assert item.text(PERCENT) == "25 %" and item.childCount() == 2
    assert item.data(CHART, BAR_ROLE) == (date(2026, 12, 1), date(2026, 12, 3), 25)

    card.fill(name="")                                            # a nameless case is refused, input kept
    window.ui.addCaseButton.click()
    assert "Укажите наименование" in boxes[-1][2]
    assert len(cases(db)) == 3


def test_delegation_only_when_allowed(qtbot, db, users, session_of, card, monkeypatch):
    window = CollectivePlanner(session_of("admin"))
    qtbot.addWidget(window)
    window.show()
    card.fill(name="Выставка")
    window.ui.addTopicButton.click()
    card.fill(name="Стенд", responsible="Менеджеров Михаил", start=date(2026, 12, 1))
    window.ui.addCaseButton.click()
    assert not window.ui.delegateButton.isEnabled()
    card.fill(delegation=True)
    window.ui.editButton.click()
    assert cases(db)["Стенд"].delegation_allowed == 1 and window.ui.delegateButton.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Коллегина Ольга", True)))
    window.ui.delegateButton.click()
    stand = cases(db)["Стенд"]
    assert stand.responsible_id == users["manager2"]
    assert window.ui.tree.currentItem().text(1) == "Коллегина Ольга"
    with db.read() as conn:
        assert conn.execute(select(tasks.c.executor_id).where(tasks.c.planner_case_id == stand.id)).scalar() \
            == users["manager2"]


def test_delete_asks_first(qtbot, db, users, session_of, card, boxes):
    window = CollectivePlanner(session_of("admin"))
    qtbot.addWidget(window)
    window.show()
    card.fill(name="Тема на удаление")
    window.ui.addTopicButton.click()
    boxes.answer = boxes.answer.__class__.No
    window.ui.deleteButton.click()
    assert window.ui.tree.topLevelItemCount() == 1
    boxes.answer = boxes.answer.__class__.Yes
    window.ui.deleteButton.click()
    assert window.ui.tree.topLevelItemCount() == 0 and "со всеми её делами" in boxes[-1][2]
    with db.read() as conn:
        assert conn.execute(select(planner_topics.c.id)).first() is None


def test_case_card_keeps_input_on_refusal(qtbot, db, users, session_of, boxes):
    from crm_desktop.services.planners import Case, Topic, save_topic
    topic = save_topic(session_of("admin"), Topic(None, "Тема"))
    dialog = CaseDialog(session_of("manager"), Case(None, topic, None, ""), [(users["manager"], "Менеджеров Михаил")])
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Чужое дело")
    dialog.accept()                                                  # a manager may not plan the admin's topic
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.ui.nameEdit.text() == "Чужое дело"
    assert "Добавлять дела" in boxes[-1][2]

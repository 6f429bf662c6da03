"""The filter panel (REG-3) and the templates menu (REG-4) driven like a user does."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from sqlalchemy import insert

from crm_desktop.data.schema import clients
from crm_desktop.domain.editions import Edition
from crm_desktop.domain.flexi_filter import Combine, Condition, CountInPeriod, DateRange, FlexiFilter, Op
from crm_desktop.services import dictionaries, filters
from crm_desktop.ui.filter import templates_menu
from crm_desktop.ui.filter.filter_panel import FilterPanel
from crm_desktop.ui.filter.templates_menu import TemplatesMenu
from crm_desktop.ui.ops import runner


@pytest.fixture(autouse=True)
def _no_background_work_left(qtbot, db):
    """Torn down before the widgets and the database: the "Найдено" count of the last change
    must finish first."""
    yield
    assert runner().stop(timeout_ms=5000)


def add_client(db, name: str, **values) -> int:
    with db.begin() as conn:
        return conn.execute(insert(clients).values(name=name, **values).returning(clients.c.id)).scalar_one()


def item(session, dictionary: str, name: str) -> int:
    return next(i.id for i in dictionaries.items(session, dictionary) if i.name == name)


@pytest.fixture
def panel(qtbot, session_of):
    widget = FilterPanel(session_of("manager"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_tab(panel: FilterPanel, title: str) -> None:
    tabs = panel.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == title))


def tick(qtbot, box: QCheckBox) -> None:
    """Click the check box's square (the widget spans the whole row)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def found(qtbot, panel: FilterPanel, text: str) -> None:
    qtbot.waitUntil(lambda: panel.ui.foundLabel.text() == text, timeout=5000)


def test_ticked_options_become_the_filter_and_the_count(qtbot, panel, db, users, session_of) -> None:
    me = session_of("manager")
    moscow, spb = item(me, "regions", "Москва"), item(me, "regions", "Санкт-Петербург")
    today = date.today()
    add_client(db, "Инвестбанк", region_id=moscow, curator_id=users["manager"])
    add_client(db, "Банк Северный", region_id=spb, specialist_id=users["manager"], needs_attention=1)
    add_client(db, "Ромашка", curator_id=users["manager"], next_contact_date=today - timedelta(days=1))
    add_client(db, "Чужой банк", region_id=moscow, curator_id=users["manager2"])    # out of scope
    found(qtbot, panel, "Найдено: 3")

    panel.editors["name"].picker.insert("БАНК")       # QTest types Latin-1 only
    region = panel.editors["region_id"]
    region.set_op(Op.IN)
    region.picker.set_checked("Москва")
    region.picker.set_checked("Санкт-Петербург")
    found(qtbot, panel, "Найдено: 2")
    open_tab(panel, "Флаги")
    attention = panel.editors["needs_attention"].picker
    assert attention.checkState() == Qt.CheckState.PartiallyChecked          # "не важно" by default
    tick(qtbot, attention)
    assert attention.checkState() == Qt.CheckState.Checked
    found(qtbot, panel, "Найдено: 1")
    contact = panel.editors["next_contact_date"]
    contact.ops.setCurrentIndex(contact.ops.findText("просрочена"))
    qtbot.mouseClick(panel.ui.orRadio, Qt.MouseButton.LeftButton)
    found(qtbot, panel, "Найдено: 3")

    with qtbot.waitSignal(panel.applied) as applied:
        qtbot.mouseClick(panel.ui.applyButton, Qt.MouseButton.LeftButton)
    assert applied.args[0] == FlexiFilter(Combine.OR, (
        Condition("name", Op.CONTAINS, "БАНК"), Condition("region_id", Op.IN, (moscow, spb)),
        Condition("needs_attention", Op.SWITCH, True), Condition("next_contact_date", Op.OVERDUE)))
    assert "• Регион: Москва, Санкт-Петербург" in panel.ui.foundLabel.toolTip()


def test_enter_applies_and_reset_clears_to_no_filter(qtbot, panel) -> None:
    open_tab(panel, "Пользователи")
    tick(qtbot, panel.editors["mine"].picker)
    open_tab(panel, "Основные данные")
    line = panel.editors["inn"].picker
    qtbot.keyClicks(line, "7701")
    with qtbot.waitSignal(panel.applied) as applied:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert applied.args[0] == FlexiFilter(conditions=(Condition("inn", Op.EQUALS, "7701"), Condition("mine", Op.MINE)))
    open_tab(panel, "Статистика")
    count = panel.editors["events_count"].picker.count
    count.lineEdit().selectAll()                  # "не задано" is selected and replaced
    qtbot.keyClicks(count, "2")
    with qtbot.waitSignal(panel.applied) as applied:
        qtbot.keyClick(count, Qt.Key.Key_Enter)
    assert Condition("events_count", Op.AT_LEAST, CountInPeriod(2)) in applied.args[0].conditions
    with qtbot.waitSignal(panel.applied) as applied:
        qtbot.mouseClick(panel.ui.resetButton, Qt.MouseButton.LeftButton)
    assert applied.args[0] is None
    assert line.text() == "" and not panel.editors["mine"].picker.isChecked()


def test_wrong_period_is_reported_and_the_input_kept(qtbot, panel, boxes) -> None:
    created = panel.editors["created_at"].picker
    created.first.set_value(date(2026, 5, 1))
    created.second.set_value(date(2026, 4, 1))
    with qtbot.assertNotEmitted(panel.applied):
        qtbot.mouseClick(panel.ui.applyButton, Qt.MouseButton.LeftButton)
    assert boxes.texts() == ["«Дата регистрации»: Начало периода позже его конца."]
    assert created.first.value() == date(2026, 5, 1)


def test_set_filter_shows_every_kind_of_condition(qtbot, panel, users) -> None:
    flt = FlexiFilter(Combine.OR, (
        Condition("curator_id", Op.IS, users["manager2"]),
        Condition("next_contact_date", Op.DATE_BETWEEN, DateRange(date(2026, 1, 1), None)),
        Condition("has_open_tasks", Op.SWITCH, False),
        Condition("phone", Op.ENDS_WITH, "13-03")))
    panel.set_filter(flt)
    assert panel.ui.orRadio.isChecked()
    assert panel.editors["curator_id"].picker.currentText() == "Коллегина Ольга"
    assert panel.editors["has_open_tasks"].picker.checkState() == Qt.CheckState.Unchecked
    assert panel.current_filter() == FlexiFilter(Combine.OR, tuple(sorted(
        flt.conditions, key=lambda c: list(panel.editors).index(c.field))))
    panel.set_filter(None)
    assert panel.current_filter() is None


def test_saved_template_survives_a_new_session_and_is_chosen(qtbot, panel, session_of, monkeypatch,
                                                            boxes) -> None:
    monkeypatch.setattr(templates_menu, "ask_text", lambda *args: "Мои банки")
    panel.editors["name"].picker.insert("банк")
    open_tab(panel, "Пользователи")
    tick(qtbot, panel.editors["mine"].picker)
    open_tab(panel, "Основные данные")
    qtbot.mouseClick(panel.ui.saveTemplateButton, Qt.MouseButton.LeftButton)
    expected = FlexiFilter(conditions=(Condition("name", Op.CONTAINS, "банк"), Condition("mine", Op.MINE)))

    later = session_of("manager")                 # next login, maybe another workstation
    menu = TemplatesMenu(later)
    qtbot.addWidget(menu)
    menu.refresh()
    titles = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert titles[:4] == ["Мои клиенты", "Мои горячие клиенты", "Мои горячие и позитивные клиенты", "Мои банки"]
    chosen = next(a for a in menu.actions() if a.text() == "Мои банки")
    assert "Наименование содержит «банк»" in chosen.toolTip()
    with qtbot.waitSignal(menu.template_chosen) as got:
        chosen.trigger()
    assert got.args[0] == expected

    # "Сохранить текущий как…" under the same name asks before replacing
    menu.current_filter_provider = lambda: FlexiFilter(conditions=(Condition("mine", Op.MINE),))
    menu.refresh()                                # the menu is rebuilt each time it opens
    next(a for a in menu.actions() if a.text() == "Сохранить текущий как…").trigger()
    assert boxes.texts() == ["Шаблон «Мои банки» уже есть. Заменить его?"]
    assert [t.filter for t in filters.user_templates(later)] == [FlexiFilter(conditions=(Condition("mine", Op.MINE),))]

    delete = next(a for a in menu.actions() if a.text() == "Удалить шаблон").menu()
    next(a for a in delete.actions() if a.text() == "Мои банки").trigger()
    assert len(boxes.texts("question")) == 2 and filters.user_templates(session_of("manager")) == []


def test_static_template_fills_the_panel(qtbot, panel, session_of) -> None:
    menu = TemplatesMenu(session_of("manager"))
    qtbot.addWidget(menu)
    menu.template_chosen.connect(panel.set_filter)
    menu.refresh()
    next(a for a in menu.actions() if a.text() == "Мои горячие клиенты").trigger()
    assert panel.editors["mine"].picker.isChecked()
    assert panel.editors["prospects_id"].picker.currentText() == "Горячий"
    assert isinstance(panel.editors["mine"].picker, QCheckBox)


def test_standard_edition_has_no_user_templates(qtbot, panel, session_of) -> None:
    me = session_of("manager")
    filters.save_template(me, "Банки", FlexiFilter(conditions=(Condition("name", Op.CONTAINS, "банк"),)))
    menu = TemplatesMenu(me)
    qtbot.addWidget(menu)
    menu.current_filter_provider = panel.current_filter
    menu.set_edition(Edition.STANDARD)
    panel.set_edition(Edition.STANDARD)
    menu.refresh()
    titles = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Банки" not in titles and "Мои клиенты" in titles
    save = next(a for a in menu.actions() if a.text() == "Сохранить текущий как…")
    assert not save.isEnabled() and "«Стандарт»" in save.toolTip()
    assert not panel.ui.saveTemplateButton.isEnabled()
    menu.set_edition(Edition.PROFESSIONAL)
    menu.refresh()
    assert "Банки" in [a.text() for a in menu.actions()]


def test_settlements_follow_the_chosen_regions(qtbot, panel) -> None:
    cities = panel.editors["city_id"]
    cities.set_op(Op.IN)
    everything = len(cities.picker.visible_names())
    region = panel.editors["region_id"]
    region.set_op(Op.IN)
    region.picker.set_checked("Нижегородская область")
    assert region.picker.search.placeholderText() == "выбрано: Нижегородская область"
    shown = cities.picker.visible_names()
    assert "Нижний Новгород" in shown and "Казань" not in shown and len(shown) < everything
    region.picker.set_checked("Республика Татарстан")
    assert "Казань" in cities.picker.visible_names()
    qtbot.keyClicks(cities.picker.search, "K")           # quick search narrows further (no Latin names)
    assert cities.picker.visible_names() == []
    cities.picker.search.clear()
    region.clear()
    assert len(cities.picker.visible_names()) == everything

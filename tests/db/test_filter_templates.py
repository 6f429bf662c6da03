"""Filter templates (REG-4): the manual's static ones select the right clients, user templates
are kept per user in the database; the generated SQL carries values as bound parameters."""
from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import insert, select

from crm_desktop.data import client_filter
from crm_desktop.data.schema import clients
from crm_desktop.domain.flexi_filter import Combine, Condition, DateRange, FlexiFilter, Op
from crm_desktop.services import dictionaries, filters


def add_client(db, name: str, **values) -> int:
    with db.begin() as conn:
        return conn.execute(insert(clients).values(name=name, **values).returning(clients.c.id)).scalar_one()


def value(session, dictionary: str, name: str) -> int:
    return next(i.id for i in dictionaries.items(session, dictionary) if i.name == name)


def test_static_templates_select_mine_hot_and_positive(db, users, session_of) -> None:
    me = session_of("manager")
    hot, cold = value(me, "prospect_ratings", "Горячий"), value(me, "prospect_ratings", "Холодный")
    positive, neutral = value(me, "reactions", "Позитивная"), value(me, "reactions", "Нейтральная")
    ids = {"mine_hot_positive": add_client(db, "А", curator_id=users["manager"], prospects_id=hot,
                                           last_reaction_id=positive),
           "mine_hot": add_client(db, "Б", specialist_id=users["manager"], prospects_id=hot,
                                  last_reaction_id=neutral),
           "mine_cold": add_client(db, "В", curator_id=users["manager"], prospects_id=cold),
           "others_hot": add_client(db, "Г", curator_id=users["manager2"], prospects_id=hot,
                                    last_reaction_id=positive)}
    templates = filters.static_templates(me)
    assert [t.name for t in templates] == ["Мои клиенты", "Мои горячие клиенты", "Мои горячие и позитивные клиенты"]
    found = [set(filters.matching_ids(me, t.filter)) for t in templates]
    assert found == [{ids["mine_hot_positive"], ids["mine_hot"], ids["mine_cold"]},
                     {ids["mine_hot_positive"], ids["mine_hot"]},
                     {ids["mine_hot_positive"]}]
    # "my" is whoever runs the template: the administrator has none of these
    assert filters.matching_ids(session_of("admin"), templates[0].filter) == []


def test_user_templates_are_saved_renamed_and_deleted_per_user(db, users, session_of) -> None:
    me = session_of("manager")
    flt = FlexiFilter(Combine.OR, (Condition("name", Op.CONTAINS, "банк"),
                                   Condition("created_at", Op.DATE_BETWEEN, DateRange(date(2026, 1, 1), None))))
    filters.save_template(me, "  Банки  ", flt)
    again = session_of("manager")          # another login: read back from the database
    assert [(t.name, t.filter) for t in filters.user_templates(again)] == [("Банки", flt)]
    assert filters.user_templates(session_of("manager2")) == []
    with pytest.raises(filters.TemplateExists, match="уже есть"):
        filters.save_template(again, "банки", FlexiFilter(conditions=(Condition("mine", Op.MINE),)))
    replaced = FlexiFilter(conditions=(Condition("mine", Op.MINE),))
    filters.save_template(again, "банки", replaced, overwrite=True)
    assert [(t.name, t.filter) for t in filters.user_templates(me)] == [("банки", replaced)]
    with pytest.raises(ValueError, match="предопределённого"):
        filters.save_template(me, "Мои клиенты", flt)
    with pytest.raises(ValueError, match="пуст"):
        filters.save_template(me, "Пустой", FlexiFilter())
    filters.rename_template(me, "банки", "Мои")
    assert [t.name for t in filters.user_templates(me)] == ["Мои"]
    filters.delete_template(me, "Мои")
    assert filters.user_templates(me) == []


def test_description_names_the_chosen_values(db, users, session_of) -> None:
    me = session_of("manager")
    hot = value(me, "prospect_ratings", "Горячий")
    flt = FlexiFilter(conditions=(Condition("prospects_id", Op.IS, hot),
                                  Condition("curator_id", Op.IN, (users["manager"], users["manager2"]))))
    text = filters.describe_filter(me, flt)
    assert "Оценка перспективности: Горячий" in text
    assert "Куратор: Менеджеров Михаил, Коллегина Ольга" in text


def test_five_condition_filter_sends_values_as_bound_parameters(db, users, session_of) -> None:
    me = session_of("manager")
    status = value(me, "client_statuses", "Постоянный клиент")
    flt = FlexiFilter(conditions=(
        Condition("name", Op.CONTAINS, "O'Hara'; DROP TABLE CLIENTS; --"),
        Condition("city", Op.STARTS_WITH, "Нижний"),
        Condition("status_id", Op.IN, (status,)),
        Condition("curator_id", Op.IS, users["manager"]),
        Condition("next_contact_date", Op.DATE_BETWEEN, DateRange(date(2026, 1, 1), date(2026, 12, 31)))))
    clause = client_filter.where_clause(flt, users["manager"])
    compiled = select(clients.c.id).where(clause).compile(dialect=db.engine.dialect)
    sql = str(compiled)
    for literal in ("O'Hara", "Нижний", "2026", str(status)):
        assert literal not in sql
    assert "CONTAINING" in sql and "STARTING WITH" in sql
    assert "O'Hara'; DROP TABLE CLIENTS; --" in compiled.params.values()
    assert date(2026, 12, 31) in compiled.params.values()
    add_client(db, "O'Hara'; DROP TABLE CLIENTS; -- и партнёры", city="Нижний Новгород", status_id=status,
               curator_id=users["manager"], next_contact_date=date(2026, 5, 1))
    assert filters.count_matching(me, flt) == 1


def test_sql_of_every_condition_stays_firebird_2_5(db, users) -> None:
    """No boolean literals (Firebird 2.5 has no BOOLEAN), also for an empty filter and for a
    fragment longer than its column."""
    from tests.unit.test_flexi_filter import EVERY_PICKER
    conditions = (*EVERY_PICKER.conditions, Condition("inn", Op.EQUALS, "1" * 20),
                  Condition("last_event", Op.BEFORE, date(2026, 1, 1)), Condition("has_open_tasks", Op.SWITCH, False))
    for flt in (FlexiFilter(), FlexiFilter(Combine.AND, conditions)):
        sql = str(select(clients.c.id).where(client_filter.where_clause(flt, users["manager"]))
                  .compile(dialect=db.engine.dialect)).upper()
        assert not re.search(r"\b(TRUE|FALSE)\b", sql), sql
        with db.read() as conn:
            conn.execute(select(clients.c.id).where(client_filter.where_clause(flt, users["manager"]))).all()

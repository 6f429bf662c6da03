"""Client card services against Firebird: every tab round-trips, validation and access rules
hold, derived columns (NAME, CITY, PHONE_INDEX) follow the card, concurrent edits are caught."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert, select, text

from crm_desktop.data import dictionaries as dict_data
from crm_desktop.data import settings as settings_data
from crm_desktop.data.schema import classifiers, clients, phone_index, user_permissions
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.services import clients as svc
from crm_desktop.services.session import AccessDenied

RAW = "SELECT {cols} FROM CLIENTS WHERE ID = :id"


def _item(db, name: str, index: int = 0) -> int:
    with db.read() as conn:
        return dict_data.items(conn, name)[index].id


def _company(session, name: str = "ООО «Ромашка»", **values) -> svc.ClientCard:
    card = svc.new_card(session, ClientKind.COMPANY)
    card.values.update(name=name, **values)
    return svc.save_card(session, card)


def _raw(db, client_id: int, *cols: str):
    with db.read() as conn:
        return conn.execute(text(RAW.format(cols=", ".join(cols))), {"id": client_id}).first()


def test_new_card_defaults_curator_and_autosubstitution(db, session_of) -> None:
    manager = session_of("manager")
    region = _item(db, "regions", 3)
    with db.begin() as conn:
        settings_data.put(conn, "autosubst.region_id", str(region))
    card = svc.new_card(manager, ClientKind.COMPANY)
    assert card.values["curator_id"] == manager.user.id
    assert card.values["region_id"] == region and card.values["city_id"] is None
    assert card.id is None and card.values["needs_attention"] is False


def test_every_tab_saved_and_reloaded_equal(db, session_of) -> None:
    admin = session_of("admin")
    with db.read() as conn:
        city = conn.execute(text("SELECT FIRST 1 ID, REGION_ID, NAME FROM CITIES ORDER BY ID")).first()
    with db.begin() as conn:
        direction = dict_data.add(conn, "directions", "Оптовые продажи")
    card = svc.new_card(admin, ClientKind.COMPANY)
    typed = dict(
        name="ООО «Вектор»", full_name="Общество с ограниченной ответственностью «Вектор»",
        region_id=city[1], city_id=city[0], postcode="123456", address="ул. Ленина, 1",
        phone="+7 495 233-13-03", fax="8 (812) 111-22-33", email="info@vector.ru", needs_attention=True,
        directions={direction}, client_type_id=_item(db, "client_types"),
        status_id=_item(db, "client_statuses", 2), notes="Заметка\nв две строки",
        stage_id=_item(db, "sales_stages", 2), has_competitors=True, competitors="Конкурент",
        next_contact_date=date(2026, 12, 1), inn="7707083893", kpp="773601001",
        charter_capital=Decimal("10000.50"), registration_date=date(2001, 5, 17),
        no_sms_mailing=True, sec_finance="Устойчивое", credit_limit=Decimal("500000.00"),
        work_mode_id=_item(db, "work_modes"), consignee="Склад", transport="Самовывоз",
        allowed_users={session_of("manager").user.id})
    card.values.update(typed)
    card.records["contact_person"] = [{"surname": "Иванов", "first_name": "Пётр",
                                       "phone_mobile": "+7 916 000-11-22", "email": "p@vector.ru",
                                       "birthday": date(1980, 3, 8), "biography": "Родился",
                                       "email_subscribed": True}]
    card.records["bank_account"] = [{"bank_name": "ПАО Сбербанк", "bik": "044525225",
                                     "corr_account": "30101810400000000225",
                                     "account": "40702810938000000001", "is_default": True}]
    card.records["mailing_email"] = [{"email": "news@vector.ru", "subscribed": True}]
    card.records["mailing_phone"] = [{"phone": "+7 916 555-44-33", "subscribed": False}]
    saved = svc.save_card(admin, card)

    again = svc.load_card(admin, saved.id)
    for name, value in typed.items():
        assert again.values[name] == value, name
    assert again.code and again.values["city"] == city[2]
    for name, rows in card.records.items():
        assert [{k: r[k] for k in rows[0]} for r in again.records[name]] == rows, name
    assert again.version == saved.version and again.editable_main


def test_editing_a_record_keeps_its_id_and_deleting_removes_it(db, session_of) -> None:
    admin = session_of("admin")
    card = _company(admin)
    card.records["contact_person"] = [{"surname": "Первый"}, {"surname": "Второй"}]
    card = svc.save_card(admin, card)
    first_id = card.records["contact_person"][0]["id"]
    card.records["contact_person"][0]["job_title"] = "Директор"
    del card.records["contact_person"][1]
    card = svc.save_card(admin, card)
    assert [(r["id"], r["surname"], r["job_title"]) for r in card.records["contact_person"]] == [
        (first_id, "Первый", "Директор")]


def test_validation_errors_change_nothing(db, session_of) -> None:
    admin = session_of("admin")
    card = _company(admin, phone="+7 495 111-11-11")
    version = card.version
    card.values.update(name="", inn="123", phone="Новый")
    card.records["bank_account"] = [{"bank_name": "", "bik": "044525225", "account": "1"}]
    with pytest.raises(svc.CardInvalid) as failure:
        svc.save_card(admin, card)
    fields = [e.field for e in failure.value.errors]
    assert fields[:3] == ["name", "phone", "inn"]
    assert "bank_account[0].bank_name" in fields
    assert "Заполните поле «Наименование»" in str(failure.value)
    assert tuple(_raw(db, card.id, "NAME", "PHONE", "ROW_VERSION")) == ("ООО «Ромашка»", "+7 495 111-11-11", version)


def test_concurrent_edit_names_the_other_user_and_keeps_input(db, session_of) -> None:
    manager, admin = session_of("manager"), session_of("admin")
    mine = _company(manager)
    theirs = svc.load_card(admin, mine.id)
    theirs.values["address"] = "Их адрес"
    svc.save_card(admin, theirs)
    mine.values["address"] = "Мой адрес"
    with pytest.raises(svc.ConcurrentEdit) as failure:
        svc.save_card(manager, mine)
    assert failure.value.who == "Админов Админ"
    assert str(failure.value).startswith("Клиент изменён пользователем Админов Админ в ")
    assert "Ваши изменения сохранены в форме" in str(failure.value)
    assert mine.values["address"] == "Мой адрес"
    assert _raw(db, mine.id, "ADDRESS")[0] == "Их адрес"


def test_individual_name_city_and_phone_index_maintained(db, session_of) -> None:
    admin = session_of("admin")
    with db.read() as conn:
        city = conn.execute(text("SELECT FIRST 1 ID, REGION_ID, NAME FROM CITIES ORDER BY ID DESC")).first()
    card = svc.new_card(admin, ClientKind.INDIVIDUAL)
    card.values.update(surname="Сидорова", first_name="Анна", patronymic="Ивановна", city_id=city[0],
                       region_id=city[1], phone="+7 (495) 233-13-03", mobile_phone="+7 916 123-45-67")
    card = svc.save_card(admin, card)
    assert tuple(_raw(db, card.id, "NAME", "CITY", "CLIENT_KIND")) == ("Сидорова Анна Ивановна", city[2], 2)
    with db.read() as conn:
        digits = set(conn.execute(select(phone_index.c.digits_rev)
                                  .where(phone_index.c.client_id == card.id)).scalars())
    assert digits == {"30313325947", "76543216197"}

    card.values.update(first_name="Мария", phone=None, city_id=None)
    card = svc.save_card(admin, card)
    assert tuple(_raw(db, card.id, "NAME", "CITY")) == ("Сидорова Мария Ивановна", None)
    with db.read() as conn:
        rows = conn.execute(select(phone_index.c.digits_rev).where(phone_index.c.client_id == card.id)).all()
        assert [r[0] for r in rows] == ["76543216197"]
        found = conn.execute(select(phone_index.c.client_id)
                             .where(phone_index.c.digits_rev.startswith("7654321"))).scalars().all()
    assert found == [card.id]


def test_contact_phones_are_indexed(db, session_of) -> None:
    admin = session_of("admin")
    card = svc.new_card(admin, ClientKind.COMPANY)
    card.values["name"] = "ЗАО Контакт"
    card.records["contact_person"] = [{"surname": "Петров", "phone_office": "+7 812 555-00-11"}]
    card = svc.save_card(admin, card)
    with db.read() as conn:
        rows = conn.execute(select(phone_index.c.contact_id, phone_index.c.digits_rev)
                            .where(phone_index.c.client_id == card.id)).all()
    assert rows == [(card.records["contact_person"][0]["id"], "11005552187")]


def test_manager_cannot_open_colleagues_client_in_modes_1_and_2(db, session_of, users) -> None:
    colleague = _company(session_of("manager2"))
    manager = session_of("manager")
    with pytest.raises(ValueError, match="не найден"):      # mode 1: not even in the list
        svc.load_card(manager, colleague.id)
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET CLIENT_ACCESS = 2 WHERE ID = :id"), {"id": users["manager"]})
    with pytest.raises(AccessDenied):
        svc.load_card(session_of("manager"), colleague.id)
    assert svc.client_title(session_of("manager"), colleague.id) == "ООО «Ромашка»"


def test_mode_3_edits_only_non_main_data_of_colleagues_client(db, session_of, users) -> None:
    colleague = _company(session_of("manager2"))
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET CLIENT_ACCESS = 3 WHERE ID = :id"), {"id": users["manager"]})
    manager = session_of("manager")
    card = svc.load_card(manager, colleague.id)
    assert (card.editable_main, card.editable) == (False, True)
    card.values["competitors"] = "Рога и копыта"
    card.records["contact_person"] = [{"surname": "Новиков"}]
    card = svc.save_card(manager, card)
    assert _raw(db, card.id, "COMPETITORS")[0] == "Рога и копыта"
    card.values["name"] = "Переименовано"
    with pytest.raises(AccessDenied):
        svc.save_card(manager, card)
    assert _raw(db, card.id, "NAME")[0] == "ООО «Ромашка»"


def test_private_client_needs_permission_and_is_seen_only_by_curator(db, session_of, users) -> None:
    manager = session_of("manager")
    card = svc.new_card(manager, ClientKind.COMPANY)
    card.values.update(name="Тайный клиент", is_private=True)
    with pytest.raises(AccessDenied):
        svc.save_card(manager, card)
    with db.begin() as conn:
        conn.execute(insert(user_permissions).values(user_id=users["manager"], perm_code="private_clients"))
    manager = session_of("manager")
    card.values["curator_id"] = users["manager2"]
    with pytest.raises(svc.CardInvalid) as failure:
        svc.save_card(manager, card)
    assert [e.field for e in failure.value.errors] == ["curator_id"]
    card.values["curator_id"] = manager.user.id
    saved = svc.save_card(manager, card)
    assert svc.load_card(manager, saved.id).values["is_private"] is True
    # for everyone else, administrators included, the private client does not exist
    with pytest.raises(ValueError, match="не найден"):
        svc.load_card(session_of("admin"), saved.id)
    with pytest.raises(ValueError, match="не найден"):
        svc.delete_client(session_of("admin"), saved.id)


def test_custom_classifiers_saved_on_card(db, session_of) -> None:
    admin = session_of("admin")
    with db.begin() as conn:
        one = conn.execute(insert(classifiers).values(code="c_region_rank", scope=3, name="Ранг",
                                                      value_kind=1).returning(classifiers.c.id)).scalar_one()
        text_id = conn.execute(insert(classifiers).values(code="c_note", scope=3, name="Пометка",
                                                          value_kind=3).returning(classifiers.c.id)).scalar_one()
        conn.execute(insert(classifiers).values(code="c_off", scope=3, name="Выключен", value_kind=3,
                                                is_active=0))
        value = dict_data.add(conn, "c_region_rank", "Первый")
    card = svc.new_card(admin, ClientKind.COMPANY)
    assert [d.name for d in card.classifier_defs] == ["Пометка", "Ранг"]
    card.values["name"] = "С признаками"
    card.classifiers.update({one: value, text_id: "важный"})
    saved = svc.save_card(admin, card)
    assert svc.load_card(admin, saved.id).classifiers == {one: value, text_id: "важный"}


def test_delete_client_needs_right(db, session_of) -> None:
    manager = session_of("manager")
    card = _company(manager)
    with pytest.raises(AccessDenied):
        svc.delete_client(manager, card.id)
    svc.delete_client(session_of("admin"), card.id)
    with db.read() as conn:
        assert conn.execute(select(clients.c.id).where(clients.c.id == card.id)).first() is None

"""Constants, company structure, custom classifiers and auto-substitution in Firebird (ADM-4, ADM-10, DIC-3)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.data import company, dictionaries
from crm_desktop.data.schema import bank_accounts, classifiers, legal_entities, settings
from crm_desktop.domain.custom_classifiers import ValueKind
from crm_desktop.domain.validation import ValidationError
from crm_desktop.services import autosubstitution, company_admin
from crm_desktop.services import classifiers as classifier_service
from crm_desktop.services import dictionaries as dictionary_service
from crm_desktop.services.classifiers import ClassifierCard
from crm_desktop.services.company_admin import BankAccount, LegalEntity
from crm_desktop.services.session import AccessDenied

ENTITY = {"short_name": "ООО «Вектор»", "inn": "8045807303", "kpp": "804501004", "ogrn": "5173268193038"}
SBER = {"bank_name": "ПАО Сбербанк", "bik": "042202603", "corr_account": "30101810900000000603",
        "account_no": "40702810099722003322"}
ALFA = {"bank_name": "АО «Альфа-Банк»", "bik": "044525593", "corr_account": "30101810200000000593",
        "account_no": "40702810845383236405"}


def test_entities_accounts_and_defaults(db, session_of):
    admin = session_of("admin")
    first = company_admin.save_entity(admin, LegalEntity(None, ENTITY))
    second = company_admin.save_entity(admin, LegalEntity(None, {**ENTITY, "short_name": "ИП Иванов"}))
    assert first.is_default and not second.is_default
    company_admin.set_default_entity(admin, second.id)
    company_admin.save_account(admin, BankAccount(None, second.id, SBER))
    company_admin.save_account(admin, BankAccount(None, second.id, ALFA))
    alfa = [a for a in company_admin.accounts(admin, second.id) if a.values["bik"] == ALFA["bik"]][0]
    company_admin.set_default_account(admin, alfa.id)
    with db.read() as conn:
        defaults = conn.execute(select(legal_entities.c.short_name).where(legal_entities.c.is_default == 1)).scalars().all()
        accounts = conn.execute(select(bank_accounts.c.bik).where(bank_accounts.c.is_default == 1)).scalars().all()
    assert defaults == ["ИП Иванов"] and accounts == [ALFA["bik"]]


def test_invalid_requisites_are_refused_with_every_field(db, session_of):
    admin = session_of("admin")
    with pytest.raises(ValidationError) as err:
        company_admin.save_entity(admin, LegalEntity(None, {"short_name": "", "inn": "1234567890"}))
    assert {e.field for e in err.value.errors} == {"short_name", "inn"}
    entity = company_admin.save_entity(admin, LegalEntity(None, ENTITY))
    with pytest.raises(ValidationError) as err:
        company_admin.save_account(admin, BankAccount(None, entity.id, {**SBER, "account_no": "40702810099722003323"}))
    assert [e.field for e in err.value.errors] == ["account_no"]
    assert company_admin.accounts(admin, entity.id) == []


def test_department_in_use_names_its_users(db, session_of, users):
    admin = session_of("admin")
    dept = company_admin.add_department(admin, "Отдел продаж")
    company_admin.add_position(admin, dept, "Менеджер")
    with pytest.raises(ValueError, match="уже есть"):
        company_admin.add_department(admin, "отдел ПРОДАЖ")
    with db.begin() as conn:
        company.add_user(conn, login="x", password_hash="-", full_name="Занятой Иван",
                         role_id=company.role_ids(conn)["manager"], department_id=dept)
    with pytest.raises(ValueError, match="Занятой Иван"):
        company_admin.delete_node(admin, "department", dept)
    spare = company_admin.add_department(admin, "Склад")
    company_admin.rename(admin, "department", spare, "Склад № 1")
    company_admin.delete_node(admin, "department", spare)
    assert [(n.name, [c.name for c in n.children]) for n in company_admin.structure(admin)] == \
        [("Отдел продаж", ["Менеджер"])]


def test_constants_are_for_admins_only(db, session_of):
    with pytest.raises(AccessDenied):
        company_admin.entities(session_of("manager"))


def test_custom_classifier_lifecycle(db, session_of):
    admin = session_of("admin")
    car = classifier_service.save(admin, ClassifierCard(name="Тип автомобиля", hint="Какие машины", label="Авто"))
    ton = classifier_service.save(admin, ClassifierCard(name="Тоннажность а/м", value_kind=ValueKind.NUMBER))
    off = classifier_service.save(admin, ClassifierCard(name="Старый", is_active=False))
    assert car.code == f"custom_{car.id}"
    dictionary_service.add(admin, car.code, "Грузовой")
    classifier_service.move(admin, ton.id, -1)
    found = classifier_service.active_custom_classifiers(session_of("manager"))
    assert [(c.name, c.label, c.value_kind) for c in found] == [("Тоннажность а/м", "Тоннажность а/м", ValueKind.NUMBER),
                                                               ("Тип автомобиля", "Авто", ValueKind.DICTIONARY)]
    assert off.id not in {c.id for c in found}
    with db.read() as conn:
        assert conn.execute(select(classifiers.c.scope).where(classifiers.c.id == car.id)).scalar() == 3
        assert [i.name for i in dictionaries.items(conn, car.code)] == ["Грузовой"]
    with pytest.raises(ValueError, match="уже есть"):
        classifier_service.save(admin, ClassifierCard(name="тип АВТОМОБИЛЯ"))
    names = {e.name for e in classifier_service.dictionary_catalog(admin)}
    assert {car.code, "company_sizes", "reactions", "settlements"} <= names and ton.code not in names


def test_autosubstitution_defaults(db, session_of):
    admin = session_of("admin")
    with db.read() as conn:
        region = next(i for i in dictionaries.items(conn, "regions") if i.name == "Москва")
        city = dictionaries.items(conn, "settlements", region_id=region.id)[0]
        other = next(i for i in dictionaries.items(conn, "regions") if i.name != "Москва")
    assert autosubstitution.defaults(session_of("manager")) == autosubstitution.AutoDefaults(None, None)
    autosubstitution.save_defaults(admin, region.id, city.id)
    assert autosubstitution.defaults(session_of("manager")) == autosubstitution.AutoDefaults(region.id, city.id)
    with pytest.raises(ValueError, match="не относится"):
        autosubstitution.save_defaults(admin, other.id, city.id)
    with pytest.raises(AccessDenied):
        autosubstitution.save_defaults(session_of("manager"), None, None)
    autosubstitution.save_defaults(admin, None, None)
    with db.read() as conn:
        assert conn.execute(select(settings.c.setting_key).where(settings.c.setting_key.startswith("autosubst"))).all() == []

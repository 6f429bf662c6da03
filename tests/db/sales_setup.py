"""A supplier, a small nomenclature and clients for the sales-document tests, made through the
services as an administrator would."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, update

from crm_desktop.data.schema import clients, users
from crm_desktop.data.company_admin import BankAccount, LegalEntity
from crm_desktop.services import company_admin, nomenclature

D = Decimal


@dataclass
class Shop:
    entity_id: int
    account_id: int
    groups: dict[str, int]
    items: dict[str, int]
    clients: dict[str, int]


def make_shop(db, session_of, users_ids: dict[str, int]) -> Shop:
    admin = session_of("admin")
    entity = company_admin.save_entity(admin, LegalEntity(None, {
        "short_name": "ООО «Ромашка»", "full_name": "Общество с ограниченной ответственностью «Ромашка»",
        "inn": "7707083893", "kpp": "773601001", "ogrn": "1027700132195", "okpo": "",
        "legal_address": "125009, г. Москва, ул. Тверская, д. 1", "postal_address": "", "phone": "+7 495 123-45-67",
        "email": "", "director": "Иванов Иван Иванович", "chief_accountant": "Петрова Анна Сергеевна"}))
    company_admin.set_default_entity(admin, entity.id)
    company_admin.save_account(admin, BankAccount(None, entity.id, {
        "bank_name": "ПАО Сбербанк", "bik": "044525225", "corr_account": "30101810400000000225",
        "account_no": "40702810938000012345"}))
    account = company_admin.accounts(admin, entity.id)[0]
    company_admin.set_default_account(admin, account.id)
    groups = {"Бумага": nomenclature.save_group(admin, nomenclature.Group(None, None, "Бумага", 1)),
              "Услуги": nomenclature.save_group(admin, nomenclature.Group(None, None, "Услуги", 2))}
    groups["Офисная"] = nomenclature.save_group(admin, nomenclature.Group(None, groups["Бумага"], "Офисная", 1))
    unit = next(u for u in nomenclature.units(admin) if u[1] == "шт")[0]
    hour = next(u for u in nomenclature.units(admin) if u[1] == "ч")[0]

    def item(name: str, group: str, price: str, unit_id: int = unit, **extra) -> int:
        card = nomenclature.new_item(groups[group])
        card.values.update(name=name, sale_price=D(price), purchase_price=D(price) * D("0.7"), unit_id=unit_id,
                           **extra)
        return nomenclature.save_item(admin, card).id

    items = {"paper": item("Бумага А4 «Снегурочка», 500 л.", "Офисная", "350.00", code="P-001", article="SN-A4"),
             "stapler": item("Степлер №24", "Бумага", "1234.56"),
             "setup": item("Настройка CRM", "Услуги", "4500.00", hour, is_service=1),
             "fixed": item("Лицензия CRM (фиксированная цена)", "Услуги", "10000.00", no_discount=1)}
    with db.begin() as conn:
        ids = {}
        for name, curator in (("ООО «Аудит»", "manager"), ("ИП Сидоров", "manager2")):
            ids[name] = conn.execute(insert(clients).values(
                name=name, curator_id=users_ids[curator], inn="7705000001", kpp="770501001",
                legal_address="г. Москва, ул. Арбат, д. 10", credit_limit=None).returning(clients.c.id)).scalar_one()
        conn.execute(update(users).where(users.c.id == users_ids["manager"]).values(invoice_prefix="АМ"))
    return Shop(entity.id, account.id, groups, items, ids)

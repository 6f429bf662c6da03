"""The demo company's money side (SAL-1 … SAL-8): a nomenclature of a few hundred items in
groups, discount tiers, special offers, and for each demo manager invoices in every payment
state with their payments, acts, VAT invoices, sales, works and contracts — all made through
the services, as the managers themselves would, so the journals show real documents."""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from crm_desktop.data import company_admin, documents as doc_data, sample_rows, users as users_data
from crm_desktop.data.bulk import BulkLoader
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError
from crm_desktop.domain.money import VatMode
from crm_desktop.domain.pricing import LineInput, priced
from crm_desktop.services import contracts, documents, nomenclature, sales_works
from crm_desktop.services.auth import acting_as
from crm_desktop.services.session import Session

D = Decimal
# group -> subgroup -> (item names, unit, price range, VAT kind, service)
CATALOGUE: dict[str, dict[str, tuple[tuple[str, ...], str, tuple[int, int], str, bool]]] = {
    "Оборудование": {
        "Компьютеры": (("Системный блок «Офис»", "Системный блок «Бизнес»", "Системный блок «Про»",
                        "Моноблок 24\"", "Ноутбук 15,6\"", "Ноутбук 14\""), "шт", (35000, 120000), "general", False),
        "Мониторы": (("Монитор 22\"", "Монитор 24\"", "Монитор 27\"", "Монитор 32\" 4K"), "шт", (9000, 45000),
                     "general", False),
        "Печать": (("Принтер лазерный ч/б", "МФУ лазерное ч/б", "МФУ цветное", "Сканер протяжный"), "шт",
                   (12000, 80000), "general", False),
        "Сеть": (("Коммутатор 8 портов", "Коммутатор 24 порта", "Маршрутизатор", "Точка доступа Wi-Fi"), "шт",
                 (3000, 40000), "general", False),
    },
    "Расходные материалы": {
        "Бумага": (("Бумага А4, 500 л.", "Бумага А3, 500 л.", "Бумага цветная А4", "Фотобумага А4, 50 л."), "упак",
                   (250, 1500), "general", False),
        "Картриджи": (("Картридж чёрный", "Картридж голубой", "Картридж пурпурный", "Картридж жёлтый",
                       "Тонер-туба"), "шт", (1500, 9000), "general", False),
        "Канцтовары": (("Ручка шариковая", "Степлер №24", "Скобы №24, 1000 шт.", "Папка-регистратор",
                        "Блокнот А5"), "шт", (30, 900), "general", False),
    },
    "Программное обеспечение": {
        "Лицензии": (("Лицензия CRM на рабочее место", "Лицензия CRM, сервер приложений",
                      "Антивирус, 1 ПК на год", "Офисный пакет"), "шт", (3000, 60000), "none", False),
    },
    "Услуги": {
        "Внедрение": (("Настройка CRM", "Обучение пользователей", "Перенос данных", "Разработка отчёта"), "ч",
                      (1500, 4500), "general", True),
        "Сервис": (("Выезд инженера", "Диагностика", "Ремонт оборудования", "Абонентское обслуживание"), "ч",
                   (1200, 3500), "general", True),
    },
}
VARIANTS = ("", " (стандарт)", " (премиум)", " — комплект", " — эконом")
MANAGERS = ("sidorov", "kuznetsova", "petrova")
# how much of an invoice is paid: unpaid, part-paid twice, paid, overpaid (the client's advance)
PAYMENT_SHARES = ((), (D("0.3"), D("0.2")), (D("1"),), (D("0.6"), D("0.6")))
Report = Callable[[str], None]


def load(db: Database, report: Report, today: date | None = None, seed: int = 2026) -> None:
    today = today or date.today()
    rng = random.Random(seed)
    admin = acting_as(db, "admin")
    report("Демо-данные: номенклатура, скидки и спецпредложения")
    items = _nomenclature(admin, rng)
    nomenclature.save_discount_tiers(admin, [nomenclature.DiscountTier(D("50000"), D("3")),
                                             nomenclature.DiscountTier(D("100000"), D("5")),
                                             nomenclature.DiscountTier(D("300000"), D("7"))])
    contracts.save_tariff(admin, contracts.Tariff(None, "Базовый", D("15000.00"), "До 5 рабочих мест"))
    contracts.save_tariff(admin, contracts.Tariff(None, "Корпоративный", D("60000.00"), "До 50 рабочих мест"))
    groups = nomenclature.child_groups(admin, None)
    for login in MANAGERS:
        session = acting_as(db, login)
        with session.db.read() as conn:
            clients = doc_data.curated_clients(conn, session.user.id, 12)
        if len(clients) < 6:
            continue
        report(f"Демо-данные: документы менеджера {session.user.full_name}")
        nomenclature.save_special_offer(admin, clients[0], [(groups[1].id, D("10")), (None, D("3"))])
        _documents(session, clients, items, rng, today)


def _nomenclature(admin: Session, rng: random.Random) -> list[int]:
    units = {name: unit_id for unit_id, name, _ in nomenclature.units(admin)}
    ids = []
    code = 0
    for order, (group, subgroups) in enumerate(CATALOGUE.items(), 1):
        parent = nomenclature.save_group(admin, nomenclature.Group(None, None, group, order))
        for sub_order, (subgroup, (names, unit, (low, high), vat_kind, service)) in enumerate(subgroups.items(), 1):
            group_id = nomenclature.save_group(admin, nomenclature.Group(None, parent, subgroup, sub_order))
            for name in names:
                for variant in VARIANTS:
                    code += 1
                    card = nomenclature.new_item(group_id)
                    price = D(rng.randrange(low, high)).quantize(D("1")) + D(rng.choice((0, 50, 90))) / 100
                    markup = D(rng.choice((15, 20, 25, 30, 40)))
                    card.values.update(name=name + variant, code=f"{code:05d}", article=f"A-{code:05d}",
                                       unit_id=units[unit], sale_price=price, markup=markup,
                                       purchase_price=(price * 100 / (100 + markup)).quantize(D("0.01")),
                                       vat_kind=vat_kind, is_service=int(service),
                                       no_discount=int(code % 17 == 0), manufacturer=rng.choice(
                                           ("", "Вектор", "Альфа-Тех", "Северный завод")) or None)
                    ids.append(nomenclature.save_item(admin, card).id)
    return ids


def _documents(session: Session, clients: list[int], items: list[int], rng: random.Random, today: date) -> None:
    for n, client in enumerate(clients[:8]):
        day = today - timedelta(days=rng.randrange(3, 120))
        draft = documents.new_draft(session, "invoice", client, today=day)
        draft.lines = [documents.line_from_item(session, item, day, D(rng.randrange(1, 12)))
                       for item in rng.sample(items, rng.randrange(1, 6))]
        draft.due_date = day + timedelta(days=10)
        invoice = documents.save(session, draft)
        total = documents.settlement(session, invoice.id).total
        for k, share in enumerate(PAYMENT_SHARES[n % len(PAYMENT_SHARES)]):
            pay = documents.new_payment(session, invoice.id, today=day + timedelta(days=2 + k))
            pay.amount, pay.pay_kind, pay.doc_no = (total * share).quantize(D("0.01")), 2 - k % 2, str(100 + n * 3 + k)
            documents.save_payment(session, pay)
        if n % len(PAYMENT_SHARES) in (2, 3):
            act = documents.save(session, documents.enter_from_invoice(session, invoice.id, "act",
                                                                       today=day + timedelta(days=5)))
            documents.save(session, documents.enter_from_invoice(session, invoice.id, "vat-invoice",
                                                                 today=act.doc_date))
    for client in clients[:3]:
        day = today - timedelta(days=rng.randrange(1, 60))
        amount = D(rng.randrange(5, 90) * 1000)
        sales_works.save_sale(session, sales_works.Sale(None, client, day, "Ноутбук 15,6\" (стандарт)",
                                                        quantity=D(rng.randrange(1, 4)), amount=amount,
                                                        paid=amount, pay_date=day))
        sales_works.save_work(session, sales_works.Work(None, client, day, "Настройка CRM и обучение пользователей",
                                                        norm_hours=D(rng.randrange(2, 16)),
                                                        amount=D(rng.randrange(3, 30) * 1000)))
    types = contracts.contract_types(session)
    tariffs = contracts.tariffs(session)
    for n, client in enumerate(clients[:2]):
        card = contracts.new_contract(session, client, today=today - timedelta(days=30 * (n + 1)))
        card.type_id = types[n % len(types)][0] if types else None
        card.exp_date = card.sign_date + timedelta(days=365)
        card.tariff_id = tariffs[n % len(tariffs)].id if tariffs else None
        card.amount = D("120000.00")
        card.vat_amount = D("21639.34")
        card.params[0] = "5"           # the templates' payment term in banking days
        contracts.save(session, card)


# -- invoices at benchmark scale ------------------------------------------------------------------
_GENERATED_LINES = (("Системный блок «Офис»", 46000), ("Монитор 24\"", 14500), ("Бумага А4, 500 л.", 390),
                    ("Картридж чёрный", 4200), ("Настройка CRM", 3000), ("Абонентское обслуживание", 12000))
INVOICE_BATCH = 5000


@dataclass(frozen=True)
class _InvoiceJob:
    seed: int
    first_id: int
    numbers: dict[int, int]            # year -> first number of this batch's invoices of that year
    plan: list[tuple[int, int, date]]  # (client id, manager id, date) per invoice


def generate_invoices(db: Database, count: int, seed: int = 1, report: Report = lambda _: None,
                      today: date | None = None) -> int:
    """`crm-admin generate DB --invoices N`: N invoices of one line over the last three years,
    for clients already in the database, by their curators, numbered in their legal entity's
    series; bulk-loaded in batches like the clients (a killed run leaves whole batches)."""
    today = today or date.today()
    rng = random.Random(seed)
    with db.read() as conn:
        entity = next((e for e in company_admin.entities(conn) if e.is_default), None)
        ids, curators = doc_data.client_ids_and_curators(conn)
        fallback = [uid for uid, _ in users_data.all_users(conn)]
    if entity is None or not ids:
        raise DatabaseError("Для генерации счетов нужны юридическое лицо по умолчанию и клиенты: "
                            "crm-admin create … --demo или crm-admin generate … --clients N.")
    plan = []
    for _ in range(count):
        k = rng.randrange(len(ids))
        plan.append((ids[k], curators[k] or rng.choice(fallback), today - timedelta(days=rng.randrange(3 * 365))))
    plan.sort(key=lambda p: p[2])
    loader = BulkLoader(db, "generate-invoices")
    try:
        first_id = sample_rows.reserve_invoices(loader, count)
        years: dict[int, int] = {}
        for _, _, day in plan:
            years[day.year] = years.get(day.year, 0) + 1
        with db.begin() as conn:
            first_numbers = {y: doc_data.reserve_numbers(conn, "invoice", entity.id, y, n) for y, n in years.items()}
        jobs, seen = [], dict.fromkeys(years, 0)
        for n, start in enumerate(range(0, count, INVOICE_BATCH)):
            part = plan[start:start + INVOICE_BATCH]
            numbers = {y: first_numbers[y] + seen[y] for y in years}
            for _, _, day in part:
                seen[day.year] += 1
            jobs.append(_InvoiceJob(seed * 7919 + n, first_id + start, numbers, part))
        done = 0
        started = time.monotonic()

        def committed(batch: sample_rows.InvoiceBatch) -> None:
            nonlocal done
            done += len(batch.invoices)
            report(f"Счетов: {done} из {count} ({time.monotonic() - started:.0f} с)")
        loader.load((_invoice_batch(job, entity.id) for job in jobs), sample_rows.store_invoices, 2, committed)
        loader.recompute_statistics()
    finally:
        loader.close()
    return count


def _invoice_batch(job: _InvoiceJob, entity_id: int) -> sample_rows.InvoiceBatch:
    rng = random.Random(job.seed)
    batch = sample_rows.InvoiceBatch()
    next_no = dict(job.numbers)
    for offset, (client_id, manager_id, day) in enumerate(job.plan):
        name, price = rng.choice(_GENERATED_LINES)
        quantity = D(rng.randrange(1, 10))
        rate = D(22) if day.year >= 2026 else D(20)
        line = priced(LineInput(None, (), quantity, D(price), rate, False), VatMode.INSIDE)
        number = next_no[day.year]
        next_no[day.year] += 1
        invoice_id = job.first_id + offset
        batch.invoices.append(sample_rows.Invoice(invoice_id, client_id, entity_id, day.year, number, str(number), day,
                                                  manager_id, line.amount, line.vat_amount, line.total))
        batch.lines.append(sample_rows.InvoiceLine(invoice_id, 1, name, "шт", "796", quantity, line.base_price,
                                                   line.price, line.amount, rate, line.vat_amount, line.total))
    return batch

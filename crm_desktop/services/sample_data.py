"""Realistic Russian clients, contacts, events and tasks for the demo database and benchmarks.

Rows are the named tuples of data/sample_rows.py, ready for the bulk loader.
Names come from Faker's ru_RU locale; INN/KPP/OGRN carry correct check digits; phones are
valid Russian numbers, so everything passes the card's validation when opened and saved.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from faker import Faker

from crm_desktop.data.sample_rows import Batch, Client, ClientDirection, Contact, Event, Phone, Task
from crm_desktop.domain.contacts import reversed_digits
from crm_desktop.domain.requisites import make_inn10, make_inn12, make_kpp, make_ogrn

_FORMS = ("ООО", "ООО", "ООО", "АО", "ПАО", "ЗАО")
_AREA_CODES = ("495", "499", "812", "831", "843", "343", "383", "863", "846", "861", "473", "4212")
_JOBS = ("Генеральный директор", "Коммерческий директор", "Главный бухгалтер", "Менеджер по закупкам",
         "Начальник отдела снабжения", "Инженер", "Секретарь", "Юрист", "Руководитель ИТ-отдела")
_EVENT_TEXT = ("Обсудили потребности клиента", "Отправлено коммерческое предложение",
               "Клиент просил перезвонить через неделю", "Согласовали условия поставки",
               "Уточнили реквизиты для счёта", "Презентация продукции прошла успешно")
_RESULTS = ("Интерес подтверждён", "Нужна повторная встреча", "Отказ", "Ждём оплату", "")
DEMO_DIRECTIONS = ("Поставка оборудования", "Монтаж и пусконаладка", "Сервисное обслуживание",
                   "Обучение персонала")
_TASK_TEXT = ("Перезвонить по коммерческому предложению", "Подготовить договор",
              "Выставить счёт", "Согласовать отгрузку", "Встреча в офисе клиента")


@dataclass
class Refs:
    """Reference ids the generated rows point to."""
    cities: list[tuple[int, str, int, str | None]]   # id, name, region id, postal code
    users: list[int]
    classifier: dict[str, list[int]]                 # classifier code -> value ids
    stages: list[int]
    event_types: list[int]
    directions: list[int] = field(default_factory=list)


class SampleData:
    def __init__(self, refs: Refs, seed: int = 1, today: date | None = None) -> None:
        self.refs = refs
        self.rng = random.Random(seed)
        self.fake = Faker("ru_RU")
        self.fake.seed_instance(seed)
        self.today = today or date.today()

    def _phone(self, mobile: bool) -> str:
        r = self.rng
        if mobile:
            return f"+7 9{r.randint(0, 99):02d} {r.randint(200, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        code = r.choice(_AREA_CODES)
        rest = 10 - len(code)
        number = str(r.randint(2 * 10 ** (rest - 1), 10 ** rest - 1))
        return f"+7 ({code}) {number[:-4]}-{number[-4:-2]}-{number[-2:]}"

    def _person(self) -> tuple[str, str, str, str]:
        if self.rng.random() < 0.5:
            f = self.fake
            return f.last_name_male(), f.first_name_male(), f.middle_name_male(), "M"
        f = self.fake
        return f.last_name_female(), f.first_name_female(), f.middle_name_female(), "F"

    def _birthday(self) -> date:
        return self.today - timedelta(days=self.rng.randint(22 * 365, 65 * 365))

    def batch(self, first_id: int, first_code: int, first_contact_id: int, count: int,
              events_per_client: float = 0.0, tasks_per_client: float = 0.0) -> Batch:
        """`count` clients with 1-3 contacts each (ids and codes from the given starts)."""
        r, refs, out = self.rng, self.refs, Batch()
        contact_id = first_contact_id
        for n in range(count):
            cid, code = first_id + n, first_code + n
            city_id, city, region_id, postal = r.choice(refs.cities)
            curator = r.choice(refs.users)
            phone = self._phone(mobile=False)
            pick = {k: r.choice(v) for k, v in refs.classifier.items()}
            no_mailing = int(r.random() < 0.1)
            stage = r.choice(refs.stages)
            next_contact = self.today + timedelta(days=r.randint(-10, 30)) if r.random() < 0.4 else None
            # prospects and the reaction to the last contact feed the "hot" filter templates;
            # the curator registered the client
            assessed = {"prospects_id": pick.get("prospect_ratings"), "last_reaction_id": pick.get("reactions"),
                        "created_by": curator}
            if r.random() < 0.85:
                core = self.fake.last_name_male() + ("" if r.random() < 0.5 else " и партнёры")
                form = r.choice(_FORMS)
                inn = make_inn10(r)
                name = f"{form} «{core}»"
                out.clients.append(Client(
                    id=cid, code=code, client_kind=1, name=name, full_name=name, region_id=region_id,
                    city_id=city_id, city=city, postcode=postal, address=self.fake.street_address(), phone=phone,
                    email=self.fake.company_email(), curator_id=curator, status_id=pick["client_statuses"],
                    company_size_id=pick["company_sizes"], info_source_id=pick["info_sources"],
                    priority_id=pick["priorities"], activity_type_id=pick["activity_types"], stage_id=stage,
                    inn=inn, kpp=make_kpp(r, inn), ogrn=make_ogrn(r), surname=None, first_name=None,
                    patronymic=None, birthday=None, needs_attention=int(r.random() < 0.03),
                    next_contact_date=next_contact, no_email_mailing=no_mailing, **assessed))
                n_contacts = r.choice((1, 1, 2, 2, 3))
            else:
                surname, first, patronymic, _ = self._person()
                name = f"{surname} {first} {patronymic}"
                phone = self._phone(mobile=True)          # an individual's own number is a mobile
                out.clients.append(Client(
                    id=cid, code=code, client_kind=2, name=name, full_name=name, region_id=region_id,
                    city_id=city_id, city=city, postcode=postal, address=self.fake.street_address(),
                    phone=phone, email=self.fake.free_email(), curator_id=curator,
                    status_id=pick["client_statuses"], company_size_id=None, info_source_id=pick["info_sources"],
                    priority_id=pick["priorities"], activity_type_id=None, stage_id=stage, inn=make_inn12(r),
                    kpp=None, ogrn=None, surname=surname, first_name=first, patronymic=patronymic,
                    birthday=self._birthday(), needs_attention=0, next_contact_date=next_contact,
                    no_email_mailing=no_mailing, **assessed))
                n_contacts = 0
            if refs.directions:
                count = min(len(refs.directions), r.choice((1, 1, 2)))
                out.directions += [ClientDirection(cid, d) for d in r.sample(refs.directions, count)]
            out.phones.append(Phone(cid, None, reversed_digits(phone)))
            contacts_here = []
            for k in range(n_contacts):
                surname, first, patronymic, gender = self._person()
                office, mobile = self._phone(mobile=False), self._phone(mobile=True)
                out.contacts.append(Contact(
                    id=contact_id, client_id=cid, surname=surname, first_name=first, patronymic=patronymic,
                    job_title=r.choice(_JOBS), phone_office=office, phone_mobile=mobile,
                    email=self.fake.free_email(), salutation=f"{first} {patronymic}", birthday=self._birthday(),
                    gender=gender, is_main=int(k == 0)))
                out.phones.append(Phone(cid, contact_id, reversed_digits(office)))
                out.phones.append(Phone(cid, contact_id, reversed_digits(mobile)))
                contacts_here.append(contact_id)
                contact_id += 1
            self._activity(out, cid, curator, contacts_here, events_per_client, tasks_per_client)
        return out

    def _count(self, mean: float) -> int:
        whole = int(mean)
        return whole + (1 if self.rng.random() < mean - whole else 0)

    def _activity(self, out: Batch, cid: int, curator: int, contacts: list[int],
                  events_mean: float, tasks_mean: float) -> None:
        r, refs = self.rng, self.refs
        now = datetime.combine(self.today, datetime.min.time())
        for _ in range(self._count(events_mean)):
            at = now - timedelta(days=r.randint(0, 365), minutes=r.randint(9 * 60, 18 * 60))
            out.events.append(Event(
                client_id=cid, event_type_id=r.choice(refs.event_types), event_at=at, user_id=curator,
                contact_id=r.choice(contacts) if contacts else None, description=r.choice(_EVENT_TEXT),
                result=r.choice(_RESULTS) or None, stage_id=r.choice(refs.stages)))
        for _ in range(self._count(tasks_mean)):
            start = now + timedelta(days=r.randint(-5, 14), hours=r.randint(9, 17),
                                    minutes=r.choice((0, 15, 30, 45)))
            duration = r.choice((15, 30, 60, 90))
            report = int(r.random() < 0.4)
            out.tasks.append(Task(
                task_kind=2 if report else 1, client_id=cid, setter_id=r.choice(refs.users), executor_id=curator,
                set_at=now - timedelta(days=r.randint(1, 10)), importance=r.randint(1, 3), start_at=start,
                due_at=start + timedelta(minutes=duration), duration_min=duration, body=r.choice(_TASK_TEXT),
                requires_report=report, status=1))

"""Administrator's use cases behind `crm-admin`: create, upgrade, back up, restore, copy,
check, repair, generate (PLAT-3, PLAT-4, PLAT-6, PLAT-7, PLAT-8)."""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from contextlib import contextmanager
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crm_desktop.data import backup as fbbackup
from crm_desktop.data import company, dictionaries, health, migrations, pump, references, sample_rows
from crm_desktop.data.address import DbAddress
from crm_desktop.data.bulk import BulkLoader
from crm_desktop.data.credentials import Credentials
from crm_desktop.data.database import Database, create_database, drop_database
from crm_desktop.data.dbinfo import facts
from crm_desktop.data.errors import DatabaseError, MigrationFailed
from crm_desktop.domain.passwords import hash_password
from crm_desktop.domain.permissions import Permission
from crm_desktop.services import accounts
from crm_desktop.services.sample_data import DEMO_DIRECTIONS, Refs, SampleData

Report = Callable[[str], None]
DEMO_PASSWORD = "demo"


def _quiet(_: str) -> None:
    pass


def create(address: DbAddress, credentials: Credentials, version: int | None = None,
           demo: bool = False, report: Report = _quiet,
           directory: Path = migrations.MIGRATIONS_DIR) -> int:
    """A new database at `version` (default: latest) with all reference data."""
    target = migrations.latest_version(directory) if version is None else version
    if demo and target != migrations.latest_version(directory):
        raise DatabaseError("Демо-данные создаются только в базе последней версии.")
    create_database(address, credentials)
    db = Database(address, credentials, pool_size=0)
    try:
        reached = migrations.migrate(db, target, directory, start=0,
                                     on_step=lambda s: report(f"Шаг {s.version}: {s.name}"))
        if demo:
            load_demo(db, report)
            accounts.sync(db, password=DEMO_PASSWORD)
        return reached
    finally:
        db.dispose()


def version(address: DbAddress, credentials: Credentials) -> int:
    db = Database(address, credentials, pool_size=0)
    return migrations.current_version(db)


def default_backup_path(address: DbAddress, from_version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{Path(address.path).stem}-v{from_version}-{stamp}.fbk"
    return Path(address.path).with_name(name) if address.embedded else Path.cwd() / name


@dataclass(frozen=True)
class UpgradeResult:
    from_version: int
    to_version: int
    backup: Path | None
    issued: list[accounts.Issued] = field(default_factory=list)   # temporary passwords on a server


def upgrade(address: DbAddress, credentials: Credentials, to: int | None = None,
            backup_path: Path | None = None, report: Report = _quiet,
            directory: Path = migrations.MIGRATIONS_DIR) -> UpgradeResult:
    """Back up, then move one version at a time; a failed step is undone by restoring the
    backup and replaying the steps that had succeeded, so the database ends at the last
    good version (Firebird commits a step's DDL before its data)."""
    target = migrations.latest_version(directory) if to is None else to
    db = Database(address, credentials, pool_size=0)
    start = migrations.current_version(db)
    if target < start:
        raise DatabaseError(f"База данных уже в версии {start}; понижение версии до {target} невозможно.")
    if target == start:
        report(f"База данных уже в версии {start}, обновление не требуется.")
        return UpgradeResult(start, start, None)
    backup_path = backup_path or default_backup_path(address, start)
    report(f"Резервная копия: {backup_path}")
    fbbackup.backup(address, credentials, backup_path)
    reached = start
    try:
        migrations.drop_access_views(db)
        for step in migrations.discover(directory)[start:target]:
            report(f"Версия {reached} → {step.version}: {step.name}")
            migrations.apply_step(db, step)
            reached = step.version
        if migrations.has_declared_schema(reached):
            migrations.sync_privileges(db)
    except Exception as exc:
        detail = " ".join(str(exc).split())[:300]
        db.dispose()
        fbbackup.restore(backup_path, address, credentials, replace=True)
        migrations.migrate(Database(address, credentials, pool_size=0), reached, directory, start=start)
        raise MigrationFailed(reached + 1, reached, detail, str(backup_path)) from None
    issued = accounts.sync(db) if migrations.has_declared_schema(reached) else []
    db.dispose()
    return UpgradeResult(start, reached, backup_path, issued)


def backup(address: DbAddress, credentials: Credentials, target: Path) -> fbbackup.BackupFile:
    return fbbackup.backup(address, credentials, target)


def restore_note(made: fbbackup.BackupFile) -> str | None:
    """A gbak file restores on the Firebird that wrote it and newer ones only; the office
    server may be older than the embedded Firebird 5, so say where the file will not go."""
    if made.engine_version <= min(fbbackup.OLDEST_READER.values()):
        return None
    return (f"Файл восстанавливается только на Firebird {made.engine_version} и новее (формат gbak "
            f"{made.gbak_format}); на сервер более старой версии базу переносит команда crm-admin copy.")


def restore(source: Path, address: DbAddress, credentials: Credentials, replace: bool = False) -> None:
    fbbackup.restore(source, address, credentials, replace=replace)


@dataclass(frozen=True)
class CopyResult:
    version: int
    tables: int
    rows: int
    seconds: float
    issued: list[accounts.Issued] = field(default_factory=list)   # temporary passwords on a server


def copy(source: DbAddress, source_credentials: Credentials, target: DbAddress,
         target_credentials: Credentials, report: Report = _quiet, batch: int = 2000) -> CopyResult:
    """A new database at `target` with the metadata of the source's version, built by the
    migrations on the target's engine, and all the source's rows (data/pump.py): the way
    between engines and Firebird versions that a gbak file cannot take (PLAT-8). A failure
    drops the half-made target."""
    started = time.monotonic()
    src = Database(source, source_credentials, pool_size=0)
    version = migrations.current_version(src)
    if version > migrations.latest_version():
        raise DatabaseError(f"База данных {source} имеет версию {version}, а программа знает версии до "
                            f"{migrations.latest_version()}: установите программу новее.")
    create_database(target, target_credentials)
    dst = Database(target, target_credentials, pool_size=0)
    try:
        migrations.migrate(dst, version, start=0, on_step=lambda s: report(f"Шаг {s.version}: {s.name}"))
        copier = pump.Pump(src, dst, batch)
        try:
            result = copier.run(lambda p: report(_progress_line(p)))
        finally:
            copier.close()
    except BaseException:
        dst.dispose()
        _drop(target, target_credentials)
        raise
    finally:
        src.dispose()
    issued = accounts.sync(dst) if migrations.has_declared_schema(version) else []
    dst.dispose()
    return CopyResult(version, len(result.rows), sum(result.rows.values()), time.monotonic() - started, issued)


def _progress_line(p: pump.Progress, width: int = 20) -> str:
    share = p.all_done / p.all_total if p.all_total else 1.0
    filled = round(share * width)
    return (f"[{'#' * filled}{'.' * (width - filled)}] {share:4.0%}  таблица {p.number}/{p.tables} {p.table}: "
            f"{p.done} из {p.total}")


def _drop(address: DbAddress, credentials: Credentials) -> None:
    try:
        if address.embedded:
            Path(address.path).unlink(missing_ok=True)
        else:
            drop_database(address, credentials)
    except DatabaseError:
        pass


def check(address: DbAddress, credentials: Credentials) -> tuple[list[str], list[str]]:
    """(facts, problems) of a database; an unreachable one raises with the reason. Problems
    include what makes it wrong or slow without any error: indexes left off by a bulk load
    that died, and whatever Firebird's validation finds in pages and records (issue 8)."""
    db = Database(address, credentials, pool_size=0)
    info = facts(db)
    lines = [f"Сервер: Firebird {info.engine_version}",
             f"Размер страницы: {info.page_size}",
             f"ODS: {info.ods}",
             f"Размер базы: {info.pages * info.page_size / 1024 / 1024:.1f} МБ",
             f"Подключений: {info.attachments}"]
    problems: list[str] = []
    expected = migrations.latest_version()
    try:
        found = migrations.current_version(db)
        lines.insert(1, f"Версия базы данных: {found}")
        if found < expected:
            problems.append(f"Версия базы {found} устарела (программе нужна {expected}): "
                            f"crm-admin upgrade {address}")
        elif found > expected:
            problems.append(f"Версия базы {found} новее программы ({expected}): обновите программу.")
    except DatabaseError as exc:
        problems.append(str(exc))
    if info.page_size < 8192:
        problems.append(f"Размер страницы {info.page_size} меньше рекомендуемых 8192: "
                        "пересоздайте базу через backup/restore.")
    indexes = health.index_state(db)
    if not indexes.inactive:
        lines.append("Индексы: все включены")
    elif indexes.loads:
        lines.append(f"Идёт массовая загрузка ({', '.join(indexes.loads)}): на её время выключено "
                     f"индексов: {len(indexes.inactive)}")
    else:
        problems.append(f"Выключены индексы ({len(indexes.inactive)}): "
                        f"{', '.join(i.name for i in indexes.inactive)}; поиск и списки по их полям "
                        f"идут полным перебором: включите их командой crm-admin repair {address}")
    validation = health.validate(address, credentials)
    lines.append(f"Проверка структуры: таблиц {validation.tables}, замечаний {len(validation.findings)}")
    problems += [_finding_problem(finding, address) for finding in validation.findings]
    return lines, problems


def _finding_problem(finding: health.Finding, address: DbAddress) -> str:
    if "lock failed" in finding.text:
        return (f"Таблица {finding.table} не проверена, её держит другое подключение ({finding.text}): "
                "повторите проверку, когда пользователи закончат работу.")
    if finding.index is not None:
        return (f"Повреждён индекс таблицы {finding.table}: {finding.text}; перестройте его командой "
                f"crm-admin repair {address}")
    if health.is_page_hint(finding):
        return (f"Отметки заполненности страниц таблицы {finding.table} отстают от самих страниц "
                f"({finding.text}), как их оставляет прерванная загрузка; данные целы: исправьте их командой "
                f"crm-admin repair {address}, когда к базе никто не подключён.")
    where = f" в таблице {finding.table}" if finding.table else ""
    return (f"Повреждение{where}: {finding.text}; сделайте резервную копию и восстановите из неё базу "
            "(crm-admin backup, crm-admin restore --replace), а если копия не делается — gfix -mend.")


def repair(address: DbAddress, credentials: Credentials,
           report: Report = _quiet) -> tuple[list[str], list[str]]:
    """(what was done, what is left): switches on the indexes a bulk load that died left off and
    rebuilds the ones validation finds damaged, each from its table, recomputes the statistics of
    every index, which a big load makes stale, rewrites pointer pages' free-space bits a killed
    load left behind (with nobody else attached), and validates again. Damaged pages and records
    are left alone: a backup and restore is their repair, and the problems say so."""
    db = Database(address, credentials, pool_size=0)
    done = health.repair_indexes(db, lambda index: report(f"Перестроение индекса {index.name} ({index.table})…"))
    if done.loads:
        return [(f"Идёт массовая загрузка ({', '.join(done.loads)}): её индексы выключены намеренно "
                 "и будут включены ею по окончании, поэтому ничего не изменено.")], []
    validation = health.validate(address, credentials)
    if any(health.is_page_hint(finding) for finding in validation.findings):
        report("Исправление отметок заполненности страниц…")
        health.fix_page_hints(address, credentials)
        validation = health.validate(address, credentials)
    lines = [f"Включено индексов: {len(done.activated)}"
             + (f" ({', '.join(i.name for i in done.activated)})" if done.activated else ""),
             f"Перестроено повреждённых индексов: {len(done.rebuilt)}"
             + (f" ({', '.join(i.name for i in done.rebuilt)})" if done.rebuilt else ""),
             f"Пересчитана статистика индексов: {done.statistics}",
             f"Проверка структуры: таблиц {validation.tables}, замечаний {len(validation.findings)}"]
    problems = [f"Индекс {name} не включён ({reason}): исправьте данные и повторите "
                f"crm-admin repair {address}" for name, reason in done.failed.items()]
    return lines, problems + [_finding_problem(finding, address) for finding in validation.findings]


@dataclass(frozen=True)
class GenerateResult:
    clients: int
    contacts: int
    seconds: float


def _refs(db: Database) -> Refs:
    """What generated clients point to. Curators are not made up here: users in a new database
    would end its first-run wizard, which creates our organisation and the administrator."""
    with db.read() as conn:
        users = references.active_user_ids(conn)
        if not users:
            raise DatabaseError(f"В базе {db.address} нет действующих пользователей, которым можно поручить "
                                f"клиентов: заведите их в программе (crm --db {db.address}; в новой базе "
                                "сначала откроется мастер первого запуска) или возьмите для замеров базу "
                                "с демо-организацией (crm-admin create ФАЙЛ --demo).")
        return Refs(references.city_choices(conn), users, references.classifier_value_ids(conn),
                    references.stage_ids(conn), references.event_type_ids(conn), references.direction_ids(conn))


@dataclass(frozen=True)
class _BatchJob:
    refs: Refs
    seed: int
    first_id: int
    first_code: int
    first_contact: int
    count: int
    events: float
    tasks: float


def _make_batch(job: _BatchJob) -> sample_rows.Batch:
    """Runs in a worker process: Faker and the check digits cost as much as the inserts."""
    return SampleData(job.refs, job.seed).batch(job.first_id, job.first_code, job.first_contact, job.count,
                                                job.events, job.tasks)


REBUILD_INDEXES_FROM = 50_000  # clients; below it a rebuild of what is there costs more than it saves
# attachments inserting batches side by side: the engine's work is most of a load, and with two it
# can take both cores of a small machine while the rows are made (100 000 clients on 2 shared
# cores: 47-56 s with two, 47-68 s with one); a server with more cores may take more (--connections)
INSERTING_CONNECTIONS = 2


def generate(db: Database, clients: int, seed: int = 1, events_per_client: float = 0.0,
             tasks_per_client: float = 0.0, batch: int = 5000, rebuild_indexes: bool | None = None,
             report: Report = _quiet, connections: int = INSERTING_CONNECTIONS) -> GenerateResult:
    """Bulk clients with contacts: a worker process makes the rows while this one inserts them
    on `connections` attachments side by side, one commit per batch, indexes of big loads
    (`rebuild_indexes`, by default from REBUILD_INDEXES_FROM clients) switched off and rebuilt
    once at the end. Killed at any moment, it leaves whole batches only; indexes it left off are
    switched on by the next run (or by `crm-admin repair`), and a run that fails with an error
    switches them on as it stops."""
    if clients <= 0:
        raise DatabaseError("Количество клиентов должно быть положительным.")
    if batch <= 0:
        raise DatabaseError("Размер пачки должен быть положительным.")
    if connections <= 0:
        raise DatabaseError("Число подключений должно быть положительным.")
    started = time.monotonic()
    refs = _refs(db)
    rebuild = clients >= REBUILD_INDEXES_FROM if rebuild_indexes is None else rebuild_indexes
    loader = BulkLoader(db, "generate")
    contacts = done = 0
    try:
        left = loader.left_off()
        if left:
            report(f"Индексов, оставленных выключенными прерванной загрузкой: {len(left)}; "
                   f"они будут {'перестроены в конце' if rebuild else 'включены сейчас'}.")
        if rebuild:
            loader.indexes_off()
        else:
            loader.indexes_on()
        try:
            first_id, first_code, first_contact = sample_rows.reserve(loader, clients, 3 * clients)
            jobs = [_BatchJob(refs, seed * 100_003 + n, first_id + start, first_code + start,
                              first_contact + 3 * start, min(batch, clients - start), events_per_client,
                              tasks_per_client)
                    for n, start in enumerate(range(0, clients, batch))]

            def committed(rows: sample_rows.Batch) -> None:
                nonlocal done, contacts
                done += len(rows.clients)
                contacts += len(rows.contacts)
                report(f"Клиентов: {done} из {clients} ({time.monotonic() - started:.0f} с)")

            with _pool(len(jobs)) as pool:
                loader.load(_ahead(pool, jobs), sample_rows.store, min(connections, len(jobs)), committed)
        except BaseException:
            if rebuild:
                report(f"Загрузка остановлена после {done} клиентов; включение индексов…")
            if not loader.abandon() and rebuild:
                report(f"Индексы остались выключенными: их включит следующий запуск generate "
                       f"или команда crm-admin repair {db.address}")
            raise
        if rebuild:
            report("Перестроение индексов…")
        loader.indexes_on()
        loader.recompute_statistics()
    finally:
        loader.close()
    return GenerateResult(clients, contacts, time.monotonic() - started)


def _ahead(pool, jobs: list[_BatchJob], depth: int = 2):
    """Batches in order, at most `depth` made ahead: memory stays flat however many clients."""
    if pool is None:
        yield from map(_make_batch, jobs)
        return
    pending: deque = deque()
    for job in jobs:
        pending.append(pool.apply_async(_make_batch, (job,)))
        if len(pending) > depth:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


@contextmanager
def _pool(jobs: int):
    """A worker process for big loads; small ones make their rows here (a process costs more)."""
    if jobs < 3:
        yield None
        return
    import multiprocessing
    with multiprocessing.get_context("spawn").Pool(1, _exit_with, (os.getpid(),)) as pool:
        yield pool


def _exit_with(parent: int) -> None:
    """In the worker: leave when the loading process is gone. A SIGKILLed parent cannot stop
    its pool, and the worker, holding both ends of its task pipe, would wait for work forever."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)
    threading.Thread(target=watch, daemon=True).start()


# -- the demo company ----------------------------------------------------------------------

DEMO_USERS = [  # login, full name, role, department, position, prefix, extra permissions
    ("admin", "Иванов Сергей Петрович", "admin", "Руководство", "Директор", "ИС", ()),
    ("petrova", "Петрова Анна Викторовна", "supervisor", "Отдел продаж", "Руководитель отдела продаж",
     "АП", (Permission.PRIVATE_CLIENTS, Permission.GROUP_PROCESSING)),
    ("sidorov", "Сидоров Алексей Михайлович", "manager", "Отдел продаж", "Менеджер по продажам", "АС", ()),
    ("kuznetsova", "Кузнецова Мария Игоревна", "manager", "Отдел продаж", "Менеджер по продажам", "МК",
     (Permission.PRIVATE_CLIENTS,)),
    ("orlov", "Орлов Дмитрий Андреевич", "specialist", "Сервисная служба", "Инженер", "ДО", ()),
]


def load_demo(db: Database, report: Report = _quiet, clients: int = 300) -> None:
    """A coherent demo company: our legal entity with two accounts, users in every role, its
    directions, and a few hundred clients with contacts, events and tasks. Every user's
    password is 'demo'."""
    report("Демо-данные: организация и пользователи")
    with db.begin() as conn:
        entity = company.add_legal_entity(
            conn, short_name="ООО «Вектор»", full_name="Общество с ограниченной ответственностью «Вектор»",
            inn="5262283736", kpp="526201001", ogrn="1135262000212",
            legal_address="603000, г. Нижний Новгород, ул. Большая Покровская, д. 15, оф. 7",
            postal_address="603000, г. Нижний Новгород, а/я 112", phone="+7 (831) 233-13-03",
            email="office@vector-nn.ru", director="Иванов С. П.", chief_accountant="Смирнова Е. В.",
            is_default=1)
        company.add_bank_account(conn, entity, bank_name="ПАО Сбербанк", bik="042202603",
                                 corr_account="30101810900000000603", account_no="40702810942000012345",
                                 is_default=1)
        company.add_bank_account(conn, entity, bank_name="АО «Альфа-Банк»", bik="044525593",
                                 corr_account="30101810200000000593", account_no="40702810701300012345")
        roles = company.role_ids(conn)
        departments: dict[str, int] = {}
        positions: dict[tuple[str, str], int] = {}
        password = hash_password(DEMO_PASSWORD)
        for login, name, role, dept, pos, prefix, extra in DEMO_USERS:
            if dept not in departments:
                departments[dept] = company.add_department(conn, dept, len(departments))
            if (dept, pos) not in positions:
                positions[dept, pos] = company.add_position(conn, departments[dept], pos)
            company.add_user(conn, extra, login=login, password_hash=password, full_name=name,
                             role_id=roles[role], department_id=departments[dept],
                             position_id=positions[dept, pos], invoice_prefix=prefix,
                             work_email=f"{login}@vector-nn.ru",
                             client_access=4 if role in ("admin", "supervisor") else 2)
        for direction in DEMO_DIRECTIONS:
            dictionaries.add(conn, "directions", direction)
    report(f"Демо-данные: {clients} клиентов с контактами, событиями и задачами")
    generate(db, clients, seed=2026, events_per_client=3, tasks_per_client=0.5)
    from crm_desktop.services import sales_demo, stock_demo
    sales_demo.load(db, report)
    stock_demo.load(db, report)

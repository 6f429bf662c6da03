"""`crm-admin`: the administrator's tool for databases (exit 0 on success, else one line)."""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from crm_desktop.data.address import DbAddress, parse_address
from crm_desktop.data.credentials import Credentials, resolve
from crm_desktop.data.database import Database
from crm_desktop.data.errors import DatabaseError
from crm_desktop.services import accounts, admin


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crm-admin", description="Администрирование баз данных CRM.")
    p.add_argument("--user", help="пользователь Firebird (иначе ISC_USER, иначе связка ключей)")
    p.add_argument("--password", help="пароль Firebird (иначе ISC_PASSWORD, иначе связка ключей)")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("create", help="создать новую базу данных с типовыми справочниками")
    c.add_argument("db")
    c.add_argument("--version", type=int, help="создать базу в старой версии N (для проверки обновлений)")
    c.add_argument("--demo", action="store_true", help="добавить демо-организацию и клиентов")

    us = sub.add_parser("users", help="учётные записи Firebird пользователей CRM (база на сервере)")
    us_sub = us.add_subparsers(dest="users_command", required=True)
    sy = us_sub.add_parser("sync", help="создать недостающих пользователей Firebird с временными паролями, "
                                        "выдать роли, отключить уволенных (после обновления или "
                                        "восстановления на новом сервере)")
    sy.add_argument("db")
    sy.add_argument("--reset", action="store_true", help="выдать новые временные пароли всем пользователям")
    sy.add_argument("--set-password", metavar="ПАРОЛЬ",
                    help="задать всем пользователям этот пароль без смены при входе (демо-базы, замеры)")

    v = sub.add_parser("version", help="показать номер версии базы данных")
    v.add_argument("db")

    u = sub.add_parser("upgrade", help="обновить базу по шагам, сделав резервную копию")
    u.add_argument("db")
    u.add_argument("--to", type=int, help="целевая версия (по умолчанию последняя)")
    u.add_argument("--backup", type=Path, help="куда сохранить резервную копию перед обновлением")

    b = sub.add_parser("backup", help="резервная копия (формат gbak)")
    b.add_argument("db")
    b.add_argument("file", type=Path)

    r = sub.add_parser("restore", help="восстановить базу из резервной копии")
    r.add_argument("file", type=Path)
    r.add_argument("db")
    r.add_argument("--replace", action="store_true", help="заменить существующую базу")

    cp = sub.add_parser("copy", help="скопировать базу в новую на другом движке или версии Firebird")
    cp.add_argument("source")
    cp.add_argument("target")
    cp.add_argument("--batch", type=int, default=2000, help="строк в одной порции")

    k = sub.add_parser("check", help="проверить подключение и состояние базы: версию, индексы, "
                                     "страницы и записи (как gfix -v -full)")
    k.add_argument("db")

    rp = sub.add_parser("repair", help="включить индексы, оставленные выключенными прерванной загрузкой, "
                                       "и пересчитать статистику индексов")
    rp.add_argument("db")

    g = sub.add_parser("generate", help="наполнить базу реалистичными клиентами (для замеров)")
    g.add_argument("db")
    g.add_argument("--clients", type=int, default=0)
    g.add_argument("--invoices", type=int, default=0,
                   help="счетов по уже созданным клиентам (нужно юр. лицо по умолчанию)")
    g.add_argument("--movements", type=int, default=0,
                   help="строк складских документов за два года (проводятся полным перепроведением)")
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--events", type=float, default=0.0, help="событий на клиента в среднем")
    g.add_argument("--batch", type=int, default=5000, help="клиентов в одной транзакции")
    g.add_argument("--connections", type=int, default=admin.INSERTING_CONNECTIONS,
                   help="подключений, вставляющих пачки одновременно")
    g.add_argument("--rebuild-indexes", action="store_true", default=None,
                   help="выключить индексы на время загрузки и перестроить в конце "
                        f"(без ключа: от {admin.REBUILD_INDEXES_FROM} клиентов)")
    return p


def _target(args: argparse.Namespace) -> tuple[DbAddress, Credentials]:
    address = parse_address(args.db)
    return address, resolve(str(address), args.user, args.password)


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    say = lambda line: print(line, flush=True)  # noqa: E731
    if args.command == "restore":
        address = parse_address(args.db)
        admin.restore(args.file, address, resolve(str(address), args.user, args.password), args.replace)
        say(f"База данных {address} восстановлена из {args.file}.")
        return 0
    if args.command == "copy":
        source, target = parse_address(args.source), parse_address(args.target)
        result = admin.copy(source, resolve(str(source), args.user, args.password),
                            target, resolve(str(target), args.user, args.password), say, args.batch)
        say(f"База данных {source} скопирована в {target} (версия {result.version}): таблиц "
            f"{result.tables}, строк {result.rows}, число строк каждой таблицы совпадает; "
            f"{result.seconds:.1f} с.")
        _say_issued(result.issued, say)
        return 0
    address, credentials = _target(args)
    if args.command == "create":
        version = admin.create(address, credentials, args.version, args.demo, say)
        say(f"База данных {address} создана, версия {version}.")
        if args.demo:
            say(f"Демо-пользователи: admin, petrova, sidorov, kuznetsova, orlov; пароль {admin.DEMO_PASSWORD}.")
    elif args.command == "version":
        say(str(admin.version(address, credentials)))
    elif args.command == "upgrade":
        result = admin.upgrade(address, credentials, args.to, args.backup, say)
        say(f"База данных в версии {result.to_version}.")
        _say_issued(result.issued, say)
    elif args.command == "users":
        if address.embedded:
            say("Встроенная база (файл) не защищается учётными записями Firebird: пароли проверяет "
                "программа. Учётные записи нужны базе на сервере.")
            return 0
        db = Database(address, credentials, pool_size=0)
        try:
            issued = accounts.sync(db, password=args.set_password, reset=args.reset)
            if not args.set_password:
                _say_issued(issued, say)
        finally:
            db.dispose()
        say("Учётные записи Firebird соответствуют пользователям CRM.")
    elif args.command == "backup":
        made = admin.backup(address, credentials, args.file)
        say(f"Резервная копия {address} сохранена в {args.file}.")
        note = admin.restore_note(made)
        if note:
            say(note)
    elif args.command == "check":
        return _outcome(*admin.check(address, credentials), say)
    elif args.command == "repair":
        return _outcome(*admin.repair(address, credentials, say), say)
    elif args.command == "generate":
        db = Database(address, credentials, pool_size=0)
        if not args.clients and not args.invoices and not args.movements:
            say("Укажите --clients N, --invoices N и/или --movements N.")
            return 2
        if args.clients:
            result = admin.generate(db, args.clients, args.seed, args.events, batch=args.batch,
                                    rebuild_indexes=args.rebuild_indexes, report=say, connections=args.connections)
            say(f"Создано клиентов: {result.clients}, контактных лиц: {result.contacts} "
                f"за {result.seconds:.0f} с.")
        if args.invoices:
            from crm_desktop.services.sales_demo import generate_invoices
            started = time.monotonic()
            generate_invoices(db, args.invoices, args.seed, report=say)
            say(f"Создано счетов: {args.invoices} за {time.monotonic() - started:.0f} с.")
        if args.movements:
            from crm_desktop.services.stock_demo import generate_movements
            started = time.monotonic()
            result = generate_movements(db, args.movements, args.seed, report=say)
            say(f"Создано строк складских документов: {result.lines} ({result.documents} документов) "
                f"за {time.monotonic() - started:.0f} с; полное перепроведение — {result.seconds:.1f} с.")
    return 0


def _say_issued(issued: list[accounts.Issued], say: Callable[[str], None]) -> None:
    """Temporary passwords for the administrator to hand out; each is changed at first login."""
    if issued:
        say("Выданы временные пароли (пользователь сменит его при первом входе):")
        for item in issued:
            say(f"  {item.login}: {item.password}")


def _outcome(lines: list[str], problems: list[str], say: Callable[[str], None]) -> int:
    """Facts to stdout, problems to stderr; exit 1 when there are problems."""
    for line in lines:
        say(line)
    for problem in problems:
        print(f"Проблема: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return run(argv)
    except (DatabaseError, ValueError, OSError) as exc:
        print(f"Ошибка: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

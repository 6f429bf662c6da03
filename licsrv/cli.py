"""`crm-licsrv`: the licence server, its status, activation and the vendor's tools.

Exit code 0 on success; otherwise one line on stderr saying what went wrong.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from crm_desktop.domain.editions import Edition
from crm_desktop.licensing.discovery import find_server
from crm_desktop.licensing.wire import DEFAULT_PORTS, ProtocolError, call
from licsrv.activation import activate_manually
from licsrv.fingerprint import default_provider
from licsrv.keyfile import load_key
from licsrv.manual_codes import CodeError, answer_request, request_code
from licsrv.online_activation import ACTIVATION_URL_ENV, ActivationError, activate_online
from licsrv.server import LicenceServer
from licsrv.service import LicenceService
from licsrv.signed_document import SignatureError
from licsrv.vendor_keys import generate_key_pair, load_private_key, vendor_public_key
from licsrv.vendor_service import VendorHttpServer, VendorService
from licsrv.vendor_tools import DEFAULT_PRODUCT, issue_key, write_key


class CliError(Exception):
    pass


def _ports(port: int | None) -> tuple[int, ...]:
    return (port,) if port is not None else DEFAULT_PORTS


def _peer(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host, int(port)


def cmd_serve(args: argparse.Namespace) -> int:
    if not args.keys.is_dir():
        raise CliError(f"Папка ключей не найдена: {args.keys}")
    service = LicenceService(args.keys, default_provider(), activation_url=args.activation_url,
                             seat_timeout=args.seat_timeout)
    server = LicenceServer(service, args.host, _ports(args.port),
                           peers=[_peer(p) for p in args.peer] if args.peer else None)
    stop = _stop_on_signal() if args.headless else None
    with server:
        print(f"Сервер лицензий слушает {server.host}:{server.port}", flush=True)
        if stop is not None:
            while not stop.wait(1.0):
                pass
        else:
            from licsrv.tray import run_gui  # Qt only when a window is wanted
            return run_gui(server)
    return 0


def _stop_on_signal() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def cmd_status(args: argparse.Namespace) -> int:
    address = find_server(args.host, _ports(args.port))
    if address is None:
        raise CliError(f"Сервер лицензий не найден на {args.host}")
    try:
        answer = call(address.host, address.port, {"op": "status"})
    except (OSError, ProtocolError) as exc:
        raise CliError(f"Сервер лицензий {address} не ответил: {exc}") from exc
    print(f"Сервер лицензий {address}")
    for lic in answer.get("licences", []):
        holders = lic.get("holders", [])
        served = ", обслуживается" if lic.get("served") else ""
        edition = lic.get("edition")
        edition = Edition(edition).title if edition in set(Edition) else "-"
        print(f"{lic.get('file')}: {lic.get('status_title')}{served}; {lic.get('licensee', '-')}, "
              f"{lic.get('serial', '-')}, {edition}, "
              f"мест занято {len(holders)} из {lic.get('seats', '-')}. {lic.get('reason', '')}")
        for h in holders:
            print(f"    {h.get('user')} — {h.get('host')} ({h.get('address')}) с {h.get('since')}")
    return 0


def cmd_request_code(args: argparse.Namespace) -> int:
    key = load_key(args.keyfile, vendor_public_key())
    print(request_code(key.serial, default_provider().read().digest))
    return 0


def cmd_activate(args: argparse.Namespace) -> int:
    key = load_key(args.keyfile, vendor_public_key())
    fingerprint = default_provider().read()
    if args.code is not None:  # an empty code is a wrong code, not a request to go online
        activate_manually(args.keyfile, key, fingerprint, args.code)
    else:
        activate_online(args.online, args.keyfile, key, fingerprint, vendor_public_key())
    print(f"Лицензия {key.serial} активирована")
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    private, public = generate_key_pair(args.out)
    print(f"Закрытый ключ: {private} (храните вне сети); открытый: {public}")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    key, text = issue_key(load_private_key(args.private), licensee=args.licensee, seats=args.seats,
                          edition=Edition(args.edition), options=frozenset(args.option),
                          expires=args.expires, product=args.product)
    write_key(args.out, text)
    print(f"Выдан ключ {key.serial}: {args.out}")
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    print(answer_request(load_private_key(args.private), args.request_code))
    return 0


def cmd_service(args: argparse.Namespace) -> int:
    service = VendorService(load_private_key(args.private), args.private.resolve().parent)
    httpd = VendorHttpServer(service, args.host, args.port)
    print(f"Сервис активации слушает {httpd.url}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=httpd.shutdown).start())
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm-licsrv", description="Сервер лицензий CRM")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="запустить сервер лицензий")
    p.add_argument("--keys", type=Path, required=True, help="папка с файлами *.key")
    p.add_argument("--host", default="0.0.0.0", help="адрес (по умолчанию все интерфейсы)")
    p.add_argument("--port", type=int, help="порт (по умолчанию первый свободный из 3030-3033)")
    p.add_argument("--headless", action="store_true", help="без окна и значка в трее")
    p.add_argument("--activation-url", default=os.environ.get(ACTIVATION_URL_ENV),
                   help=f"адрес сервиса автоматической активации (или переменная {ACTIVATION_URL_ENV})")
    p.add_argument("--peer", action="append", default=[], metavar="HOST:PORT",
                   help="другой возможный сервер лицензий в сети (можно несколько)")
    p.add_argument("--seat-timeout", type=float, default=90.0, help="секунд без связи до освобождения места")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("status", help="лицензии и занятые места")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("request-code", help="код запроса для ручной активации")
    p.add_argument("keyfile", type=Path)
    p.set_defaults(func=cmd_request_code)

    p = sub.add_parser("activate", help="активировать ключ")
    p.add_argument("keyfile", type=Path)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--code", help="код активации (4 группы по 5 цифр)")
    how.add_argument("--online", metavar="URL", help="адрес сервиса автоматической активации")
    p.set_defaults(func=cmd_activate)

    vendor = sub.add_parser("vendor", help="инструменты разработчика").add_subparsers(
        dest="vendor_command", required=True)
    p = vendor.add_parser("keygen", help="создать пару ключей разработчика")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_keygen)

    p = vendor.add_parser("issue", help="выпустить файл лицензии")
    p.add_argument("--private", type=Path, required=True)
    p.add_argument("--licensee", required=True)
    p.add_argument("--seats", type=int, required=True)
    p.add_argument("--edition", choices=[e.value for e in Edition], required=True)
    p.add_argument("--option", action="append", default=[])
    p.add_argument("--expires", type=date.fromisoformat, help="ГГГГ-ММ-ДД для временной лицензии")
    p.add_argument("--product", default=DEFAULT_PRODUCT)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_issue)

    p = vendor.add_parser("answer", help="код активации по коду запроса")
    p.add_argument("--private", type=Path, required=True)
    p.add_argument("request_code")
    p.set_defaults(func=cmd_answer)

    p = vendor.add_parser("service", help="сервис автоматической активации")
    p.add_argument("--private", type=Path, required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.set_defaults(func=cmd_service)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (CliError, SignatureError, CodeError, ActivationError, OSError, ValueError) as exc:
        message = str(exc)
        if isinstance(exc, SignatureError):
            message = f"Ключ лицензии недействителен: {exc}"
        print(message.replace("\n", " "), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

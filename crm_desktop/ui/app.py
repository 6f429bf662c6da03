"""`crm`: the workstation program.

Without arguments it starts with the info-base list, first-run wizard and login. With --db and
--user (password from CRM_PASSWORD) it opens straight into the main window — for support and
automated checks; --screenshot FILE waits for the register's first rows, saves a PNG of the
main window (or of the card opened with --open client:CODE), prints the time from start to
first rows and exits; --print KIND:ID --out FILE renders a document's print form with that
user's rights, without a window, as «Печать» in its card does; --report SLUG --out FILE does the
same for a report (format from the suffix), --report list names the reports."""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

STARTED = time.perf_counter()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crm", description="CRM — рабочее место")
    p.add_argument("--db", help="адрес базы: путь к файлу или host[/port]:path")
    p.add_argument("--user", help="войти сразу этим пользователем (пароль в CRM_PASSWORD); "
                                  "без --user открывается окно входа")
    p.add_argument("--db-user", help="пользователь Firebird")
    p.add_argument("--db-password", help="пароль Firebird")
    p.add_argument("--screenshot", help="сохранить снимок окна в PNG и выйти")
    p.add_argument("--open", help="открыть карточку: client:КОД")
    p.add_argument("--print", dest="print_target", metavar="KIND:ID",
                   help="напечатать документ в файл и выйти: invoice, act, vat-invoice, contract, receipt, "
                        "expense, torg12, upd, sales-receipt, return, production, certificates, prepayment-invoice, "
                        "warehouse-waybill, expense-vat-invoice, cash-in, cash-out или price-tags (ценники "
                        "приходной накладной), например invoice:42")
    p.add_argument("--out", help="файл печатной формы: .pdf (договор — также .docx); файл отчёта: "
                                 ".pdf .xlsx .docx .odt .ods .html .xml .png .jpg .gif")
    p.add_argument("--report", metavar="SLUG", help="сформировать отчёт в файл --out и выйти; "
                                                    "--report list — список отчётов и их параметров")
    p.add_argument("--param", action="append", default=[], metavar="ИМЯ=ЗНАЧЕНИЕ",
                   help="параметр отчёта (можно несколько раз)")
    return p


def _direct_session(args: argparse.Namespace):
    """Log in without dialogs (support, automated checks); errors go to stderr."""
    from crm_desktop.services.auth import login, login_to
    from crm_desktop.services.startup import is_server, open_database

    if not args.user:
        raise ValueError("Укажите --user вместе с --db.")
    password = os.environ.get("CRM_PASSWORD", "")
    if is_server(args.db) and not args.db_user:
        return login_to(args.db, args.user, password)      # attached as the user's Firebird account
    return login(open_database(args.db, args.db_user, args.db_password), args.user, password)


def _open_target(window, target: str):
    from crm_desktop.services.clients import client_id_by_code
    kind, _, code = target.partition(":")
    if kind != "client" or not code.isdigit():
        raise ValueError("--open ждёт client:КОД")
    client_id = client_id_by_code(window.session, int(code))
    if client_id is None:
        raise ValueError(f"Клиент с кодом {code} не найден или недоступен.")
    from crm_desktop.ui.card import card_dialog
    return card_dialog(window, window.session, client_id)


def _print(args: argparse.Namespace) -> int:
    """`--print KIND:ID --out F`: 0 and the file, or non-zero and one sentence on stderr."""
    from pathlib import Path

    from crm_desktop.services.printing import KINDS, print_document
    kind, _, number = (args.print_target or "").partition(":")
    try:
        if not args.db or not args.out:
            raise ValueError("Укажите --db, --user и --out вместе с --print.")
        if kind not in KINDS or not number.isdigit():
            raise ValueError(f"--print ждёт ВИД:НОМЕР, вид — один из: {', '.join(KINDS)} (например invoice:42).")
        session = _direct_session(args)
        try:
            out = print_document(session, kind, int(number), Path(args.out))
        finally:
            session.db.dispose()
    except Exception as exc:  # noqa: BLE001 - one line for the command line
        print(f"Ошибка: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    print(out)
    return 0


def _report(args: argparse.Namespace) -> int:
    """`--report SLUG --param N=V … --out F`, or `--report list`: 0, or 2 and one sentence."""
    from pathlib import Path

    from crm_desktop.services import reports
    if args.report == "list":
        print("\n".join(reports.describe()))
        return 0
    try:
        if not args.db or not args.out:
            raise ValueError("Укажите --db, --user и --out вместе с --report (список отчётов: --report list).")
        reports.spec(args.report)
        session = _direct_session(args)
        try:
            written = reports.run_command(session, args.report, args.param, Path(args.out))
        finally:
            session.db.dispose()
    except Exception as exc:  # noqa: BLE001 - one line for the command line
        print(f"Ошибка: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    print("\n".join(str(p) for p in written))
    return 0


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.print_target:
        return _print(args)
    if args.report:
        return _report(args)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CRM")
    app.setOrganizationName("crm-desktop")
    from crm_desktop.ui.qt_setup import configure_application
    configure_application(app)
    from crm_desktop.ui.main.main_window import MainWindow
    from crm_desktop.ui.termination import close_on_terminate

    from crm_desktop.domain.editions import demo_mode
    from crm_desktop.services import workstations
    startup, workstation_id = None, None
    if args.db and not args.user:
        # the usual start-up (login dialog) on this database, listed as an info-base
        from crm_desktop.services.infobases import InfoBaseList, ensure_for_address
        from crm_desktop.ui.startup.flow import run_startup
        bases = InfoBaseList()
        base = ensure_for_address(bases, args.db)
        startup = run_startup(infobase_name=base.name)
        if startup is None:
            return 1
        session, licence, workstation_id = startup.session, startup.licence, startup.workstation_id
    elif args.db:
        try:
            session = _direct_session(args)
            licence = None                      # no licence server is asked here
            workstation_id = workstations.enter(session, demo=demo_mode(licence))
        except Exception as exc:  # noqa: BLE001 - one line for the command line
            print(f"Ошибка: {' '.join(str(exc).split())}", file=sys.stderr)
            return 2
    else:
        from crm_desktop.ui.startup.flow import run_startup
        startup = run_startup()
        if startup is None:
            return 1
        session, licence, workstation_id = startup.session, startup.licence, startup.workstation_id
    window = MainWindow(session, licence, workstation_id)
    window.show()
    close_on_terminate(window)
    try:
        if args.screenshot:
            return _screenshot(app, window, args)
        window.show_at_login()
        return app.exec()
    finally:
        if startup is not None:
            startup.close()
        elif window.workstation_id is not None:
            workstations.leave(session, window.workstation_id)


def _screenshot(app: QApplication, window, args: argparse.Namespace) -> int:
    first_rows = time.perf_counter() - STARTED
    shown = window
    if args.open:
        try:
            shown = _open_target(window, args.open)
        except Exception as exc:  # noqa: BLE001
            print(f"Ошибка: {exc}", file=sys.stderr)
            return 2
        shown.show()
    done: list[int] = []

    def grab() -> None:
        shown.grab().save(args.screenshot)
        print(f"Первые строки через {first_rows:.2f} с; снимок: {args.screenshot}")
        window.close()
        done.append(0)
        app.quit()
    QTimer.singleShot(300, grab)
    app.exec()
    return done[0] if done else 1


def main() -> None:
    try:
        sys.exit(run())
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()

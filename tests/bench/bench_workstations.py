"""N workstations on one server database (issue 9): each process logs in and works as a
person does, with think time between actions, through the services the window calls:
open the register (first window), open a random card, change a field, save, and now and
then Ctrl+F (a name typed keystroke by keystroke). As the window does, the register is
measured in the background from the opening on, and every workstation's first action is a
Ctrl+F, so keystrokes are timed from the moment it opened (ctrl_f_key_early: those typed
while its measure was still running; ctrl_f_raw: the same query by hand through fdb right
after each keystroke, the floor the load leaves). Prints p50/p95/max of every operation and the
errors, so the server's behaviour under an office's load is one command away.
Run by hand, not by CI:

    eval "$(cat /tmp/fbenv.sh)"        # ISC_USER / ISC_PASSWORD of the server
    python tests/bench/bench_workstations.py 127.0.0.1/3050:/var/lib/firebird/3.0/data/ws.fdb \\
        --create --clients 200000 --processes 20 --duration 300

Without --create the database must exist (crm-admin create --demo; crm-admin generate) and
have the demo users (password demo); the workstations log in as them in turn.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LOGINS = ("admin", "petrova", "sidorov", "kuznetsova", "orlov")
SEARCHED = "ООО «"          # then the first letters of a client of the first window
OPERATIONS = ("login", "register_first", "register_measure", "open_card", "save_card", "ctrl_f_key",
              "ctrl_f_key_early", "ctrl_f_raw")
RAW_KEYSTROKE = "SELECT FIRST 1 NAME, ID FROM CLIENTS WHERE NAME >= ? ORDER BY NAME, ID"


def _emit(**line: Any) -> None:
    print(json.dumps(line, ensure_ascii=False), flush=True)


def _timed(op: str, fn: Callable[[], Any], also: str | None = None) -> Any:
    """Run one user action; its time (ms) or its failure goes to the parent as a JSON line
    (a second line under `also` as well, for a subset of an operation)."""
    from crm_desktop.domain.concurrency import ConcurrentEdit
    from crm_desktop.services.session import AccessDenied
    started = time.perf_counter()
    try:
        result = fn()
    except ConcurrentEdit as exc:
        _emit(op=op, conflict=str(exc))
        return None
    except AccessDenied as exc:                   # the access mode lists the client but keeps it shut
        _emit(op=op, refused=str(exc))
        return None
    except Exception as exc:                      # noqa: BLE001 - every failure is counted
        _emit(op=op, error=f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        return None
    spent = (time.perf_counter() - started) * 1000
    for name in filter(None, (op, also)):
        _emit(op=name, ms=spent)
    return result


def worker(address: str, login_name: str, password: str, seed: int, deadline: float,
           think: tuple[float, float], ctrl_f_share: float) -> None:
    """One workstation until `deadline` (time.time()): the loop of the module docstring."""
    from crm_desktop.data.database import Database
    from crm_desktop.services import clients
    from crm_desktop.services.auth import login
    from crm_desktop.services.register import Register, RegisterView

    rng = random.Random(seed)
    pause = lambda: time.sleep(rng.uniform(*think))            # noqa: E731 - a person reads
    session = _timed("login", lambda: login(Database(address), login_name, password))
    if session is None:
        return
    raw = session.db.raw()

    def raw_keystroke(typed: str) -> list:
        cursor = raw.cursor()
        cursor.execute(RAW_KEYSTROKE, (typed,))
        found = cursor.fetchall()
        raw.commit()
        return found
    register = Register(session, RegisterView("name"))
    measured: list[int] = []                       # the model measures off the GUI thread at opening
    threading.Thread(target=lambda: measured.append(_timed("register_measure", register.measure) or 0),
                     daemon=True).start()
    first = True
    while time.time() < deadline:
        rows = _timed("register_first", lambda: Register(session, RegisterView("name")).first(200))
        if not first:
            pause()
        if (first or rng.random() < ctrl_f_share) and rows:
            typed = SEARCHED + rng.choice(rows).name.removeprefix(SEARCHED)[:3]
            for n in range(len(SEARCHED) + 1, len(typed) + 1):
                _timed("ctrl_f_key", lambda: register.name_search(typed[:n]),
                       also=None if measured else "ctrl_f_key_early")
                _timed("ctrl_f_raw", lambda: raw_keystroke(typed[:n]))   # the floor under this load
                time.sleep(rng.uniform(0.1, 0.3))                # typing speed
            pause()
        first = False
        total = measured[0] if measured else 0
        found = register.at(rng.randrange(max(total, 1)), 1) if total else rows
        if not found:
            continue
        card = _timed("open_card", lambda: clients.load_card(session, found[0].id))
        pause()
        if card is None or not card.editable:
            continue
        field = "website" if card.editable_main else "consignee"
        card.values[field] = f"bench-{seed}-{rng.randrange(10 ** 9)}"
        _timed("save_card", lambda: clients.save_card(session, card))
        pause()


def prepare(address: str, clients: int) -> None:
    """A new demo database with `clients` generated clients on the server (as crm-admin does)."""
    from crm_desktop.data.address import parse_address
    from crm_desktop.data.credentials import resolve
    from crm_desktop.data.database import Database
    from crm_desktop.services import admin
    target = parse_address(address)
    credentials = resolve(str(target))
    started = time.monotonic()
    admin.create(target, credentials, None, True, lambda line: print(line, flush=True))
    result = admin.generate(Database(target, credentials, pool_size=0), clients,
                            report=lambda line: print(line, flush=True))
    print(f"created with {result.clients} clients in {time.monotonic() - started:.0f} s", flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def report(lines: list[dict[str, Any]], processes: int, seconds: float) -> None:
    times: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    conflicts: dict[str, int] = defaultdict(int)
    refused: dict[str, int] = defaultdict(int)
    for line in lines:
        if "ms" in line:
            times[line["op"]].append(line["ms"])
        elif "conflict" in line:
            conflicts[line["op"]] += 1
        elif "refused" in line:
            refused[line["op"]] += 1
        else:
            errors[line["op"]].append(line["error"])
    print(f"\n{processes} workstations, {seconds:.0f} s")
    print(f"{'operation':18} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>7} {'conflicts':>9} "
          f"{'refused':>7}")
    for op in OPERATIONS:
        t = times.get(op, [])
        figures = (f"{statistics.median(t):8.1f} {percentile(t, 0.95):8.1f} {max(t):8.1f}" if t
                   else f"{'-':>8} {'-':>8} {'-':>8}")
        print(f"{op:18} {len(t):6} {figures} {len(errors.get(op, [])):7} {conflicts.get(op, 0):9} "
              f"{refused.get(op, 0):7}")
    for op, messages in errors.items():
        print(f"  {op}: {messages[0]}" + (f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="server database, host/port:path")
    parser.add_argument("--create", action="store_true", help="create it with the demo data first")
    parser.add_argument("--clients", type=int, default=100_000, help="clients generated with --create")
    parser.add_argument("--processes", type=int, default=20)
    parser.add_argument("--duration", type=float, default=180, help="seconds of work after the logins")
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 2.0), metavar=("MIN", "MAX"),
                        help="seconds a person pauses between actions (uniform)")
    parser.add_argument("--ctrl-f", type=float, default=0.2, help="share of rounds with a Ctrl+F search")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", nargs=3, metavar=("LOGIN", "SEED", "DEADLINE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        login_name, seed, deadline = args.worker
        worker(args.db, login_name, args.password, int(seed), float(deadline), tuple(args.think), args.ctrl_f)
        return
    if args.create:
        prepare(args.db, args.clients)
    deadline = time.time() + args.duration
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    common = ["--think", *map(str, args.think), "--ctrl-f", str(args.ctrl_f), "--password", args.password]
    workers = [subprocess.Popen([sys.executable, __file__, args.db, *common, "--worker",
                                 LOGINS[i % len(LOGINS)], str(args.seed * 1000 + i), str(deadline)],
                                stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
               for i in range(args.processes)]
    lines: list[dict[str, Any]] = []
    for process in workers:
        out, _ = process.communicate(timeout=args.duration + 600)
        lines += [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        if process.returncode:
            lines.append({"op": "process", "error": f"exit code {process.returncode}"})
    report(lines, args.processes, args.duration)


if __name__ == "__main__":
    main()

"""A bulk load killed with SIGKILL at random moments, many times over (issue 8; run by hand).

    eval "$(cat /tmp/fbenv.sh)"   # CRM_TEST_SERVER, ISC_USER, ISC_PASSWORD
    python tests/bench/bench_generate_kills.py 127.0.0.1:/var/lib/firebird/3.0/data/kills.fdb \
        --kills 20 --clients 10000 --batch 1000

Creates the database with the demo company (or uses it with --existing), times one whole
`crm-admin generate --rebuild-indexes`, then starts it again and again and kills it with SIGKILL
at a moment drawn uniformly over that time (start-up, loading, index rebuild). After each kill it
prints: what the load had printed last, the clients it left (whole batches?), clients without
their phone-index row, indexes left off, Firebird's validation findings and `crm-admin check`'s
exit code; then it recovers by `crm-admin repair` (even kills) or by the next, uninterrupted
run (odd kills) and prints whether every index is on again and check passes.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

from sqlalchemy import text

from crm_desktop.data import health
from crm_desktop.data.address import parse_address
from crm_desktop.data.credentials import resolve
from crm_desktop.data.database import Database

ADMIN = [sys.executable, "-m", "crm_desktop.admin_cli"]


@dataclass
class Load:
    process: subprocess.Popen
    last: str = "(ничего)"


def start(db: str, clients: int, batch: int, seed: int, *extra: str) -> Load:
    process = subprocess.Popen([*ADMIN, "generate", db, "--clients", str(clients), "--batch", str(batch),
                                "--seed", str(seed), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               start_new_session=True)
    load = Load(process)

    def follow() -> None:
        for line in process.stdout:
            load.last = line.strip()
    threading.Thread(target=follow, daemon=True).start()
    return load


def kill(load: Load) -> bool:
    """SIGKILL the load (not its worker); True if the orphaned row-making worker was still
    there two seconds later."""
    load.process.kill()
    load.process.wait()
    time.sleep(2)
    try:
        os.killpg(load.process.pid, signal.SIGKILL)
        return True
    except ProcessLookupError:
        return False


def counts(db: Database) -> tuple[int, int, int]:
    """(clients, clients without their own phone-index row, indexes off)."""
    with db.read() as conn:
        clients = conn.execute(text("SELECT COUNT(*) FROM CLIENTS")).scalar_one()
        half = conn.execute(text(
            "SELECT COUNT(*) FROM CLIENTS C WHERE NOT EXISTS (SELECT 1 FROM PHONE_INDEX P "
            "WHERE P.CLIENT_ID = C.ID AND P.CONTACT_ID IS NULL)")).scalar_one()
        off = conn.execute(text(
            "SELECT COUNT(*) FROM RDB$INDICES WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 "
            "AND COALESCE(RDB$INDEX_INACTIVE, 0) <> 0")).scalar_one()
    return clients, half, off


def settle(db: Database) -> float:
    """Seconds until the server dropped the killed attachment (its bulk-load mark is gone)."""
    started = time.monotonic()
    con = db.raw()
    try:
        while health.running_bulk_loads(con) and time.monotonic() - started < 30:
            time.sleep(0.1)
    finally:
        con.close()
    return time.monotonic() - started


def admin(*args: str) -> int:
    return subprocess.run([*ADMIN, *args], check=False, capture_output=True, text=True).returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--existing", action="store_true", help="не создавать базу, а взять готовую")
    args = parser.parse_args()
    seed = random.randrange(1_000_000) if args.seed is None else args.seed
    rng = random.Random(seed)
    address = parse_address(args.db)
    if not args.existing:
        subprocess.run([*ADMIN, "create", args.db, "--demo"], check=True, capture_output=True)
    db = Database(address, resolve(str(address)), pool_size=0)

    started = time.monotonic()
    whole = start(args.db, args.clients, args.batch, 1, "--rebuild-indexes")
    assert whole.process.wait() == 0, whole.last
    span = time.monotonic() - started
    print(f"seed {seed}; one whole run of {args.clients} clients (batch {args.batch}): {span:.1f} s; "
          f"{args.kills} kills at uniform moments in 0…{span:.1f} s\n")
    print(f"{'#':>2} {'kill at':>7}  {'last line of the load':<38} {'+clients':>8} {'whole':>5} "
          f"{'no phone':>8} {'idx off':>7} {'valid.':>6} {'check':>5} {'orphan':>6}  "
          f"{'recovery':<8} {'s':>5} {'idx off':>7} {'check':>5}")
    rows = []
    for n in range(1, args.kills + 1):
        before = counts(db)[0]
        at = rng.uniform(0, span)
        load = start(args.db, args.clients, args.batch, 100 + n, "--rebuild-indexes")
        time.sleep(at)
        finished = load.process.poll() is not None
        orphan = False if finished else kill(load)
        settle(db)
        clients, half, off = counts(db)
        added = clients - before
        whole_batches = added % args.batch == 0 or added == args.clients
        findings = health.validate(address, db.credentials).findings
        check_after_kill = admin("check", args.db)
        recovery_started = time.monotonic()
        if n % 2 == 0:
            how, rc = "repair", admin("repair", args.db)
        else:
            how, rc = "next run", start(args.db, args.batch, args.batch, 1000 + n).process.wait()
        recovery = time.monotonic() - recovery_started
        off_after = counts(db)[2]
        check_after = admin("check", args.db)
        last = ("(завершилась сама) " if finished else "") + load.last
        rows.append((off, rc == 0 and off_after == 0 and check_after == 0, len(findings), half,
                     whole_batches, orphan))
        print(f"{n:>2} {at:>6.1f}s  {last[:38]:<38} {added:>8} {'да' if whole_batches else 'НЕТ':>5} "
              f"{half:>8} {off:>7} {len(findings):>6} {check_after_kill:>5} {'да' if orphan else 'нет':>6}  "
              f"{how:<8} {recovery:>5.1f} {off_after:>7} {check_after:>5}", flush=True)
        for finding in findings:
            print(f"      validation: {finding.table}: {finding.text}")

    left_off = sum(1 for r in rows if r[0])
    print(f"\nkills leaving indexes off: {left_off} of {len(rows)} "
          f"(indexes off after them: {', '.join(str(r[0]) for r in rows if r[0]) or '—'})")
    print(f"recovered (all indexes on, repair/next run and check exit 0): {sum(r[1] for r in rows)} of {len(rows)}")
    print(f"validation findings: {sum(r[2] for r in rows)}; clients without their phone row: "
          f"{sum(r[3] for r in rows)}; loads leaving a part of a batch: {sum(not r[4] for r in rows)}; "
          f"orphaned workers alive 2 s after the kill: {sum(r[5] for r in rows)}")


if __name__ == "__main__":
    main()

"""One workstation of the concurrent-saves test: log in and save random cards of a set
through the services, as fast as it can; print one JSON line per outcome (run as
`python tests/db/card_saver.py ADDRESS LOGIN PASSWORD SEED SAVES ID,ID,...`)."""
from __future__ import annotations

import json
import random
import sys
import uuid

from crm_desktop.data.database import Database
from crm_desktop.domain.concurrency import ConcurrentEdit
from crm_desktop.services import clients
from crm_desktop.services.auth import login


def main(address: str, login_name: str, password: str, seed: str, saves: str, ids: str) -> int:
    session = login(Database(address), login_name, password)
    rng, cards = random.Random(int(seed)), [int(i) for i in ids.split(",")]
    for _ in range(int(saves)):
        client_id, token = rng.choice(cards), uuid.uuid4().hex
        try:
            card = clients.load_card(session, client_id)
        except Exception as exc:                     # noqa: BLE001 - every failure is reported
            print(json.dumps({"load_error": f"{type(exc).__name__}: {exc}"}), flush=True)
            continue
        card.values["notes"] = f"{token} " + "заметка " * rng.randint(1, 400)
        card.values["website"] = f"https://{token}.example"
        try:
            saved = clients.save_card(session, card)
        except ConcurrentEdit as exc:
            print(json.dumps({"conflict": str(exc), "who": exc.who}), flush=True)
        except Exception as exc:                     # noqa: BLE001
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
        else:
            print(json.dumps({"saved": client_id, "version": saved.version, "token": token}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:7]))

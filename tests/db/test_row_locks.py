"""A row held by another workstation's open transaction (issue 8, part 2): a save waits at
most the lock timeout and then says so in one sentence, keeping the input; a save that meets
a concurrent update of the same row names the colleague, never Firebird's own words."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from crm_desktop.data.database import Database
from crm_desktop.domain.client_fields import ClientKind
from crm_desktop.domain.concurrency import ConcurrentEdit
from crm_desktop.services import clients
from crm_desktop.services.auth import login
from tests.conftest import PASSWORD


@pytest.fixture
def card(db, users, session_of):
    admin = session_of("admin")
    fresh = clients.new_card(admin, ClientKind.COMPANY)
    fresh.values["name"] = "Общий клиент"
    return clients.save_card(admin, fresh)


def test_a_save_waits_for_a_held_row_at_most_the_lock_timeout(db, card) -> None:
    impatient = Database(db.address, db.credentials, lock_timeout=1)
    session = login(impatient, "admin", PASSWORD)
    holder = db.raw()
    try:
        holder.cursor().execute("UPDATE CLIENTS SET WEBSITE = 'held' WHERE ID = ?", (card.id,))
        mine = clients.load_card(session, card.id)
        mine.values["website"] = "https://mine.example"
        with pytest.raises(ConcurrentEdit, match="сейчас сохраняет другой пользователь"):
            clients.save_card(session, mine)
    finally:
        holder.rollback()
        holder.close()
        impatient.dispose()
    assert mine.values["website"] == "https://mine.example"


def test_a_save_that_meets_a_concurrent_update_names_the_colleague(db, card, session_of) -> None:
    admin, supervisor = session_of("admin"), session_of("supervisor")
    with db.begin() as conn:
        conn.execute(text("UPDATE USERS SET CLIENT_ACCESS = 4 WHERE LOGIN = 'supervisor'"))
    supervisor = session_of("supervisor")
    theirs = clients.load_card(supervisor, card.id)
    mine = clients.load_card(admin, card.id)
    holder = supervisor.db.base.engine.connect()
    holder.begin()
    theirs.values["website"] = "https://theirs.example"
    from crm_desktop.data import client_card
    client_card.update_card(holder, theirs)               # the colleague's save, not yet committed
    outcome: list[BaseException | None] = []

    def save_mine() -> None:
        mine.values["website"] = "https://mine.example"
        try:
            clients.save_card(admin, mine)
            outcome.append(None)
        except BaseException as exc:                       # noqa: BLE001 - the test inspects it
            outcome.append(exc)
    waiting = threading.Thread(target=save_mine)
    waiting.start()
    waiting.join(0.5)                                      # mine now waits on the row
    holder.commit()
    holder.close()
    waiting.join(15)
    assert len(outcome) == 1 and isinstance(outcome[0], ConcurrentEdit), outcome
    assert "Супервизорова Светлана" in str(outcome[0])


def test_a_stale_save_is_refused_on_every_engine(db, card, session_of) -> None:
    """Firebird before 5 answers an UPDATE … RETURNING that matched no row with a row of NULLs:
    the save of a card loaded before a colleague's save must still be refused, not reported
    as saved at version None (which lost the colleague's change)."""
    admin = session_of("admin")
    stale = clients.load_card(admin, card.id)
    fresh = clients.load_card(admin, card.id)
    fresh.values["website"] = "https://first.example"
    clients.save_card(admin, fresh)
    stale.values["website"] = "https://second.example"
    with pytest.raises(ConcurrentEdit):
        clients.save_card(admin, stale)
    assert clients.load_card(admin, card.id).values["website"] == "https://first.example"

"""LIC-6: seats are taken at login, kept by heartbeats, released at exit or after a timeout.

The seat table's time is a test clock that moves only when a test says so; the workstations'
heartbeats are real, and a test waits for the one the server takes at the clock's present time."""
from __future__ import annotations

import queue
import subprocess
import sys
import threading

import pytest

from crm_desktop.licensing import LoginRefused, SeatSession
from crm_desktop.licensing.wire import call
from licsrv.manual_codes import answer_request


def activate(vendor, service, path) -> None:
    service.refresh()
    service.activate_manually(path, answer_request(vendor.private, service.request_code(path)))


class SeatClock:
    """Seconds as the seat table sees them: they pass only by advance()."""

    def __init__(self) -> None:
        self.now = 0.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


class Heartbeats:
    """The heartbeats the server takes, each with the clock's time it was stamped at."""

    def __init__(self, service, clock: SeatClock) -> None:
        self._service, self._clock, self._taken = service, clock, queue.Queue()
        original = service.seats.heartbeat

        def heartbeat(token: str) -> bool:
            with clock.lock:                 # the clock cannot move between the stamp and this
                alive = original(token)
                self._taken.put((token, clock.now))
            return alive
        service.seats.heartbeat = heartbeat

    def wait_for(self, user: str) -> None:
        """Until the server has taken a heartbeat of the user's seat at the present time."""
        serial = self._service.views()[0].entry.key.serial
        token = next(s.token for s in self._service.seats.holders(serial) if s.user == user)
        while self._taken.get(timeout=3) != (token, self._clock.now):
            pass


@pytest.fixture
def clock() -> SeatClock:
    return SeatClock()


@pytest.fixture
def licensed(vendor, keys_dir, make_service, start_server, clock):
    """A running server with an active two-seat licence; seats time out after 0.6 s of the
    test clock, workstations heartbeat every 0.1 s."""
    _, path = vendor.issue(keys_dir, seats=2)
    service = make_service(seat_timeout=0.6, heartbeat_interval=0.1, clock=clock)
    activate(vendor, service, path)
    return start_server(service)


def holders(server) -> list[str]:
    return [h["user"] for h in call("127.0.0.1", server.port, {"op": "status"})["licences"][0]["holders"]]


def session(server, user: str, **kwargs) -> SeatSession:
    kwargs.setdefault("workstation_id", f"ws-{user}")
    return SeatSession("127.0.0.1", user=user, db_host="192.168.0.10", ports=(server.port,),
                       terminal=False, **kwargs)


def test_extra_workstation_is_refused_with_who_holds_the_seats(licensed):
    with session(licensed, "anna") as a, session(licensed, "boris") as b:
        assert not a.start().is_demo and not b.start().is_demo
        with pytest.raises(LoginRefused) as refused:
            session(licensed, "vera").start()
    assert {h.user for h in refused.value.holders} == {"anna", "boris"}
    assert "anna" in refused.value.reason and "boris" in refused.value.reason


def test_released_seat_can_be_taken_by_another(licensed):
    with session(licensed, "anna") as a, session(licensed, "boris"):
        a.start()
    with session(licensed, "vera") as v:
        assert v.start().licensee == "ООО «Ромашка»"


def test_heartbeats_keep_the_seat_beyond_the_timeout(licensed, clock):
    beats = Heartbeats(licensed.service, clock)
    with session(licensed, "anna") as a:
        a.start()
        silent = call("127.0.0.1", licensed.port, {       # a workstation that never heartbeats
            "op": "acquire", "product": "crm", "user": "boris", "host": "pc-2", "workstation": "ws-boris",
            "terminal": False})
        assert silent["ok"] and sorted(holders(licensed)) == ["anna", "boris"]
        for _ in range(3):                   # 1.2 s in all, twice the timeout
            clock.advance(0.4)
            beats.wait_for("anna")
        assert holders(licensed) == ["anna"]


def test_killed_workstation_loses_its_seat_after_the_timeout(licensed, clock):
    code = ("from crm_desktop.licensing import SeatSession; import time, sys; "
            f"s = SeatSession('127.0.0.1', user='ghost', db_host='10.0.0.1', ports=({licensed.port},), "
            "terminal=False, workstation_id='ghost-pc'); s.start(); print('up', flush=True); time.sleep(60)")
    ghost = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert ghost.stdout.readline().strip() == "up"
        beats = Heartbeats(licensed.service, clock)
        with session(licensed, "anna") as a:
            a.start()
            with pytest.raises(LoginRefused, match="ghost"):
                session(licensed, "boris").start()
            ghost.kill()
            ghost.wait(5)
            clock.advance(0.4)
            beats.wait_for("anna")
            with pytest.raises(LoginRefused, match="ghost"):      # silent 0.4 s: still within the timeout
                session(licensed, "boris").start()
            clock.advance(0.4)                                    # silent 0.8 s: the seat is free
            with session(licensed, "boris") as b:
                assert not b.start().is_demo
                assert sorted(holders(licensed)) == ["anna", "boris"]
    finally:
        ghost.kill()
        ghost.stdout.close()


def test_same_workstation_logging_in_again_replaces_its_old_seat(licensed):
    first = session(licensed, "anna", workstation_id="pc-1")
    first.start()  # crashed without release; restarted at once
    with session(licensed, "anna", workstation_id="pc-1") as again, session(licensed, "boris") as b:
        assert not again.start().is_demo and not b.start().is_demo
    first.close()


def test_lost_seat_is_taken_again_after_a_server_restart(vendor, keys_dir, make_service, start_server):
    _, path = vendor.issue(keys_dir)
    service = make_service(heartbeat_interval=0.1)
    activate(vendor, service, path)
    server = start_server(service)
    changes = queue.Queue()
    with session(server, "anna", on_change=changes.put) as a:
        a.start()
        service.seats.drop_serial(service.views()[0].entry.key.serial)  # as if restarted
        assert not changes.get(timeout=3).is_demo                       # the next heartbeat notices
        assert len(service.seats.holders(service.views()[0].entry.key.serial)) == 1

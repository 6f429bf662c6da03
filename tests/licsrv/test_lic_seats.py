"""LIC-6: seats are taken at login, kept by heartbeats, released at exit or after a timeout."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from crm_desktop.licensing import LoginRefused, SeatSession
from crm_desktop.licensing.wire import call
from licsrv.manual_codes import answer_request


def activate(vendor, service, path) -> None:
    service.refresh()
    service.activate_manually(path, answer_request(vendor.private, service.request_code(path)))


@pytest.fixture
def licensed(vendor, keys_dir, make_service, start_server):
    """A running server with an active two-seat licence."""
    _, path = vendor.issue(keys_dir, seats=2)
    service = make_service(seat_timeout=0.6, heartbeat_interval=0.1)
    activate(vendor, service, path)
    return start_server(service)


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


def test_heartbeats_keep_the_seat_beyond_the_timeout(licensed):
    with session(licensed, "anna") as a:
        a.start()
        time.sleep(1.0)
        holders = call("127.0.0.1", licensed.port, {"op": "status"})["licences"][0]["holders"]
        assert [h["user"] for h in holders] == ["anna"]


def test_killed_workstation_loses_its_seat_after_the_timeout(licensed, vendor):
    code = ("from crm_desktop.licensing import SeatSession; import time, sys; "
            f"s = SeatSession('127.0.0.1', user='ghost', db_host='10.0.0.1', ports=({licensed.port},), "
            "terminal=False, workstation_id='ghost-pc'); s.start(); print('up', flush=True); time.sleep(60)")
    ghost = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert ghost.stdout.readline().strip() == "up"
        with session(licensed, "anna") as a:
            a.start()
            with pytest.raises(LoginRefused, match="ghost"):
                session(licensed, "boris").start()
            ghost.kill()
            ghost.wait(5)
            deadline = time.monotonic() + 5
            while True:
                try:
                    with session(licensed, "boris") as b:
                        assert not b.start().is_demo
                    break
                except LoginRefused:
                    assert time.monotonic() < deadline, "seat of the killed workstation never freed"
                    time.sleep(0.1)
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
    changes = []
    with session(server, "anna", on_change=changes.append) as a:
        a.start()
        service.seats.drop_serial(service.views()[0].entry.key.serial)  # as if restarted
        deadline = time.monotonic() + 3
        while not changes and time.monotonic() < deadline:
            time.sleep(0.05)
        assert changes and not changes[0].is_demo
        assert len(service.seats.holders(service.views()[0].entry.key.serial)) == 1

"""Part 6: no reachable server or no active licence → demo mode with the reason."""
from __future__ import annotations

import queue
import socket
from dataclasses import replace

from crm_desktop.licensing import DEMO_MARK, Mode, SeatSession, find_server
from licsrv.manual_codes import answer_request


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_server_means_demo_mode():
    port = free_port()
    status = SeatSession("127.0.0.1", user="anna", db_host="server", ports=(port,), terminal=False).start()
    assert status.mode is Mode.DEMO and status.status_bar_text == DEMO_MARK
    assert "не найден" in status.reason and str(port) in status.reason


def test_passive_licence_means_demo_mode_with_its_details(vendor, keys_dir, make_service, start_server):
    key, _ = vendor.issue(keys_dir)
    server = start_server(make_service())
    with SeatSession("127.0.0.1", user="anna", db_host="server", ports=(server.port,), terminal=False) as s:
        status = s.start()
    assert status.is_demo and status.edition_for_gates is None
    assert status.serial == key.serial and status.status == "пассивна"
    assert "не активирована" in status.reason


def test_hardware_change_sends_workstations_to_demo_mode(vendor, keys_dir, make_service, hardware, start_server):
    _, path = vendor.issue(keys_dir)
    service = make_service(heartbeat_interval=0.1)
    service.refresh()
    service.activate_manually(path, answer_request(vendor.private, service.request_code(path)))
    server = start_server(service, refresh_interval=0.1)
    changes = queue.Queue()
    with SeatSession("127.0.0.1", user="anna", db_host="server", ports=(server.port,), terminal=False,
                     on_change=changes.put) as s:
        assert not s.start().is_demo
        hardware.fingerprint = replace(hardware.fingerprint, board="new board")
        change = changes.get(timeout=3)      # the server's next check, then the next heartbeat
    assert change.is_demo and "системная плата" in change.reason


def test_find_server_prefers_the_one_serving_the_product(vendor, keys_dir, tmp_path, make_service,
                                                         start_server, hardware):
    from licsrv.service import LicenceService
    empty = tmp_path / "empty"
    empty.mkdir()
    idle = start_server(LicenceService(empty, hardware))
    _, path = vendor.issue(keys_dir)
    service = make_service()
    service.refresh()
    service.activate_manually(path, answer_request(vendor.private, service.request_code(path)))
    serving = start_server(service)
    ports = (free_port(), idle.port, serving.port)
    assert find_server("127.0.0.1", ports, product="crm").port == serving.port
    assert find_server("127.0.0.1", ports).port == idle.port

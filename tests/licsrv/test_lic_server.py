"""LIC-1/LIC-6: ports, one licence per product, one server per network, clean stop, CLI."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys

import pytest

from crm_desktop.licensing import SeatSession
from crm_desktop.licensing.wire import DEFAULT_PORTS, call
from licsrv import cli
from licsrv.manual_codes import answer_request
from licsrv.server import LicenceServer, NoFreePort
from licsrv.service import LicenceService


def two_free_ports() -> tuple[int, int]:
    socks = [socket.socket() for _ in range(2)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = tuple(s.getsockname()[1] for s in socks)
    for s in socks:
        s.close()
    return ports  # type: ignore[return-value]


def activate_all(vendor, service: LicenceService) -> None:
    for view in service.refresh():
        service.activate_manually(view.entry.path, answer_request(vendor.private, service.request_code(view.entry.path)))


def test_default_ports_are_3030_to_3033():
    assert DEFAULT_PORTS == (3030, 3031, 3032, 3033)


def test_taken_port_falls_through_to_the_next(make_service, start_server):
    first, second = two_free_ports()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", first))
        squatter.listen()
        server = start_server(make_service(), ports=(first, second))
        assert server.port == second


def test_3030_taken_means_3031(make_service, start_server):
    """The real range: we hold 3030 ourselves; skipped only if another program has either."""
    squatter, probe = socket.socket(), socket.socket()
    try:
        try:
            squatter.bind(("127.0.0.1", 3030))
            probe.bind(("127.0.0.1", 3031))
        except OSError:
            pytest.skip("3030 or 3031 is held by another program on this computer")
        probe.close()
        squatter.listen()
        assert start_server(make_service(), ports=DEFAULT_PORTS).port == 3031
    finally:
        squatter.close()
        probe.close()


def test_all_ports_taken_is_reported(make_service):
    first, second = two_free_ports()
    with socket.socket() as a, socket.socket() as b:
        a.bind(("127.0.0.1", first))
        b.bind(("127.0.0.1", second))
        a.listen()
        b.listen()
        with pytest.raises(NoFreePort):
            LicenceServer(make_service(), "127.0.0.1", (first, second), peers=[])


def test_stop_frees_the_port(make_service):
    server = LicenceServer(make_service(), "127.0.0.1", (0,), peers=[]).start()
    port = server.port
    assert call("127.0.0.1", port, {"op": "hello"})["ok"]
    server.stop()
    with pytest.raises(OSError):
        call("127.0.0.1", port, {"op": "hello"}, timeout=0.5)


def test_one_active_licence_per_product(vendor, keys_dir, make_service):
    vendor.issue(keys_dir, name="a.key")
    vendor.issue(keys_dir, name="b.key")
    service = make_service()
    activate_all(vendor, service)
    served = {v.entry.path.name: (v.served, v.note) for v in service.refresh()}
    assert served["a.key"] == (True, "")
    assert served["b.key"][0] is False and "a.key" in served["b.key"][1]


def test_second_server_with_the_same_key_refuses_to_serve_it(vendor, keys_dir, tmp_path, make_service,
                                                             hardware, start_server):
    vendor.issue(keys_dir)
    first_service = make_service()
    activate_all(vendor, first_service)
    first = start_server(first_service)
    copy = shutil.copytree(keys_dir, tmp_path / "copy")
    second_service = LicenceService(copy, hardware)
    second = start_server(second_service, peers=[("127.0.0.1", first.port)])
    view = second_service.views()[0]
    assert not view.served and f"127.0.0.1:{first.port}" in view.note
    with SeatSession("127.0.0.1", user="anna", db_host="server", ports=(second.port,), terminal=False) as s:
        status = s.start()
    assert status.is_demo and "только один сервер лицензий" in status.reason
    first.stop()  # the first goes away: the second takes over on its next check
    assert second_service.refresh()[0].served
    with SeatSession("127.0.0.1", user="anna", db_host="server", ports=(second.port,), terminal=False) as s:
        assert not s.start().is_demo


def test_status_command_lists_licences_and_seat_holders(vendor, keys_dir, make_service, start_server, capsys):
    vendor.issue(keys_dir)
    service = make_service()
    activate_all(vendor, service)
    server = start_server(service)
    with SeatSession("127.0.0.1", user="anna", db_host="server", ports=(server.port,), terminal=False) as s:
        s.start()
        assert cli.main(["status", "--port", str(server.port)]) == 0
    out = capsys.readouterr().out
    assert "активна, обслуживается" in out and "мест занято 1 из 2" in out and "anna" in out


def test_status_without_a_server_fails_with_one_line(capsys):
    port = two_free_ports()[0]
    assert cli.main(["status", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "не найден" in err


def test_headless_serve_runs_and_stops_on_sigterm(vendor, keys_dir, tmp_path):
    vendor.issue(keys_dir)
    port = two_free_ports()[0]
    proc = subprocess.Popen([sys.executable, "-m", "licsrv.cli", "serve", "--keys", str(keys_dir),
                             "--host", "127.0.0.1", "--port", str(port), "--headless"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert proc.stdout.readline().strip() == f"Сервер лицензий слушает 127.0.0.1:{port}"
        answer = call("127.0.0.1", port, {"op": "status"})
        assert answer["licences"][0]["status"] == "passive"  # real hardware, never activated
        proc.terminate()
        assert proc.wait(10) == 0
    finally:
        proc.kill()
        proc.stdout.close()
        proc.stderr.close()


def test_vendor_issue_and_keygen_commands(tmp_path, capsys, monkeypatch):
    assert cli.main(["vendor", "keygen", "--out", str(tmp_path / "v")]) == 0
    monkeypatch.setenv("CRM_LICENCE_VENDOR_PUBKEY", str(tmp_path / "v" / "vendor_public.pem"))
    out = tmp_path / "optima5pro+tra.key"
    assert cli.main(["vendor", "issue", "--private", str(tmp_path / "v" / "vendor_private.pem"),
                     "--licensee", "ИП Иванов", "--seats", "3", "--edition", "standard",
                     "--option", "tra", "--expires", "2027-03-01", "--out", str(out)]) == 0
    from licsrv.keyfile import load_key
    from licsrv.vendor_keys import vendor_public_key
    key = load_key(out, vendor_public_key())
    assert (key.licensee, key.seats, key.options, str(key.expires)) == ("ИП Иванов", 3, {"tra"}, "2027-03-01")
    assert (tmp_path / "v" / "vendor_private.pem").stat().st_mode & 0o077 == 0

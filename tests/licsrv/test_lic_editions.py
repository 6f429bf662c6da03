"""LIC-7: edition gates and the TRA rule."""
from __future__ import annotations

import pytest

from crm_desktop.domain.editions import Capability, Edition, check, is_private_host, needs_tra, tra_refusal
from crm_desktop.licensing import LoginRefused, SeatSession, is_terminal_session
from licsrv.manual_codes import answer_request



@pytest.mark.parametrize("capability", sorted(Capability))
def test_each_edition_allows_what_the_price_list_says(capability):
    assert check(capability, Edition.ENTERPRISE).allowed
    assert check(capability, Edition.PROFESSIONAL).allowed is (capability is not Capability.PRODUCTION)
    assert check(capability, Edition.STANDARD).allowed is False  # every listed one is not in Standard


def test_refusal_says_which_edition_is_needed():
    gate = check(Capability.PRODUCTION, Edition.PROFESSIONAL)
    assert gate.reason == ("Производство: недоступно в редакции «Профессиональная», "
                           "нужна редакция «Корпоративная».")
    assert "«Профессиональная» или «Корпоративная»" in check(Capability.WAREHOUSE, Edition.STANDARD).reason


@pytest.mark.parametrize("capability", sorted(Capability))
def test_demo_mode_allows_everything(capability):
    assert check(capability, None).allowed


@pytest.mark.parametrize("host, private", [
    ("192.168.1.10", True), ("10.2.3.4/3050", True), ("172.20.0.5:3050", True), ("172.32.0.1", False),
    ("127.0.0.1", True), ("localhost", True), ("server", True), ("db.office.lan", True),
    ("[::1]:3050", True), ("fd00::5", True), ("8.8.8.8", False), ("crm.example.com", False),
    ("2001:db8::1", False)])
def test_private_hosts(host, private):
    assert is_private_host(host) is private


def test_tra_rule():
    assert not needs_tra(False, "192.168.0.2")
    assert needs_tra(True, "192.168.0.2")
    assert needs_tra(False, "203.0.113.7")
    assert tra_refusal(frozenset({"tra"}), True, "203.0.113.7") is None
    assert "терминальной сессии" in tra_refusal(frozenset(), True, "server")
    assert "вне локальной сети (203.0.113.7)" in tra_refusal(frozenset(), False, "203.0.113.7")


@pytest.mark.parametrize("env, platform, terminal", [
    ({"SESSIONNAME": "RDP-Tcp#3"}, "win32", True), ({"SESSIONNAME": "Console"}, "win32", False),
    ({}, "win32", False), ({"XRDP_SESSION": "1"}, "linux", True),
    ({"SSH_CONNECTION": "10.0.0.2 5000 10.0.0.1 22"}, "linux", True), ({"DISPLAY": ":0"}, "linux", False)])
def test_terminal_session_detection(env, platform, terminal):
    assert is_terminal_session(env, platform) is terminal


@pytest.fixture
def server_without_tra(vendor, keys_dir, make_service, start_server):
    _, path = vendor.issue(keys_dir, options=frozenset())
    service = make_service()
    service.refresh()
    service.activate_manually(path, answer_request(vendor.private, service.request_code(path)))
    return start_server(service)


def test_terminal_session_without_tra_is_refused_by_the_server(server_without_tra):
    with pytest.raises(LoginRefused, match="терминальной сессии.*TRA"):
        SeatSession("127.0.0.1", user="anna", db_host="server", ports=(server_without_tra.port,),
                    terminal=True).start()


def test_remote_database_without_tra_is_refused_and_the_seat_released(server_without_tra):
    port = server_without_tra.port
    with pytest.raises(LoginRefused, match="вне локальной сети"):
        SeatSession("127.0.0.1", user="anna", db_host="crm.example.com", ports=(port,), terminal=False).start()
    assert server_without_tra.service.seats.holders(server_without_tra.service.views()[0].entry.key.serial) == []


def test_lan_workstation_without_tra_gets_a_seat(server_without_tra):
    with SeatSession("127.0.0.1", user="anna", db_host="192.168.0.3", ports=(server_without_tra.port,),
                     terminal=False) as s:
        assert s.start().edition is Edition.PROFESSIONAL

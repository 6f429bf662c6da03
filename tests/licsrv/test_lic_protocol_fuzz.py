"""The server survives garbage on its port and never trusts a workstation's claims."""
from __future__ import annotations

import json
import random
import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.licensing.wire import MAX_LINE, ProtocolError, call, decode
from licsrv.manual_codes import answer_request


@pytest.fixture
def server(vendor, keys_dir, make_service, start_server):
    _, path = vendor.issue(keys_dir, seats=1)
    service = make_service()
    service.refresh()
    service.activate_manually(path, answer_request(vendor.private, service.request_code(path)))
    return start_server(service)


def alive(server) -> bool:
    return call("127.0.0.1", server.port, {"op": "hello"}, timeout=2)["ok"] is True


def test_random_bytes_do_not_break_the_server(server):
    rng = random.Random(20261123)
    for _ in range(60):
        with socket.create_connection(("127.0.0.1", server.port), timeout=2) as s:
            s.sendall(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))))
            s.shutdown(socket.SHUT_WR)
            s.settimeout(2)
            while s.recv(65536):
                pass
    assert alive(server)


def test_over_long_line_is_answered_and_cut(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=2) as s:
        s.sendall(b"{" + b" " * (MAX_LINE + 10))
        answer = decode(s.makefile("rb").readline())
    assert answer["code"] == "bad-request"
    assert alive(server)


def test_half_open_connections_do_not_block_others(server):
    sockets = [socket.create_connection(("127.0.0.1", server.port), timeout=2) for _ in range(40)]
    try:
        for n, s in enumerate(sockets):
            s.sendall(b'{"op": "hel' if n % 2 else b"")
        assert alive(server)
    finally:
        for s in sockets:
            s.close()


def test_malformed_lines_get_errors_then_the_connection_is_closed(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=2) as s:
        s.sendall(b"[1,2]\nnot json\n\xff\xfe\n" + b"[" * 3000 + b"\n")
        lines = s.makefile("rb").read().splitlines()
    assert [json.loads(line)["code"] for line in lines] == ["bad-request"] * 3
    assert alive(server)


@pytest.mark.parametrize("request_", [
    {"op": "acquire"},
    {"op": "acquire", "product": "crm", "user": "a", "host": "h", "workstation": "w", "terminal": "no"},
    {"op": "acquire", "product": "crm", "user": "a" * 500, "host": "h", "workstation": "w", "terminal": False},
    {"op": "acquire", "product": "crm", "user": "a\nb", "host": "h", "workstation": "w", "terminal": False},
    {"op": "heartbeat", "session": 5},
    {"op": "release"},
    {"op": "shutdown"},
])
def test_invalid_requests_are_refused(server, request_):
    assert call("127.0.0.1", server.port, request_)["code"] == "bad-request"


def test_guessed_session_tokens_do_nothing(server):
    ok = {"op": "acquire", "product": "crm", "user": "anna", "host": "pc", "workstation": "w1", "terminal": False}
    assert call("127.0.0.1", server.port, ok)["ok"]
    for guess in ("", "x", "0" * 32):
        call("127.0.0.1", server.port, {"op": "release", "session": guess})
    refused = call("127.0.0.1", server.port, {**ok, "user": "boris", "workstation": "w2"})
    assert refused["code"] == "no-seats" and refused["holders"][0]["user"] == "anna"
    assert "session" not in json.dumps(refused["holders"])


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=12)


# One service for all examples is fine: junk requests leave no state behind.
@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(request=st.dictionaries(st.sampled_from(["op", "product", "user", "host", "workstation",
                                                "terminal", "session", "x"]), json_values, max_size=7))
def test_service_answers_any_request_without_raising(make_service, request):
    service = make_service()
    answer = service.handle(request, "127.0.0.1")
    assert isinstance(answer, dict) and isinstance(answer["ok"], bool)


@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=200))
def test_decode_rejects_or_returns_an_object(data):
    try:
        assert isinstance(decode(data), dict)
    except ProtocolError:
        pass

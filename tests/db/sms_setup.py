"""The SMS gateway of the tests (GRP-3): a real HTTP server on 127.0.0.1 (http.server in a thread)
that answers the JSON protocol of services/sms.py and keeps what it received; the clients,
contact persons and SMS numbers of a test."""
from __future__ import annotations

import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import delete, insert, select

from crm_desktop.data.schema import client_sms_phones, event_types, events
from tests.db.client_setup import make_client, make_contact  # noqa: F401 - the tests take them from here

REFUSED = "+79160000000"
SLOW = "+79169999999"


class Gateway:
    """What the SMS gateway received; REFUSED gets a 400 with an error, SLOW no answer in time."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.paths: list[str] = []
        self.release = threading.Event()

    def answer(self, request: dict) -> tuple[int, dict]:
        if request.get("password") != "secret":
            return 401, {"error": "Неверный логин или пароль"}
        if request.get("action") == "balance":
            return 200, {"balance": 125.5}
        if request.get("phone") == REFUSED:
            return 400, {"error": "Номер в стоп-листе"}
        if request.get("phone") == SLOW:
            self.release.wait(5)
        return 200, {"id": f"msg{len(self.requests)}"}

    def to(self, phone: str) -> list[str]:
        return [r["text"] for r in self.requests if r.get("action") == "send" and r.get("phone") == phone]

    @property
    def sent(self) -> list[str]:
        return [r["phone"] for r in self.requests if r.get("action") == "send"]


class _Handler(BaseHTTPRequestHandler):
    state: Gateway

    def do_POST(self) -> None:  # noqa: N802
        assert self.headers["Content-Type"].startswith("application/json")
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
        self.state.requests.append(request)
        self.state.paths.append(self.path)
        status, body = self.state.answer(request)
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        try:
            self.wfile.write(raw)
        except OSError:            # the client gave up waiting (the timeout test)
            pass

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


@contextmanager
def serving(tls: ssl.SSLContext | None = None) -> Iterator[tuple[Gateway, str]]:
    """A gateway on a free port of 127.0.0.1, over TLS when a server context is given."""
    state = Gateway()
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_Handler,), {"state": state}))
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}/api/send"
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def gateway():
    with serving() as served:
        yield served


def self_signed(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting it) of a certificate made for 127.0.0.1."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "gateway.pem", folder / "gateway.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    return server, ssl.create_default_context(cafile=str(cert_file))


@pytest.fixture
def sms_type(db) -> int:
    """The stock «Отправлено SMS» (migration 9)."""
    with db.read() as conn:
        return conn.execute(select(event_types.c.id).where(event_types.c.name == "Отправлено SMS")).scalar_one()


@pytest.fixture
def no_sms_type(db, sms_type) -> None:
    """An office whose administrator removed the SMS event type."""
    with db.begin() as conn:
        conn.execute(delete(event_types).where(event_types.c.id == sms_type))


def make_phone(conn, client_id: int, phone: str, contact_id: int | None = None, subscribed: int = 1) -> None:
    conn.execute(insert(client_sms_phones).values(client_id=client_id, phone=phone, contact_person_id=contact_id,
                                                  subscribed=subscribed))


def events_of(db, client_id: int) -> list[tuple[str, str, int | None]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(
            select(event_types.c.name, events.c.description, events.c.contact_id)
            .select_from(events.join(event_types, event_types.c.id == events.c.event_type_id))
            .where(events.c.client_id == client_id))]

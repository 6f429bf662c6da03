"""A real SMTP server (aiosmtpd on 127.0.0.1) keeping what it receives, and clients with e-mail
addresses, for the mailing tests of the service and of its windows."""
from __future__ import annotations

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import insert

from crm_desktop.data.schema import client_emails
from tests.db.client_setup import make_client, make_contact  # noqa: F401 - the tests take them from here

REFUSED = "refused@example.ru"


class Inbox:
    """An aiosmtpd handler keeping every message; REFUSED is answered 550 at RCPT."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001
        if address == REFUSED:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 Message accepted"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for rcpt, m in self.messages if address in rcpt]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    """(inbox, port) of a running server."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


def make_email(conn, client_id: int, address: str, contact_id: int | None = None, subscribed: int = 1) -> None:
    conn.execute(insert(client_emails).values(client_id=client_id, email=address, contact_person_id=contact_id,
                                              subscribed=subscribed))

"""Mail recipients and the mailbox password (GRP-2, manual 001 «Рассылка E-Mail с помощью
групповой обработки»).

The addresses of the card's tab «Рассылка E-Mail & SMS» (CLIENT_EMAILS) with the contact person
each belongs to (data/mailing_lists, shared with SMS); the connection given is the session's
scoped one, so a private client of someone else is simply not there. The mailbox password lives
in the OS keyring, never in the database; where no keyring backend exists it is just not stored."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from crm_desktop.data import mailing_lists as lists
from crm_desktop.data.mailing_lists import ClientRow, ListRow
from crm_desktop.data.schema import client_emails, clients

KEYRING_SERVICE = "crm-desktop-mail"
MAIL_EVENT_TYPE = "Отправлено письмо"
CHANNEL = lists.Channel(client_emails, "email", clients.c.no_email_mailing, MAIL_EVENT_TYPE, ("%письм%",),
                        KEYRING_SERVICE)


def mail_clients(conn: Connection, client_ids: Iterable[int]) -> dict[int, ClientRow]:
    """The chosen clients the connection may see, by id; `excluded`: «Исключить из E-Mail рассылки»."""
    return lists.channel_clients(conn, CHANNEL, client_ids)


def addresses(conn: Connection, client_ids: Iterable[int]) -> list[ListRow]:
    """Every address of the chosen clients (`value`), subscribed or not, with its contact person."""
    return lists.list_rows(conn, CHANNEL, client_ids)


def mail_event_type(conn: Connection) -> int | None:
    """«Отправлено письмо», else the first type about a letter, else None."""
    return lists.channel_event_type(conn, CHANNEL)


def mailbox_password(user_id: int, address: str) -> str | None:
    return lists.password(CHANNEL, user_id, address.strip().lower())


def store_mailbox_password(user_id: int, address: str, password: str) -> bool:
    """False when no keyring backend is available (the password is then asked for each run)."""
    return lists.store_password(CHANNEL, user_id, (address.strip().lower(),), password)

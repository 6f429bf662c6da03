"""SMS recipients and the SMS account password (GRP-3, manual 001 «Рассылка SMS сообщений с
помощью групповой обработки»).

The numbers of the card's tab «Рассылка E-Mail & SMS» (CLIENT_SMS_PHONES) with the contact
person each belongs to and the client's «Исключить из SMS-рассылки» (data/mailing_lists, shared
with mail); the connection given is the session's scoped one, so a private client of someone
else is simply not there. The account password lives in the OS keyring (data/credentials),
never in the database."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from crm_desktop.data import mailing_lists as lists
from crm_desktop.data.mailing_lists import ClientRow, ListRow
from crm_desktop.data.schema import client_sms_phones, clients

KEYRING_SERVICE = "crm-desktop-sms"
SMS_EVENT_TYPE = "Отправлено SMS"
CHANNEL = lists.Channel(client_sms_phones, "phone", clients.c.no_sms_mailing, SMS_EVENT_TYPE, ("%sms%", "%смс%"),
                        KEYRING_SERVICE)


def sms_clients(conn: Connection, client_ids: Iterable[int]) -> dict[int, ClientRow]:
    """The chosen clients the connection may see, by id; `excluded`: «Исключить из SMS-рассылки»."""
    return lists.channel_clients(conn, CHANNEL, client_ids)


def phones(conn: Connection, client_ids: Iterable[int]) -> list[ListRow]:
    """Every SMS number of the chosen clients (`value`), subscribed or not, with its contact person."""
    return lists.list_rows(conn, CHANNEL, client_ids)


def sms_event_type(conn: Connection) -> int | None:
    """«Отправлено SMS», else the first type whose name speaks of SMS, else None (the stock
    dictionary has no such type: an administrator adds it in «Типы событий»)."""
    return lists.channel_event_type(conn, CHANNEL)


def account_password(user_id: int, url: str, login: str) -> str | None:
    return lists.password(CHANNEL, user_id, url.strip(), login.strip())


def store_account_password(user_id: int, url: str, login: str, password: str) -> bool:
    """False when no keyring backend is available."""
    return lists.store_password(CHANNEL, user_id, (url.strip(), login.strip()), password)

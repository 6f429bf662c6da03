"""Clients and contact persons of the mailing tests (e-mail and SMS), written straight to the
database of the test."""
from __future__ import annotations

from sqlalchemy import insert

from crm_desktop.data.schema import clients, contacts


def make_client(conn, code: int, name: str, curator: int, **values) -> int:
    return conn.execute(insert(clients).values(code=code, name=name, curator_id=curator, **values)
                        .returning(clients.c.id)).scalar_one()


def make_contact(conn, client_id: int, surname: str, first: str, patronymic: str, salutation: str = "") -> int:
    return conn.execute(insert(contacts).values(client_id=client_id, surname=surname, first_name=first,
                                                patronymic=patronymic, salutation=salutation or None)
                        .returning(contacts.c.id)).scalar_one()

"""The SQLAlchemy tables in crm_desktop/data/schema.py describe the database the migrations build."""
from __future__ import annotations

from sqlalchemy import inspect

from crm_desktop.data.schema import metadata
from tests.migrations.snapshot import snapshot


def _kind(type_) -> str:
    name = type(type_).__name__.upper()
    for family in ("SMALLINT", "INTEGER", "BIGINT", "VARCHAR", "CHAR", "TIMESTAMP", "DATETIME", "DATE",
                   "NUMERIC", "BLOB", "TEXT", "STRING", "LARGEBINARY"):
        if family in name:
            return {"DATETIME": "TIMESTAMP", "TEXT": "BLOB", "STRING": "VARCHAR", "LARGEBINARY": "BLOB"}.get(family, family)
    return name


def test_tables_and_columns_match(db) -> None:
    with db.read() as conn:
        insp = inspect(conn)
        assert set(insp.get_table_names()) == set(metadata.tables)
        for table in metadata.sorted_tables:
            reflected = {c["name"]: c for c in insp.get_columns(table.name)}
            declared = {c.name: c for c in table.columns}
            assert list(reflected) == list(declared), table.name
            for name, column in declared.items():
                got = reflected[name]
                assert _kind(got["type"]) == _kind(column.type), f"{table.name}.{name}"
                assert got["nullable"] == (column.nullable and not column.primary_key), f"{table.name}.{name}"
                length = getattr(column.type, "length", None)
                if length:
                    assert got["type"].length == length, f"{table.name}.{name}"
            assert set(insp.get_pk_constraint(table.name)["constrained_columns"]) == {
                c.name for c in table.primary_key.columns}, table.name


def test_name_collations_match(db) -> None:
    by_column = {(row[0].lower(), row[1].lower()): row[7] for row in snapshot(db)["columns"]}
    declared = {(t.name, c.name): c.info.get("collation", "None")
                for t in metadata.sorted_tables for c in t.columns
                if (t.name, c.name) in by_column and by_column[t.name, c.name] != "None"
                or c.info.get("collation")}
    assert declared == {key: by_column[key] for key in declared}


def test_every_card_field_has_its_column() -> None:
    """The card's field metadata (domain) and the clients tables use the same names."""
    from crm_desktop.domain.client_fields import (BANK_ACCOUNT, CONTACT_PERSON, MAILING_EMAIL,
                                                  MAILING_PHONE, ClientKind, FieldKind, client_fields)
    tables = metadata.tables
    for kind in ClientKind:
        stored = {f.name for f in client_fields(kind) if f.kind is not FieldKind.DICTIONARY_SET}
        assert stored - set(tables["clients"].c.keys()) == set(), kind
    for record, table in ((CONTACT_PERSON, "contacts"), (BANK_ACCOUNT, "client_banks"),
                          (MAILING_EMAIL, "client_emails"), (MAILING_PHONE, "client_sms_phones")):
        assert {f.name for f in record.fields} - set(tables[table].c.keys()) == set(), table

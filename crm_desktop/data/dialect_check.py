"""Constructs Firebird 2.5 does not accept, to keep every migration runnable on old servers.

Used by tests/migrations/test_dialect.py over every step, including generated DDL.
"""
from __future__ import annotations

import re

FORBIDDEN: list[tuple[str, re.Pattern[str]]] = [
    ("BOOLEAN (use SMALLINT 0/1 with CHECK)", re.compile(r"\bBOOLEAN\b", re.I)),
    ("TRUE/FALSE literals", re.compile(r"\b(TRUE|FALSE)\b", re.I)),
    ("IDENTITY columns (use a generator and a trigger)", re.compile(r"\bIDENTITY\b", re.I)),
    ("window functions (OVER)", re.compile(r"\bOVER\s*\(", re.I)),
    ("OFFSET … FETCH (use FIRST/SKIP or ROWS)", re.compile(r"\bOFFSET\b|\bFETCH\s+(FIRST|NEXT)\b", re.I)),
    ("packages", re.compile(r"\bPACKAGE\b", re.I)),
    ("stored functions (Firebird 3)", re.compile(r"\bCREATE\s+(OR\s+ALTER\s+)?FUNCTION\b", re.I)),
    ("DDL triggers", re.compile(r"\b(BEFORE|AFTER)\s+(ANY\s+DDL|CREATE|ALTER|DROP)\b", re.I)),
    ("Firebird 4 types", re.compile(r"\b(INT128|DECFLOAT|TIME\s+ZONE|BINARY|VARBINARY)\b", re.I)),
    ("LOCALTIMESTAMP/LOCALTIME", re.compile(r"\bLOCAL(TIMESTAMP|TIME)\b", re.I)),
    ("SKIP LOCKED (Firebird 5)", re.compile(r"\bSKIP\s+LOCKED\b", re.I)),
    ("RETURNING in PSQL INSERT … SELECT", re.compile(r"\bUPDATE\s+OR\s+INSERT\b.*\bRETURNING\b.*\bSELECT\b", re.I | re.S)),
    ("LIMIT (not Firebird)", re.compile(r"\bLIMIT\s+\d", re.I)),
]
MAX_IDENTIFIER = 31
_IDENT_AFTER = re.compile(
    r"\b(?:TABLE|INDEX|TRIGGER|SEQUENCE|GENERATOR|VIEW|PROCEDURE|EXCEPTION|DOMAIN|CONSTRAINT)\s+"
    r"(?:IF\s+NOT\s+EXISTS\s+)?([A-Z_][A-Z0-9_$]*)", re.I)
_COLUMN_DEF = re.compile(r"(?:^|[(,])\s*([A-Z_][A-Z0-9_$]*)\s+(?:INTEGER|SMALLINT|BIGINT|VARCHAR|CHAR|DATE|"
                         r"TIMESTAMP|TIME|NUMERIC|DECIMAL|BLOB|DOUBLE|FLOAT)\b", re.I | re.M)
_STRING = re.compile(r"'(?:[^']|'')*'")


def problems(sql: str) -> list[str]:
    """What in this SQL Firebird 2.5 would reject ([] when none)."""
    code = _STRING.sub("''", "\n".join(line.split("--", 1)[0] for line in sql.splitlines()))
    found = [f"{what}" for what, pattern in FORBIDDEN if pattern.search(code)]
    names = _IDENT_AFTER.findall(code) + _COLUMN_DEF.findall(code)
    found += [f"имя длиннее {MAX_IDENTIFIER} символов: {n}" for n in names if len(n) > MAX_IDENTIFIER]
    return found

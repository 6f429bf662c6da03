"""What a database consists of, read from the system tables, for comparing two databases."""
from __future__ import annotations

import fdb

from crm_desktop.data.database import Database

_QUERIES = {
    "columns": """SELECT TRIM(RF.RDB$RELATION_NAME), TRIM(RF.RDB$FIELD_NAME), F.RDB$FIELD_TYPE,
                         F.RDB$FIELD_LENGTH, F.RDB$FIELD_SCALE, COALESCE(F.RDB$FIELD_SUB_TYPE, 0),
                         COALESCE(RF.RDB$NULL_FLAG, 0), TRIM(COLL.RDB$COLLATION_NAME),
                         CAST(RF.RDB$DEFAULT_SOURCE AS VARCHAR(200))
                  FROM RDB$RELATION_FIELDS RF
                  JOIN RDB$FIELDS F ON F.RDB$FIELD_NAME = RF.RDB$FIELD_SOURCE
                  JOIN RDB$RELATIONS R ON R.RDB$RELATION_NAME = RF.RDB$RELATION_NAME
                  LEFT JOIN RDB$COLLATIONS COLL ON COLL.RDB$COLLATION_ID = RF.RDB$COLLATION_ID
                       AND COLL.RDB$CHARACTER_SET_ID = F.RDB$CHARACTER_SET_ID
                  WHERE COALESCE(R.RDB$SYSTEM_FLAG, 0) = 0""",
    "indexes": """SELECT TRIM(I.RDB$RELATION_NAME), TRIM(S.RDB$FIELD_NAME), S.RDB$FIELD_POSITION,
                         COALESCE(I.RDB$UNIQUE_FLAG, 0), COALESCE(I.RDB$INDEX_INACTIVE, 0),
                         CASE WHEN I.RDB$INDEX_NAME STARTING WITH 'RDB$' THEN '' ELSE TRIM(I.RDB$INDEX_NAME) END
                  FROM RDB$INDICES I JOIN RDB$INDEX_SEGMENTS S ON S.RDB$INDEX_NAME = I.RDB$INDEX_NAME
                  WHERE COALESCE(I.RDB$SYSTEM_FLAG, 0) = 0""",
    "triggers": """SELECT TRIM(RDB$TRIGGER_NAME), TRIM(RDB$RELATION_NAME), RDB$TRIGGER_TYPE,
                          CAST(RDB$TRIGGER_SOURCE AS VARCHAR(4000))
                   FROM RDB$TRIGGERS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0""",
    "generators": """SELECT TRIM(RDB$GENERATOR_NAME) FROM RDB$GENERATORS
                     WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0""",
    "constraints": """SELECT TRIM(RDB$RELATION_NAME), RDB$CONSTRAINT_TYPE, COUNT(*)
                      FROM RDB$RELATION_CONSTRAINTS GROUP BY 1, 2""",
}

REFERENCE_TABLES = {
    "ROLES": "CODE, NAME", "PERMISSIONS": "CODE, NAME", "ROLE_PERMISSIONS": "ROLE_ID, PERM_CODE",
    "REGIONS": "NAME, REGION_TYPE, KLADR_CODE", "CITIES": "REGION_ID, NAME, POSTAL_CODE, OKTMO",
    "EVENT_TYPES": "NAME, CALL_KIND", "CLASSIFIERS": "CODE, SCOPE, NAME",
    "CLASSIFIER_VALUES": "CLASSIFIER_ID, NAME", "SALES_STAGES": "NAME, SORT_ORDER",
    "CASH_DESKS": "NAME", "SETTINGS": "SETTING_KEY, SETTING_VAL",
}


def snapshot(db: Database) -> dict[str, list[tuple]]:
    con = db.raw(fdb.ISOLATION_LEVEL_READ_COMMITED_RO)
    try:
        cur = con.cursor()
        out = {}
        for name, sql in _QUERIES.items():
            cur.execute(sql)
            out[name] = sorted(tuple(str(v) for v in row) for row in cur.fetchall())
        for table, columns in REFERENCE_TABLES.items():
            cur.execute(f"SELECT {columns} FROM {table}")
            out[table] = sorted(tuple(str(v) for v in row) for row in cur.fetchall())
        return out
    finally:
        con.close()


def diff(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> dict[str, tuple[list, list]]:
    """Per part: (only in a, only in b) — readable in a failing assertion."""
    out = {}
    for key in sorted(set(a) | set(b)):
        left, right = set(a.get(key, [])), set(b.get(key, []))
        if left != right:
            out[key] = (sorted(left - right)[:10], sorted(right - left)[:10])
    return out

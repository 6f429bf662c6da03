"""Facts about an open database for `crm-admin check` (PLAT-7)."""
from __future__ import annotations

from dataclasses import dataclass

import fdb

from crm_desktop.data.database import Database


@dataclass(frozen=True)
class DbFacts:
    engine_version: str
    page_size: int
    ods: str
    attachments: int
    pages: int


def facts(db: Database) -> DbFacts:
    con = db.raw(fdb.ISOLATION_LEVEL_READ_COMMITED_RO)
    try:
        cur = con.cursor()
        cur.execute("SELECT RDB$GET_CONTEXT('SYSTEM', 'ENGINE_VERSION') FROM RDB$DATABASE")
        engine = cur.fetchone()[0]
        cur.execute("SELECT MON$PAGE_SIZE, MON$ODS_MAJOR, MON$ODS_MINOR, MON$PAGES FROM MON$DATABASE")
        page_size, ods_major, ods_minor, pages = cur.fetchone()
        cur.execute("SELECT COUNT(*) FROM MON$ATTACHMENTS WHERE MON$SYSTEM_FLAG = 0")
        attachments = cur.fetchone()[0]
        return DbFacts(engine, page_size, f"{ods_major}.{ods_minor}", attachments, pages)
    finally:
        con.close()

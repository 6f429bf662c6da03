"""Audit columns and ID generators of the warehouse and cash tables, and the first warehouse."""

AUDITED = ["WAREHOUSES", "SPECIFICATIONS", "WH_DOCS", "CASH_ORDERS", "ORDERS"]


def data(con) -> None:
    con.cursor().execute("INSERT INTO WAREHOUSES (NAME, SORT_ORDER) VALUES ('Основной склад', 0)")

"""Reference data of the sales documents: units (ОКЕИ), VAT rates with their validity dates,
the two contract types the product ships with, and balance control switched on."""
from __future__ import annotations

from pathlib import Path

AUDITED = ["UNITS", "VAT_RATES", "NOMENCLATURE_GROUPS", "NOMENCLATURE", "DISCOUNT_TIERS", "SPECIAL_OFFERS",
           "INVOICES", "PAYMENTS", "ACTS", "VAT_INVOICES", "SALES", "WORKS", "CONTRACT_TYPES", "TARIFFS",
           "CONTRACTS"]

CONTRACTS_DIR = Path(__file__).resolve().parents[2] / "reports" / "contracts"

# (ОКЕИ code, short name, full name)
UNITS = [("796", "шт", "Штука"), ("166", "кг", "Килограмм"), ("163", "г", "Грамм"), ("168", "т", "Тонна"),
         ("112", "л", "Литр"), ("006", "м", "Метр"), ("055", "м2", "Квадратный метр"),
         ("113", "м3", "Кубический метр"), ("839", "компл", "Комплект"), ("778", "упак", "Упаковка"),
         ("356", "ч", "Час"), ("359", "сут", "Сутки"), ("362", "мес", "Месяц"), ("366", "год", "Год"),
         ("384", "тыс руб", "Тысяча рублей")]

# (kind, name, rate, valid from, valid to): Федеральный закон № 425-ФЗ raised the general rate
# to 22 % from 1 January 2026; simplified-tax payers may charge 5 % or 7 %
VAT_RATES = [("general", "20 %", "20", None, "2025-12-31"), ("general", "22 %", "22", "2026-01-01", None),
             ("reduced", "10 %", "10", None, None), ("zero", "0 %", "0", None, None),
             ("usn5", "5 % (УСН)", "5", None, None), ("usn7", "7 % (УСН)", "7", None, None),
             ("none", "Без НДС", None, None, None)]

# (type name, rich-text template, DOCX template) in reports/contracts
CONTRACT_TYPES = [("Договор поставки продукции", "supply.html", "supply.docx"),
                  ("Договор на оказание услуг", "services.html", "services.docx")]


def data(con) -> None:
    cur = con.cursor()
    cur.executemany("INSERT INTO UNITS (OKEI_CODE, NAME, FULL_NAME, SORT_ORDER) VALUES (?, ?, ?, ?)",
                    [(*u, i) for i, u in enumerate(UNITS)])
    cur.executemany("INSERT INTO VAT_RATES (KIND, NAME, RATE, VALID_FROM, VALID_TO) VALUES (?, ?, ?, ?, ?)",
                    VAT_RATES)
    for order, (name, html, docx) in enumerate(CONTRACT_TYPES):
        html_path, docx_path = CONTRACTS_DIR / html, CONTRACTS_DIR / docx
        # an installation without the reports folder gets the types without templates, which
        # the contract card then asks for
        cur.execute("INSERT INTO CONTRACT_TYPES (NAME, TEMPLATE_HTML, TEMPLATE_DOCX, SORT_ORDER) VALUES (?, ?, ?, ?)",
                    (name, html_path.read_text(encoding="utf-8") if html_path.exists() else None,
                     docx_path.read_bytes() if docx_path.exists() else None, order))
    cur.execute("UPDATE OR INSERT INTO SETTINGS (SETTING_KEY, SETTING_VAL) VALUES ('balance_control', '1') "
                "MATCHING (SETTING_KEY)")

"""The contract templates shipped with the program (reports/contracts), offered when a new
database gets its contract types (manual: "Договор на поставку продукции", "Договор на
оказание услуг")."""

from __future__ import annotations

from pathlib import Path

CONTRACTS_DIR = Path(__file__).resolve().parents[2] / "reports" / "contracts"

DEFAULT_TEMPLATES: list[tuple[str, str, str]] = [
    ("Договор поставки продукции", "supply.html", "supply.docx"),
    ("Договор на оказание услуг", "services.html", "services.docx"),
]


def load_default(name: str) -> tuple[str, bytes]:
    """HTML text and DOCX bytes of the shipped template of a contract type."""
    for type_name, html_file, docx_file in DEFAULT_TEMPLATES:
        if type_name == name:
            break
    else:
        known = ", ".join(f"«{t}»" for t, _, _ in DEFAULT_TEMPLATES)
        raise KeyError(f"Нет шаблона договора «{name}»; есть: {known}.")
    html_path, docx_path = CONTRACTS_DIR / html_file, CONTRACTS_DIR / docx_file
    for path in (html_path, docx_path):
        if not path.is_file():
            raise FileNotFoundError(f"Не найден шаблон договора {path}: папка reports/contracts должна "
                                    "лежать рядом с пакетом crm_desktop (переустановите программу).")
    return html_path.read_text(encoding="utf-8"), docx_path.read_bytes()

"""Layer rules of ARCHITECTURE.md: no Qt below ui, no SQL outside data, domain imports nothing of ours."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "crm_desktop"


def test_services_do_not_load_qt() -> None:
    code = ("import sys, pkgutil, importlib, crm_desktop.services as s\n"
            "for m in pkgutil.iter_modules(s.__path__): importlib.import_module('crm_desktop.services.' + m.name)\n"
            "import crm_desktop.data.migrations, crm_desktop.admin_cli\n"
            "print(sorted(k for k in sys.modules if k.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_imports_nothing_of_ours_and_no_qt_or_sql() -> None:
    for path in (PACKAGE / "domain").glob("*.py"):
        bad = {n for n in _imports(path) if n.startswith(("crm_desktop.", "PySide6", "sqlalchemy", "fdb"))
               and not n.startswith("crm_desktop.domain")}
        assert bad == set(), path.name


def test_no_sql_outside_data() -> None:
    for layer in ("services", "ui", "domain", "licensing"):
        for path in (PACKAGE / layer).rglob("*.py"):
            imports = _imports(path)
            assert not any(n.startswith(("sqlalchemy", "fdb")) for n in imports), path

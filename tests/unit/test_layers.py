"""Layer rules of ARCHITECTURE.md: no Qt below ui, no SQL outside data, domain imports nothing
of ours, the UI calls services only, and only data knows tables."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from crm_desktop.data.schema import metadata

PACKAGE = Path(__file__).resolve().parents[2] / "crm_desktop"
TABLES = {t.name.upper() for t in metadata.sorted_tables}
COLUMNS = {c.name.upper() for t in metadata.sorted_tables for c in t.columns}
SQL = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b")


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
            names |= {f"{node.module}.{a.name}" for a in node.names}   # from crm_desktop import data
    return names


def _strings(path: Path) -> set[str]:
    """String constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings}


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


def test_ui_calls_services_only() -> None:
    """Not even an error class or a connection type comes from crm_desktop.data: services
    export what screens hold and tell apart (services/startup.py, services/session.py)."""
    for path in (PACKAGE / "ui").rglob("*.py"):
        bad = {n for n in _imports(path) if n == "crm_desktop.data" or n.startswith("crm_desktop.data.")}
        assert bad == set(), path


def test_only_data_knows_tables() -> None:
    """Services may pass on dataclasses and named tuples of data modules, but no table object
    (crm_desktop.data.schema), no SQL and no table or column name: a bulk load names its
    tables in data/ too (data/sample_rows.py)."""
    for layer in ("services", "ui", "domain", "licensing"):
        for path in (PACKAGE / layer).rglob("*.py"):
            if path.parent.name == "forms":
                continue
            assert not {n for n in _imports(path) if n.startswith("crm_desktop.data.schema")}, path
            named = {s for s in _strings(path) if s in TABLES | COLUMNS or SQL.search(s)}
            assert named == set(), path

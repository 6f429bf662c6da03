"""Compile every forms/**/*.ui with pyside6-uic into its Python module.

forms/<dir>/<name>.ui → crm_desktop/ui/forms/<dir>/<name>_ui.py, except forms/licsrv/ which
goes to licsrv/forms/ (the licence server must not import crm_desktop.ui).
Run: python forms/build.py        (tests/unit/test_forms_fresh.py fails when output is stale)
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"


def target_for(ui: Path) -> Path:
    rel = ui.relative_to(FORMS)
    if rel.parts[0] == "licsrv":
        base = ROOT / "licsrv" / "forms" / Path(*rel.parts[1:])
    else:
        base = ROOT / "crm_desktop" / "ui" / "forms" / rel
    return base.with_name(base.stem + "_ui.py")


def compile_ui(ui: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    out = subprocess.run([str(uic), "--no-autoconnection", str(ui)], check=True,
                         capture_output=True, text=True).stdout
    # uic stamps its own version in a header comment; drop it so output depends only on the .ui
    return "".join(line for line in out.splitlines(keepends=True)
                   if not line.startswith("## Created by: Qt User Interface Compiler"))


def main() -> int:
    for ui in sorted(FORMS.rglob("*.ui")):
        target = target_for(ui)
        target.parent.mkdir(parents=True, exist_ok=True)
        for pkg in (target.parent, *target.parent.parents):
            if pkg in (ROOT / "crm_desktop" / "ui", ROOT / "licsrv", ROOT):
                break
            (pkg / "__init__.py").touch()
        target.write_text(compile_ui(ui), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generated form modules match their .ui files (run `python forms/build.py` after editing)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("forms_build", ROOT / "forms" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)
UI_FILES = sorted((ROOT / "forms").rglob("*.ui"))


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: str(p.relative_to(ROOT / "forms")))
def test_generated_module_is_fresh(ui: Path) -> None:
    target = build.target_for(ui)
    assert target.exists(), f"{target} missing: run python forms/build.py"
    assert target.read_text(encoding="utf-8") == build.compile_ui(ui), f"{target} is stale: run python forms/build.py"

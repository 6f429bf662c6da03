"""Every report of the menu and the card, generated on Firebird and written in every export
format from the command line's entry point (REP-1, REP-3): each file is read back by its own
library, carries the report's title and ends with «Сформировал»; a report the reader may not
export is refused; `--report list` names them all."""
from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from defusedxml import ElementTree
from docx import Document
from odf.opendocument import load as load_odf
from PIL import Image
from pypdf import PdfReader

from crm_desktop.domain.cash import CashKind
from crm_desktop.domain.permissions import Permission
from crm_desktop.reporting.report_export import FORMATS
from crm_desktop.services import reports
from crm_desktop.services.session import AccessDenied
from tests.db.sales_setup import make_shop
from tests.db.test_cash import enter

NOW = datetime(2026, 11, 20, 12, 0)
ALL_TIME = ["date_from=01.01.2026", "date_to=31.12.2026"]
# reports over what an administrator sets up first (a funnel profile, a process run): without it
# they refuse in one sentence, which is what this world checks of them
NEEDS_SETUP = {"funnel", "targeting", "process-protocol"}
SIGNATURE = "Сформировал: Админов Админ, 20.11.2026 12:00"


@pytest.fixture
def shop_world(db, users, session_of):
    shop = make_shop(db, session_of, users)
    enter(session_of("manager"), CashKind.RECEIPT, "1500", when=datetime(2026, 11, 2, 10),
          client_id=shop.clients["ООО «Аудит»"], person="ООО «Аудит»")
    from crm_desktop.services import clients
    return {"client": str(clients.load_card(session_of("admin"), shop.clients["ООО «Аудит»"]).code)}


def _assignments(spec, world) -> list[str]:
    out = []
    for p in spec.params:
        if p.name in ("date_from", "date_to"):
            out.append(ALL_TIME[0] if p.name == "date_from" else ALL_TIME[1])
        elif p.kind == "client" and p.required:
            out.append(f"client={world['client']}")
        elif p.kind == "int" and p.required:
            pytest.skip(f"{spec.slug} needs a {p.name} of its own")
    return out


def _text_of(path: Path) -> str:
    """What the file says, read by the library made for its format."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                         for v in row if v is not None)
    if suffix == ".docx":
        doc = Document(str(path))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if suffix in (".odt", ".ods"):
        from odf import teletype, text
        doc = load_odf(str(path))
        return "\n".join(teletype.extractText(p) for p in doc.getElementsByType(text.P))
    if suffix == ".xml":
        root = ElementTree.parse(path).getroot()
        return " ".join(root.attrib.values()) + "\n" + "\n".join(e.text or "" for e in root.iter())
    if suffix in (".html", ".htm"):
        return path.read_text(encoding="utf-8")
    with Image.open(path) as image:              # a page as a picture: a real image of a page
        assert image.size[0] > 500 and image.size[1] > 500
    return ""


@pytest.mark.parametrize("slug", [s.slug for s in reports.specs()])
def test_every_report_in_every_format(slug, shop_world, session_of, tmp_path) -> None:
    admin = session_of("admin")
    spec = reports.spec(slug)
    given = _assignments(spec, shop_world)
    if slug in NEEDS_SETUP:
        try:
            reports.generate(admin, slug, dict(a.split("=", 1) for a in given), now=NOW).close()
        except reports.ParamError as exc:
            assert str(exc).endswith(".") and "\n" not in str(exc)
            pytest.skip(f"{slug}: {exc}")
    for suffix in FORMATS:
        out = tmp_path / f"{slug}{suffix}"
        written = reports.run_command(admin, slug, given, out, now=NOW)
        assert written[0] == out and out.stat().st_size > 0
        text = _text_of(out)
        if suffix not in (".png", ".jpg", ".jpeg", ".gif"):
            assert spec.title in text, f"{slug}{suffix}: no title"
            assert SIGNATURE in text, f"{slug}{suffix}: no «Сформировал»"
        if suffix in (".xlsx", ".docx", ".odt", ".ods"):
            assert zipfile.is_zipfile(out)


def test_export_needs_the_right_and_bad_input_is_one_sentence(shop_world, session_of, tmp_path, db) -> None:
    from sqlalchemy import delete, select

    from crm_desktop.data.schema import role_permissions, roles
    with db.begin() as conn:
        role = conn.execute(select(roles.c.id).where(roles.c.code == "manager")).scalar_one()
        conn.execute(delete(role_permissions).where(role_permissions.c.role_id == role,
                                                    role_permissions.c.perm_code == Permission.EXPORT_DATA.value))
    manager = session_of("manager")
    with pytest.raises(AccessDenied, match="Выгружать данные"):
        reports.run_command(manager, "events", ALL_TIME, tmp_path / "e.pdf", now=NOW)
    assert not (tmp_path / "e.pdf").exists()
    admin = session_of("admin")
    with pytest.raises(reports.ParamError, match="Нет отчёта «nope»"):
        reports.run_command(admin, "nope", [], tmp_path / "x.pdf")
    with pytest.raises(reports.ParamError, match="не поддерживается"):
        reports.run_command(admin, "events", [], tmp_path / "x.txt")
    with pytest.raises(reports.ParamError, match="ИМЯ=ЗНАЧЕНИЕ"):
        reports.run_command(admin, "events", ["date_from"], tmp_path / "x.pdf")
    with pytest.raises(reports.ParamError, match="нет параметра colour"):
        reports.run_command(admin, "events", ["colour=red"], tmp_path / "x.pdf")


def test_report_list_names_every_report_with_its_parameters() -> None:
    listed = "\n".join(reports.describe())
    for spec in reports.specs():
        assert spec.slug in listed and spec.title in listed
    assert "date_from: Дата с (date, по умолчанию month_start)" in listed

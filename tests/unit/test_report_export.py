"""«Экспорт» of a report (REP-3): every format written from a hand-built Report and read back
with its own library — the title, the parameter lines, text, tables with group headings,
subtotals and totals, charts and the «Сформировал» line; typed cells in the spreadsheets and
the XML; page edits; a saved and reopened report exports the same; a long report streams."""
from __future__ import annotations

import weakref
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from defusedxml import ElementTree

from crm_desktop.reporting.report_export import FORMATS, export, image_path
from crm_desktop.reporting.report_model import (Chart, ChartSpec, Column, Header, Kind, Report, TableSpec,
                                                TableWriter, Text)

SALES = TableSpec("main", (Column("manager", "Менеджер", Kind.TEXT, 2),
                           Column("client", "Клиент", Kind.TEXT, 3),
                           Column("day", "Дата", Kind.DATE, 1.2),
                           Column("qty", "Кол-во", Kind.QTY, 1, True),
                           Column("sum", "Сумма", Kind.MONEY, 1.5, True),
                           Column("share", "Доля", Kind.PERCENT, 1)),
                  "Продажи", "manager", "Всего")
SECOND = TableSpec("second", (Column("name", "Имя"), Column("n", "Число", Kind.INT, 1, True)), "Вторая")
ROWS = [("Анна", "ООО «Ромашка» & Co", date(2026, 11, 3), Decimal("2"), Decimal("1234.50"), Decimal("12.5")),
        ("Анна", "ИП Петров", date(2026, 11, 5), Decimal("1.5"), Decimal("100.00"), Decimal("1")),
        ("Борис", "ЗАО Лютик", date(2026, 11, 7), Decimal("3"), Decimal("99.99"), Decimal("86.5"))]
SIGNATURE = "Сформировал: Иванов И., 01.12.2026 10:30"


def make_report(rows=None, orientation: str = "portrait") -> Report:
    report = Report(Header("sales-test", "Продажи по клиентам", ["Период: 01.11.2026 – 30.11.2026", "Менеджер: все"],
                           "Иванов И.", datetime(2026, 12, 1, 10, 30), orientation))
    report.add(Text(["Вступление отчёта"], bold=True))
    writer = TableWriter(report, SALES)
    writer.extend(ROWS if rows is None else rows)
    writer.close()
    report.add(Chart(ChartSpec("pie", "pie", "Доли менеджеров", 60), ["Анна", "Борис"], [[1334.5, 99.99]], ["Сумма"]))
    writer = TableWriter(report, SECOND)
    writer.add({"name": "x", "n": 5})
    writer.close()
    report.add(Text(["Конец"]))
    report.finish()
    return report


@pytest.fixture
def report():
    rep = make_report()
    yield rep
    rep.close()


def test_formats_and_unknown_suffix(report: Report, tmp_path: Path) -> None:
    assert set(FORMATS) == {".pdf", ".xlsx", ".docx", ".html", ".htm", ".xml", ".png", ".jpg", ".jpeg", ".gif",
                            ".odt", ".ods"}
    with pytest.raises(ValueError) as err:
        export(report, tmp_path / "r.txt")
    message = str(err.value)
    assert message.count(".") >= len(FORMATS) and message.endswith(".") and "«.txt»" in message
    assert ".xlsx" in message and ".odt" in message
    assert list(tmp_path.iterdir()) == []


def test_xlsx_typed_cells_formats_bold_and_frozen_titles(report: Report, tmp_path: Path) -> None:
    import openpyxl
    out = tmp_path / "r.xlsx"
    assert export(report, out) == [out]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Продажи", "Вторая"]
    ws = wb["Продажи"]
    rows = [[c for c in row if c.value is not None] for row in ws.iter_rows()]
    texts = [[c.value for c in row] for row in rows]
    assert texts[0] == ["Продажи по клиентам"] and rows[0][0].font.b
    assert texts[1:3] == [["Период: 01.11.2026 – 30.11.2026"], ["Менеджер: все"]]
    head = texts.index(["Менеджер", "Клиент", "Дата", "Кол-во", "Сумма", "Доля"]) + 1   # 1-based row
    assert ws.freeze_panes == f"A{head + 1}"
    assert ws.print_title_rows == f"${head}:${head}"
    group, first = rows[head], rows[head + 1]
    assert [c.value for c in group] == ["Анна"] and group[0].font.b
    assert [c.value for c in first] == ["Анна", "ООО «Ромашка» & Co", datetime(2026, 11, 3), 2, 1234.5, 12.5]
    assert [c.number_format for c in first[2:]] == ["DD.MM.YYYY", "General", "#,##0.00", '0.0" %"']
    assert not any(c.font.b for c in first)
    subtotal = rows[head + 3]
    assert [c.value for c in subtotal] == ["Итого по «Анна»", 3.5, 1334.5] and all(c.font.b for c in subtotal)
    total = next(r for r in rows if r and r[0].value == "Всего")
    assert [c.value for c in total] == ["Всего", 6.5, 1434.49] and total[2].number_format == "#,##0.00"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width > ws.column_dimensions["D"].width
    assert ["Доли менеджеров"] in texts and ["Анна", 1334.5] in texts
    assert len(ws._charts) == 1
    second = wb["Вторая"]
    last = [[c.value for c in row if c.value is not None] for row in second.iter_rows()]
    assert ["x", 5] in last and ["Итого", 5] in last and ["Конец"] in last
    assert last[-1] == [SIGNATURE]
    assert second.freeze_panes == "A5"


def test_docx_paragraphs_tables_and_chart(report: Report, tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn
    out = tmp_path / "r.docx"
    export(report, out)
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs == ["Продажи по клиентам", "Период: 01.11.2026 – 30.11.2026", "Менеджер: все",
                          "Вступление отчёта", "Продажи", "Доли менеджеров", "Вторая", "Конец", SIGNATURE]
    sales, second = document.tables
    cells = [[c.text for c in row.cells] for row in sales.rows]
    assert cells[0] == ["Менеджер", "Клиент", "Дата", "Кол-во", "Сумма", "Доля"]
    assert sales.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert cells[1] == ["Анна"] * 6                           # one cell across the table
    assert cells[2] == ["Анна", "ООО «Ромашка» & Co", "03.11.2026", "2", "1\u00a0234,50", "12,5\u00a0%"]
    assert cells[-1] == ["Всего", "", "", "6,5", "1\u00a0434,49", ""]
    assert all(r.bold for r in sales.rows[-1].cells[0].paragraphs[0].runs)
    assert [[c.text for c in row.cells] for row in second.rows] == [["Имя", "Число"], ["x", "5"], ["Итого", "5"]]
    assert len(document.inline_shapes) == 1


def test_odt_text_and_tables(report: Report, tmp_path: Path) -> None:
    from odf import draw, table, teletype
    from odf.opendocument import load
    out = tmp_path / "r.odt"
    export(report, out)
    doc = load(str(out))
    paragraphs = [teletype.extractText(p) for p in doc.text.childNodes if p.qname[1] == "p"]
    assert [p for p in paragraphs if p] == ["Продажи по клиентам", "Период: 01.11.2026 – 30.11.2026", "Менеджер: все",
                                            "Вступление отчёта", "Продажи", "Доли менеджеров", "Вторая", "Конец",
                                            SIGNATURE]
    sales = doc.text.getElementsByType(table.Table)[0]
    assert len(sales.getElementsByType(table.TableHeaderRows)) == 1
    rows = [[teletype.extractText(c) for c in r.getElementsByType(table.TableCell)]
            for r in sales.getElementsByType(table.TableRow)]
    assert rows[0] == ["Менеджер", "Клиент", "Дата", "Кол-во", "Сумма", "Доля"]
    assert rows[1] == ["Анна"]
    assert rows[2] == ["Анна", "ООО «Ромашка» & Co", "03.11.2026", "2", "1\u00a0234,50", "12,5\u00a0%"]
    assert rows[-1] == ["Всего", "", "", "6,5", "1\u00a0434,49", ""]
    assert len(doc.text.getElementsByType(draw.Image)) == 1


def test_ods_typed_cells_and_frozen_titles(report: Report, tmp_path: Path) -> None:
    from odf import table, teletype
    from odf.opendocument import load
    out = tmp_path / "r.ods"
    export(report, out)
    doc = load(str(out))
    sheets = doc.spreadsheet.getElementsByType(table.Table)
    assert [s.getAttribute("name") for s in sheets] == ["Продажи", "Вторая"]

    def cells(sheet):
        return [[(c.getAttribute("valuetype"), c.getAttribute("value") or c.getAttribute("datevalue"),
                  teletype.extractText(c)) for c in r.getElementsByType(table.TableCell) if teletype.extractText(c)]
                for r in sheet.getElementsByType(table.TableRow)]
    rows = cells(sheets[0])
    assert rows[0] == [("string", None, "Продажи по клиентам")]
    assert [("string", None, "Анна"), ("string", None, "ООО «Ромашка» & Co"), ("date", "2026-11-03", "03.11.2026"),
            ("float", "2", "2"), ("float", "1234.50", "1\u00a0234,50"), ("float", "12.5", "12,5\u00a0%")] in rows
    assert [("string", None, "Всего"), ("float", "6.5", "6,5"), ("float", "1434.49", "1\u00a0434,49")] in rows
    assert cells(sheets[1])[-1] == [("string", None, SIGNATURE)]
    with zipfile.ZipFile(out) as z:
        settings = z.read("settings.xml").decode()
        content = z.read("content.xml").decode()
    assert 'config:name="VerticalSplitMode" config:type="short">2<' in settings
    assert 'table:style-name="C_money_b"' in content          # a total's sum: bold, money format


def test_xml_is_machine_readable(report: Report, tmp_path: Path) -> None:
    out = tmp_path / "r.xml"
    export(report, out)
    root = ElementTree.parse(out).getroot()
    assert root.tag == "report" and root.get("slug") == "sales-test" and root.get("title") == "Продажи по клиентам"
    assert root.get("generated-by") == "Иванов И." and root.get("generated-at") == "2026-12-01T10:30:00"
    assert [p.text for p in root.findall("param")] == ["Период: 01.11.2026 – 30.11.2026", "Менеджер: все"]
    assert [child.tag for child in root] == ["param", "param", "text", "table", "chart", "table", "text", "signature"]
    sales = root.find("table[@id='main']")
    assert [c.get("kind") for c in sales.find("columns")] == ["text", "text", "date", "qty", "money", "percent"]
    rows = sales.findall("row")
    assert [r.get("type") for r in rows] == ["group", "row", "row", "subtotal", "group", "row", "subtotal", "total"]
    first = {c.get("key"): c.text for c in rows[1]}
    assert first == {"manager": "Анна", "client": "ООО «Ромашка» & Co", "day": "2026-11-03", "qty": "2",
                     "sum": "1234.50", "share": "12.5"}
    assert {c.get("key"): c.text for c in rows[-1]} == {"manager": "Всего", "qty": "6.5", "sum": "1434.49"}
    points = root.find("chart").findall("series/point")
    assert [(p.get("label"), p.get("value")) for p in points] == [("Анна", "1334.5"), ("Борис", "99.99")]
    assert root.find("signature").text == SIGNATURE


def test_html_self_contained(report: Report, tmp_path: Path) -> None:
    out = tmp_path / "r.htm"
    export(report, out)
    html = out.read_text(encoding="utf-8")
    assert "<h1>Продажи по клиентам</h1>" in html and "Период: 01.11.2026 – 30.11.2026" in html
    assert "ООО «Ромашка» &amp; Co" in html and "1\u00a0234,50" in html
    assert '<tr class="group"><td colspan="6">Анна</td></tr>' in html
    assert '<tr class="total"><td>Всего</td>' in html
    assert html.count('src="data:image/png;base64,') == 1 and "<style>" in html
    assert "http" not in html.replace("http-equiv", "")      # nothing fetched from elsewhere
    order = ["Вступление отчёта", "Доли менеджеров", "Вторая", SIGNATURE]
    assert [html.index(text) for text in order] == sorted(html.index(text) for text in order)


def test_pdf_text(report: Report, tmp_path: Path) -> None:
    from pypdf import PdfReader
    out = tmp_path / "r.pdf"
    assert export(report, out) == [out]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in ("Продажи по клиентам", "Менеджер: все", "ИП Петров", "Итого по «Анна»", "1 434,49",
                     "Доли менеджеров", "Конец", SIGNATURE):
        assert expected in text.replace("\u00a0", " ").replace(SIGNATURE.replace("\u00a0", " "), SIGNATURE)


@pytest.mark.parametrize("suffix,fmt", [(".png", "PNG"), (".jpg", "JPEG"), (".jpeg", "JPEG"), (".gif", "GIF")])
def test_page_images(suffix: str, fmt: str, tmp_path: Path) -> None:
    from PIL import Image
    rows = [("Анна", f"Клиент {i}", date(2026, 11, 1), Decimal(1), Decimal(10), Decimal(1)) for i in range(150)]
    report = make_report(rows)
    try:
        out = tmp_path / f"r{suffix}"
        written = export(report, out)
    finally:
        report.close()
    assert len(written) >= 3 and written[0] == out
    assert written[1] == tmp_path / f"r-002{suffix}" and written == [image_path(out, n) for n in range(len(written))]
    assert sorted(tmp_path.iterdir()) == sorted(written)
    for path in written:
        with Image.open(path) as image:
            assert image.format == fmt
            assert image.size == (1240, 1754) or image.size == (1241, 1754)     # A4 at 150 dpi


def test_landscape_pages(tmp_path: Path) -> None:
    from PIL import Image
    report = make_report(orientation="landscape")
    try:
        [out] = export(report, tmp_path / "r.png")
    finally:
        report.close()
    with Image.open(out) as image:
        assert image.width > image.height


def test_saved_and_reopened_report_exports_the_same(report: Report, tmp_path: Path) -> None:
    import openpyxl
    report.edits[2] = {1: "Ромашка (исправлено)"}
    saved = report.save(tmp_path / "r.crmrep")
    reopened = Report.open(saved)
    try:
        for suffix in (".xml", ".html"):
            export(report, tmp_path / f"a{suffix}")
            export(reopened, tmp_path / f"b{suffix}")
            assert (tmp_path / f"a{suffix}").read_bytes() == (tmp_path / f"b{suffix}").read_bytes()
        export(report, tmp_path / "a.xlsx")
        export(reopened, tmp_path / "b.xlsx")
        a, b = openpyxl.load_workbook(tmp_path / "a.xlsx"), openpyxl.load_workbook(tmp_path / "b.xlsx")
        assert a.sheetnames == b.sheetnames
        for name in a.sheetnames:
            assert list(a[name].values) == list(b[name].values)
    finally:
        reopened.close()


def test_page_edits_are_exported(report: Report, tmp_path: Path) -> None:
    import openpyxl
    first_row = report.tables()[0].first + 1           # item 0 is the group heading «Анна»
    report.edits[first_row] = {1: "Ромашка (исправлено)", 4: "по договору"}
    report.edits[report.tables()[0].first] = {0: "Анна Сергеевна"}
    export(report, tmp_path / "r.xml")
    rows = ElementTree.parse(tmp_path / "r.xml").getroot().find("table").findall("row")
    assert rows[0][0].text == "Анна Сергеевна"
    assert {c.get("key"): c.text for c in rows[1]}["client"] == "Ромашка (исправлено)"
    assert {c.get("key"): c.text for c in rows[1]}["sum"] == "по договору"
    export(report, tmp_path / "r.xlsx")
    values = list(openpyxl.load_workbook(tmp_path / "r.xlsx")["Продажи"].values)
    assert ("Анна", "Ромашка (исправлено)", datetime(2026, 11, 3), 2, "по договору", 12.5) in values
    export(report, tmp_path / "r.html")
    assert "Ромашка (исправлено)" in (tmp_path / "r.html").read_text(encoding="utf-8")
    export(report, tmp_path / "r.docx")
    import docx
    cells = [[c.text for c in row.cells] for row in docx.Document(str(tmp_path / "r.docx")).tables[0].rows]
    assert cells[2][1] == "Ромашка (исправлено)" and cells[2][4] == "по договору"


def test_progress_and_cancel_leave_no_file(report: Report, tmp_path: Path) -> None:
    rows = ((f"М{i // 1000}", f"Клиент {i}", date(2026, 11, 1), Decimal(1), Decimal(i), Decimal(1))
            for i in range(2000))
    big = make_report(rows)
    heard: list[tuple[int, int]] = []

    def cancel(done: int, total: int, text: str = "") -> None:
        heard.append((done, total))
        raise RuntimeError("отменено")

    try:
        for suffix in (".xlsx", ".xml", ".html", ".docx", ".ods", ".odt"):
            with pytest.raises(RuntimeError):
                export(big, tmp_path / f"r{suffix}", progress=cancel)
        assert list(tmp_path.iterdir()) == []
        assert heard[0] == (500, big.item_count)
        seen: list[int] = []
        export(big, tmp_path / "r.xml", progress=lambda done, total, text="": seen.append(done))
        assert seen == [500, 1000, 1500, 2000]
    finally:
        big.close()


def test_hundred_thousand_rows_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writers read the spool as they write: of 100 000 rows only a few are alive at any
    moment (each spooled item is watched until it is garbage)."""
    rows = ((f"М{i // 1000:03d}", f"Клиент {i}", date(2026, 11, 1 + i % 28), Decimal(i % 7), Decimal(i) / 100,
             Decimal("1.5")) for i in range(100_000))
    report = make_report(rows)
    alive = {"now": 0, "most": 0}
    items = Report.items

    def gone() -> None:
        alive["now"] -= 1

    def watched(self: Report, first: int, count: int):
        for item in items(self, first, count):
            alive["now"] += 1
            alive["most"] = max(alive["most"], alive["now"])
            weakref.finalize(item, gone)
            yield item

    monkeypatch.setattr(Report, "items", watched)
    try:
        for suffix in (".xml", ".html", ".xlsx"):
            export(report, tmp_path / f"big{suffix}")
            assert alive["most"] < 1000, suffix
        root = ElementTree.parse(tmp_path / "big.xml").getroot()
        assert len(root.find("table").findall("row")) == report.tables()[0].count
        assert (tmp_path / "big.html").read_text(encoding="utf-8").count("<tr>") == 100_000 + 1 + 2  # «x», 2 heads
    finally:
        report.close()

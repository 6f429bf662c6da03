"""«Экспорт» of a report (REP-3): one call writes a generated or reopened Report in the format
its file name asks for — PDF and page images from the page renderer (report_pages), XLSX and
DOCX (report_export_office), ODT and ODS (report_export_odf), HTML (reports/report.html.j2)
and XML here.

Every format shows the same thing in the same order: the title, the parameter lines, every
block (text, tables with their column titles, group headings, subtotals and totals in bold,
charts) and the «Сформировал: …» line. Cells read as `Column.text` shows them; the
spreadsheets and the XML keep numbers and dates typed. The rows are read from the report's
spool as they are written out, so no format holds a million rows: XLSX through openpyxl's
write-only sheets, HTML through the template's generate(), XML element by element, and DOCX,
ODT and ODS by letting their library write the document without the rows and streaming the
rows into it (splice).

A file is written under a temporary name and renamed when complete, so a cancelled or failed
export leaves no half-written file behind."""
from __future__ import annotations

import base64
import io
import math
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import XMLGenerator

from crm_desktop.reporting.report_model import (GROUP, ROW, SUBTOTAL, TOTAL, Block, Chart, Column, Item, Report, Table,
                                                TableSpec, Text)

if TYPE_CHECKING:
    from crm_desktop.reporting.report_pages import PageSetup

REPORTS_DIR = Path(__file__).resolve().parents[2] / "reports"
HTML_TEMPLATE = "report.html.j2"

FORMATS: dict[str, str] = {
    ".pdf": "Документ PDF",
    ".xlsx": "Книга Excel",
    ".docx": "Документ Word",
    ".odt": "Текст OpenDocument",
    ".ods": "Таблица OpenDocument",
    ".html": "Веб-страница HTML",
    ".htm": "Веб-страница HTML",
    ".xml": "Данные XML",
    ".png": "Рисунок PNG (страница в файле)",
    ".jpg": "Рисунок JPEG (страница в файле)",
    ".jpeg": "Рисунок JPEG (страница в файле)",
    ".gif": "Рисунок GIF (страница в файле)",
}

PROGRESS_EVERY = 500            # items between two progress reports (and cancellation checks)
ITEM_TYPES = {ROW: "row", GROUP: "group", SUBTOTAL: "subtotal", TOTAL: "total"}
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})
CHART_WIDTH_MM = 170.0          # a chart's picture in the text formats (a portrait page's width)


def export(report: Report, out: Path, setup: PageSetup | None = None,
           progress: Callable[..., None] | None = None) -> list[Path]:
    """Write `report` to `out` in the format of its suffix; returns the files written (page
    images: one per page, `out` itself for page one and <stem>-002<suffix>… for the next).
    `setup` (report_pages.PageSetup) lays out PDF and images and orients DOCX/ODT pages;
    `progress(done, total, text)` hears every few hundred rows and may raise to cancel."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"Формат файла «{out.suffix or out.name}» не поддерживается: сохраните отчёт как "
                         f"{', '.join(FORMATS)}.")
    ticker = Ticker(report, progress)
    if suffix == ".pdf":
        from crm_desktop.reporting.report_pages import write_pdf
        return [write_pdf(report, out, setup, progress)]
    if suffix in (".png", ".jpg", ".jpeg", ".gif"):
        return write_images(report, out, setup, progress)
    writers: dict[str, Callable[[Report, Path, Any, Ticker], None]] = {
        ".xml": write_xml, ".html": write_html, ".htm": write_html}
    if suffix in (".xlsx", ".docx"):
        from crm_desktop.reporting import report_export_office as office
        writers = {".xlsx": office.write_xlsx, ".docx": office.write_docx}
    elif suffix in (".odt", ".ods"):
        from crm_desktop.reporting import report_export_odf as odf
        writers = {".odt": odf.write_odt, ".ods": odf.write_ods}
    with atomic(out) as part:
        writers[suffix](report, part, setup, ticker)
    return [out]


# ------------------------------------------------------------------ shared by the writers

@contextmanager
def atomic(out: Path) -> Iterator[Path]:
    """A temporary path beside `out` that replaces it once the writer is done."""
    part = out.with_name(f".{out.stem}.part{out.suffix}")
    try:
        yield part
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)


class Ticker:
    """Counts the items written and tells `progress` every PROGRESS_EVERY of them."""

    def __init__(self, report: Report, progress: Callable[..., None] | None) -> None:
        self.total = sum(t.count for t in report.tables())
        self.done = 0
        self._progress = progress

    def items(self, report: Report, table: Table) -> Iterator[Item]:
        for item in report.table_items(table):
            yield item
            self.done += 1
            if self._progress and self.done % PROGRESS_EVERY == 0:
                self._progress(self.done, self.total, f"Строк: {self.done:,} из {self.total:,}".replace(",", "\u00a0"))


def bold(item: Item) -> bool:
    return item.type != ROW


def group_column(spec: TableSpec) -> Column:
    """The column a GROUP item's one value belongs to."""
    return spec.columns[spec.index(spec.group_by)] if spec.group_by else spec.columns[0]


def cell_texts(spec: TableSpec, item: Item) -> list[str]:
    """An item's cells as shown; a GROUP heading is one text (its first cell, the rest empty)."""
    if item.type == GROUP:
        return [group_column(spec).text(item.values[0])] + [""] * (len(spec.columns) - 1)
    return [c.text(v) for c, v in zip(spec.columns, item.values)]


def shares(spec: TableSpec) -> list[float]:
    """Each column's share of the table's width (the template's relative widths)."""
    total = sum(max(c.width, 0.1) for c in spec.columns) or 1.0
    return [max(c.width, 0.1) / total for c in spec.columns]


A4_MM = (210.0, 297.0)
DEFAULT_MARGINS_MM = (15.0, 12.0, 10.0, 12.0)       # left, top, right, bottom: report_pages.PageSetup's


def page_geometry(report: Report, setup: Any) -> tuple[str, tuple[float, float], tuple[float, ...]]:
    """Orientation, page size and margins (mm) of the text formats: the PageSetup if given,
    else the report's orientation with the page renderer's margins."""
    orientation = getattr(setup, "orientation", None) or report.header.orientation
    margins = tuple(getattr(setup, "margins_mm", None) or DEFAULT_MARGINS_MM)
    size = (A4_MM[1], A4_MM[0]) if orientation == "landscape" else A4_MM
    return orientation, size, margins


def sheets_of(blocks: list[Block]) -> list[list[Block]]:
    """The spreadsheets' sheets: the blocks split where a second, third… table starts, so each
    table has its own frozen column titles; text and charts stay with the table they follow."""
    sheets: list[list[Block]] = [[]]
    for block in blocks:
        if isinstance(block, Table) and any(isinstance(b, Table) for b in sheets[-1]):
            sheets.append([])
        sheets[-1].append(block)
    return sheets


def chart_rows(chart: Chart) -> int:
    """Rows a chart takes on a sheet: its title, the series names and figures with the picture
    beside them (a row is 15 pt, about 5.3 mm), then a blank row."""
    return max(len(chart.labels) + 2, math.ceil(chart.spec.height_mm / 5.3) + 1) + 1


def sheet_name(block_list: list[Block], n: int, taken: set[str]) -> str:
    table = next((b for b in block_list if isinstance(b, Table)), None)
    base = (table.spec.title if table and table.spec.title else f"Таблица {n}" if table else "Отчёт")
    base = " ".join(base.translate(_BAD_SHEET_CHARS).split())[:31].strip("'") or f"Лист {n}"
    name, k = base, 2
    while name.lower() in taken:
        tail = f" ({k})"
        name, k = base[:31 - len(tail)] + tail, k + 1
    taken.add(name.lower())
    return name


ROWS_MARK = "\ue000{}\ue001"              # where splice() streams a table's rows into a package
_ROWS_MARK = re.compile("\ue000(\\d+)\ue001")
SPLICE_BATCH = 256


def splice(package: bytes, out: Path, member: str, rows: Callable[[int], Iterator[str]]) -> None:
    """Copy the zip `package` (a DOCX, ODT or ODS made without its tables' rows) to `out`,
    writing the XML `rows(n)` yields in place of each ROWS_MARK(n) in `member` as the rows
    are read from the spool: the libraries hold the skeleton, never the rows."""
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info, src.read(info))      # keeps each entry's compression (ODF's mimetype stored)
                continue
            pieces = _ROWS_MARK.split(src.read(info).decode("utf-8"))
            target = zipfile.ZipInfo(member, info.date_time)
            target.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(target, "w", force_zip64=True) as f:
                for i, piece in enumerate(pieces):
                    if i % 2 == 0:
                        f.write(piece.encode("utf-8"))
                        continue
                    batch: list[str] = []
                    for row in rows(int(piece)):
                        batch.append(row)
                        if len(batch) >= SPLICE_BATCH:
                            f.write("".join(batch).encode("utf-8"))
                            batch.clear()
                    f.write("".join(batch).encode("utf-8"))


_XML_TEXT = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"}
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text escaped for XML written by hand, without the control characters XML forbids."""
    return _XML_BAD.sub("", text).translate(_XML_TEXT)


class TextDocument:
    """What the word-processor formats (DOCX, ODT) share: the order of the document — title,
    parameter lines, the blocks with a blank line after each, «Сформировал» — and the rows
    streamed in by splice(). A format says how a line, a chart, a table's head and a row look
    and makes its package without the rows."""

    member = ""           # the package's part holding the body

    def __init__(self, report: Report, ticker: Ticker) -> None:
        self.report, self.ticker = report, ticker

    def line(self, text: str, bold_: bool = False, title: bool = False) -> None:
        raise NotImplementedError

    def chart(self, chart: Chart) -> None:
        raise NotImplementedError

    def table(self, table: Table, n: int) -> None:
        """The table with its column titles, leaving ROWS_MARK(n) where the rows go."""
        raise NotImplementedError

    def row(self, n: int, spec: TableSpec, item: Item) -> str:
        raise NotImplementedError

    def package(self) -> bytes:
        raise NotImplementedError

    def write(self, out: Path) -> None:
        h = self.report.header
        self.line(h.title, title=True)
        for text in h.subtitle:
            self.line(text)
        self.line("")
        for n, block in enumerate(self.report.blocks):
            if isinstance(block, Text):
                for text in block.lines:
                    self.line(text, block.bold)
            elif isinstance(block, Chart):
                if block.spec.title:
                    self.line(block.spec.title, True)
                self.chart(block)
            else:
                if block.spec.title:
                    self.line(block.spec.title, True)
                self.table(block, n)
            self.line("")
        self.line(h.signature)
        splice(self.package(), out, self.member, self._rows)

    def _rows(self, n: int) -> Iterator[str]:
        table = self.report.blocks[n]
        assert isinstance(table, Table)
        for item in self.ticker.items(self.report, table):
            yield self.row(n, table.spec, item)


def chart_png(chart: Chart, width_mm: float = CHART_WIDTH_MM) -> bytes:
    from crm_desktop.reporting import report_pages
    return report_pages.chart_png(chart, width_mm=width_mm)


def machine(value: Any) -> str:
    """A value as the XML carries it: ISO dates, dot decimals, no grouping."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    return str(value)


# ------------------------------------------------------------------ XML

def write_xml(report: Report, out: Path, setup: Any, ticker: Ticker) -> None:
    """The report as data, streamed element by element:
    <report slug title generated-by generated-at orientation> <param>…</param>
    <text bold><line>…</line></text> <table id title group-by><columns><column key title kind
    width total/></columns> <row type="row|group|subtotal|total"><cell key>value</cell></row>
    </table> <chart id kind title><series name><point label value/></series></chart>
    <signature>…</signature></report>. Empty cells are left out."""
    h = report.header
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        x = XMLGenerator(f, "utf-8", short_empty_elements=True)
        nl = lambda depth=0: x.ignorableWhitespace("\n" + "  " * depth)  # noqa: E731
        x.startDocument()
        x.startElement("report", {"slug": h.slug, "title": h.title, "generated-by": h.generated_by,
                                  "generated-at": machine(h.generated_at), "orientation": h.orientation})
        for line in h.subtitle:
            nl(1)
            _element(x, "param", {}, line)
        for block in report.blocks:
            nl(1)
            if isinstance(block, Text):
                x.startElement("text", {"bold": machine(block.bold)})
                for line in block.lines:
                    nl(2)
                    _element(x, "line", {}, line)
                nl(1)
                x.endElement("text")
            elif isinstance(block, Chart):
                _xml_chart(x, block, nl)
            else:
                _xml_table(x, report, block, ticker, nl)
        nl(1)
        _element(x, "signature", {}, h.signature)
        nl()
        x.endElement("report")
        x.endDocument()
        f.write("\n")


def _element(x: XMLGenerator, name: str, attrs: dict[str, str], text: str = "") -> None:
    x.startElement(name, {k: _XML_BAD.sub("", v) for k, v in attrs.items()})
    if text:
        x.characters(_XML_BAD.sub("", text))
    x.endElement(name)


def _xml_table(x: XMLGenerator, report: Report, table: Table, ticker: Ticker, nl: Callable[..., None]) -> None:
    spec = table.spec
    attrs = {"id": spec.id, "title": spec.title}
    if spec.group_by:
        attrs["group-by"] = spec.group_by
    x.startElement("table", attrs)
    nl(2)
    x.startElement("columns", {})
    for c in spec.columns:
        nl(3)
        _element(x, "column", {"key": c.key, "title": c.title, "kind": str(c.kind), "width": machine(c.width),
                               "total": machine(c.total)})
    nl(2)
    x.endElement("columns")
    keys = [c.key for c in spec.columns]
    group_key = group_column(spec).key
    for item in ticker.items(report, table):
        nl(2)
        x.startElement("row", {"type": ITEM_TYPES[item.type]})
        cells = [(group_key, item.values[0])] if item.type == GROUP else zip(keys, item.values)
        for key, value in cells:
            if value is not None and value != "":
                _element(x, "cell", {"key": key}, machine(value))
        x.endElement("row")
    nl(1)
    x.endElement("table")


def _xml_chart(x: XMLGenerator, chart: Chart, nl: Callable[..., None]) -> None:
    x.startElement("chart", {"id": chart.spec.id, "kind": chart.spec.kind, "title": chart.spec.title})
    for n, series in enumerate(chart.series):
        nl(2)
        name = chart.series_names[n] if n < len(chart.series_names) else ""
        x.startElement("series", {"name": name})
        for label, value in zip(chart.labels, series):
            nl(3)
            _element(x, "point", {"label": str(label), "value": machine(value)})
        nl(2)
        x.endElement("series")
    nl(1)
    x.endElement("chart")


# ------------------------------------------------------------------ HTML

class _HtmlTable:
    """A table as the template walks it: rows are read from the spool while it renders."""

    def __init__(self, report: Report, table: Table, ticker: Ticker) -> None:
        self.kind = "table"
        self.spec = table.spec
        self.widths = [round(s * 100, 2) for s in shares(table.spec)]
        self.numeric = [c.kind.numeric for c in table.spec.columns]
        self._report, self._table, self._ticker = report, table, ticker

    def rows(self) -> Iterator[tuple[str, list[str]]]:
        for item in self._ticker.items(self._report, self._table):
            yield ITEM_TYPES[item.type], cell_texts(self.spec, item)


class _HtmlChart:
    def __init__(self, chart: Chart) -> None:
        self.kind = "chart"
        self.title = chart.spec.title
        self._chart = chart

    def src(self) -> str:
        return "data:image/png;base64," + base64.b64encode(chart_png(self._chart)).decode("ascii")


def write_html(report: Report, out: Path, setup: Any, ticker: Ticker) -> None:
    """A self-contained page (inline CSS, charts as data: images), streamed by the template."""
    import jinja2
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(REPORTS_DIR), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    blocks: list[Any] = []
    for block in report.blocks:
        if isinstance(block, Table):
            blocks.append(_HtmlTable(report, block, ticker))
        elif isinstance(block, Chart):
            blocks.append(_HtmlChart(block))
        else:
            blocks.append(block)
    orientation = getattr(setup, "orientation", None) or report.header.orientation
    stream = env.get_template(HTML_TEMPLATE).generate(header=report.header, blocks=blocks, orientation=orientation)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for chunk in stream:
            f.write(chunk)


# ------------------------------------------------------------------ page images

IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF"}
IMAGE_DPI = 150


def image_path(out: Path, n: int) -> Path:
    """Page n (from 0): `out` itself for the first page, <stem>-002<suffix> for the second…"""
    return out if n == 0 else out.with_name(f"{out.stem}-{n + 1:03d}{out.suffix}")


def write_images(report: Report, out: Path, setup: Any = None,
                 progress: Callable[..., None] | None = None, dpi: int = IMAGE_DPI) -> list[Path]:
    """One picture per page (GIF too: separate files, not an animation, so every format
    gives the same set of files). Pages are laid out as they are written."""
    from crm_desktop.reporting.report_pages import Layout, PageSetup, iter_pages, page_image
    fmt = IMAGE_FORMATS[out.suffix.lower()]
    layout = Layout(report, setup or PageSetup.of(report))
    written: list[Path] = []
    for n in iter_pages(layout):
        image = page_image(layout, n, dpi=dpi)
        if fmt == "JPEG":
            image = image.convert("RGB")
        elif fmt == "GIF":
            image = image.convert("RGB").convert("P", palette=_adaptive(), colors=256)
        path = image_path(out, n)
        with atomic(path) as part:
            image.save(part, fmt, **({"quality": 90} if fmt == "JPEG" else {}))
        written.append(path)
        if progress:
            progress(n + 1, 0, f"Страниц: {n + 1}")
    return written


def _adaptive() -> Any:
    from PIL import Image
    return Image.Palette.ADAPTIVE

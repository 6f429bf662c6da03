"""A report as an Excel workbook (openpyxl, write-only: rows stream from the report's spool
to the file) and as a Word document (python-docx). Called through report_export.export.

XLSX: one sheet per table, so that every table's column titles stay frozen on screen and
repeat on every printed page; the first sheet starts with the title and the parameter lines,
the others with the title; text and charts stay on the sheet of the table they follow (those
before the first table on the first sheet) and the «Сформировал» line ends the last sheet.
Cells are typed — numbers as numbers, dates as dates — with Russian-looking number formats;
group headings, subtotals and totals are bold. A chart is a native Excel chart over a small
range holding its figures.

DOCX: title, parameters, text, tables (column titles repeated on every page, numbers
right-aligned, group/subtotal/total rows bold) and charts as pictures."""
from __future__ import annotations

import math
from copy import copy
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from crm_desktop.reporting.report_export import (ROWS_MARK, TextDocument, Ticker, bold, cell_texts, chart_png,
                                                 chart_rows, group_column, page_geometry, shares, sheet_name,
                                                 sheets_of, xml_text)
from crm_desktop.reporting.report_model import GROUP, Block, Chart, Item, Kind, Report, Table, TableSpec, Text

# ------------------------------------------------------------------ XLSX

NUMBER_FORMATS = {
    Kind.INT: "#,##0",
    Kind.MONEY: "#,##0.00",
    Kind.QTY: "General",            # 2, 1.5, 1500: without trailing zeros, as printed
    Kind.PERCENT: '0.0" %"',
    Kind.DATE: "DD.MM.YYYY",
    Kind.DATETIME: "DD.MM.YYYY HH:MM",
}
SHEET_CHARS = {"portrait": 100, "landscape": 150}   # the columns' total width in characters
CHART_WIDTH_CM = 16.0


def _block_rows(block: Block) -> int:
    if isinstance(block, Text):
        return len(block.lines) + 1
    return chart_rows(block)      # tables are counted by the caller


class _Sheet:
    """A write-only sheet that counts its rows (a chart refers to the rows of its figures)."""

    def __init__(self, ws: Any) -> None:
        self.ws, self.rows = ws, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ws, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("ws", "rows"):
            object.__setattr__(self, name, value)
        else:
            setattr(self.ws, name, value)

    def append(self, cells: list[Any]) -> None:
        self.ws.append(cells)
        self.rows += 1


class _Xlsx:
    def __init__(self, report: Report, setup: Any, ticker: Ticker) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        self.report, self.ticker = report, ticker
        self.orientation = getattr(setup, "orientation", None) or report.header.orientation
        self.wb = Workbook(write_only=True)
        self._styles: dict[tuple[str, int], Any] = {}
        self.font_title = Font(bold=True, size=14)
        self.font_bold = Font(bold=True)
        self.head_fill = PatternFill("solid", fgColor="E8E8E8")
        self.head_align = Alignment(wrap_text=True, horizontal="center", vertical="center")
        self.head_border = Border(bottom=Side(style="thin"), top=Side(style="thin"),
                                  left=Side(style="thin"), right=Side(style="thin"))

    def cell(self, ws: Any, value: Any, kind: Kind | None = None, font: Any = None) -> Any:
        """A typed cell: numbers and dates keep their type under the column's number format;
        an edited cell holds its text. Styles are looked up once per (format, font)."""
        from openpyxl.cell import WriteOnlyCell
        if value is None or value == "" or (isinstance(value, float) and not math.isfinite(value)):
            return None
        if isinstance(value, bool):
            value = "да" if value else "нет"
        if isinstance(value, (int, float, Decimal)):
            fmt = NUMBER_FORMATS.get(kind, "General") if kind is not None and kind.numeric else "General"
        elif isinstance(value, datetime):
            fmt = NUMBER_FORMATS[Kind.DATETIME]
        elif isinstance(value, date):
            fmt = NUMBER_FORMATS[Kind.DATE]
        elif font is None:
            return value                      # plain text: the sheet makes the cell
        else:
            fmt = "General"
        key = (fmt, id(font))
        proto = self._styles.get(key)
        if proto is None:
            proto = WriteOnlyCell(ws.ws)
            proto.number_format = fmt
            if font is not None:
                proto.font = font
            self._styles[key] = proto
        cell = WriteOnlyCell(ws.ws, value=value)
        cell._style = copy(proto._style)
        return cell

    def write(self, out: Path) -> None:
        try:
            self._write(out)
        except BaseException:
            self._abandon()
            raise

    def _abandon(self) -> None:
        """Close the sheets' half-written streams (and remove their temporary files) after a
        failure or a cancel, instead of leaving it to the garbage collector, which complains."""
        for ws in self.wb._sheets:
            writer = getattr(ws, "_writer", None)
            for stream in (getattr(ws, "_rows", None), writer and writer.xf):
                try:
                    if stream is not None:
                        stream.close()
                except Exception:  # noqa: BLE001 - a broken stream is what is being discarded
                    pass
            if writer is not None and Path(writer.out).exists():
                writer.cleanup()

    def _write(self, out: Path) -> None:
        h = self.report.header
        sheets = sheets_of(self.report.blocks)
        taken: set[str] = set()
        for n, block_list in enumerate(sheets, 1):
            ws = _Sheet(self.wb.create_sheet(sheet_name(block_list, n, taken)))
            top = [(h.title, self.font_title)] + ([(line, None) for line in h.subtitle] if n == 1 else [])
            self._prepare(ws, block_list, len(top) + 1)
            for text, font in top:
                ws.append([self.cell(ws, text, font=font)])
            ws.append([])
            for block in block_list:
                if isinstance(block, Text):
                    for line in block.lines:
                        ws.append([self.cell(ws, line, font=self.font_bold if block.bold else None)])
                    ws.append([])
                elif isinstance(block, Chart):
                    self._chart(ws, block)
                else:
                    self._table(ws, block)
            if n == len(sheets):
                ws.append([self.cell(ws, h.signature)])
        self.wb.save(out)

    def _prepare(self, ws: Any, block_list: list[Block], row: int) -> None:
        """Page, column widths and the frozen column titles: a write-only sheet takes them
        before its first row."""
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.worksheet import Worksheet
        ws.page_setup.orientation = self.orientation
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        table = None
        for block in block_list:
            if isinstance(block, Table):
                table = block
                break
            row += _block_rows(block)
        if table is None:
            ws.column_dimensions["A"].width = 40
            return
        spec = table.spec
        chars = SHEET_CHARS.get(self.orientation, 100)
        for i, share in enumerate(shares(spec), 1):
            ws.column_dimensions[get_column_letter(i)].width = max(6.0, round(share * chars, 1))
        header_row = row + (1 if spec.title else 0) + 1
        ws.freeze_panes = f"A{header_row + 1}"
        ws.print_title_rows = f"{header_row}:{header_row}"

    def _table(self, ws: Any, table: Table) -> None:
        spec = table.spec
        if spec.title:
            ws.append([self.cell(ws, spec.title, font=self.font_bold)])
        heads = []
        for c in spec.columns:
            cell = self.cell(ws, c.title, font=self.font_bold)
            cell.fill, cell.alignment, cell.border = self.head_fill, self.head_align, self.head_border
            heads.append(cell)
        ws.append(heads)
        kinds = [c.kind for c in spec.columns]
        group_kind = group_column(spec).kind
        for item in self.ticker.items(self.report, table):
            font = self.font_bold if bold(item) else None
            if item.type == GROUP:
                ws.append([self.cell(ws, item.values[0], group_kind, font)])
            else:
                ws.append([self.cell(ws, v, k, font) for v, k in zip(item.values, kinds)])
        ws.append([])

    def _chart(self, ws: Any, chart: Chart) -> None:
        from openpyxl.chart import BarChart, LineChart, PieChart, Reference
        from openpyxl.utils import get_column_letter
        start = ws.rows + 1
        ws.append([self.cell(ws, chart.spec.title, font=self.font_bold)])
        names = [chart.series_names[i] if i < len(chart.series_names) else f"Ряд {i + 1}"
                 for i in range(len(chart.series))]
        ws.append([None, *(self.cell(ws, n, font=self.font_bold) for n in names)])
        for i, label in enumerate(chart.labels):
            ws.append([self.cell(ws, str(label)),
                       *(self.cell(ws, s[i] if i < len(s) else None, Kind.QTY) for s in chart.series)])
        rows = chart_rows(chart)
        for _ in range(rows - len(chart.labels) - 2):
            ws.append([])
        if not chart.labels or not chart.series:
            return
        kind = chart.spec.kind
        if kind == "pie":
            xl: Any = PieChart()
        elif kind == "line":
            xl = LineChart()
        else:
            xl = BarChart()
            xl.type = "col" if kind == "bar" else "bar"     # hbar and funnel lie down
            if kind == "funnel":
                xl.y_axis.scaling.orientation = "minMax"
                xl.x_axis.scaling.orientation = "maxMin"  # the funnel's first stage on top
        data_first, data_last = start + 2, start + 1 + len(chart.labels)
        series_cols = 1 if kind == "pie" else len(chart.series)
        xl.add_data(Reference(ws.ws, min_col=2, max_col=1 + series_cols, min_row=start + 1, max_row=data_last),
                    titles_from_data=True)
        xl.set_categories(Reference(ws.ws, min_col=1, min_row=data_first, max_row=data_last))
        xl.title = chart.spec.title or None
        xl.width, xl.height = CHART_WIDTH_CM, chart.spec.height_mm / 10
        if len(chart.series) == 1 and kind != "pie":
            xl.legend = None
        ws.add_chart(xl, f"{get_column_letter(len(chart.series) + 3)}{start}")


def write_xlsx(report: Report, out: Path, setup: Any, ticker: Ticker) -> None:
    _Xlsx(report, setup, ticker).write(out)


# ------------------------------------------------------------------ DOCX

DOCX_FONT_PT = 9


class _Docx(TextDocument):
    member = "word/document.xml"

    def __init__(self, report: Report, setup: Any, ticker: Ticker) -> None:
        import docx
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm, Pt
        super().__init__(report, ticker)
        self.doc = docx.Document()
        orientation, (width, height), (left, top, right, bottom) = page_geometry(report, setup)
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE if orientation == "landscape" else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin, section.top_margin = Mm(left), Mm(top)
        section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
        self.content_mm = width - left - right
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(DOCX_FONT_PT)
        normal.paragraph_format.space_after = Pt(0)
        self.doc.core_properties.title = report.header.title
        self.doc.core_properties.author = report.header.generated_by
        self._writers: dict[int, _DocxRows] = {}

    def line(self, text: str, bold_: bool = False, title: bool = False) -> None:
        from docx.shared import Pt
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold_ or title or None
        if title:
            run.font.size = Pt(14)
            p.paragraph_format.space_after = Pt(4)

    def chart(self, chart: Chart) -> None:
        from docx.shared import Mm
        width = min(self.content_mm, 170.0)
        self.doc.add_picture(BytesIO(chart_png(chart, width)), width=Mm(width))

    def table(self, table: Table, n: int) -> None:
        """Column titles repeated on every page; the rows follow at the mark after them."""
        from docx.oxml import parse_xml
        from docx.shared import Mm
        spec = table.spec
        t = self.doc.add_table(rows=0, cols=len(spec.columns))
        t.style = self.doc.styles["Table Grid"]
        t.autofit = False
        widths = [self.content_mm * s for s in shares(spec)]
        for col, w in zip(t._tbl.tblGrid.gridCol_lst, widths):
            col.w = Mm(w)
        rows = self._writers[n] = _DocxRows([int(Mm(w).twips) for w in widths], [c.kind.numeric for c in spec.columns])
        head = parse_xml(rows.row([c.title for c in spec.columns], True, header=True))
        head.tail = ROWS_MARK.format(n)
        t._tbl.append(head)

    def row(self, n: int, spec: TableSpec, item: Item) -> str:
        texts = cell_texts(spec, item)
        return self._writers[n].group(texts[0]) if item.type == GROUP else self._writers[n].row(texts, bold(item))

    def package(self) -> bytes:
        skeleton = BytesIO()
        self.doc.save(skeleton)
        return skeleton.getvalue()


class _DocxRows:
    """Table rows as WordprocessingML text: a number right-aligned, a heading centred, bold
    where asked; a group heading one cell across the table."""

    NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def __init__(self, widths: list[int], numeric: list[bool]) -> None:
        self.widths, self.numeric = widths, numeric

    def _cell(self, text: str, width: int, right: bool, bold_: bool, center: bool = False, span: int = 1) -> str:
        tc_pr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
        jc = "center" if center else "right" if right else ""
        p_pr = f'<w:pPr><w:jc w:val="{jc}"/></w:pPr>' if jc else ""
        r_pr = "<w:rPr><w:b/></w:rPr>" if bold_ else ""
        run = f'<w:r>{r_pr}<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>' if text else ""
        return f"<w:tc><w:tcPr>{tc_pr}</w:tcPr><w:p>{p_pr}{run}</w:p></w:tc>"

    def row(self, texts: list[str], bold_: bool, header: bool = False) -> str:
        cells = "".join(self._cell(t, w, n and not header, bold_, header)
                        for t, w, n in zip(texts, self.widths, self.numeric))
        if header:
            return f"<w:tr {self.NS}><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>"
        return f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>"

    def group(self, text: str) -> str:
        cell = self._cell(text, sum(self.widths), False, True, span=len(self.widths))
        return f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cell}</w:tr>"


def write_docx(report: Report, out: Path, setup: Any, ticker: Ticker) -> None:
    _Docx(report, setup, ticker).write(out)

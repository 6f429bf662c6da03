"""A report as OpenDocument (odfpy): ODT laid out like the DOCX (title, parameters, text,
tables whose column titles repeat on every page, charts as pictures) and ODS laid out like the
XLSX — one sheet per table with its column titles frozen, cells typed (office:value-type
float or date, with number styles: «1 234,50», «12,5 %», «03.11.2026»), group headings,
subtotals and totals bold, a chart as its figures and its picture. Called through
report_export.export. odfpy builds the whole document in memory before writing it."""
from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from odf import config, draw, number, style, table, text
from odf.opendocument import OpenDocument, OpenDocumentSpreadsheet, OpenDocumentText

from crm_desktop.reporting.report_export import (ROWS_MARK, TextDocument, Ticker, bold, cell_texts, chart_png,
                                                 chart_rows, group_column, machine, page_geometry, shares,
                                                 sheet_name, sheets_of, splice, xml_text)
from crm_desktop.reporting.report_model import GROUP, Chart, Item, Kind, Report, Table, TableSpec, Text, format_value

FONT_PT = 9
CHART_WIDTH_MM = 170.0
SHEET_WIDTH_CM = {"portrait": 18.0, "landscape": 27.0}


def _picture(doc: OpenDocument, chart: Chart, width_mm: float, anchor: str) -> draw.Frame:
    """A chart's PNG in the package, in a frame `width_mm` wide."""
    href = doc.addPicture(f"{chart.spec.id}-{id(chart)}.png", "image/png", chart_png(chart, width_mm))
    frame = draw.Frame(width=f"{width_mm}mm", height=f"{chart.spec.height_mm}mm", anchortype=anchor,
                       name=chart.spec.title or chart.spec.id)
    frame.addElement(draw.Image(href=href))
    return frame


def _paragraph_style(doc: OpenDocument, name: str, bold_: bool = False, size: float | None = None,
                     align: str = "", family: str = "paragraph") -> style.Style:
    s = style.Style(name=name, family=family)
    props: dict[str, str] = {}
    if bold_:
        props["fontweight"] = "bold"
    if size:
        props["fontsize"] = f"{size}pt"
    if props:
        s.addElement(style.TextProperties(**props))
    if align:
        s.addElement(style.ParagraphProperties(textalign=align))
    doc.styles.addElement(s)        # common: the spliced rows refer to it, odfpy keeps only used automatic ones
    return s


# ------------------------------------------------------------------ ODT

class _Odt(TextDocument):
    member = "content.xml"

    def __init__(self, report: Report, setup: Any, ticker: Ticker) -> None:
        super().__init__(report, ticker)
        doc = self.doc = OpenDocumentText()
        orientation, (width, height), (left, top, right, bottom) = page_geometry(report, setup)
        self.content_mm = width - left - right
        layout = style.PageLayout(name="ReportPage")
        layout.addElement(style.PageLayoutProperties(
            pagewidth=f"{width}mm", pageheight=f"{height}mm", printorientation=orientation,
            marginleft=f"{left}mm", margintop=f"{top}mm", marginright=f"{right}mm", marginbottom=f"{bottom}mm"))
        doc.automaticstyles.addElement(layout)
        doc.masterstyles.addElement(style.MasterPage(name="Standard", pagelayoutname=layout))
        default = style.DefaultStyle(family="paragraph")
        default.addElement(style.TextProperties(fontsize=f"{FONT_PT}pt"))
        doc.styles.addElement(default)
        self.p_title = _paragraph_style(doc, "ReportTitle", True, 14)
        self.p_plain = _paragraph_style(doc, "ReportText")
        self.p_bold = _paragraph_style(doc, "ReportBold", True)
        self.p_num = _paragraph_style(doc, "CellNumber", align="end")
        self.p_num_bold = _paragraph_style(doc, "CellNumberBold", True, align="end")
        self.p_head = _paragraph_style(doc, "CellHead", True, align="center")
        cell = self.cell_style = style.Style(name="Cell", family="table-cell")
        cell.addElement(style.TableCellProperties(border="0.5pt solid #808080", padding="0.5mm"))
        doc.styles.addElement(cell)
        head = self.head_style = style.Style(name="HeadCell", family="table-cell")
        head.addElement(style.TableCellProperties(border="0.5pt solid #808080", padding="0.5mm",
                                                  backgroundcolor="#e8e8e8"))
        doc.automaticstyles.addElement(head)
        doc.meta.addElement(_meta_title(report))

    def line(self, line: str, bold_: bool = False, title: bool = False) -> None:
        p_style = self.p_title if title else self.p_bold if bold_ else self.p_plain
        self.doc.text.addElement(text.P(stylename=p_style, text=line))

    def chart(self, chart: Chart) -> None:
        p = text.P(stylename=self.p_plain)
        p.addElement(_picture(self.doc, chart, min(self.content_mm, CHART_WIDTH_MM), "as-char"))
        self.doc.text.addElement(p)

    def table(self, block: Table, n: int) -> None:
        """Columns and the column titles (repeated on every page); the rows follow at the mark."""
        spec = block.spec
        t_style = style.Style(name=f"Table{n}", family="table")
        t_style.addElement(style.TableProperties(width=f"{self.content_mm}mm", align="left"))
        self.doc.automaticstyles.addElement(t_style)
        t = table.Table(name=f"{spec.id}{n}", stylename=t_style)
        for i, share in enumerate(shares(spec)):
            c_style = style.Style(name=f"Table{n}.C{i}", family="table-column")
            c_style.addElement(style.TableColumnProperties(columnwidth=f"{self.content_mm * share:.2f}mm"))
            self.doc.automaticstyles.addElement(c_style)
            t.addElement(table.TableColumn(stylename=c_style))
        heads = table.TableHeaderRows()
        row = table.TableRow()
        for c in spec.columns:
            cell = table.TableCell(stylename=self.head_style)
            cell.addElement(text.P(stylename=self.p_head, text=c.title))
            row.addElement(cell)
        heads.addElement(row)
        t.addElement(heads)
        t.addText(ROWS_MARK.format(n), check_grammar=False)
        self.doc.text.addElement(t)

    def row(self, n: int, spec: TableSpec, item: Item) -> str:
        texts = cell_texts(spec, item)
        width = len(spec.columns)
        if item.type == GROUP:
            return ("<table:table-row>" + _ODT_CELL.format(f' table:number-columns-spanned="{width}"', "ReportBold",
                                                           xml_text(texts[0]))
                    + "<table:covered-table-cell/>" * (width - 1) + "</table:table-row>")
        strong = bold(item)
        return "<table:table-row>" + "".join(
            _ODT_CELL.format("", ("CellNumberBold" if strong else "CellNumber") if c.kind.numeric else
                             ("ReportBold" if strong else "ReportText"), xml_text(value))
            for value, c in zip(texts, spec.columns)) + "</table:table-row>"

    def package(self) -> bytes:
        skeleton = BytesIO()
        self.doc.write(skeleton)
        return skeleton.getvalue()


_ODT_CELL = ('<table:table-cell table:style-name="Cell"{} office:value-type="string">'
             '<text:p text:style-name="{}">{}</text:p></table:table-cell>')


def _meta_title(report: Report) -> Any:
    from odf import dc
    return dc.Title(text=report.header.title)


def write_odt(report: Report, out: Path, setup: Any, ticker: Ticker) -> None:
    _Odt(report, setup, ticker).write(out)


# ------------------------------------------------------------------ ODS

DATA_KINDS = {Kind.MONEY: "money", Kind.INT: "int", Kind.PERCENT: "percent"}


def _number_styles(doc: OpenDocument) -> None:
    """Data styles the cell styles refer to: «1 234,50», «1 234», «12,5 %», «03.11.2026 10:30»."""
    money = number.NumberStyle(name="N_money")
    money.addElement(number.Number(decimalplaces=2, minintegerdigits=1, grouping="true"))
    integer = number.NumberStyle(name="N_int")
    integer.addElement(number.Number(decimalplaces=0, minintegerdigits=1, grouping="true"))
    percent = number.NumberStyle(name="N_percent")
    percent.addElement(number.Number(decimalplaces=1, minintegerdigits=1))
    percent.addElement(number.Text(text="\u00a0%"))
    doc.styles.addElement(money)
    doc.styles.addElement(integer)
    doc.styles.addElement(percent)
    for name, with_time in (("date", False), ("datetime", True)):
        d = number.DateStyle(name=f"N_{name}")
        for part in (number.Day(style="long"), number.Text(text="."), number.Month(style="long"),
                     number.Text(text="."), number.Year(style="long")):
            d.addElement(part)
        if with_time:
            for part in (number.Text(text=" "), number.Hours(style="long"), number.Text(text=":"),
                         number.Minutes(style="long")):
                d.addElement(part)
        doc.styles.addElement(d)


class _Ods:
    """Sheets as in the XLSX (report_export.sheets_of); the tables' rows are streamed into
    content.xml by splice() as typed cells."""

    def __init__(self, report: Report, setup: Any, ticker: Ticker) -> None:
        self.report, self.ticker = report, ticker
        self.orientation = getattr(setup, "orientation", None) or report.header.orientation
        doc = self.doc = OpenDocumentSpreadsheet()
        doc.meta.addElement(_meta_title(report))
        _number_styles(doc)
        for data in ("text", "money", "int", "percent", "date", "datetime"):
            for strong in (False, True):
                kw = {"datastylename": f"N_{data}"} if data != "text" else {}
                s = style.Style(name=_cell_style(data, strong), family="table-cell", **kw)
                if strong:
                    s.addElement(style.TextProperties(fontweight="bold"))
                doc.styles.addElement(s)
        self.title_style = style.Style(name="C_title", family="table-cell")
        self.title_style.addElement(style.TextProperties(fontweight="bold", fontsize="14pt"))
        doc.styles.addElement(self.title_style)
        self.head_style = style.Style(name="C_head", family="table-cell")
        self.head_style.addElement(style.TableCellProperties(border="0.5pt solid #808080", backgroundcolor="#e8e8e8",
                                                             wrapoption="wrap"))
        self.head_style.addElement(style.TextProperties(fontweight="bold"))
        self.head_style.addElement(style.ParagraphProperties(textalign="center"))
        doc.styles.addElement(self.head_style)
        self.frozen: dict[str, int] = {}
        self.rows = 0

    def add(self, sheet: table.Table, line: str = "", cell_style: str | style.Style = "C_text") -> None:
        """A row of one text (or an empty row)."""
        row = table.TableRow()
        if line:
            c = table.TableCell(valuetype="string", stylename=cell_style)
            c.addElement(text.P(text=line))
            row.addElement(c)
        else:
            row.addElement(table.TableCell())
        sheet.addElement(row)
        self.rows += 1

    def write(self, out: Path) -> None:
        h = self.report.header
        sheets = sheets_of(self.report.blocks)
        taken: set[str] = set()
        index = {id(b): n for n, b in enumerate(self.report.blocks)}
        for n, block_list in enumerate(sheets, 1):
            name = sheet_name(block_list, n, taken)
            sheet = table.Table(name=name)
            self.rows = 0
            self._columns(sheet, n, next((b for b in block_list if isinstance(b, Table)), None))
            self.add(sheet, h.title, self.title_style)
            for line in (h.subtitle if n == 1 else []):
                self.add(sheet, line)
            self.add(sheet)
            for block in block_list:
                if isinstance(block, Text):
                    for line in block.lines:
                        self.add(sheet, line, _cell_style("text", block.bold))
                    self.add(sheet)
                elif isinstance(block, Chart):
                    self._chart(sheet, block)
                else:
                    self._table(sheet, name, block, index[id(block)])
            if n == len(sheets):
                self.add(sheet, h.signature)
            self.doc.spreadsheet.addElement(sheet)
        self._freeze()
        skeleton = BytesIO()
        self.doc.write(skeleton)
        splice(skeleton.getvalue(), out, "content.xml", self._rows)

    def _columns(self, sheet: table.Table, n: int, block: Table | None) -> None:
        total_cm = SHEET_WIDTH_CM.get(self.orientation, 18.0)
        widths = shares(block.spec) if block else [0.5]
        for i, share in enumerate(widths):
            s = style.Style(name=f"S{n}C{i}", family="table-column")
            s.addElement(style.TableColumnProperties(columnwidth=f"{max(1.5, total_cm * share):.2f}cm"))
            self.doc.automaticstyles.addElement(s)
            sheet.addElement(table.TableColumn(stylename=s))

    def _table(self, sheet: table.Table, name: str, block: Table, n: int) -> None:
        """The column titles (frozen) and the mark where the rows are streamed in."""
        spec = block.spec
        if spec.title:
            self.add(sheet, spec.title, _cell_style("text", True))
        row = table.TableRow()
        for c in spec.columns:
            cell = table.TableCell(valuetype="string", stylename=self.head_style)
            cell.addElement(text.P(text=c.title))
            row.addElement(cell)
        sheet.addElement(row)
        self.rows += 1
        self.frozen.setdefault(name, self.rows)
        sheet.addText(ROWS_MARK.format(n), check_grammar=False)
        self.add(sheet)

    def _rows(self, n: int) -> Iterator[str]:
        block = self.report.blocks[n]
        assert isinstance(block, Table)
        spec = block.spec
        kinds = [c.kind for c in spec.columns]
        group_kind = group_column(spec).kind
        for item in self.ticker.items(self.report, block):
            if item.type == GROUP:
                cells = _ods_cell(item.values[0], group_kind, True, cell_texts(spec, item)[0])
            else:
                strong = bold(item)
                cells = "".join(_ods_cell(v, k, strong) for v, k in zip(item.values, kinds))
            yield f"<table:table-row>{cells}</table:table-row>"

    def _chart(self, sheet: table.Table, chart: Chart) -> None:
        """The chart's figures (labels down, a column per series) with its picture beside them."""
        self.add(sheet, chart.spec.title, _cell_style("text", True))
        names = [chart.series_names[i] if i < len(chart.series_names) else f"Ряд {i + 1}"
                 for i in range(len(chart.series))]
        row = table.TableRow()
        row.addElement(table.TableCell())
        for name in names:
            c = table.TableCell(valuetype="string", stylename=_cell_style("text", True))
            c.addElement(text.P(text=name))
            row.addElement(c)
        frame_cell = table.TableCell()
        frame_cell.addElement(_picture(self.doc, chart, 150.0, "cell"))
        row.addElement(frame_cell)
        sheet.addElement(row)
        self.rows += 1
        for i, label in enumerate(chart.labels):
            row = table.TableRow()
            c = table.TableCell(valuetype="string", stylename="C_text")
            c.addElement(text.P(text=str(label)))
            row.addElement(c)
            for s in chart.series:
                v = s[i] if i < len(s) else None
                c = (table.TableCell(valuetype="float", value=machine(v), stylename="C_text")
                     if isinstance(v, (int, float)) and math.isfinite(v) else table.TableCell())
                if c.getAttribute("valuetype"):
                    c.addElement(text.P(text=format_value(Kind.QTY, Decimal(str(v)))))
                row.addElement(c)
            sheet.addElement(row)
            self.rows += 1
        for _ in range(chart_rows(chart) - 2 - len(chart.labels)):
            self.add(sheet)

    def _freeze(self) -> None:
        """Freeze each sheet below its table's column titles (LibreOffice's view settings)."""
        if not self.frozen:
            return
        view = config.ConfigItemSet(name="ooo:view-settings")
        views = config.ConfigItemMapIndexed(name="Views")
        entry = config.ConfigItemMapEntry()
        entry.addElement(config.ConfigItem(name="ViewId", type="string", text="view1"))
        tables = config.ConfigItemMapNamed(name="Tables")
        for name, row in self.frozen.items():
            t = config.ConfigItemMapEntry(name=name)
            for key, kind, value in (("HorizontalSplitMode", "short", 0), ("VerticalSplitMode", "short", 2),
                                     ("HorizontalSplitPosition", "int", 0), ("VerticalSplitPosition", "int", row),
                                     ("ActiveSplitRange", "short", 2), ("PositionLeft", "int", 0),
                                     ("PositionRight", "int", 0), ("PositionTop", "int", 0),
                                     ("PositionBottom", "int", row)):
                t.addElement(config.ConfigItem(name=key, type=kind, text=str(value)))
            tables.addElement(t)
        entry.addElement(tables)
        views.addElement(entry)
        view.addElement(views)
        self.doc.settings.addElement(view)


def _cell_style(data: str, strong: bool) -> str:
    return f"C_{data}{'_b' if strong else ''}"


def _ods_cell(value: Any, kind: Kind, strong: bool, shown: str | None = None) -> str:
    """A typed cell: numbers as floats, dates as dates, anything else (an edited cell) as text."""
    if value is None or value == "" or (isinstance(value, float) and not math.isfinite(value)):
        return "<table:table-cell/>"
    shown = xml_text(format_value(kind, value) if shown is None else shown)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        typed = f'office:value-type="float" office:value="{machine(value)}"'
        data = DATA_KINDS.get(kind, "text")
    elif isinstance(value, datetime):
        typed, data = f'office:value-type="date" office:date-value="{machine(value)}"', "datetime"
    elif isinstance(value, date):
        typed, data = f'office:value-type="date" office:date-value="{machine(value)}"', "date"
    else:
        typed, data = 'office:value-type="string"', "text"
    return (f'<table:table-cell table:style-name="{_cell_style(data, strong)}" {typed}>'
            f"<text:p>{shown}</text:p></table:table-cell>")


def write_ods(report: Report, out: Path, setup: Any, ticker: Ticker) -> None:
    _Ods(report, setup, ticker).write(out)

"""A report laid out on pages: what the preview shows, the printer prints, the PDF holds and
the PNG/JPEG/GIF exports rasterise — one drawing for all of them.

Pagination is lazy and streaming: `Layout.extend(until_page)` measures items only as far as
needed and only as far as the report has spooled them, so page one of a million-row report is
drawn while the rest is still being read. Rows wrap inside their cells (up to MAX_LINES lines);
a table's column titles repeat on every page it spans. Every page carries its number and the
report's title at the foot; the report ends with «Сформировал: …» (REP-2).

Charts are ReportLab graphics drawn from the Chart block's figures: the same drawing on the
page, on screen and, rasterised, in DOCX/ODT/HTML/XLSX."""
from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Polygon, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.reporting.pdf_forms import FONT, FONT_BOLD, register_fonts
from crm_desktop.reporting.report_model import (GROUP, ROW, SUBTOTAL, TOTAL, Chart, Item, Report, Table,
                                                TableSpec, Text)

MAX_LINES = 8            # a cell longer than this is cut with «…»
PAD_X, PAD_Y = 2.0, 1.6  # cell padding, points
CHUNK = 512              # items read from the spool at a time
PALETTE = [colors.HexColor(c) for c in ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                                         "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f3b73", "#8cd17d",
                                         "#86bcb6", "#d37295", "#fabfd2", "#79706e", "#d4a6c8", "#a0cbe8")]
HEAD_FILL = colors.HexColor("#e4e8ee")
GROUP_FILL = colors.HexColor("#f1f3f6")
GRID_COLOR = colors.HexColor("#9aa3ad")


@dataclass(frozen=True)
class PageSetup:
    """Параметры страницы: A4, orientation, margins (left, top, right, bottom) and text size."""
    orientation: str = "portrait"
    margins_mm: tuple[float, float, float, float] = (15, 12, 10, 12)
    font_size: float = 8.0

    @classmethod
    def of(cls, report: Report) -> PageSetup:
        return cls(orientation=report.header.orientation)

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.orientation == "landscape" else A4

    @property
    def left(self) -> float:
        return self.margins_mm[0] * mm

    @property
    def top(self) -> float:
        return self.size[1] - self.margins_mm[1] * mm

    @property
    def width(self) -> float:
        return self.size[0] - (self.margins_mm[0] + self.margins_mm[2]) * mm

    @property
    def bottom(self) -> float:
        """The lowest line of content; the page's foot is below it."""
        return self.margins_mm[3] * mm + self.font_size * 2

    @property
    def leading(self) -> float:
        return self.font_size * 1.25


# ------------------------------------------------------------------ segments of a page

@dataclass
class Segment:
    """A piece of one block on one page: a table's items [start, end) (with the column titles
    on top), a text's lines [start, end), a whole chart, the title or the signature."""
    kind: str                 # title | text | table | chart | signature
    block: int = -1
    start: int = 0
    end: int = 0
    heights: list[float] = field(default_factory=list)


def _lines(text: str, font: str, size: float, width: float, limit: int = MAX_LINES) -> list[str]:
    """`text` wrapped to `width`; a line with no room for a word is cut by characters."""
    if not text:
        return [""]
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]
    out: list[str] = []
    for para in text.split("\n"):
        for line in simpleSplit(para, font, size, width) or [""]:
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = max(1, int(len(line) * width / stringWidth(line, font, size)))
                out.append(line[:cut])
                line = line[cut:]
            out.append(line)
    if len(out) > limit:
        out = out[:limit]
        out[-1] = out[-1][:-1] + "…"
    return out


class _TableGeometry:
    """Column positions and how each item of a table is split into cell lines."""

    def __init__(self, spec: TableSpec, setup: PageSetup) -> None:
        self.spec, self.setup = spec, setup
        total = sum(c.width for c in spec.columns) or 1
        self.widths = [setup.width * c.width / total for c in spec.columns]
        self.xs = [setup.left]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        size = setup.font_size
        self.head = [_lines(c.title, FONT_BOLD, size, w - 2 * PAD_X, 4) for c, w in zip(spec.columns, self.widths)]
        self.head_height = max(len(h) for h in self.head) * setup.leading + 2 * PAD_Y
        self.group = spec.index(spec.group_by) if spec.group_by else None

    def cells(self, item: Item) -> list[list[str]]:
        size = self.setup.font_size
        if item.type == GROUP:
            return [_lines(str(item.values[0]), FONT_BOLD, size, self.setup.width - 2 * PAD_X, 3)]
        font = FONT if item.type == ROW else FONT_BOLD
        values = item.values
        if item.type == ROW and self.group is not None:      # the group's heading already says it
            values = values[:self.group] + ("",) + values[self.group + 1:]
        return [_lines(c.text(v), font, size, w - 2 * PAD_X)
                for c, w, v in zip(self.spec.columns, self.widths, values)]

    def height(self, item: Item) -> float:
        return max(len(c) for c in self.cells(item)) * self.setup.leading + 2 * PAD_Y


# ------------------------------------------------------------------ layout

class Layout:
    """The pages of a report for one PageSetup, computed as far as asked and as far as spooled."""

    def __init__(self, report: Report, setup: PageSetup | None = None) -> None:
        register_fonts()
        self.report = report
        self.setup = setup or PageSetup.of(report)
        self.pages: list[list[Segment]] = []
        self._page: list[Segment] = []
        self._y = self.setup.top
        self._block = 0             # the block being laid out
        self._pos = 0               # where in it: item number (tables) or line (texts)
        self._geometry: dict[int, _TableGeometry] = {}
        self._title_done = False
        self.final = False
        self._place_title()

    def __len__(self) -> int:
        return len(self.pages)

    # -------------------------------------------------------------- measuring
    def _title_lines(self) -> list[tuple[str, str, float]]:
        """(text, font, size) of the heading on page one."""
        h, size = self.report.header, self.setup.font_size
        out = [(line, FONT_BOLD, size * 1.6) for line in _lines(h.title, FONT_BOLD, size * 1.6, self.setup.width, 3)]
        for s in h.subtitle:
            out += [(line, FONT, size) for line in _lines(s, FONT, size, self.setup.width, 4)]
        return out

    def _place_title(self) -> None:
        height = sum(size * 1.3 for _, _, size in self._title_lines()) + self.setup.leading
        self._page.append(Segment("title", heights=[height]))
        self._y -= height

    def geometry(self, block: int) -> _TableGeometry:
        if block not in self._geometry:
            table = self.report.blocks[block]
            assert isinstance(table, Table)
            self._geometry[block] = _TableGeometry(table.spec, self.setup)
        return self._geometry[block]

    def _text_lines(self, block: Text) -> list[str]:
        font = FONT_BOLD if block.bold else FONT
        return [line for text in block.lines for line in _lines(text, font, self.setup.font_size, self.setup.width, 200)]

    def _chart_height(self, chart: Chart) -> float:
        return chart.spec.height_mm * mm + (self.setup.font_size * 2 if chart.spec.title else 0) + self.setup.leading

    # -------------------------------------------------------------- paginating
    def _room(self) -> float:
        return self._y - self.setup.bottom

    def _new_page(self) -> None:
        self.pages.append(self._page)
        self._page = []
        self._y = self.setup.top

    def _fits(self, height: float) -> bool:
        """Whether `height` fits below; a page that is still empty takes it anyway."""
        return height <= self._room() or not self._page

    def extend(self, until_page: int | None = None) -> None:
        """Lay out until page `until_page` (0-based) is closed, or everything spooled so far is
        placed; once the report is complete and all placed, the last page closes too."""
        report = self.report
        while until_page is None or len(self.pages) <= until_page:
            if self._block >= len(report.blocks):
                if report.complete and not self.final:
                    self._place_signature()
                    self.pages.append(self._page)
                    self._page = []
                    self.final = True
                return
            block = report.blocks[self._block]
            if isinstance(block, Table):
                if not self._place_table(self._block, block, until_page):
                    return
            elif isinstance(block, Text):
                self._place_text(self._block, block)
            else:
                self._place_chart(self._block, block)
            self._block += 1
            self._pos = 0

    def _place_signature(self) -> None:
        height = self.setup.leading * 2
        if not self._fits(height):
            self._new_page()
        self._page.append(Segment("signature", heights=[height]))
        self._y -= height

    def _place_text(self, index: int, block: Text) -> None:
        lines = self._text_lines(block)
        lead = self.setup.leading
        start = 0
        while start < len(lines):
            fit = max(0, int(self._room() // lead))
            if fit == 0:
                if self._page:
                    self._new_page()
                    continue
                fit = 1
            end = min(len(lines), start + fit)
            self._page.append(Segment("text", index, start, end))
            self._y -= (end - start) * lead
            start = end
        self._y -= lead / 2

    def _place_chart(self, index: int, block: Chart) -> None:
        height = self._chart_height(block)
        if not self._fits(height):
            self._new_page()
        self._page.append(Segment("chart", index, heights=[height]))
        self._y -= height

    def _place_table(self, index: int, table: Table, until_page: int | None) -> bool:
        """Place the table's items from self._pos; False when it waits for rows not yet spooled."""
        geo = self.geometry(index)
        last_block = index == len(self.report.blocks) - 1
        title_h = self.setup.leading * 1.4 if table.spec.title and self._pos == 0 else 0
        segment: Segment | None = None
        while True:
            end = table.first + table.count
            available = min(end, self.report.available)
            position = table.first + self._pos
            if position >= available:
                finished = position >= end and (not last_block or self.report.complete)
                if finished:
                    self._y -= self.setup.leading / 2
                    return True
                return False
            for item in self.report.items(position, min(CHUNK, available - position)):
                h = geo.height(item)
                need = h if segment is not None else title_h + geo.head_height + h
                if need > self._room() and self._page:
                    self._new_page()
                    segment = None
                    if until_page is not None and len(self.pages) > until_page:
                        return False          # the next extend() goes on from this item
                if segment is None:
                    segment = Segment("table", index, self._pos, self._pos, [])
                    if title_h:
                        segment.heights.append(title_h)      # heights[0]: the table's title
                    self._page.append(segment)
                    self._y -= title_h + geo.head_height
                    title_h = 0
                segment.heights.append(h)
                segment.end = self._pos + 1
                self._y -= h
                self._pos += 1

    # -------------------------------------------------------------- drawing
    def draw(self, canvas: Canvas, n: int) -> None:
        """Draw page `n` (0-based; it must be laid out) on `canvas` and end the page."""
        setup = self.setup
        y = setup.top
        for seg in self.pages[n]:
            if seg.kind == "title":
                y = self._draw_title(canvas, y)
            elif seg.kind == "text":
                y = self._draw_text(canvas, seg, y)
            elif seg.kind == "chart":
                block = self.report.blocks[seg.block]
                assert isinstance(block, Chart)
                y = self._draw_chart(canvas, block, y, seg.heights[0])
            elif seg.kind == "table":
                y = self._draw_table(canvas, seg, y)
            else:
                canvas.setFont(FONT, setup.font_size)
                canvas.setFillColor(colors.black)
                canvas.drawString(setup.left, y - setup.leading * 1.3, self.report.header.signature)
                y -= seg.heights[0]
        self._draw_foot(canvas, n)
        canvas.showPage()

    def _draw_title(self, canvas: Canvas, y: float) -> float:
        canvas.setFillColor(colors.black)
        for text, font, size in self._title_lines():
            y -= size * 1.3
            canvas.setFont(font, size)
            canvas.drawString(self.setup.left, y + size * 0.3, text)
        return y - self.setup.leading

    def _draw_text(self, canvas: Canvas, seg: Segment, y: float) -> float:
        block = self.report.blocks[seg.block]
        assert isinstance(block, Text)
        lines = self._text_lines(block)[seg.start:seg.end]
        canvas.setFont(FONT_BOLD if block.bold else FONT, self.setup.font_size)
        canvas.setFillColor(colors.black)
        for line in lines:
            y -= self.setup.leading
            canvas.drawString(self.setup.left, y + self.setup.font_size * 0.3, line)
        if seg.end == len(self._text_lines(block)):
            y -= self.setup.leading / 2
        return y

    def _draw_foot(self, canvas: Canvas, n: int) -> None:
        setup = self.setup
        canvas.setFont(FONT, setup.font_size * 0.8)
        canvas.setFillColor(colors.grey)
        y = setup.margins_mm[3] * mm
        canvas.drawString(setup.left, y, self.report.header.title)
        total = f" из {len(self.pages)}" if self.final else ""
        canvas.drawRightString(setup.left + setup.width, y, f"Стр. {n + 1}{total}")

    def _draw_table(self, canvas: Canvas, seg: Segment, y: float) -> float:
        geo = self.geometry(seg.block)
        table = self.report.blocks[seg.block]
        assert isinstance(table, Table)
        setup, size, lead = self.setup, self.setup.font_size, self.setup.leading
        heights = seg.heights
        if len(heights) > seg.end - seg.start:           # the table's title comes first
            canvas.setFont(FONT_BOLD, size * 1.15)
            canvas.setFillColor(colors.black)
            canvas.drawString(setup.left, y - heights[0] + lead * 0.5, table.spec.title)
            y -= heights[0]
            heights = heights[1:]
        top = y
        right = setup.left + setup.width
        # column titles
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(setup.left, y - geo.head_height, setup.width, geo.head_height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, size)
        for x, w, lines in zip(geo.xs, geo.widths, geo.head):
            for i, line in enumerate(lines):
                canvas.drawCentredString(x + w / 2, y - PAD_Y - (i + 1) * lead + size * 0.3, line)
        y -= geo.head_height
        rules = [y]
        for item, h in zip(self.report.items(table.first + seg.start, seg.end - seg.start), heights):
            self._draw_item(canvas, geo, item, y, h)
            y -= h
            rules.append(y)
        canvas.setStrokeColor(GRID_COLOR)
        canvas.setLineWidth(0.3)
        for r in rules:
            canvas.line(setup.left, r, right, r)
        canvas.line(setup.left, top, right, top)
        for x in geo.xs:
            canvas.line(x, top, x, y)
        return y - lead / 2

    def _draw_item(self, canvas: Canvas, geo: _TableGeometry, item: Item, y: float, h: float) -> None:
        setup, size, lead = self.setup, self.setup.font_size, self.setup.leading
        if item.type in (GROUP, SUBTOTAL, TOTAL):
            canvas.setFillColor(GROUP_FILL if item.type != TOTAL else HEAD_FILL)
            canvas.rect(setup.left, y - h, setup.width, h, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        cells = geo.cells(item)
        if item.type == GROUP:
            canvas.setFont(FONT_BOLD, size)
            for i, line in enumerate(cells[0]):
                canvas.drawString(setup.left + PAD_X, y - PAD_Y - (i + 1) * lead + size * 0.3, line)
            return
        canvas.setFont(FONT if item.type == ROW else FONT_BOLD, size)
        for col, x, w, lines in zip(geo.spec.columns, geo.xs, geo.widths, cells):
            for i, line in enumerate(lines):
                base = y - PAD_Y - (i + 1) * lead + size * 0.3
                if col.kind.numeric:
                    canvas.drawRightString(x + w - PAD_X, base, line)
                else:
                    canvas.drawString(x + PAD_X, base, line)

    def _draw_chart(self, canvas: Canvas, chart: Chart, y: float, height: float) -> float:
        size = self.setup.font_size
        if chart.spec.title:
            canvas.setFont(FONT_BOLD, size * 1.15)
            canvas.setFillColor(colors.black)
            canvas.drawString(self.setup.left, y - size * 1.4, chart.spec.title)
            y -= size * 2
        drawing = chart_drawing(chart, self.setup.width, chart.spec.height_mm * mm, size)
        drawing.drawOn(canvas, self.setup.left, y - drawing.height)
        return y - drawing.height - self.setup.leading

    def page_tables(self, n: int) -> list[tuple[Table, list[int]]]:
        """The tables on page `n` (laid out) with the numbers of their items there — what
        «Редактировать страницу» offers for editing."""
        out: list[tuple[Table, list[int]]] = []
        for seg in self.pages[n]:
            if seg.kind == "table":
                table = self.report.blocks[seg.block]
                assert isinstance(table, Table)
                out.append((table, list(range(table.first + seg.start, table.first + seg.end))))
        return out

    # -------------------------------------------------------------- output
    def page_pdf(self, n: int) -> bytes:
        """Page `n` alone as a PDF: what the preview rasterises."""
        self.extend(n)
        buf = io.BytesIO()
        canvas = Canvas(buf, pagesize=self.setup.size)
        self.draw(canvas, n)
        canvas.save()
        return buf.getvalue()


def write_pdf(report: Report, out: Path, setup: PageSetup | None = None,
              progress: Callable[..., None] | None = None) -> Path:
    """The whole report as one PDF (paginated to the end first, reporting as it goes so a big
    one can be cancelled between pages)."""
    layout = Layout(report, setup)
    while not layout.final:
        layout.extend(len(layout) + 20)
        if progress:
            progress(0, 0, f"Разбивка на страницы: {len(layout)}")
    tmp = out.with_name(f".{out.stem}.part{out.suffix}")
    canvas = Canvas(str(tmp), pagesize=layout.setup.size)
    canvas.setTitle(report.header.title)
    canvas.setAuthor(report.header.generated_by)
    for n in range(len(layout)):
        layout.draw(canvas, n)
        if progress and n % 20 == 0:
            progress(n, len(layout), f"Страница {n + 1} из {len(layout)}")
    canvas.save()
    tmp.replace(out)
    return out


def page_image(layout: Layout, n: int, dpi: float = 150) -> Any:
    """Page `n` as a PIL image (pypdfium2 draws the same PDF the printer gets)."""
    return pdf_image(layout.page_pdf(n), dpi)


def pdf_image(pdf: bytes, dpi: float) -> Any:
    import pypdfium2
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return doc[0].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()


def chart_png(chart: Chart, width_mm: float = 170, dpi: float = 150) -> bytes:
    """A chart alone as PNG, for the formats that embed pictures."""
    register_fonts()
    drawing = chart_drawing(chart, width_mm * mm, chart.spec.height_mm * mm, 8.0)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(drawing.width, drawing.height))
    drawing.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    image = pdf_image(buf.getvalue(), dpi)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# ------------------------------------------------------------------ charts

def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def chart_drawing(chart: Chart, width: float, height: float, size: float) -> Drawing:
    """The chart's drawing, `width` × `height` points, Russian labels in DejaVu."""
    d = Drawing(width, height)
    values = [[float(v or 0) for v in s] for s in chart.series] or [[]]
    if not chart.labels or not any(any(s) for s in values):
        d.add(String(width / 2, height / 2, "Нет данных для диаграммы", fontName=FONT, fontSize=size,
                     textAnchor="middle"))
        return d
    kind = chart.spec.kind
    if kind == "pie":
        _pie(d, chart, values[0], width, height, size)
    elif kind == "funnel":
        _funnel(d, chart, values[0], width, height, size)
    else:
        _bars(d, chart, values, width, height, size, kind)
    return d


def _legend(d: Drawing, pairs: list[tuple[Any, str]], x: float, y: float, size: float, rows: int = 14) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = FONT, size
    legend.alignment = "right"
    legend.deltay = size * 1.5
    legend.boxAnchor = "nw"
    legend.columnMaximum = rows
    legend.colorNamePairs = pairs
    d.add(legend)


def _pie(d: Drawing, chart: Chart, values: list[float], width: float, height: float, size: float) -> None:
    labels = list(chart.labels)
    rows = max(2, int((height - size) // (size * 1.5)))
    if len(values) > rows:               # the legend holds `rows` lines: the smallest slices go together
        order = sorted(range(len(values)), key=lambda i: -values[i])
        kept = sorted(order[:rows - 1])
        rest = sum(values[i] for i in order[rows - 1:])
        labels = [labels[i] for i in kept] + ["Прочие"]
        values = [values[i] for i in kept] + [rest]
    total = sum(values)
    pie = Pie()
    diameter = min(height - 5 * size, width * 0.45)
    pie.x, pie.y = size * 4, (height - diameter) / 2
    pie.width = pie.height = diameter
    pie.data = values
    pie.labels = [f"{v / total * 100:.1f}%".replace(".", ",") if v / total >= 0.03 else "" for v in values]
    pie.simpleLabels = 1
    pie.slices.fontName, pie.slices.fontSize = FONT, size
    pie.slices.strokeWidth = 0.5
    pie.slices.strokeColor = colors.white
    for i in range(len(values)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    pairs = [(PALETTE[i % len(PALETTE)], f"{_short(label, 40)} — {_number(v)}") for i, (label, v)
             in enumerate(zip(labels, values))]
    _legend(d, pairs, diameter + size * 10, height - size, size, rows)


def _number(v: float) -> str:
    return (f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}").replace(",", "\u00a0").replace(".", ",")


def _bars(d: Drawing, chart: Chart, values: list[list[float]], width: float, height: float, size: float,
          kind: str) -> None:
    many = len(chart.series) > 1 and chart.series_names
    legend_w = width * 0.22 if many else 0
    if kind == "hbar":
        bc: Any = HorizontalBarChart()
        label_w = min(width * 0.3, max(stringWidth(_short(x), FONT, size) for x in chart.labels) + size)
        bc.x, bc.y = label_w, size * 2
        bc.width, bc.height = width - label_w - legend_w - size * 2, height - size * 3
        bc.categoryAxis.labels.boxAnchor = "e"
        bc.categoryAxis.labels.dx = -size / 2
        bc.categoryAxis.reverseDirection = 1
    else:
        bc = HorizontalLineChart() if kind == "line" else VerticalBarChart()
        slot = (width - size * 6 - legend_w) / len(chart.labels)
        rotate = any(stringWidth(_short(x, 22), FONT, size) > slot - size for x in chart.labels)
        bottom = size * (8 if rotate else 3)
        bc.x, bc.y = size * 5, bottom
        bc.width, bc.height = width - size * 6 - legend_w, height - bottom - size
        if rotate:
            bc.categoryAxis.labels.angle = 35
            bc.categoryAxis.labels.boxAnchor = "ne"
        else:
            bc.categoryAxis.labels.boxAnchor = "n"
    bc.data = [tuple(s) for s in values]
    bc.categoryAxis.categoryNames = [_short(x, 22) for x in chart.labels]
    for axis in (bc.categoryAxis.labels, bc.valueAxis.labels):
        axis.fontName, axis.fontSize = FONT, size
    bc.valueAxis.valueMin = min(0, min(min(s) for s in values))
    bc.valueAxis.labelTextFormat = _number
    for i in range(len(values)):
        if kind == "line":
            bc.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            bc.lines[i].strokeWidth = 1.5
        else:
            bc.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            bc.bars[i].strokeColor = None
    d.add(bc)
    if many:
        pairs = [(PALETTE[i % len(PALETTE)], _short(name)) for i, name in enumerate(chart.series_names)]
        _legend(d, pairs, width - legend_w + size, height - size, size)


def _funnel(d: Drawing, chart: Chart, values: list[float], width: float, height: float, size: float) -> None:
    """Stages as stacked trapezoids narrowing with their counts, labels at the right."""
    n = len(values)
    top = max(values) or 1
    band = height / n
    body = width * 0.6
    centre = body / 2
    widths = [max(body * v / top, body * 0.12) for v in values]
    widths.append(widths[-1] * 0.8)
    for i, v in enumerate(values):
        y1, y0 = height - i * band, height - (i + 1) * band + 1
        w1, w0 = widths[i], widths[i + 1]
        d.add(Polygon([centre - w1 / 2, y1, centre + w1 / 2, y1, centre + w0 / 2, y0, centre - w0 / 2, y0],
                      fillColor=PALETTE[i % len(PALETTE)], strokeColor=colors.white, strokeWidth=0.5))
        d.add(String(body + size, (y0 + y1) / 2 - size / 3, f"{_short(chart.labels[i], 40)} — {_number(v)}",
                     fontName=FONT, fontSize=size))


def iter_pages(layout: Layout) -> Iterator[int]:
    """Page numbers as the layout reaches them (to the end)."""
    n = 0
    while True:
        layout.extend(n)
        if n >= len(layout):
            return
        yield n
        n += 1



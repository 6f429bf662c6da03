"""ReportLab building blocks of the warehouse and cash print forms (ТОРГ-12, УПД, КО-1/КО-2,
накладные, товарный чек, ценники, прайс-лист): text styles at a size, escaped paragraphs,
gridded tables, a value on an underline with its small caption under it (how the unified
forms ask for a signature or a date), and one renderer that puts several forms, portrait
and landscape, into one PDF — «Подбор…» prints the chosen documents of an expense as one
file. Fonts and number formats are those of the sales forms (pdf_forms)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Table, TableStyle)

from crm_desktop.reporting.pdf_forms import FONT, FONT_BOLD, long_date, register_fonts

MARGIN = 10 * mm
GRID = 0.5
EMPTY = "--"       # what the official forms print where a column or line does not apply


@dataclass(frozen=True)
class Styles:
    """Paragraph styles at one size; ``small`` is for the captions under the lines."""

    text: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle

    @classmethod
    def at(cls, size: float, cell_size: float | None = None) -> Styles:
        def style(name: str, font_size: float = size, **kw: object) -> ParagraphStyle:
            base: dict[str, object] = {"fontName": FONT, "fontSize": font_size, "leading": font_size * 1.2}
            return ParagraphStyle(name, **(base | kw))
        cell = cell_size or size
        small = max(size * 0.72, 4.5)
        return cls(text=style("text"), bold=style("bold", fontName=FONT_BOLD),
                   small=style("small", small, leading=small * 1.15),
                   small_center=style("small_center", small, leading=small * 1.15, alignment=TA_CENTER),
                   cell=style("cell", cell, alignment=TA_LEFT),
                   cell_right=style("cell_right", cell, alignment=TA_RIGHT),
                   cell_center=style("cell_center", cell, alignment=TA_CENTER),
                   head=style("head", cell * 0.9, alignment=TA_CENTER, leading=cell * 1.05),
                   title=style("title", size * 1.45, fontName=FONT_BOLD, leading=size * 1.8),
                   right=style("right", alignment=TA_RIGHT), center=style("center", alignment=TA_CENTER))


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: names from the database may hold "&" or "<"; "\\n" breaks."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def quoted_date(day: date | None, year_word: str = "года") -> str:
    """«01» декабря 2026 года, as the unified forms date a signature; blanks without a day."""
    if day is None:
        return f"«____» ______________ 20____ {year_word}"
    month = long_date(day).split()[1]
    return f"«{day.day:02d}» {month} {day.year} {year_word}"


def widths(shares: Sequence[float], total: float) -> list[float]:
    whole = sum(shares)
    return [total * s / whole for s in shares]


def tight(*extra: tuple[object, ...], pad: float = 1.5) -> TableStyle:
    """No cell padding to speak of: the forms' blocks sit flush against each other."""
    return TableStyle([("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                       ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                       ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *extra])


def grid(rows: Sequence[Sequence[object]], col_widths: Sequence[float], head_rows: int = 1,
         extra: Sequence[tuple[object, ...]] = (), shade: bool = True) -> Table:
    """A gridded table that spans pages with its ``head_rows`` repeated."""
    table = Table([list(r) for r in rows], colWidths=list(col_widths), repeatRows=head_rows)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *([("VALIGN", (0, 0), (-1, head_rows - 1), "MIDDLE")] if head_rows else []),
        *([("BACKGROUND", (0, 0), (-1, head_rows - 1), colors.HexColor("#eeeeee"))] if head_rows and shade else []),
        *extra]))
    return table


def line_row(items: Sequence[tuple[str, str, str, float]], width: float, st: Styles,
             bold_label: bool = False) -> Table:
    """A row of a form like «Отпуск груза разрешил ____ ____ ____»: items are
    (label, value, caption, share); a label is printed as is, a value stands on an underline
    with its caption in small type under the line. A share of 0 makes a label exactly as wide
    as its text; the other items share the rest of ``width`` in proportion."""
    label_style = st.bold if bold_label else st.text
    top: list[object] = []
    bottom: list[object] = []
    fixed: dict[int, float] = {}
    lines: list[tuple[object, ...]] = []
    for col, (label, value, caption, share) in enumerate(items):
        if label:
            top.append(p(label, label_style))
            bottom.append("")
            if not share:
                fixed[col] = stringWidth(label, label_style.fontName, label_style.fontSize) + 4
        else:
            top.append(p(value, st.cell_center))
            bottom.append(p(caption, st.small_center))
            lines.append(("LINEBELOW", (col, 0), (col, 0), GRID, colors.black))
    rest = widths([share for col, (_, _, _, share) in enumerate(items) if col not in fixed],
                  max(width - sum(fixed.values()), 0))
    shared = iter(rest)
    col_widths = [fixed[col] if col in fixed else next(shared) for col in range(len(items))]
    if not any(caption for _, _, caption, _ in items):
        table = Table([top], colWidths=col_widths, hAlign="LEFT")
        table.setStyle(tight(*lines, ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
        return table
    table = Table([top, bottom], colWidths=col_widths, hAlign="LEFT")
    table.setStyle(tight(*lines, ("TOPPADDING", (0, 1), (-1, 1), 0), ("VALIGN", (0, 1), (-1, 1), "TOP"),
                         ("BOTTOMPADDING", (0, 1), (-1, 1), 1.5), ("TOPPADDING", (0, 0), (-1, 0), 2)))
    return table


def side_by_side(left: Flowable | list[Flowable], right: Flowable | list[Flowable], width: float,
                 gap: float = 6 * mm, divider: bool = False, shares: tuple[float, float] = (0.5, 0.5)) -> Table:
    """Two blocks in columns (the two parties' signatures, the order and its receipt);
    ``divider`` draws a line between them."""
    w = widths(shares, width - gap)
    table = Table([[left, "", "", right]], colWidths=[w[0], gap / 2, gap / 2, w[1]])
    style: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    if divider:
        style.append(("LINEAFTER", (1, 0), (1, 0), GRID, colors.black, None, (2, 2)))
    table.setStyle(TableStyle(style))
    return table


# ---------------------------------------------------------------- rendering

@dataclass(frozen=True)
class Part:
    """One form of a PDF: its page size and what lays it out for a frame ``width`` wide."""

    pagesize: tuple[float, float]
    build: Callable[[float], list[Flowable]]


def footer(generated_by: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    """"Сформировано: …" (every report says who made it, ARCHITECTURE) and the page number,
    on the page's own size (a selection mixes portrait and landscape)."""
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        page_width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setFont(FONT, 6)
        canvas.setFillColor(colors.grey)
        y = MARGIN / 2 - 1 * mm
        if generated_by:
            canvas.drawString(MARGIN, y, f"Сформировано: {generated_by}")
        canvas.drawRightString(page_width - MARGIN, y, f"Страница {canvas.getPageNumber()}")
        canvas.restoreState()
    return draw


def render(parts: Sequence[Part], path: Path, generated_by: str = "", title: str = "") -> Path:
    """Write ``parts`` to ``path`` as one PDF, each part from a new page of its own size."""
    if not parts:
        raise ValueError("Печать: не выбран ни один документ.")
    register_fonts()
    first = parts[0].pagesize
    template = BaseDocTemplate(str(path), pagesize=first, leftMargin=MARGIN, rightMargin=MARGIN,
                               topMargin=MARGIN, bottomMargin=MARGIN, title=title, author=generated_by)
    sizes = list(dict.fromkeys(part.pagesize for part in parts))
    names = {size: f"page{i}" for i, size in enumerate(sizes)}
    for size in sizes:
        frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template.addPageTemplates(PageTemplate(id=names[size], frames=[frame], onPage=footer(generated_by),
                                               pagesize=size))
    story: list[Flowable] = []
    for i, part in enumerate(parts):
        if i:
            story += [NextPageTemplate(names[part.pagesize]), PageBreak()]
        story += part.build(part.pagesize[0] - 2 * MARGIN)
    template.build(story)
    return path


__all__ = ["EMPTY", "GRID", "MARGIN", "footer", "Part", "Styles", "TA_CENTER", "TA_RIGHT", "grid", "line_row", "p", "quoted_date",
           "render", "side_by_side", "tight", "widths"]

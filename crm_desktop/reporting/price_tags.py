"""Ценники (WH-5, manual «Печать ценников»): 24 on an A4 page, three across and eight down,
each with the internal code, the article, the name, the manufacturer, the price, our legal
entity and the date of printing, framed by dashed cut lines. A long name is set smaller until
it fits its three lines, so every tag has the same size and the grid never breaks."""
from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from crm_desktop.reporting.pdf_forms import money
from crm_desktop.reporting.pdf_kit import Part, Styles, TA_RIGHT, p, tight
from crm_desktop.reporting.stock_documents import PriceTag

COLUMNS = 3
ROWS = 8
TAG_HEIGHT = 34 * mm
NAME_HEIGHT = 11 * mm


def _fitted_name(name: str, width: float, st: Styles) -> Paragraph:
    """The name in the largest size from 9 pt down to 6 pt that fits NAME_HEIGHT; at 6 pt a
    name that still does not fit is cut with an ellipsis."""
    text = name
    for size in (9, 8, 7, 6):
        style = ParagraphStyle(f"tag_name_{size}", parent=st.bold, fontSize=size, leading=size * 1.15)
        para = p(text, style)
        if para.wrap(width, NAME_HEIGHT)[1] <= NAME_HEIGHT:
            return para
    while len(text) > 4:
        text = text[: int(len(text) * 0.9)].rstrip() + "…"
        para = p(text, style)
        if para.wrap(width, NAME_HEIGHT)[1] <= NAME_HEIGHT:
            return para
        text = text[:-1]
    return p(text, style)


def _price(tag: PriceTag, width: float, st: Styles) -> Paragraph:
    """The price in the largest size from 18 pt down that keeps it on one line, «руб. / unit»
    after it in smaller type."""
    amount = money(tag.price)
    unit = f" / {tag.unit}" if tag.unit else ""
    for size in (18, 16, 14, 12, 10, 8):
        small = size * 0.55
        used = (stringWidth(amount, st.bold.fontName, size) + stringWidth(f" руб.{unit}", st.bold.fontName, small))
        if used <= width - 2:
            break
    style = ParagraphStyle(f"tag_price_{size}", parent=st.bold, fontSize=size, leading=size * 1.15,
                           alignment=TA_RIGHT)
    return Paragraph(f"{escape(amount)}<font size={small:.1f}> руб.{escape(unit)}</font>", style)


def _tag(tag: PriceTag, width: float, st: Styles) -> Table:
    inner = width - 6
    grey = ParagraphStyle("tag_grey", parent=st.small, textColor=colors.HexColor("#444444"))
    grey_right = ParagraphStyle("tag_grey_r", parent=grey, alignment=TA_RIGHT)
    detail = ParagraphStyle("tag_detail", parent=st.text, fontSize=6.5, leading=7.5)
    top = Table([[p(tag.entity, grey), p(f"{tag.day:%d.%m.%Y}", grey_right)]], colWidths=[inner * 0.7, inner * 0.3])
    top.setStyle(tight(pad=0))
    ids = "   ".join(x for x in (f"Код: {tag.code}" if tag.code else "", f"Арт.: {tag.article}" if tag.article else "")
                     if x)
    rows = [[top], [_fitted_name(tag.name, inner, st)], [p(ids, detail)],
            [p(f"Производитель: {tag.manufacturer}" if tag.manufacturer else "", detail)],
            [_price(tag, inner, st)]]
    table = Table(rows, colWidths=[inner], rowHeights=[8, NAME_HEIGHT + 1, 8, 8, None])
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, -1), (-1, -1), "BOTTOM"), pad=0))
    return table


def _pages(tags: Sequence[PriceTag], width: float) -> list[Flowable]:
    st = Styles.at(8)
    cell = width / COLUMNS
    cells = [_tag(t, cell, st) for t in tags]
    cells += [""] * (-len(cells) % COLUMNS)
    rows = [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
    table = Table(rows, colWidths=[cell] * COLUMNS, rowHeights=[TAG_HEIGHT] * len(rows))
    dashed = (colors.grey, 1, (3, 2))
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for r, row in enumerate(rows):          # a cut frame around every tag, none around empty cells
        for c, value in enumerate(row):
            if value != "":
                style.append(("BOX", (c, r), (c, r), 0.6, *dashed))
    table.setStyle(TableStyle(style))
    return [table]


def price_tags(tags: Sequence[PriceTag]) -> Part:
    """The tags, 24 per page; ROWS × TAG_HEIGHT is what fits A4 within the margins."""
    return Part(A4, lambda w: _pages(tags, w))

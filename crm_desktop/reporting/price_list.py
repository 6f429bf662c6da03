"""The price list (ORD-2) as PDF (ReportLab) and XLSX (openpyxl) from one ``PriceList``: our
legal entity's requisites on top, then the sections in the order of the nomenclature groups,
each item with its code or article, name, unit, price and, as asked, stock, «Кол-во в месте»
and five empty columns for whoever picks the order."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from crm_desktop.reporting.pdf_forms import long_date, money, register_fonts
from crm_desktop.reporting.pdf_kit import GRID, MARGIN, Styles, footer, p, widths
from crm_desktop.reporting.stock_documents import PriceList, PriceRow

PICKER_COLUMNS = 5


def columns(price_list: PriceList) -> list[tuple[str, float, str]]:
    """(title, relative width, alignment L/R/C) of the columns this list prints."""
    cols = [(price_list.ref_title, 0.13, "L"), ("Наименование", 0.47, "L"), ("Ед.", 0.06, "C"),
            ("Цена, руб.", 0.12, "R")]
    if price_list.stock_title:
        cols.append((price_list.stock_title, 0.1, "C"))
    if price_list.per_package:
        cols.append(("Кол-во в месте", 0.1, "R"))
    if price_list.picker_columns:
        cols += [("", 0.045, "C")] * PICKER_COLUMNS
    return cols


def row_values(price_list: PriceList, row: PriceRow) -> list[str]:
    values = [row.ref, row.name, row.unit, money(row.price)]
    if price_list.stock_title:
        values.append(row.stock)
    if price_list.per_package:
        values.append(row.per_package)
    if price_list.picker_columns:
        values += [""] * PICKER_COLUMNS
    return values


def header_lines(price_list: PriceList) -> list[str]:
    """Our legal entity as the header prints it: name, INN/KPP, address, phone and e-mail, bank."""
    e = price_list.entity
    codes = ", ".join(x for x in (f"ИНН {e.inn}" if e.inn else "", f"КПП {e.kpp}" if e.kpp else "") if x)
    contacts = ", ".join(x for x in (e.address, f"тел.: {e.phone}" if e.phone else "",
                                     f"e-mail: {price_list.email}" if price_list.email else "") if x)
    bank = ", ".join(x for x in (f"р/с {e.account_no}" if e.account_no else "",
                                 f"в {e.bank_name}" if e.bank_name else "", f"БИК {e.bik}" if e.bik else "") if x)
    return [x for x in (e.name, codes, contacts, bank) if x]


_CHUNK = 100          # rows per table: ReportLab splits one long table in quadratic time


def _header_table(cols: list[tuple[str, float, str]], col_widths: list[float], st: Styles) -> Table:
    table = Table([[p(t, st.head) for t, _, _ in cols]], colWidths=col_widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), GRID, colors.black),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _body(price_list: PriceList, cols: list[tuple[str, float, str]], col_widths: list[float],
          st: Styles) -> list[Flowable]:
    """The sections as tables of _CHUNK rows that join seamlessly. Only the name wraps (a
    Paragraph); the other cells are plain strings, which ReportLab lays out far faster."""
    section = ParagraphStyle("section", parent=st.cell, fontName=st.bold.fontName)
    align = {"L": "LEFT", "R": "RIGHT", "C": "CENTER"}
    base = [("GRID", (0, 0), (-1, -1), GRID, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            *[("ALIGN", (c, 0), (c, -1), align[a]) for c, (_, _, a) in enumerate(cols)]]
    rows: list[list[object]] = []
    bands: list[int] = []
    for sec in price_list.sections:
        bands.append(len(rows))
        rows.append([p(sec.title, section)] + [""] * (len(cols) - 1))
        for r in sec.rows:
            values: list[object] = list(row_values(price_list, r))
            values[1] = p(r.name, st.cell)
            rows.append(values)
    tables: list[Flowable] = []
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        marks = [b - start for b in bands if start <= b < start + _CHUNK]
        table = Table(chunk, colWidths=col_widths)
        table.setStyle(TableStyle([*base, *[cmd for m in marks for cmd in (
            ("SPAN", (0, m), (-1, m)), ("BACKGROUND", (0, m), (-1, m), colors.HexColor("#dde6f0")))]]))
        tables.append(table)
    return tables


def to_pdf(price_list: PriceList, path: Path) -> Path:
    """The list on A4 portrait; the column titles head every page (drawn by the page template,
    so the body can be many short tables)."""
    register_fonts()
    st = Styles.at(9, 8)
    cols = columns(price_list)
    width = A4[0] - 2 * MARGIN
    col_widths = widths([w for _, w, _ in cols], width)
    lines = header_lines(price_list)
    story: list[Flowable] = [p(lines[0], st.bold), *[p(x, st.text) for x in lines[1:]], Spacer(0, 6),
                             p(f"Прайс-лист на {long_date(price_list.day)}", st.title), Spacer(0, 4)]
    body = _body(price_list, cols, col_widths, st)
    if body:
        story += [_header_table(cols, col_widths, st), *body]
    else:
        story.append(p("Нет позиций для прайс-листа: проверьте отбор групп и остатки.", st.text))
    head_height = _header_table(cols, col_widths, st).wrap(width, A4[1])[1]
    stamp = footer(price_list.generated_by)

    def later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        stamp(canvas, doc)
        table = _header_table(cols, col_widths, st)
        table.wrapOn(canvas, width, head_height)
        table.drawOn(canvas, MARGIN, A4[1] - MARGIN - head_height)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title="Прайс-лист", author=price_list.generated_by)
    full = A4[1] - 2 * MARGIN
    doc.addPageTemplates([
        PageTemplate("first", [Frame(MARGIN, MARGIN, width, full, 0, 0, 0, 0)], onPage=stamp,
                     autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(MARGIN, MARGIN, width, full - head_height, 0, 0, 0, 0)], onPage=later)])
    doc.build(story)
    return path


def to_xlsx(price_list: PriceList, path: Path) -> Path:
    """The same list as a workbook: the header lines, the column titles (frozen), a bold shaded
    row per section, prices as numbers with kopecks so the buyer can compute with them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Прайс-лист"
    cols = columns(price_list)
    lines = header_lines(price_list)
    for i, text in enumerate(lines, start=1):
        sheet.cell(row=i, column=1, value=text).font = Font(bold=i == 1, size=12 if i == 1 else 10)
    title_row = len(lines) + 2
    sheet.cell(row=title_row, column=1, value=f"Прайс-лист на {long_date(price_list.day)}").font = Font(bold=True,
                                                                                                        size=14)
    head_row = title_row + 2
    for c, (title, _, _) in enumerate(cols, start=1):
        cell = sheet.cell(row=head_row, column=c, value=title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.freeze_panes = sheet.cell(row=head_row + 1, column=1)
    fill = PatternFill("solid", fgColor="DDE6F0")
    r = head_row + 1
    for sec in price_list.sections:
        sheet.cell(row=r, column=1, value=sec.title).font = Font(bold=True)
        for c in range(1, len(cols) + 1):
            sheet.cell(row=r, column=c).fill = fill
        r += 1
        for row in sec.rows:
            for c, value in enumerate(row_values(price_list, row), start=1):
                cell = sheet.cell(row=r, column=c, value=value or None)
                if c == 4:                      # the price: a number, shown with kopecks
                    cell.value = row.price if isinstance(row.price, Decimal) else Decimal(row.price)
                    cell.number_format = "#,##0.00"
            r += 1
    if price_list.generated_by:
        sheet.cell(row=r + 1, column=1, value=f"Сформировано: {price_list.generated_by}").font = Font(
            italic=True, size=8, color="808080")
    for c, (_, share, _) in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = max(4.0, round(share * 110, 1))
    book.save(path)
    return path

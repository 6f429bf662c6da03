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
from reportlab.platypus import Flowable, Spacer

from crm_desktop.reporting.pdf_forms import long_date, money
from crm_desktop.reporting.pdf_kit import Part, Styles, grid, p, render, widths
from crm_desktop.reporting.stock_documents import PriceList, PriceRow

PICKER_COLUMNS = 5


def columns(price_list: PriceList) -> list[tuple[str, float, str]]:
    """(title, relative width, alignment L/R/C) of the columns this list prints."""
    cols = [(price_list.ref_title, 0.13, "L"), ("Наименование", 0.5, "L"), ("Ед.", 0.06, "C"),
            ("Цена, руб.", 0.12, "R")]
    if price_list.stock_title:
        cols.append((price_list.stock_title, 0.09, "C"))
    if price_list.per_package:
        cols.append(("Кол-во в месте", 0.08, "R"))
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


def _layout(price_list: PriceList, width: float) -> list[Flowable]:
    st = Styles.at(9, 8)
    cols = columns(price_list)
    align = {"L": st.cell, "R": st.cell_right, "C": st.cell_center}
    section = ParagraphStyle("section", parent=st.cell, fontName=st.bold.fontName)
    lines = header_lines(price_list)
    head: list[Flowable] = [p(lines[0], st.bold), *[p(x, st.text) for x in lines[1:]], Spacer(0, 6),
                            p(f"Прайс-лист на {long_date(price_list.day)}", st.title), Spacer(0, 4)]
    rows: list[list[object]] = [[p(t, st.head) for t, _, _ in cols]]
    extra: list[tuple[object, ...]] = []
    for sec in price_list.sections:
        extra += [("SPAN", (0, len(rows)), (-1, len(rows))),
                  ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#dde6f0"))]
        rows.append([p(sec.title, section)] + [""] * (len(cols) - 1))
        rows += [[p(v, align[a]) for v, (_, _, a) in zip(row_values(price_list, r), cols)] for r in sec.rows]
    if len(rows) == 1:
        return [*head, p("Нет позиций для прайс-листа: проверьте отбор групп и остатки.", st.text)]
    return [*head, grid(rows, widths([w for _, w, _ in cols], width), extra=extra)]


def price_list_part(price_list: PriceList) -> Part:
    return Part(A4, lambda w: _layout(price_list, w))


def to_pdf(price_list: PriceList, path: Path) -> Path:
    return render([price_list_part(price_list)], path, price_list.generated_by, "Прайс-лист")


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

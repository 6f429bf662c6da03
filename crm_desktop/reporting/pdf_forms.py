"""PDF print forms of sales documents: счёт на оплату, акт оказанных услуг, счёт-фактура
(Постановление Правительства РФ № 1137, Приложение № 1), and an order's заказ-наряд and
заказ-счёт (ORD-1). They are laid out with ReportLab
from a ``PrintDocument`` alone, so ``crm --print`` and the application server render the same
pages without Qt or a database. The three layouts share the text styles, the number and date
formats, the party description, the line table builder and the footer."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, HRFlowable, KeepTogether,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.reporting.documents import Line, Party, PrintDocument

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
NBSP = "\u00a0"
_EMPTY = "--"          # what the official forms print in a column or line that does not apply
_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря")
_MARGIN = 12 * mm
_GAP = 8 * mm
_GRID = 0.5


# ---------------------------------------------------------------- fonts

def _font_dirs() -> list[Path]:
    """Where DejaVu may be: the Debian package, then fonts bundled with matplotlib or ReportLab
    (found without importing them)."""
    dirs = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
    for package, sub in (("matplotlib", "mpl-data/fonts/ttf"), ("reportlab", "fonts")):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin:
            dirs.append(Path(spec.origin).parent / sub)
    return dirs


@functools.cache
def register_fonts() -> None:
    """Register DejaVu once per process: the standard PDF fonts have no Cyrillic."""
    for folder in _font_dirs():
        regular, bold = folder / f"{FONT}.ttf", folder / f"{FONT_BOLD}.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont(FONT, str(regular)))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                          boldItalic=FONT_BOLD)
            return
    raise RuntimeError("Печатные формы: не найден шрифт DejaVuSans с кириллицей. Установите пакет "
                       "fonts-dejavu-core (apt-get install fonts-dejavu-core).")


# ---------------------------------------------------------------- formats

def _grouped(value: Decimal) -> str:
    """"1234567.5" → "1 234 567,5": thin groups joined by no-break spaces so a number never
    wraps inside a cell, comma as the decimal separator."""
    whole, _, frac = f"{abs(value):f}".partition(".")
    text = f"{int(whole):,}".replace(",", NBSP) + ("," + frac if frac else "")
    return "-" + text if value < 0 else text


def money(value: Decimal) -> str:
    """Money with kopecks: "1 234,50"."""
    return _grouped(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def quantity(value: Decimal) -> str:
    """A quantity (or percentage) without trailing zeros: "2", "1,5", "0,125"."""
    return _grouped(value.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP).normalize())


def long_date(day: date) -> str:
    """"1 декабря 2026 г." as documents are dated."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year} г."


def _rate(rate: Decimal | None) -> str:
    return "без НДС" if rate is None else f"{quantity(rate)}%"


def party_line(party: Party) -> str:
    """"ООО «Ромашка», ИНН …, КПП …, address, тел.: …": how a party is named in the header
    of an invoice or an act; empty requisites are skipped."""
    parts = [party.name,
             f"ИНН {party.inn}" if party.inn else "",
             f"КПП {party.kpp}" if party.kpp else "",
             party.address,
             f"тел.: {party.phone}" if party.phone else ""]
    return ", ".join(p for p in parts if p)


def _inn_kpp(party: Party) -> str:
    return "/".join(p for p in (party.inn, party.kpp) if p) or _EMPTY


# ---------------------------------------------------------------- styles and cells

@dataclass(frozen=True)
class _Styles:
    """Paragraph styles at one base size for text and one for table cells: the portrait forms
    use 9 and 8 pt, the landscape счёт-фактура 7 pt so its eighteen columns fit."""

    text: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle

    @classmethod
    def at(cls, size: float, cell_size: float | None = None) -> _Styles:
        def style(name: str, font_size: float = size, **kw: object) -> ParagraphStyle:
            base: dict[str, object] = {"fontName": FONT, "fontSize": font_size,
                                       "leading": font_size * 1.22}
            return ParagraphStyle(name, **(base | kw))
        cell = cell_size or size
        return cls(text=style("text"),
                   bold=style("bold", fontName=FONT_BOLD),
                   small=style("small", fontSize=size * 0.78, leading=size),
                   cell=style("cell", cell, alignment=TA_LEFT),
                   cell_right=style("cell_right", cell, alignment=TA_RIGHT),
                   cell_center=style("cell_center", cell, alignment=TA_CENTER),
                   head=style("head", cell, fontName=FONT_BOLD, alignment=TA_CENTER),
                   title=style("title", fontName=FONT_BOLD, fontSize=size * 1.5,
                               leading=size * 1.9))


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: names from the database may hold "&" or "<"."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


_ALIGN = {"L": "cell", "R": "cell_right", "C": "cell_center"}


@dataclass(frozen=True)
class _Column:
    """A column of a line table: header text, relative width, alignment (L/R/C) and the cell
    text of a line."""

    title: str
    width: float
    align: str
    value: Callable[[Line], str]


def _widths(shares: Sequence[float], total: float) -> list[float]:
    whole = sum(shares)
    return [total * s / whole for s in shares]


def _lines_table(columns: Sequence[_Column], lines: Sequence[Line], width: float, st: _Styles,
                 header: Sequence[Sequence[object]] | None = None,
                 header_spans: Sequence[tuple[str, tuple[int, int], tuple[int, int]]] = (),
                 footer: Sequence[Sequence[object]] = (),
                 footer_style: Sequence[tuple[object, ...]] = ()) -> Table:
    """The lines of a document as a gridded table that spans pages with its header repeated.
    Every cell is a Paragraph so long names wrap; ``header`` replaces the one-row header made
    of the column titles when a form has grouped, numbered headings."""
    head_rows = [list(r) for r in header] if header else [[_p(c.title, st.head) for c in columns]]
    body = [[_p(c.value(line), getattr(st, _ALIGN[c.align])) for c in columns] for line in lines]
    table = Table(head_rows + body + [list(r) for r in footer],
                  colWidths=_widths([c.width for c in columns], width), repeatRows=len(head_rows))
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), _GRID, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, len(head_rows) - 1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, len(head_rows) - 1), colors.HexColor("#eeeeee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *header_spans, *footer_style]))
    return table


def _totals(doc: PrintDocument, width: float, st: _Styles, total_label: str) -> Table:
    """Итого / НДС / Всего under the line table, right-aligned. VAT is shown per rate (one row
    when the document has one rate, the usual case), as "В том числе" when it is inside the
    prices, or "Без НДС"."""
    rates = sorted({line.vat_rate for line in doc.lines if line.vat_rate is not None})
    prefix = "НДС" if doc.vat_on_top else "В том числе НДС"
    if not rates:
        vat_rows = [("Без НДС:", "—")]
    elif len(rates) == 1:
        vat_rows = [(f"{prefix} ({quantity(rates[0])} %):", money(doc.vat))]
    else:
        vat_rows = [(f"{prefix} ({quantity(r)} %):",
                     money(sum((ln.vat_amount for ln in doc.lines if ln.vat_rate == r), Decimal(0))))
                    for r in rates]
    rows = [("Итого:", money(doc.amount)), *vat_rows, (total_label, money(doc.total))]
    bold_right = ParagraphStyle("total", parent=st.bold, alignment=TA_RIGHT)
    table = Table([[_p(label, bold_right), _p(value, bold_right)] for label, value in rows],
                  colWidths=[width - 40 * mm, 40 * mm])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def _in_words(doc: PrintDocument, count_label: str, st: _Styles) -> list[Flowable]:
    """"Всего наименований N, на сумму … руб." and the amount in words on its own line."""
    return [_p(f"{count_label} {len(doc.lines)}, на сумму {money(doc.total)} руб.", st.text),
            _p(rubles_in_words(doc.total), st.bold)]


def _party_rows(rows: Sequence[tuple[str, str]], width: float, st: _Styles) -> Table:
    """"Поставщик: …" rows: the label in a narrow left column, the value wrapping beside it."""
    table = Table([[_p(label, st.text), _p(value, st.bold)] for label, value in rows if value],
                  colWidths=[30 * mm, width - 30 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _signature(role: str, name: str, st: _Styles, width: float,
               captions: tuple[str, str] = ("подпись", "расшифровка подписи")) -> Table:
    """"Role ______ Name" with small captions under the signature line and the name; without
    a role (the act puts it above) the line starts at the left edge."""
    lead: list[object] = [_p(role, st.bold)] if role else []
    table = Table([[*lead, "", _p(name, st.text)],
                   [*[""] * len(lead), _p(captions[0], st.small), _p(captions[1], st.small)]],
                  colWidths=_widths([0.36, 0.28, 0.36] if role else [0.45, 0.55], width))
    table.setStyle(TableStyle([("LINEBELOW", (-2, 0), (-1, 0), _GRID, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("TOPPADDING", (0, 1), (-1, 1), 0)]))
    return table


def _half(width: float) -> float:
    """Width of one of two blocks set side by side (signatures of the two parties)."""
    return (width - _GAP) / 2


def _side_by_side(left: Flowable | list[Flowable], right: Flowable | list[Flowable],
                  width: float) -> Table:
    table = Table([[left, "", right]], colWidths=[_half(width), _GAP, _half(width)])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _title(text: str, st: _Styles) -> list[Flowable]:
    return [_p(text, st.title), HRFlowable(width="100%", thickness=1.5, color=colors.black,
                                           spaceBefore=1, spaceAfter=6)]


def _notes(doc: PrintDocument, st: _Styles) -> list[Flowable]:
    return [Spacer(0, 4), _p(doc.notes, st.text)] if doc.notes else []


# ---------------------------------------------------------------- счёт на оплату

def _bank_block(supplier: Party, width: float, st: _Styles) -> Table:
    """The payee's bank requisites as in every Russian invoice: bank and BIK/correspondent
    account on top, INN/KPP and payee with the settlement account below."""
    def captioned(value: str, caption: str) -> Paragraph:
        return Paragraph(f"{escape(value)}<br/><font size={st.small.fontSize}>{caption}</font>",
                         st.text)
    rows = [[captioned(supplier.bank_name, "Банк получателя"), "", _p("БИК", st.text),
             _p(supplier.bik, st.text)],
            ["", "", _p("Сч. №", st.text), _p(supplier.corr_account, st.text)],
            [_p(f"ИНН {supplier.inn}", st.text), _p(f"КПП {supplier.kpp}", st.text),
             _p("Сч. №", st.text), _p(supplier.account_no, st.text)],
            [captioned(supplier.name, "Получатель"), "", "", ""]]
    table = Table(rows, colWidths=_widths([0.29, 0.29, 0.09, 0.33], width))
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 1)), ("SPAN", (0, 3), (1, 3)),
        ("SPAN", (2, 2), (2, 3)), ("SPAN", (3, 2), (3, 3)),
        ("BOX", (0, 0), (-1, -1), _GRID, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), _GRID, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


_NO = _Column("№", 0.045, "C", lambda ln: str(ln.no))
_QTY = _Column("Кол-во", 0.1, "R", lambda ln: quantity(ln.quantity))
_UNIT = _Column("Ед.", 0.06, "C", lambda ln: ln.unit)
_PRICE = _Column("Цена", 0.13, "R", lambda ln: money(ln.price))
_AMOUNT = _Column("Сумма", 0.15, "R", lambda ln: money(ln.amount))

_INVOICE_COLUMNS = (_NO, _Column("Товары (работы, услуги)", 0.405, "L", lambda ln: ln.name),
                    _QTY, _UNIT, _PRICE,
                    _Column("Скидка %", 0.08, "R", lambda ln: quantity(ln.discount) if ln.discount else ""),
                    _AMOUNT)
_ACT_COLUMNS = (_NO, _Column("Наименование работ, услуг", 0.515, "L", lambda ln: ln.name),
                _QTY, _UNIT, _PRICE, _AMOUNT)


# an order-invoice is an invoice for payment titled by the order it is printed from; a
# prepayment invoice is an expense's lines asked to be paid before shipment («Подбор…»)
_INVOICE_TITLES = {"invoice": "Счёт на оплату", "order-invoice": "Заказ-счёт",
                   "prepayment-invoice": "Счёт на предоплату"}


def _invoice(doc: PrintDocument, width: float) -> list[Flowable]:
    st = _Styles.at(9, 8)
    s, b = doc.supplier, doc.buyer
    head = [("Поставщик:", party_line(s)), ("Покупатель:", party_line(b)),
            ("Вниманию:", doc.attention), ("Основание:", doc.basis)]
    half = _half(width)
    return [_bank_block(s, width, st), Spacer(0, 10),
            *_title(f"{_INVOICE_TITLES[doc.kind]} № {doc.number} от {long_date(doc.date)}", st),
            _party_rows(head, width, st), Spacer(0, 4),
            _lines_table(_INVOICE_COLUMNS, doc.lines, width, st), Spacer(0, 4),
            KeepTogether([_totals(doc, width, st, "Всего к оплате:"), Spacer(0, 4),
                          *_in_words(doc, "Всего наименований", st), *_notes(doc, st),
                          HRFlowable(width="100%", thickness=1.5, color=colors.black,
                                     spaceBefore=6, spaceAfter=16),
                          _side_by_side(_signature("Руководитель", s.director, st, half),
                                        _signature("Бухгалтер", s.chief_accountant, st, half),
                                        width)])]


def invoice_story(doc: PrintDocument, width: float) -> list[Flowable]:
    """The invoice layout for a frame ``width`` wide, for forms printed among others in one
    PDF (reporting.pdf_kit): «Счёт на предоплату» of an expense (the счёт-фактура's is
    vat_invoice_story)."""
    if doc.kind not in _INVOICE_TITLES:
        raise ValueError(f"Счёт: вид {doc.kind!r} не печатается как счёт, ожидался один из "
                         f"{', '.join(_INVOICE_TITLES)}")
    return _invoice(doc, width)


# ---------------------------------------------------------------- акт

_ACT_STATEMENT = ("Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претензий по "
                  "объему, качеству и срокам оказания услуг не имеет.")


def _act_side(role: str, party: Party, st: _Styles, width: float) -> list[Flowable]:
    """One signature block of an act: ИСПОЛНИТЕЛЬ or ЗАКАЗЧИК, the organisation, the head."""
    return [_p(role, st.bold), _p(party.name, st.text), Spacer(0, 14),
            _signature("", party.director, st, width), _p("М.П.", st.small)]


def _act(doc: PrintDocument, width: float) -> list[Flowable]:
    st = _Styles.at(9, 8)
    head = [("Исполнитель:", party_line(doc.supplier)), ("Заказчик:", party_line(doc.buyer)),
            ("Основание:", doc.basis)]
    half = _half(width)
    return [*_title(f"Акт № {doc.number} от {long_date(doc.date)}", st),
            _party_rows(head, width, st), Spacer(0, 4),
            _lines_table(_ACT_COLUMNS, doc.lines, width, st), Spacer(0, 4),
            KeepTogether([_totals(doc, width, st, "Всего:"), Spacer(0, 4),
                          *_in_words(doc, "Всего оказано услуг", st), Spacer(0, 6),
                          _p(_ACT_STATEMENT, st.text), *_notes(doc, st),
                          HRFlowable(width="100%", thickness=1.5, color=colors.black,
                                     spaceBefore=6, spaceAfter=10),
                          _side_by_side(_act_side("ИСПОЛНИТЕЛЬ", doc.supplier, st, half),
                                        _act_side("ЗАКАЗЧИК", doc.buyer, st, half), width)])]


# ---------------------------------------------------------------- заказ-наряд

def _work_order(doc: PrintDocument, width: float) -> list[Flowable]:
    """The order as the work to do: executor, customer, the term, the lines, what it costs,
    and the signatures of the employee who took it and of the customer."""
    st = _Styles.at(9, 8)
    term = long_date(doc.due_date) if doc.due_date else ""
    head = [("Исполнитель:", party_line(doc.supplier)), ("Заказчик:", party_line(doc.buyer)),
            ("Срок исполнения:", term), ("Заказ принял:", doc.manager)]
    half = _half(width)
    return [*_title(f"Заказ-наряд № {doc.number} от {long_date(doc.date)}", st),
            _party_rows(head, width, st), Spacer(0, 4),
            _lines_table(_INVOICE_COLUMNS, doc.lines, width, st), Spacer(0, 4),
            KeepTogether([_totals(doc, width, st, "Всего:"), Spacer(0, 4),
                          *_in_words(doc, "Всего наименований", st), *_notes(doc, st),
                          HRFlowable(width="100%", thickness=1.5, color=colors.black,
                                     spaceBefore=6, spaceAfter=16),
                          _side_by_side(_signature("Заказ принял", doc.manager, st, half),
                                        _signature("Заказчик", "", st, half), width)])]


# ---------------------------------------------------------------- счёт-фактура

def _net(line: Line) -> Decimal:
    """Column 5, cost without tax, whether VAT was on top or inside the price."""
    return line.total - line.vat_amount


def _net_price(line: Line) -> str:
    """Column 4, price without tax after the discount, so that column 3 × column 4 is column 5
    to the kopeck as far as rounding allows."""
    return money(_net(line) / line.quantity) if line.quantity else _EMPTY


_VAT_COLUMNS = (
    _Column("1", 0.022, "C", lambda ln: str(ln.no)),
    _Column("1а", 0.15, "L", lambda ln: ln.name),
    _Column("1б", 0.035, "C", lambda ln: _EMPTY),
    _Column("2", 0.03, "C", lambda ln: ln.unit_code or _EMPTY),
    _Column("2а", 0.05, "C", lambda ln: ln.unit or _EMPTY),
    _Column("3", 0.06, "R", lambda ln: quantity(ln.quantity)),
    _Column("4", 0.075, "R", _net_price),
    _Column("5", 0.085, "R", lambda ln: money(_net(ln))),
    _Column("6", 0.065, "C", lambda ln: "без акциза"),
    _Column("7", 0.045, "C", lambda ln: _rate(ln.vat_rate)),
    _Column("8", 0.075, "R", lambda ln: money(ln.vat_amount) if ln.vat_rate is not None else "без НДС"),
    _Column("9", 0.085, "R", lambda ln: money(ln.total)),
    _Column("10", 0.035, "C", lambda ln: _EMPTY),
    _Column("10а", 0.045, "C", lambda ln: _EMPTY),
    _Column("11", 0.07, "C", lambda ln: _EMPTY),
    _Column("12", 0.028, "C", lambda ln: _EMPTY),
    _Column("12а", 0.045, "C", lambda ln: _EMPTY),
    _Column("13", 0.075, "C", lambda ln: _EMPTY),
)

# The grouped headings of the form: (text, first column, last column); a group of one column
# spans the two heading rows.
_VAT_HEADINGS = (
    ("№ п/п", 0, 0),
    ("Наименование товара (описание выполненных работ, оказанных услуг), имущественного права", 1, 1),
    ("Код вида товара", 2, 2),
    ("Единица измерения", 3, 4),
    ("Количество (объем)", 5, 5),
    ("Цена (тариф) за единицу измерения", 6, 6),
    ("Стоимость товаров (работ, услуг), имущественных прав без налога — всего", 7, 7),
    ("В том числе сумма акциза", 8, 8),
    ("Налоговая ставка", 9, 9),
    ("Сумма налога, предъявляемая покупателю", 10, 10),
    ("Стоимость товаров (работ, услуг), имущественных прав с налогом — всего", 11, 11),
    ("Страна происхождения товара", 12, 13),
    ("Регистрационный номер декларации на товары или регистрационный номер партии товара, "
     "подлежащего прослеживаемости", 14, 14),
    ("Количественная единица измерения товара, используемая в целях осуществления "
     "прослеживаемости", 15, 16),
    ("Количество товара, подлежащего прослеживаемости, в количественной единице измерения "
     "товара, используемой в целях осуществления прослеживаемости", 17, 17),
)
_VAT_SUBHEADINGS = {3: "код", 4: "условное обозначение (национальное)", 12: "цифровой код",
                    13: "краткое наименование", 15: "код", 16: "условное обозначение"}


def _vat_header(st: _Styles) -> tuple[list[list[object]], list[tuple[str, tuple[int, int], tuple[int, int]]]]:
    head = ParagraphStyle("vat_head", parent=st.cell_center, fontSize=st.small.fontSize,
                          leading=st.small.fontSize * 1.1)
    count = len(_VAT_COLUMNS)
    top: list[object] = [""] * count
    sub: list[object] = [""] * count
    spans = []
    for text, first, last in _VAT_HEADINGS:
        top[first] = _p(text, head)
        spans.append(("SPAN", (first, 0), (last, 0) if last > first else (first, 1)))
    for col, text in _VAT_SUBHEADINGS.items():
        sub[col] = _p(text, head)
    numbers = [_p(c.title, st.cell_center) for c in _VAT_COLUMNS]
    return [top, sub, numbers], spans


def _vat_total_row(doc: PrintDocument, st: _Styles) -> tuple[list[object], list[tuple[object, ...]]]:
    """"Всего к оплате (9)": columns 1–4 merged, 5, 6–7 merged with "Х", 8, 9."""
    row: list[object] = [""] * len(_VAT_COLUMNS)
    row[0] = _p("Всего к оплате (9)", st.bold)
    row[7] = _p(money(doc.total - doc.vat), st.cell_right)
    row[8] = _p("Х", st.cell_center)
    no_vat = all(line.vat_rate is None for line in doc.lines)
    row[10] = _p("без НДС" if no_vat else money(doc.vat), st.cell_right)
    row[11] = _p(money(doc.total), st.cell_right)
    return row, [("SPAN", (0, -1), (6, -1)), ("SPAN", (8, -1), (9, -1))]


def _vat_header_rows(doc: PrintDocument, width: float, st: _Styles) -> Table:
    """Lines (1)–(8) of the form: label, the value on an underline, the line number."""
    s, b = doc.supplier, doc.buyer
    n = len(doc.lines)
    shipment = f"№ п/п 1–{n}; {doc.shipment_doc}" if doc.shipment_doc else _EMPTY
    rows = [("Продавец:", s.name, "(2)"), ("Адрес:", s.address or _EMPTY, "(2а)"),
            ("ИНН/КПП продавца:", _inn_kpp(s), "(2б)"),
            ("Грузоотправитель и его адрес:", "он же", "(3)"),
            ("Грузополучатель и его адрес:", ", ".join(p for p in (b.name, b.address) if p), "(4)"),
            ("К платежно-расчетному документу №", doc.payment_doc or _EMPTY, "(5)"),
            ("Документ об отгрузке", shipment, "(5а)"),
            ("Покупатель:", b.name, "(6)"), ("Адрес:", b.address or _EMPTY, "(6а)"),
            ("ИНН/КПП покупателя:", _inn_kpp(b), "(6б)"),
            ("Валюта: наименование, код", "Российский рубль, 643", "(7)"),
            ("Идентификатор государственного контракта, договора (соглашения) (при наличии)",
             _EMPTY, "(8)")]
    label_width = 78 * mm
    table = Table([[_p(label, st.text), _p(value, st.text), _p(no, st.text)]
                   for label, value, no in rows],
                  colWidths=[label_width, width * 0.72 - label_width - 10 * mm, 10 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), _GRID, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def _vat_signatures(seller: Party, st: _Styles, width: float) -> Flowable:
    """The signature part of the form. A seller with a 12-digit INN is an individual
    entrepreneur and signs in the entrepreneur's row; an organisation's head and chief
    accountant sign above it."""
    entrepreneur = len(seller.inn) == 12
    head, chief = ("", "") if entrepreneur else (seller.director, seller.chief_accountant)
    half, fio = _half(width), ("(подпись)", "(ф.и.о.)")
    return KeepTogether([
        _side_by_side(
            _signature("Руководитель организации или иное уполномоченное лицо", head, st, half, fio),
            _signature("Главный бухгалтер или иное уполномоченное лицо", chief, st, half, fio),
            width),
        Spacer(0, 8),
        _side_by_side(
            _signature("Индивидуальный предприниматель или иное уполномоченное лицо",
                       seller.director if entrepreneur else "", st, half, fio),
            _signature("", "", st, half, ("", "(реквизиты свидетельства о государственной "
                                              "регистрации индивидуального предпринимателя)")),
            width)])


def _vat_invoice(doc: PrintDocument, width: float) -> list[Flowable]:
    st = _Styles.at(7)
    appendix = ParagraphStyle("appendix", parent=st.small, alignment=TA_RIGHT)
    title = ParagraphStyle("vat_title", parent=st.bold, fontSize=10, leading=13)
    header, spans = _vat_header(st)
    total_row, total_style = _vat_total_row(doc, st)
    return [_p("Приложение № 1\nк постановлению Правительства Российской Федерации\n"
               "от 26 декабря 2011 г. № 1137", appendix),
            _p(f"СЧЁТ-ФАКТУРА № {doc.number} от {long_date(doc.date)}  (1)", title),
            _p(f"ИСПРАВЛЕНИЕ № {_EMPTY} от {_EMPTY}  (1а)", st.text), Spacer(0, 3),
            _vat_header_rows(doc, width, st), Spacer(0, 5),
            _lines_table(_VAT_COLUMNS, doc.lines, width, st, header=header, header_spans=spans,
                         footer=[total_row], footer_style=total_style),
            *_notes(doc, st), Spacer(0, 10),
            _vat_signatures(doc.supplier, st, width)]


def vat_invoice_story(doc: PrintDocument, width: float) -> list[Flowable]:
    """The счёт-фактура layout for a landscape frame ``width`` wide, for forms printed among
    others in one PDF (reporting.pdf_kit): «Счёт-фактура» of an expense in «Подбор…»."""
    return _vat_invoice(doc, width)


# ---------------------------------------------------------------- entry point

_LAYOUTS: dict[str, tuple[tuple[float, float], Callable[[PrintDocument, float], list[Flowable]]]] = {
    "invoice": (A4, _invoice),
    "act": (A4, _act),
    "vat-invoice": (landscape(A4), _vat_invoice),
    "order": (A4, _work_order),
    "order-invoice": (A4, _invoice),
    "prepayment-invoice": (A4, _invoice),
}


def _footer(generated_by: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    """"Сформировано: …" (ARCHITECTURE: every report says who made it) and the page number."""
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(colors.grey)
        y = _MARGIN / 2
        if generated_by:
            canvas.drawString(_MARGIN, y, f"Сформировано: {generated_by}")
        canvas.drawRightString(doc.pagesize[0] - _MARGIN, y, f"Страница {canvas.getPageNumber()}")
        canvas.restoreState()
    return draw


def render(doc: PrintDocument, path: Path) -> None:
    """Write the print form of ``doc`` to ``path`` as PDF; the layout is chosen by
    ``doc.kind``."""
    if doc.kind not in _LAYOUTS:
        raise ValueError(f"Печатная форма: неизвестный вид документа {doc.kind!r}, "
                         f"ожидался один из {', '.join(_LAYOUTS)}")
    register_fonts()
    pagesize, layout = _LAYOUTS[doc.kind]
    template = BaseDocTemplate(str(path), pagesize=pagesize, leftMargin=_MARGIN,
                               rightMargin=_MARGIN, topMargin=_MARGIN, bottomMargin=_MARGIN,
                               title=f"{doc.kind} {doc.number}", author=doc.generated_by)
    # No frame padding: tables are as wide as the text, so both start at the margin.
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates(PageTemplate(frames=[frame], onPage=_footer(doc.generated_by)))
    template.build(layout(doc, template.width))

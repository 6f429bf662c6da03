"""The warehouse's own print forms (WH-4): «Приходная накладная», «Расходная накладная» and
«Товарный чек», A4 portrait. The unified forms (ТОРГ-12, УПД, КО-1/КО-2) live in their own
modules; these three are the company's documents and follow the layout of our invoice: title,
parties, the lines, totals as stored, the amount in words, signatures."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table

from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.reporting.pdf_forms import long_date, money, party_line, quantity
from crm_desktop.reporting.pdf_kit import Part, Styles, TA_RIGHT, grid, line_row, p, side_by_side, tight, widths
from crm_desktop.reporting.stock_documents import StockDocument, StockLine


def _rate(line: StockLine) -> str:
    return "без НДС" if line.vat_rate is None else f"{quantity(line.vat_rate)}%"


_Col = tuple[str, float, str, Callable[[StockLine], str]]

_WAYBILL_COLUMNS: tuple[_Col, ...] = (
    ("№", 0.04, "C", lambda ln: str(ln.no)),
    ("Код", 0.09, "L", lambda ln: ln.code),
    ("Наименование", 0.33, "L", lambda ln: ln.name),
    ("Ед.", 0.05, "C", lambda ln: ln.unit),
    ("Кол-во", 0.08, "R", lambda ln: quantity(ln.quantity)),
    ("Цена", 0.1, "R", lambda ln: money(ln.price)),
    ("Сумма", 0.11, "R", lambda ln: money(ln.amount)),
    ("Ставка НДС", 0.08, "C", _rate),
    ("Сумма НДС", 0.1, "R", lambda ln: money(ln.vat_amount) if ln.vat_rate is not None else "—"),
)
_RECEIPT_COLUMNS: tuple[_Col, ...] = (
    ("№", 0.05, "C", lambda ln: str(ln.no)),
    ("Наименование товара", 0.5, "L", lambda ln: ln.name),
    ("Ед.", 0.07, "C", lambda ln: ln.unit),
    ("Кол-во", 0.1, "R", lambda ln: quantity(ln.quantity)),
    ("Цена", 0.13, "R", lambda ln: money(ln.price)),
    ("Сумма", 0.15, "R", lambda ln: money(ln.amount)),
)


def _lines(columns: Sequence[_Col], lines: Sequence[StockLine], width: float, st: Styles) -> Table:
    align = {"L": st.cell, "R": st.cell_right, "C": st.cell_center}
    head = [p(title, st.head) for title, _, _, _ in columns]
    body = [[p(value(ln), align[a]) for _, _, a, value in columns] for ln in lines]
    return grid([head, *body], widths([c[1] for c in columns], width))


def _totals(doc: StockDocument, width: float, st: Styles) -> Table:
    """Итого / НДС / Всего as stored: VAT «в том числе» when inside the prices, «без НДС»
    when no line bears it."""
    has_vat = any(ln.vat_rate is not None for ln in doc.lines)
    if not has_vat:
        vat_row = ("Без НДС", "—")
    else:
        vat_row = ("НДС:" if doc.vat_on_top else "В том числе НДС:", money(doc.vat))
    rows = [("Итого:", money(doc.amount)), vat_row, ("Всего:", money(doc.total))]
    right = ParagraphStyle("total", parent=st.bold, alignment=TA_RIGHT)
    table = Table([[p(a, right), p(b, right)] for a, b in rows], colWidths=[width - 38 * mm, 38 * mm])
    table.setStyle(tight())
    return table


def _in_words(doc: StockDocument, st: Styles) -> list[Flowable]:
    return [p(f"Всего наименований {len(doc.lines)}, на сумму {money(doc.total)} руб.", st.text),
            p(rubles_in_words(doc.total), st.bold)]


def _heading_rows(rows: Sequence[tuple[str, str]], width: float, st: Styles) -> Table:
    table = Table([[p(label, st.text), p(value, st.bold)] for label, value in rows if value],
                  colWidths=[28 * mm, width - 28 * mm])
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3), pad=0))
    return table


def _title(text: str, st: Styles) -> list[Flowable]:
    return [p(text, st.title), HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=5)]


def _signature(role: str, name: str, width: float, st: Styles) -> Table:
    return line_row([(role, "", "", 0.3), ("", "", "подпись", 0.3), ("", name, "расшифровка подписи", 0.4)],
                    width, st, bold_label=True)


def _waybill(doc: StockDocument, width: float, title: str, roles: tuple[str, str],
             names: tuple[str, str]) -> list[Flowable]:
    st = Styles.at(9, 8)
    head = [("Поставщик:", party_line(doc.supplier)), ("Получатель:", party_line(doc.buyer)),
            ("Склад:", doc.warehouse), ("Основание:", doc.basis)]
    half = (width - 10 * mm) / 2
    return [*_title(f"{title} № {doc.number} от {long_date(doc.day)}", st),
            _heading_rows(head, width, st), Spacer(0, 4),
            _lines(_WAYBILL_COLUMNS, doc.lines, width, st), Spacer(0, 3),
            KeepTogether([_totals(doc, width, st), Spacer(0, 3), *_in_words(doc, st),
                          *([Spacer(0, 3), p(doc.notes, st.text)] if doc.notes else []),
                          HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=5, spaceAfter=14),
                          side_by_side(_signature(roles[0], names[0], half, st),
                                       _signature(roles[1], names[1], half, st), width, gap=10 * mm)])]


def receipt(doc: StockDocument) -> Part:
    """«Приходная накладная»: the supplier hands over («Сдал»), our warehouse takes («Принял»)."""
    return Part(A4, lambda w: _waybill(doc, w, "Приходная накладная", ("Сдал", "Принял"), ("", doc.manager)))


def expense(doc: StockDocument) -> Part:
    """«Расходная накладная»: our warehouse releases («Отпустил»), the buyer takes («Получил»)."""
    return Part(A4, lambda w: _waybill(doc, w, "Расходная накладная", ("Отпустил", "Получил"), (doc.manager, "")))


def _sales_receipt(doc: StockDocument, width: float) -> list[Flowable]:
    st = Styles.at(9, 8)
    seller = doc.ours
    requisites = ", ".join(x for x in (f"ИНН {seller.inn}" if seller.inn else "",
                                       f"КПП {seller.kpp}" if seller.kpp else "", seller.address) if x)
    if doc.vat == Decimal(0):
        rows = [("Итого:", money(doc.total))]
    elif doc.vat_on_top:         # the lines are without VAT: their sum, the VAT, what is paid
        rows = [("Сумма:", money(doc.amount)), ("НДС:", money(doc.vat)), ("Итого:", money(doc.total))]
    else:
        rows = [("Итого:", money(doc.total)), ("В том числе НДС:", money(doc.vat))]
    right = ParagraphStyle("total", parent=st.bold, alignment=TA_RIGHT)
    totals = Table([[p(a, right), p(b, right)] for a, b in rows], colWidths=[width - 38 * mm, 38 * mm])
    totals.setStyle(tight())
    return [p(seller.name, st.bold), p(requisites, st.text), Spacer(0, 8),
            *_title(f"Товарный чек № {doc.number} от {long_date(doc.day)}", st),
            *([_heading_rows([("Покупатель:", doc.buyer.name)], width, st)] if doc.buyer.name else []),
            Spacer(0, 3), _lines(_RECEIPT_COLUMNS, doc.lines, width, st), Spacer(0, 3),
            KeepTogether([totals, Spacer(0, 3), *_in_words(doc, st), Spacer(0, 16),
                          _signature("Продавец", doc.manager, width * 0.6, st)])]


def sales_receipt(doc: StockDocument) -> Part:
    """«Товарный чек» of an expense: the seller (our legal entity), the lines, the total in
    words and the seller's signature."""
    return Part(A4, lambda w: _sales_receipt(doc, w))

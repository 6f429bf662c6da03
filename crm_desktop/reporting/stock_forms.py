"""The warehouse's own print forms (WH-4; manual «Складской учет», «Формирование первичных
документов»): «Приходная накладная», «Расходная накладная», «Возвратная накладная»,
«Накладная на выпуск продукции», «Складская накладная» (quantities only), «Товарный чек» and
«Сведения о сертификатах», A4 portrait. The unified forms (ТОРГ-12, УПД, КО-1/КО-2) live in
their own modules, «Счёт на предоплату» is the invoice of pdf_forms and an expense's
«Счёт-фактура» its landscape счёт-фактура; these are the company's documents and follow the
layout of our invoice: title, parties, the lines, totals as stored, the amount in words,
signatures."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table

from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.reporting.documents import Line, PrintDocument
from crm_desktop.reporting.pdf_forms import (invoice_story, long_date, money, party_line, quantity,
                                            vat_invoice_story)
from crm_desktop.reporting.pdf_kit import Part, Styles, TA_RIGHT, grid, line_row, p, side_by_side, tight, widths
from crm_desktop.reporting.stock_documents import (CertificateList, CertificateRow, ProductionDocument,
                                                   ProductionLine, StockDocument, StockLine)


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


def _signature(role: str, name: str, width: float, st: Styles, role_share: float = 0.3) -> Table:
    """«Role ____ Name»; a ``role_share`` of 0 makes the role exactly as wide as its words (a
    long role does not wrap)."""
    return line_row([(role, "", "", role_share), ("", "", "подпись", 0.3), ("", name, "расшифровка подписи", 0.4)],
                    width, st, bold_label=True)


def _waybill(doc: StockDocument, width: float, title: str, roles: tuple[str, str],
             names: tuple[str, str], sides: tuple[str, str] = ("Поставщик:", "Получатель:")) -> list[Flowable]:
    st = Styles.at(9, 8)
    head = [(sides[0], party_line(doc.supplier)), (sides[1], party_line(doc.buyer)),
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


def return_waybill(doc: StockDocument) -> Part:
    """«Возвратная накладная»: the buyer hands the goods back («Сдал»), our warehouse takes
    them («Принял»); the basis is the expense they were sold by."""
    return Part(A4, lambda w: _waybill(doc, w, "Возвратная накладная", ("Сдал", "Принял"), ("", doc.manager),
                                       ("Покупатель:", "Получатель:")))


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


# ---------------------------------------------------------------- складская накладная

_STORE_COLUMNS: tuple[_Col, ...] = (
    ("№", 0.06, "C", lambda ln: str(ln.no)),
    ("Код", 0.14, "L", lambda ln: ln.code),
    ("Наименование", 0.56, "L", lambda ln: ln.name),
    ("Ед.", 0.1, "C", lambda ln: ln.unit),
    ("Кол-во", 0.14, "R", lambda ln: quantity(ln.quantity)),
)


def _warehouse_waybill(doc: StockDocument, width: float) -> list[Flowable]:
    st = Styles.at(9, 8)
    head = [("Склад:", doc.warehouse), ("Получатель:", party_line(doc.buyer)), ("Основание:", doc.basis)]
    count = sum((ln.quantity for ln in doc.lines), Decimal(0))
    half = (width - 10 * mm) / 2
    return [p(doc.ours.name, st.bold), Spacer(0, 6),
            *_title(f"Складская накладная № {doc.number} от {long_date(doc.day)}", st),
            _heading_rows(head, width, st), Spacer(0, 4),
            _table(_STORE_COLUMNS, doc.lines, width, st, ("Итого количество:", quantity(count))), Spacer(0, 3),
            KeepTogether([p(f"Всего наименований {len(doc.lines)}, общее количество {quantity(count)}", st.text),
                          *([Spacer(0, 3), p(doc.notes, st.text)] if doc.notes else []),
                          HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=5, spaceAfter=14),
                          side_by_side(_signature("Отпустил", doc.manager, half, st),
                                       _signature("Получил", "", half, st), width, gap=10 * mm)])]


def warehouse_waybill(doc: StockDocument) -> Part:
    """«Складская накладная» of an expense, the storekeeper's copy: the warehouse, the buyer,
    each line's code, name, unit and quantity without prices, the total quantity and the
    number of lines, «Отпустил» and «Получил»."""
    return Part(A4, lambda w: _warehouse_waybill(doc, w))


# ---------------------------------------------------------------- счёт на предоплату, счёт-фактура

def _print_document(doc: StockDocument, kind: str, **extra: str) -> PrintDocument:
    """An expense as the sales forms' model (reporting.documents): its lines, parties and
    stored totals, nothing recomputed."""
    lines = tuple(Line(ln.no, ln.name, ln.unit, ln.unit_code, ln.quantity, ln.price, Decimal(0), ln.amount,
                       ln.vat_rate, ln.vat_amount, ln.total) for ln in doc.lines)
    return PrintDocument(kind, doc.number, doc.day, doc.supplier, doc.buyer, lines, doc.amount, doc.vat, doc.total,
                         doc.vat_on_top, notes=doc.notes, generated_by=doc.generated_by, manager=doc.manager,
                         **extra)


def _shipped_by(doc: StockDocument) -> str:
    return f"Расходная накладная № {doc.number} от {doc.day:%d.%m.%Y}"


def prepayment_invoice(doc: StockDocument) -> Part:
    """«Счёт на предоплату» of an expense: our invoice form (bank requisites, buyer, lines,
    totals as stored, the amount in words) with the expense's lines and number."""
    invoice = _print_document(doc, "prepayment-invoice", basis=_shipped_by(doc))
    return Part(A4, lambda w: invoice_story(invoice, w))


def vat_invoice(doc: StockDocument) -> Part:
    """«Счёт-фактура» of an expense: the sales счёт-фактура form of pdf_forms (Постановление
    1137, landscape) with the expense's number, date, lines and stored totals; the shipment
    document (5а) is the expense itself."""
    invoice = _print_document(doc, "vat-invoice", shipment_doc=_shipped_by(doc))
    return Part(landscape(A4), lambda w: vat_invoice_story(invoice, w))

# ---------------------------------------------------------------- выпуск продукции

def _cost(value: Decimal | None) -> str:
    return "—" if value is None else money(abs(value))


_PRODUCT_COLUMNS: tuple[tuple[str, float, str, Callable[[ProductionLine], str]], ...] = (
    ("№", 0.05, "C", lambda ln: str(ln.no)),
    ("Код", 0.1, "L", lambda ln: ln.code),
    ("Наименование продукции", 0.43, "L", lambda ln: ln.name),
    ("Ед.", 0.06, "C", lambda ln: ln.unit),
    ("Кол-во", 0.1, "R", lambda ln: quantity(ln.quantity)),
    ("Себестоимость", 0.16, "R", lambda ln: _cost(ln.cost)),
)
_COMPONENT_COLUMNS: tuple[tuple[str, float, str, Callable[[ProductionLine], str]], ...] = (
    ("№", 0.05, "C", lambda ln: str(ln.no)),
    ("Код", 0.1, "L", lambda ln: ln.code),
    ("Наименование комплектующего", 0.3, "L", lambda ln: ln.name),
    ("Ед.", 0.06, "C", lambda ln: ln.unit),
    ("Кол-во", 0.09, "R", lambda ln: quantity(ln.quantity)),
    ("Склад списания", 0.16, "L", lambda ln: ln.warehouse),
    ("Для продукции №", 0.09, "C", lambda ln: str(ln.product_no) if ln.product_no else "—"),
    ("Себестоимость", 0.15, "R", lambda ln: _cost(ln.cost)),
)


def _table(columns: Sequence[tuple[str, float, str, Callable]], rows: Sequence[object], width: float,
           st: Styles, total: tuple[str, str] | None = None) -> Table:
    """A gridded table of ``rows`` with, when given, a bold total row under its last column."""
    align = {"L": st.cell, "R": st.cell_right, "C": st.cell_center}
    head = [p(title, st.head) for title, _, _, _ in columns]
    body = [[p(value(row), align[a]) for _, _, a, value in columns] for row in rows]
    extra: list[tuple[object, ...]] = []
    if total is not None:
        right = ParagraphStyle("total_cell", parent=st.bold, fontSize=st.cell.fontSize, leading=st.cell.leading,
                               alignment=TA_RIGHT)
        body.append([p(total[0], right), *[""] * (len(columns) - 2), p(total[1], right)])
        extra.append(("SPAN", (0, -1), (-2, -1)))
    return grid([head, *body], widths([c[1] for c in columns], width), extra=extra)


def _production(doc: ProductionDocument, width: float) -> list[Flowable]:
    st = Styles.at(9, 8)
    section = ParagraphStyle("section", parent=st.bold, spaceBefore=2, spaceAfter=3)
    head = [("Организация:", party_line(doc.ours)), ("Склад:", doc.warehouse)]
    half = (width - 10 * mm) / 2
    unposted = [] if doc.posted else [
        Spacer(0, 3), p("Документ не проведён: себестоимость определится при проведении.", st.text)]
    return [*_title(f"Накладная на выпуск продукции № {doc.number} от {long_date(doc.day)}", st),
            _heading_rows(head, width, st), Spacer(0, 4),
            p("Выпущенная продукция", section),
            _table(_PRODUCT_COLUMNS, doc.products, width, st,
                   ("Итого себестоимость продукции:", _cost(doc.cost_of(doc.products)))),
            Spacer(0, 6), p("Списанные комплектующие", section),
            _table(_COMPONENT_COLUMNS, doc.components, width, st,
                   ("Итого списано комплектующих:", _cost(doc.cost_of(doc.components)))),
            KeepTogether([*unposted, *([Spacer(0, 3), p(doc.notes, st.text)] if doc.notes else []),
                          HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=5, spaceAfter=14),
                          side_by_side(_signature("Выпуск оформил", doc.manager, half, st, 0),
                                       _signature("Принял на склад", "", half, st, 0), width, gap=10 * mm)])]


def production(doc: ProductionDocument) -> Part:
    """«Накладная на выпуск продукции»: the products with their quantity and cost, the
    components written off with their warehouse and cost, as posting found them."""
    return Part(A4, lambda w: _production(doc, w))


# ---------------------------------------------------------------- сведения о сертификатах

_CERTIFICATE_COLUMNS: tuple[tuple[str, float, str, Callable[[CertificateRow], str]], ...] = (
    ("№", 0.05, "C", lambda r: str(r.no)),
    ("Наименование товара", 0.3, "L", lambda r: r.name),
    ("Кол-во", 0.09, "R", lambda r: f"{quantity(r.quantity)} {r.unit}".strip()),
    ("Номер сертификата", 0.2, "L", lambda r: r.number or "—"),
    ("Кем выдан", 0.21, "L", lambda r: r.issuer or "—"),
    ("Действителен до", 0.15, "C", lambda r: f"{r.valid_to:%d.%m.%Y}" if r.valid_to else "—"),
)


def _certificates(doc: CertificateList, width: float) -> list[Flowable]:
    st = Styles.at(9, 8)
    seller = doc.ours
    requisites = ", ".join(x for x in (f"ИНН {seller.inn}" if seller.inn else "",
                                       f"КПП {seller.kpp}" if seller.kpp else "", seller.address) if x)
    head = [("Поставщик:", party_line(doc.ours)), ("Покупатель:", party_line(doc.buyer))]
    return [p(seller.name, st.bold), p(requisites, st.text), Spacer(0, 8),
            *_title("Сведения о сертификатах", st),
            p(f"к расходной накладной № {doc.number} от {long_date(doc.day)}", st.text), Spacer(0, 4),
            _heading_rows(head, width, st), Spacer(0, 3),
            _table(_CERTIFICATE_COLUMNS, doc.rows, width, st), Spacer(0, 16),
            _signature("Ответственный", doc.manager, width * 0.6, st)]


def certificates(doc: CertificateList) -> Part:
    """«Сведения о сертификатах» of an expense: each item with its certificate's number, issuer
    and term, «—» where the item has none."""
    return Part(A4, lambda w: _certificates(doc, w))

"""Товарная накладная, унифицированная форма № ТОРГ-12 (постановление Госкомстата России от
25.12.1998 № 132), A4 landscape, as printed from an expense (WH-4): the header blocks
(грузоотправитель, грузополучатель, поставщик, плательщик, основание) beside the codes box, the
number and date, the table of columns 1–15, «Всего по накладной», the record count and the
amount in words, and the release and receipt signatures. Every sum is the stored one."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.domain.stock_print import count_in_words
from crm_desktop.reporting.documents import Party
from crm_desktop.reporting.pdf_forms import NBSP, money, quantity
from crm_desktop.reporting.pdf_kit import (EMPTY, GRID, Part, Styles, TA_RIGHT, grid, line_row, p, quoted_date,
                                           side_by_side, tight, widths)
from crm_desktop.reporting.stock_documents import StockDocument, StockLine


def _party(party: Party, with_bank: bool = True) -> str:
    """Organisation, address, phone and bank requisites in one line, as the form asks."""
    bank = ", ".join(x for x in (f"р/с {party.account_no}" if party.account_no else "",
                                 f"в банке {party.bank_name}" if party.bank_name else "",
                                 f"БИК {party.bik}" if party.bik else "",
                                 f"к/с {party.corr_account}" if party.corr_account else "") if x)
    parts = [party.name, f"ИНН {party.inn}" if party.inn else "", f"КПП {party.kpp}" if party.kpp else "",
             party.address, f"тел.: {party.phone}" if party.phone else "", bank if with_bank else ""]
    return ", ".join(x for x in parts if x)


def _parties(doc: StockDocument, width: float, st: Styles) -> Table:
    """The party rows: a value on its underline with the small caption under the line."""
    value = ParagraphStyle("value", parent=st.text, fontName=st.bold.fontName)
    bank_caption = "(организация, адрес, телефон, факс, банковские реквизиты)"
    rows = [("", _party(doc.supplier), "(организация-грузоотправитель, адрес, телефон, факс, банковские реквизиты)"),
            ("", "", "(структурное подразделение)"),
            ("Грузополучатель", _party(doc.buyer), bank_caption),
            ("Поставщик", _party(doc.supplier), bank_caption),
            ("Плательщик", _party(doc.buyer), bank_caption),
            ("Основание", doc.basis, "(договор, заказ-наряд)")]
    data: list[list[object]] = []
    style: list[tuple[object, ...]] = []
    for label, text, caption in rows:
        top = len(data)
        data += [[p(label, st.text), p(text, value)], ["", p(caption, st.small_center)]]
        style += [("LINEBELOW", (1, top), (1, top), GRID, colors.black),
                  ("TOPPADDING", (0, top + 1), (-1, top + 1), 0), ("BOTTOMPADDING", (0, top + 1), (-1, top + 1), 2.5),
                  ("VALIGN", (0, top + 1), (-1, top + 1), "TOP")]
    table = Table(data, colWidths=[24 * mm, width - 24 * mm])
    table.setStyle(tight(*style))
    return table


def _codes(doc: StockDocument, st: Styles) -> Table:
    """«Коды»: ОКУД 0330212, the ОКПО of each party, the basis' and the transport waybill's
    number and date, the kind of operation — a boxed column with its labels to the left."""
    rows = [("", "Коды"), ("Форма по ОКУД", "0330212"), ("по ОКПО", doc.okpo_supplier),
            ("Вид деятельности по ОКДП", ""), ("по ОКПО", doc.okpo_buyer), ("по ОКПО", doc.okpo_supplier),
            ("по ОКПО", doc.okpo_buyer), ("номер", ""), ("дата", ""), ("Транспортная накладная   номер", ""),
            ("дата", ""), ("Вид операции", "")]
    table = Table([[p(label, st.right), p(code, st.cell_center)] for label, code in rows],
                  colWidths=[48 * mm, 24 * mm], rowHeights=[9.6] + [11.2] * (len(rows) - 1))
    table.setStyle(tight(("GRID", (1, 0), (1, -1), GRID, colors.black), ("BOX", (1, 1), (1, -1), 1, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return table


def _header(doc: StockDocument, width: float, st: Styles) -> Table:
    codes = _codes(doc, st)
    return side_by_side(_parties(doc, width - 78 * mm, st), codes, width, gap=6 * mm,
                        shares=(width - 78 * mm, 72 * mm))


def _title(doc: StockDocument, width: float, st: Styles) -> Table:
    """«ТОВАРНАЯ НАКЛАДНАЯ» with the boxed number and date of drawing up."""
    title = ParagraphStyle("torg_title", parent=st.bold, fontSize=11, leading=13, alignment=TA_RIGHT)
    inner = Table([[p("Номер документа", st.head), p("Дата составления", st.head)],
                   [p(doc.number, st.cell_center), p(f"{doc.day:%d.%m.%Y}", st.cell_center)]],
                  colWidths=[30 * mm, 30 * mm])
    inner.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), GRID, colors.black),
                               ("BOX", (0, 1), (-1, 1), 1, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    outer = Table([[p("ТОВАРНАЯ НАКЛАДНАЯ", title), inner, ""]], colWidths=[width * 0.42, 62 * mm, None])
    outer.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (0, 0), (0, 0), 6)))
    return outer


def _dash(value: str) -> str:
    return value or EMPTY


_Col = tuple[float, str, Callable[[StockLine], str]]
_COLUMNS: tuple[_Col, ...] = (
    (0.04, "C", lambda ln: str(ln.no)),
    (0.2, "L", lambda ln: ln.name),
    (0.06, "C", lambda ln: _dash(ln.code)),
    (0.062, "C", lambda ln: _dash(ln.unit)),
    (0.045, "C", lambda ln: _dash(ln.unit_code)),
    (0.045, "C", lambda ln: EMPTY),
    (0.05, "R", lambda ln: quantity(ln.per_package) if ln.per_package else EMPTY),
    (0.045, "R", lambda ln: EMPTY),
    (0.05, "R", lambda ln: EMPTY),
    (0.065, "R", lambda ln: quantity(ln.quantity)),
    (0.07, "R", lambda ln: money(ln.net_price)),
    (0.08, "R", lambda ln: money(ln.net)),
    (0.045, "C", lambda ln: "без НДС" if ln.vat_rate is None else quantity(ln.vat_rate)),
    (0.07, "R", lambda ln: money(ln.vat_amount) if ln.vat_rate is not None else EMPTY),
    (0.08, "R", lambda ln: money(ln.total)),
)
# (text, first column, last column): a group of one column spans both heading rows
_HEADINGS = (("Номер по порядку", 0, 0), ("Товар", 1, 2), ("Единица измерения", 3, 4), ("Вид упаковки", 5, 5),
             ("Количество", 6, 7), ("Масса брутто", 8, 8), ("Количество (масса нетто)", 9, 9),
             ("Цена, руб. коп.", 10, 10), ("Сумма без учета НДС, руб. коп.", 11, 11), ("НДС", 12, 13),
             ("Сумма с учетом НДС, руб. коп.", 14, 14))
_SUBHEADINGS = {1: "наименование, характеристика, сорт, артикул товара", 2: "код", 3: "наименование",
                4: "код по ОКЕИ", 6: "в одном месте", 7: "мест, штук", 12: "ставка, %", 13: "сумма, руб. коп."}


def _table(doc: StockDocument, width: float, st: Styles) -> Table:
    count = len(_COLUMNS)
    top: list[object] = [""] * count
    sub: list[object] = [""] * count
    spans: list[tuple[object, ...]] = []
    for text, first, last in _HEADINGS:
        top[first] = p(text, st.head)
        spans.append(("SPAN", (first, 0), (last, 0) if last > first else (first, 1)))
    for col, text in _SUBHEADINGS.items():
        sub[col] = p(text, st.head)
    numbers = [p(str(i + 1), st.cell_center) for i in range(count)]
    align = {"L": st.cell, "R": st.cell_right, "C": st.cell_center}
    body = [[p(value(ln), align[a]) for _, a, value in _COLUMNS] for ln in doc.lines]
    bold_right = ParagraphStyle("bold_right", parent=st.cell_right, fontName=st.bold.fontName)
    total: list[object] = [""] * count
    total[0] = p("Всего по накладной", bold_right)
    total[7] = p(EMPTY, st.cell_right)
    total[8] = p(EMPTY, st.cell_right)
    total[9] = p(quantity(sum((ln.quantity for ln in doc.lines), Decimal(0))), bold_right)
    total[10] = p("Х", st.cell_center)
    total[11] = p(money(doc.net), bold_right)
    total[12] = p("Х", st.cell_center)
    total[13] = p(money(doc.vat) if any(ln.vat_rate is not None for ln in doc.lines) else EMPTY, bold_right)
    total[14] = p(money(doc.total), bold_right)
    return grid([top, sub, numbers, *body, total], widths([c[0] for c in _COLUMNS], width), head_rows=3,
                extra=[*spans, ("SPAN", (0, -1), (6, -1)), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)])


def _after_table(doc: StockDocument, width: float, st: Styles) -> list[Flowable]:
    n = len(doc.lines)
    return [
        line_row([("Товарная накладная имеет приложение на", "", "", 0), ("", "", "", 0.1),
                  ("листах и содержит", "", "", 0), ("", count_in_words(n), "прописью", 0.5),
                  ("порядковых номеров записей", "", "", 0)], width, st),
        line_row([("Всего мест", "", "", 0), ("", "", "прописью", 0.45), ("", "", "", 0.02),
                  ("Масса груза (нетто)", "", "", 0), ("", "", "прописью", 0.45)], width, st),
        line_row([("Приложение (паспорта, сертификаты и т.п.) на", "", "", 0), ("", "", "", 0.1),
                  ("листах", "", "", 0), ("", "", "", 0.05), ("Масса груза (брутто)", "", "", 0),
                  ("", "", "прописью", 0.42)], width, st),
        line_row([("Всего отпущено", "", "", 0), ("", count_in_words(n), "прописью", 0.2),
                  ("наименований на сумму", "", "", 0), ("", rubles_in_words(doc.total), "прописью", 0.8)],
                 width, st),
    ]


def _signatures(doc: StockDocument, width: float, st: Styles) -> Table:
    half = (width - 8 * mm) / 2
    roles = ("должность", "подпись", "расшифровка подписи")

    def sign(label: str, position: str, name: str) -> Table:
        return line_row([(label, "", "", 0.34), ("", position, roles[0], 0.2), ("", "", roles[1], 0.15),
                         ("", name, roles[2], 0.31)], half, st)
    ours = doc.ours
    left = [sign("Отпуск груза разрешил", "Руководитель" if ours.director else "", ours.director),
            line_row([("Главный (старший) бухгалтер", "", "", 0.54), ("", "", roles[1], 0.15),
                      ("", ours.chief_accountant, roles[2], 0.31)], half, st),
            sign("Отпуск груза произвел", "", doc.manager),
            Spacer(0, 3), p(f"М.П.{NBSP * 16}{quoted_date(doc.day)}", st.text)]
    right = [line_row([("По доверенности №", "", "", 0), ("", "", "", 0.35), ("от", "", "", 0),
                       ("", "", "", 0.65)], half, st),
             line_row([("выданной", "", "", 0), ("", "", "кем, кому (организация, должность, фамилия, и. о.)", 1)],
                      half, st),
             sign("Груз принял", "", ""), sign("Груз получил грузополучатель", "", ""),
             Spacer(0, 3), p(f"М.П.{NBSP * 16}{quoted_date(None)}", st.text)]
    return side_by_side(left, right, width, gap=8 * mm, divider=True)


def _layout(doc: StockDocument, width: float) -> list[Flowable]:
    st = Styles.at(7, 6.5)
    corner = ParagraphStyle("corner", parent=st.small, alignment=TA_RIGHT)
    return [p("Унифицированная форма № ТОРГ-12\nУтверждена постановлением Госкомстата России от 25.12.98 № 132",
              corner), Spacer(0, 3),
            _header(doc, width, st), Spacer(0, 3), _title(doc, width, st), Spacer(0, 4),
            _table(doc, width, st), Spacer(0, 4),
            KeepTogether([*_after_table(doc, width, st), Spacer(0, 6), _signatures(doc, width, st)])]


def torg12(doc: StockDocument) -> Part:
    return Part(landscape(A4), lambda w: _layout(doc, w))

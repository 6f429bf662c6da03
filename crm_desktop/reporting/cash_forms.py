"""Кассовые ордера by the unified forms of постановление Госкомстата России от 18.08.1998 № 88:
ПКО (КО-1, ОКУД 0310001) with its tear-off receipt to the right of a cut line, and РКО (КО-2,
ОКУД 0310002). A4 portrait; the sum, the person, the basis and the number are as stored in the
cash order, the correspondent accounts are left for the accountant."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.domain.stock_print import rubles_and_kopecks
from crm_desktop.reporting.pdf_forms import money
from crm_desktop.reporting.pdf_kit import (GRID, Part, Styles, TA_RIGHT, grid, line_row, p, quoted_date,
                                           side_by_side, tight, widths)
from crm_desktop.reporting.stock_documents import CashOrder

_APPROVED = "Утверждена постановлением Госкомстата России от 18.08.98 № 88"


def _codes(okud: str, okpo: str, st: Styles) -> Table:
    table = Table([["", p("Коды", st.cell_center)], [p("Форма по ОКУД", st.right), p(okud, st.cell_center)],
                   [p("по ОКПО", st.right), p(okpo, st.cell_center)]], colWidths=[28 * mm, 22 * mm])
    table.setStyle(tight(("GRID", (1, 0), (1, -1), GRID, colors.black), ("BOX", (1, 1), (1, -1), 1, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return table


def _organisation(order: CashOrder, width: float, st: Styles, codes: Table) -> Table:
    """The organisation and the subdivision on underlines, the codes box beside them."""
    left_w = width - 54 * mm
    left = [line_row([("", order.organisation, "(организация)", 1)], left_w, st),
            line_row([("", "", "(структурное подразделение)", 1)], left_w, st)]
    return side_by_side(left, codes, width, gap=4 * mm, shares=(left_w, 50 * mm))


def _title(title: str, order: CashOrder, width: float, st: Styles) -> Table:
    heading = ParagraphStyle("cash_title", parent=st.bold, fontSize=10, leading=12)
    box = Table([[p("Номер документа", st.head), p("Дата составления", st.head)],
                 [p(order.number, st.cell_center), p(f"{order.day:%d.%m.%Y}", st.cell_center)]],
                colWidths=[24 * mm, 24 * mm])
    box.setStyle(tight(("GRID", (0, 0), (-1, -1), GRID, colors.black), ("BOX", (0, 1), (-1, 1), 1, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    table = Table([[p(title, heading), box]], colWidths=[width - 50 * mm, 50 * mm], hAlign="LEFT")
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "BOTTOM")))
    return table


def _accounts(order: CashOrder, width: float, st: Styles, incoming: bool) -> Table:
    """The accounting table: the correspondent side («Кредит» of a ПКО, «Дебет» of a РКО) in
    three columns (subdivision, account, analytics), the cash side in one, then the sum and
    the purpose code."""
    cash, other = ("Дебет", "Кредит") if incoming else ("Кредит", "Дебет")
    sub = ParagraphStyle("cash_sub", parent=st.head, fontSize=st.small.fontSize + 0.5,
                         leading=(st.small.fontSize + 0.5) * 1.15)
    subs = [p("код структурного подразделения", sub), p("корреспондирующий счет, субсчет", sub),
            p("код аналитического учета", sub)]
    tail = [p("Сумма, руб. коп.", st.head), p("Код целевого назначения", st.head), ""]
    if incoming:
        head1 = [p(cash, st.head), p(other, st.head), "", "", *tail]
        head2 = ["", *subs, "", "", ""]
        spans: list[tuple[object, ...]] = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (3, 0))]
    else:
        head1 = [p(other, st.head), "", "", p(cash, st.head), *tail]
        head2 = [*subs, "", "", "", ""]
        spans = [("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1))]
    spans += [("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)), ("SPAN", (6, 0), (6, 1)),
              ("BOX", (0, 2), (-1, 2), 1, colors.black)]
    values = ["", "", "", "", p(money(order.amount), st.cell_right), "", ""]
    shares = [0.1, 0.15, 0.2, 0.18, 0.15, 0.13, 0.09] if incoming else [0.15, 0.2, 0.18, 0.1, 0.15, 0.13, 0.09]
    table = grid([head1, head2, values], widths(shares, width), head_rows=2, extra=spans, shade=False)
    table.hAlign = "LEFT"
    return table


def _sign(role: str, name: str, width: float, st: Styles, position: bool = False) -> Table:
    items: list[tuple[str, str, str, float]] = [(role, "", "", 0)] if role else []
    if position:
        items.append(("", "", "(должность)", 0.3))
    items += [("", "", "(подпись)", 0.3), ("", name, "(расшифровка подписи)", 0.4)]
    return line_row(items, width, st)


def _words(amount_words: str, width: float, st: Styles, label: str = "Сумма") -> Table:
    return line_row([(label, "", "", 0), ("", amount_words, "прописью", 1)], width, st)


def _incoming(order: CashOrder, width: float) -> list[Flowable]:
    st = Styles.at(8, 7.5)
    corner = ParagraphStyle("cash_corner", parent=st.small, alignment=TA_RIGHT)
    left_w = width * 0.64
    right_w = width - left_w - 8 * mm
    words = rubles_in_words(order.amount)
    rubles, kopecks = rubles_and_kopecks(order.amount)
    left = [p(f"Унифицированная форма № КО-1\n{_APPROVED}", corner),
            _organisation(order, left_w, st, _codes("0310001", order.okpo, st)), Spacer(0, 4),
            _title("ПРИХОДНЫЙ КАССОВЫЙ ОРДЕР", order, left_w, st), Spacer(0, 4),
            _accounts(order, left_w, st, incoming=True), Spacer(0, 4),
            line_row([("Принято от", "", "", 0), ("", order.person, "", 1)], left_w, st),
            line_row([("Основание:", "", "", 0), ("", order.basis, "", 1)], left_w, st),
            _words(words, left_w, st),
            line_row([("В том числе", "", "", 0), ("", "", "", 1)], left_w, st),
            line_row([("Приложение", "", "", 0), ("", "", "", 1)], left_w, st), Spacer(0, 6),
            _sign("Главный бухгалтер", order.chief_accountant, left_w, st),
            _sign("Получил кассир", order.cashier, left_w, st)]
    heading = ParagraphStyle("receipt_title", parent=st.bold, fontSize=10, leading=12, alignment=1)
    right = [Spacer(0, 10), line_row([("", order.organisation, "(организация)", 1)], right_w, st), Spacer(0, 6),
             p("КВИТАНЦИЯ", heading),
             p(f"к приходному кассовому ордеру № {order.number or '______'}", st.text),
             p(f"от {quoted_date(order.day, 'г.')}", st.text), Spacer(0, 3),
             line_row([("Принято от", "", "", 0), ("", order.person, "", 1)], right_w, st),
             line_row([("Основание:", "", "", 0), ("", order.basis, "", 1)], right_w, st),
             line_row([("Сумма", "", "", 0), ("", rubles, "цифрами", 0.7), ("руб.", "", "", 0),
                       ("", kopecks, "", 0.3), ("коп.", "", "", 0)], right_w, st),
             line_row([("", words, "прописью", 1)], right_w, st),
             line_row([("В том числе", "", "", 0), ("", "", "", 1)], right_w, st),
             p(quoted_date(order.day, "г."), st.text), Spacer(0, 4), p("М.П. (штампа)", st.text), Spacer(0, 4),
             p("Главный бухгалтер", st.text), _sign("", order.chief_accountant, right_w, st),
             p("Кассир", st.text), _sign("", order.cashier, right_w, st)]
    return [side_by_side(left, right, width, gap=8 * mm, divider=True, shares=(left_w, right_w))]


def _outgoing(order: CashOrder, width: float) -> list[Flowable]:
    st = Styles.at(8, 7.5)
    corner = ParagraphStyle("cash_corner", parent=st.small, alignment=TA_RIGHT)
    w = width * 0.78
    return [p(f"Унифицированная форма № КО-2\n{_APPROVED}", corner),
            _organisation(order, width, st, _codes("0310002", order.okpo, st)), Spacer(0, 4),
            _title("РАСХОДНЫЙ КАССОВЫЙ ОРДЕР", order, w, st), Spacer(0, 4),
            _accounts(order, w, st, incoming=False), Spacer(0, 4),
            line_row([("Выдать", "", "", 0), ("", order.person, "(фамилия, имя, отчество)", 1)], width, st),
            line_row([("Основание:", "", "", 0), ("", order.basis, "", 1)], width, st),
            _words(rubles_in_words(order.amount), width, st),
            line_row([("Приложение", "", "", 0), ("", "", "", 1)], width, st), Spacer(0, 6),
            _sign("Руководитель организации", order.director, width, st, position=True),
            _sign("Главный бухгалтер", order.chief_accountant, width * 0.75, st), Spacer(0, 4),
            line_row([("Получил", "", "", 0), ("", "", "(сумма прописью)", 1)], width, st),
            line_row([(quoted_date(None, "г."), "", "", 0), ("", "", "", 0.4), ("Подпись", "", "", 0),
                      ("", "", "", 0.6)], width * 0.75, st),
            line_row([("По", "", "", 0), ("", "", "(наименование, номер, дата и место выдачи документа, "
                                                 "удостоверяющего личность получателя)", 1)], width, st),
            Spacer(0, 4), _sign("Выдал кассир", order.cashier, width * 0.75, st)]


def cash_order(order: CashOrder) -> Part:
    """КО-1 for an incoming order, КО-2 for an outgoing one."""
    return Part(A4, lambda w: _incoming(order, w) if order.incoming else _outgoing(order, w))

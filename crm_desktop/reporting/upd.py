"""Универсальный передаточный документ, статус 1 (счёт-фактура и передаточный документ), in
the layout the ФНС recommends (письмо от 21.10.2013 № ММВ-20-3/96@, with the invoice part of
Постановление 1137 as amended for traceability): the «Статус» block on the left, «Счёт-фактура №
… от …» (1) and «Исправление» (1а), the seller's and buyer's lines (2)–(8), the table of columns
А, 1–13 with the country and customs declaration columns, «Всего к оплате», the signatures of
the head and the chief accountant, and the transfer part [8]–[19]. A4 landscape; every sum is
the stored one."""
from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from crm_desktop.reporting.documents import Party
from crm_desktop.reporting.pdf_forms import long_date, money, quantity
from crm_desktop.reporting.pdf_kit import (EMPTY, GRID, Part, Styles, TA_RIGHT, grid, line_row, p, side_by_side,
                                           tight, widths)
from crm_desktop.reporting.stock_documents import StockDocument, StockLine

STATUS_WIDTH = 30 * mm


def _inn_kpp(party: Party) -> str:
    return "/".join(x for x in (party.inn, party.kpp) if x) or EMPTY


def _named(party: Party) -> str:
    return ", ".join(x for x in (party.name, party.address) if x) or EMPTY


def _status(st: Styles) -> list[Flowable]:
    """The left block: the document's name and status 1 in a box with its legend."""
    box = Table([[p("Статус:", st.text), p("1", st.cell_center)]], colWidths=[14 * mm, 7 * mm])
    box.setStyle(tight(("BOX", (1, 0), (1, 0), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       pad=0.5))
    return [p("Универсальный передаточный документ", st.bold), Spacer(0, 5), box, Spacer(0, 4),
            p("1 – счет-фактура и передаточный документ (акт)\n2 – передаточный документ (акт)", st.small)]


def _invoice_rows(doc: StockDocument, width: float, st: Styles) -> list[Flowable]:
    """«Счёт-фактура № … от … (1)», «Исправление № -- от -- (1а)» and lines (2)–(8)."""
    s, b = doc.supplier, doc.buyer
    title = ParagraphStyle("upd_title", parent=st.bold, fontSize=9.5, leading=11.5)
    n = len(doc.lines)
    rows = [("Продавец:", s.name, "(2)"), ("Адрес:", s.address or EMPTY, "(2а)"),
            ("ИНН/КПП продавца:", _inn_kpp(s), "(2б)"),
            ("Грузоотправитель и его адрес:", "он же", "(3)"),
            ("Грузополучатель и его адрес:", _named(b), "(4)"),
            ("К платежно-расчетному документу №", f"{EMPTY} от {EMPTY}", "(5)"),
            ("Документ об отгрузке", f"№ п/п 1–{n} № {doc.number} от {doc.day:%d.%m.%Y}", "(5а)"),
            ("Покупатель:", b.name, "(6)"), ("Адрес:", b.address or EMPTY, "(6а)"),
            ("ИНН/КПП покупателя:", _inn_kpp(b), "(6б)"),
            ("Валюта: наименование, код", "Российский рубль, 643", "(7)"),
            ("Идентификатор государственного контракта, договора (соглашения) (при наличии)", EMPTY, "(8)")]
    label_w = 70 * mm
    lines = Table([[p(label, st.text), p(value, st.text), p(tag, st.text)] for label, value, tag in rows],
                  colWidths=[label_w, width * 0.8 - label_w - 9 * mm, 9 * mm], hAlign="LEFT")
    lines.setStyle(tight(("LINEBELOW", (1, 0), (1, -1), GRID, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 0),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), pad=1))
    corner = ParagraphStyle("upd_corner", parent=st.small, alignment=TA_RIGHT)
    head = Table([[[p(f"Счет-фактура № {doc.number} от {long_date(doc.day)}   (1)", title),
                    p(f"Исправление № {EMPTY} от {EMPTY}   (1а)", st.text)],
                   p("Приложение № 1\nк постановлению Правительства Российской Федерации\n"
                     "от 26 декабря 2011 г. № 1137", corner)]],
                 colWidths=[width * 0.6, width * 0.4])
    head.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "TOP"), pad=1))
    return [head, Spacer(0, 2), lines]


_Col = tuple[str, float, str, Callable[[StockLine], str]]
_COLUMNS: tuple[_Col, ...] = (
    ("А", 0.045, "C", lambda ln: ln.code or EMPTY),
    ("1", 0.022, "C", lambda ln: str(ln.no)),
    ("1а", 0.16, "L", lambda ln: ln.name),
    ("1б", 0.032, "C", lambda ln: EMPTY),
    ("2", 0.03, "C", lambda ln: ln.unit_code or EMPTY),
    ("2а", 0.065, "C", lambda ln: ln.unit or EMPTY),
    ("3", 0.052, "R", lambda ln: quantity(ln.quantity)),
    ("4", 0.065, "R", lambda ln: money(ln.net_price)),
    ("5", 0.075, "R", lambda ln: money(ln.net)),
    ("6", 0.055, "C", lambda ln: "без акциза"),
    ("7", 0.04, "C", lambda ln: "без НДС" if ln.vat_rate is None else f"{quantity(ln.vat_rate)}%"),
    ("8", 0.065, "R", lambda ln: money(ln.vat_amount) if ln.vat_rate is not None else "без НДС"),
    ("9", 0.075, "R", lambda ln: money(ln.total)),
    ("10", 0.04, "C", lambda ln: EMPTY),
    ("10а", 0.055, "C", lambda ln: EMPTY),
    ("11", 0.075, "C", lambda ln: EMPTY),
    ("12", 0.028, "C", lambda ln: EMPTY),
    ("12а", 0.05, "C", lambda ln: EMPTY),
    ("13", 0.08, "C", lambda ln: EMPTY),
)
_HEADINGS = (
    ("Код товара/ работ, услуг", 0, 0), ("№ п/п", 1, 1),
    ("Наименование товара (описание выполненных работ, оказанных услуг), имущественного права", 2, 2),
    ("Код вида товара", 3, 3), ("Единица измерения", 4, 5), ("Количество (объем)", 6, 6),
    ("Цена (тариф) за единицу измерения", 7, 7),
    ("Стоимость товаров (работ, услуг), имущественных прав без налога — всего", 8, 8),
    ("В том числе сумма акциза", 9, 9), ("Налоговая ставка", 10, 10),
    ("Сумма налога, предъявляемая покупателю", 11, 11),
    ("Стоимость товаров (работ, услуг), имущественных прав с налогом — всего", 12, 12),
    ("Страна происхождения товара", 13, 14),
    ("Регистрационный номер декларации на товары или регистрационный номер партии товара, подлежащего "
     "прослеживаемости", 15, 15),
    ("Количественная единица измерения товара, используемая в целях осуществления прослеживаемости", 16, 17),
    ("Количество товара, подлежащего прослеживаемости, в количественной единице измерения товара, "
     "используемой в целях осуществления прослеживаемости", 18, 18),
)
_SUBHEADINGS = {4: "код", 5: "условное обозначение (национальное)", 13: "цифровой код",
                14: "краткое наименование", 16: "код", 17: "условное обозначение"}


def _table(doc: StockDocument, width: float, st: Styles) -> Table:
    head = ParagraphStyle("upd_head", parent=st.head, fontSize=st.small.fontSize, leading=st.small.fontSize * 1.12)
    count = len(_COLUMNS)
    top: list[object] = [""] * count
    sub: list[object] = [""] * count
    spans: list[tuple[object, ...]] = []
    for text, first, last in _HEADINGS:
        top[first] = p(text, head)
        spans.append(("SPAN", (first, 0), (last, 0) if last > first else (first, 1)))
    for col, text in _SUBHEADINGS.items():
        sub[col] = p(text, head)
    numbers = [p(c[0], st.cell_center) for c in _COLUMNS]
    align = {"L": st.cell, "R": st.cell_right, "C": st.cell_center}
    body = [[p(value(ln), align[a]) for _, _, a, value in _COLUMNS] for ln in doc.lines]
    bold = ParagraphStyle("upd_bold", parent=st.cell, fontName=st.bold.fontName)
    bold_right = ParagraphStyle("upd_bold_right", parent=bold, alignment=TA_RIGHT)
    total: list[object] = [""] * count
    total[1] = p("Всего к оплате (9)", bold)
    total[8] = p(money(doc.net), bold_right)
    total[9] = p("Х", st.cell_center)
    no_vat = all(ln.vat_rate is None for ln in doc.lines)
    total[11] = p("без НДС" if no_vat else money(doc.vat), bold_right)
    total[12] = p(money(doc.total), bold_right)
    return grid([top, sub, numbers, *body, total], widths([c[1] for c in _COLUMNS], width), head_rows=3,
                extra=[*spans, ("SPAN", (1, -1), (7, -1)), ("SPAN", (9, -1), (10, -1)),
                       ("LINEAFTER", (0, 0), (0, -1), 1, colors.black)])


def _signatures(doc: StockDocument, width: float, st: Styles) -> Table:
    """«Документ составлен на … листах» under the status block; the head and the chief
    accountant (an entrepreneur, 12-digit INN, signs in the entrepreneur's row instead)."""
    seller = doc.ours
    entrepreneur = len(seller.inn) == 12
    head, chief = ("", "") if entrepreneur else (seller.director, seller.chief_accountant)
    half = (width - STATUS_WIDTH - 6 * mm - 6 * mm) / 2

    def sign(role: str, name: str, second: str = "(ф.и.о.)") -> Table:
        return line_row([(role, "", "", 0.46), ("", "", "(подпись)", 0.2), ("", name, second, 0.34)], half, st)
    rows = [side_by_side(sign("Руководитель организации или иное уполномоченное лицо", head),
                         sign("Главный бухгалтер или иное уполномоченное лицо", chief), width - STATUS_WIDTH - 6 * mm),
            side_by_side(sign("Индивидуальный предприниматель или иное уполномоченное лицо",
                              seller.director if entrepreneur else ""),
                         line_row([("", "", "(реквизиты свидетельства о государственной регистрации "
                                            "индивидуального предпринимателя)", 1)], half, st),
                         width - STATUS_WIDTH - 6 * mm)]
    left = [p("Документ составлен на", st.text), line_row([("", "", "", 0.4), ("листах", "", "", 0)],
                                                          STATUS_WIDTH - 2 * mm, st)]
    table = Table([[left, "", rows]], colWidths=[STATUS_WIDTH, 6 * mm, width - STATUS_WIDTH - 6 * mm])
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 1, colors.black),
                         pad=0))
    return table


def _transfer(doc: StockDocument, width: float, st: Styles) -> list[Flowable]:
    """The transfer part [8]–[19]: basis and transport, then the seller's side (handed over,
    date, other information, the responsible, the drawing-up entity) beside the buyer's."""
    half = (width - 8 * mm) / 2
    fio = ("(должность)", "(подпись)", "(ф.и.о.)")

    def person(tag: str, position: str = "", name: str = "") -> Table:
        return line_row([("", position, fio[0], 0.3), ("", "", fio[1], 0.22), ("", name, fio[2], 0.42),
                         (tag, "", "", 0)], half, st)

    def filled(tag: str, value: str, caption: str) -> Table:
        return line_row([("", value, caption, 1), (tag, "", "", 0)], half, st)
    ours, buyer = doc.ours, doc.buyer
    shipped = f"«{doc.day.day:02d}» {long_date(doc.day).split()[1]} {doc.day.year} г."
    left = [p("Товар (груз) передал / услуги, результаты работ, права сдал", st.text), person("[10]", "", doc.manager),
            line_row([("Дата отгрузки, передачи (сдачи)", "", "", 0), ("", shipped, "", 1), ("[11]", "", "", 0)],
                     half, st),
            p("Иные сведения об отгрузке, передаче", st.text),
            filled("[12]", doc.notes, "(ссылки на неотъемлемые приложения, сопутствующие документы, иные документы "
                                      "и т.п.)"),
            p("Ответственный за правильность оформления факта хозяйственной жизни", st.text), person("[13]"),
            p("Наименование экономического субъекта – составителя документа (в т.ч. комиссионера / агента)", st.text),
            filled("[14]", f"{ours.name}, ИНН/КПП {_inn_kpp(ours)}",
                   "(может не заполняться при проставлении печати в М.П., может быть указан ИНН / КПП)"),
            p("М.П.", st.text)]
    right = [p("Товар (груз) получил / услуги, результаты работ, права принял", st.text), person("[15]"),
             line_row([("Дата получения (приемки)", "", "", 0), ("", "«____» ______________ 20____ г.", "", 1),
                       ("[16]", "", "", 0)], half, st),
             p("Иные сведения о получении, приемке", st.text),
             filled("[17]", "", "(информация о наличии/отсутствии претензии; ссылки на неотъемлемые приложения, "
                                "и другие документы и т.п.)"),
             p("Ответственный за правильность оформления факта хозяйственной жизни", st.text), person("[18]"),
             p("Наименование экономического субъекта – составителя документа", st.text),
             filled("[19]", f"{buyer.name}, ИНН/КПП {_inn_kpp(buyer)}",
                    "(может не заполняться при проставлении печати в М.П., может быть указан ИНН / КПП)"),
             p("М.П.", st.text)]
    return [line_row([("Основание передачи (сдачи) / получения (приемки)", "", "", 0),
                      ("", doc.basis, "(договор; доверенность и др.)", 1), ("[8]", "", "", 0)], width, st),
            line_row([("Данные о транспортировке и грузе", "", "", 0),
                      ("", "", "(транспортная накладная, поручение экспедитору, экспедиторская / складская расписка "
                               "и др. / масса нетто/ брутто груза, если не приведены ссылки на транспортные документы, "
                               "содержащие эти сведения)", 1), ("[9]", "", "", 0)], width, st),
            Spacer(0, 2), side_by_side(left, right, width, gap=8 * mm, divider=True)]


def _layout(doc: StockDocument, width: float) -> list[Flowable]:
    st = Styles.at(6, 6)
    main = width - STATUS_WIDTH - 4 * mm
    top = Table([[_status(st), "", _invoice_rows(doc, main, st)]], colWidths=[STATUS_WIDTH, 4 * mm, main])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 1, colors.black),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 2),
                             ("RIGHTPADDING", (1, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [top, _table(doc, width, st), Spacer(0, 4),
            KeepTogether([_signatures(doc, width, st), Spacer(0, 2),
                          Table([[""]], colWidths=[width], rowHeights=[2],
                                style=[("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]),
                          *_transfer(doc, width, st)])]


def upd(doc: StockDocument) -> Part:
    return Part(landscape(A4), lambda w: _layout(doc, w))

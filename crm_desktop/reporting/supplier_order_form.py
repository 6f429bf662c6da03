"""The printed «Заявка поставщику» (WH-6; manual: "Для формирования бланка заказа укажите юр.лицо,
от которого вы осуществляете заказ, и нажмите кнопку “Печатная форма”"): one A4 page (or more)
per supplier, from our legal entity to it: the items with quantity, price and sum, their weight
and volume, the totals as the analysis window showed them, and the signatures. Laid out from
the plain model below only; the sums come computed (domain/supplier_order.py)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from crm_desktop.domain.amount_words import rubles_in_words
from crm_desktop.reporting.documents import Party
from crm_desktop.reporting.pdf_forms import long_date, money, party_line, quantity
from crm_desktop.reporting.pdf_kit import Part, Styles, grid, line_row, p, render, side_by_side, tight, widths


@dataclass(frozen=True)
class FormLine:
    no: int
    code: str
    name: str
    unit: str
    quantity: Decimal
    price: Decimal
    amount: Decimal
    weight: Decimal | None       # of the line, kg (None: the item's weight is not known)
    volume: Decimal | None       # of the line, m³


@dataclass(frozen=True)
class SupplierOrderForm:
    """The order to one supplier; `customer` is our legal entity."""
    customer: Party
    supplier: Party
    day: date
    lines: tuple[FormLine, ...]
    amount: Decimal
    weight: Decimal
    volume: Decimal
    responsible: str = ""


def _optional(value: Decimal | None) -> str:
    return quantity(value) if value is not None else "—"


_COLUMNS: tuple[tuple[str, float, str, Callable[[FormLine], str]], ...] = (
    ("№", 0.04, "C", lambda ln: str(ln.no)),
    ("Код", 0.1, "L", lambda ln: ln.code),
    ("Наименование", 0.36, "L", lambda ln: ln.name),
    ("Ед.", 0.06, "C", lambda ln: ln.unit),
    ("Кол-во", 0.08, "R", lambda ln: quantity(ln.quantity)),
    ("Цена", 0.1, "R", lambda ln: money(ln.price)),
    ("Сумма", 0.11, "R", lambda ln: money(ln.amount)),
    ("Вес, кг", 0.08, "R", lambda ln: _optional(ln.weight)),
    ("Объём, м³", 0.07, "R", lambda ln: _optional(ln.volume)),
)


def _lines(form: SupplierOrderForm, width: float, st: Styles) -> Table:
    align = {"L": st.cell, "R": st.cell_right, "C": st.cell_center}
    bold_right = ParagraphStyle("total_cell", parent=st.cell_right, fontName=st.bold.fontName)
    head = [p(title, st.head) for title, _, _, _ in _COLUMNS]
    body = [[p(value(ln), align[a]) for _, _, a, value in _COLUMNS] for ln in form.lines]
    total = [p("Итого", st.bold), "", "", "", "", "", p(money(form.amount), bold_right),
             p(quantity(form.weight), bold_right), p(quantity(form.volume), bold_right)]
    return grid([head, *body, total], widths([c[1] for c in _COLUMNS], width),
                extra=[("SPAN", (0, -1), (5, -1))])


def _parties(form: SupplierOrderForm, width: float, st: Styles) -> Table:
    rows = [[p("Поставщик:", st.text), p(party_line(form.supplier), st.bold)],
            [p("Заказчик:", st.text), p(party_line(form.customer), st.bold)]]
    table = Table(rows, colWidths=[28 * mm, width - 28 * mm])
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4), pad=0))
    return table


def _sign(role: str, name: str, width: float, st: Styles) -> Table:
    return line_row([(role, "", "", 0), ("", "", "подпись", 1), ("", name, "расшифровка подписи", 1.4)], width, st,
                    bold_label=True)


def layout(form: SupplierOrderForm) -> Part:
    """One supplier's order as a part of the PDF."""
    def build(width: float) -> list[Flowable]:
        st = Styles.at(9, 8)
        half = (width - 8 * mm) / 2
        return [p(f"Заявка поставщику от {long_date(form.day)}", st.title), Spacer(0, 4),
                _parties(form, width, st), Spacer(0, 6),
                _lines(form, width, st), Spacer(0, 6),
                KeepTogether([
                    p(f"Всего наименований {len(form.lines)}, на сумму {money(form.amount)} руб.; вес "
                      f"{quantity(form.weight)} кг, объём {quantity(form.volume)} м³.", st.text),
                    p(rubles_in_words(form.amount), st.bold), Spacer(0, 16),
                    side_by_side(_sign("Руководитель", form.customer.director, half, st),
                                 _sign("Ответственный", form.responsible, half, st), width, gap=8 * mm)])]
    return Part(A4, build)


def render_orders(forms: Sequence[SupplierOrderForm], path: Path, generated_by: str) -> Path:
    """Every supplier's order into one PDF, each from a new page."""
    return render([layout(form) for form in forms], path, generated_by, "Заявка поставщику")


__all__ = ["FormLine", "SupplierOrderForm", "layout", "render_orders"]

"""Cash accounting as the user fills it in (manual: "Кассовый учет"; CASH-1): the receipt order
(ПКО) and the expense order (РКО) of a cash desk and a legal entity, their validation, the
refusals a posting gives (naming the desk and the figures), and the cash report's arithmetic.

The registers are per cash desk × legal entity: a ПКО adds its amount when posted, an РКО takes
it away and may not take more than the desk holds for that legal entity, and unposting a ПКО
whose money was already spent is refused for the same reason."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum

from crm_desktop.domain.money import KOPECK, format_money
from crm_desktop.domain.validation import FieldError

ZERO = Decimal("0.00")
# NUMERIC(18, 2): sixteen digits of roubles
MAX_AMOUNT = Decimal("9999999999999999.99")
PERSON_MAX, BASIS_MAX, NOTES_MAX = 250, 250, 1000


class CashKind(IntEnum):
    """The value is CASH_ORDERS.KIND."""
    RECEIPT = 1
    EXPENSE = 2

    @property
    def title(self) -> str:
        return "Приходный кассовый ордер" if self is CashKind.RECEIPT else "Расходный кассовый ордер"

    @property
    def short(self) -> str:
        return "ПКО" if self is CashKind.RECEIPT else "РКО"

    @property
    def series(self) -> str:
        """The numbering series (DOC_COUNTERS.DOC_KIND): ПКО and РКО are numbered apart."""
        return "cash_in" if self is CashKind.RECEIPT else "cash_out"

    @property
    def sign(self) -> int:
        """What the order does to the desk's balance when posted."""
        return 1 if self is CashKind.RECEIPT else -1


# the captions of the fields, once for the card, the journal and the report; the person is
# the one the money came from (ПКО "Принято от") or went to (РКО "Выдать")
LABELS: dict[str, str] = {
    "doc_no": "Номер", "doc_time": "Дата", "desk_id": "Касса", "legal_entity_id": "Юр. лицо",
    "client_id": "Контрагент", "amount": "Сумма, руб.", "basis": "Основание", "notes": "Примечание",
}
PERSON_LABELS = {CashKind.RECEIPT: "Принято от", CashKind.EXPENSE: "Выдать"}


@dataclass
class CashOrder:
    """A ПКО or РКО as its card edits it; `id` None until saved, when it gets its number."""
    kind: CashKind
    desk_id: int | None
    legal_entity_id: int | None
    doc_time: datetime
    amount: Decimal | None = None
    client_id: int | None = None
    person: str = ""
    basis: str = ""
    notes: str = ""
    manager_id: int | None = None
    wh_doc_id: int | None = None
    id: int | None = None
    doc_no: str = ""
    row_version: int = 0
    posted: bool = False
    client_name: str = ""
    desk_name: str = ""
    legal_entity_name: str = ""
    manager_name: str = ""
    order_id: int | None = None           # the order a ПКО was entered from (ORD-1)

    @property
    def title(self) -> str:
        number = f" № {self.doc_no}" if self.doc_no else ""
        return f"{self.kind.title}{number} от {self.doc_time:%d.%m.%Y}"


def errors(order: CashOrder) -> list[FieldError]:
    """What keeps the order from being saved, each naming its field and the fix."""
    found: list[FieldError] = []
    if order.desk_id is None:
        found.append(FieldError("desk_id", "Выберите кассу."))
    if order.legal_entity_id is None:
        found.append(FieldError("legal_entity_id", "Выберите юридическое лицо: касса ведётся в разрезе юр. лиц."))
    found.extend(amount_errors(order.amount))
    person = order.person.strip()
    if order.kind is CashKind.EXPENSE and not person:
        found.append(FieldError("person", "Укажите, кому выдаются деньги («Выдать»)."))
    if order.kind is CashKind.RECEIPT and not person and order.client_id is None:
        found.append(FieldError("person", "Укажите контрагента или от кого приняты деньги («Принято от»)."))
    for name, value, limit in (("person", person, PERSON_MAX), ("basis", order.basis.strip(), BASIS_MAX),
                               ("notes", order.notes.strip(), NOTES_MAX)):
        if len(value) > limit:
            caption = PERSON_LABELS[order.kind] if name == "person" else LABELS[name]
            found.append(FieldError(name, f"«{caption}»: не длиннее {limit} символов (сейчас {len(value)})."))
    return found


def amount_errors(amount: Decimal | None) -> list[FieldError]:
    """A sum of money in roubles and kopecks, more than zero."""
    if amount is None:
        return [FieldError("amount", "Укажите сумму.")]
    if not amount.is_finite() or amount <= 0:
        return [FieldError("amount", "Сумма должна быть больше нуля.")]
    if amount != amount.quantize(KOPECK):
        return [FieldError("amount", "В сумме не больше двух знаков после запятой: рубли и копейки.")]
    if amount > MAX_AMOUNT:
        return [FieldError("amount", "Сумма слишком велика.")]
    return []


def shortage_message(desk: str, entity: str, needed: Decimal, available: Decimal) -> str:
    """The refusal of an РКО that takes more than the desk holds."""
    return (f"В кассе «{desk}» ({entity}) недостаточно денег: нужно {format_money(needed)} руб., "
            f"в наличии {format_money(max(available, ZERO))} руб. Расходный ордер не проведён.")


def unpost_message(desk: str, entity: str, amount: Decimal, available: Decimal) -> str:
    """The refusal of unposting a ПКО whose money was already spent."""
    return (f"Отмена проведения оставит кассу «{desk}» ({entity}) с отрицательным остатком: в кассе "
            f"{format_money(max(available, ZERO))} руб., а приходный ордер на {format_money(amount)} руб. "
            "Сначала отмените проведение расходных ордеров.")


def balance_after(kind: CashKind, balance: Decimal, amount: Decimal, posting: bool) -> Decimal:
    """The desk's balance once the order is posted (`posting`) or unposted."""
    return balance + kind.sign * amount * (1 if posting else -1)


# ---------------------------------------------------------------- the cash report

Key = tuple[int, int]          # (desk, legal entity)


@dataclass(frozen=True)
class ReportRow:
    """One desk × legal entity of «Кассовый отчёт»: the period's opening balance, receipts and
    expenses, and the balance now (later orders included)."""
    desk_id: int
    legal_entity_id: int
    desk_name: str
    legal_entity_name: str
    opening: Decimal
    receipts: Decimal
    expenses: Decimal
    now: Decimal

    @property
    def closing(self) -> Decimal:
        return self.opening + self.receipts - self.expenses


@dataclass(frozen=True)
class CashReport:
    date_from: date
    date_to: date
    rows: list[ReportRow]


def report_rows(now: Mapping[Key, Decimal], opening: Mapping[Key, Decimal],
                turnover: Mapping[tuple[int, int, CashKind], Decimal],
                desks: Mapping[int, str], entities: Mapping[int, str]) -> list[ReportRow]:
    """The rows of every desk × legal entity that holds money or moved any, by desk and entity
    name: `now` the balances, `opening` the signed sum of the posted orders before the period,
    `turnover` the period's sums per key and kind."""
    keys: set[Key] = {k for k, v in now.items() if v} | {k for k, v in opening.items() if v}
    keys |= {(d, e) for (d, e, _), v in turnover.items() if v}
    rows = [ReportRow(d, e, desks.get(d, f"касса {d}"), entities.get(e, f"юр. лицо {e}"),
                      opening.get((d, e), ZERO), turnover.get((d, e, CashKind.RECEIPT), ZERO),
                      turnover.get((d, e, CashKind.EXPENSE), ZERO), now.get((d, e), ZERO)) for d, e in keys]
    return sorted(rows, key=lambda r: (r.desk_name.lower(), r.legal_entity_name.lower(), r.desk_id,
                                       r.legal_entity_id))


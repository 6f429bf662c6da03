"""Variables of contract templates (manual: "Управление договорами", "Создание шаблонов договоров").

A template names a variable in square brackets, ``[DogNo]``; at print time the bracketed name
is replaced by the contract's value. Only a Latin identifier in brackets is a placeholder, so
"[1]" or "[см. приложение]" stays ordinary text. A template with an unknown name is refused
as a whole: a contract printed with "[Sumа]" still in it is worse than no contract.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence

# The manual's list, as printed there: "name – description", in its order.
_MANUAL_LIST = """
DogID – внутренний идентификатор договора
DogNo – номер договора (операционный)
Manager – сотрудник, ответственный за заключение договора
ManID – номер ответственного сотрудника
ManMobile – номер мобильного телефона ответственного сотрудника
ManWorkEmail – рабочий e-mail ответственного сотрудника
DateSign – дата составления / подписания договора
DateExp – дата окончания действия договора
ReceiverName – наименование организации-получателя
SignPerson – кто подписывает договор со стороны организации-получателя
SignOsnovanie – документ, наделяющий правом подписи у получателя
CustomerName – наименование клиента
Address – адрес клиента
PostIndex – почтовый индекс клиента
City – город клиента
PassNo – номер паспорта клиента – физического лица
PassSeria – серия паспорта клиента – физического лица
PassOrgan – орган, выдавший паспорт клиента – физического лица
PassDate – дата выдачи паспорта клиента – физического лица
CustSignPerson – кто подписывает договор со стороны клиента
CustSignOsnovanie – документ, наделяющий правом подписи у клиента
Summa – сумма договора
SummaStr – сумма договора прописью
SummaNDS – сумма НДС
SummaNDSStr – сумма НДС прописью
Tarif – тариф или тарифный план
Note – примечание
INN – ИНН получателя
KPP – КПП получателя
RS – расчетный счет получателя
Bank – банк получателя
BankCity – город банка получателя
Bik – БИК банка получателя
KS – корреспондентский счет получателя
UrAddress – юридический адрес получателя
FactAddress – фактический адрес получателя
Phone – телефон получателя
Fax – факс получателя
WebSite – вебсайт получателя
CustSignRekv – реквизиты клиента
Param1 – параметр 1
Param2 – параметр 2
Param3 – параметр 3
Param4 – параметр 4
Param5 – параметр 5
"""
VARIABLES: dict[str, str] = dict(line.split(" – ", 1) for line in _MANUAL_LIST.strip().splitlines())

PLACEHOLDER = re.compile(r"\[([A-Za-z][A-Za-z0-9]*)\]")
# A bracketed word of Latin and Cyrillic letters mixed, "[Sumа]" typed with a Russian "а": it is
# meant as a variable, so it is reported instead of being printed as ordinary text.
_LOOKALIKE = re.compile(r"\[([A-Za-z0-9А-Яа-яЁё]*[A-Za-z][A-Za-z0-9А-Яа-яЁё]*)\]")


class UnknownVariables(ValueError):
    """A template names variables the program does not know; ``names`` says which."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted(set(names))
        listed = ", ".join(f"[{n}]" for n in self.names)
        super().__init__(f"В шаблоне неизвестные переменные: {listed}. Исправьте шаблон: "
                         "список переменных — в справочнике типов договоров.")


def variables_in(text: str) -> list[str]:
    """Placeholder names of a text, each once, in the order they first appear."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


def _unknown(text: str) -> set[str]:
    return {n for n in _LOOKALIKE.findall(text) if n not in VARIABLES}


def check(text_or_names: str | Iterable[str]) -> None:
    """Raise UnknownVariables for a template text, or a collection of names, with unknown ones."""
    if isinstance(text_or_names, str):
        unknown = _unknown(text_or_names)
    else:
        unknown = {n for n in text_or_names if n not in VARIABLES}
    if unknown:
        raise UnknownVariables(unknown)


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with every placeholder replaced; a variable without a value prints as ""."""
    return fill_runs([text], values)[0]


def fill_runs(runs: Sequence[str], values: Mapping[str, str]) -> list[str]:
    """Fill a paragraph stored as runs of differently formatted text, as Word and rich text
    keep it: a placeholder may start in one run and end in another ("[Dog" + "No]"). The
    value goes to the run where the placeholder starts, so it takes that run's formatting;
    the rest of the placeholder is removed from the following runs. Nothing is filled when
    the paragraph has an unknown variable."""
    joined = "".join(runs)
    check(joined)
    starts = []
    offset = 0
    for run in runs:
        starts.append(offset)
        offset += len(run)
    out: list[list[str]] = [[] for _ in runs]

    def copy(a: int, b: int) -> None:
        for i, run in enumerate(runs):
            lo, hi = max(a, starts[i]), min(b, starts[i] + len(run))
            if lo < hi:
                out[i].append(joined[lo:hi])

    pos = 0
    for m in PLACEHOLDER.finditer(joined):
        copy(pos, m.start())
        out[bisect_right(starts, m.start()) - 1].append(values.get(m.group(1)) or "")
        pos = m.end()
    copy(pos, len(joined))
    return ["".join(parts) for parts in out]

"""Envelopes for chosen clients (GRP-4; manual 000: «Печать почтовых конвертов»): the
recipients' postal addresses read with the user's access rules, the sender the default legal
entity, one PDF with an envelope per page (the address rule: domain/envelopes.py)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.data import company_admin
from crm_desktop.data import envelopes as data
from crm_desktop.domain import envelopes as rules
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.reporting import envelopes as pdf
from crm_desktop.services.session import Session


class EnvelopesRefused(ValueError):
    """Envelopes that cannot be printed as asked; str() says why in one sentence."""


@dataclass
class Printed:
    path: Path | None
    printed: int = 0
    skipped: list[rules.Skipped] = field(default_factory=list)


def envelopes(session: Session, client_ids: Sequence[int], size: str, out: Path) -> Printed:
    """One envelope per client of `client_ids` the user may see that has an address and an
    index, in the order given, written to `out` (DL or C5); the others are listed in
    `skipped` with the reason. At most GROUP_LIMIT clients per run."""
    chosen = rules.size_of(size)
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        raise EnvelopesRefused("Не выбрано ни одного клиента: отметьте клиентов в списке.")
    if len(ids) > GROUP_LIMIT:
        raise EnvelopesRefused(f"За один раз печатается не больше {GROUP_LIMIT} конвертов, а выбрано "
                               f"{len(ids)}: отметьте меньше клиентов или сузьте фильтр.")
    with session.db.read() as conn:
        entity, _ = company_admin.default_supplier(conn)
        found = data.client_addresses(conn, ids)
    if entity is None:
        raise EnvelopesRefused("Не заведено ни одного юридического лица: заполните «Юридические лица» "
                               "в настройках — его адрес печатается как адрес отправителя.")
    v = entity.values
    sender = rules.sender(v["full_name"] or v["short_name"], v["postal_address"], v["legal_address"])
    result = Printed(None)
    recipients: list[rules.Party] = []
    for client_id in ids:
        address = found.get(client_id)
        side = (rules.recipient(address) if address is not None
                else rules.Skipped(client_id, f"клиент № {client_id}", rules.NOT_VISIBLE))
        if isinstance(side, rules.Skipped):
            result.skipped.append(side)
        else:
            recipients.append(side)
    if recipients:
        result.path = pdf.render(out, chosen, sender, recipients)
        result.printed = len(recipients)
    return result

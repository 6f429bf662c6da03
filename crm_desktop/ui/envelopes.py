"""«Клиенты – Печать конвертов…» (GRP-4; manual 000: «Печать почтовых конвертов»): the marked
clients of the register, or the whole filtered list when none is marked; DL or C5 chosen in a
small dialog; the PDF opened like every print form; the clients left out listed with why."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from crm_desktop.domain.envelopes import SIZES
from crm_desktop.domain.group_processing import GROUP_LIMIT
from crm_desktop.services import envelopes as service
from crm_desktop.services.session import Session
from crm_desktop.ui.print_output import print_to_pdf
from crm_desktop.ui.register.register_model import RegisterModel

TITLE = "Печать конвертов"
SHOWN = 15           # skipped clients named in the message, the rest counted


def _skipped_text(result: service.Printed) -> str:
    lines = [f"{s.name} — {s.reason}" for s in result.skipped[:SHOWN]]
    if len(result.skipped) > SHOWN:
        lines.append(f"… и ещё {len(result.skipped) - SHOWN}")
    return "\n".join(lines)


def print_envelopes(parent: QWidget, session: Session, model: RegisterModel) -> None:
    codes = list(SIZES)
    chosen, ok = QInputDialog.getItem(parent, TITLE, "Формат конверта:", [SIZES[c].title for c in codes], 0, False)
    if not ok:
        return
    size = codes[[SIZES[c].title for c in codes].index(chosen)]
    outcome: list[service.Printed] = []

    def render(out):
        result = service.envelopes(session, model.chosen_ids(GROUP_LIMIT), size, out)
        outcome.append(result)
        if result.path is None:
            raise service.EnvelopesRefused("Ни у одного из выбранных клиентов нет почтового адреса с индексом:\n"
                                           + _skipped_text(result))
        return result.path

    printed = print_to_pdf(parent, TITLE, f"Конверты {size}.pdf", render)
    if printed is not None and outcome and outcome[0].skipped:
        QMessageBox.information(parent, TITLE, f"Напечатано конвертов: {outcome[0].printed}. Не напечатаны:\n"
                                + _skipped_text(outcome[0]))

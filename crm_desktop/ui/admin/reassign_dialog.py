"""«Администрирование – Смена куратора/специалиста» (manual: "Смена куратора/специалиста"; ADM-6):
old and new curator, old and new specialist; the number of clients is counted (off the GUI
thread) and shown in the confirmation, then the change runs in one transaction on the runner.
A working colleague's private clients stay with them, a dismissed one's go too and stay private
(services/reassign.py): the confirmation says how many and which."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from crm_desktop.domain.amount_words import plural_form
from crm_desktop.domain.money import GROUP_SPACE
from crm_desktop.services import reassign
from crm_desktop.services.reassign import Change, Counts
from crm_desktop.services.session import Session
from crm_desktop.ui.admin.prompts import confirm
from crm_desktop.ui.changes import CLIENT, announce
from crm_desktop.ui.forms.admin.reassign_ui import Ui_ReassignDialog
from crm_desktop.ui.ops import Job, call, error_text, run_op

TITLE = "Смена куратора/специалиста"
CLIENTS = ("клиента", "клиентов", "клиентов")      # «передать N …» (genitive after the verb's count)
KEEP = "— не менять —"


def number(n: int) -> str:
    """1 234: thousands apart by a no-break space (also the cleanup dialog's counts)."""
    return f"{n:,}".replace(",", GROUP_SPACE)


def clients_text(n: int) -> str:
    return f"{number(n)} {plural_form(n, CLIENTS)}"


class ReassignDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReassignDialog()
        self.ui.setupUi(self)
        self._session = session
        self.job: Job | None = None
        self.result: Counts | None = None
        people = call(self, lambda: reassign.users(session)) or []
        self._names = dict(people)
        ui = self.ui
        for combo in (ui.oldCuratorCombo, ui.newCuratorCombo, ui.oldSpecialistCombo, ui.newSpecialistCombo):
            combo.addItem(self.tr(KEEP), None)
            for user_id, name in people:
                combo.addItem(name, user_id)
        ui.runButton.clicked.connect(self.run)
        ui.closeButton.clicked.connect(self.reject)

    def change(self) -> Change:
        ui = self.ui
        return Change(ui.oldCuratorCombo.currentData(), ui.newCuratorCombo.currentData(),
                      ui.oldSpecialistCombo.currentData(), ui.newSpecialistCombo.currentData())

    def _busy(self) -> bool:
        return self.job is not None and not self.job.done

    def run(self) -> None:
        """«Передать клиентов…»: count first, then ask with the count, then change."""
        if self._busy():
            return
        change, session = self.change(), self._session
        self.ui.runButton.setEnabled(False)
        self.ui.resultLabel.setText(self.tr("Подсчёт клиентов…"))
        self.job = run_op(self, lambda: reassign.plan(session, change), lambda counts: self._planned(change, counts),
                          self._failed)

    def question(self, change: Change, counts: Counts) -> str:
        parts = []
        if change.new_curator is not None:
            parts.append(self.tr("Передать %1 от куратора «%2» куратору «%3»?").replace(
                "%1", clients_text(counts.curator)).replace("%2", self._names.get(change.old_curator, "?"))
                .replace("%3", self._names.get(change.new_curator, "?")))
        if change.new_specialist is not None:
            parts.append(self.tr("Передать %1 от специалиста «%2» специалисту «%3»?").replace(
                "%1", clients_text(counts.specialist)).replace("%2", self._names.get(change.old_specialist, "?"))
                .replace("%3", self._names.get(change.new_specialist, "?")))
        if counts.private_moved:
            parts.append(self.tr("В том числе приватные клиенты уволенного куратора (%1): у нового куратора "
                                 "они останутся приватными.").replace("%1", number(counts.private_moved)))
        if counts.private_left:
            parts.append(self._private_note(counts.private_left))
        return "\n".join(parts)

    def _private_note(self, n: int) -> str:
        return self.tr("Приватные клиенты прежнего куратора (%1) не передаются, пока он работает: их видит только "
                       "он сам. Передать их можно, отметив сотрудника уволенным.").replace("%1", number(n))

    def _planned(self, change: Change, counts: Counts) -> None:
        if counts.curator == 0 and counts.specialist == 0:
            self.ui.runButton.setEnabled(True)
            text = self.tr("Передавать нечего: у выбранных пользователей нет клиентов.")
            if counts.private_left:
                text += " " + self._private_note(counts.private_left)
            self.ui.resultLabel.setText(text)
            return
        if not confirm(self, self.tr(TITLE), self.question(change, counts)):
            self.ui.runButton.setEnabled(True)
            self.ui.resultLabel.setText("")
            return
        session = self._session
        self.ui.resultLabel.setText(self.tr("Передача клиентов…"))
        self.job = run_op(self, lambda: reassign.apply(session, change), self._done, self._failed)

    def _done(self, counts: Counts) -> None:
        self.result = counts
        self.ui.runButton.setEnabled(True)
        announce(CLIENT)          # this workstation's register reads itself again; others at their next read
        text = self.tr("Готово. Куратор сменён у %1, специалист — у %2.").replace(
            "%1", clients_text(counts.curator)).replace("%2", clients_text(counts.specialist))
        if counts.private_left:
            text += " " + self._private_note(counts.private_left)
        self.ui.resultLabel.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.ui.runButton.setEnabled(True)
        self.ui.resultLabel.setText(error_text(exc))

    def reject(self) -> None:
        if self._busy():
            return
        super().reject()


def combo_select(combo: QComboBox, user_id: int | None) -> None:
    """Choose the user `user_id` in one of the dialog's combos (tests and callers that preset it)."""
    combo.setCurrentIndex(combo.findData(user_id))


def open_reassign(parent: QWidget | None, session: Session) -> None:
    ReassignDialog(session, parent).exec()

"""«Обслуживание базы данных – Очистка БД» (manual: "Очистка базы данных"; ADM-8): the depth in
months, «Подсчитать» shows how many closed tasks are that old, «Удалить» asks with the count and
deletes them with their history in one transaction; both off the GUI thread."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.amount_words import plural_form
from crm_desktop.services import cleanup
from crm_desktop.services.session import Session
from crm_desktop.ui.admin.prompts import confirm
from crm_desktop.ui.admin.reassign_dialog import number
from crm_desktop.ui.changes import TASK, announce
from crm_desktop.ui.forms.admin.cleanup_ui import Ui_CleanupDialog
from crm_desktop.ui.ops import Job, error_text, run_op

TITLE = "Очистка базы данных"
TASKS = ("завершённая задача", "завершённые задачи", "завершённых задач")
TASKS_ACC = ("завершённую задачу", "завершённые задачи", "завершённых задач")


class CleanupDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CleanupDialog()
        self.ui.setupUi(self)
        self._session = session
        self.job: Job | None = None
        self.counted: tuple[int, int] | None = None     # (months, count) the «Удалить» confirms
        self.deleted: int | None = None
        self.ui.monthsSpin.setValue(cleanup.DEFAULT_MONTHS)
        self.ui.monthsSpin.valueChanged.connect(self._stale)
        self.ui.countButton.clicked.connect(self.count)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.closeButton.clicked.connect(self.reject)

    def _busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _stale(self) -> None:
        self.counted = None
        self.ui.deleteButton.setEnabled(False)
        self.ui.countLabel.setText("")

    def _buttons(self, enabled: bool) -> None:
        self.ui.countButton.setEnabled(enabled)
        self.ui.deleteButton.setEnabled(enabled and bool(self.counted and self.counted[1]))

    def count(self) -> None:
        if self._busy():
            return
        months, session = self.ui.monthsSpin.value(), self._session
        self._buttons(False)
        self.ui.countLabel.setText(self.tr("Подсчёт…"))
        self.job = run_op(self, lambda: cleanup.count(session, months), lambda n: self._counted(months, n),
                          self._failed)

    def _counted(self, months: int, n: int) -> None:
        self.counted = (months, n)
        self.ui.countLabel.setText(self.tr("Старше %1 мес.: %2 %3.").replace("%1", str(months))
                                   .replace("%2", number(n)).replace("%3", plural_form(n, TASKS)))
        self._buttons(True)

    def delete(self) -> None:
        if self._busy() or not self.counted:
            return
        months, n = self.counted
        question = self.tr("Удалить %1 %2 старше %3 мес. вместе с историей? Отменить удаление будет нельзя.") \
            .replace("%1", number(n)).replace("%2", plural_form(n, TASKS_ACC)).replace("%3", str(months))
        if not confirm(self, self.tr(TITLE), question):
            return
        session = self._session
        self._buttons(False)
        self.ui.countLabel.setText(self.tr("Удаление…"))
        self.job = run_op(self, lambda: cleanup.purge(session, months), self._deleted, self._failed)

    def _deleted(self, n: int) -> None:
        self.deleted = n
        self.counted = None
        announce(TASK)
        self.ui.countLabel.setText(self.tr("Удалено: %1 %2.").replace("%1", number(n))
                                   .replace("%2", plural_form(n, TASKS)))
        self._buttons(True)

    def _failed(self, exc: BaseException) -> None:
        self.counted = None
        self.ui.countLabel.setText(error_text(exc))
        self._buttons(True)

    def reject(self) -> None:
        if self._busy():
            return
        super().reject()


def open_cleanup(parent: QWidget | None, session: Session) -> None:
    CleanupDialog(session, parent).exec()

"""«Администрирование – Перепроведение документов…» (manual: "Перепроведение складских документов"):
the actuality point — the moment of the deepest unposted document — and the two variants, from
that point or in full. The re-post runs on the runner with a progress window («Отмена» stops it
between two chunks; «Выполнить» later continues where it stopped), and the documents that
collided — not enough stock any more, left unposted — are listed afterwards."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.services import warehouse
from crm_desktop.services.session import Session
from crm_desktop.services.warehouse import RepostResult
from crm_desktop.ui.changes import announce
from crm_desktop.ui.forms.warehouse.repost_dialog_ui import Ui_RepostDialog
from crm_desktop.ui.ops import Cancelled, Job, Progress, run_op
from crm_desktop.ui.warehouse.messages import STOCK_CHANGED, problem_text

TITLE = "Перепроведение документов"
COLUMNS = ("Документ", "Дата/время", "Причина")


@dataclass(frozen=True)
class Collided:
    title: str
    moment: datetime
    reason: str


@dataclass(frozen=True)
class Outcome:
    """A finished re-post with its collisions named, or None fields for one cancelled."""
    result: RepostResult | None
    collided: list[Collided]


class RepostDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RepostDialog()
        self.ui.setupUi(self)
        self._session = session
        self.job: Job | None = None
        self.outcome: Outcome | None = None
        view = self.ui.collisionsView
        view.setColumnCount(len(COLUMNS))
        view.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(0, 240)
        view.setColumnWidth(1, 125)
        view.hide()
        self.ui.runButton.clicked.connect(self.run)
        self.ui.closeButton.clicked.connect(self.reject)
        self.show_state()

    def show_state(self) -> None:
        """The actuality point as it is now (and whether a re-post was interrupted)."""
        ui = self.ui
        try:
            state = warehouse.stock_state(self._session)
        except Exception as exc:  # noqa: BLE001
            ui.pointLabel.setText(problem_text(exc))
            ui.runButton.setEnabled(False)
            return
        if state.actual_from is not None:
            ui.pointLabel.setText(self.tr("Точка актуальности: %1. Документы, проведённые после неё, отмечены "
                                          "в журнале жёлтым индикатором.").replace(
                "%1", f"{state.actual_from:%d.%m.%Y %H:%M}"))
        else:
            ui.pointLabel.setText(self.tr("Точка актуальности не установлена: проведение задним числом не "
                                          "отменялось, перепроведение с неё не требуется."))
        ui.interruptedLabel.setVisible(state.repost_running)
        ui.fromPointRadio.setEnabled(state.actual_from is not None or state.repost_running)
        if not ui.fromPointRadio.isEnabled():
            ui.fullRadio.setChecked(True)

    def run(self) -> None:
        """«Выполнить»: the chosen variant on the runner, with the progress window."""
        if self.job is not None and not self.job.done:
            return
        full = self.ui.fullRadio.isChecked()
        session = self._session
        self.ui.runButton.setEnabled(False)
        self.ui.resultLabel.setText(self.tr("Выполняется…"))

        def work(progress: Progress) -> Outcome:
            def step(done: int, total: int) -> None:
                progress(done, total, f"Документов: {done} из {total}")
            try:
                result = warehouse.repost(session, full, progress=step)
            except Cancelled:
                return Outcome(None, [])
            named = []
            for c in result.collided:
                try:
                    title = warehouse.load(session, c.doc_id).title
                except Exception:  # noqa: BLE001 - a deleted one still has its kind and moment
                    title = c.kind.label
                named.append(Collided(title, c.moment, c.reason))
            return Outcome(result, named)

        self.job = run_op(self, work, self._done, self._failed, progress=self.tr(TITLE))

    def _done(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.ui.runButton.setEnabled(True)
        announce(STOCK_CHANGED)
        self.show_state()
        view = self.ui.collisionsView
        result = outcome.result
        if result is None:
            self.ui.resultLabel.setText(self.tr("Перепроведение прервано: «Выполнить» продолжит его с места "
                                                "остановки."))
            self._show_collisions(False)
            return
        text = self.tr("Перепроведено документов: %1 (строк: %2) за %3 с.").replace(
            "%1", str(result.documents)).replace("%2", str(result.lines)).replace("%3", f"{result.seconds:.1f}".replace(".", ","))
        if outcome.collided:
            text += " " + self.tr("Не проведены из-за коллизий (товара не хватает): %1.").replace(
                "%1", str(len(outcome.collided)))
        else:
            text += " " + self.tr("Коллизий нет.")
        self.ui.resultLabel.setText(text)
        view.setRowCount(len(outcome.collided))
        for row, c in enumerate(outcome.collided):
            for column, value in enumerate((c.title, f"{c.moment:%d.%m.%Y %H:%M}", c.reason)):
                view.setItem(row, column, QTableWidgetItem(value))
        self._show_collisions(bool(outcome.collided))

    def _show_collisions(self, shown: bool) -> None:
        """The list takes the free height while it is shown, the spacer when it is not."""
        layout = self.ui.mainLayout
        table = layout.indexOf(self.ui.collisionsView)
        layout.setStretch(table, 1 if shown else 0)
        layout.setStretch(table + 1, 0 if shown else 1)
        self.ui.collisionsView.setVisible(shown)
        if shown and self.height() < 480:
            self.resize(self.width(), 480)

    def _failed(self, exc: BaseException) -> None:
        self.ui.runButton.setEnabled(True)
        self.ui.resultLabel.setText(problem_text(exc))
        self.show_state()

    def reject(self) -> None:
        """Closing waits for nothing: a running re-post keeps its progress window until it ends."""
        if self.job is not None and not self.job.done:
            return
        super().reject()


def open_repost(parent: QWidget | None, session: Session) -> None:
    RepostDialog(session, parent).exec()
